<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
</context>
<context>
    <name>trapline::ui::AdjustTimesDialog</name>
    <message>
        <source>Adjust Times</source>
        <translation>Ajustar horas</translation>
    </message>
    <message>
        <source>The camera&apos;s clock was wrong: &amp;shift every frame by</source>
        <translation>El reloj de la cámara estaba mal: de&amp;splazar cada fotograma</translation>
    </message>
    <message>
        <source>The times are in the file &amp;names, in this pattern</source>
        <translation>Las horas están en los &amp;nombres de archivo, con este patrón</translation>
    </message>
    <message>
        <source>+HH:MM:SS moves the times later, -HH:MM:SS earlier</source>
        <translation>+HH:MM:SS mueve las horas hacia más tarde, -HH:MM:SS hacia más temprano</translation>
    </message>
    <message>
        <source>YYYY MM DD hh mm ss stand for the parts of the time, * for any text; camtrapR&apos;s renamed files (StationA__2009-04-21__00-40-00(1).JPG) match *__YYYY-MM-DD__hh-mm-ss*</source>
        <translation>YYYY MM DD hh mm ss representan las partes de la fecha y hora, * cualquier texto; los archivos renombrados por camtrapR (StationA__2009-04-21__00-40-00(1).JPG) coinciden con *__YYYY-MM-DD__hh-mm-ss*</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>&amp;Despliegue:</translation>
    </message>
    <message>
        <source>The deployment&apos;s sequences are regrouped afterwards; labels are kept. Edit &gt; Undo puts the times back.</source>
        <translation>Después se reagrupan las secuencias del despliegue; las etiquetas se conservan. Edición &gt; Deshacer restaura las horas.</translation>
    </message>
    <message>
        <source>Every frame of the deployment moves by %1 s.</source>
        <translation>Cada fotograma del despliegue se desplaza %1 s.</translation>
    </message>
    <message>
        <source>Write the shift as +HH:MM:SS or -HH:MM:SS.</source>
        <translation>Escriba el desplazamiento como +HH:MM:SS o -HH:MM:SS.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → does not match (keeps its time)</source>
        <translation>%1 → no coincide (conserva su hora)</translation>
    </message>
</context>
<context>
    <name>trapline::ui::DeploymentListModel</name>
    <message>
        <source>All deployments</source>
        <translation>Todos los despliegues</translation>
    </message>
    <message>
        <source>%1
%2 sequences, %3 not reviewed</source>
        <translation>%1
%2 secuencias, %3 sin revisar</translation>
    </message>
    <message>
        <source>%1
%2 media in %3 sequences
Folder: %4</source>
        <translation>%1
%2 imágenes en %3 secuencias
Carpeta: %4</translation>
    </message>
</context>
<context>
    <name>trapline::ui::DeploymentPropertiesCommand</name>
    <message>
        <source>edit deployment %1</source>
        <translation>modificar el despliegue %1</translation>
    </message>
</context>
<context>
    <name>trapline::ui::DeploymentPropertiesDialog</name>
    <message>
        <source>e.g. Waterhole north</source>
        <translation>p. ej. Abrevadero norte</translation>
    </message>
    <message>
        <source>decimal degrees, -90 to 90 (south is negative)</source>
        <translation>grados decimales, de -90 a 90 (sur negativo)</translation>
    </message>
    <message>
        <source>decimal degrees, -180 to 180 (west is negative)</source>
        <translation>grados decimales, de -180 a 180 (oeste negativo)</translation>
    </message>
    <message>
        <source>metres, e.g. 30</source>
        <translation>metros, p. ej. 30</translation>
    </message>
    <message>
        <source>e.g. Europe/Paris, or +02:00</source>
        <translation>p. ej. Europe/Madrid, o +02:00</translation>
    </message>
    <message>
        <source>e.g. Reconyx HyperFire 2</source>
        <translation>p. ej. Reconyx HyperFire 2</translation>
    </message>
    <message>
        <source>metres above the ground</source>
        <translation>metros sobre el suelo</translation>
    </message>
    <message>
        <source>Deployment Properties</source>
        <translation>Propiedades del despliegue</translation>
    </message>
    <message>
        <source>The time zone the camera&apos;s clock was set to (follows daylight saving time), or its fixed offset from UTC. Exports stamp the camera&apos;s times with it.</source>
        <translation>La zona horaria del reloj de la cámara (sigue el horario de verano), o su desfase fijo respecto a UTC. Las exportaciones fechan las horas de la cámara con ella.</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>&amp;Despliegue:</translation>
    </message>
    <message>
        <source>&amp;Location name:</source>
        <translation>Nombre del &amp;lugar:</translation>
    </message>
    <message>
        <source>L&amp;atitude:</source>
        <translation>L&amp;atitud:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>L&amp;ongitud:</translation>
    </message>
    <message>
        <source>Coordinate &amp;uncertainty (m):</source>
        <translation>&amp;Incertidumbre de la posición (m):</translation>
    </message>
    <message>
        <source>&amp;Time zone or UTC offset:</source>
        <translation>&amp;Zona horaria o desfase UTC:</translation>
    </message>
    <message>
        <source>Camera &amp;model:</source>
        <translation>&amp;Modelo de cámara:</translation>
    </message>
    <message>
        <source>Camera &amp;height (m):</source>
        <translation>&amp;Altura de la cámara (m):</translation>
    </message>
    <message>
        <source>The project has no deployments yet: import a folder first.</source>
        <translation>El proyecto aún no tiene despliegues: importe primero una carpeta.</translation>
    </message>
    <message>
        <source>Latitude must be a number of decimal degrees, such as -2.33.</source>
        <translation>La latitud debe ser un número de grados decimales, como -2.33.</translation>
    </message>
    <message>
        <source>Longitude must be a number of decimal degrees, such as 34.83.</source>
        <translation>La longitud debe ser un número de grados decimales, como 34.83.</translation>
    </message>
    <message>
        <source>The coordinate uncertainty must be a whole number of metres.</source>
        <translation>La incertidumbre de la posición debe ser un número entero de metros.</translation>
    </message>
    <message>
        <source>The camera height must be a number of metres, such as 0.5.</source>
        <translation>La altura de la cámara debe ser un número de metros, como 0.5.</translation>
    </message>
</context>
<context>
    <name>trapline::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Camtrap DP data package (GBIF, Agouti, camtrapR)</source>
        <translation>Paquete de datos Camtrap DP (GBIF, Agouti, camtrapR)</translation>
    </message>
    <message>
        <source>COCO Camera Traps JSON (LILA)</source>
        <translation>JSON COCO Camera Traps (LILA)</translation>
    </message>
    <message>
        <source>MegaDetector results JSON</source>
        <translation>JSON de resultados de MegaDetector</translation>
    </message>
    <message>
        <source>CSV, one row per observation (Timelapse-style)</source>
        <translation>CSV, una fila por observación (estilo Timelapse)</translation>
    </message>
    <message>
        <source>Training set: crops in class folders</source>
        <translation>Conjunto de entrenamiento: recortes en carpetas por clase</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Guardar en:</translation>
    </message>
    <message>
        <source>Include machine labels not yet reviewed</source>
        <translation>Incluir etiquetas de la máquina aún sin revisar</translation>
    </message>
    <message>
        <source>Off: only labels a person made or confirmed</source>
        <translation>Desactivado: solo etiquetas hechas o confirmadas por una persona</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>Conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>Whole frames instead of box crops</source>
        <translation>Fotogramas enteros en lugar de recortes</translation>
    </message>
    <message>
        <source>Only the first frame of each sequence</source>
        <translation>Solo el primer fotograma de cada secuencia</translation>
    </message>
    <message>
        <source>Frames of a burst are near copies; one per sequence avoids over-counting</source>
        <translation>Los fotogramas de una ráfaga son casi copias; uno por secuencia evita contar de más</translation>
    </message>
    <message>
        <source>Share of empty frames kept: empties outnumber animals in most projects</source>
        <translation>Proporción de fotogramas vacíos conservados: en la mayoría de proyectos hay más vacíos que animales</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>Deployment (camera)</source>
        <translation>Despliegue (cámara)</translation>
    </message>
    <message>
        <source>Frames of one group never sit on both sides of the split</source>
        <translation>Los fotogramas de un grupo nunca quedan a ambos lados de la división</translation>
    </message>
    <message>
        <source>Share of groups held out for validation</source>
        <translation>Proporción de grupos reservados para validación</translation>
    </message>
    <message>
        <source>Share of groups held out for a final test</source>
        <translation>Proporción de grupos reservados para la prueba final</translation>
    </message>
    <message>
        <source>original size</source>
        <translation>tamaño original</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Keep &amp;empty:</source>
        <translation>Conservar &amp;vacíos:</translation>
    </message>
    <message>
        <source>Split &amp;by:</source>
        <translation>Dividir &amp;por:</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>&amp;Validación:</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>&amp;Prueba:</translation>
    </message>
    <message>
        <source>Longest &amp;side:</source>
        <translation>Lado &amp;mayor:</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exportar a la carpeta</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Exportar al archivo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Elija dónde guardar la exportación.</translation>
    </message>
    <message>
        <source>Validation and test together must leave data for training.</source>
        <translation>Validación y prueba juntas deben dejar datos para el entrenamiento.</translation>
    </message>
</context>
<context>
    <name>trapline::ui::FrameStripModel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>This frame has its own label: %1</source>
        <translation>Este fotograma tiene su propia etiqueta: %1</translation>
    </message>
    <message>
        <source>Check this frame: %1</source>
        <translation>Revise este fotograma: %1</translation>
    </message>
</context>
<context>
    <name>trapline::ui::ImageView</name>
    <message>
        <source>Wheel: zoom, drag: pan, B or Ctrl+drag: draw a box, F: fit, M: magnifier</source>
        <translation>Rueda: zoom, arrastrar: desplazar, B o Ctrl+arrastrar: dibujar un recuadro, F: ajustar, M: lupa</translation>
    </message>
</context>
<context>
    <name>trapline::ui::IndividualsDialog</name>
    <message>
        <source>Individuals</source>
        <translation>Individuos</translation>
    </message>
    <message>
        <source>The sightings of the individual, oldest first; select some to split them off</source>
        <translation>Los avistamientos del individuo, del más antiguo al más reciente; seleccione algunos para separarlos</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Nuevo...</translation>
    </message>
    <message>
        <source>Name an individual before its first sighting is labelled</source>
        <translation>Nombrar un individuo antes de etiquetar su primer avistamiento</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Renombrar...</translation>
    </message>
    <message>
        <source>Give the selected individual another name</source>
        <translation>Dar otro nombre al individuo seleccionado</translation>
    </message>
    <message>
        <source>&amp;Merge Into...</source>
        <translation>&amp;Fusionar con...</translation>
    </message>
    <message>
        <source>The selected individual is the same animal as another: join their sightings</source>
        <translation>El individuo seleccionado es el mismo animal que otro: unir sus avistamientos</translation>
    </message>
    <message>
        <source>&amp;Split Off...</source>
        <translation>&amp;Separar...</translation>
    </message>
    <message>
        <source>The selected sightings show another animal: make them a new individual</source>
        <translation>Los avistamientos seleccionados muestran otro animal: convertirlos en un nuevo individuo</translation>
    </message>
    <message numerus="yes">
        <source>%n sighting(s)</source>
        <translation>
            <numerusform>%n avistamiento</numerusform>
            <numerusform>%n avistamientos</numerusform>
        </translation>
    </message>
    <message>
        <source>rename individual</source>
        <translation>renombrar individuo</translation>
    </message>
    <message>
        <source>merge individuals</source>
        <translation>fusionar individuos</translation>
    </message>
    <message>
        <source>split individual</source>
        <translation>separar individuo</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>The same animal as:</source>
        <translation>El mismo animal que:</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Separar</translation>
    </message>
    <message>
        <source>Select the sightings that show the other animal first.</source>
        <translation>Seleccione primero los avistamientos que muestran el otro animal.</translation>
    </message>
    <message>
        <source>Name of the other animal:</source>
        <translation>Nombre del otro animal:</translation>
    </message>
    <message>
        <source>New individual</source>
        <translation>Nuevo individuo</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
</context>
<context>
    <name>trapline::ui::JobsPanel</name>
    <message>
        <source>%1 s left</source>
        <translation>quedan %1 s</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>quedan %1 min</translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>quedan %1 h</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Quitar los terminados</translation>
    </message>
    <message>
        <source>Remove finished jobs from this list</source>
        <translation>Quitar de la lista las tareas terminadas</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Iniciando...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop after the current batch; everything done so far is kept, and running the job again resumes it</source>
        <translation>Detener tras el lote actual; se conserva todo lo hecho y al repetir la tarea continúa donde quedó</translation>
    </message>
    <message>
        <source>Stopping after the current batch...</source>
        <translation>Deteniendo tras el lote actual...</translation>
    </message>
    <message>
        <source>%1: %2 of %3 %4</source>
        <translation>%1: %2 de %3 %4</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenida: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1. Run it again to resume.</source>
        <translation>Cancelada: %1. Repítala para continuar.</translation>
    </message>
</context>
<context>
    <name>trapline::ui::LabelPanel</name>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Sequence:</source>
        <translation>Secuencia:</translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation>Máquina:</translation>
    </message>
    <message>
        <source>Frame:</source>
        <translation>Fotograma:</translation>
    </message>
    <message>
        <source>Box:</source>
        <translation>Recuadro:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Species: type to search, Enter to apply</source>
        <translation>Especie: escriba para buscar, Enter para aplicar</translation>
    </message>
    <message>
        <source>Scientific or common name. A name the project does not know yet is added.
Enter applies it to the selected box, or else to the whole sequence.</source>
        <translation>Nombre científico o común. Si el proyecto aún no conoce el nombre, se añade.
Enter lo aplica al recuadro seleccionado o, si no hay ninguno, a toda la secuencia.</translation>
    </message>
    <message>
        <source>&amp;Species:</source>
        <translation>&amp;Especie:</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>sin contar</translation>
    </message>
    <message>
        <source>How many animals; leave at &quot;not counted&quot; if you do not count</source>
        <translation>Cuántos animales; deje «sin contar» si no hace conteos</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>The known individual this animal is, if any</source>
        <translation>El individuo conocido al que corresponde este animal, si lo hay</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>Nuevo...</translation>
    </message>
    <message>
        <source>Name a new individual</source>
        <translation>Dar nombre a un nuevo individuo</translation>
    </message>
    <message>
        <source>Individual:</source>
        <translation>Individuo:</translation>
    </message>
    <message>
        <source>Behaviour, marks, anything worth keeping</source>
        <translation>Comportamiento, marcas, todo lo que valga la pena anotar</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>Aplicar a</translation>
    </message>
    <message>
        <source>Whole sequence</source>
        <translation>Toda la secuencia</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>The label of every frame of the sequence</source>
        <translation>La etiqueta de todos los fotogramas de la secuencia</translation>
    </message>
    <message>
        <source>Add species to sequence</source>
        <translation>Añadir especie a la secuencia</translation>
    </message>
    <message>
        <source>A second species in the same sequence</source>
        <translation>Una segunda especie en la misma secuencia</translation>
    </message>
    <message>
        <source>This frame only</source>
        <translation>Solo este fotograma</translation>
    </message>
    <message>
        <source>This frame differs from its sequence</source>
        <translation>Este fotograma difiere de su secuencia</translation>
    </message>
    <message>
        <source>Selected box</source>
        <translation>Recuadro seleccionado</translation>
    </message>
    <message>
        <source>The label of the selected box only (multi-species frames)</source>
        <translation>Solo la etiqueta del recuadro seleccionado (fotogramas con varias especies)</translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation>Acciones rápidas</translation>
    </message>
    <message>
        <source>Sequence is empty</source>
        <translation>Secuencia vacía</translation>
    </message>
    <message>
        <source>Nothing in any frame</source>
        <translation>Nada en ningún fotograma</translation>
    </message>
    <message>
        <source>Frame is empty</source>
        <translation>Fotograma vacío</translation>
    </message>
    <message>
        <source>The animal has left this frame</source>
        <translation>El animal ha salido de este fotograma</translation>
    </message>
    <message>
        <source>Frame follows sequence</source>
        <translation>Fotograma como la secuencia</translation>
    </message>
    <message>
        <source>Shift+E</source>
        <translation>Shift+E</translation>
    </message>
    <message>
        <source>Remove this frame&apos;s own label</source>
        <translation>Quitar la etiqueta propia de este fotograma</translation>
    </message>
    <message>
        <source>Accept machine label</source>
        <translation>Aceptar etiqueta de la máquina</translation>
    </message>
    <message>
        <source>Confirm what the model said</source>
        <translation>Confirmar lo que dijo el modelo</translation>
    </message>
    <message>
        <source>Reviewed as it is</source>
        <translation>Revisada tal cual</translation>
    </message>
    <message>
        <source>The labels are right; mark it reviewed</source>
        <translation>Las etiquetas son correctas; marcarla como revisada</translation>
    </message>
    <message>
        <source>Quick keys</source>
        <translation>Teclas rápidas</translation>
    </message>
    <message>
        <source>Edit quick keys...</source>
        <translation>Editar teclas rápidas...</translation>
    </message>
    <message>
        <source>Choose the species of keys 1 to 9 for this project</source>
        <translation>Elegir la especie de las teclas 1 a 9 para este proyecto</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>No sequence selected</source>
        <translation>Ninguna secuencia seleccionada</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n frame(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n fotograma</numerusform>
            <numerusform>%1 · %2 · %n fotogramas</numerusform>
        </translation>
    </message>
    <message>
        <source>not labelled</source>
        <translation>sin etiquetar</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>no prediction</source>
        <translation>sin predicción</translation>
    </message>
    <message>
        <source>%1 (its own label)</source>
        <translation>%1 (etiqueta propia)</translation>
    </message>
    <message>
        <source>follows the sequence</source>
        <translation>como la secuencia</translation>
    </message>
    <message>
        <source>follows the sequence; check: %1</source>
        <translation>como la secuencia; revisar: %1</translation>
    </message>
    <message>
        <source>none selected (B draws one)</source>
        <translation>ninguno seleccionado (B dibuja uno)</translation>
    </message>
    <message>
        <source> (machine)</source>
        <translation> (máquina)</translation>
    </message>
    <message>
        <source>time from the file, not the camera</source>
        <translation>hora del archivo, no de la cámara</translation>
    </message>
</context>
<context>
    <name>trapline::ui::MainWindow</name>
    <message>
        <source>Trapline</source>
        <translation>Trapline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>&amp;Nuevo proyecto...</translation>
    </message>
    <message>
        <source>Create an empty project file to import camera folders into</source>
        <translation>Crear un archivo de proyecto vacío al que importar carpetas de cámaras</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>&amp;Abrir proyecto...</translation>
    </message>
    <message>
        <source>&amp;Import Folder...</source>
        <translation>&amp;Importar carpeta...</translation>
    </message>
    <message>
        <source>Add the images of a camera folder or SD card; run it again to add only new files</source>
        <translation>Añadir las imágenes de una carpeta de cámara o tarjeta SD; repítalo para añadir solo los archivos nuevos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Trapline</source>
        <translation>&amp;Acerca de Trapline</translation>
    </message>
    <message>
        <source>About Trapline</source>
        <translation>Acerca de Trapline</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trapline %1&lt;/b&gt;&lt;p&gt;Review, label and re-identify camera-trap images.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Trapline %1&lt;/b&gt;&lt;p&gt;Revise, etiquete y reidentifique imágenes de cámaras trampa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cameras and sites; pick one to see its sequences</source>
        <translation>Cámaras y sitios; elija uno para ver sus secuencias</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Despliegues</translation>
    </message>
    <message>
        <source>%1 - Trapline</source>
        <translation>%1 - Trapline</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>Trapline projects (*.trapline)</source>
        <translation>Proyectos de Trapline (*.trapline)</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>No se puede crear el proyecto</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Create or open a project first (File &gt; New Project).</source>
        <translation>Primero cree o abra un proyecto (Archivo &gt; Nuevo proyecto).</translation>
    </message>
    <message>
        <source>Import a camera folder</source>
        <translation>Importar una carpeta de cámara</translation>
    </message>
    <message>
        <source>No project open. Create one with File &gt; New Project, or open one.</source>
        <translation>No hay ningún proyecto abierto. Cree uno con Archivo &gt; Nuevo proyecto, o abra uno.</translation>
    </message>
    <message>
        <source>%1 media, %2 sequences, %3 deployments, %4 with problems</source>
        <translation>%1 imágenes, %2 secuencias, %3 despliegues, %4 con problemas</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <source>&amp;Run Models...</source>
        <translation>&amp;Ejecutar modelos...</translation>
    </message>
    <message>
        <source>Pre-label species with your detector and classifier, and compute re-ID features</source>
        <translation>Preetiquetar especies con su detector y clasificador, y calcular rasgos de reidentificación</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tarea en curso</numerusform>
            <numerusform>%n tareas en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new image(s), %1 with problems, %2 already imported</source>
        <translation>
            <numerusform>%n imagen nueva, %1 con problemas, %2 ya importadas</numerusform>
            <numerusform>%n imágenes nuevas, %1 con problemas, %2 ya importadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Run models</source>
        <translation>Ejecutar modelos</translation>
    </message>
    <message>
        <source>%1 images on %2: %3 detections, %4 frames flagged for review, %5 failed</source>
        <translation>%1 imágenes en %2: %3 detecciones, %4 fotogramas marcados para revisar, %5 fallidas</translation>
    </message>
    <message>
        <source>Run Models</source>
        <translation>Ejecutar modelos</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 detenida</translation>
    </message>
    <message>
        <source>%1 finished: %2</source>
        <translation>%1 terminada: %2</translation>
    </message>
    <message>
        <source>Import &amp;Labels...</source>
        <translation>Importar e&amp;tiquetas...</translation>
    </message>
    <message>
        <source>Bring in labels made elsewhere: Camtrap DP, COCO Camera Traps, MegaDetector results, CSV</source>
        <translation>Traer etiquetas hechas en otro lugar: Camtrap DP, COCO Camera Traps, resultados de MegaDetector, CSV</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportar...</translation>
    </message>
    <message>
        <source>Camtrap DP, COCO Camera Traps, MegaDetector JSON, CSV or a training set</source>
        <translation>Camtrap DP, COCO Camera Traps, JSON de MegaDetector, CSV o un conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Import Labels</source>
        <translation>Importar etiquetas</translation>
    </message>
    <message>
        <source>Import labels</source>
        <translation>Importar etiquetas</translation>
    </message>
    <message>
        <source>Camtrap DP package (datapackage.json);;COCO Camera Traps (*.json);;MegaDetector results (*.json);;CSV (*.csv)</source>
        <translation>Paquete Camtrap DP (datapackage.json);;COCO Camera Traps (*.json);;Resultados de MegaDetector (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Configuración...</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>&amp;Quick Keys</source>
        <translation>&amp;Teclas rápidas</translation>
    </message>
    <message>
        <source>Label with quick key %1</source>
        <translation>Etiquetar con la tecla rápida %1</translation>
    </message>
    <message>
        <source>The species of key %1, for the whole sequence (or the selected box)</source>
        <translation>La especie de la tecla %1, para toda la secuencia (o el recuadro seleccionado)</translation>
    </message>
    <message>
        <source>&amp;Edit Quick Keys...</source>
        <translation>&amp;Editar teclas rápidas...</translation>
    </message>
    <message>
        <source>&amp;Search Species</source>
        <translation>&amp;Buscar especie</translation>
    </message>
    <message>
        <source>Type a species for the sequence, the frame or the selected box</source>
        <translation>Escribir una especie para la secuencia, el fotograma o el recuadro seleccionado</translation>
    </message>
    <message>
        <source>Sequence Is &amp;Empty</source>
        <translation>Secuencia &amp;vacía</translation>
    </message>
    <message>
        <source>Nothing in any frame of this sequence</source>
        <translation>Nada en ningún fotograma de esta secuencia</translation>
    </message>
    <message>
        <source>&amp;Frame Is Empty</source>
        <translation>&amp;Fotograma vacío</translation>
    </message>
    <message>
        <source>The animal has left this frame</source>
        <translation>El animal ha salido de este fotograma</translation>
    </message>
    <message>
        <source>Frame &amp;Follows Sequence</source>
        <translation>Fotograma &amp;como la secuencia</translation>
    </message>
    <message>
        <source>Remove this frame&apos;s own label</source>
        <translation>Quitar la etiqueta propia de este fotograma</translation>
    </message>
    <message>
        <source>&amp;Accept Machine Label</source>
        <translation>&amp;Aceptar etiqueta de la máquina</translation>
    </message>
    <message>
        <source>Confirm the model&apos;s label of the sequence</source>
        <translation>Confirmar la etiqueta que el modelo dio a la secuencia</translation>
    </message>
    <message>
        <source>&amp;Reviewed As It Is</source>
        <translation>&amp;Revisada tal cual</translation>
    </message>
    <message>
        <source>The labels are right: mark the sequence reviewed</source>
        <translation>Las etiquetas son correctas: marcar la secuencia como revisada</translation>
    </message>
    <message>
        <source>Draw a &amp;Box</source>
        <translation>&amp;Dibujar un recuadro</translation>
    </message>
    <message>
        <source>Drag a box around one animal (or Ctrl+drag)</source>
        <translation>Arrastrar un recuadro alrededor de un animal (o Ctrl+arrastrar)</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Box</source>
        <translation>&amp;Eliminar el recuadro seleccionado</translation>
    </message>
    <message>
        <source>A person&apos;s box is deleted, a machine box is rejected</source>
        <translation>El recuadro de una persona se elimina; el de la máquina se rechaza</translation>
    </message>
    <message>
        <source>&amp;Next Sequence</source>
        <translation>Secuencia &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Sequence</source>
        <translation>Secuencia a&amp;nterior</translation>
    </message>
    <message>
        <source>Next &amp;Unreviewed</source>
        <translation>Sig&amp;uiente sin revisar</translation>
    </message>
    <message>
        <source>The next sequence in the list that no person has reviewed</source>
        <translation>La siguiente secuencia de la lista que ninguna persona ha revisado</translation>
    </message>
    <message>
        <source>Next Fra&amp;me</source>
        <translation>Fotogra&amp;ma siguiente</translation>
    </message>
    <message>
        <source>Previous Fr&amp;ame</source>
        <translation>Fotograma anteri&amp;or</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Magnifier</source>
        <translation>L&amp;upa</translation>
    </message>
    <message>
        <source>A loupe under the mouse</source>
        <translation>Una lupa bajo el ratón</translation>
    </message>
    <message>
        <source>&amp;Reset Brightness and Contrast</source>
        <translation>&amp;Restablecer brillo y contraste</translation>
    </message>
    <message>
        <source>Review queues</source>
        <translation>Colas de revisión</translation>
    </message>
    <message>
        <source>Sequences: Up/Down to move, Space for the next unreviewed one</source>
        <translation>Secuencias: Arriba/Abajo para moverse, Espacio para la siguiente sin revisar</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language applies the next time Trapline starts.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Trapline.</translation>
    </message>
    <message>
        <source>That was the last sequence in this list.</source>
        <translation>Esa era la última secuencia de esta lista.</translation>
    </message>
    <message>
        <source>This is the first sequence in this list.</source>
        <translation>Esta es la primera secuencia de esta lista.</translation>
    </message>
    <message>
        <source>No unreviewed sequence after this one in the list.</source>
        <translation>No hay ninguna secuencia sin revisar después de esta en la lista.</translation>
    </message>
    <message>
        <source>&amp;Back Up Project</source>
        <translation>&amp;Copia de seguridad del proyecto</translation>
    </message>
    <message>
        <source>Copy the project, as it is now, into its backups folder beside it</source>
        <translation>Copiar el proyecto, tal como está ahora, en su carpeta de copias de seguridad junto a él</translation>
    </message>
    <message>
        <source>Back Up Project</source>
        <translation>Copia de seguridad del proyecto</translation>
    </message>
    <message>
        <source>Back up %1</source>
        <translation>Copia de seguridad de %1</translation>
    </message>
    <message>
        <source>saved to %1</source>
        <translation>guardada en %1</translation>
    </message>
    <message>
        <source>Compare every box without an individual with the confirmed sightings (embeddings from your re-ID model), in the background</source>
        <translation>Comparar cada recuadro sin individuo con los avistamientos confirmados (embeddings de su modelo de reidentificación), en segundo plano</translation>
    </message>
    <message>
        <source>Match &amp;Individuals...</source>
        <translation>Emparejar &amp;individuos...</translation>
    </message>
    <message>
        <source>Confirm or reject the proposed individuals side by side</source>
        <translation>Confirmar o rechazar los individuos propuestos, uno al lado del otro</translation>
    </message>
    <message>
        <source>Propose Individual Matches</source>
        <translation>Proponer coincidencias de individuos</translation>
    </message>
    <message>
        <source>Propose individual matches</source>
        <translation>Proponer coincidencias de individuos</translation>
    </message>
    <message>
        <source>%1 proposals for %2 sightings, from %3 confirmed sightings of %4 individuals</source>
        <translation>%1 propuestas para %2 avistamientos, a partir de %3 avistamientos confirmados de %4 individuos</translation>
    </message>
    <message>
        <source>Match Individuals</source>
        <translation>Emparejar individuos</translation>
    </message>
    <message>
        <source>Pr&amp;opose Individual Matches</source>
        <translation>Pr&amp;oponer coincidencias de individuos</translation>
    </message>
    <message>
        <source>Indi&amp;viduals...</source>
        <translation>Indi&amp;viduos...</translation>
    </message>
    <message>
        <source>The project&apos;s individuals and their sightings: rename, merge, split</source>
        <translation>Los individuos del proyecto y sus avistamientos: renombrar, fusionar, separar</translation>
    </message>
    <message>
        <source>&amp;Train Model...</source>
        <translation>E&amp;ntrenar modelo...</translation>
    </message>
    <message>
        <source>Fine-tune the species classifier or the re-ID embedder on your corrected labels</source>
        <translation>Ajustar el clasificador de especies o el modelo de reidentificación con sus etiquetas corregidas</translation>
    </message>
    <message>
        <source>Train Model</source>
        <translation>Entrenar modelo</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>&amp;Despliegues</translation>
    </message>
    <message>
        <source>&amp;Properties...</source>
        <translation>&amp;Propiedades...</translation>
    </message>
    <message>
        <source>Position, camera and clock (time zone) of a deployment: a Camtrap DP export needs them</source>
        <translation>Posición, cámara y reloj (zona horaria) de un despliegue: una exportación Camtrap DP los necesita</translation>
    </message>
    <message>
        <source>Adjust &amp;Times...</source>
        <translation>Ajustar &amp;horas...</translation>
    </message>
    <message>
        <source>Correct a camera clock that was set wrong, or read the times from the file names</source>
        <translation>Corregir el reloj de una cámara mal ajustado, o leer las horas de los nombres de archivo</translation>
    </message>
    <message numerus="yes">
        <source>available, %n device(s)</source>
        <translation>
            <numerusform>disponible, %n dispositivo</numerusform>
            <numerusform>disponible, %n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>&lt;p&gt;Models run with: BLAS %1 (%2); LibTorch %3 with %4 threads on %5 cores; OpenCV %6 threads (%7); CUDA %8.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los modelos se ejecutan con: BLAS %1 (%2); LibTorch %3 con %4 hilos en %5 núcleos; OpenCV %6 hilos (%7); CUDA %8.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Models run about ten times slower than they could:&lt;/b&gt; the reference BLAS is in use. Install OpenBLAS with &lt;code&gt;%1&lt;/code&gt; and restart Trapline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Los modelos se ejecutan unas diez veces más despacio de lo que podrían:&lt;/b&gt; se está usando el BLAS de referencia. Instale OpenBLAS con &lt;code&gt;%1&lt;/code&gt; y reinicie Trapline.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) have no camera time: they are timed by their files and grouped only where their names run consecutively (%1 sequences). Deployments &gt; Adjust Times can read times from the file names or correct a camera clock.</source>
        <translation>
            <numerusform>%n fotograma no tiene hora de la cámara: toma la hora de su archivo y solo se agrupa donde los nombres son consecutivos (%1 secuencias). Despliegues &gt; Ajustar horas puede leer las horas de los nombres de archivo o corregir el reloj de una cámara.</numerusform>
            <numerusform>%n fotogramas no tienen hora de la cámara: toman la hora de sus archivos y solo se agrupan donde sus nombres son consecutivos (%1 secuencias). Despliegues &gt; Ajustar horas puede leer las horas de los nombres de archivo o corregir el reloj de una cámara.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) where a model failed before were skipped: tick &quot;Retry media where a model failed before&quot; in Run Models to try them again.</source>
        <translation>
            <numerusform>Se omitió %n imagen en la que un modelo falló antes: marque «Reintentar las imágenes en las que un modelo falló antes» en Ejecutar modelos para volver a intentarlo.</numerusform>
            <numerusform>Se omitieron %n imágenes en las que un modelo falló antes: marque «Reintentar las imágenes en las que un modelo falló antes» en Ejecutar modelos para volver a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The format of %1 is not known. Choose one of the formats in the file dialog&apos;s list.</source>
        <translation>No se reconoce el formato de %1. Elija uno de los formatos de la lista del diálogo de archivos.</translation>
    </message>
    <message>
        <source>Adjust Times</source>
        <translation>Ajustar horas</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Primero abra un proyecto.</translation>
    </message>
    <message>
        <source>Shift times by %1 s</source>
        <translation>Desplazar las horas %1 s</translation>
    </message>
    <message>
        <source>Times from file names</source>
        <translation>Horas de los nombres de archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n frame time(s) changed</source>
        <translation>
            <numerusform>Se cambió la hora de %n fotograma</numerusform>
            <numerusform>Se cambió la hora de %n fotogramas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trapline::ui::MatchReviewDialog</name>
    <message>
        <source>reject match</source>
        <translation>rechazar coincidencia</translation>
    </message>
    <message>
        <source>Match individuals</source>
        <translation>Emparejar individuos</translation>
    </message>
    <message>
        <source>Same individual</source>
        <translation>Mismo individuo</translation>
    </message>
    <message>
        <source>Not this one</source>
        <translation>No es este</translation>
    </message>
    <message>
        <source>Previous candidate</source>
        <translation>Candidato anterior</translation>
    </message>
    <message>
        <source>Next candidate</source>
        <translation>Candidato siguiente</translation>
    </message>
    <message>
        <source>Next sighting</source>
        <translation>Avistamiento siguiente</translation>
    </message>
    <message>
        <source>Previous sighting</source>
        <translation>Avistamiento anterior</translation>
    </message>
    <message>
        <source>New individual</source>
        <translation>Nuevo individuo</translation>
    </message>
    <message>
        <source>No proposed matches are waiting. Run Review &gt; Propose Individual Matches after an embedder has run, or once more sightings have individuals.</source>
        <translation>No hay coincidencias propuestas pendientes. Ejecute Revisión &gt; Proponer coincidencias de individuos después de un modelo de embeddings, o cuando más avistamientos tengan individuo.</translation>
    </message>
    <message>
        <source>Sighting %1 of %2 (box %3)  ↔  candidate %4 of %5: &lt;b&gt;%6&lt;/b&gt;, score %7 (%8)</source>
        <translation>Avistamiento %1 de %2 (recuadro %3)  ↔  candidato %4 de %5: &lt;b&gt;%6&lt;/b&gt;, puntuación %7 (%8)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>confirm %1</source>
        <translation>confirmar %1</translation>
    </message>
    <message>
        <source>This sighting shows an individual not seen before. Its name:</source>
        <translation>Este avistamiento muestra un individuo no visto antes. Su nombre:</translation>
    </message>
    <message>
        <source>new individual %1</source>
        <translation>nuevo individuo %1</translation>
    </message>
</context>
<context>
    <name>trapline::ui::ReviewPane</name>
    <message>
        <source>Frames of this sequence: Left/Right to move between them</source>
        <translation>Fotogramas de esta secuencia: Izquierda/Derecha para moverse entre ellos</translation>
    </message>
    <message>
        <source>New individual</source>
        <translation>Nuevo individuo</translation>
    </message>
    <message>
        <source>Name of the individual:</source>
        <translation>Nombre del individuo:</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation>Ajustar la imagen a la ventana (F)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Alejar (-)</translation>
    </message>
    <message>
        <source>Magnifier</source>
        <translation>Lupa</translation>
    </message>
    <message>
        <source>A loupe under the mouse (M)</source>
        <translation>Una lupa bajo el ratón (M)</translation>
    </message>
    <message>
        <source>Draw box</source>
        <translation>Dibujar recuadro</translation>
    </message>
    <message>
        <source>Drag a box around one animal (B, or Ctrl+drag at any time)</source>
        <translation>Arrastrar un recuadro alrededor de un animal (B, o Ctrl+arrastrar en cualquier momento)</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Brillo</translation>
    </message>
    <message>
        <source>Brighten dark night shots; double-click Reset to undo</source>
        <translation>Aclarar las fotos nocturnas oscuras; doble clic en Restablecer para deshacer</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>More contrast for washed-out or infrared frames</source>
        <translation>Más contraste para fotogramas desvaídos o infrarrojos</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Brightness and contrast back to the image as it is</source>
        <translation>Devolver el brillo y el contraste a los originales de la imagen</translation>
    </message>
    <message>
        <source>Pick a sequence on the left.</source>
        <translation>Elija una secuencia a la izquierda.</translation>
    </message>
    <message>
        <source>Open or create a project to start.</source>
        <translation>Abra o cree un proyecto para empezar.</translation>
    </message>
    <message>
        <source>Cannot show %1: %2</source>
        <translation>No se puede mostrar %1: %2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Type a species first (press / to search), or use a quick key 1-9.</source>
        <translation>Escriba primero una especie (pulse / para buscar) o use una tecla rápida 1-9.</translation>
    </message>
    <message>
        <source>label sequence %1</source>
        <translation>etiquetar la secuencia como %1</translation>
    </message>
    <message>
        <source>add %1 to the sequence</source>
        <translation>añadir %1 a la secuencia</translation>
    </message>
    <message>
        <source>label frame %1</source>
        <translation>etiquetar el fotograma como %1</translation>
    </message>
    <message>
        <source>label box %1</source>
        <translation>etiquetar el recuadro como %1</translation>
    </message>
    <message>
        <source>Select a box first (click it), or draw one with B.</source>
        <translation>Seleccione primero un recuadro (haga clic en él) o dibuje uno con B.</translation>
    </message>
    <message>
        <source>Quick key %1 has no species yet: set it under Review &gt; Quick Keys.</source>
        <translation>La tecla rápida %1 aún no tiene especie: asígnela en Revisión &gt; Teclas rápidas.</translation>
    </message>
    <message>
        <source>mark sequence empty</source>
        <translation>marcar la secuencia como vacía</translation>
    </message>
    <message>
        <source>mark frame empty</source>
        <translation>marcar el fotograma como vacío</translation>
    </message>
    <message>
        <source>frame follows its sequence</source>
        <translation>fotograma como su secuencia</translation>
    </message>
    <message>
        <source>accept machine label</source>
        <translation>aceptar la etiqueta de la máquina</translation>
    </message>
    <message>
        <source>mark reviewed</source>
        <translation>marcar como revisada</translation>
    </message>
    <message>
        <source>Select a box to delete (click it).</source>
        <translation>Seleccione el recuadro que quiere eliminar (haga clic en él).</translation>
    </message>
    <message>
        <source>delete box</source>
        <translation>eliminar recuadro</translation>
    </message>
    <message>
        <source>Drag a box around one animal; Esc cancels.</source>
        <translation>Arrastre un recuadro alrededor de un animal; Esc cancela.</translation>
    </message>
    <message>
        <source>add box</source>
        <translation>añadir recuadro</translation>
    </message>
    <message>
        <source>Box added: press 1-9 or / to name its species.</source>
        <translation>Recuadro añadido: pulse 1-9 o / para indicar su especie.</translation>
    </message>
    <message>
        <source>move box</source>
        <translation>mover recuadro</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits %2 species (%3): pick one from the list.</source>
        <translation>«%1» corresponde a %2 especies (%3): elija una de la lista.</translation>
    </message>
</context>
<context>
    <name>trapline::ui::ReviewQueuePanel</name>
    <message>
        <source>Not reviewed yet</source>
        <translation>Aún sin revisar</translation>
    </message>
    <message>
        <source>Sequences no person has labelled or marked reviewed</source>
        <translation>Secuencias que ninguna persona ha etiquetado ni marcado como revisadas</translation>
    </message>
    <message>
        <source>Machine-labelled only</source>
        <translation>Solo etiquetadas por la máquina</translation>
    </message>
    <message>
        <source>Sequences with a model&apos;s label that no person has checked</source>
        <translation>Secuencias con una etiqueta de un modelo que ninguna persona ha comprobado</translation>
    </message>
    <message>
        <source>Machine less sure than</source>
        <translation>Confianza de la máquina menor que</translation>
    </message>
    <message>
        <source>Sequences whose best machine label is below this confidence: check these first</source>
        <translation>Secuencias cuya mejor etiqueta de la máquina está por debajo de esta confianza: revíselas primero</translation>
    </message>
    <message>
        <source>Frames disagree with sequence</source>
        <translation>Fotogramas que difieren de la secuencia</translation>
    </message>
    <message>
        <source>A frame&apos;s prediction differs from its sequence (often: the animal has left)</source>
        <translation>La predicción de un fotograma difiere de la de su secuencia (a menudo: el animal ha salido)</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vacías</translation>
    </message>
    <message>
        <source>Labelled empty by a person, or by the machine where no person has labelled it</source>
        <translation>Etiquetadas como vacías por una persona, o por la máquina cuando ninguna persona las ha etiquetado</translation>
    </message>
    <message>
        <source>Species:</source>
        <translation>Especie:</translation>
    </message>
    <message>
        <source>Individual:</source>
        <translation>Individuo:</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <source>(any species)</source>
        <translation>(cualquier especie)</translation>
    </message>
    <message>
        <source>(any individual)</source>
        <translation>(cualquier individuo)</translation>
    </message>
</context>
<context>
    <name>trapline::ui::RunModelsDialog</name>
    <message>
        <source>Run Models</source>
        <translation>Ejecutar modelos</translation>
    </message>
    <message>
        <source>Choose the manifests (.json) of your models. Media already processed by the same model version are skipped, so a cancelled run resumes where it stopped.</source>
        <translation>Elija los manifiestos (.json) de sus modelos. Las imágenes ya procesadas por la misma versión del modelo se omiten, así que una ejecución cancelada continúa donde quedó.</translation>
    </message>
    <message>
        <source>&amp;Detector:</source>
        <translation>&amp;Detector:</translation>
    </message>
    <message>
        <source>Finds animals, people and vehicles and draws their boxes (MegaDetector, a YOLO model)</source>
        <translation>Encuentra animales, personas y vehículos y dibuja sus recuadros (MegaDetector, un modelo YOLO)</translation>
    </message>
    <message>
        <source>&amp;Species classifier:</source>
        <translation>Clasificador de &amp;especies:</translation>
    </message>
    <message>
        <source>Names the species in each animal box, or in the whole frame without a detector</source>
        <translation>Nombra la especie en cada recuadro de animal, o en el fotograma entero sin detector</translation>
    </message>
    <message>
        <source>&amp;Re-ID embedder:</source>
        <translation>Modelo de &amp;reidentificación:</translation>
    </message>
    <message>
        <source>Computes the features that propose individual matches (needs a detector)</source>
        <translation>Calcula los rasgos que proponen coincidencias de individuos (necesita un detector)</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Automático (GPU si hay)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <source>D&amp;evice:</source>
        <translation>Dis&amp;positivo:</translation>
    </message>
    <message>
        <source>Images per forward pass: larger is faster on a GPU, uses more memory</source>
        <translation>Imágenes por pasada: más es más rápido en una GPU y usa más memoria</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Tamaño de &amp;lote:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Model manifest</source>
        <translation>Manifiesto del modelo</translation>
    </message>
    <message>
        <source>Model manifests (*.json)</source>
        <translation>Manifiestos de modelos (*.json)</translation>
    </message>
    <message>
        <source>Choose at least a detector or a species classifier.</source>
        <translation>Elija al menos un detector o un clasificador de especies.</translation>
    </message>
    <message>
        <source>Re&amp;try media where a model failed before</source>
        <translation>Rein&amp;tentar las imágenes en las que un modelo falló antes</translation>
    </message>
    <message>
        <source>Without this, media on which a model failed (a damaged file, an error of the model) are skipped, so that a run does not fail on them again</source>
        <translation>Sin esto, las imágenes en las que un modelo falló (un archivo dañado, un error del modelo) se omiten, para que una ejecución no vuelva a fallar con ellas</translation>
    </message>
</context>
<context>
    <name>trapline::ui::SequenceListModel</name>
    <message>
        <source>not reviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>machine-labelled</source>
        <translation>etiquetada por la máquina</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisada</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n frame(s)</source>
        <translation>
            <numerusform>%1
%n fotograma</numerusform>
            <numerusform>%1
%n fotogramas</numerusform>
        </translation>
    </message>
    <message>
        <source>Sequence %1: %2 frames, grouped by %3, %4</source>
        <translation>Secuencia %1: %2 fotogramas, agrupados por %3, %4</translation>
    </message>
    <message>
        <source>%1 · no camera time</source>
        <translation>%1 · sin hora de la cámara</translation>
    </message>
    <message>
        <source>No camera time: the time shown is the file&apos;s, which a copy may have set. Frames are grouped only where their names run consecutively. Deployments &gt; Adjust Times can read times from the file names or correct a camera clock.</source>
        <translation>Sin hora de la cámara: la hora mostrada es la del archivo, que una copia puede haber cambiado. Los fotogramas solo se agrupan donde sus nombres son consecutivos. Despliegues &gt; Ajustar horas puede leer las horas de los nombres de archivo o corregir el reloj de una cámara.</translation>
    </message>
</context>
<context>
    <name>trapline::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Written with every label you make (&quot;classified by&quot;) and in the audit log</source>
        <translation>Se guarda con cada etiqueta que haga («clasificado por») y en el registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Go to the next sequence after labelling one</source>
        <translation>Pasar a la siguiente secuencia después de etiquetar una</translation>
    </message>
    <message>
        <source>Quick keys of this project</source>
        <translation>Teclas rápidas de este proyecto</translation>
    </message>
    <message>
        <source>species for key %1</source>
        <translation>especie para la tecla %1</translation>
    </message>
    <message>
        <source>Quick keys</source>
        <translation>Teclas rápidas</translation>
    </message>
    <message>
        <source>One per core (%1)</source>
        <translation>Uno por núcleo (%1)</translation>
    </message>
    <message>
        <source>Threads that run the models&apos; computations. Fewer leave cores free for other work; more than the cores slows the models down.</source>
        <translation>Hilos que ejecutan los cálculos de los modelos. Menos hilos dejan núcleos libres para otras tareas; más hilos que núcleos ralentizan los modelos.</translation>
    </message>
    <message>
        <source>Model &amp;threads:</source>
        <translation>&amp;Hilos de los modelos:</translation>
    </message>
</context>
<context>
    <name>trapline::ui::ShortcutHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>trapline::ui::SideBySideView</name>
    <message>
        <source>Wheel: zoom both images together</source>
        <translation>Rueda: ampliar ambas imágenes a la vez</translation>
    </message>
</context>
<context>
    <name>trapline::ui::TrainingDialog</name>
    <message>
        <source>Train Model</source>
        <translation>Entrenar modelo</translation>
    </message>
    <message>
        <source>&amp;New Training</source>
        <translation>&amp;Nuevo entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versiones</translation>
    </message>
    <message>
        <source>Species classifier</source>
        <translation>Clasificador de especies</translation>
    </message>
    <message>
        <source>Individual re-ID embedder</source>
        <translation>Modelo de reidentificación de individuos</translation>
    </message>
    <message>
        <source>The classifier learns the species of your confirmed labels; the embedder learns to tell your named individuals apart.</source>
        <translation>El clasificador aprende las especies de sus etiquetas confirmadas; el modelo de reidentificación aprende a distinguir a sus individuos con nombre.</translation>
    </message>
    <message>
        <source>&amp;Train:</source>
        <translation>&amp;Entrenar:</translation>
    </message>
    <message>
        <source>manifest of a TorchScript model</source>
        <translation>manifiesto de un modelo TorchScript</translation>
    </message>
    <message>
        <source>The model to start from: its manifest names the method that returns features (&quot;feature_method&quot;) and, for the unfrozen stage, its last blocks (&quot;unfreeze&quot;).</source>
        <translation>El modelo de partida: su manifiesto indica el método que devuelve los rasgos (&quot;feature_method&quot;) y, para la etapa con capas descongeladas, sus últimos bloques (&quot;unfreeze&quot;).</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Base model manifest</source>
        <translation>Manifiesto del modelo base</translation>
    </message>
    <message>
        <source>Model manifests (*.json)</source>
        <translation>Manifiestos de modelos (*.json)</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation>Modelo base:</translation>
    </message>
    <message>
        <source>Stage 1: epochs of the new head on the frozen features. Features are computed once and cached, so this stage is quick even on a CPU.</source>
        <translation>Etapa 1: épocas de la nueva capa final sobre los rasgos congelados. Los rasgos se calculan una sola vez y se guardan en caché, así que esta etapa es rápida incluso en una CPU.</translation>
    </message>
    <message>
        <source>Head &amp;epochs:</source>
        <translation>Ép&amp;ocas de la capa final:</translation>
    </message>
    <message>
        <source>Stage 2: epochs that also train the base model&apos;s last blocks, at a lower learning rate, on freshly augmented images. Slower; 0 skips it.</source>
        <translation>Etapa 2: épocas que también entrenan los últimos bloques del modelo base, con una tasa de aprendizaje menor, sobre imágenes recién aumentadas. Más lenta; 0 la omite.</translation>
    </message>
    <message>
        <source>&amp;Unfrozen epochs:</source>
        <translation>Época&amp;s descongeladas:</translation>
    </message>
    <message>
        <source>from the manifest</source>
        <translation>del manifiesto</translation>
    </message>
    <message>
        <source>Comma-separated parameter name prefixes to train in stage 2, e.g. &quot;stage4&quot;.</source>
        <translation>Prefijos de nombres de parámetros que se entrenan en la etapa 2, separados por comas; p. ej., &quot;stage4&quot;.</translation>
    </message>
    <message>
        <source>Unfree&amp;ze:</source>
        <translation>Descon&amp;gelar:</translation>
    </message>
    <message>
        <source>Learning rate of the head (AdamW with warm-up, then cosine decay).</source>
        <translation>Tasa de aprendizaje de la capa final (AdamW con calentamiento y después decaimiento coseno).</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Tasa de aprendizaje:</translation>
    </message>
    <message>
        <source>Images per training step.</source>
        <translation>Imágenes por paso de entrenamiento.</translation>
    </message>
    <message>
        <source>Batc&amp;h size:</source>
        <translation>Tamaño de &amp;lote:</translation>
    </message>
    <message>
        <source>Flips, rotations, shifts, zoom, brightness and contrast</source>
        <translation>Volteos, rotaciones, desplazamientos, zoom, brillo y contraste</translation>
    </message>
    <message>
        <source>Random changes that keep the label, so the model sees more variety than the photos hold.</source>
        <translation>Cambios aleatorios que conservan la etiqueta, para que el modelo vea más variedad de la que contienen las fotos.</translation>
    </message>
    <message>
        <source>&amp;Augment:</source>
        <translation>A&amp;umento de datos:</translation>
    </message>
    <message>
        <source>Weight rare classes</source>
        <translation>Ponderar las clases raras</translation>
    </message>
    <message>
        <source>Balanced batches</source>
        <translation>Lotes equilibrados</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Without balancing, a model trained on mostly empty frames learns to say &quot;empty&quot;.</source>
        <translation>Sin equilibrar, un modelo entrenado con fotogramas casi todos vacíos aprende a decir «vacío».</translation>
    </message>
    <message>
        <source>Class &amp;balance:</source>
        <translation>Equili&amp;brio de clases:</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>Deployment (camera)</source>
        <translation>Despliegue (cámara)</translation>
    </message>
    <message>
        <source>Frames of one sequence (or one camera) stay on one side of the split, so validation figures are not flattered by near-identical frames.</source>
        <translation>Los fotogramas de una secuencia (o de una cámara) quedan a un solo lado de la división, para que los fotogramas casi idénticos no inflen las cifras de validación.</translation>
    </message>
    <message>
        <source>&amp;Split by:</source>
        <translation>&amp;Dividir por:</translation>
    </message>
    <message>
        <source>Share of sequences (or cameras) kept for validation.</source>
        <translation>Proporción de secuencias (o cámaras) reservadas para validación.</translation>
    </message>
    <message>
        <source>&amp;Validation share:</source>
        <translation>&amp;Proporción de validación:</translation>
    </message>
    <message>
        <source>Only the first labelled frame of each sequence</source>
        <translation>Solo el primer fotograma etiquetado de cada secuencia</translation>
    </message>
    <message>
        <source>Share of empty frames kept: 0.1 keeps one in ten, so empties do not drown the species.</source>
        <translation>Proporción de fotogramas vacíos conservados: 0,1 conserva uno de cada diez, para que los vacíos no ahoguen a las especies.</translation>
    </message>
    <message>
        <source>&amp;Empty frames kept:</source>
        <translation>&amp;Fotogramas vacíos conservados:</translation>
    </message>
    <message>
        <source>Classes with fewer examples are left out (and listed in the report).</source>
        <translation>Las clases con menos ejemplos se excluyen (y se indican en el informe).</translation>
    </message>
    <message>
        <source>&amp;Minimum per class:</source>
        <translation>&amp;Mínimo por clase:</translation>
    </message>
    <message>
        <source>Share of individuals kept out of training: the figures measure animals the embedder never saw.</source>
        <translation>Proporción de individuos excluidos del entrenamiento: las cifras miden animales que el modelo nunca vio.</translation>
    </message>
    <message>
        <source>&amp;Held-out individuals:</source>
        <translation>Individuos &amp;reservados:</translation>
    </message>
    <message>
        <source>Make the new model active when done</source>
        <translation>Activar el nuevo modelo al terminar</translation>
    </message>
    <message>
        <source>&amp;Start Training</source>
        <translation>&amp;Iniciar entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Cancel Training</source>
        <translation>&amp;Cancelar entrenamiento</translation>
    </message>
    <message>
        <source>Stops after the current step. Start again with the same options to resume after the last finished epoch.</source>
        <translation>Se detiene tras el paso actual. Vuelva a iniciarlo con las mismas opciones para continuar tras la última época terminada.</translation>
    </message>
    <message>
        <source>Choose a base model and start. The project is backed up first.</source>
        <translation>Elija un modelo base e inicie. Antes se hace una copia de seguridad del proyecto.</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Make &amp;Active</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>Run Models will use the new model by default.</source>
        <translation>Ejecutar modelos usará el nuevo modelo de forma predeterminada.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Entrenado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Make Selected &amp;Active</source>
        <translation>&amp;Activar la versión seleccionada</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <source>MAP@R</source>
        <translation>MAP@R</translation>
    </message>
    <message>
        <source>macro-F1</source>
        <translation>macro-F1</translation>
    </message>
    <message>
        <source>top-1</source>
        <translation>top-1</translation>
    </message>
    <message>
        <source>Held-out individuals</source>
        <translation>Individuos reservados</translation>
    </message>
    <message>
        <source>Choose the manifest of the model to start from (Browse...). See the user guide, &quot;Fine-tuning&quot;, for what it needs.</source>
        <translation>Elija el manifiesto del modelo de partida (Examinar...). Consulte en la guía del usuario el apartado «Fine-tuning» para saber qué necesita.</translation>
    </message>
    <message>
        <source>Backing up the project, reading the confirmed labels and computing features...</source>
        <translation>Haciendo copia de seguridad del proyecto, leyendo las etiquetas confirmadas y calculando los rasgos...</translation>
    </message>
    <message>
        <source>Train %1</source>
        <translation>Entrenar el %1</translation>
    </message>
    <message>
        <source>New classifier: validation accuracy %1, macro-F1 %2</source>
        <translation>Nuevo clasificador: exactitud de validación %1, macro-F1 %2</translation>
    </message>
    <message>
        <source>New embedder: held-out MAP@R %1, top-1 %2</source>
        <translation>Nuevo modelo de reidentificación: MAP@R %1, top-1 %2 en individuos reservados</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>Epoch %1 (stage %2): %3 images/s</source>
        <translation>Época %1 (etapa %2): %3 imágenes/s</translation>
    </message>
    <message>
        <source>&lt;p&gt;Resumed after epoch %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Reanudado tras la época %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 training and %2 validation examples; best epoch %3 (%4).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 ejemplos de entrenamiento y %2 de validación; mejor época: %3 (%4).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Accuracy %1, macro-F1 %2&lt;/b&gt; on the validation split.&lt;br&gt;Nearest class mean on the base features: accuracy %3. Always the most common class: %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Exactitud %1, macro-F1 %2&lt;/b&gt; en el conjunto de validación.&lt;br&gt;Media de clase más cercana sobre los rasgos base: exactitud %3. Siempre la clase más común: %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Previous version on the same split: accuracy %1, macro-F1 %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Versión anterior con la misma división: exactitud %1, macro-F1 %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>&lt;p&gt;Held-out individuals: &lt;b&gt;MAP@R %1 &amp;rarr; %2&lt;/b&gt;, top-1 %3 &amp;rarr; %4 (base features &amp;rarr; fine-tuned).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Individuos reservados: &lt;b&gt;MAP@R %1 &amp;rarr; %2&lt;/b&gt;, top-1 %3 &amp;rarr; %4 (rasgos base &amp;rarr; modelo ajustado).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Previous version: MAP@R %1, top-1 %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Versión anterior: MAP@R %1, top-1 %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Model: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;br&gt;Report and plots: &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Modelo: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;br&gt;Informe y gráficos: &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Done. The new model is version %1 of the project.</source>
        <translation>Listo. El nuevo modelo es la versión %1 del proyecto.</translation>
    </message>
    <message>
        <source>Make Active</source>
        <translation>Activar modelo</translation>
    </message>
    <message>
        <source>accuracy %1, macro-F1 %2</source>
        <translation>exactitud %1, macro-F1 %2</translation>
    </message>
    <message>
        <source>MAP@R %1, top-1 %2</source>
        <translation>MAP@R %1, top-1 %2</translation>
    </message>
    <message>
        <source>classifier</source>
        <translation>clasificador</translation>
    </message>
    <message>
        <source>embedder</source>
        <translation>modelo de reidentificación</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Resume the unfinished training of %1 (%n epoch(s) done)</source>
        <translation>
            <numerusform>&amp;Reanudar el entrenamiento sin terminar del %1 (%n época completada)</numerusform>
            <numerusform>&amp;Reanudar el entrenamiento sin terminar del %1 (%n épocas completadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before its model was saved; continues after its last finished epoch, in %1</source>
        <translation>Se detuvo antes de guardar su modelo; continúa tras su última época terminada, en %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Counting the confirmed labels...&lt;/i&gt;</source>
        <translation>&lt;i&gt;Contando las etiquetas confirmadas...&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 examples&lt;/b&gt;: %2 for training, %3 for validation.</source>
        <translation>&lt;b&gt;%1 ejemplos&lt;/b&gt;: %2 para entrenamiento, %3 para validación.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 sightings of %2 individuals&lt;/b&gt;: %3 individuals for training, %4 held out.</source>
        <translation>&lt;b&gt;%1 avistamientos de %2 individuos&lt;/b&gt;: %3 individuos para entrenamiento, %4 reservados.</translation>
    </message>
    <message>
        <source>%1 left out by the class shares.</source>
        <translation>%1 excluidos por las proporciones de clase.</translation>
    </message>
    <message>
        <source>%1 individuals with too few sightings are left out.</source>
        <translation>Se excluyen %1 individuos con muy pocos avistamientos.</translation>
    </message>
    <message>
        <source>No confirmed labels yet: review some sequences first.</source>
        <translation>Aún no hay etiquetas confirmadas: revise primero algunas secuencias.</translation>
    </message>
    <message>
        <source>No individuals with two or more sightings yet: confirm some matches first.</source>
        <translation>Aún no hay individuos con dos o más avistamientos: confirme primero algunas coincidencias.</translation>
    </message>
    <message>
        <source>Leave out classes without training examples</source>
        <translation>Excluir las clases sin ejemplos de entrenamiento</translation>
    </message>
    <message>
        <source>A class whose training images went missing would be an answer the model never learns: training refuses to start, unless this leaves such classes out (the report lists them).</source>
        <translation>Una clase cuyas imágenes de entrenamiento han desaparecido sería una respuesta que el modelo nunca aprende: el entrenamiento se niega a empezar, salvo que esta opción excluya esas clases (el informe las indica).</translation>
    </message>
    <message>
        <source>%1: %2 / %3 deployments, %4 / %5 examples</source>
        <translation>%1: %2 / %3 despliegues, %4 / %5 ejemplos</translation>
    </message>
    <message>
        <source>%1: %2 / %3 sequences, %4 / %5 examples</source>
        <translation>%1: %2 / %3 secuencias, %4 / %5 ejemplos</translation>
    </message>
    <message>
        <source>, &lt;b&gt;not validated&lt;/b&gt; (only one deployment)</source>
        <translation>, &lt;b&gt;no validada&lt;/b&gt; (un solo despliegue)</translation>
    </message>
    <message>
        <source>, &lt;b&gt;not validated&lt;/b&gt; (only one sequence)</source>
        <translation>, &lt;b&gt;no validada&lt;/b&gt; (una sola secuencia)</translation>
    </message>
    <message>
        <source>, &lt;b&gt;not validated&lt;/b&gt; (no %1 on the validation side)</source>
        <translation>, &lt;b&gt;no validada&lt;/b&gt; (sin %1 en el lado de validación)</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>despliegue</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>secuencia</translation>
    </message>
    <message>
        <source>Per class (training / validation):</source>
        <translation>Por clase (entrenamiento / validación):</translation>
    </message>
    <message>
        <source>%1 (%2 examples, under the minimum)</source>
        <translation>%1 (%2 ejemplos, por debajo del mínimo)</translation>
    </message>
    <message>
        <source>%1 (no training example: its images may be missing)</source>
        <translation>%1 (ningún ejemplo de entrenamiento: puede que falten sus imágenes)</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Excluidas: %1.</translation>
    </message>
    <message>
        <source>Training would be refused:</source>
        <translation>Se rechazaría el entrenamiento:</translation>
    </message>
</context>
</TS>
