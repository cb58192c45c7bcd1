<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::FormatsText</name>
    <message>
        <source>Cannot write %1 (%2); the disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No datapackage.json in %1: give the folder of a Camtrap DP package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datapackage.json lists no &quot;%1&quot; resource; it is not a Camtrap DP package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package in %1 does not follow the Camtrap DP schemas (%2 problems), so nothing was imported:
- %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment %1 of this package is in the project already; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the package failed and changed nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date-time with a time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the required column %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the column %2 is not in the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: %3 &quot;%4&quot; is not unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; save the file as &quot;CSV UTF-8&quot; and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; a header line naming the columns is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: unterminated quoted field (its closing &quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field; a quote inside a quoted field must be written twice (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has %2, the header has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (also accepted: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the header has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns %1 are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the file name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: observation type &quot;%2&quot; is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: an empty image cannot have the species &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: count &quot;%2&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: count &quot;%2&quot; is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: count %2 for an empty image (no species); give the species or leave the count empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV export stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 failed and changed nothing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has none of the columns locationName, latitude, longitude, coordinateUncertainty, cameraModel, cameraHeight, timezone, utcOffset: there is nothing to import. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is not a number (write decimals with a point: 52.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: coordinateUncertainty &quot;%2&quot; is not a whole number of metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Nothing was changed; fix the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deployments, %2 media, %3 observations in %4 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Warnings:
- </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images, %2 annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 examples of %2 classes (train %3, validation %4, test %5)%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 images could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels were not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deployments, %2 media, %3 observations, %4 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 annotations (%2 boxes) for %3 of %4 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 detections for %2 of %3 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels cannot be imported from the %1 format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid MegaDetector results file: %2 %3. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 4 numbers [x, y, width, height]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lies outside the image (values must be fractions of the width and height)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be [class id from classification_categories, confidence]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at character %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported into this project already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no results of model %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the detections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (%2); the disk may be full. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation and test shares must be between 0 and 1 and leave room for training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labelled images to export%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (only reviewed labels were asked for)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create folders in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observation %1 has a box on %2, but the project does not know that image&apos;s size in pixels, which COCO boxes are measured in. Re-import the image so that its size is read, or remove the box. Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COCO Camera Traps export stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is measured on a %1 x %2 image (images[%3]), but %4 is %5 x %6 pixels (upright) in the project, so the box would land in the wrong place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be placed: neither the file nor the project knows the size of %1 in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1, %2, %3, %4] lies outside %5 (%6 x %7 pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not fit this project: annotations[%2].bbox %3. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid COCO Camera Traps JSON: %2 %3. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &quot;images&quot;, &quot;categories&quot; and &quot;annotations&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (it must be a string or a whole number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the id of another category too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string or a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the id of one of the categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 4 numbers [x, y, width, height] in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a negative width or height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 0 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 for the category &quot;%2&quot; (an empty image)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::InferenceText</name>
    <message>
        <source>input.width and input.height must be between 8 and 8192 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input.resize must be &quot;letterbox&quot; or &quot;stretch&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input.interpolation must be &quot;auto&quot; or &quot;linear&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input.channel_order must be &quot;RGB&quot; or &quot;BGR&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input.mean must be three numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input.std must be three non-zero numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input.decode must be &quot;reduced&quot; or &quot;full&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input.pad_to_stride must be a positive number of pixels, for &quot;resize&quot;: &quot;letterbox&quot; only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input.pad_color must be three numbers 0-255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class list file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taxonomy names &quot;%1&quot;, which is not one of the classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taxonomy.%1.observation_type must be one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an embedder&apos;s decoder must be &quot;embedding&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the darknet-yolo decoder reads OpenCV DNN outputs: use &quot;backend&quot;: &quot;opencv-dnn&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the model manifest %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model manifest %1 is not valid JSON (%2 at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model manifest %1 has problems:
- %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 returned nothing for a test image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 failed on a test image of its manifest&apos;s input size %2x%3: %4. Check input.width and input.height in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV could not read the model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV could not read the model %1: %2. ONNX (.onnx) and Darknet (.cfg + .weights) files are supported by the opencv-dnn backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 does not fit its manifest: its output has shape %2, but %3. Check &quot;classes&quot; and &quot;output.decoder&quot; in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 decoder expects [batch, boxes, 5 + %2 classes = %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ultralytics decoder expects [batch, 4 + %1 classes = %2, boxes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fastestdet decoder expects [batch, 5 + %1 classes = %2, rows, columns]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a classifier must output [batch, %1 classes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an embedder must output [batch, dimensions]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference BLAS (libblas3, single-threaded and slow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibTorch is using the reference BLAS (%1), which runs models on the CPU about ten times slower. Install OpenBLAS: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--device cuda was asked for, but this Trapline&apos;s LibTorch has no CUDA or no GPU was found. Use --device auto or cpu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a TorchScript model LibTorch can load (%2). Export it with tools/export_model.py, or use &quot;backend&quot;: &quot;opencv-dnn&quot; for ONNX and Darknet files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 describes a %2, but it was given as the %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model was given: name a detector, a classifier or an embedder manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An embedder runs on the boxes of a detector: give a detector too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and run the models again: the results saved so far are kept and will be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the models stopped: %1. The results saved so far are kept; run again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LibTorch (backend &quot;torchscript&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV DNN (backend &quot;opencv-dnn&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX Runtime %1 (an ONNX model, and this Trapline has ONNX Runtime)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV DNN (an ONNX model, but this Trapline was built without ONNX Runtime; the Debian 13 package has it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model has %1 inputs; Trapline feeds one image tensor [batch, 3, height, width]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s input is not float32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s input has %1 dimensions; Trapline feeds [batch, 3, height, width]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model takes batches of exactly %1 images; set &quot;max_batch&quot;: %1 in the manifest, or export it with a dynamic batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ONNX Runtime (%1) has no CUDA execution provider (it has %2). Run on the CPU (--device cpu), or install an ONNX Runtime built with CUDA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX Runtime could not load the model %1: %2. The &quot;onnxruntime&quot; backend reads ONNX (.onnx) files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Trapline was built without ONNX Runtime, so it cannot run %1 with the &quot;onnxruntime&quot; backend. Use &quot;backend&quot;: &quot;opencv-dnn&quot;, or the Debian 13 package, which has ONNX Runtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer PyTorch: it uses the operator %2, which LibTorch %3 (the one this Trapline was built with) does not have. Either export the model again with PyTorch 1.13 (Debian 12&apos;s python3-torch, e.g. with tools/export_model.py), or run it on Debian 13 (LibTorch 2.6), or export it to ONNX (torch.onnx.export) and use &quot;backend&quot;: &quot;onnxruntime&quot; on Debian 13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;download.%1&quot; must be %2 hexadecimal digits or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;download.url&quot; must be an http(s) address or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;download.file&quot; must name the file when there is a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;download.file&quot; must be a plain file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;download.size_bytes&quot; must be a positive whole number or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;licence.terms&quot; must be open, non-commercial, agpl or unknown (found &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;licence.must_accept&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;licence.must_accept&quot; must be true for %1 terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lowercase letters, digits, dots and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be detector, classifier or embedder (found &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;download&quot; must be an object (use null for what is unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;licence&quot; must be an object with name, terms and must_accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;decoder&quot; &quot;%1&quot; is not one Trapline knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;classes&quot; must be a list of names or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sources&quot; must name where the entry&apos;s facts come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model catalogue %1 is not valid JSON (%2 at character %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;models&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model catalogue %1 has problems:
- %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the model catalogue %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Using the catalogue built into Trapline instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>terms unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trapline has no conversion recipe for %1 yet (family &quot;%2&quot;); see tools/README.md for exporting models by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Python was found to convert %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the conversion script to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the models folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversion of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversion of %1 failed:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversion of %1 ended without a manifest:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written (%2; %3 free in %4, %5 still to write). Free some space and run the download again; it resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match the checksum its publisher gives: expected %2 %3, got %2 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is published under %2 (%3 terms), which you must accept before using it: read the licence, then run the download again with --accept-licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue has no confirmed download for %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue has no confirmed download address for %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 was cancelled after %2; run it again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 stopped after %2 of %3 (%4). Run it again to resume where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes where its publisher gives %3; the file was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The download was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no model file or installed model called &quot;%1&quot; (looked in %2); &quot;trapline-cli models installed&quot; lists the installed models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; is missing %2: put it in %3 (or next to the manifest), or run &quot;trapline-cli models download %4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; is missing %2: put it in %3 (or next to the manifest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the shard plan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Trapline shard plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan needs at least one shard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbatch was not found on PATH: run this on a Slurm login node, or submit %1 there yourself (sbatch %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbatch refused the job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has shards 0 to %1; there is no shard %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 is not the one the plan was made with: its files&apos; hash is %2, the plan&apos;s %3. Make a new plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shard was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shard plan in %1 was made for another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting shards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped while running (killed or cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model manifest %1 is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a catalogue model or a file in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1: check that you may write to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not installed in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To convert by hand: %1 (then run &quot;trapline-cli models convert %2 %3 --python ~/.venv-trapline/bin/python&quot; to do it for you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a detector needs a box decoder (yolov5, ultralytics, yolov10, rt-detr, darknet-yolo, fastestdet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the yolov10 decoder expects [batch, boxes, 6] (x1, y1, x2, y2, score, class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rt-detr decoder expects [batch, queries, 4 + %1 classes = %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot run the conversion: it lacks PyTorch or %4&apos;s code%2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;download.size_text&quot; must be a text such as &quot;268 MB&quot; or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input.layout must be &quot;NCHW&quot; or &quot;NHWC&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the speciesnet decoder needs SpeciesNet labels (uuid;class;order;family;genus;species;common name), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a classifier&apos;s decoder must be &quot;logits&quot;, &quot;probabilities&quot; or &quot;speciesnet&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the SpeciesNet geofence %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SpeciesNet geofence %1 is not valid JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country code &quot;%1&quot; is not an ISO 3166-1 alpha-3 code (three letters, e.g. KEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region code &quot;%1&quot; is not a two-letter first-level region (e.g. the US state CA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SpeciesNet label (7 fields separated by &apos;;&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SpeciesNet ensemble needs at least one class with its score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the SpeciesNet taxonomy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::IngestText</name>
    <message>
        <source>Checking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing files with their import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its size changed from %1 to %2 bytes since it was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content changed since it was imported (same size, different bytes: edited or overwritten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no image folder %1. &apos;trapline-cli check&apos; lists its folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already one of the project&apos;s image folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 images of %2 are in %3 (an image is recognised by its content, not its name or size). Pick the folder that holds the same sub-folders as the old one (for example the card&apos;s root, not a folder above or below it). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot relink %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the frame times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no deployment %1; `trapline-cli info PROJECT` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the frame times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern names %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; must name the year, month, day, hour and minute (YYYY, MM, DD, hh, mm; ss and fff are optional), for example *__YYYY-MM-DD__hh-mm-ss*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file name of this deployment matches &quot;%1&quot; (for example %2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be read; check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such folder; check the path and that the card or disk is mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and run the import again: everything imported so far is saved and will be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: %1. Everything imported so far is saved; run the import again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no import to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last import finished; there is nothing to resume.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::JobScheduler</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: starts when the project&apos;s running job ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: starts when another job ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current batch...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ProjectText</name>
    <message>
        <source>Synthetic camera-trap options are invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check that you may write to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the synthetic image %1: %2. Check free memory, or try a smaller width and height.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the disk has free space and the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not generate synthetic images in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (%2); the disk may be full. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Check that the disk is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made: %1 is a folder. Choose a file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made: the folder %1 does not exist. Choose an existing folder, or create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made: the unfinished copy %1 of an earlier backup cannot be removed. Delete it, or check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2. Check that the folder is writable, or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was not made: the disk is full. Free some space and try again; the project itself was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was not made: %2. The project itself was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made: the file %1 is there already and cannot be replaced. Choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be moved into place at %1. Check that the folder is writable, or choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot overwrite the project itself; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude %1 is outside -90..90 (decimal degrees, WGS84; south is negative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude %1 is outside -180..180 (decimal degrees, WGS84; west is negative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinate uncertainty is a distance in whole metres, at least 1 (it was %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera height is in metres above the ground, 0 or more (it was %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UTC offset %1 is outside -12:00..+14:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deployment %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deployment &quot;%1&quot; in %2. See the names with: trapline-cli deployments list %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the deployment properties (nothing was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and try again; nothing already saved was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it instead, or choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project at %1. Create one with &quot;trapline-cli init %1&quot; or File &gt; New Project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Trapline project (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version&apos;s project format, but no backup could be made first, so it was not changed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Trapline project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Trapline (project format %2; this version reads up to %3). Install the newer Trapline to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the project&apos;s contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sequence %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the frames of sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no media %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read media %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list import problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No thumbnails have been made yet (%1 is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the thumbnail cache %1: %2. It can be deleted safely; it will be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not an ISO 3166-1 alpha-3 code: three capital letters, such as KEN or USA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not a first-level region code: two capital letters or digits, such as CA for California.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the country of the region %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ReidText</name>
    <message>
        <source>Cannot list individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the sightings of individual %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the individual a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no individual %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The individual was not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick two different individuals to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the individuals to merge is not in this project any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The individuals were not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the sightings that show the other animal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new individual a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sighting %1 is not one of this individual&apos;s; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The individual was not split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit of individuals was not undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit of individuals was not redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be decoded; the file is damaged or not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be decoded (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no box %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read box %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposing individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposing was cancelled; the earlier proposals are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot propose individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No box has an individual yet: give a few sightings their individual first (the label panel&apos;s Individual), then propose matches for the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching keypoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the proposed matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejection was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejection was not taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No images in %1: it must hold one sub-folder of images per individual (optionally under train/ and test/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding keypoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing embeddings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ReviewText</name>
    <message>
        <source>Cannot read the labels of sequence %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels of sequence %1 were not restored: the disk is full. Free some space and try again; nothing already saved was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore the labels of sequence %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an observation type (use one of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an animal can have a species.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label was not saved: the disk is full. Free some space and try again; nothing already saved was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no media %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media %1 belongs to no sequence yet; run the import again to group it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read media %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no box %1 in this project (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read box %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sequence %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sequence has no machine label to accept. Run a model on it first (Models &gt; Run Models), or label it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box is too small; drag a larger one around the animal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box is too small; make it larger or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read sequence %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the project&apos;s species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no taxon %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read taxon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a species name (scientific or common).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the species &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the quick keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the quick keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the individual a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the individual &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deployment named &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sequence %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to check out: no sequence matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: give a confidence between 0 and 1, e.g. below=0.6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a review queue. Use not-reviewed, machine-labelled, below=CONFIDENCE, disagreeing, empty, conflicts, species=NAME or deployment=NAME, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the reviewer who takes the part (--reviewer NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file the part is written to (--out PART.trapline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another file for the part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1; the project was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check out a part of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in of %1&apos;s part: %2 sequences took the reviewer&apos;s labels, %3 are in the Conflicts queue, %4 were left as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to check in from %1&apos;s part; the project was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxa added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxa merged by name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individuals merged by name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the project itself, not a part checked out of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a part checked out for review (it records no check-out); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was checked out of another project, not of %2. Check it in to the project it came from; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-out %1 that %2 belongs to is not recorded in %3; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check in %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conflict %1 in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict %1 was already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict %1 was not resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict %1 was not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::TrainingText</name>
    <message>
        <source>Cannot list the trained models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the new model version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the active model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the active model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the confirmed labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no confirmed labels to train on. Review some sequences first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no individuals with two or more sightings. Confirm some matches first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the labels for training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training example for 1 class: %1. The model could never predict it. Relink missing images (trapline-cli check), label more sequences of it, or train without it (trapline-cli train --allow-missing-classes; in Train Model, &quot;Leave out classes without training examples&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training example for %1 classes: %2. The model could never predict them. Relink missing images (trapline-cli check), label more sequences of them, or train without them (trapline-cli train --allow-missing-classes; in Train Model, &quot;Leave out classes without training examples&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the checkpoint in %1: %2. Check that the disk has room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the new head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training was cancelled after epoch %1; run it again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfrozen stage needs to know which layers to train: name their parameter prefixes (e.g. &quot;stage4&quot;) with --unfreeze, or as &quot;unfreeze&quot; in the base model&apos;s manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No parameter of the base model starts with %1: check the &quot;unfreeze&quot; names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the unfrozen layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds another training (other options, data or base model). Choose an empty folder, or the same options to resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds the finished model of this training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a TorchScript model: fine-tuning needs one (export the model with torch.jit.script or torch.jit.trace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the TorchScript model %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model %1 has no method or layer &quot;%2&quot;. Name the method (or the submodule) that returns features in its manifest as &quot;feature_method&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a classifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the new model in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the image %1. Run &quot;Check Project&quot; to find moved or missing files, or relink the image folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training was cancelled while computing features; run it again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1. Check that the disk has room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training a classifier needs at least two classes with training examples, some validation examples (to choose the epoch) and some test examples (to measure the result) (found %1 classes, %2 training, %3 validation and %4 test examples). Label more sequences, lower the minimum per class, or raise the validation or test share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training an embedder needs at least two individuals with two or more sightings on each side (found %1 for training, %2 for validation, %3 for test). Confirm more individuals.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::AdjustTimesDialog</name>
    <message>
        <source>Adjust Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera&apos;s clock was wrong: &amp;shift every frame by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The times are in the file &amp;names, in this pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+HH:MM:SS moves the times later, -HH:MM:SS earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY MM DD hh mm ss stand for the parts of the time, * for any text; camtrapR&apos;s renamed files (StationA__2009-04-21__00-40-00(1).JPG) match *__YYYY-MM-DD__hh-mm-ss*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment&apos;s sequences are regrouped afterwards; labels are kept. Edit &gt; Undo puts the times back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every frame of the deployment moves by %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the shift as +HH:MM:SS or -HH:MM:SS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → does not match (keeps its time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::DeploymentListModel</name>
    <message>
        <source>All deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 sequences, %3 not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 media in %3 sequences
Folder: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::DeploymentPropertiesDialog</name>
    <message>
        <source>e.g. Waterhole north</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal degrees, -90 to 90 (south is negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decimal degrees, -180 to 180 (west is negative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metres, e.g. 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Europe/Paris, or +02:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Reconyx HyperFire 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metres above the ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone the camera&apos;s clock was set to (follows daylight saving time), or its fixed offset from UTC. Exports stamp the camera&apos;s times with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;atitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate &amp;uncertainty (m):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone or UTC offset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera &amp;height (m):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no deployments yet: import a folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude must be a number of decimal degrees, such as -2.33.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude must be a number of decimal degrees, such as 34.83.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coordinate uncertainty must be a whole number of metres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera height must be a number of metres, such as 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-3, e.g. KEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CA for a US state; optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpeciesNet names only species known to live in this country (and region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camtrap DP data package (GBIF, Agouti, camtrapR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO Camera Traps JSON (LILA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MegaDetector results JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, one row per observation (Timelapse-style)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training set: crops in class folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include machine labels not yet reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: only labels a person made or confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole frames instead of box crops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first frame of each sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames of a burst are near copies; one per sequence avoids over-counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of empty frames kept: empties outnumber animals in most projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment (camera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames of one group never sit on both sides of the split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of groups held out for validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of groups held out for a final test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;empty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest &amp;side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation and test together must leave data for training.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::FrameStripModel</name>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This frame has its own label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this frame: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::ImageView</name>
    <message>
        <source>Wheel: zoom, drag: pan, B or Ctrl+drag: draw a box, F: fit, M: magnifier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::IndividualsDialog</name>
    <message>
        <source>Individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sightings of the individual, oldest first; select some to split them off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name an individual before its first sighting is labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected individual another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected individual is the same animal as another: join their sightings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split Off...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected sightings show another animal: make them a new individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sighting(s)</source>
        <translation>
            <numerusform>%n sighting</numerusform>
            <numerusform>%n sightings</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same animal as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the sightings that show the other animal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the other animal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::JobsPanel</name>
    <message>
        <source>%1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove finished jobs from this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current batch...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1. Run it again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current batch; everything done so far is kept, and running the job again resumes it. A queued job is removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::LabelPanel</name>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Species: type to search, Enter to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scientific or common name. A name the project does not know yet is added.
Enter applies it to the selected box, or else to the whole sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Species:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many animals; leave at &quot;not counted&quot; if you do not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The known individual this animal is, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a new individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour, marks, anything worth keeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of every frame of the sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add species to sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second species in the same sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This frame only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This frame differs from its sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of the selected box only (multi-species frames)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in any frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The animal has left this frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame follows sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this frame&apos;s own label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept machine label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm what the model said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels are right; mark it reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit quick keys...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the species of keys 1 to 9 for this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sequence selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n frame(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n frame</numerusform>
            <numerusform>%1 · %2 · %n frames</numerusform>
        </translation>
    </message>
    <message>
        <source>not labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (its own label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows the sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows the sequence; check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none selected (B draws one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time from the file, not the camera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::MainWindow</name>
    <message>
        <source>Trapline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty project file to import camera folders into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the images of a camera folder or SD card; run it again to add only new files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Trapline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Trapline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Trapline %1&lt;/b&gt;&lt;p&gt;Review, label and re-identify camera-trap images.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cameras and sites; pick one to see its sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Trapline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trapline projects (*.trapline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a camera folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open. Create one with File &gt; New Project, or open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 media, %2 sequences, %3 deployments, %4 with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Models...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-label species with your detector and classifier, and compute re-ID features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new image(s), %1 with problems, %2 already imported</source>
        <translation>
            <numerusform>%n new image, %1 with problems, %2 already imported</numerusform>
            <numerusform>%n new images, %1 with problems, %2 already imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Run models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images on %2: %3 detections, %4 frames flagged for review, %5 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Labels...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in labels made elsewhere: Camtrap DP, COCO Camera Traps, MegaDetector results, CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camtrap DP, COCO Camera Traps, MegaDetector JSON, CSV or a training set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camtrap DP package (datapackage.json);;COCO Camera Traps (*.json);;MegaDetector results (*.json);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label with quick key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The species of key %1, for the whole sequence (or the selected box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Quick Keys...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a species for the sequence, the frame or the selected box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence Is &amp;Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in any frame of this sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frame Is Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The animal has left this frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame &amp;Follows Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this frame&apos;s own label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Machine Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the model&apos;s label of the sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewed As It Is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels are right: mark the sequence reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a &amp;Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a box around one animal (or Ctrl+drag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Selected Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s box is deleted, a machine box is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;Unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next sequence in the list that no person has reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Fra&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Fr&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Magnifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loupe under the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Brightness and Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences: Up/Down to move, Space for the next unreviewed one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time Trapline starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last sequence in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first sequence in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unreviewed sequence after this one in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the project, as it is now, into its backups folder beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare every box without an individual with the confirmed sightings (embeddings from your re-ID model), in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;Individuals...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm or reject the proposed individuals side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose individual matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proposals for %2 sightings, from %3 confirmed sightings of %4 individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;opose Individual Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indi&amp;viduals...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s individuals and their sightings: rename, merge, split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train Model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine-tune the species classifier or the re-ID embedder on your corrected labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position, camera and clock (time zone) of a deployment: a Camtrap DP export needs them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust &amp;Times...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a camera clock that was set wrong, or read the times from the file names</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>available, %n device(s)</source>
        <translation>
            <numerusform>available, %n device</numerusform>
            <numerusform>available, %n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Models run with: BLAS %1 (%2); LibTorch %3 with %4 threads on %5 cores; OpenCV %6 threads (%7); CUDA %8.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Models run about ten times slower than they could:&lt;/b&gt; the reference BLAS is in use. Install OpenBLAS with &lt;code&gt;%1&lt;/code&gt; and restart Trapline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) have no camera time: they are timed by their files and grouped only where their names run consecutively (%1 sequences). Deployments &gt; Adjust Times can read times from the file names or correct a camera clock.</source>
        <translation>
            <numerusform>%n frame has no camera time: it is timed by its file and grouped only where the names run consecutively (%1 sequences). Deployments &gt; Adjust Times can read times from the file names or correct a camera clock.</numerusform>
            <numerusform>%n frames have no camera time: they are timed by their files and grouped only where their names run consecutively (%1 sequences). Deployments &gt; Adjust Times can read times from the file names or correct a camera clock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) where a model failed before were skipped: tick &quot;Retry media where a model failed before&quot; in Run Models to try them again.</source>
        <translation>
            <numerusform>%n image where a model failed before was skipped: tick &quot;Retry media where a model failed before&quot; in Run Models to try it again.</numerusform>
            <numerusform>%n images where a model failed before were skipped: tick &quot;Retry media where a model failed before&quot; in Run Models to try them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The format of %1 is not known. Choose one of the formats in the file dialog&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n frame time(s) changed</source>
        <translation>
            <numerusform>%n frame time changed</numerusform>
            <numerusform>%n frame times changed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is queued: it starts when the job before it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (queued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: starts when the project&apos;s running job ends. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: see the Jobs panel for its progress; another request is queued. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo or redo &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sequences (%2 images) checked out to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Out for Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequences the list shows go to one reviewer.
Reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Out for Review...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of this project for one reviewer to label elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;In...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a reviewer&apos;s part back; sequences changed on both sides go to the Conflicts queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;Library...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download, convert and remove the published camera-trap models (MegaDetector, SpeciesNet, DeepFaune, MegaDescriptor...)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::MatchReviewDialog</name>
    <message>
        <source>Match individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous sighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposed matches are waiting. Run Review &gt; Propose Individual Matches after an embedder has run, or once more sightings have individuals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sighting %1 of %2 (box %3)  ↔  candidate %4 of %5: &lt;b&gt;%6&lt;/b&gt;, score %7 (%8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sighting shows an individual not seen before. Its name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::ModelLibraryDialog</name>
    <message>
        <source>Model Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published camera-trap models Trapline knows. Downloads go to %1 and run in the background (see the Jobs panel); a download that is cut off continues where it stopped when you download again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the publisher&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the same file from another address; the publisher&apos;s checksum still applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mirror:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the file into the models folder and check it against the publisher&apos;s checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;File I Already Have...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a copy you downloaded before and copy it into the models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the published checkpoint into a TorchScript model Trapline runs, then check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the downloaded file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To convert by hand (where Trapline finds no Python with PyTorch), run these commands in a terminal, in Trapline&apos;s source folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, must accept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading, %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted, ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly downloaded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no direct download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 terms)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: you must accept it before downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no confirmed address. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>listed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipe &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read and accept the licence of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trapline has no conversion recipe for this model yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mirror &quot;%1&quot; is not an http:// or https:// address: correct it, or empty the field to download from the publisher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is published under %2 (%3 terms). Read the licence, tick &quot;I have read and accept the licence&quot;, then download again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is installed in %2 (%3; its publisher gives no checksum to check it against).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is installed in %2 (%3, %4 verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert it to run it in Trapline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download %1 first, or use a file you already have: the conversion starts from the published file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversion of %1 made %2, but the model does not pass its check: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is converted and checked: a %2 with %n class(es), input %3x%4. Run Models lists it by its name.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: see the Jobs panel for its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::ReviewPane</name>
    <message>
        <source>Frames of this sequence: Left/Right to move between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the individual:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loupe under the mouse (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a box around one animal (B, or Ctrl+drag at any time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brighten dark night shots; double-click Reset to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More contrast for washed-out or infrared frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brightness and contrast back to the image as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a sequence on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a project to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a species first (press / to search), or use a quick key 1-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a box first (click it), or draw one with B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick key %1 has no species yet: set it under Review &gt; Quick Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a box to delete (click it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a box around one animal; Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box added: press 1-9 or / to name its species.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits %2 species (%3): pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here and in %1&apos;s part. Here: %2. %1: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::ReviewQueuePanel</name>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences no person has labelled or marked reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-labelled only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences with a model&apos;s label that no person has checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine less sure than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences whose best machine label is below this confidence: check these first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames disagree with sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frame&apos;s prediction differs from its sequence (often: the animal has left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled empty by a person, or by the machine where no person has labelled it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Species:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any species)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(any individual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences a check-in found changed both here and in a reviewer&apos;s part: pick one version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::RunModelsDialog</name>
    <message>
        <source>Run Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds animals, people and vehicles and draws their boxes (MegaDetector, a YOLO model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Species classifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names the species in each animal box, or in the whole frame without a detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-ID embedder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes the features that propose individual matches (needs a detector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;evice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per forward pass: larger is faster on a GPU, uses more memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model manifests (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least a detector or a species classifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try media where a model failed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this, media on which a model failed (a damaged file, an error of the model) are skipped, so that a run does not fail on them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a S&amp;lurm Cluster...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the media into shards and run them as a Slurm job array on a cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the installed models to run: a detector, a species classifier, a re-ID embedder. Models &gt; Model Library downloads and converts the published ones; &quot;Add Manifest&quot; takes a model of your own (.json). Media already processed by the same model version are skipped, so a cancelled run resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The models in your models folders and those that ship with Trapline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Manifest...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): not ready. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a detector, classifier or embedder (its &quot;kind&quot; is &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::SequenceListModel</name>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-labelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%n frame(s)</source>
        <translation>
            <numerusform>%1
%n frame</numerusform>
            <numerusform>%1
%n frames</numerusform>
        </translation>
    </message>
    <message>
        <source>Sequence %1: %2 frames, grouped by %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · no camera time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera time: the time shown is the file&apos;s, which a copy may have set. Frames are grouped only where their names run consecutively. Deployments &gt; Adjust Times can read times from the file names or correct a camera clock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written with every label you make (&quot;classified by&quot;) and in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next sequence after labelling one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick keys of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>species for key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per core (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads that run the models&apos; computations. Fewer leave cores free for other work; more than the cores slows the models down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &amp;threads:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::ShortcutHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::SideBySideView</name>
    <message>
        <source>Wheel: zoom both images together</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::SlurmRunDialog</name>
    <message>
        <source>Run Models on a Slurm Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media are split into shards, one per task of a Slurm job array; each task runs the models over its shard. Collect imports the finished shards into the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shards (array tasks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cluster&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. gpu:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GPUs (gres):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM:SS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time limit per task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Script...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmit with sbatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ollect Finished Shards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Plan %1: %n media in %2 shards, in %3. Submit the script on the cluster (sbatch %4), then collect.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>sbatch is not on this computer&apos;s PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted as job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect Slurm shards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shards imported: %1 (before: %2); running: %3; missing: %4; failed: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::TrainingDialog</name>
    <message>
        <source>Train Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Species classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual re-ID embedder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The classifier learns the species of your confirmed labels; the embedder learns to tell your named individuals apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest of a TorchScript model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model to start from: its manifest names the method that returns features (&quot;feature_method&quot;) and, for the unfrozen stage, its last blocks (&quot;unfreeze&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model manifests (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 1: epochs of the new head on the frozen features. Features are computed once and cached, so this stage is quick even on a CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head &amp;epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage 2: epochs that also train the base model&apos;s last blocks, at a lower learning rate, on freshly augmented images. Slower; 0 skips it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unfrozen epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated parameter name prefixes to train in stage 2, e.g. &quot;stage4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfree&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate of the head (AdamW with warm-up, then cosine decay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per training step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batc&amp;h size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flips, rotations, shifts, zoom, brightness and contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random changes that keep the label, so the model sees more variety than the photos hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Augment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight rare classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without balancing, a model trained on mostly empty frames learns to say &quot;empty&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class &amp;balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment (camera)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validation share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first labelled frame of each sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of empty frames kept: 0.1 keeps one in ten, so empties do not drown the species.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty frames kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes with fewer examples are left out (and listed in the report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum per class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held-out individuals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the new model active when done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops after the current step. Start again with the same options to resume after the last finished epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a base model and start. The project is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Models will use the new model by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Selected &amp;Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAP@R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macro-F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the manifest of the model to start from (Browse...). See the user guide, &quot;Fine-tuning&quot;, for what it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the project, reading the confirmed labels and computing features...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1 (stage %2): %3 images/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Resumed after epoch %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Model: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;br&gt;Report and plots: &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. The new model is version %1 of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Resume the unfinished training of %1 (%n epoch(s) done)</source>
        <translation>
            <numerusform>&amp;Resume the unfinished training of %1 (%n epoch done)</numerusform>
            <numerusform>&amp;Resume the unfinished training of %1 (%n epochs done)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before its model was saved; continues after its last finished epoch, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Counting the confirmed labels...&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left out by the class shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 individuals with too few sightings are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No confirmed labels yet: review some sequences first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No individuals with two or more sightings yet: confirm some matches first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out classes without training examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class whose training images went missing would be an answer the model never learns: training refuses to start, unless this leaves such classes out (the report lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, &lt;b&gt;not validated&lt;/b&gt; (no %1 on the validation side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 examples, under the minimum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no training example: its images may be missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training would be refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: the training starts when the project&apos;s running job ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation (chooses the epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation individuals (choose the epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames of one visit (a camera&apos;s frames closer than the visit gap), of one sequence, or of one camera stay on one side of the split, so the figures are not flattered by near-identical frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames of one camera at most this many seconds apart are one visit, whatever the sequence gap cut them into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit &amp;gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of visits (sequences, cameras; for the embedder, individuals) kept for validation, which chooses the best epoch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of visits (sequences, cameras) kept for test: the reported figures are measured there, on examples no choice has seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of individuals kept out of training and of every choice, for test: the figures measure animals the embedder never saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 examples&lt;/b&gt;: %2 for training, %3 for validation (chooses the epoch), %4 for test (the reported figures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 / %3 / %4 %5, %6 / %7 / %8 examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, &lt;b&gt;not validated&lt;/b&gt; (only one %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, &lt;b&gt;not tested&lt;/b&gt; (only two %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, &lt;b&gt;not tested&lt;/b&gt; (no %1 on the test side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per class (training / validation / test):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 sightings of %2 individuals&lt;/b&gt;: %3 individuals for training, %4 for validation, %5 held out for test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New classifier: test accuracy %1, macro-F1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New embedder: test individuals MAP@R %1, top-1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 training, %2 validation and %3 test examples; best epoch %4, chosen on the validation split (%5).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Accuracy %1, macro-F1 %2&lt;/b&gt; on the test split, which no choice has seen.&lt;br&gt;On the same test split: nearest class mean on the base features, accuracy %3, macro-F1 %4; always the most common training class (%5), accuracy %6.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Validation split at the best epoch: accuracy %1, macro-F1 %2 (the epoch was chosen on it, so these flatter the model).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Previous version on the same test split: accuracy %1, macro-F1 %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per class, on the test split:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Test individuals (never trained on, no choice made on them): &lt;b&gt;MAP@R %1 &amp;rarr; %2&lt;/b&gt;, top-1 %3 &amp;rarr; %4 (base features &amp;rarr; fine-tuned).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Validation individuals at the best epoch: MAP@R %1, top-1 %2 (the epoch was chosen on them).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Previous version on the same test individuals: MAP@R %1, top-1 %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: accuracy %1, macro-F1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation (chosen on it): accuracy %1, macro-F1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: MAP@R %1, top-1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation (chosen on it): MAP@R %1, top-1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trapline::ui::UndoText</name>
    <message>
        <source>rename individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge individuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new individual %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift times by %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times from file names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1 to the sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label frame %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label box %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark sequence empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark frame empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame follows its sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept machine label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take %1&apos;s labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep these labels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
