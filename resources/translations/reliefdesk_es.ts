<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>App</name>
    <message>
        <location filename="../../reliefdesk/gui/app.py" line="85"/>
        <source>That passphrase is not right. Try again.</source>
        <translation>Esa contraseña no es correcta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/app.py" line="87"/>
        <source>This database is encrypted. Type its passphrase.</source>
        <translation>Esta base de datos está cifrada. Escriba su contraseña.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/app.py" line="108"/>
        <source>reliefdesk cannot start</source>
        <translation>reliefdesk no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="83"/>
        <location filename="../../reliefdesk/gui/batch_window.py" line="266"/>
        <location filename="../../reliefdesk/gui/batch_window.py" line="308"/>
        <location filename="../../reliefdesk/gui/batch_window.py" line="315"/>
        <location filename="../../reliefdesk/gui/batch_window.py" line="397"/>
        <source>Batch review</source>
        <translation>Revisión masiva</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="91"/>
        <source>DOJ bulk file, Illinois spreadsheet, or folder of rap sheets</source>
        <translation>Archivo masivo del DOJ, hoja de cálculo de Illinois o carpeta de antecedentes</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="92"/>
        <location filename="../../reliefdesk/gui/batch_window.py" line="146"/>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="93"/>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="95"/>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="98"/>
        <source>Columns…</source>
        <translation>Columnas…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="99"/>
        <source>Say which column of the spreadsheet holds what</source>
        <translation>Diga qué columna de la hoja de cálculo contiene qué</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="110"/>
        <location filename="../../reliefdesk/gui/batch_window.py" line="147"/>
        <location filename="../../reliefdesk/gui/batch_window.py" line="205"/>
        <source>Output folder</source>
        <translation>Carpeta de resultados</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="111"/>
        <location filename="../../reliefdesk/gui/batch_window.py" line="120"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="118"/>
        <source>optional: eligibility_options.json (California)</source>
        <translation>opcional: eligibility_options.json (California)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="119"/>
        <source>Options file</source>
        <translation>Archivo de opciones</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="134"/>
        <source>The day the motions will be filed: it chooses the rules</source>
        <translation>El día en que se presentarán las mociones: decide qué reglas se aplican</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="138"/>
        <source>Also write the petition packet of each person with something to file now (slower)</source>
        <translation>Escribir también el paquete de peticiones de cada persona que tenga algo que presentar ahora (más lento)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="143"/>
        <source>Continue the interrupted run in the output folder</source>
        <translation>Continuar la revisión interrumpida en la carpeta de resultados</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="148"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="149"/>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="150"/>
        <source>Filing date</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="151"/>
        <source>Worker processes</source>
        <translation>Procesos de trabajo</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="155"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="158"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="161"/>
        <source>Open output folder</source>
        <translation>Abrir la carpeta de resultados</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="173"/>
        <source>Choose a file and an output folder, then Start.</source>
        <translation>Elija un archivo y una carpeta de resultados; luego pulse Iniciar.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="177"/>
        <source>Summary chart</source>
        <translation>Gráfico de resumen</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="192"/>
        <source>Bulk file</source>
        <translation>Archivo masivo</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="193"/>
        <source>Bulk files (*.csv *.dat *.txt *.xlsx);;All files (*)</source>
        <translation>Archivos masivos (*.csv *.dat *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="199"/>
        <source>Folder of rap sheets</source>
        <translation>Carpeta de antecedentes</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="211"/>
        <source>Eligibility options</source>
        <translation>Opciones de elegibilidad</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="275"/>
        <source>choose the bulk file or folder first</source>
        <translation>elija primero el archivo masivo o la carpeta</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="277"/>
        <source>choose the output folder first</source>
        <translation>elija primero la carpeta de resultados</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="311"/>
        <source>Confirm the columns of %1 to start.</source>
        <translation>Confirme las columnas de %1 para empezar.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="316"/>
        <source>%1 holds an earlier review. Replace it, with its result files, summary, court documents and packets?

To continue an interrupted review instead, tick Continue.</source>
        <translation>%1 contiene una revisión anterior. ¿Reemplazarla, con sus archivos de resultados, resumen, documentos judiciales y paquetes?

Para continuar una revisión interrumpida, marque Continuar.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="326"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="343"/>
        <source>Stopping after the current group of people…</source>
        <translation>Deteniendo después del grupo de personas actual…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="352"/>
        <source>%1 people reviewed, %2 rows a second</source>
        <translation>%1 personas revisadas, %2 filas por segundo</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="354"/>
        <source>, about %1 left</source>
        <translation>, faltan unos %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="365"/>
        <source>Stopped. The output folder holds complete results for the people finished so far; tick Continue and Start to go on.</source>
        <translation>Detenido. La carpeta de resultados tiene resultados completos de las personas terminadas hasta ahora; marque Continuar y pulse Iniciar para seguir.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="375"/>
        <source>Done: %1 people reviewed: %2 can get relief now, %3 need review; %4 rows not used (errors.csv); %5 s.</source>
        <translation>Listo: %1 personas revisadas: %2 pueden obtener alivio ahora, %3 necesitan revisión; %4 filas no usadas (errors.csv); %5 s.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="384"/>
        <source>%1 petition packets in its packets folder.</source>
        <translation>%1 paquetes de peticiones en su carpeta packets.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/batch_window.py" line="396"/>
        <source>The batch did not run.</source>
        <translation>La revisión masiva no se realizó.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="199"/>
        <source>Edited. The document said: %1</source>
        <translation>Editado. El documento decía: %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="200"/>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="206"/>
        <source>(edited)</source>
        <translation>(editado)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="245"/>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="246"/>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="247"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="248"/>
        <source>Arrest date</source>
        <translation>Fecha del arresto</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="249"/>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="250"/>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="276"/>
        <source>Statute</source>
        <translation>Ley</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="277"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="278"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="279"/>
        <location filename="../../reliefdesk/gui/models.py" line="461"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="280"/>
        <source>Disposition</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="281"/>
        <source>Disposition date</source>
        <translation>Fecha del resultado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="282"/>
        <location filename="../../reliefdesk/gui/models.py" line="462"/>
        <source>Sentence</source>
        <translation>Sentencia</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="283"/>
        <location filename="../../reliefdesk/gui/models.py" line="464"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="284"/>
        <location filename="../../reliefdesk/gui/models.py" line="463"/>
        <source>Sentence ended</source>
        <translation>Fin de la sentencia</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="285"/>
        <source>Offense date</source>
        <translation>Fecha del hecho</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="286"/>
        <source>Grams</source>
        <translation>Gramos</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="287"/>
        <source>Attempt</source>
        <translation>Tentativa</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="288"/>
        <source>As written</source>
        <translation>Como está escrito</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="355"/>
        <location filename="../../reliefdesk/gui/models.py" line="465"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="356"/>
        <location filename="../../reliefdesk/gui/models.py" line="466"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="357"/>
        <source>Case numbers</source>
        <translation>Números de caso</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="358"/>
        <source>Last changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="382"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="399"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="400"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="401"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="402"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="403"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="404"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="407"/>
        <location filename="../../reliefdesk/gui/models.py" line="408"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="409"/>
        <location filename="../../reliefdesk/gui/models.py" line="410"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="411"/>
        <location filename="../../reliefdesk/gui/models.py" line="416"/>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="412"/>
        <source>Case added</source>
        <translation>Caso añadido</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="413"/>
        <source>Case deleted</source>
        <translation>Caso borrado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="414"/>
        <source>Charge added</source>
        <translation>Cargo añadido</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="415"/>
        <source>Charge deleted</source>
        <translation>Cargo borrado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="417"/>
        <location filename="../../reliefdesk/gui/models.py" line="418"/>
        <source>Analyzed</source>
        <translation>Analizado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="419"/>
        <source>Document made</source>
        <translation>Documento creado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="420"/>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="421"/>
        <source>Saved as PDF</source>
        <translation>Guardado como PDF</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="477"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="480"/>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/models.py" line="482"/>
        <source>charge %1</source>
        <translation>cargo %1</translation>
    </message>
</context>
<context>
    <name>DocumentsPane</name>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="41"/>
        <source>&amp;Generate packet</source>
        <translation>&amp;Generar paquete</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="42"/>
        <source>Fill the petitions for every eligible case (Ctrl+G)</source>
        <translation>Llenar las solicitudes de cada caso elegible (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="43"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="44"/>
        <source>&amp;Save as PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="45"/>
        <source>Open &amp;folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="49"/>
        <source>Making the packet</source>
        <translation>Creando el paquete</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="61"/>
        <source>Documents made for this client</source>
        <translation>Documentos creados para este cliente</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="63"/>
        <source>&amp;Documents:</source>
        <translation>&amp;Documentos:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="79"/>
        <source>Document preview</source>
        <translation>Vista previa del documento</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="80"/>
        <source>No document yet. Press “Generate packet” (Ctrl+G).</source>
        <translation>Todavía no hay documentos. Pulse “Generar paquete” (Ctrl+G).</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="119"/>
        <source>Packet to file: %1</source>
        <translation>Paquete para presentar: %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="120"/>
        <source>Letter to the client: %1</source>
        <translation>Carta para el cliente: %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="121"/>
        <source>Form: %1</source>
        <translation>Formulario: %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="126"/>
        <source>(file missing)</source>
        <translation>(falta el archivo)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/documents_pane.py" line="168"/>
        <source>Print the packet</source>
        <translation>Imprimir el paquete</translation>
    </message>
</context>
<context>
    <name>EligibilityPane</name>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="84"/>
        <source>Analyze as of</source>
        <extracomment>A choice that means &quot;type a date&quot; (the engine&apos;s convention). the new analysis, and whether the volunteer caused it (answer or date change)</extracomment>
        <translation>Analizar a fecha de</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="88"/>
        <source>Filing date</source>
        <translation>Fecha de presentación</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="89"/>
        <source>&amp;As of:</source>
        <translation>&amp;A fecha de:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="91"/>
        <source>&amp;Filing date:</source>
        <translation>Fecha de &amp;presentación:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="93"/>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="110"/>
        <source>Case and charge</source>
        <translation>Caso y cargo</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="110"/>
        <source>Relief</source>
        <translation>Alivio</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="110"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="111"/>
        <source>Eligibility results</source>
        <translation>Resultados de elegibilidad</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="129"/>
        <source>&amp;Questions that would settle the result</source>
        <translation>&amp;Preguntas que decidirían el resultado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="132"/>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="431"/>
        <source>No questions: the record answers everything the rules ask.</source>
        <translation>Sin preguntas: los antecedentes responden todo lo que piden las reglas.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="226"/>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="228"/>
        <source>since %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="230"/>
        <source>(estimated)</source>
        <translation>(estimado)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="235"/>
        <source>1 case</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="235"/>
        <source>%1 cases</source>
        <translation>%1 casos</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="236"/>
        <source>1 charge</source>
        <translation>1 cargo</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="236"/>
        <source>%1 charges</source>
        <translation>%1 cargos</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="239"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="245"/>
        <source>Choose a client to see what relief they can ask for.</source>
        <translation>Elija un cliente para ver qué alivio puede pedir.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="250"/>
        <source>Rules: %1</source>
        <translation>Reglas: %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="257"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="264"/>
        <source>No results: the rules for this state gave no answer for this record. Check the Record tab.</source>
        <translation>Sin resultados: las reglas de este estado no dieron respuesta para estos antecedentes. Revise la pestaña Antecedentes.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="288"/>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="288"/>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="362"/>
        <source>(no number)</source>
        <translation>(sin número)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="308"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="326"/>
        <source>Assumed:</source>
        <translation>Se supuso:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="332"/>
        <source>Choose a line to read it in full.</source>
        <translation>Elija una línea para leerla completa.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="360"/>
        <source>(no statute)</source>
        <translation>(sin ley)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="362"/>
        <source>Case %1, %2</source>
        <translation>Caso %1, %2</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="366"/>
        <source>Charge %1: %2</source>
        <translation>Cargo %1: %2</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="377"/>
        <source>Also possible: %1</source>
        <translation>También posible: %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="438"/>
        <source>(not answered)</source>
        <translation>(sin responder)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/eligibility_pane.py" line="451"/>
        <source>or type a date, YYYY-MM-DD</source>
        <translation>o escriba una fecha, AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../reliefdesk/gui/errors.py" line="34"/>
        <source>The disk is full%1. Free some space, then try again; nothing you typed was lost.</source>
        <extracomment>Filled by tests so a dialog never blocks: each shown message is appended.</extracomment>
        <translation>El disco está lleno%1. Libere espacio y vuelva a intentarlo; no se perdió nada de lo que escribió.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/errors.py" line="40"/>
        <source>Permission denied%1. Choose another folder or ask the clinic&apos;s computer person.</source>
        <translation>Permiso denegado%1. Elija otra carpeta o pregunte a la persona de informática de la clínica.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/errors.py" line="46"/>
        <source>The file is not there any more%1.</source>
        <translation>El archivo ya no está ahí%1.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="114"/>
        <source>Import rap sheets</source>
        <translation>Importar antecedentes</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="139"/>
        <source>Add the rap sheets to read: text, PDF, scanned images or record files. You can drop files here. Nothing is saved until you accept the review.</source>
        <translation>Añada los antecedentes que quiere leer: texto, PDF, imágenes escaneadas o archivos de registro. Puede soltar archivos aquí. No se guarda nada hasta que acepte la revisión.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="144"/>
        <source>Files to read</source>
        <translation>Archivos para leer</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="145"/>
        <source>&amp;Files:</source>
        <translation>&amp;Archivos:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="147"/>
        <source>&amp;Add files…</source>
        <translation>Añadir a&amp;rchivos…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="148"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="149"/>
        <source>R&amp;ead</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="151"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="152"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="154"/>
        <source>Reading progress</source>
        <translation>Progreso de la lectura</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="201"/>
        <source>Choose rap sheets</source>
        <translation>Elegir antecedentes</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="232"/>
        <source>Not read: confirm the columns of %1 to read it.</source>
        <translation>No leído: confirme las columnas de %1 para leerlo.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="270"/>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>Leyendo %1 (%2 de %3)…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="282"/>
        <source>Reading cancelled. Nothing was saved.</source>
        <translation>Lectura cancelada. No se guardó nada.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="304"/>
        <source>Files read</source>
        <translation>Archivos leídos</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="307"/>
        <source>Files &amp;read:</source>
        <translation>Archivos &amp;leídos:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="324"/>
        <source>Source text</source>
        <translation>Texto original</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="329"/>
        <source>Source &amp;text (red: not read; amber: unsure):</source>
        <translation>&amp;Texto original (rojo: no leído; ámbar: dudoso):</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="332"/>
        <source>Things to check</source>
        <translation>Cosas que revisar</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="336"/>
        <source>Things to &amp;check:</source>
        <translation>Cosas que &amp;revisar:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="359"/>
        <source>These files are the same person: &amp;merge</source>
        <translation>Estos archivos son de la misma persona: &amp;unirlos</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="360"/>
        <source>Merge the files into one client</source>
        <translation>Unir los archivos en un solo cliente</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="362"/>
        <source>Read the files again as one person&apos;s record: cases with the same case number become one case, and every difference is listed under Things to check.</source>
        <translation>Leer de nuevo los archivos como los antecedentes de una sola persona: los casos con el mismo número se vuelven un solo caso, y cada diferencia se lista en Cosas que revisar.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="367"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="368"/>
        <source>&amp;Save clients</source>
        <translation>&amp;Guardar clientes</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="370"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="428"/>
        <source>%1 files merged into one client. Check the differences under Things to check, then save.</source>
        <translation>%1 archivos unidos en un solo cliente. Revise las diferencias en Cosas que revisar y luego guarde.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="433"/>
        <source>%1 of %2 files read. Check each one, correct what is wrong, then save.</source>
        <translation>%1 de %2 archivos leídos. Revise cada uno, corrija lo que esté mal y luego guarde.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="457"/>
        <source>These %1 files have the same name and date of birth: if they are the same person, merge them into one client.</source>
        <translation>Estos %1 archivos tienen el mismo nombre y fecha de nacimiento: si son de la misma persona, únalos en un solo cliente.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="475"/>
        <source>Merge the files?</source>
        <translation>¿Unir los archivos?</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="476"/>
        <source>Merging reads the files again: the corrections made so far are dropped. Merge?</source>
        <translation>Al unirlos se leen de nuevo los archivos: se pierden las correcciones hechas hasta ahora. ¿Unir?</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="484"/>
        <source>Merging %1 files…</source>
        <translation>Uniendo %1 archivos…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="502"/>
        <source>The files could not be merged</source>
        <translation>No se pudieron unir los archivos</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="517"/>
        <source>%1 could not be read:

%2</source>
        <translation>No se pudo leer %1:

%2</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="539"/>
        <source>Line %1 not read: %2</source>
        <translation>Línea %1 no leída: %2</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="544"/>
        <source>Unsure of %1 (%2): %3</source>
        <translation>Dudoso: %1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="550"/>
        <source>The files differ: %1</source>
        <translation>Los archivos difieren: %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="555"/>
        <source>Every line was read.</source>
        <translation>Se leyeron todas las líneas.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="596"/>
        <source>Discard the review?</source>
        <translation>¿Descartar la revisión?</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/import_dialog.py" line="597"/>
        <source>You corrected some values. Discard them and close without saving?</source>
        <translation>Corrigió algunos valores. ¿Descartarlos y cerrar sin guardar?</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="30"/>
        <source>Released without charging</source>
        <translation>Liberado sin cargos</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="31"/>
        <source>Dismissed</source>
        <translation>Cargos retirados</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="32"/>
        <source>Stricken with leave (SOL)</source>
        <translation>Archivado con permiso para reabrir (SOL)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="33"/>
        <source>Acquitted / not guilty</source>
        <translation>Absuelto / no culpable</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="34"/>
        <source>Vacated / reversed</source>
        <translation>Anulado / revocado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="35"/>
        <source>Supervision (completed)</source>
        <translation>Supervisión (cumplida)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="36"/>
        <source>Supervision, unsatisfactory</source>
        <translation>Supervisión no cumplida</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="37"/>
        <source>Qualified probation (completed)</source>
        <translation>Libertad condicional calificada (cumplida)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="38"/>
        <source>Qualified probation, unsatisfactory</source>
        <translation>Libertad condicional calificada no cumplida</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="41"/>
        <source>Convicted</source>
        <translation>Condenado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="42"/>
        <source>Set aside / dismissed after conviction</source>
        <translation>Condena dejada sin efecto / retirada</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="43"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="44"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="48"/>
        <source>Felony</source>
        <translation>Delito grave</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="49"/>
        <source>Misdemeanor</source>
        <translation>Delito menor</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="50"/>
        <source>Petty offense</source>
        <translation>Falta (petty offense)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="51"/>
        <source>Business offense</source>
        <translation>Infracción comercial</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="52"/>
        <source>Ordinance violation</source>
        <translation>Infracción de ordenanza</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="53"/>
        <source>Civil</source>
        <translation>Civil</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="54"/>
        <source>Infraction</source>
        <translation>Infracción</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="58"/>
        <source>Class X</source>
        <translation>Clase X</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="59"/>
        <source>Class 1</source>
        <translation>Clase 1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="60"/>
        <source>Class 2</source>
        <translation>Clase 2</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="61"/>
        <source>Class 3</source>
        <translation>Clase 3</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="62"/>
        <source>Class 4</source>
        <translation>Clase 4</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="63"/>
        <source>Class A</source>
        <translation>Clase A</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="64"/>
        <source>Class B</source>
        <translation>Clase B</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="65"/>
        <source>Class C</source>
        <translation>Clase C</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="69"/>
        <source>Supervision</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="70"/>
        <source>Probation</source>
        <translation>Libertad condicional</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="71"/>
        <source>Conditional discharge</source>
        <translation>Liberación condicional</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="72"/>
        <source>Jail</source>
        <translation>Cárcel</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="73"/>
        <source>Prison</source>
        <translation>Prisión</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="74"/>
        <source>Fine</source>
        <translation>Multa</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="75"/>
        <source>Time served</source>
        <translation>Tiempo cumplido</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="76"/>
        <source>No sentence</source>
        <translation>Sin sentencia</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="80"/>
        <source>Vacate and expunge</source>
        <translation>Anular y eliminar</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="81"/>
        <source>Expunge</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="82"/>
        <source>Seal</source>
        <translation>Sellar</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="83"/>
        <source>Dismiss and seal</source>
        <translation>Desestimar y sellar</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="84"/>
        <source>Reduce</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="85"/>
        <source>No relief</source>
        <translation>Sin alivio</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="89"/>
        <source>Eligible now</source>
        <translation>Elegible ahora</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="90"/>
        <source>Eligible later</source>
        <translation>Elegible más adelante</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="91"/>
        <source>Needs review</source>
        <translation>Necesita revisión</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="92"/>
        <source>Not eligible</source>
        <translation>No elegible</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="93"/>
        <source>Already relieved</source>
        <translation>Ya aliviado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/strings.py" line="96"/>
        <source>(not known)</source>
        <translation>(no se sabe)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="157"/>
        <source>reliefdesk — record relief clinic</source>
        <translation>reliefdesk — clínica de alivio de antecedentes</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="164"/>
        <source>Name, date of birth or case number</source>
        <translation>Nombre, fecha de nacimiento o número de caso</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="166"/>
        <source>Find a client</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="167"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="172"/>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="188"/>
        <source>&amp;New client</source>
        <translation>Cliente &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="189"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="221"/>
        <source>History of this client&apos;s file</source>
        <translation>Historial del expediente de este cliente</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="235"/>
        <location filename="../../reliefdesk/gui/main_window.py" line="339"/>
        <source>&amp;Record</source>
        <translation>&amp;Antecedentes</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="236"/>
        <location filename="../../reliefdesk/gui/main_window.py" line="339"/>
        <source>&amp;Eligibility</source>
        <translation>&amp;Elegibilidad</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="237"/>
        <location filename="../../reliefdesk/gui/main_window.py" line="339"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="238"/>
        <location filename="../../reliefdesk/gui/main_window.py" line="340"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="250"/>
        <source>Choose a client on the left, or start with

Ctrl+N  New client (typed by hand)
Ctrl+I  Import a rap sheet
Ctrl+F  Find a client</source>
        <translation>Elija un cliente a la izquierda, o empiece con

Ctrl+N  Cliente nuevo (escrito a mano)
Ctrl+I  Importar antecedentes
Ctrl+F  Buscar un cliente</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="270"/>
        <source>Locked after a time without use. The client&apos;s data is hidden.</source>
        <translation>Bloqueado tras un tiempo sin uso. Los datos del cliente están ocultos.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="275"/>
        <source>Press Enter or Unlock to go on. When the database has a passphrase, you will be asked for it.</source>
        <translation>Pulse Intro o Desbloquear para seguir. Si la base de datos tiene contraseña, se le pedirá.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="279"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="324"/>
        <source>&amp;Import rap sheets…</source>
        <translation>&amp;Importar antecedentes…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="325"/>
        <source>&amp;New client…</source>
        <translation>Cliente &amp;nuevo…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="326"/>
        <source>&amp;Find client</source>
        <translation>&amp;Buscar cliente</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="327"/>
        <source>&amp;Generate packet</source>
        <translation>&amp;Generar paquete</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="328"/>
        <source>&amp;Print packet…</source>
        <translation>Im&amp;primir paquete…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="329"/>
        <source>&amp;Save packet as PDF…</source>
        <translation>&amp;Guardar paquete como PDF…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="330"/>
        <source>Open packet &amp;folder</source>
        <translation>Abrir la &amp;carpeta del paquete</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="331"/>
        <source>&amp;Delete client…</source>
        <translation>Bo&amp;rrar cliente…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="332"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="333"/>
        <source>&amp;Lock now</source>
        <translation>B&amp;loquear ahora</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="334"/>
        <source>&amp;Batch review…</source>
        <translation>Revisión &amp;masiva…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="335"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="336"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="337"/>
        <source>&amp;About reliefdesk</source>
        <translation>A&amp;cerca de reliefdesk</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="347"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="351"/>
        <source>&amp;Client</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="355"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="358"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="381"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="391"/>
        <source>encrypted</source>
        <translation>cifrada</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="391"/>
        <source>not encrypted</source>
        <translation>sin cifrar</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="393"/>
        <source>LOCKED</source>
        <translation>BLOQUEADO</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="422"/>
        <source>Settings not saved</source>
        <translation>Configuración no guardada</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="426"/>
        <source>Settings saved.</source>
        <translation>Configuración guardada.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="448"/>
        <source>%1 found of %2 clients</source>
        <translation>%1 encontrados de %2 clientes</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="451"/>
        <source>showing %1</source>
        <translation>se muestran %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="452"/>
        <source>%1 clients</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="486"/>
        <source>Could not open the client</source>
        <translation>No se pudo abrir el cliente</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="530"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="532"/>
        <source>born %1</source>
        <translation>nacido/a el %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="550"/>
        <source>Could not create the client</source>
        <translation>No se pudo crear el cliente</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="567"/>
        <location filename="../../reliefdesk/gui/main_window.py" line="574"/>
        <source>Delete client</source>
        <translation>Borrar cliente</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="564"/>
        <source>this client</source>
        <translation>este cliente</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="534"/>
        <source>1 case</source>
        <translation>1 caso</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="534"/>
        <source>%1 cases</source>
        <translation>%1 casos</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="568"/>
        <source>Delete %1 and everything kept about them (record, history, documents)? This cannot be undone.</source>
        <translation>¿Borrar a %1 y todo lo que se guarda sobre esta persona (antecedentes, historial, documentos)? No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="577"/>
        <source>&amp;Delete %1</source>
        <translation>&amp;Borrar a %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="586"/>
        <source>Could not delete the client</source>
        <translation>No se pudo borrar el cliente</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="615"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="630"/>
        <source>The change was not saved yet</source>
        <translation>El cambio todavía no se guardó</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="631"/>
        <source>%1

Your change is still on screen; it will be saved with the next one.</source>
        <translation>%1

Su cambio sigue en la pantalla; se guardará con el siguiente.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="643"/>
        <source>Rules: %1</source>
        <translation>Reglas: %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="664"/>
        <source>The answer was not saved yet</source>
        <translation>La respuesta todavía no se guardó</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="674"/>
        <source>The analysis was not saved</source>
        <translation>El análisis no se guardó</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="683"/>
        <source>Could not list the documents</source>
        <translation>No se pudieron listar los documentos</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="726"/>
        <source>Making the packet…</source>
        <translation>Creando el paquete…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="754"/>
        <source>The packet was made but not recorded</source>
        <translation>El paquete se creó pero no quedó registrado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="757"/>
        <source>To fill in by hand: %1</source>
        <translation>Para llenar a mano: %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="763"/>
        <source>No documents: nothing in this record can be filed yet.</source>
        <translation>Sin documentos: todavía no se puede presentar nada de estos antecedentes.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="765"/>
        <source>Packet ready.</source>
        <translation>Paquete listo.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="772"/>
        <source>The packet could not be made</source>
        <translation>No se pudo crear el paquete</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="789"/>
        <source>Save the packet as PDF</source>
        <translation>Guardar el paquete como PDF</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="790"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="799"/>
        <source>The PDF was not saved</source>
        <translation>El PDF no se guardó</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="802"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="811"/>
        <source>Could not write the history</source>
        <translation>No se pudo escribir el historial</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="822"/>
        <source>Could not read the history</source>
        <translation>No se pudo leer el historial</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="851"/>
        <source>Could not save the client</source>
        <translation>No se pudo guardar el cliente</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="861"/>
        <source>%1 client(s) saved.</source>
        <translation>%1 cliente(s) guardado(s).</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="903"/>
        <source>Type the database passphrase to unlock.</source>
        <translation>Escriba la contraseña de la base de datos para desbloquear.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="908"/>
        <source>Still locked</source>
        <translation>Sigue bloqueado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="908"/>
        <source>That passphrase is not right. Try again.</source>
        <translation>Esa contraseña no es correcta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="925"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="932"/>
        <source>About reliefdesk</source>
        <translation>Acerca de reliefdesk</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/main_window.py" line="933"/>
        <source>reliefdesk %1
Criminal-record relief for clinic volunteers. Works offline; never sends data anywhere.</source>
        <translation>reliefdesk %1
Alivio de antecedentes penales para voluntarios de clínicas. Funciona sin conexión; nunca envía datos a ningún lugar.</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="34"/>
        <source>Person or client number</source>
        <extracomment>Field -&gt; label shown to the volunteer.</extracomment>
        <translation>Número de persona o cliente</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="35"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="36"/>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="37"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="38"/>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="39"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="40"/>
        <source>State ID (SID)</source>
        <translation>Identificación estatal (SID)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="41"/>
        <source>FBI number</source>
        <translation>Número del FBI</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="42"/>
        <source>IR number</source>
        <translation>Número IR</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="43"/>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="44"/>
        <source>Other numbers (DCN, CB, RD)</source>
        <translation>Otros números (DCN, CB, RD)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="45"/>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="46"/>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="47"/>
        <source>Arrest date</source>
        <translation>Fecha del arresto</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="48"/>
        <source>Arresting agency</source>
        <translation>Agencia que arrestó</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="49"/>
        <source>Statute</source>
        <translation>Ley</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="50"/>
        <source>Charge description</source>
        <translation>Descripción del cargo</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="51"/>
        <source>Class or level</source>
        <translation>Clase o nivel</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="52"/>
        <source>Offense date</source>
        <translation>Fecha del hecho</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="53"/>
        <source>Disposition</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="54"/>
        <source>Disposition date</source>
        <translation>Fecha del resultado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="55"/>
        <source>Sentence</source>
        <translation>Sentencia</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="56"/>
        <source>Sentence date</source>
        <translation>Fecha de la sentencia</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="57"/>
        <source>Sentence end</source>
        <translation>Fin de la sentencia</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="70"/>
        <source>Columns of %1</source>
        <translation>Columnas de %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="75"/>
        <source>Say which column of %1 holds what. The guess from the column names is filled in; this choice is saved and used for every file with the same columns.</source>
        <translation>Indique qué contiene cada columna de %1. Ya está rellenado lo que se dedujo de los nombres de las columnas; esta elección se guarda y se usa para todos los archivos con las mismas columnas.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="83"/>
        <source>(not in this file)</source>
        <translation>(no está en este archivo)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="107"/>
        <source>&amp;Save and read</source>
        <translation>&amp;Guardar y leer</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="126"/>
        <source>Choose at least the column of the case number, statute, charge or disposition.</source>
        <translation>Elija al menos la columna del número de caso, la ley, el cargo o el resultado.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="132"/>
        <source>Column %1 is chosen for %2: choose it once.</source>
        <translation>La columna %1 está elegida para %2: elíjala una sola vez.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="140"/>
        <source>Columns not read: %1</source>
        <translation>Columnas no leídas: %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/mapping_dialog.py" line="158"/>
        <source>Could not save the columns</source>
        <translation>No se pudieron guardar las columnas</translation>
    </message>
</context>
<context>
    <name>NewClientDialog</name>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="138"/>
        <source>New client</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="142"/>
        <source>LAST, FIRST MIDDLE</source>
        <translation>APELLIDO, NOMBRE SEGUNDO</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="143"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="145"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="148"/>
        <source>Illinois</source>
        <translation>Illinois</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="149"/>
        <source>California</source>
        <translation>California</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="150"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="151"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="152"/>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="153"/>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="154"/>
        <source>Then add the cases and charges on the Record tab, or import a rap sheet (Ctrl+I).</source>
        <translation>Luego añada los casos y cargos en la pestaña Antecedentes, o importe antecedentes (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="157"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="170"/>
        <source>Type the client&apos;s name.</source>
        <translation>Escriba el nombre del cliente.</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../reliefdesk/gui/delegates.py" line="38"/>
        <source>(not known)</source>
        <translation>(no se sabe)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="184"/>
        <location filename="../../reliefdesk/gui/dialogs.py" line="190"/>
        <source>Passphrase</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="191"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="87"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="90"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="91"/>
        <source>LAST, FIRST MIDDLE</source>
        <translation>APELLIDO, NOMBRE SEGUNDO</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="93"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="97"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="99"/>
        <source>Date of &amp;birth:</source>
        <translation>Fecha de &amp;nacimiento:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="103"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="112"/>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="113"/>
        <source>Add &amp;case</source>
        <translation>Añadir &amp;caso</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="114"/>
        <source>Delete case</source>
        <translation>Borrar caso</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="117"/>
        <source>&amp;Cases</source>
        <translation>&amp;Casos</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="131"/>
        <source>Charges of the chosen case</source>
        <translation>Cargos del caso elegido</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="132"/>
        <source>Add c&amp;harge</source>
        <translation>Añadir car&amp;go</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="133"/>
        <source>Delete charge</source>
        <translation>Borrar cargo</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="136"/>
        <location filename="../../reliefdesk/gui/record_editor.py" line="210"/>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="142"/>
        <source>Shaded, slanted values were changed by hand; hover to see what the document said.</source>
        <translation>Los valores sombreados e inclinados se cambiaron a mano; pase el ratón por encima para ver lo que decía el documento.</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="185"/>
        <source>Illinois</source>
        <translation>Illinois</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="185"/>
        <source>California</source>
        <translation>California</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="208"/>
        <source>C&amp;harges in case %1</source>
        <translation>Car&amp;gos del caso %1</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/record_editor.py" line="208"/>
        <source>(no number)</source>
        <translation>(sin número)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="48"/>
        <source>Settings</source>
        <extracomment>Keys kept with ClientService.set_settings (remembered between runs).</extracomment>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="52"/>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="56"/>
        <source>Clinic address</source>
        <translation>Dirección de la clínica</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="58"/>
        <source>Volunteer name</source>
        <translation>Nombre del voluntario</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="60"/>
        <source>for example Cook</source>
        <translation>por ejemplo Cook</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="61"/>
        <source>Default county</source>
        <translation>Condado predeterminado</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="63"/>
        <source>(the day of the analysis)</source>
        <translation>(el día del análisis)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="64"/>
        <source>Default filing date</source>
        <translation>Fecha de presentación predeterminada</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="75"/>
        <source>(the reliefdesk data folder)</source>
        <translation>(la carpeta de datos de reliefdesk)</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="76"/>
        <location filename="../../reliefdesk/gui/dialogs.py" line="116"/>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="77"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="86"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="87"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="88"/>
        <source>Lock after idle time</source>
        <translation>Bloquear tras un tiempo sin uso</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="93"/>
        <source>&amp;Clinic name:</source>
        <translation>&amp;Nombre de la clínica:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="94"/>
        <source>Clinic &amp;address:</source>
        <translation>&amp;Dirección de la clínica:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="95"/>
        <source>&amp;Volunteer name:</source>
        <translation>Nombre del &amp;voluntario:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="96"/>
        <source>Default c&amp;ounty:</source>
        <translation>C&amp;ondado predeterminado:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="97"/>
        <source>Default &amp;filing date:</source>
        <translation>Fecha de &amp;presentación predeterminada:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="98"/>
        <source>&amp;Data folder:</source>
        <translation>Carpeta de &amp;datos:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="101"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <location filename="../../reliefdesk/gui/dialogs.py" line="103"/>
        <source>Packets are kept in the data folder, one folder per client. When the database has a passphrase, the window locks after the idle time and asks for it again.</source>
        <translation>Los paquetes se guardan en la carpeta de datos, una carpeta por cliente. Si la base de datos tiene contraseña, la ventana se bloquea tras el tiempo sin uso y la vuelve a pedir.</translation>
    </message>
</context>
</TS>
