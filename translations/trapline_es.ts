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
    <name>trapline::FormatsText</name>
    <message>
        <source>Cannot write %1 (%2); the disk may be full.</source>
        <translation>No se puede escribir %1 (%2); puede que el disco esté lleno.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot read the project: %1</source>
        <translation>No se puede leer el proyecto: %1</translation>
    </message>
    <message>
        <source>No datapackage.json in %1: give the folder of a Camtrap DP package.</source>
        <translation>No hay datapackage.json en %1: indique la carpeta de un paquete Camtrap DP.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at character %3).</source>
        <translation>%1 no es JSON válido (%2 en el carácter %3).</translation>
    </message>
    <message>
        <source>datapackage.json lists no &quot;%1&quot; resource; it is not a Camtrap DP package.</source>
        <translation>datapackage.json no enumera ningún recurso &quot;%1&quot;; no es un paquete Camtrap DP.</translation>
    </message>
    <message>
        <source>The package in %1 does not follow the Camtrap DP schemas (%2 problems), so nothing was imported:
- %3</source>
        <translation>El paquete de %1 no sigue los esquemas de Camtrap DP (%2 problemas), así que no se importó nada:
- %3</translation>
    </message>
    <message>
        <source>The deployment %1 of this package is in the project already; nothing was imported.</source>
        <translation>El despliegue %1 de este paquete ya está en el proyecto; no se importó nada.</translation>
    </message>
    <message>
        <source>Importing the package failed and changed nothing: %1</source>
        <translation>La importación del paquete falló y no cambió nada: %1</translation>
    </message>
    <message>
        <source>date-time with a time zone</source>
        <translation>fecha y hora con zona horaria</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>objeto JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; no es uno de %2</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation>%1 está fuera de %2..%3</translation>
    </message>
    <message>
        <source>%1: the required column %2 is missing</source>
        <translation>%1: falta la columna obligatoria %2</translation>
    </message>
    <message>
        <source>%1: the column %2 is not in the schema</source>
        <translation>%1: la columna %2 no está en el esquema</translation>
    </message>
    <message>
        <source>%1 line %2: %3 is required</source>
        <translation>%1 línea %2: %3 es obligatorio</translation>
    </message>
    <message>
        <source>%1 line %2: %3 %4</source>
        <translation>%1 línea %2: %3 %4</translation>
    </message>
    <message>
        <source>%1 line %2: %3 &quot;%4&quot; is not unique</source>
        <translation>%1 línea %2: %3 &quot;%4&quot; no es único</translation>
    </message>
    <message>
        <source>1 field</source>
        <translation>1 campo</translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation>%1 campos</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; save the file as &quot;CSV UTF-8&quot; and try again</source>
        <translation>la línea %1 no es texto UTF-8; guarde el archivo como &quot;CSV UTF-8&quot; e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the file is empty; a header line naming the columns is needed</source>
        <translation>el archivo está vacío; hace falta una línea de encabezado con los nombres de las columnas</translation>
    </message>
    <message>
        <source>line %1: unterminated quoted field (its closing &quot; is missing)</source>
        <translation>línea %1: campo entre comillas sin terminar (falta su &quot; de cierre)</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field; a quote inside a quoted field must be written twice (&quot;&quot;)</source>
        <translation>línea %1: texto después de las comillas de cierre de un campo; unas comillas dentro de un campo entre comillas deben escribirse dos veces (&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1 has %2, the header has %3</source>
        <translation>la línea %1 tiene %2, el encabezado tiene %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing</source>
        <translation>falta la columna &quot;%1&quot;</translation>
    </message>
    <message>
        <source> (also accepted: %1)</source>
        <translation> (también se acepta: %1)</translation>
    </message>
    <message>
        <source>; the header has %1</source>
        <translation>; el encabezado tiene %1</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>falta la columna %1</translation>
    </message>
    <message>
        <source>the columns %1 are missing</source>
        <translation>faltan las columnas %1</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. No se importó nada.</translation>
    </message>
    <message>
        <source>line %1: the file name is empty</source>
        <translation>línea %1: el nombre de archivo está vacío</translation>
    </message>
    <message>
        <source>line %1: observation type &quot;%2&quot; is not one of %3</source>
        <translation>línea %1: el tipo de observación &quot;%2&quot; no es uno de %3</translation>
    </message>
    <message>
        <source>line %1: an empty image cannot have the species &quot;%2&quot;</source>
        <translation>línea %1: una imagen vacía no puede tener la especie &quot;%2&quot;</translation>
    </message>
    <message>
        <source>line %1: count &quot;%2&quot; is not a whole number</source>
        <translation>línea %1: el conteo &quot;%2&quot; no es un número entero</translation>
    </message>
    <message>
        <source>line %1: count &quot;%2&quot; is negative</source>
        <translation>línea %1: el conteo &quot;%2&quot; es negativo</translation>
    </message>
    <message>
        <source>line %1: count %2 for an empty image (no species); give the species or leave the count empty</source>
        <translation>línea %1: conteo %2 para una imagen vacía (sin especie); indique la especie o deje el conteo vacío</translation>
    </message>
    <message>
        <source>The CSV export stopped: %1</source>
        <translation>La exportación CSV se detuvo: %1</translation>
    </message>
    <message>
        <source>. Nothing was imported.</source>
        <translation>. No se importó nada.</translation>
    </message>
    <message>
        <source>Importing %1 failed and changed nothing: %2</source>
        <translation>La importación de %1 falló y no cambió nada: %2</translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation> No se cambió nada.</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was changed.</source>
        <translation>%1: %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 has none of the columns locationName, latitude, longitude, coordinateUncertainty, cameraModel, cameraHeight, timezone, utcOffset: there is nothing to import. Nothing was changed.</source>
        <translation>%1 no tiene ninguna de las columnas locationName, latitude, longitude, coordinateUncertainty, cameraModel, cameraHeight, timezone, utcOffset: no hay nada que importar. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 línea %2</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is not a number (write decimals with a point: 52.7).</source>
        <translation>%1: %2 &quot;%3&quot; no es un número (escriba los decimales con punto: 52.7).</translation>
    </message>
    <message>
        <source>%1: coordinateUncertainty &quot;%2&quot; is not a whole number of metres.</source>
        <translation>%1: coordinateUncertainty &quot;%2&quot; no es un número entero de metros.</translation>
    </message>
    <message>
        <source>
Nothing was changed; fix the file and import it again.</source>
        <translation>
No se cambió nada; corrija el archivo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 deployments, %2 media, %3 observations in %4 events</source>
        <translation>%1 despliegues, %2 archivos multimedia, %3 observaciones en %4 eventos</translation>
    </message>
    <message>
        <source>
Warnings:
- </source>
        <translation>
Advertencias:
- </translation>
    </message>
    <message>
        <source>%1 images, %2 annotations</source>
        <translation>%1 imágenes, %2 anotaciones</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 imágenes</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>%1 examples of %2 classes (train %3, validation %4, test %5)%6</source>
        <translation>%1 ejemplos de %2 clases (entrenamiento %3, validación %4, prueba %5)%6</translation>
    </message>
    <message>
        <source>; %1 images could not be read</source>
        <translation>; no se pudieron leer %1 imágenes</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>Formato de exportación desconocido.</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>La exportación se detuvo: %1</translation>
    </message>
    <message>
        <source>The labels were not imported: %1</source>
        <translation>Las etiquetas no se importaron: %1</translation>
    </message>
    <message>
        <source>%1 deployments, %2 media, %3 observations, %4 events</source>
        <translation>%1 despliegues, %2 archivos multimedia, %3 observaciones, %4 eventos</translation>
    </message>
    <message>
        <source>%1 annotations (%2 boxes) for %3 of %4 images</source>
        <translation>%1 anotaciones (%2 recuadros) para %3 de %4 imágenes</translation>
    </message>
    <message>
        <source>%1 detections for %2 of %3 images</source>
        <translation>%1 detecciones para %2 de %3 imágenes</translation>
    </message>
    <message>
        <source>labels imported from %1</source>
        <translation>etiquetas importadas de %1</translation>
    </message>
    <message>
        <source>Labels cannot be imported from the %1 format.</source>
        <translation>No se pueden importar etiquetas del formato %1.</translation>
    </message>
    <message>
        <source>%1 is not a valid MegaDetector results file: %2 %3. Nothing was imported.</source>
        <translation>%1 no es un archivo de resultados de MegaDetector válido: %2 %3. No se importó nada.</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation>debe ser un número de 0 a 1</translation>
    </message>
    <message>
        <source>must be 4 numbers [x, y, width, height]</source>
        <translation>deben ser 4 números [x, y, ancho, alto]</translation>
    </message>
    <message>
        <source>lies outside the image (values must be fractions of the width and height)</source>
        <translation>queda fuera de la imagen (los valores deben ser fracciones del ancho y del alto)</translation>
    </message>
    <message>
        <source>must be [class id from classification_categories, confidence]</source>
        <translation>debe ser [id de clase de classification_categories, confianza]</translation>
    </message>
    <message>
        <source>at character %1:</source>
        <translation>en el carácter %1:</translation>
    </message>
    <message>
        <source>is missing or not a list</source>
        <translation>falta o no es una lista</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>%1 was imported into this project already.</source>
        <translation>%1 ya se importó en este proyecto.</translation>
    </message>
    <message>
        <source>There are no results of model %1 in this project.</source>
        <translation>No hay resultados del modelo %1 en este proyecto.</translation>
    </message>
    <message>
        <source>Cannot read the detections: %1</source>
        <translation>No se pueden leer las detecciones: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2); the disk may be full. Nothing was changed.</source>
        <translation>No se puede escribir %1 (%2); puede que el disco esté lleno. No se cambió nada.</translation>
    </message>
    <message>
        <source>The validation and test shares must be between 0 and 1 and leave room for training.</source>
        <translation>Las proporciones de validación y prueba deben estar entre 0 y 1 y dejar espacio para el entrenamiento.</translation>
    </message>
    <message>
        <source>No labelled images to export%1.</source>
        <translation>No hay imágenes etiquetadas para exportar%1.</translation>
    </message>
    <message>
        <source> (only reviewed labels were asked for)</source>
        <translation> (se pidieron solo etiquetas revisadas)</translation>
    </message>
    <message>
        <source>Writing the training set</source>
        <translation>Escribiendo el conjunto de entrenamiento</translation>
    </message>
    <message>
        <source>Cannot create folders in %1.</source>
        <translation>No se pueden crear carpetas en %1.</translation>
    </message>
    <message>
        <source>Observation %1 has a box on %2, but the project does not know that image&apos;s size in pixels, which COCO boxes are measured in. Re-import the image so that its size is read, or remove the box. Nothing was exported.</source>
        <translation>La observación %1 tiene un recuadro en %2, pero el proyecto no conoce el tamaño en píxeles de esa imagen, que es la unidad de los recuadros COCO. Vuelva a importar la imagen para que se lea su tamaño o quite el recuadro. No se exportó nada.</translation>
    </message>
    <message>
        <source>The COCO Camera Traps export stopped: %1</source>
        <translation>La exportación COCO Camera Traps se detuvo: %1</translation>
    </message>
    <message>
        <source>is measured on a %1 x %2 image (images[%3]), but %4 is %5 x %6 pixels (upright) in the project, so the box would land in the wrong place</source>
        <translation>se mide sobre una imagen de %1 x %2 (images[%3]), pero %4 mide %5 x %6 píxeles (en posición vertical) en el proyecto, así que el recuadro quedaría en un lugar equivocado</translation>
    </message>
    <message>
        <source>cannot be placed: neither the file nor the project knows the size of %1 in pixels</source>
        <translation>no se puede situar: ni el archivo ni el proyecto conocen el tamaño de %1 en píxeles</translation>
    </message>
    <message>
        <source>[%1, %2, %3, %4] lies outside %5 (%6 x %7 pixels)</source>
        <translation>[%1, %2, %3, %4] queda fuera de %5 (%6 x %7 píxeles)</translation>
    </message>
    <message>
        <source>%1 does not fit this project: annotations[%2].bbox %3. Nothing was imported.</source>
        <translation>%1 no encaja en este proyecto: annotations[%2].bbox %3. No se importó nada.</translation>
    </message>
    <message>
        <source>%1 is not valid COCO Camera Traps JSON: %2 %3. Nothing was imported.</source>
        <translation>%1 no es JSON de COCO Camera Traps válido: %2 %3. No se importó nada.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>el nivel superior</translation>
    </message>
    <message>
        <source>must be an object with &quot;images&quot;, &quot;categories&quot; and &quot;annotations&quot;</source>
        <translation>debe ser un objeto con &quot;images&quot;, &quot;categories&quot; y &quot;annotations&quot;</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>is missing (it must be a string or a whole number)</source>
        <translation>falta (debe ser una cadena o un número entero)</translation>
    </message>
    <message>
        <source>must be a whole number of pixels</source>
        <translation>debe ser un número entero de píxeles</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>%1 is the id of another category too</source>
        <translation>%1 es también el id de otra categoría</translation>
    </message>
    <message>
        <source>must be a string or a whole number</source>
        <translation>debe ser una cadena o un número entero</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be the id of one of the categories</source>
        <translation>debe ser el id de una de las categorías</translation>
    </message>
    <message>
        <source>%1 is not in categories</source>
        <translation>%1 no está en categories</translation>
    </message>
    <message>
        <source>must be 4 numbers [x, y, width, height] in pixels</source>
        <translation>deben ser 4 números [x, y, ancho, alto] en píxeles</translation>
    </message>
    <message>
        <source>has a negative width or height</source>
        <translation>tiene un ancho o un alto negativo</translation>
    </message>
    <message>
        <source>must be a whole number from 0 up</source>
        <translation>debe ser un número entero a partir de 0</translation>
    </message>
    <message>
        <source>is %1 for the category &quot;%2&quot; (an empty image)</source>
        <translation>es %1 para la categoría &quot;%2&quot; (una imagen vacía)</translation>
    </message>
</context>
<context>
    <name>trapline::InferenceText</name>
    <message>
        <source>input.width and input.height must be between 8 and 8192 pixels</source>
        <translation>input.width e input.height deben estar entre 8 y 8192 píxeles</translation>
    </message>
    <message>
        <source>input.resize must be &quot;letterbox&quot; or &quot;stretch&quot;, not &quot;%1&quot;</source>
        <translation>input.resize debe ser &quot;letterbox&quot; o &quot;stretch&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>input.interpolation must be &quot;auto&quot; or &quot;linear&quot;</source>
        <translation>input.interpolation debe ser &quot;auto&quot; o &quot;linear&quot;</translation>
    </message>
    <message>
        <source>input.channel_order must be &quot;RGB&quot; or &quot;BGR&quot;</source>
        <translation>input.channel_order debe ser &quot;RGB&quot; o &quot;BGR&quot;</translation>
    </message>
    <message>
        <source>input.mean must be three numbers</source>
        <translation>input.mean deben ser tres números</translation>
    </message>
    <message>
        <source>input.std must be three non-zero numbers</source>
        <translation>input.std deben ser tres números distintos de cero</translation>
    </message>
    <message>
        <source>input.decode must be &quot;reduced&quot; or &quot;full&quot;, not &quot;%1&quot;</source>
        <translation>input.decode debe ser &quot;reduced&quot; o &quot;full&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>input.pad_to_stride must be a positive number of pixels, for &quot;resize&quot;: &quot;letterbox&quot; only</source>
        <translation>input.pad_to_stride debe ser un número positivo de píxeles, solo con &quot;resize&quot;: &quot;letterbox&quot;</translation>
    </message>
    <message>
        <source>input.pad_color must be three numbers 0-255</source>
        <translation>input.pad_color deben ser tres números de 0 a 255</translation>
    </message>
    <message>
        <source>the class list file %1 cannot be read</source>
        <translation>no se puede leer el archivo de lista de clases %1</translation>
    </message>
    <message>
        <source>taxonomy names &quot;%1&quot;, which is not one of the classes</source>
        <translation>taxonomy nombra &quot;%1&quot;, que no es una de las clases</translation>
    </message>
    <message>
        <source>taxonomy.%1.observation_type must be one of %2</source>
        <translation>taxonomy.%1.observation_type debe ser uno de %2</translation>
    </message>
    <message>
        <source>an embedder&apos;s decoder must be &quot;embedding&quot;</source>
        <translation>el decodificador de un extractor de rasgos debe ser &quot;embedding&quot;</translation>
    </message>
    <message>
        <source>the darknet-yolo decoder reads OpenCV DNN outputs: use &quot;backend&quot;: &quot;opencv-dnn&quot;</source>
        <translation>el decodificador darknet-yolo lee salidas de OpenCV DNN: use &quot;backend&quot;: &quot;opencv-dnn&quot;</translation>
    </message>
    <message>
        <source>Cannot read the model manifest %1: %2</source>
        <translation>No se puede leer el manifiesto del modelo %1: %2</translation>
    </message>
    <message>
        <source>The model manifest %1 is not valid JSON (%2 at character %3).</source>
        <translation>El manifiesto del modelo %1 no es JSON válido (%2 en el carácter %3).</translation>
    </message>
    <message>
        <source>The model manifest %1 has problems:
- %2</source>
        <translation>El manifiesto del modelo %1 tiene problemas:
- %2</translation>
    </message>
    <message>
        <source>The model %1 returned nothing for a test image.</source>
        <translation>El modelo %1 no devolvió nada para una imagen de prueba.</translation>
    </message>
    <message>
        <source>The model %1 failed on a test image of its manifest&apos;s input size %2x%3: %4. Check input.width and input.height in %5.</source>
        <translation>El modelo %1 falló con una imagen de prueba del tamaño de entrada de su manifiesto, %2x%3: %4. Revise input.width e input.height en %5.</translation>
    </message>
    <message>
        <source>OpenCV could not read the model %1</source>
        <translation>OpenCV no pudo leer el modelo %1</translation>
    </message>
    <message>
        <source>OpenCV could not read the model %1: %2. ONNX (.onnx) and Darknet (.cfg + .weights) files are supported by the opencv-dnn backend.</source>
        <translation>OpenCV no pudo leer el modelo %1: %2. El backend opencv-dnn admite archivos ONNX (.onnx) y Darknet (.cfg + .weights).</translation>
    </message>
    <message>
        <source>The model %1 does not fit its manifest: its output has shape %2, but %3. Check &quot;classes&quot; and &quot;output.decoder&quot; in %4.</source>
        <translation>El modelo %1 no concuerda con su manifiesto: su salida tiene la forma %2, pero %3. Revise &quot;classes&quot; y &quot;output.decoder&quot; en %4.</translation>
    </message>
    <message>
        <source>it holds no values</source>
        <translation>no contiene valores</translation>
    </message>
    <message>
        <source>the %1 decoder expects [batch, boxes, 5 + %2 classes = %3]</source>
        <translation>el decodificador %1 espera [lote, recuadros, 5 + %2 clases = %3]</translation>
    </message>
    <message>
        <source>the ultralytics decoder expects [batch, 4 + %1 classes = %2, boxes]</source>
        <translation>el decodificador ultralytics espera [lote, 4 + %1 clases = %2, recuadros]</translation>
    </message>
    <message>
        <source>the fastestdet decoder expects [batch, 5 + %1 classes = %2, rows, columns]</source>
        <translation>el decodificador fastestdet espera [lote, 5 + %1 clases = %2, filas, columnas]</translation>
    </message>
    <message>
        <source>a classifier must output [batch, %1 classes]</source>
        <translation>un clasificador debe producir [lote, %1 clases]</translation>
    </message>
    <message>
        <source>an embedder must output [batch, dimensions]</source>
        <translation>un extractor de rasgos debe producir [lote, dimensiones]</translation>
    </message>
    <message>
        <source>reference BLAS (libblas3, single-threaded and slow)</source>
        <translation>BLAS de referencia (libblas3, de un solo hilo y lento)</translation>
    </message>
    <message>
        <source>LibTorch is using the reference BLAS (%1), which runs models on the CPU about ten times slower. Install OpenBLAS: %2</source>
        <translation>LibTorch usa el BLAS de referencia (%1), que ejecuta los modelos en la CPU unas diez veces más lento. Instale OpenBLAS: %2</translation>
    </message>
    <message>
        <source>--device cuda was asked for, but this Trapline&apos;s LibTorch has no CUDA or no GPU was found. Use --device auto or cpu.</source>
        <translation>Se pidió --device cuda, pero el LibTorch de este Trapline no tiene CUDA o no se encontró ninguna GPU. Use --device auto o cpu.</translation>
    </message>
    <message>
        <source>%1 is not a TorchScript model LibTorch can load (%2). Export it with tools/export_model.py, or use &quot;backend&quot;: &quot;opencv-dnn&quot; for ONNX and Darknet files.</source>
        <translation>%1 no es un modelo TorchScript que LibTorch pueda cargar (%2). Expórtelo con tools/export_model.py, o use &quot;backend&quot;: &quot;opencv-dnn&quot; para archivos ONNX y Darknet.</translation>
    </message>
    <message>
        <source>%1 describes a %2, but it was given as the %3.</source>
        <translation>%1 describe un modelo de tipo %2, pero se indicó como %3.</translation>
    </message>
    <message>
        <source>No model was given: name a detector, a classifier or an embedder manifest.</source>
        <translation>No se indicó ningún modelo: indique el manifiesto de un detector, un clasificador o un extractor de rasgos.</translation>
    </message>
    <message>
        <source>An embedder runs on the boxes of a detector: give a detector too.</source>
        <translation>Un extractor de rasgos trabaja sobre los recuadros de un detector: indique también un detector.</translation>
    </message>
    <message>
        <source>Running models</source>
        <translation>Ejecutando los modelos</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and run the models again: the results saved so far are kept and will be skipped.</source>
        <translation>El disco que contiene %1 está lleno. Libere espacio y vuelva a ejecutar los modelos: los resultados guardados hasta ahora se conservan y se omitirán.</translation>
    </message>
    <message>
        <source>Running the models stopped: %1. The results saved so far are kept; run again to resume.</source>
        <translation>La ejecución de los modelos se detuvo: %1. Los resultados guardados hasta ahora se conservan; vuelva a ejecutarlos para continuar.</translation>
    </message>
    <message>
        <source>LibTorch (backend &quot;torchscript&quot;)</source>
        <translation>LibTorch (backend &quot;torchscript&quot;)</translation>
    </message>
    <message>
        <source>OpenCV DNN (backend &quot;opencv-dnn&quot;)</source>
        <translation>OpenCV DNN (backend &quot;opencv-dnn&quot;)</translation>
    </message>
    <message>
        <source>ONNX Runtime %1 (an ONNX model, and this Trapline has ONNX Runtime)</source>
        <translation>ONNX Runtime %1 (un modelo ONNX, y este Trapline incluye ONNX Runtime)</translation>
    </message>
    <message>
        <source>OpenCV DNN (an ONNX model, but this Trapline was built without ONNX Runtime; the Debian 13 package has it)</source>
        <translation>OpenCV DNN (un modelo ONNX, pero este Trapline se compiló sin ONNX Runtime; el paquete de Debian 13 lo incluye)</translation>
    </message>
    <message>
        <source>the model has %1 inputs; Trapline feeds one image tensor [batch, 3, height, width]</source>
        <translation>el modelo tiene %1 entradas; Trapline le da un solo tensor de imágenes [lote, 3, alto, ancho]</translation>
    </message>
    <message>
        <source>the model&apos;s input is not float32</source>
        <translation>la entrada del modelo no es float32</translation>
    </message>
    <message>
        <source>the model&apos;s input has %1 dimensions; Trapline feeds [batch, 3, height, width]</source>
        <translation>la entrada del modelo tiene %1 dimensiones; Trapline le da [lote, 3, alto, ancho]</translation>
    </message>
    <message>
        <source>the model takes batches of exactly %1 images; set &quot;max_batch&quot;: %1 in the manifest, or export it with a dynamic batch</source>
        <translation>el modelo acepta lotes de exactamente %1 imágenes; ponga &quot;max_batch&quot;: %1 en el manifiesto, o expórtelo con un lote dinámico</translation>
    </message>
    <message>
        <source>This ONNX Runtime (%1) has no CUDA execution provider (it has %2). Run on the CPU (--device cpu), or install an ONNX Runtime built with CUDA.</source>
        <translation>Este ONNX Runtime (%1) no tiene proveedor de ejecución CUDA (tiene %2). Ejecute en la CPU (--device cpu), o instale un ONNX Runtime compilado con CUDA.</translation>
    </message>
    <message>
        <source>ONNX Runtime could not load the model %1: %2. The &quot;onnxruntime&quot; backend reads ONNX (.onnx) files.</source>
        <translation>ONNX Runtime no pudo cargar el modelo %1: %2. El backend &quot;onnxruntime&quot; lee archivos ONNX (.onnx).</translation>
    </message>
    <message>
        <source>This Trapline was built without ONNX Runtime, so it cannot run %1 with the &quot;onnxruntime&quot; backend. Use &quot;backend&quot;: &quot;opencv-dnn&quot;, or the Debian 13 package, which has ONNX Runtime.</source>
        <translation>Este Trapline se compiló sin ONNX Runtime, así que no puede ejecutar %1 con el backend &quot;onnxruntime&quot;. Use &quot;backend&quot;: &quot;opencv-dnn&quot;, o el paquete de Debian 13, que incluye ONNX Runtime.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer PyTorch: it uses the operator %2, which LibTorch %3 (the one this Trapline was built with) does not have. Either export the model again with PyTorch 1.13 (Debian 12&apos;s python3-torch, e.g. with tools/export_model.py), or run it on Debian 13 (LibTorch 2.6), or export it to ONNX (torch.onnx.export) and use &quot;backend&quot;: &quot;onnxruntime&quot; on Debian 13.</source>
        <translation>%1 se guardó con un PyTorch más reciente: usa el operador %2, que LibTorch %3 (con el que se compiló este Trapline) no tiene. Exporte el modelo de nuevo con PyTorch 1.13 (python3-torch de Debian 12, p. ej. con tools/export_model.py), o ejecútelo en Debian 13 (LibTorch 2.6), o expórtelo a ONNX (torch.onnx.export) y use &quot;backend&quot;: &quot;onnxruntime&quot; en Debian 13.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>&quot;%1&quot; debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or null</source>
        <translation>&quot;%1&quot; debe ser un texto o null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object or null</source>
        <translation>&quot;%1&quot; debe ser un objeto o null</translation>
    </message>
    <message>
        <source>&quot;download.%1&quot; must be %2 hexadecimal digits or null</source>
        <translation>&quot;download.%1&quot; debe tener %2 dígitos hexadecimales o ser null</translation>
    </message>
    <message>
        <source>&quot;download.url&quot; must be an http(s) address or null</source>
        <translation>&quot;download.url&quot; debe ser una dirección http(s) o null</translation>
    </message>
    <message>
        <source>&quot;download.file&quot; must name the file when there is a URL</source>
        <translation>&quot;download.file&quot; debe nombrar el archivo cuando hay una URL</translation>
    </message>
    <message>
        <source>&quot;download.file&quot; must be a plain file name</source>
        <translation>&quot;download.file&quot; debe ser un nombre de archivo sin ruta</translation>
    </message>
    <message>
        <source>&quot;download.size_bytes&quot; must be a positive whole number or null</source>
        <translation>&quot;download.size_bytes&quot; debe ser un número entero positivo o null</translation>
    </message>
    <message>
        <source>&quot;licence.terms&quot; must be open, non-commercial, agpl or unknown (found &quot;%1&quot;)</source>
        <translation>&quot;licence.terms&quot; debe ser open, non-commercial, agpl o unknown (se encontró &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;licence.must_accept&quot; must be true or false</source>
        <translation>&quot;licence.must_accept&quot; debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;licence.must_accept&quot; must be true for %1 terms</source>
        <translation>&quot;licence.must_accept&quot; debe ser true para condiciones %1</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lowercase letters, digits, dots and dashes</source>
        <translation>&quot;id&quot; debe constar de minúsculas, dígitos, puntos y guiones</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be detector, classifier or embedder (found &quot;%1&quot;)</source>
        <translation>&quot;kind&quot; debe ser detector, classifier o embedder (se encontró &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;download&quot; must be an object (use null for what is unknown)</source>
        <translation>&quot;download&quot; debe ser un objeto (use null para lo desconocido)</translation>
    </message>
    <message>
        <source>&quot;licence&quot; must be an object with name, terms and must_accept</source>
        <translation>&quot;licence&quot; debe ser un objeto con name, terms y must_accept</translation>
    </message>
    <message>
        <source>&quot;decoder&quot; &quot;%1&quot; is not one Trapline knows</source>
        <translation>Trapline no conoce el decodificador &quot;%1&quot; de &quot;decoder&quot;</translation>
    </message>
    <message>
        <source>&quot;classes&quot; must be a list of names or null</source>
        <translation>&quot;classes&quot; debe ser una lista de nombres o null</translation>
    </message>
    <message>
        <source>&quot;sources&quot; must name where the entry&apos;s facts come from</source>
        <translation>&quot;sources&quot; debe indicar de dónde vienen los datos de la entrada</translation>
    </message>
    <message>
        <source>The model catalogue %1 is not valid JSON (%2 at character %3).</source>
        <translation>El catálogo de modelos %1 no es JSON válido (%2 en el carácter %3).</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>&quot;format&quot; debe ser &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation>&quot;version&quot; debe ser un número entero a partir de 1</translation>
    </message>
    <message>
        <source>&quot;models&quot; must be a list</source>
        <translation>&quot;models&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modelo %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation>el id se usa dos veces</translation>
    </message>
    <message>
        <source>The model catalogue %1 has problems:
- %2</source>
        <translation>El catálogo de modelos %1 tiene problemas:
- %2</translation>
    </message>
    <message>
        <source>Cannot read the model catalogue %1: %2</source>
        <translation>No se puede leer el catálogo de modelos %1: %2</translation>
    </message>
    <message>
        <source>%1
Using the catalogue built into Trapline instead.</source>
        <translation>%1
Se usa en su lugar el catálogo incluido en Trapline.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>non-commercial</source>
        <translation>no comercial</translation>
    </message>
    <message>
        <source>AGPL</source>
        <translation>AGPL</translation>
    </message>
    <message>
        <source>terms unknown</source>
        <translation>condiciones desconocidas</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>tamaño desconocido</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Trapline has no conversion recipe for %1 yet (family &quot;%2&quot;); see tools/README.md for exporting models by hand.</source>
        <translation>Trapline aún no tiene receta de conversión para %1 (familia &quot;%2&quot;); consulte tools/README.md para exportar modelos a mano.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 no existe o no es un archivo.</translation>
    </message>
    <message>
        <source>No Python was found to convert %1. %2</source>
        <translation>No se encontró Python para convertir %1. %2</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Comprobando %1</translation>
    </message>
    <message>
        <source>Cannot write the conversion script to %1.</source>
        <translation>No se puede escribir el script de conversión en %1.</translation>
    </message>
    <message>
        <source>Cannot create the models folder %1.</source>
        <translation>No se puede crear la carpeta de modelos %1.</translation>
    </message>
    <message>
        <source>Converting %1</source>
        <translation>Convirtiendo %1</translation>
    </message>
    <message>
        <source>The conversion of %1 was cancelled.</source>
        <translation>Se canceló la conversión de %1.</translation>
    </message>
    <message>
        <source>The conversion of %1 failed:
%2</source>
        <translation>La conversión de %1 falló:
%2</translation>
    </message>
    <message>
        <source>The conversion of %1 ended without a manifest:
%2</source>
        <translation>La conversión de %1 terminó sin manifiesto:
%2</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written (%2; %3 free in %4, %5 still to write). Free some space and run the download again; it resumes where it stopped.</source>
        <translation>El disco está lleno: no se pudo escribir %1 (%2; %3 libres en %4, faltan %5 por escribir). Libere espacio y vuelva a lanzar la descarga; continuará donde se detuvo.</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>una cantidad desconocida</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 does not match the checksum its publisher gives: expected %2 %3, got %2 %4.</source>
        <translation>%1 no coincide con la suma de verificación que da su editor: se esperaba %2 %3 y se obtuvo %2 %4.</translation>
    </message>
    <message>
        <source>%1 is published under %2 (%3 terms), which you must accept before using it: read the licence, then run the download again with --accept-licence.</source>
        <translation>%1 se publica bajo %2 (condiciones %3), que debe aceptar antes de usarlo: lea la licencia y vuelva a lanzar la descarga con --accept-licence.</translation>
    </message>
    <message>
        <source>%1 Nothing was installed.</source>
        <translation>%1 No se instaló nada.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>Copiando %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was installed.</source>
        <translation>Cancelado; no se instaló nada.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>No se puede mover %1 a %2.</translation>
    </message>
    <message>
        <source>The catalogue has no confirmed download for %1. %2</source>
        <translation>El catálogo no tiene una descarga confirmada de %1. %2</translation>
    </message>
    <message>
        <source>The catalogue has no confirmed download address for %1. %2</source>
        <translation>El catálogo no tiene una dirección de descarga confirmada para %1. %2</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Descargando %1</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled after %2; run it again to resume.</source>
        <translation>Se canceló la descarga de %1 tras %2; vuelva a lanzarla para continuar.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for %2.</source>
        <translation>El servidor respondió HTTP %1 para %2.</translation>
    </message>
    <message>
        <source>The download of %1 stopped after %2 of %3 (%4). Run it again to resume where it stopped.</source>
        <translation>La descarga de %1 se detuvo tras %2 de %3 (%4). Vuelva a lanzarla para continuar donde se detuvo.</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>la conexión se cerró</translation>
    </message>
    <message>
        <source>%1 has %2 bytes where its publisher gives %3; the file was deleted.</source>
        <translation>%1 tiene %2 bytes y su editor indica %3; se borró el archivo.</translation>
    </message>
    <message>
        <source>%1 The download was deleted.</source>
        <translation>%1 Se borró la descarga.</translation>
    </message>
    <message>
        <source>There is no model file or installed model called &quot;%1&quot; (looked in %2); &quot;trapline-cli models installed&quot; lists the installed models.</source>
        <translation>No hay ningún archivo de modelo ni modelo instalado llamado &quot;%1&quot; (se buscó en %2); &quot;trapline-cli models installed&quot; lista los modelos instalados.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; is missing %2: put it in %3 (or next to the manifest), or run &quot;trapline-cli models download %4&quot;.</source>
        <translation>Al modelo &quot;%1&quot; le falta %2: colóquelo en %3 (o junto al manifiesto), o ejecute &quot;trapline-cli models download %4&quot;.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; is missing %2: put it in %3 (or next to the manifest).</source>
        <translation>Al modelo &quot;%1&quot; le falta %2: colóquelo en %3 (o junto al manifiesto).</translation>
    </message>
    <message>
        <source>Cannot read the shard plan %1: %2</source>
        <translation>No se puede leer el plan de fragmentos %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Trapline shard plan.</source>
        <translation>%1 no es un plan de fragmentos de Trapline.</translation>
    </message>
    <message>
        <source>A plan needs at least one shard.</source>
        <translation>Un plan necesita al menos un fragmento.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>sbatch was not found on PATH: run this on a Slurm login node, or submit %1 there yourself (sbatch %1).</source>
        <translation>No se encontró sbatch en el PATH: ejecute esto en un nodo de acceso de Slurm, o envíe %1 allí usted mismo (sbatch %1).</translation>
    </message>
    <message>
        <source>sbatch refused the job: %1</source>
        <translation>sbatch rechazó el trabajo: %1</translation>
    </message>
    <message>
        <source>The plan has shards 0 to %1; there is no shard %2.</source>
        <translation>El plan tiene los fragmentos 0 a %1; no hay fragmento %2.</translation>
    </message>
    <message>
        <source>The model %1 is not the one the plan was made with: its files&apos; hash is %2, the plan&apos;s %3. Make a new plan.</source>
        <translation>El modelo %1 no es aquel con el que se hizo el plan: el hash de sus archivos es %2, el del plan %3. Haga un plan nuevo.</translation>
    </message>
    <message>
        <source>The shard was cancelled.</source>
        <translation>Se canceló el fragmento.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>No se puede renombrar %1 como %2.</translation>
    </message>
    <message>
        <source>The shard plan in %1 was made for another project.</source>
        <translation>El plan de fragmentos de %1 se hizo para otro proyecto.</translation>
    </message>
    <message>
        <source>Collecting shards</source>
        <translation>Recogiendo los fragmentos</translation>
    </message>
    <message>
        <source>stopped while running (killed or cancelled)</source>
        <translation>se detuvo mientras se ejecutaba (terminado o cancelado)</translation>
    </message>
    <message>
        <source>%1 belongs to another plan</source>
        <translation>%1 pertenece a otro plan</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>No se puede importar %1</translation>
    </message>
    <message>
        <source>The model manifest %1 is not valid JSON.</source>
        <translation>El manifiesto de modelo %1 no es JSON válido.</translation>
    </message>
    <message>
        <source>Name a catalogue model or a file in %1.</source>
        <translation>Indique un modelo del catálogo o un archivo de %1.</translation>
    </message>
    <message>
        <source>Cannot remove %1: check that you may write to %2.</source>
        <translation>No se puede eliminar %1: compruebe que puede escribir en %2.</translation>
    </message>
    <message>
        <source>%1 is not installed in %2.</source>
        <translation>%1 no está instalado en %2.</translation>
    </message>
    <message>
        <source>To convert by hand: %1 (then run &quot;trapline-cli models convert %2 %3 --python ~/.venv-trapline/bin/python&quot; to do it for you).</source>
        <translation>Para convertirlo a mano: %1 (después ejecute &quot;trapline-cli models convert %2 %3 --python ~/.venv-trapline/bin/python&quot; para que lo haga por usted).</translation>
    </message>
    <message>
        <source>a detector needs a box decoder (yolov5, ultralytics, yolov10, rt-detr, darknet-yolo, fastestdet)</source>
        <translation>un detector necesita un decodificador de recuadros (yolov5, ultralytics, yolov10, rt-detr, darknet-yolo, fastestdet)</translation>
    </message>
    <message>
        <source>the yolov10 decoder expects [batch, boxes, 6] (x1, y1, x2, y2, score, class)</source>
        <translation>el decodificador yolov10 espera [lote, recuadros, 6] (x1, y1, x2, y2, puntuación, clase)</translation>
    </message>
    <message>
        <source>the rt-detr decoder expects [batch, queries, 4 + %1 classes = %2]</source>
        <translation>el decodificador rt-detr espera [lote, consultas, 4 + %1 clases = %2]</translation>
    </message>
    <message>
        <source>%1 cannot run the conversion: it lacks PyTorch or %4&apos;s code%2. %3</source>
        <translation>%1 no puede hacer la conversión: le falta PyTorch o el código de %4%2. %3</translation>
    </message>
    <message>
        <source>&quot;download.size_text&quot; must be a text such as &quot;268 MB&quot; or null</source>
        <translation>&quot;download.size_text&quot; debe ser un texto como &quot;268 MB&quot; o null</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>unos %1</translation>
    </message>
    <message>
        <source>input.layout must be &quot;NCHW&quot; or &quot;NHWC&quot;, not &quot;%1&quot;</source>
        <translation>input.layout debe ser &quot;NCHW&quot; o &quot;NHWC&quot;, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the speciesnet decoder needs SpeciesNet labels (uuid;class;order;family;genus;species;common name), not &quot;%1&quot;</source>
        <translation>el decodificador speciesnet necesita etiquetas de SpeciesNet (uuid;class;order;family;genus;species;common name), no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a classifier&apos;s decoder must be &quot;logits&quot;, &quot;probabilities&quot; or &quot;speciesnet&quot;</source>
        <translation>el decodificador de un clasificador debe ser &quot;logits&quot;, &quot;probabilities&quot; o &quot;speciesnet&quot;</translation>
    </message>
    <message>
        <source>Cannot read the SpeciesNet geofence %1: %2</source>
        <translation>No se puede leer la geovalla de SpeciesNet %1: %2</translation>
    </message>
    <message>
        <source>The SpeciesNet geofence %1 is not valid JSON (%2).</source>
        <translation>La geovalla de SpeciesNet %1 no es un JSON válido (%2).</translation>
    </message>
    <message>
        <source>The country code &quot;%1&quot; is not an ISO 3166-1 alpha-3 code (three letters, e.g. KEN).</source>
        <translation>El código de país &quot;%1&quot; no es un código ISO 3166-1 alfa-3 (tres letras, p. ej. KEN).</translation>
    </message>
    <message>
        <source>The region code &quot;%1&quot; is not a two-letter first-level region (e.g. the US state CA).</source>
        <translation>El código de región &quot;%1&quot; no es una región de primer nivel de dos letras (p. ej. el estado de EE. UU. CA).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SpeciesNet label (7 fields separated by &apos;;&apos;).</source>
        <translation>&quot;%1&quot; no es una etiqueta de SpeciesNet (7 campos separados por &apos;;&apos;).</translation>
    </message>
    <message>
        <source>The SpeciesNet ensemble needs at least one class with its score.</source>
        <translation>El conjunto de SpeciesNet necesita al menos una clase con su puntuación.</translation>
    </message>
    <message>
        <source>Cannot read the SpeciesNet taxonomy %1: %2</source>
        <translation>No se puede leer la taxonomía de SpeciesNet %1: %2</translation>
    </message>
</context>
<context>
    <name>trapline::IngestText</name>
    <message>
        <source>Checking the database</source>
        <translation>Comprobando la base de datos</translation>
    </message>
    <message>
        <source>Comparing files with their import</source>
        <translation>Comparando los archivos con su importación</translation>
    </message>
    <message>
        <source>Looking for the files</source>
        <translation>Buscando los archivos</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>falta el archivo</translation>
    </message>
    <message>
        <source>its size changed from %1 to %2 bytes since it was imported</source>
        <translation>su tamaño cambió de %1 a %2 bytes desde que se importó</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>no se puede leer el archivo</translation>
    </message>
    <message>
        <source>its content changed since it was imported (same size, different bytes: edited or overwritten)</source>
        <translation>su contenido cambió desde que se importó (mismo tamaño, bytes distintos: editado o sobrescrito)</translation>
    </message>
    <message>
        <source>Cannot check the project</source>
        <translation>No se puede comprobar el proyecto</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>The project has no image folder %1. &apos;trapline-cli check&apos; lists its folders.</source>
        <translation>El proyecto no tiene la carpeta de imágenes %1. &apos;trapline-cli check&apos; enumera sus carpetas.</translation>
    </message>
    <message>
        <source>%1 is already one of the project&apos;s image folders.</source>
        <translation>%1 ya es una de las carpetas de imágenes del proyecto.</translation>
    </message>
    <message>
        <source>None of the %1 images of %2 are in %3 (an image is recognised by its content, not its name or size). Pick the folder that holds the same sub-folders as the old one (for example the card&apos;s root, not a folder above or below it). Nothing was changed.</source>
        <translation>Ninguna de las %1 imágenes de %2 está en %3 (una imagen se reconoce por su contenido, no por su nombre ni su tamaño). Elija la carpeta que contiene las mismas subcarpetas que la antigua (por ejemplo la raíz de la tarjeta, no una carpeta por encima o por debajo). No se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot relink %1</source>
        <translation>No se puede volver a vincular %1</translation>
    </message>
    <message>
        <source>Cannot change the frame times</source>
        <translation>No se pueden cambiar las horas de los fotogramas</translation>
    </message>
    <message>
        <source>The project has no deployment %1; `trapline-cli info PROJECT` lists them.</source>
        <translation>El proyecto no tiene el despliegue %1; `trapline-cli info PROJECT` los enumera.</translation>
    </message>
    <message>
        <source>Cannot read the frame times</source>
        <translation>No se pueden leer las horas de los fotogramas</translation>
    </message>
    <message>
        <source>The pattern names %1 twice.</source>
        <translation>El patrón nombra %1 dos veces.</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; must name the year, month, day, hour and minute (YYYY, MM, DD, hh, mm; ss and fff are optional), for example *__YYYY-MM-DD__hh-mm-ss*</source>
        <translation>El patrón &quot;%1&quot; debe nombrar el año, el mes, el día, la hora y el minuto (YYYY, MM, DD, hh, mm; ss y fff son opcionales), por ejemplo *__YYYY-MM-DD__hh-mm-ss*</translation>
    </message>
    <message>
        <source>No file name of this deployment matches &quot;%1&quot; (for example %2). Nothing was changed.</source>
        <translation>Ningún nombre de archivo de este despliegue coincide con &quot;%1&quot; (por ejemplo %2). No se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot read the file names</source>
        <translation>No se pueden leer los nombres de archivo</translation>
    </message>
    <message>
        <source>Scanning folders</source>
        <translation>Explorando las carpetas</translation>
    </message>
    <message>
        <source>Reading metadata</source>
        <translation>Leyendo los metadatos</translation>
    </message>
    <message>
        <source>the folder cannot be read; check its permissions</source>
        <translation>no se puede leer la carpeta; compruebe sus permisos</translation>
    </message>
    <message>
        <source>no such folder; check the path and that the card or disk is mounted</source>
        <translation>la carpeta no existe; compruebe la ruta y que la tarjeta o el disco estén montados</translation>
    </message>
    <message>
        <source>Grouping sequences</source>
        <translation>Agrupando las secuencias</translation>
    </message>
    <message>
        <source>Making thumbnails</source>
        <translation>Creando las miniaturas</translation>
    </message>
    <message>
        <source>Backing up the project</source>
        <translation>Haciendo una copia de seguridad del proyecto</translation>
    </message>
    <message>
        <source>The import did not start: %1</source>
        <translation>La importación no empezó: %1</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and run the import again: everything imported so far is saved and will be skipped.</source>
        <translation>El disco que contiene %1 está lleno. Libere espacio y vuelva a ejecutar la importación: todo lo importado hasta ahora está guardado y se omitirá.</translation>
    </message>
    <message>
        <source>The import stopped: %1. Everything imported so far is saved; run the import again to resume.</source>
        <translation>La importación se detuvo: %1. Todo lo importado hasta ahora está guardado; vuelva a ejecutar la importación para continuar.</translation>
    </message>
    <message>
        <source>This project has no import to resume.</source>
        <translation>Este proyecto no tiene ninguna importación que reanudar.</translation>
    </message>
    <message>
        <source>The last import finished; there is nothing to resume.</source>
        <translation>La última importación terminó; no hay nada que reanudar.</translation>
    </message>
</context>
<context>
    <name>trapline::JobScheduler</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Queued: starts when the project&apos;s running job ends</source>
        <translation>En cola: empieza cuando termine la tarea en curso del proyecto</translation>
    </message>
    <message>
        <source>Queued: starts when another job ends</source>
        <translation>En cola: empieza cuando termine otra tarea</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Iniciando...</translation>
    </message>
    <message>
        <source>Stopping after the current batch...</source>
        <translation>Deteniendo tras el lote actual...</translation>
    </message>
    <message>
        <source>Cancelled before it started</source>
        <translation>Cancelada antes de empezar</translation>
    </message>
</context>
<context>
    <name>trapline::ProjectText</name>
    <message>
        <source>Synthetic camera-trap options are invalid: %1.</source>
        <translation>Las opciones de la cámara trampa sintética no son válidas: %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check that you may write to %2.</source>
        <translation>No se pudo crear la carpeta %1. Compruebe que puede escribir en %2.</translation>
    </message>
    <message>
        <source>Could not create the synthetic image %1: %2. Check free memory, or try a smaller width and height.</source>
        <translation>No se pudo crear la imagen sintética %1: %2. Compruebe la memoria libre o pruebe un ancho y un alto menores.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the disk has free space and the folder is writable.</source>
        <translation>No se pudo escribir %1: %2. Compruebe que el disco tiene espacio libre y que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Could not generate synthetic images in %1: %2</source>
        <translation>No se pudieron generar imágenes sintéticas en %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2); the disk may be full. Nothing was changed.</source>
        <translation>No se puede escribir %1 (%2); puede que el disco esté lleno. No se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Check that the disk is writable.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1. Compruebe que se puede escribir en el disco.</translation>
    </message>
    <message>
        <source>The backup was not made: %1 is a folder. Choose a file name for the backup.</source>
        <translation>No se hizo la copia de seguridad: %1 es una carpeta. Elija un nombre de archivo para la copia.</translation>
    </message>
    <message>
        <source>The backup was not made: the folder %1 does not exist. Choose an existing folder, or create it first.</source>
        <translation>No se hizo la copia de seguridad: la carpeta %1 no existe. Elija una carpeta existente o créela primero.</translation>
    </message>
    <message>
        <source>The backup was not made: the unfinished copy %1 of an earlier backup cannot be removed. Delete it, or check that the folder is writable.</source>
        <translation>No se hizo la copia de seguridad: no se puede eliminar la copia inacabada %1 de una copia anterior. Bórrela o compruebe que se puede escribir en la carpeta.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2. Check that the folder is writable, or choose another one.</source>
        <translation>No se puede escribir la copia de seguridad %1: %2. Compruebe que se puede escribir en la carpeta o elija otra.</translation>
    </message>
    <message>
        <source>The backup %1 was not made: the disk is full. Free some space and try again; the project itself was not changed.</source>
        <translation>No se hizo la copia de seguridad %1: el disco está lleno. Libere espacio e inténtelo de nuevo; el proyecto no se modificó.</translation>
    </message>
    <message>
        <source>The backup %1 was not made: %2. The project itself was not changed.</source>
        <translation>No se hizo la copia de seguridad %1: %2. El proyecto no se modificó.</translation>
    </message>
    <message>
        <source>The backup was not made: the file %1 is there already and cannot be replaced. Choose another file name.</source>
        <translation>No se hizo la copia de seguridad: el archivo %1 ya existe y no se puede reemplazar. Elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>The backup could not be moved into place at %1. Check that the folder is writable, or choose another one.</source>
        <translation>No se pudo mover la copia de seguridad a %1. Compruebe que se puede escribir en la carpeta o elija otra.</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the project itself; choose another file.</source>
        <translation>Una copia de seguridad no puede sobrescribir el propio proyecto; elija otro archivo.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Indique la latitud y la longitud, o ninguna de las dos.</translation>
    </message>
    <message>
        <source>Latitude %1 is outside -90..90 (decimal degrees, WGS84; south is negative).</source>
        <translation>La latitud %1 está fuera de -90..90 (grados decimales, WGS84; el sur es negativo).</translation>
    </message>
    <message>
        <source>Longitude %1 is outside -180..180 (decimal degrees, WGS84; west is negative).</source>
        <translation>La longitud %1 está fuera de -180..180 (grados decimales, WGS84; el oeste es negativo).</translation>
    </message>
    <message>
        <source>The coordinate uncertainty is a distance in whole metres, at least 1 (it was %1).</source>
        <translation>La incertidumbre de las coordenadas es una distancia en metros enteros, al menos 1 (era %1).</translation>
    </message>
    <message>
        <source>The camera height is in metres above the ground, 0 or more (it was %1).</source>
        <translation>La altura de la cámara se da en metros sobre el suelo, 0 o más (era %1).</translation>
    </message>
    <message>
        <source>The UTC offset %1 is outside -12:00..+14:00.</source>
        <translation>La diferencia con UTC %1 está fuera de -12:00..+14:00.</translation>
    </message>
    <message>
        <source>The deployment ends before it starts.</source>
        <translation>El despliegue termina antes de empezar.</translation>
    </message>
    <message>
        <source>There is no deployment %1 in this project.</source>
        <translation>No hay ningún despliegue %1 en este proyecto.</translation>
    </message>
    <message>
        <source>Cannot read deployment %1</source>
        <translation>No se puede leer el despliegue %1</translation>
    </message>
    <message>
        <source>Cannot list deployments</source>
        <translation>No se pueden enumerar los despliegues</translation>
    </message>
    <message>
        <source>There is no deployment &quot;%1&quot; in %2. See the names with: trapline-cli deployments list %2</source>
        <translation>No hay ningún despliegue &quot;%1&quot; en %2. Vea los nombres con: trapline-cli deployments list %2</translation>
    </message>
    <message>
        <source>Cannot find deployment %1</source>
        <translation>No se encuentra el despliegue %1</translation>
    </message>
    <message>
        <source>
Nothing was changed.</source>
        <translation>
No se cambió nada.</translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation> No se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot save the deployment properties (nothing was changed)</source>
        <translation>No se pueden guardar las propiedades del despliegue (no se cambió nada)</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and try again; nothing already saved was lost.</source>
        <translation>%1: el disco está lleno. Libere espacio e inténtelo de nuevo; no se perdió nada de lo ya guardado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already exists. Open it instead, or choose another file name.</source>
        <translation>%1 ya existe. Ábralo en su lugar o elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>No se puede crear %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>No project at %1. Create one with &quot;trapline-cli init %1&quot; or File &gt; New Project.</source>
        <translation>No hay ningún proyecto en %1. Cree uno con &quot;trapline-cli init %1&quot; o Archivo &gt; Nuevo proyecto.</translation>
    </message>
    <message>
        <source>%1 is not a Trapline project (it is not an SQLite database).</source>
        <translation>%1 no es un proyecto de Trapline (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version&apos;s project format, but no backup could be made first, so it was not changed. %2</source>
        <translation>%1 necesita actualizarse al formato de proyecto de esta versión, pero antes no se pudo hacer una copia de seguridad, así que no se modificó. %2</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Trapline project.</source>
        <translation>%1 es una base de datos SQLite, pero no un proyecto de Trapline.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Trapline (project format %2; this version reads up to %3). Install the newer Trapline to open it; the file was not changed.</source>
        <translation>%1 se guardó con una versión más reciente de Trapline (formato de proyecto %2; esta versión lee hasta el %3). Instale el Trapline más reciente para abrirlo; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>Cannot count the project&apos;s contents</source>
        <translation>No se puede contar el contenido del proyecto</translation>
    </message>
    <message>
        <source>Cannot list sequences</source>
        <translation>No se pueden enumerar las secuencias</translation>
    </message>
    <message>
        <source>There is no sequence %1 in this project.</source>
        <translation>No hay ninguna secuencia %1 en este proyecto.</translation>
    </message>
    <message>
        <source>Cannot read sequence %1</source>
        <translation>No se puede leer la secuencia %1</translation>
    </message>
    <message>
        <source>Cannot list the frames of sequence %1</source>
        <translation>No se pueden enumerar los fotogramas de la secuencia %1</translation>
    </message>
    <message>
        <source>There is no media %1 in this project.</source>
        <translation>No hay ningún archivo multimedia %1 en este proyecto.</translation>
    </message>
    <message>
        <source>Cannot read media %1</source>
        <translation>No se puede leer el archivo multimedia %1</translation>
    </message>
    <message>
        <source>Cannot list import problems</source>
        <translation>No se pueden enumerar los problemas de importación</translation>
    </message>
    <message>
        <source>No thumbnails have been made yet (%1 is missing).</source>
        <translation>Aún no se han creado miniaturas (falta %1).</translation>
    </message>
    <message>
        <source>Cannot open the thumbnail cache %1: %2. It can be deleted safely; it will be rebuilt.</source>
        <translation>No se puede abrir la caché de miniaturas %1: %2. Se puede borrar sin riesgo; se reconstruirá.</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not an ISO 3166-1 alpha-3 code: three capital letters, such as KEN or USA.</source>
        <translation>El país &quot;%1&quot; no es un código ISO 3166-1 alfa-3: tres letras mayúsculas, como KEN o USA.</translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not a first-level region code: two capital letters or digits, such as CA for California.</source>
        <translation>La región &quot;%1&quot; no es un código de región de primer nivel: dos letras mayúsculas o cifras, como CA para California.</translation>
    </message>
    <message>
        <source>Give the country of the region %1.</source>
        <translation>Indique el país de la región %1.</translation>
    </message>
</context>
<context>
    <name>trapline::ReidText</name>
    <message>
        <source>Cannot list individuals</source>
        <translation>No se pueden enumerar los individuos</translation>
    </message>
    <message>
        <source>Cannot list the sightings of individual %1</source>
        <translation>No se pueden enumerar los avistamientos del individuo %1</translation>
    </message>
    <message>
        <source>Give the individual a name.</source>
        <translation>Dé un nombre al individuo.</translation>
    </message>
    <message>
        <source>There is no individual %1 in this project.</source>
        <translation>No hay ningún individuo %1 en este proyecto.</translation>
    </message>
    <message>
        <source>The individual was not renamed</source>
        <translation>El individuo no se renombró</translation>
    </message>
    <message>
        <source>Pick two different individuals to merge.</source>
        <translation>Elija dos individuos distintos para fusionarlos.</translation>
    </message>
    <message>
        <source>One of the individuals to merge is not in this project any more.</source>
        <translation>Uno de los individuos que se iban a fusionar ya no está en este proyecto.</translation>
    </message>
    <message>
        <source>The individuals were not merged</source>
        <translation>Los individuos no se fusionaron</translation>
    </message>
    <message>
        <source>Select the sightings that show the other animal.</source>
        <translation>Seleccione los avistamientos que muestran el otro animal.</translation>
    </message>
    <message>
        <source>Give the new individual a name.</source>
        <translation>Dé un nombre al nuevo individuo.</translation>
    </message>
    <message>
        <source>Sighting %1 is not one of this individual&apos;s; nothing was changed.</source>
        <translation>El avistamiento %1 no es de este individuo; no se cambió nada.</translation>
    </message>
    <message>
        <source>The individual was not split</source>
        <translation>El individuo no se separó</translation>
    </message>
    <message>
        <source>The edit of individuals was not undone</source>
        <translation>La modificación de los individuos no se deshizo</translation>
    </message>
    <message>
        <source>The edit of individuals was not redone</source>
        <translation>La modificación de los individuos no se rehízo</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Falta %1.</translation>
    </message>
    <message>
        <source>%1 cannot be decoded; the file is damaged or not an image.</source>
        <translation>No se puede decodificar %1; el archivo está dañado o no es una imagen.</translation>
    </message>
    <message>
        <source>%1 cannot be decoded (%2).</source>
        <translation>No se puede decodificar %1 (%2).</translation>
    </message>
    <message>
        <source>Saving proposals</source>
        <translation>Guardando las propuestas</translation>
    </message>
    <message>
        <source>There is no box %1 in this project.</source>
        <translation>No hay ningún recuadro %1 en este proyecto.</translation>
    </message>
    <message>
        <source>Cannot read box %1</source>
        <translation>No se puede leer el recuadro %1</translation>
    </message>
    <message>
        <source>Reading embeddings</source>
        <translation>Leyendo los vectores de rasgos</translation>
    </message>
    <message>
        <source>Proposing individuals</source>
        <translation>Proponiendo individuos</translation>
    </message>
    <message>
        <source>Proposing was cancelled; the earlier proposals are kept.</source>
        <translation>Se canceló la propuesta; se conservan las propuestas anteriores.</translation>
    </message>
    <message>
        <source>Cannot propose individuals</source>
        <translation>No se pueden proponer individuos</translation>
    </message>
    <message>
        <source>No box has an individual yet: give a few sightings their individual first (the label panel&apos;s Individual), then propose matches for the rest.</source>
        <translation>Ningún recuadro tiene aún un individuo: asigne primero su individuo a algunos avistamientos (Individuo, en el panel de etiquetas) y luego proponga coincidencias para el resto.</translation>
    </message>
    <message>
        <source>Matching keypoints</source>
        <translation>Emparejando puntos clave</translation>
    </message>
    <message>
        <source>Cannot list the proposed matches</source>
        <translation>No se pueden enumerar las coincidencias propuestas</translation>
    </message>
    <message>
        <source>The rejection was not saved</source>
        <translation>El rechazo no se guardó</translation>
    </message>
    <message>
        <source>The rejection was not taken back</source>
        <translation>El rechazo no se retiró</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>No images in %1: it must hold one sub-folder of images per individual (optionally under train/ and test/).</source>
        <translation>No hay imágenes en %1: debe contener una subcarpeta de imágenes por individuo (opcionalmente bajo train/ y test/).</translation>
    </message>
    <message>
        <source>Finding keypoints</source>
        <translation>Buscando puntos clave</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Emparejando</translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>Se canceló la evaluación.</translation>
    </message>
    <message>
        <source>Computing embeddings</source>
        <translation>Calculando los vectores de rasgos</translation>
    </message>
</context>
<context>
    <name>trapline::ReviewText</name>
    <message>
        <source>Cannot read the labels of sequence %1: %2</source>
        <translation>No se pueden leer las etiquetas de la secuencia %1: %2</translation>
    </message>
    <message>
        <source>The labels of sequence %1 were not restored: the disk is full. Free some space and try again; nothing already saved was lost.</source>
        <translation>Las etiquetas de la secuencia %1 no se restauraron: el disco está lleno. Libere espacio e inténtelo de nuevo; no se perdió nada de lo ya guardado.</translation>
    </message>
    <message>
        <source>Cannot restore the labels of sequence %1: %2</source>
        <translation>No se pueden restaurar las etiquetas de la secuencia %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an observation type (use one of %2).</source>
        <translation>&quot;%1&quot; no es un tipo de observación (use uno de %2).</translation>
    </message>
    <message>
        <source>Only an animal can have a species.</source>
        <translation>Solo un animal puede tener especie.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Un conteo no puede ser negativo.</translation>
    </message>
    <message>
        <source>The label was not saved: the disk is full. Free some space and try again; nothing already saved was lost.</source>
        <translation>La etiqueta no se guardó: el disco está lleno. Libere espacio e inténtelo de nuevo; no se perdió nada de lo ya guardado.</translation>
    </message>
    <message>
        <source>The label was not saved: %1</source>
        <translation>La etiqueta no se guardó: %1</translation>
    </message>
    <message>
        <source>There is no media %1 in this project.</source>
        <translation>No hay ningún archivo multimedia %1 en este proyecto.</translation>
    </message>
    <message>
        <source>Media %1 belongs to no sequence yet; run the import again to group it.</source>
        <translation>El archivo multimedia %1 aún no pertenece a ninguna secuencia; vuelva a ejecutar la importación para agruparlo.</translation>
    </message>
    <message>
        <source>Cannot read media %1: %2</source>
        <translation>No se puede leer el archivo multimedia %1: %2</translation>
    </message>
    <message>
        <source>There is no box %1 in this project (it may have been deleted).</source>
        <translation>No hay ningún recuadro %1 en este proyecto (puede que se haya borrado).</translation>
    </message>
    <message>
        <source>Cannot read box %1: %2</source>
        <translation>No se puede leer el recuadro %1: %2</translation>
    </message>
    <message>
        <source>There is no sequence %1 in this project.</source>
        <translation>No hay ninguna secuencia %1 en este proyecto.</translation>
    </message>
    <message>
        <source>This sequence has no machine label to accept. Run a model on it first (Models &gt; Run Models), or label it yourself.</source>
        <translation>Esta secuencia no tiene ninguna etiqueta de la máquina que aceptar. Ejecute antes un modelo sobre ella (Modelos &gt; Ejecutar modelos) o etiquétela usted.</translation>
    </message>
    <message>
        <source>The box is too small; drag a larger one around the animal.</source>
        <translation>El recuadro es demasiado pequeño; arrastre uno mayor alrededor del animal.</translation>
    </message>
    <message>
        <source>The box is too small; make it larger or delete it.</source>
        <translation>El recuadro es demasiado pequeño; agrándelo o bórrelo.</translation>
    </message>
    <message>
        <source>Cannot read sequence %1: %2</source>
        <translation>No se puede leer la secuencia %1: %2</translation>
    </message>
    <message>
        <source>Cannot list the project&apos;s species</source>
        <translation>No se pueden enumerar las especies del proyecto</translation>
    </message>
    <message>
        <source>There is no taxon %1 in this project.</source>
        <translation>No hay ningún taxón %1 en este proyecto.</translation>
    </message>
    <message>
        <source>Cannot read taxon %1</source>
        <translation>No se puede leer el taxón %1</translation>
    </message>
    <message>
        <source>Type a species name (scientific or common).</source>
        <translation>Escriba un nombre de especie (científico o común).</translation>
    </message>
    <message>
        <source>Cannot add the species &quot;%1&quot;</source>
        <translation>No se puede añadir la especie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read the quick keys</source>
        <translation>No se pueden leer las teclas rápidas</translation>
    </message>
    <message>
        <source>Cannot save the quick keys</source>
        <translation>No se pueden guardar las teclas rápidas</translation>
    </message>
    <message>
        <source>Cannot list individuals</source>
        <translation>No se pueden enumerar los individuos</translation>
    </message>
    <message>
        <source>Give the individual a name.</source>
        <translation>Dé un nombre al individuo.</translation>
    </message>
    <message>
        <source>Cannot create the individual &quot;%1&quot;</source>
        <translation>No se puede crear el individuo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no deployment named &quot;%1&quot; in %2.</source>
        <translation>No hay ningún despliegue llamado &quot;%1&quot; en %2.</translation>
    </message>
    <message>
        <source>There is no sequence %1 in %2.</source>
        <translation>No hay ninguna secuencia %1 en %2.</translation>
    </message>
    <message>
        <source>Nothing to check out: no sequence matches.</source>
        <translation>Nada que extraer: ninguna secuencia coincide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: give a confidence between 0 and 1, e.g. below=0.6.</source>
        <translation>&quot;%1&quot;: indique una confianza entre 0 y 1, p. ej. below=0.6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not in this project.</source>
        <translation>&quot;%1&quot;: %2 no está en este proyecto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a review queue. Use not-reviewed, machine-labelled, below=CONFIDENCE, disagreeing, empty, conflicts, species=NAME or deployment=NAME, separated by commas.</source>
        <translation>&quot;%1&quot; no es una cola de revisión. Use not-reviewed, machine-labelled, below=CONFIANZA, disagreeing, empty, conflicts, species=NOMBRE o deployment=NOMBRE, separados por comas.</translation>
    </message>
    <message>
        <source>Name the reviewer who takes the part (--reviewer NAME).</source>
        <translation>Indique quién revisa la parte (--reviewer NOMBRE).</translation>
    </message>
    <message>
        <source>Give the file the part is written to (--out PART.trapline).</source>
        <translation>Indique el archivo en el que se escribe la parte (--out PARTE.trapline).</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file for the part.</source>
        <translation>%1 ya existe; elija otro archivo para la parte.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>No se puede escribir %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Cannot write %1; the project was not changed.</source>
        <translation>No se puede escribir %1; el proyecto no se modificó.</translation>
    </message>
    <message>
        <source>Cannot check out a part of %1 to %2</source>
        <translation>No se puede extraer una parte de %1 a %2</translation>
    </message>
    <message>
        <source>Check-in of %1&apos;s part: %2 sequences took the reviewer&apos;s labels, %3 are in the Conflicts queue, %4 were left as they were.</source>
        <translation>Reincorporación de la parte de %1: %2 secuencias tomaron las etiquetas del revisor, %3 están en la cola Conflictos, %4 quedaron como estaban.</translation>
    </message>
    <message>
        <source>Nothing new to check in from %1&apos;s part; the project was not changed.</source>
        <translation>Nada nuevo que reincorporar de la parte de %1; el proyecto no se modificó.</translation>
    </message>
    <message>
        <source>Taxa added: %1.</source>
        <translation>Taxones añadidos: %1.</translation>
    </message>
    <message>
        <source>Taxa merged by name: %1.</source>
        <translation>Taxones fusionados por nombre: %1.</translation>
    </message>
    <message>
        <source>Individuals added: %1.</source>
        <translation>Individuos añadidos: %1.</translation>
    </message>
    <message>
        <source>Individuals merged by name: %1.</source>
        <translation>Individuos fusionados por nombre: %1.</translation>
    </message>
    <message>
        <source>%1 is the project itself, not a part checked out of it.</source>
        <translation>%1 es el propio proyecto, no una parte extraída de él.</translation>
    </message>
    <message>
        <source>Cannot check in %1: %2</source>
        <translation>No se puede reincorporar %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a part checked out for review (it records no check-out); nothing was changed.</source>
        <translation>%1 no es una parte extraída para revisión (no registra ninguna extracción); no se modificó nada.</translation>
    </message>
    <message>
        <source>%1 was checked out of another project, not of %2. Check it in to the project it came from; nothing was changed.</source>
        <translation>%1 se extrajo de otro proyecto, no de %2. Reincorpórela al proyecto del que procede; no se modificó nada.</translation>
    </message>
    <message>
        <source>The check-out %1 that %2 belongs to is not recorded in %3; nothing was changed.</source>
        <translation>La extracción %1 a la que pertenece %2 no está registrada en %3; no se modificó nada.</translation>
    </message>
    <message>
        <source>Cannot check in %1; nothing was changed</source>
        <translation>No se puede reincorporar %1; no se modificó nada</translation>
    </message>
    <message>
        <source>Cannot list the conflicts</source>
        <translation>No se pueden listar los conflictos</translation>
    </message>
    <message>
        <source>no labels</source>
        <translation>sin etiquetas</translation>
    </message>
    <message>
        <source>There is no conflict %1 in this project.</source>
        <translation>No hay ningún conflicto %1 en este proyecto.</translation>
    </message>
    <message>
        <source>The conflict %1 was already resolved.</source>
        <translation>El conflicto %1 ya se resolvió.</translation>
    </message>
    <message>
        <source>The conflict %1 was not resolved</source>
        <translation>El conflicto %1 no se resolvió</translation>
    </message>
    <message>
        <source>The conflict %1 was not changed</source>
        <translation>El conflicto %1 no se modificó</translation>
    </message>
</context>
<context>
    <name>trapline::TrainingText</name>
    <message>
        <source>Cannot list the trained models</source>
        <translation>No se pueden enumerar los modelos entrenados</translation>
    </message>
    <message>
        <source>Cannot record the new model version</source>
        <translation>No se puede registrar la nueva versión del modelo</translation>
    </message>
    <message>
        <source>Cannot set the active model</source>
        <translation>No se puede establecer el modelo activo</translation>
    </message>
    <message>
        <source>Cannot read the active model</source>
        <translation>No se puede leer el modelo activo</translation>
    </message>
    <message>
        <source>Reading the confirmed labels</source>
        <translation>Leyendo las etiquetas confirmadas</translation>
    </message>
    <message>
        <source>The project has no confirmed labels to train on. Review some sequences first.</source>
        <translation>El proyecto no tiene etiquetas confirmadas con las que entrenar. Revise antes algunas secuencias.</translation>
    </message>
    <message>
        <source>The project has no individuals with two or more sightings. Confirm some matches first.</source>
        <translation>El proyecto no tiene individuos con dos o más avistamientos. Confirme antes algunas coincidencias.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot read the labels for training</source>
        <translation>No se pueden leer las etiquetas para el entrenamiento</translation>
    </message>
    <message>
        <source>No training example for 1 class: %1. The model could never predict it. Relink missing images (trapline-cli check), label more sequences of it, or train without it (trapline-cli train --allow-missing-classes; in Train Model, &quot;Leave out classes without training examples&quot;).</source>
        <translation>No hay ningún ejemplo de entrenamiento para 1 clase: %1. El modelo nunca podría predecirla. Vuelva a vincular las imágenes que faltan (trapline-cli check), etiquete más secuencias de ella o entrene sin ella (trapline-cli train --allow-missing-classes; en Entrenar modelo, &quot;Excluir las clases sin ejemplos de entrenamiento&quot;).</translation>
    </message>
    <message>
        <source>No training example for %1 classes: %2. The model could never predict them. Relink missing images (trapline-cli check), label more sequences of them, or train without them (trapline-cli train --allow-missing-classes; in Train Model, &quot;Leave out classes without training examples&quot;).</source>
        <translation>No hay ningún ejemplo de entrenamiento para %1 clases: %2. El modelo nunca podría predecirlas. Vuelva a vincular las imágenes que faltan (trapline-cli check), etiquete más secuencias de ellas o entrene sin ellas (trapline-cli train --allow-missing-classes; en Entrenar modelo, &quot;Excluir las clases sin ejemplos de entrenamiento&quot;).</translation>
    </message>
    <message>
        <source>Cannot save the checkpoint in %1: %2. Check that the disk has room.</source>
        <translation>No se puede guardar el punto de control en %1: %2. Compruebe que hay espacio en el disco.</translation>
    </message>
    <message>
        <source>Training the new head</source>
        <translation>Entrenando la nueva cabeza</translation>
    </message>
    <message>
        <source>Training was cancelled after epoch %1; run it again to resume.</source>
        <translation>El entrenamiento se canceló tras la época %1; vuelva a ejecutarlo para reanudarlo.</translation>
    </message>
    <message>
        <source>The unfrozen stage needs to know which layers to train: name their parameter prefixes (e.g. &quot;stage4&quot;) with --unfreeze, or as &quot;unfreeze&quot; in the base model&apos;s manifest.</source>
        <translation>La etapa descongelada necesita saber qué capas entrenar: indique los prefijos de sus parámetros (p. ej. &quot;stage4&quot;) con --unfreeze, o como &quot;unfreeze&quot; en el manifiesto del modelo base.</translation>
    </message>
    <message>
        <source>No parameter of the base model starts with %1: check the &quot;unfreeze&quot; names.</source>
        <translation>Ningún parámetro del modelo base empieza por %1: revise los nombres de &quot;unfreeze&quot;.</translation>
    </message>
    <message>
        <source>Training the unfrozen layers</source>
        <translation>Entrenando las capas descongeladas</translation>
    </message>
    <message>
        <source>%1 holds another training (other options, data or base model). Choose an empty folder, or the same options to resume it.</source>
        <translation>%1 contiene otro entrenamiento (otras opciones, datos o modelo base). Elija una carpeta vacía, o las mismas opciones para reanudarlo.</translation>
    </message>
    <message>
        <source>%1 already holds the finished model of this training.</source>
        <translation>%1 ya contiene el modelo terminado de este entrenamiento.</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>El entrenamiento falló: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 no es un objeto JSON.</translation>
    </message>
    <message>
        <source>%1 is not a TorchScript model: fine-tuning needs one (export the model with torch.jit.script or torch.jit.trace).</source>
        <translation>%1 no es un modelo TorchScript: el ajuste fino necesita uno (exporte el modelo con torch.jit.script o torch.jit.trace).</translation>
    </message>
    <message>
        <source>Cannot load the TorchScript model %1: %2</source>
        <translation>No se puede cargar el modelo TorchScript %1: %2</translation>
    </message>
    <message>
        <source>The model %1 has no method or layer &quot;%2&quot;. Name the method (or the submodule) that returns features in its manifest as &quot;feature_method&quot;.</source>
        <translation>El modelo %1 no tiene ningún método ni capa &quot;%2&quot;. Indique en su manifiesto, como &quot;feature_method&quot;, el método (o el submódulo) que devuelve los rasgos.</translation>
    </message>
    <message>
        <source>Evaluating %1</source>
        <translation>Evaluando %1</translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>Se canceló la evaluación.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>%1 is not a classifier.</source>
        <translation>%1 no es un clasificador.</translation>
    </message>
    <message>
        <source>Cannot save the new model in %1: %2</source>
        <translation>No se puede guardar el nuevo modelo en %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the image %1. Run &quot;Check Project&quot; to find moved or missing files, or relink the image folder.</source>
        <translation>No se puede leer la imagen %1. Ejecute &quot;Comprobar proyecto&quot; para encontrar archivos movidos o que faltan, o vuelva a vincular la carpeta de imágenes.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>Computing features</source>
        <translation>Calculando los rasgos</translation>
    </message>
    <message>
        <source>Training was cancelled while computing features; run it again to resume.</source>
        <translation>El entrenamiento se canceló mientras se calculaban los rasgos; vuelva a ejecutarlo para reanudarlo.</translation>
    </message>
    <message>
        <source>Cannot write %1. Check that the disk has room.</source>
        <translation>No se puede escribir %1. Compruebe que hay espacio en el disco.</translation>
    </message>
    <message>
        <source>Training a classifier needs at least two classes with training examples, some validation examples (to choose the epoch) and some test examples (to measure the result) (found %1 classes, %2 training, %3 validation and %4 test examples). Label more sequences, lower the minimum per class, or raise the validation or test share.</source>
        <translation>Entrenar un clasificador requiere al menos dos clases con ejemplos de entrenamiento, algunos ejemplos de validación (para elegir la época) y algunos ejemplos de prueba (para medir el resultado) (se encontraron %1 clases, %2 ejemplos de entrenamiento, %3 de validación y %4 de prueba). Etiquete más secuencias, baje el mínimo por clase o aumente la proporción de validación o de prueba.</translation>
    </message>
    <message>
        <source>Training an embedder needs at least two individuals with two or more sightings on each side (found %1 for training, %2 for validation, %3 for test). Confirm more individuals.</source>
        <translation>Entrenar un modelo de reidentificación requiere al menos dos individuos con dos o más avistamientos en cada lado (se encontraron %1 para entrenamiento, %2 para validación, %3 para prueba). Confirme más individuos.</translation>
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
    <message>
        <source>ISO 3166-1 alpha-3, e.g. KEN</source>
        <translation>ISO 3166-1 alfa-3, p. ej. KEN</translation>
    </message>
    <message>
        <source>e.g. CA for a US state; optional</source>
        <translation>p. ej. CA para un estado de EE. UU.; opcional</translation>
    </message>
    <message>
        <source>SpeciesNet names only species known to live in this country (and region)</source>
        <translation>SpeciesNet solo nombra especies que se sabe que viven en este país (y región)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
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
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
    <message>
        <source>Stop after the current batch; everything done so far is kept, and running the job again resumes it. A queued job is removed.</source>
        <translation>Detener tras el lote actual; se conserva todo lo hecho, y al ejecutar de nuevo la tarea se reanuda. Una tarea en cola se elimina.</translation>
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
        <source>Propose individual matches</source>
        <translation>Proponer coincidencias de individuos</translation>
    </message>
    <message>
        <source>%1 proposals for %2 sightings, from %3 confirmed sightings of %4 individuals</source>
        <translation>%1 propuestas para %2 avistamientos, a partir de %3 avistamientos confirmados de %4 individuos</translation>
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
    <message numerus="yes">
        <source>%n frame time(s) changed</source>
        <translation>
            <numerusform>Se cambió la hora de %n fotograma</numerusform>
            <numerusform>Se cambió la hora de %n fotogramas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already queued.</source>
        <translation>%1 ya está en cola.</translation>
    </message>
    <message>
        <source>%1 is already running.</source>
        <translation>%1 ya está en curso.</translation>
    </message>
    <message>
        <source>%1 is queued: it starts when the job before it ends.</source>
        <translation>%1 está en cola: empieza cuando termine la tarea anterior.</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (queued)</source>
        <translation>%1 (en cola)</translation>
    </message>
    <message>
        <source>Queued: starts when the project&apos;s running job ends. %1</source>
        <translation>En cola: empieza cuando termine la tarea en curso del proyecto. %1</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (en curso)</translation>
    </message>
    <message>
        <source>Running: see the Jobs panel for its progress; another request is queued. %1</source>
        <translation>En curso: vea su progreso en el panel Tareas; otra petición está en cola. %1</translation>
    </message>
    <message>
        <source>Could not undo or redo &quot;%1&quot;: %2</source>
        <translation>No se pudo deshacer ni rehacer «%1»: %2</translation>
    </message>
    <message>
        <source>Check out for %1</source>
        <translation>Extraer para %1</translation>
    </message>
    <message>
        <source>%1 sequences (%2 images) checked out to %3</source>
        <translation>%1 secuencias (%2 imágenes) extraídas a %3</translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation>Reincorporar %1</translation>
    </message>
    <message>
        <source>Check Out for Review</source>
        <translation>Extraer para revisión</translation>
    </message>
    <message>
        <source>The sequences the list shows go to one reviewer.
Reviewer:</source>
        <translation>Las secuencias que muestra la lista van a un revisor.
Revisor:</translation>
    </message>
    <message>
        <source>the review list</source>
        <translation>la lista de revisión</translation>
    </message>
    <message>
        <source>Check In</source>
        <translation>Reincorporar</translation>
    </message>
    <message>
        <source>Check &amp;Out for Review...</source>
        <translation>E&amp;xtraer para revisión...</translation>
    </message>
    <message>
        <source>A part of this project for one reviewer to label elsewhere</source>
        <translation>Una parte de este proyecto para que un revisor la etiquete en otro lugar</translation>
    </message>
    <message>
        <source>Check &amp;In...</source>
        <translation>Re&amp;incorporar...</translation>
    </message>
    <message>
        <source>Merge a reviewer&apos;s part back; sequences changed on both sides go to the Conflicts queue</source>
        <translation>Reincorporar la parte de un revisor; las secuencias cambiadas en ambos lados van a la cola Conflictos</translation>
    </message>
    <message>
        <source>Model &amp;Library...</source>
        <translation>&amp;Biblioteca de modelos...</translation>
    </message>
    <message>
        <source>Download, convert and remove the published camera-trap models (MegaDetector, SpeciesNet, DeepFaune, MegaDescriptor...)</source>
        <translation>Descargar, convertir y eliminar los modelos publicados para cámaras trampa (MegaDetector, SpeciesNet, DeepFaune, MegaDescriptor...)</translation>
    </message>
</context>
<context>
    <name>trapline::ui::MatchReviewDialog</name>
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
        <source>This sighting shows an individual not seen before. Its name:</source>
        <translation>Este avistamiento muestra un individuo no visto antes. Su nombre:</translation>
    </message>
</context>
<context>
    <name>trapline::ui::ModelLibraryDialog</name>
    <message>
        <source>Model Library</source>
        <translation>Biblioteca de modelos</translation>
    </message>
    <message>
        <source>The published camera-trap models Trapline knows. Downloads go to %1 and run in the background (see the Jobs panel); a download that is cut off continues where it stopped when you download again.</source>
        <translation>Los modelos publicados para cámaras trampa que Trapline conoce. Las descargas van a %1 y se ejecutan en segundo plano (vea el panel de tareas); una descarga interrumpida continúa donde se detuvo cuando vuelve a descargar.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>the publisher&apos;s address</source>
        <translation>la dirección del editor</translation>
    </message>
    <message>
        <source>Download the same file from another address; the publisher&apos;s checksum still applies</source>
        <translation>Descargar el mismo archivo desde otra dirección; la suma de verificación del editor sigue aplicándose</translation>
    </message>
    <message>
        <source>&amp;Mirror:</source>
        <translation>&amp;Réplica:</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>Fetch the file into the models folder and check it against the publisher&apos;s checksum</source>
        <translation>Traer el archivo a la carpeta de modelos y comprobarlo con la suma de verificación del editor</translation>
    </message>
    <message>
        <source>Use a &amp;File I Already Have...</source>
        <translation>Usar un &amp;archivo que ya tengo...</translation>
    </message>
    <message>
        <source>Check a copy you downloaded before and copy it into the models folder</source>
        <translation>Comprobar una copia descargada antes y copiarla en la carpeta de modelos</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>&amp;Convertir</translation>
    </message>
    <message>
        <source>Turn the published checkpoint into a TorchScript model Trapline runs, then check it</source>
        <translation>Convertir el checkpoint publicado en un modelo TorchScript que Trapline ejecuta y después comprobarlo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the downloaded file</source>
        <translation>Borrar el archivo descargado</translation>
    </message>
    <message>
        <source>The file of %1</source>
        <translation>El archivo de %1</translation>
    </message>
    <message>
        <source>%1 (%2);;All files (*)</source>
        <translation>%1 (%2);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete %1 from %2?</source>
        <translation>¿Borrar %1 de %2?</translation>
    </message>
    <message>
        <source>To convert by hand (where Trapline finds no Python with PyTorch), run these commands in a terminal, in Trapline&apos;s source folder:</source>
        <translation>Para convertirlo a mano (cuando Trapline no encuentra un Python con PyTorch), ejecute estas órdenes en una terminal, en la carpeta de fuentes de Trapline:</translation>
    </message>
    <message>
        <source>%1 (%2, must accept)</source>
        <translation>%1 (%2, hay que aceptarla)</translation>
    </message>
    <message>
        <source>downloading, %1%</source>
        <translation>descargando, %1%</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>descargando</translation>
    </message>
    <message>
        <source>converting</source>
        <translation>convirtiendo</translation>
    </message>
    <message>
        <source>converted, ready</source>
        <translation>convertido, listo</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <source>partly downloaded (%1)</source>
        <translation>descargado en parte (%1)</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <source>no direct download</source>
        <translation>sin descarga directa</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 (%2 terms)%3</source>
        <translation>%1 (términos %2)%3</translation>
    </message>
    <message>
        <source>: you must accept it before downloading</source>
        <translation>: debe aceptarla antes de descargar</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>no confirmed address. %1</source>
        <translation>ninguna dirección confirmada. %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Suma de verificación</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>no publicada</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>Decodificador</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>listed in %1</source>
        <translation>enumeradas en %1</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>no recipe</source>
        <translation>sin receta</translation>
    </message>
    <message>
        <source>recipe &quot;%1&quot;</source>
        <translation>receta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>I have read and accept the licence of %1: %2</source>
        <translation>He leído y acepto la licencia de %1: %2</translation>
    </message>
    <message>
        <source>Trapline has no conversion recipe for this model yet</source>
        <translation>Trapline aún no tiene receta de conversión para este modelo</translation>
    </message>
    <message>
        <source>The mirror &quot;%1&quot; is not an http:// or https:// address: correct it, or empty the field to download from the publisher.</source>
        <translation>La réplica &quot;%1&quot; no es una dirección http:// o https://: corríjala o vacíe el campo para descargar del editor.</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Descargar %1</translation>
    </message>
    <message>
        <source>Install %1 from %2</source>
        <translation>Instalar %1 desde %2</translation>
    </message>
    <message>
        <source>%1 is published under %2 (%3 terms). Read the licence, tick &quot;I have read and accept the licence&quot;, then download again.</source>
        <translation>%1 se publica bajo %2 (términos %3). Lea la licencia, marque &quot;He leído y acepto la licencia&quot; y vuelva a descargar.</translation>
    </message>
    <message>
        <source>%1 is installed in %2 (%3; its publisher gives no checksum to check it against).</source>
        <translation>%1 está instalado en %2 (%3; su editor no da ninguna suma de verificación con la que comprobarlo).</translation>
    </message>
    <message>
        <source>%1 is installed in %2 (%3, %4 verified).</source>
        <translation>%1 está instalado en %2 (%3, %4 verificada).</translation>
    </message>
    <message>
        <source>Convert it to run it in Trapline.</source>
        <translation>Conviértalo para ejecutarlo en Trapline.</translation>
    </message>
    <message>
        <source>Download %1 first, or use a file you already have: the conversion starts from the published file %2.</source>
        <translation>Descargue %1 primero, o use un archivo que ya tenga: la conversión parte del archivo publicado %2.</translation>
    </message>
    <message>
        <source>Convert %1</source>
        <translation>Convertir %1</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Comprobando %1</translation>
    </message>
    <message>
        <source>The conversion of %1 made %2, but the model does not pass its check: %3</source>
        <translation>La conversión de %1 produjo %2, pero el modelo no pasa su comprobación: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 is converted and checked: a %2 with %n class(es), input %3x%4. Run Models lists it by its name.</source>
        <translation>
            <numerusform>%1 está convertido y comprobado: un %2 con %n clase, entrada %3x%4. Ejecutar modelos lo muestra por su nombre.</numerusform>
            <numerusform>%1 está convertido y comprobado: un %2 con %n clases, entrada %3x%4. Ejecutar modelos lo muestra por su nombre.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: see the Jobs panel for its progress.</source>
        <translation>%1: vea su progreso en el panel de tareas.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>Elija primero un modelo.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Eliminado %1.</translation>
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
        <source>Select a box first (click it), or draw one with B.</source>
        <translation>Seleccione primero un recuadro (haga clic en él) o dibuje uno con B.</translation>
    </message>
    <message>
        <source>Quick key %1 has no species yet: set it under Review &gt; Quick Keys.</source>
        <translation>La tecla rápida %1 aún no tiene especie: asígnela en Revisión &gt; Teclas rápidas.</translation>
    </message>
    <message>
        <source>Select a box to delete (click it).</source>
        <translation>Seleccione el recuadro que quiere eliminar (haga clic en él).</translation>
    </message>
    <message>
        <source>Drag a box around one animal; Esc cancels.</source>
        <translation>Arrastre un recuadro alrededor de un animal; Esc cancela.</translation>
    </message>
    <message>
        <source>Box added: press 1-9 or / to name its species.</source>
        <translation>Recuadro añadido: pulse 1-9 o / para indicar su especie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits %2 species (%3): pick one from the list.</source>
        <translation>«%1» corresponde a %2 especies (%3): elija una de la lista.</translation>
    </message>
    <message>
        <source>Keep these labels</source>
        <translation>Conservar estas etiquetas</translation>
    </message>
    <message>
        <source>Changed here and in %1&apos;s part. Here: %2. %1: %3.</source>
        <translation>Cambiada aquí y en la parte de %1. Aquí: %2. %1: %3.</translation>
    </message>
    <message>
        <source>Take %1&apos;s</source>
        <translation>Tomar la de %1</translation>
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
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Sequences a check-in found changed both here and in a reviewer&apos;s part: pick one version</source>
        <translation>Secuencias que una reincorporación encontró cambiadas aquí y en la parte de un revisor: elija una versión</translation>
    </message>
</context>
<context>
    <name>trapline::ui::RunModelsDialog</name>
    <message>
        <source>Run Models</source>
        <translation>Ejecutar modelos</translation>
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
    <message>
        <source>On a S&amp;lurm Cluster...</source>
        <translation>En un clúster S&amp;lurm...</translation>
    </message>
    <message>
        <source>Split the media into shards and run them as a Slurm job array on a cluster</source>
        <translation>Dividir las imágenes en fragmentos y ejecutarlos como un array de trabajos de Slurm en un clúster</translation>
    </message>
    <message>
        <source>Tick the installed models to run: a detector, a species classifier, a re-ID embedder. Models &gt; Model Library downloads and converts the published ones; &quot;Add Manifest&quot; takes a model of your own (.json). Media already processed by the same model version are skipped, so a cancelled run resumes where it stopped.</source>
        <translation>Marque los modelos instalados que quiere ejecutar: un detector, un clasificador de especies, un extractor de re-ID. Modelos &gt; Biblioteca de modelos descarga y convierte los publicados; &quot;Añadir manifiesto&quot; toma un modelo propio (.json). Los medios ya procesados por la misma versión del modelo se omiten, así que una ejecución cancelada continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>The models in your models folders and those that ship with Trapline</source>
        <translation>Los modelos de sus carpetas de modelos y los que vienen con Trapline</translation>
    </message>
    <message>
        <source>&amp;Add Manifest...</source>
        <translation>&amp;Añadir manifiesto...</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>&amp;Modelos:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2): not ready. %3</source>
        <translation>%1 (%2): no está listo. %3</translation>
    </message>
    <message>
        <source>%1 is not a detector, classifier or embedder (its &quot;kind&quot; is &quot;%2&quot;).</source>
        <translation>%1 no es un detector, un clasificador ni un extractor (su &quot;kind&quot; es &quot;%2&quot;).</translation>
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
    <name>trapline::ui::SlurmRunDialog</name>
    <message>
        <source>Run Models on a Slurm Cluster</source>
        <translation>Ejecutar modelos en un clúster Slurm</translation>
    </message>
    <message>
        <source>The media are split into shards, one per task of a Slurm job array; each task runs the models over its shard. Collect imports the finished shards into the project.</source>
        <translation>Las imágenes se dividen en fragmentos, uno por tarea de un array de trabajos de Slurm; cada tarea ejecuta los modelos sobre su fragmento. Recoger importa al proyecto los fragmentos terminados.</translation>
    </message>
    <message>
        <source>&amp;Shards (array tasks):</source>
        <translation>&amp;Fragmentos (tareas del array):</translation>
    </message>
    <message>
        <source>the cluster&apos;s default</source>
        <translation>la predeterminada del clúster</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>&amp;Partición:</translation>
    </message>
    <message>
        <source>e.g. gpu:1</source>
        <translation>p. ej. gpu:1</translation>
    </message>
    <message>
        <source>&amp;GPUs (gres):</source>
        <translation>&amp;GPU (gres):</translation>
    </message>
    <message>
        <source>HH:MM:SS</source>
        <translation>HH:MM:SS</translation>
    </message>
    <message>
        <source>&amp;Time limit per task:</source>
        <translation>Límite de &amp;tiempo por tarea:</translation>
    </message>
    <message>
        <source>&amp;Write Plan</source>
        <translation>&amp;Escribir el plan</translation>
    </message>
    <message>
        <source>&amp;Copy Script</source>
        <translation>&amp;Copiar el script</translation>
    </message>
    <message>
        <source>Sa&amp;ve Script...</source>
        <translation>&amp;Guardar el script...</translation>
    </message>
    <message>
        <source>Su&amp;bmit with sbatch</source>
        <translation>En&amp;viar con sbatch</translation>
    </message>
    <message>
        <source>C&amp;ollect Finished Shards</source>
        <translation>Rec&amp;oger los fragmentos terminados</translation>
    </message>
    <message numerus="yes">
        <source>Plan %1: %n media in %2 shards, in %3. Submit the script on the cluster (sbatch %4), then collect.</source>
        <translation>
            <numerusform>Plan %1: %n imagen en %2 fragmentos, en %3. Envíe el script en el clúster (sbatch %4) y luego recoja.</numerusform>
            <numerusform>Plan %1: %n imágenes en %2 fragmentos, en %3. Envíe el script en el clúster (sbatch %4) y luego recoja.</numerusform>
        </translation>
    </message>
    <message>
        <source>sbatch is not on this computer&apos;s PATH</source>
        <translation>sbatch no está en el PATH de este equipo</translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation>Guardar el script</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation>Scripts de shell (*.sh)</translation>
    </message>
    <message>
        <source>Submitted as job %1.</source>
        <translation>Enviado como trabajo %1.</translation>
    </message>
    <message>
        <source>Collect Slurm shards</source>
        <translation>Recoger los fragmentos de Slurm</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Shards imported: %1 (before: %2); running: %3; missing: %4; failed: %5</source>
        <translation>Fragmentos importados: %1 (antes: %2); en ejecución: %3; faltan: %4; fallidos: %5</translation>
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
        <source>&amp;Split by:</source>
        <translation>&amp;Dividir por:</translation>
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
    <message>
        <source>Queued: the training starts when the project&apos;s running job ends.</source>
        <translation>En cola: el entrenamiento empieza cuando termine la tarea en curso del proyecto.</translation>
    </message>
    <message>
        <source>Validation (chooses the epoch)</source>
        <translation>Validación (elige la época)</translation>
    </message>
    <message>
        <source>Validation individuals (choose the epoch)</source>
        <translation>Individuos de validación (eligen la época)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Frames of one visit (a camera&apos;s frames closer than the visit gap), of one sequence, or of one camera stay on one side of the split, so the figures are not flattered by near-identical frames.</source>
        <translation>Los fotogramas de una visita (los de una cámara más cercanos que el intervalo de visita), de una secuencia o de una cámara quedan en un mismo lado de la división, para que fotogramas casi idénticos no inflen las cifras.</translation>
    </message>
    <message>
        <source>Frames of one camera at most this many seconds apart are one visit, whatever the sequence gap cut them into.</source>
        <translation>Los fotogramas de una cámara separados como mucho por estos segundos forman una visita, aunque el intervalo de secuencia los haya separado.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Visit &amp;gap:</source>
        <translation>Intervalo de &amp;visita:</translation>
    </message>
    <message>
        <source>Share of visits (sequences, cameras; for the embedder, individuals) kept for validation, which chooses the best epoch.</source>
        <translation>Proporción de visitas (secuencias, cámaras; para el modelo de reidentificación, individuos) reservada para validación, que elige la mejor época.</translation>
    </message>
    <message>
        <source>Share of visits (sequences, cameras) kept for test: the reported figures are measured there, on examples no choice has seen.</source>
        <translation>Proporción de visitas (secuencias, cámaras) reservada para prueba: las cifras del informe se miden ahí, en ejemplos que ninguna elección ha visto.</translation>
    </message>
    <message>
        <source>&amp;Test share:</source>
        <translation>Proporción de pr&amp;ueba:</translation>
    </message>
    <message>
        <source>Share of individuals kept out of training and of every choice, for test: the figures measure animals the embedder never saw.</source>
        <translation>Proporción de individuos excluidos del entrenamiento y de toda elección, para prueba: las cifras miden animales que el modelo nunca vio.</translation>
    </message>
    <message>
        <source>deployments</source>
        <translation>despliegues</translation>
    </message>
    <message>
        <source>sequences</source>
        <translation>secuencias</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visitas</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 examples&lt;/b&gt;: %2 for training, %3 for validation (chooses the epoch), %4 for test (the reported figures).</source>
        <translation>&lt;b&gt;%1 ejemplos&lt;/b&gt;: %2 para entrenamiento, %3 para validación (elige la época), %4 para prueba (las cifras del informe).</translation>
    </message>
    <message>
        <source>%1: %2 / %3 / %4 %5, %6 / %7 / %8 examples</source>
        <translation>%1: %2 / %3 / %4 %5, %6 / %7 / %8 ejemplos</translation>
    </message>
    <message>
        <source>, &lt;b&gt;not validated&lt;/b&gt; (only one %1)</source>
        <translation>, &lt;b&gt;no validada&lt;/b&gt; (solo una %1)</translation>
    </message>
    <message>
        <source>, &lt;b&gt;not tested&lt;/b&gt; (only two %1)</source>
        <translation>, &lt;b&gt;no probada&lt;/b&gt; (solo dos %1)</translation>
    </message>
    <message>
        <source>, &lt;b&gt;not tested&lt;/b&gt; (no %1 on the test side)</source>
        <translation>, &lt;b&gt;no probada&lt;/b&gt; (sin %1 en el lado de prueba)</translation>
    </message>
    <message>
        <source>Per class (training / validation / test):</source>
        <translation>Por clase (entrenamiento / validación / prueba):</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 sightings of %2 individuals&lt;/b&gt;: %3 individuals for training, %4 for validation, %5 held out for test.</source>
        <translation>&lt;b&gt;%1 avistamientos de %2 individuos&lt;/b&gt;: %3 individuos para entrenamiento, %4 para validación, %5 reservados para prueba.</translation>
    </message>
    <message>
        <source>New classifier: test accuracy %1, macro-F1 %2</source>
        <translation>Nuevo clasificador: exactitud de prueba %1, macro-F1 %2</translation>
    </message>
    <message>
        <source>New embedder: test individuals MAP@R %1, top-1 %2</source>
        <translation>Nuevo modelo de reidentificación: individuos de prueba MAP@R %1, top-1 %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 training, %2 validation and %3 test examples; best epoch %4, chosen on the validation split (%5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 ejemplos de entrenamiento, %2 de validación y %3 de prueba; mejor época %4, elegida en la división de validación (%5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Accuracy %1, macro-F1 %2&lt;/b&gt; on the test split, which no choice has seen.&lt;br&gt;On the same test split: nearest class mean on the base features, accuracy %3, macro-F1 %4; always the most common training class (%5), accuracy %6.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Exactitud %1, macro-F1 %2&lt;/b&gt; en la división de prueba, que ninguna elección ha visto.&lt;br&gt;En la misma división de prueba: media de clase más cercana sobre los rasgos base, exactitud %3, macro-F1 %4; siempre la clase de entrenamiento más frecuente (%5), exactitud %6.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Validation split at the best epoch: accuracy %1, macro-F1 %2 (the epoch was chosen on it, so these flatter the model).&lt;/p&gt;</source>
        <translation>&lt;p&gt;División de validación en la mejor época: exactitud %1, macro-F1 %2 (la época se eligió con ella, así que favorecen al modelo).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Previous version on the same test split: accuracy %1, macro-F1 %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Versión anterior en la misma división de prueba: exactitud %1, macro-F1 %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Per class, on the test split:</source>
        <translation>Por clase, en la división de prueba:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Test individuals (never trained on, no choice made on them): &lt;b&gt;MAP@R %1 &amp;rarr; %2&lt;/b&gt;, top-1 %3 &amp;rarr; %4 (base features &amp;rarr; fine-tuned).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Individuos de prueba (nunca entrenados, ninguna elección hecha con ellos): &lt;b&gt;MAP@R %1 &amp;rarr; %2&lt;/b&gt;, top-1 %3 &amp;rarr; %4 (rasgos base &amp;rarr; ajustado).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Validation individuals at the best epoch: MAP@R %1, top-1 %2 (the epoch was chosen on them).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Individuos de validación en la mejor época: MAP@R %1, top-1 %2 (la época se eligió con ellos).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Previous version on the same test individuals: MAP@R %1, top-1 %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Versión anterior con los mismos individuos de prueba: MAP@R %1, top-1 %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>test: accuracy %1, macro-F1 %2</source>
        <translation>prueba: exactitud %1, macro-F1 %2</translation>
    </message>
    <message>
        <source>validation (chosen on it): accuracy %1, macro-F1 %2</source>
        <translation>validación (elegida con ella): exactitud %1, macro-F1 %2</translation>
    </message>
    <message>
        <source>test: MAP@R %1, top-1 %2</source>
        <translation>prueba: MAP@R %1, top-1 %2</translation>
    </message>
    <message>
        <source>validation (chosen on it): MAP@R %1, top-1 %2</source>
        <translation>validación (elegida con ella): MAP@R %1, top-1 %2</translation>
    </message>
</context>
<context>
    <name>trapline::ui::UndoText</name>
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
        <source>confirm %1</source>
        <translation>confirmar %1</translation>
    </message>
    <message>
        <source>new individual %1</source>
        <translation>nuevo individuo %1</translation>
    </message>
    <message>
        <source>Shift times by %1 s</source>
        <translation>Desplazar las horas %1 s</translation>
    </message>
    <message>
        <source>Times from file names</source>
        <translation>Horas de los nombres de archivo</translation>
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
        <source>delete box</source>
        <translation>eliminar recuadro</translation>
    </message>
    <message>
        <source>add box</source>
        <translation>añadir recuadro</translation>
    </message>
    <message>
        <source>move box</source>
        <translation>mover recuadro</translation>
    </message>
    <message>
        <source>reject match</source>
        <translation>rechazar coincidencia</translation>
    </message>
    <message>
        <source>edit deployment %1</source>
        <translation>modificar el despliegue %1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No hay ningún proyecto abierto.</translation>
    </message>
    <message>
        <source>take %1&apos;s labels</source>
        <translation>tomar las etiquetas de %1</translation>
    </message>
    <message>
        <source>keep these labels</source>
        <translation>conservar estas etiquetas</translation>
    </message>
</context>
</TS>
