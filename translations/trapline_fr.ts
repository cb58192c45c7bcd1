<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
</context>
<context>
    <name>trapline::FormatsText</name>
    <message>
        <source>Cannot write %1 (%2); the disk may be full.</source>
        <translation>Impossible d&apos;écrire %1 (%2) ; le disque est peut-être plein.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot read the project: %1</source>
        <translation>Impossible de lire le projet : %1</translation>
    </message>
    <message>
        <source>No datapackage.json in %1: give the folder of a Camtrap DP package.</source>
        <translation>Pas de datapackage.json dans %1 : indiquez le dossier d&apos;un paquet Camtrap DP.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at character %3).</source>
        <translation>%1 n&apos;est pas du JSON valide (%2 au caractère %3).</translation>
    </message>
    <message>
        <source>datapackage.json lists no &quot;%1&quot; resource; it is not a Camtrap DP package.</source>
        <translation>datapackage.json ne déclare aucune ressource « %1 » ; ce n&apos;est pas un paquet Camtrap DP.</translation>
    </message>
    <message>
        <source>The package in %1 does not follow the Camtrap DP schemas (%2 problems), so nothing was imported:
- %3</source>
        <translation>Le paquet de %1 ne suit pas les schémas Camtrap DP (%2 problèmes), donc rien n&apos;a été importé :
- %3</translation>
    </message>
    <message>
        <source>The deployment %1 of this package is in the project already; nothing was imported.</source>
        <translation>Le déploiement %1 de ce paquet est déjà dans le projet ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Importing the package failed and changed nothing: %1</source>
        <translation>L&apos;importation du paquet a échoué et n&apos;a rien changé : %1</translation>
    </message>
    <message>
        <source>date-time with a time zone</source>
        <translation>date et heure avec un fuseau horaire</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>objet JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>« %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation>%1 est hors de %2..%3</translation>
    </message>
    <message>
        <source>%1: the required column %2 is missing</source>
        <translation>%1 : la colonne obligatoire %2 manque</translation>
    </message>
    <message>
        <source>%1: the column %2 is not in the schema</source>
        <translation>%1 : la colonne %2 n&apos;est pas dans le schéma</translation>
    </message>
    <message>
        <source>%1 line %2: %3 is required</source>
        <translation>%1 ligne %2 : %3 est obligatoire</translation>
    </message>
    <message>
        <source>%1 line %2: %3 %4</source>
        <translation>%1 ligne %2 : %3 %4</translation>
    </message>
    <message>
        <source>%1 line %2: %3 &quot;%4&quot; is not unique</source>
        <translation>%1 ligne %2 : %3 « %4 » n&apos;est pas unique</translation>
    </message>
    <message>
        <source>1 field</source>
        <translation>1 champ</translation>
    </message>
    <message>
        <source>%1 fields</source>
        <translation>%1 champs</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; save the file as &quot;CSV UTF-8&quot; and try again</source>
        <translation>la ligne %1 n&apos;est pas du texte UTF-8 ; enregistrez le fichier en « CSV UTF-8 » et réessayez</translation>
    </message>
    <message>
        <source>the file is empty; a header line naming the columns is needed</source>
        <translation>le fichier est vide ; une ligne d&apos;en-tête nommant les colonnes est nécessaire</translation>
    </message>
    <message>
        <source>line %1: unterminated quoted field (its closing &quot; is missing)</source>
        <translation>ligne %1 : champ entre guillemets non terminé (son &quot; fermant manque)</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field; a quote inside a quoted field must be written twice (&quot;&quot;)</source>
        <translation>ligne %1 : du texte après le guillemet fermant d&apos;un champ ; un guillemet à l&apos;intérieur d&apos;un champ entre guillemets doit être écrit deux fois (&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1 has %2, the header has %3</source>
        <translation>la ligne %1 a %2, l&apos;en-tête en a %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing</source>
        <translation>la colonne « %1 » manque</translation>
    </message>
    <message>
        <source> (also accepted: %1)</source>
        <translation> (également acceptées : %1)</translation>
    </message>
    <message>
        <source>; the header has %1</source>
        <translation> ; l&apos;en-tête a %1</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>la colonne %1 manque</translation>
    </message>
    <message>
        <source>the columns %1 are missing</source>
        <translation>les colonnes %1 manquent</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1 : %2. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>line %1: the file name is empty</source>
        <translation>ligne %1 : le nom de fichier est vide</translation>
    </message>
    <message>
        <source>line %1: observation type &quot;%2&quot; is not one of %3</source>
        <translation>ligne %1 : le type d&apos;observation « %2 » ne fait pas partie de %3</translation>
    </message>
    <message>
        <source>line %1: an empty image cannot have the species &quot;%2&quot;</source>
        <translation>ligne %1 : une image vide ne peut pas avoir l&apos;espèce « %2 »</translation>
    </message>
    <message>
        <source>line %1: count &quot;%2&quot; is not a whole number</source>
        <translation>ligne %1 : l&apos;effectif « %2 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>line %1: count &quot;%2&quot; is negative</source>
        <translation>ligne %1 : l&apos;effectif « %2 » est négatif</translation>
    </message>
    <message>
        <source>line %1: count %2 for an empty image (no species); give the species or leave the count empty</source>
        <translation>ligne %1 : effectif %2 pour une image vide (sans espèce) ; indiquez l&apos;espèce ou laissez l&apos;effectif vide</translation>
    </message>
    <message>
        <source>The CSV export stopped: %1</source>
        <translation>L&apos;export CSV s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <source>. Nothing was imported.</source>
        <translation>. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Importing %1 failed and changed nothing: %2</source>
        <translation>L&apos;importation de %1 a échoué et n&apos;a rien changé : %2</translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation> Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was changed.</source>
        <translation>%1 : %2. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 has none of the columns locationName, latitude, longitude, coordinateUncertainty, cameraModel, cameraHeight, timezone, utcOffset: there is nothing to import. Nothing was changed.</source>
        <translation>%1 n&apos;a aucune des colonnes locationName, latitude, longitude, coordinateUncertainty, cameraModel, cameraHeight, timezone, utcOffset : il n&apos;y a rien à importer. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 ligne %2</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is not a number (write decimals with a point: 52.7).</source>
        <translation>%1 : %2 « %3 » n&apos;est pas un nombre (écrivez les décimales avec un point : 52.7).</translation>
    </message>
    <message>
        <source>%1: coordinateUncertainty &quot;%2&quot; is not a whole number of metres.</source>
        <translation>%1 : coordinateUncertainty « %2 » n&apos;est pas un nombre entier de mètres.</translation>
    </message>
    <message>
        <source>
Nothing was changed; fix the file and import it again.</source>
        <translation>
Rien n&apos;a été modifié ; corrigez le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 deployments, %2 media, %3 observations in %4 events</source>
        <translation>%1 déploiements, %2 médias, %3 observations dans %4 événements</translation>
    </message>
    <message>
        <source>
Warnings:
- </source>
        <translation>
Avertissements :
- </translation>
    </message>
    <message>
        <source>%1 images, %2 annotations</source>
        <translation>%1 images, %2 annotations</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 images</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>%1 examples of %2 classes (train %3, validation %4, test %5)%6</source>
        <translation>%1 exemples de %2 classes (entraînement %3, validation %4, test %5)%6</translation>
    </message>
    <message>
        <source>; %1 images could not be read</source>
        <translation> ; %1 images n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>Format d&apos;export inconnu.</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>L&apos;export s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <source>The labels were not imported: %1</source>
        <translation>Les annotations n&apos;ont pas été importées : %1</translation>
    </message>
    <message>
        <source>%1 deployments, %2 media, %3 observations, %4 events</source>
        <translation>%1 déploiements, %2 médias, %3 observations, %4 événements</translation>
    </message>
    <message>
        <source>%1 annotations (%2 boxes) for %3 of %4 images</source>
        <translation>%1 annotations (%2 cadres) pour %3 images sur %4</translation>
    </message>
    <message>
        <source>%1 detections for %2 of %3 images</source>
        <translation>%1 détections pour %2 images sur %3</translation>
    </message>
    <message>
        <source>labels imported from %1</source>
        <translation>annotations importées de %1</translation>
    </message>
    <message>
        <source>Labels cannot be imported from the %1 format.</source>
        <translation>Les annotations ne peuvent pas être importées depuis le format %1.</translation>
    </message>
    <message>
        <source>%1 is not a valid MegaDetector results file: %2 %3. Nothing was imported.</source>
        <translation>%1 n&apos;est pas un fichier de résultats MegaDetector valide : %2 %3. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation>doit être un nombre de 0 à 1</translation>
    </message>
    <message>
        <source>must be 4 numbers [x, y, width, height]</source>
        <translation>doit être 4 nombres [x, y, largeur, hauteur]</translation>
    </message>
    <message>
        <source>lies outside the image (values must be fractions of the width and height)</source>
        <translation>sort de l&apos;image (les valeurs doivent être des fractions de la largeur et de la hauteur)</translation>
    </message>
    <message>
        <source>must be [class id from classification_categories, confidence]</source>
        <translation>doit être [id de classe de classification_categories, confiance]</translation>
    </message>
    <message>
        <source>at character %1:</source>
        <translation>au caractère %1 :</translation>
    </message>
    <message>
        <source>is missing or not a list</source>
        <translation>manque ou n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manque</translation>
    </message>
    <message>
        <source>%1 was imported into this project already.</source>
        <translation>%1 a déjà été importé dans ce projet.</translation>
    </message>
    <message>
        <source>There are no results of model %1 in this project.</source>
        <translation>Il n&apos;y a aucun résultat du modèle %1 dans ce projet.</translation>
    </message>
    <message>
        <source>Cannot read the detections: %1</source>
        <translation>Impossible de lire les détections : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2); the disk may be full. Nothing was changed.</source>
        <translation>Impossible d&apos;écrire %1 (%2) ; le disque est peut-être plein. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The validation and test shares must be between 0 and 1 and leave room for training.</source>
        <translation>Les parts de validation et de test doivent être entre 0 et 1 et laisser de la place pour l&apos;entraînement.</translation>
    </message>
    <message>
        <source>No labelled images to export%1.</source>
        <translation>Aucune image annotée à exporter%1.</translation>
    </message>
    <message>
        <source> (only reviewed labels were asked for)</source>
        <translation> (seules les annotations vérifiées étaient demandées)</translation>
    </message>
    <message>
        <source>Writing the training set</source>
        <translation>Écriture du jeu d&apos;entraînement</translation>
    </message>
    <message>
        <source>Cannot create folders in %1.</source>
        <translation>Impossible de créer des dossiers dans %1.</translation>
    </message>
    <message>
        <source>Observation %1 has a box on %2, but the project does not know that image&apos;s size in pixels, which COCO boxes are measured in. Re-import the image so that its size is read, or remove the box. Nothing was exported.</source>
        <translation>L&apos;observation %1 a un cadre sur %2, mais le projet ne connaît pas la taille en pixels de cette image, dans laquelle les cadres COCO sont mesurés. Importez à nouveau l&apos;image pour que sa taille soit lue, ou retirez le cadre. Rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>The COCO Camera Traps export stopped: %1</source>
        <translation>L&apos;export COCO Camera Traps s&apos;est arrêté : %1</translation>
    </message>
    <message>
        <source>is measured on a %1 x %2 image (images[%3]), but %4 is %5 x %6 pixels (upright) in the project, so the box would land in the wrong place</source>
        <translation>est mesuré sur une image de %1 x %2 (images[%3]), mais %4 fait %5 x %6 pixels (redressée) dans le projet, donc le cadre serait mal placé</translation>
    </message>
    <message>
        <source>cannot be placed: neither the file nor the project knows the size of %1 in pixels</source>
        <translation>ne peut pas être placé : ni le fichier ni le projet ne connaissent la taille de %1 en pixels</translation>
    </message>
    <message>
        <source>[%1, %2, %3, %4] lies outside %5 (%6 x %7 pixels)</source>
        <translation>[%1, %2, %3, %4] sort de %5 (%6 x %7 pixels)</translation>
    </message>
    <message>
        <source>%1 does not fit this project: annotations[%2].bbox %3. Nothing was imported.</source>
        <translation>%1 ne correspond pas à ce projet : annotations[%2].bbox %3. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is not valid COCO Camera Traps JSON: %2 %3. Nothing was imported.</source>
        <translation>%1 n&apos;est pas du JSON COCO Camera Traps valide : %2 %3. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>le niveau supérieur</translation>
    </message>
    <message>
        <source>must be an object with &quot;images&quot;, &quot;categories&quot; and &quot;annotations&quot;</source>
        <translation>doit être un objet avec &quot;images&quot;, &quot;categories&quot; et &quot;annotations&quot;</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>is missing (it must be a string or a whole number)</source>
        <translation>manque (il doit être une chaîne ou un nombre entier)</translation>
    </message>
    <message>
        <source>must be a whole number of pixels</source>
        <translation>doit être un nombre entier de pixels</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>%1 is the id of another category too</source>
        <translation>%1 est aussi l&apos;id d&apos;une autre catégorie</translation>
    </message>
    <message>
        <source>must be a string or a whole number</source>
        <translation>doit être une chaîne ou un nombre entier</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be the id of one of the categories</source>
        <translation>doit être l&apos;id de l&apos;une des catégories</translation>
    </message>
    <message>
        <source>%1 is not in categories</source>
        <translation>%1 n&apos;est pas dans categories</translation>
    </message>
    <message>
        <source>must be 4 numbers [x, y, width, height] in pixels</source>
        <translation>doit être 4 nombres [x, y, largeur, hauteur] en pixels</translation>
    </message>
    <message>
        <source>has a negative width or height</source>
        <translation>a une largeur ou une hauteur négative</translation>
    </message>
    <message>
        <source>must be a whole number from 0 up</source>
        <translation>doit être un nombre entier à partir de 0</translation>
    </message>
    <message>
        <source>is %1 for the category &quot;%2&quot; (an empty image)</source>
        <translation>vaut %1 pour la catégorie « %2 » (une image vide)</translation>
    </message>
</context>
<context>
    <name>trapline::InferenceText</name>
    <message>
        <source>input.width and input.height must be between 8 and 8192 pixels</source>
        <translation>input.width et input.height doivent être entre 8 et 8192 pixels</translation>
    </message>
    <message>
        <source>input.resize must be &quot;letterbox&quot; or &quot;stretch&quot;, not &quot;%1&quot;</source>
        <translation>input.resize doit être « letterbox » ou « stretch », pas « %1 »</translation>
    </message>
    <message>
        <source>input.interpolation must be &quot;auto&quot; or &quot;linear&quot;</source>
        <translation>input.interpolation doit être « auto » ou « linear »</translation>
    </message>
    <message>
        <source>input.channel_order must be &quot;RGB&quot; or &quot;BGR&quot;</source>
        <translation>input.channel_order doit être « RGB » ou « BGR »</translation>
    </message>
    <message>
        <source>input.mean must be three numbers</source>
        <translation>input.mean doit être trois nombres</translation>
    </message>
    <message>
        <source>input.std must be three non-zero numbers</source>
        <translation>input.std doit être trois nombres non nuls</translation>
    </message>
    <message>
        <source>input.decode must be &quot;reduced&quot; or &quot;full&quot;, not &quot;%1&quot;</source>
        <translation>input.decode doit être « reduced » ou « full », pas « %1 »</translation>
    </message>
    <message>
        <source>input.pad_to_stride must be a positive number of pixels, for &quot;resize&quot;: &quot;letterbox&quot; only</source>
        <translation>input.pad_to_stride doit être un nombre positif de pixels, seulement avec &quot;resize&quot;: &quot;letterbox&quot;</translation>
    </message>
    <message>
        <source>input.pad_color must be three numbers 0-255</source>
        <translation>input.pad_color doit être trois nombres de 0 à 255</translation>
    </message>
    <message>
        <source>the class list file %1 cannot be read</source>
        <translation>le fichier de liste des classes %1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>taxonomy names &quot;%1&quot;, which is not one of the classes</source>
        <translation>taxonomy nomme « %1 », qui ne fait pas partie des classes</translation>
    </message>
    <message>
        <source>taxonomy.%1.observation_type must be one of %2</source>
        <translation>taxonomy.%1.observation_type doit être l&apos;un de %2</translation>
    </message>
    <message>
        <source>an embedder&apos;s decoder must be &quot;embedding&quot;</source>
        <translation>le décodeur d&apos;un extracteur de descripteurs doit être « embedding »</translation>
    </message>
    <message>
        <source>the darknet-yolo decoder reads OpenCV DNN outputs: use &quot;backend&quot;: &quot;opencv-dnn&quot;</source>
        <translation>le décodeur darknet-yolo lit des sorties d&apos;OpenCV DNN : utilisez &quot;backend&quot;: &quot;opencv-dnn&quot;</translation>
    </message>
    <message>
        <source>Cannot read the model manifest %1: %2</source>
        <translation>Impossible de lire le manifeste du modèle %1 : %2</translation>
    </message>
    <message>
        <source>The model manifest %1 is not valid JSON (%2 at character %3).</source>
        <translation>Le manifeste du modèle %1 n&apos;est pas du JSON valide (%2 au caractère %3).</translation>
    </message>
    <message>
        <source>The model manifest %1 has problems:
- %2</source>
        <translation>Le manifeste du modèle %1 a des problèmes :
- %2</translation>
    </message>
    <message>
        <source>The model %1 returned nothing for a test image.</source>
        <translation>Le modèle %1 n&apos;a rien renvoyé pour une image de test.</translation>
    </message>
    <message>
        <source>The model %1 failed on a test image of its manifest&apos;s input size %2x%3: %4. Check input.width and input.height in %5.</source>
        <translation>Le modèle %1 a échoué sur une image de test à la taille d&apos;entrée de son manifeste, %2x%3 : %4. Vérifiez input.width et input.height dans %5.</translation>
    </message>
    <message>
        <source>OpenCV could not read the model %1</source>
        <translation>OpenCV n&apos;a pas pu lire le modèle %1</translation>
    </message>
    <message>
        <source>OpenCV could not read the model %1: %2. ONNX (.onnx) and Darknet (.cfg + .weights) files are supported by the opencv-dnn backend.</source>
        <translation>OpenCV n&apos;a pas pu lire le modèle %1 : %2. Le backend opencv-dnn prend en charge les fichiers ONNX (.onnx) et Darknet (.cfg + .weights).</translation>
    </message>
    <message>
        <source>The model %1 does not fit its manifest: its output has shape %2, but %3. Check &quot;classes&quot; and &quot;output.decoder&quot; in %4.</source>
        <translation>Le modèle %1 ne correspond pas à son manifeste : sa sortie a la forme %2, mais %3. Vérifiez &quot;classes&quot; et &quot;output.decoder&quot; dans %4.</translation>
    </message>
    <message>
        <source>it holds no values</source>
        <translation>elle ne contient aucune valeur</translation>
    </message>
    <message>
        <source>the %1 decoder expects [batch, boxes, 5 + %2 classes = %3]</source>
        <translation>le décodeur %1 attend [lot, cadres, 5 + %2 classes = %3]</translation>
    </message>
    <message>
        <source>the ultralytics decoder expects [batch, 4 + %1 classes = %2, boxes]</source>
        <translation>le décodeur ultralytics attend [lot, 4 + %1 classes = %2, cadres]</translation>
    </message>
    <message>
        <source>the fastestdet decoder expects [batch, 5 + %1 classes = %2, rows, columns]</source>
        <translation>le décodeur fastestdet attend [lot, 5 + %1 classes = %2, lignes, colonnes]</translation>
    </message>
    <message>
        <source>a classifier must output [batch, %1 classes]</source>
        <translation>un classificateur doit produire [lot, %1 classes]</translation>
    </message>
    <message>
        <source>an embedder must output [batch, dimensions]</source>
        <translation>un extracteur de descripteurs doit produire [lot, dimensions]</translation>
    </message>
    <message>
        <source>reference BLAS (libblas3, single-threaded and slow)</source>
        <translation>BLAS de référence (libblas3, monothread et lent)</translation>
    </message>
    <message>
        <source>LibTorch is using the reference BLAS (%1), which runs models on the CPU about ten times slower. Install OpenBLAS: %2</source>
        <translation>LibTorch utilise le BLAS de référence (%1), qui exécute les modèles sur le CPU environ dix fois plus lentement. Installez OpenBLAS : %2</translation>
    </message>
    <message>
        <source>--device cuda was asked for, but this Trapline&apos;s LibTorch has no CUDA or no GPU was found. Use --device auto or cpu.</source>
        <translation>--device cuda a été demandé, mais le LibTorch de ce Trapline n&apos;a pas CUDA ou aucun GPU n&apos;a été trouvé. Utilisez --device auto ou cpu.</translation>
    </message>
    <message>
        <source>%1 is not a TorchScript model LibTorch can load (%2). Export it with tools/export_model.py, or use &quot;backend&quot;: &quot;opencv-dnn&quot; for ONNX and Darknet files.</source>
        <translation>%1 n&apos;est pas un modèle TorchScript que LibTorch peut charger (%2). Exportez-le avec tools/export_model.py, ou utilisez &quot;backend&quot;: &quot;opencv-dnn&quot; pour les fichiers ONNX et Darknet.</translation>
    </message>
    <message>
        <source>%1 describes a %2, but it was given as the %3.</source>
        <translation>%1 décrit un modèle de type %2, mais il a été donné comme %3.</translation>
    </message>
    <message>
        <source>No model was given: name a detector, a classifier or an embedder manifest.</source>
        <translation>Aucun modèle n&apos;a été donné : indiquez le manifeste d&apos;un détecteur, d&apos;un classificateur ou d&apos;un extracteur de descripteurs.</translation>
    </message>
    <message>
        <source>An embedder runs on the boxes of a detector: give a detector too.</source>
        <translation>Un extracteur de descripteurs travaille sur les cadres d&apos;un détecteur : indiquez aussi un détecteur.</translation>
    </message>
    <message>
        <source>Running models</source>
        <translation>Exécution des modèles</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and run the models again: the results saved so far are kept and will be skipped.</source>
        <translation>Le disque qui contient %1 est plein. Libérez de l&apos;espace et relancez les modèles : les résultats enregistrés jusqu&apos;ici sont conservés et seront ignorés.</translation>
    </message>
    <message>
        <source>Running the models stopped: %1. The results saved so far are kept; run again to resume.</source>
        <translation>L&apos;exécution des modèles s&apos;est arrêtée : %1. Les résultats enregistrés jusqu&apos;ici sont conservés ; relancez pour reprendre.</translation>
    </message>
    <message>
        <source>LibTorch (backend &quot;torchscript&quot;)</source>
        <translation>LibTorch (backend « torchscript »)</translation>
    </message>
    <message>
        <source>OpenCV DNN (backend &quot;opencv-dnn&quot;)</source>
        <translation>OpenCV DNN (backend « opencv-dnn »)</translation>
    </message>
    <message>
        <source>ONNX Runtime %1 (an ONNX model, and this Trapline has ONNX Runtime)</source>
        <translation>ONNX Runtime %1 (un modèle ONNX, et ce Trapline a ONNX Runtime)</translation>
    </message>
    <message>
        <source>OpenCV DNN (an ONNX model, but this Trapline was built without ONNX Runtime; the Debian 13 package has it)</source>
        <translation>OpenCV DNN (un modèle ONNX, mais ce Trapline a été compilé sans ONNX Runtime ; le paquet Debian 13 l’a)</translation>
    </message>
    <message>
        <source>the model has %1 inputs; Trapline feeds one image tensor [batch, 3, height, width]</source>
        <translation>le modèle a %1 entrées ; Trapline lui fournit un seul tenseur d’images [lot, 3, hauteur, largeur]</translation>
    </message>
    <message>
        <source>the model&apos;s input is not float32</source>
        <translation>l’entrée du modèle n’est pas en float32</translation>
    </message>
    <message>
        <source>the model&apos;s input has %1 dimensions; Trapline feeds [batch, 3, height, width]</source>
        <translation>l’entrée du modèle a %1 dimensions ; Trapline fournit [lot, 3, hauteur, largeur]</translation>
    </message>
    <message>
        <source>the model takes batches of exactly %1 images; set &quot;max_batch&quot;: %1 in the manifest, or export it with a dynamic batch</source>
        <translation>le modèle prend des lots d’exactement %1 images ; mettez &quot;max_batch&quot;: %1 dans le manifeste, ou exportez-le avec un lot dynamique</translation>
    </message>
    <message>
        <source>This ONNX Runtime (%1) has no CUDA execution provider (it has %2). Run on the CPU (--device cpu), or install an ONNX Runtime built with CUDA.</source>
        <translation>Cet ONNX Runtime (%1) n’a pas de fournisseur d’exécution CUDA (il a %2). Exécutez sur le processeur (--device cpu), ou installez un ONNX Runtime compilé avec CUDA.</translation>
    </message>
    <message>
        <source>ONNX Runtime could not load the model %1: %2. The &quot;onnxruntime&quot; backend reads ONNX (.onnx) files.</source>
        <translation>ONNX Runtime n’a pas pu charger le modèle %1 : %2. Le backend « onnxruntime » lit les fichiers ONNX (.onnx).</translation>
    </message>
    <message>
        <source>This Trapline was built without ONNX Runtime, so it cannot run %1 with the &quot;onnxruntime&quot; backend. Use &quot;backend&quot;: &quot;opencv-dnn&quot;, or the Debian 13 package, which has ONNX Runtime.</source>
        <translation>Ce Trapline a été compilé sans ONNX Runtime : il ne peut pas exécuter %1 avec le backend « onnxruntime ». Utilisez &quot;backend&quot;: &quot;opencv-dnn&quot;, ou le paquet Debian 13, qui a ONNX Runtime.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer PyTorch: it uses the operator %2, which LibTorch %3 (the one this Trapline was built with) does not have. Either export the model again with PyTorch 1.13 (Debian 12&apos;s python3-torch, e.g. with tools/export_model.py), or run it on Debian 13 (LibTorch 2.6), or export it to ONNX (torch.onnx.export) and use &quot;backend&quot;: &quot;onnxruntime&quot; on Debian 13.</source>
        <translation>%1 a été enregistré par un PyTorch plus récent : il utilise l’opérateur %2, que LibTorch %3 (celui avec lequel ce Trapline a été compilé) n’a pas. Exportez à nouveau le modèle avec PyTorch 1.13 (python3-torch de Debian 12, par exemple avec tools/export_model.py), ou exécutez-le sur Debian 13 (LibTorch 2.6), ou exportez-le en ONNX (torch.onnx.export) et utilisez &quot;backend&quot;: &quot;onnxruntime&quot; sur Debian 13.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>« %1 » doit être un texte non vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or null</source>
        <translation>« %1 » doit être un texte ou null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object or null</source>
        <translation>« %1 » doit être un objet ou null</translation>
    </message>
    <message>
        <source>&quot;download.%1&quot; must be %2 hexadecimal digits or null</source>
        <translation>« download.%1 » doit comporter %2 chiffres hexadécimaux ou être null</translation>
    </message>
    <message>
        <source>&quot;download.url&quot; must be an http(s) address or null</source>
        <translation>« download.url » doit être une adresse http(s) ou null</translation>
    </message>
    <message>
        <source>&quot;download.file&quot; must name the file when there is a URL</source>
        <translation>« download.file » doit nommer le fichier quand il y a une URL</translation>
    </message>
    <message>
        <source>&quot;download.file&quot; must be a plain file name</source>
        <translation>« download.file » doit être un simple nom de fichier</translation>
    </message>
    <message>
        <source>&quot;download.size_bytes&quot; must be a positive whole number or null</source>
        <translation>« download.size_bytes » doit être un nombre entier positif ou null</translation>
    </message>
    <message>
        <source>&quot;licence.terms&quot; must be open, non-commercial, agpl or unknown (found &quot;%1&quot;)</source>
        <translation>« licence.terms » doit valoir open, non-commercial, agpl ou unknown (trouvé « %1 »)</translation>
    </message>
    <message>
        <source>&quot;licence.must_accept&quot; must be true or false</source>
        <translation>« licence.must_accept » doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;licence.must_accept&quot; must be true for %1 terms</source>
        <translation>« licence.must_accept » doit valoir true pour des conditions %1</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lowercase letters, digits, dots and dashes</source>
        <translation>« id » doit se composer de minuscules, chiffres, points et tirets</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be detector, classifier or embedder (found &quot;%1&quot;)</source>
        <translation>« kind » doit valoir detector, classifier ou embedder (trouvé « %1 »)</translation>
    </message>
    <message>
        <source>&quot;download&quot; must be an object (use null for what is unknown)</source>
        <translation>« download » doit être un objet (null pour ce qui est inconnu)</translation>
    </message>
    <message>
        <source>&quot;licence&quot; must be an object with name, terms and must_accept</source>
        <translation>« licence » doit être un objet avec name, terms et must_accept</translation>
    </message>
    <message>
        <source>&quot;decoder&quot; &quot;%1&quot; is not one Trapline knows</source>
        <translation>Trapline ne connaît pas le décodeur « %1 » de « decoder »</translation>
    </message>
    <message>
        <source>&quot;classes&quot; must be a list of names or null</source>
        <translation>« classes » doit être une liste de noms ou null</translation>
    </message>
    <message>
        <source>&quot;sources&quot; must name where the entry&apos;s facts come from</source>
        <translation>« sources » doit indiquer d&apos;où viennent les informations de l&apos;entrée</translation>
    </message>
    <message>
        <source>The model catalogue %1 is not valid JSON (%2 at character %3).</source>
        <translation>Le catalogue de modèles %1 n&apos;est pas du JSON valide (%2 au caractère %3).</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>« format » doit valoir « %1 »</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation>« version » doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>&quot;models&quot; must be a list</source>
        <translation>« models » doit être une liste</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modèle %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation>l&apos;identifiant est utilisé deux fois</translation>
    </message>
    <message>
        <source>The model catalogue %1 has problems:
- %2</source>
        <translation>Le catalogue de modèles %1 présente des problèmes :
- %2</translation>
    </message>
    <message>
        <source>Cannot read the model catalogue %1: %2</source>
        <translation>Impossible de lire le catalogue de modèles %1 : %2</translation>
    </message>
    <message>
        <source>%1
Using the catalogue built into Trapline instead.</source>
        <translation>%1
Le catalogue intégré à Trapline est utilisé à la place.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>non-commercial</source>
        <translation>non commerciale</translation>
    </message>
    <message>
        <source>AGPL</source>
        <translation>AGPL</translation>
    </message>
    <message>
        <source>terms unknown</source>
        <translation>conditions inconnues</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>Trapline has no conversion recipe for %1 yet (family &quot;%2&quot;); see tools/README.md for exporting models by hand.</source>
        <translation>Trapline n&apos;a pas encore de recette de conversion pour %1 (famille « %2 ») ; voir tools/README.md pour exporter des modèles à la main.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 n&apos;existe pas ou n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>No Python was found to convert %1. %2</source>
        <translation>Aucun Python trouvé pour convertir %1. %2</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <source>Cannot write the conversion script to %1.</source>
        <translation>Impossible d&apos;écrire le script de conversion dans %1.</translation>
    </message>
    <message>
        <source>Cannot create the models folder %1.</source>
        <translation>Impossible de créer le dossier des modèles %1.</translation>
    </message>
    <message>
        <source>Converting %1</source>
        <translation>Conversion de %1</translation>
    </message>
    <message>
        <source>The conversion of %1 was cancelled.</source>
        <translation>La conversion de %1 a été annulée.</translation>
    </message>
    <message>
        <source>The conversion of %1 failed:
%2</source>
        <translation>La conversion de %1 a échoué :
%2</translation>
    </message>
    <message>
        <source>The conversion of %1 ended without a manifest:
%2</source>
        <translation>La conversion de %1 s&apos;est terminée sans manifeste :
%2</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written (%2; %3 free in %4, %5 still to write). Free some space and run the download again; it resumes where it stopped.</source>
        <translation>Le disque est plein : %1 n&apos;a pas pu être écrit (%2 ; %3 libres dans %4, %5 restant à écrire). Libérez de la place et relancez le téléchargement ; il reprendra là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>une quantité inconnue</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 does not match the checksum its publisher gives: expected %2 %3, got %2 %4.</source>
        <translation>%1 ne correspond pas à la somme de contrôle donnée par son éditeur : %2 %3 attendu, %2 %4 obtenu.</translation>
    </message>
    <message>
        <source>%1 is published under %2 (%3 terms), which you must accept before using it: read the licence, then run the download again with --accept-licence.</source>
        <translation>%1 est publié sous %2 (conditions %3), que vous devez accepter avant de l&apos;utiliser : lisez la licence, puis relancez le téléchargement avec --accept-licence.</translation>
    </message>
    <message>
        <source>%1 Nothing was installed.</source>
        <translation>%1 Rien n&apos;a été installé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was installed.</source>
        <translation>Annulé ; rien n&apos;a été installé.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>Impossible de déplacer %1 vers %2.</translation>
    </message>
    <message>
        <source>The catalogue has no confirmed download for %1. %2</source>
        <translation>Le catalogue n&apos;a pas de téléchargement confirmé pour %1. %2</translation>
    </message>
    <message>
        <source>The catalogue has no confirmed download address for %1. %2</source>
        <translation>Le catalogue n&apos;a pas d&apos;adresse de téléchargement confirmée pour %1. %2</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled after %2; run it again to resume.</source>
        <translation>Le téléchargement de %1 a été annulé après %2 ; relancez-le pour le reprendre.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for %2.</source>
        <translation>Le serveur a répondu HTTP %1 pour %2.</translation>
    </message>
    <message>
        <source>The download of %1 stopped after %2 of %3 (%4). Run it again to resume where it stopped.</source>
        <translation>Le téléchargement de %1 s&apos;est arrêté après %2 sur %3 (%4). Relancez-le pour reprendre là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <source>%1 has %2 bytes where its publisher gives %3; the file was deleted.</source>
        <translation>%1 fait %2 octets alors que son éditeur en indique %3 ; le fichier a été supprimé.</translation>
    </message>
    <message>
        <source>%1 The download was deleted.</source>
        <translation>%1 Le téléchargement a été supprimé.</translation>
    </message>
    <message>
        <source>There is no model file or installed model called &quot;%1&quot; (looked in %2); &quot;trapline-cli models installed&quot; lists the installed models.</source>
        <translation>Il n&apos;y a ni fichier de modèle ni modèle installé nommé « %1 » (recherché dans %2) ; « trapline-cli models installed » liste les modèles installés.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; is missing %2: put it in %3 (or next to the manifest), or run &quot;trapline-cli models download %4&quot;.</source>
        <translation>Il manque %2 au modèle « %1 » : placez-le dans %3 (ou à côté du manifeste), ou lancez « trapline-cli models download %4 ».</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; is missing %2: put it in %3 (or next to the manifest).</source>
        <translation>Il manque %2 au modèle « %1 » : placez-le dans %3 (ou à côté du manifeste).</translation>
    </message>
    <message>
        <source>Cannot read the shard plan %1: %2</source>
        <translation>Impossible de lire le plan de lots %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Trapline shard plan.</source>
        <translation>%1 n&apos;est pas un plan de lots Trapline.</translation>
    </message>
    <message>
        <source>A plan needs at least one shard.</source>
        <translation>Un plan demande au moins un lot.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>sbatch was not found on PATH: run this on a Slurm login node, or submit %1 there yourself (sbatch %1).</source>
        <translation>sbatch est introuvable dans le PATH : lancez ceci sur un nœud de connexion Slurm, ou soumettez-y %1 vous-même (sbatch %1).</translation>
    </message>
    <message>
        <source>sbatch refused the job: %1</source>
        <translation>sbatch a refusé la tâche : %1</translation>
    </message>
    <message>
        <source>The plan has shards 0 to %1; there is no shard %2.</source>
        <translation>Le plan a les lots 0 à %1 ; il n&apos;y a pas de lot %2.</translation>
    </message>
    <message>
        <source>The model %1 is not the one the plan was made with: its files&apos; hash is %2, the plan&apos;s %3. Make a new plan.</source>
        <translation>Le modèle %1 n&apos;est pas celui avec lequel le plan a été fait : l&apos;empreinte de ses fichiers est %2, celle du plan %3. Faites un nouveau plan.</translation>
    </message>
    <message>
        <source>The shard was cancelled.</source>
        <translation>Le lot a été annulé.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
    <message>
        <source>The shard plan in %1 was made for another project.</source>
        <translation>Le plan de lots de %1 a été fait pour un autre projet.</translation>
    </message>
    <message>
        <source>Collecting shards</source>
        <translation>Collecte des lots</translation>
    </message>
    <message>
        <source>stopped while running (killed or cancelled)</source>
        <translation>arrêté en cours d&apos;exécution (tué ou annulé)</translation>
    </message>
    <message>
        <source>%1 belongs to another plan</source>
        <translation>%1 appartient à un autre plan</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Impossible d&apos;importer %1</translation>
    </message>
    <message>
        <source>The model manifest %1 is not valid JSON.</source>
        <translation>Le manifeste de modèle %1 n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>Name a catalogue model or a file in %1.</source>
        <translation>Indiquez un modèle du catalogue ou un fichier de %1.</translation>
    </message>
    <message>
        <source>Cannot remove %1: check that you may write to %2.</source>
        <translation>Impossible de supprimer %1 : vérifiez que vous pouvez écrire dans %2.</translation>
    </message>
    <message>
        <source>%1 is not installed in %2.</source>
        <translation>%1 n&apos;est pas installé dans %2.</translation>
    </message>
    <message>
        <source>To convert by hand: %1 (then run &quot;trapline-cli models convert %2 %3 --python ~/.venv-trapline/bin/python&quot; to do it for you).</source>
        <translation>Pour le convertir à la main : %1 (puis lancez &quot;trapline-cli models convert %2 %3 --python ~/.venv-trapline/bin/python&quot; pour le faire faire).</translation>
    </message>
    <message>
        <source>a detector needs a box decoder (yolov5, ultralytics, yolov10, rt-detr, darknet-yolo, fastestdet)</source>
        <translation>un détecteur a besoin d&apos;un décodeur de cadres (yolov5, ultralytics, yolov10, rt-detr, darknet-yolo, fastestdet)</translation>
    </message>
    <message>
        <source>the yolov10 decoder expects [batch, boxes, 6] (x1, y1, x2, y2, score, class)</source>
        <translation>le décodeur yolov10 attend [lot, cadres, 6] (x1, y1, x2, y2, score, classe)</translation>
    </message>
    <message>
        <source>the rt-detr decoder expects [batch, queries, 4 + %1 classes = %2]</source>
        <translation>le décodeur rt-detr attend [lot, requêtes, 4 + %1 classes = %2]</translation>
    </message>
    <message>
        <source>%1 cannot run the conversion: it lacks PyTorch or %4&apos;s code%2. %3</source>
        <translation>%1 ne peut pas faire la conversion : il lui manque PyTorch ou le code de %4%2. %3</translation>
    </message>
    <message>
        <source>&quot;download.size_text&quot; must be a text such as &quot;268 MB&quot; or null</source>
        <translation>« download.size_text » doit être un texte comme « 268 MB » ou null</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>environ %1</translation>
    </message>
    <message>
        <source>input.layout must be &quot;NCHW&quot; or &quot;NHWC&quot;, not &quot;%1&quot;</source>
        <translation>input.layout doit être &quot;NCHW&quot; ou &quot;NHWC&quot;, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the speciesnet decoder needs SpeciesNet labels (uuid;class;order;family;genus;species;common name), not &quot;%1&quot;</source>
        <translation>le décodeur speciesnet attend des étiquettes SpeciesNet (uuid;class;order;family;genus;species;common name), pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a classifier&apos;s decoder must be &quot;logits&quot;, &quot;probabilities&quot; or &quot;speciesnet&quot;</source>
        <translation>le décodeur d&apos;un classificateur doit être &quot;logits&quot;, &quot;probabilities&quot; ou &quot;speciesnet&quot;</translation>
    </message>
    <message>
        <source>Cannot read the SpeciesNet geofence %1: %2</source>
        <translation>Impossible de lire la géobarrière de SpeciesNet %1 : %2</translation>
    </message>
    <message>
        <source>The SpeciesNet geofence %1 is not valid JSON (%2).</source>
        <translation>La géobarrière de SpeciesNet %1 n&apos;est pas un JSON valide (%2).</translation>
    </message>
    <message>
        <source>The country code &quot;%1&quot; is not an ISO 3166-1 alpha-3 code (three letters, e.g. KEN).</source>
        <translation>Le code de pays &quot;%1&quot; n&apos;est pas un code ISO 3166-1 alpha-3 (trois lettres, p. ex. KEN).</translation>
    </message>
    <message>
        <source>The region code &quot;%1&quot; is not a two-letter first-level region (e.g. the US state CA).</source>
        <translation>Le code de région &quot;%1&quot; n&apos;est pas une région de premier niveau en deux lettres (p. ex. l&apos;État américain CA).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SpeciesNet label (7 fields separated by &apos;;&apos;).</source>
        <translation>&quot;%1&quot; n&apos;est pas une étiquette SpeciesNet (7 champs séparés par &apos;;&apos;).</translation>
    </message>
    <message>
        <source>The SpeciesNet ensemble needs at least one class with its score.</source>
        <translation>L&apos;ensemble de SpeciesNet a besoin d&apos;au moins une classe avec son score.</translation>
    </message>
    <message>
        <source>Cannot read the SpeciesNet taxonomy %1: %2</source>
        <translation>Impossible de lire la taxonomie de SpeciesNet %1 : %2</translation>
    </message>
</context>
<context>
    <name>trapline::IngestText</name>
    <message>
        <source>Checking the database</source>
        <translation>Vérification de la base de données</translation>
    </message>
    <message>
        <source>Comparing files with their import</source>
        <translation>Comparaison des fichiers avec leur importation</translation>
    </message>
    <message>
        <source>Looking for the files</source>
        <translation>Recherche des fichiers</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>le fichier manque</translation>
    </message>
    <message>
        <source>its size changed from %1 to %2 bytes since it was imported</source>
        <translation>sa taille est passée de %1 à %2 octets depuis son importation</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>its content changed since it was imported (same size, different bytes: edited or overwritten)</source>
        <translation>son contenu a changé depuis son importation (même taille, octets différents : modifié ou écrasé)</translation>
    </message>
    <message>
        <source>Cannot check the project</source>
        <translation>Impossible de vérifier le projet</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>The project has no image folder %1. &apos;trapline-cli check&apos; lists its folders.</source>
        <translation>Le projet n&apos;a pas de dossier d&apos;images %1. &apos;trapline-cli check&apos; liste ses dossiers.</translation>
    </message>
    <message>
        <source>%1 is already one of the project&apos;s image folders.</source>
        <translation>%1 est déjà l&apos;un des dossiers d&apos;images du projet.</translation>
    </message>
    <message>
        <source>None of the %1 images of %2 are in %3 (an image is recognised by its content, not its name or size). Pick the folder that holds the same sub-folders as the old one (for example the card&apos;s root, not a folder above or below it). Nothing was changed.</source>
        <translation>Aucune des %1 images de %2 n&apos;est dans %3 (une image est reconnue à son contenu, pas à son nom ni à sa taille). Choisissez le dossier qui contient les mêmes sous-dossiers que l&apos;ancien (par exemple la racine de la carte, pas un dossier au-dessus ou en dessous). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot relink %1</source>
        <translation>Impossible de relier à nouveau %1</translation>
    </message>
    <message>
        <source>Cannot change the frame times</source>
        <translation>Impossible de modifier les heures des images</translation>
    </message>
    <message>
        <source>The project has no deployment %1; `trapline-cli info PROJECT` lists them.</source>
        <translation>Le projet n&apos;a pas de déploiement %1 ; `trapline-cli info PROJECT` les liste.</translation>
    </message>
    <message>
        <source>Cannot read the frame times</source>
        <translation>Impossible de lire les heures des images</translation>
    </message>
    <message>
        <source>The pattern names %1 twice.</source>
        <translation>Le modèle nomme %1 deux fois.</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; must name the year, month, day, hour and minute (YYYY, MM, DD, hh, mm; ss and fff are optional), for example *__YYYY-MM-DD__hh-mm-ss*</source>
        <translation>Le modèle « %1 » doit nommer l&apos;année, le mois, le jour, l&apos;heure et la minute (YYYY, MM, DD, hh, mm ; ss et fff sont facultatifs), par exemple *__YYYY-MM-DD__hh-mm-ss*</translation>
    </message>
    <message>
        <source>No file name of this deployment matches &quot;%1&quot; (for example %2). Nothing was changed.</source>
        <translation>Aucun nom de fichier de ce déploiement ne correspond à « %1 » (par exemple %2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot read the file names</source>
        <translation>Impossible de lire les noms de fichier</translation>
    </message>
    <message>
        <source>Scanning folders</source>
        <translation>Parcours des dossiers</translation>
    </message>
    <message>
        <source>Reading metadata</source>
        <translation>Lecture des métadonnées</translation>
    </message>
    <message>
        <source>the folder cannot be read; check its permissions</source>
        <translation>le dossier ne peut pas être lu ; vérifiez ses permissions</translation>
    </message>
    <message>
        <source>no such folder; check the path and that the card or disk is mounted</source>
        <translation>ce dossier n&apos;existe pas ; vérifiez le chemin et que la carte ou le disque est monté</translation>
    </message>
    <message>
        <source>Grouping sequences</source>
        <translation>Regroupement des séquences</translation>
    </message>
    <message>
        <source>Making thumbnails</source>
        <translation>Création des vignettes</translation>
    </message>
    <message>
        <source>Backing up the project</source>
        <translation>Sauvegarde du projet</translation>
    </message>
    <message>
        <source>The import did not start: %1</source>
        <translation>L&apos;importation n&apos;a pas commencé : %1</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and run the import again: everything imported so far is saved and will be skipped.</source>
        <translation>Le disque qui contient %1 est plein. Libérez de l&apos;espace et relancez l&apos;importation : tout ce qui a été importé jusqu&apos;ici est enregistré et sera ignoré.</translation>
    </message>
    <message>
        <source>The import stopped: %1. Everything imported so far is saved; run the import again to resume.</source>
        <translation>L&apos;importation s&apos;est arrêtée : %1. Tout ce qui a été importé jusqu&apos;ici est enregistré ; relancez l&apos;importation pour la reprendre.</translation>
    </message>
    <message>
        <source>This project has no import to resume.</source>
        <translation>Ce projet n&apos;a aucune importation à reprendre.</translation>
    </message>
    <message>
        <source>The last import finished; there is nothing to resume.</source>
        <translation>La dernière importation est terminée ; il n&apos;y a rien à reprendre.</translation>
    </message>
</context>
<context>
    <name>trapline::JobScheduler</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Queued: starts when the project&apos;s running job ends</source>
        <translation>En attente : démarre quand la tâche en cours du projet se termine</translation>
    </message>
    <message>
        <source>Queued: starts when another job ends</source>
        <translation>En attente : démarre quand une autre tâche se termine</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Démarrage...</translation>
    </message>
    <message>
        <source>Stopping after the current batch...</source>
        <translation>Arrêt après le lot en cours...</translation>
    </message>
    <message>
        <source>Cancelled before it started</source>
        <translation>Annulée avant de démarrer</translation>
    </message>
</context>
<context>
    <name>trapline::ProjectText</name>
    <message>
        <source>Synthetic camera-trap options are invalid: %1.</source>
        <translation>Les options du piège photographique synthétique ne sont pas valides : %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check that you may write to %2.</source>
        <translation>Impossible de créer le dossier %1. Vérifiez que vous pouvez écrire dans %2.</translation>
    </message>
    <message>
        <source>Could not create the synthetic image %1: %2. Check free memory, or try a smaller width and height.</source>
        <translation>Impossible de créer l&apos;image synthétique %1 : %2. Vérifiez la mémoire libre, ou essayez une largeur et une hauteur plus petites.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the disk has free space and the folder is writable.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Vérifiez que le disque a de l&apos;espace libre et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Could not generate synthetic images in %1: %2</source>
        <translation>Impossible de générer des images synthétiques dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2); the disk may be full. Nothing was changed.</source>
        <translation>Impossible d&apos;écrire %1 (%2) ; le disque est peut-être plein. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Check that the disk is writable.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1. Vérifiez que le disque est accessible en écriture.</translation>
    </message>
    <message>
        <source>The backup was not made: %1 is a folder. Choose a file name for the backup.</source>
        <translation>La sauvegarde n&apos;a pas été faite : %1 est un dossier. Choisissez un nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The backup was not made: the folder %1 does not exist. Choose an existing folder, or create it first.</source>
        <translation>La sauvegarde n&apos;a pas été faite : le dossier %1 n&apos;existe pas. Choisissez un dossier existant, ou créez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The backup was not made: the unfinished copy %1 of an earlier backup cannot be removed. Delete it, or check that the folder is writable.</source>
        <translation>La sauvegarde n&apos;a pas été faite : la copie inachevée %1 d&apos;une sauvegarde précédente ne peut pas être supprimée. Supprimez-la, ou vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2. Check that the folder is writable, or choose another one.</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1 : %2. Vérifiez que le dossier est accessible en écriture, ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The backup %1 was not made: the disk is full. Free some space and try again; the project itself was not changed.</source>
        <translation>La sauvegarde %1 n&apos;a pas été faite : le disque est plein. Libérez de l&apos;espace et réessayez ; le projet lui-même n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The backup %1 was not made: %2. The project itself was not changed.</source>
        <translation>La sauvegarde %1 n&apos;a pas été faite : %2. Le projet lui-même n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The backup was not made: the file %1 is there already and cannot be replaced. Choose another file name.</source>
        <translation>La sauvegarde n&apos;a pas été faite : le fichier %1 existe déjà et ne peut pas être remplacé. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>The backup could not be moved into place at %1. Check that the folder is writable, or choose another one.</source>
        <translation>La sauvegarde n&apos;a pas pu être mise en place à %1. Vérifiez que le dossier est accessible en écriture, ou choisissez-en un autre.</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the project itself; choose another file.</source>
        <translation>Une sauvegarde ne peut pas écraser le projet lui-même ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Indiquez à la fois la latitude et la longitude, ou aucune des deux.</translation>
    </message>
    <message>
        <source>Latitude %1 is outside -90..90 (decimal degrees, WGS84; south is negative).</source>
        <translation>La latitude %1 est hors de -90..90 (degrés décimaux, WGS84 ; le sud est négatif).</translation>
    </message>
    <message>
        <source>Longitude %1 is outside -180..180 (decimal degrees, WGS84; west is negative).</source>
        <translation>La longitude %1 est hors de -180..180 (degrés décimaux, WGS84 ; l&apos;ouest est négatif).</translation>
    </message>
    <message>
        <source>The coordinate uncertainty is a distance in whole metres, at least 1 (it was %1).</source>
        <translation>L&apos;incertitude des coordonnées est une distance en mètres entiers, au moins 1 (elle était de %1).</translation>
    </message>
    <message>
        <source>The camera height is in metres above the ground, 0 or more (it was %1).</source>
        <translation>La hauteur de l&apos;appareil est en mètres au-dessus du sol, 0 ou plus (elle était de %1).</translation>
    </message>
    <message>
        <source>The UTC offset %1 is outside -12:00..+14:00.</source>
        <translation>Le décalage UTC %1 est hors de -12:00..+14:00.</translation>
    </message>
    <message>
        <source>The deployment ends before it starts.</source>
        <translation>Le déploiement se termine avant de commencer.</translation>
    </message>
    <message>
        <source>There is no deployment %1 in this project.</source>
        <translation>Il n&apos;y a pas de déploiement %1 dans ce projet.</translation>
    </message>
    <message>
        <source>Cannot read deployment %1</source>
        <translation>Impossible de lire le déploiement %1</translation>
    </message>
    <message>
        <source>Cannot list deployments</source>
        <translation>Impossible de lister les déploiements</translation>
    </message>
    <message>
        <source>There is no deployment &quot;%1&quot; in %2. See the names with: trapline-cli deployments list %2</source>
        <translation>Il n&apos;y a pas de déploiement « %1 » dans %2. Voyez les noms avec : trapline-cli deployments list %2</translation>
    </message>
    <message>
        <source>Cannot find deployment %1</source>
        <translation>Impossible de trouver le déploiement %1</translation>
    </message>
    <message>
        <source>
Nothing was changed.</source>
        <translation>
Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation> Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot save the deployment properties (nothing was changed)</source>
        <translation>Impossible d&apos;enregistrer les propriétés du déploiement (rien n&apos;a été modifié)</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and try again; nothing already saved was lost.</source>
        <translation>%1 : le disque est plein. Libérez de l&apos;espace et réessayez ; rien de ce qui était déjà enregistré n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 already exists. Open it instead, or choose another file name.</source>
        <translation>%1 existe déjà. Ouvrez-le plutôt, ou choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>Impossible de créer %1 : le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>No project at %1. Create one with &quot;trapline-cli init %1&quot; or File &gt; New Project.</source>
        <translation>Aucun projet à %1. Créez-en un avec « trapline-cli init %1 » ou Fichier &gt; Nouveau projet.</translation>
    </message>
    <message>
        <source>%1 is not a Trapline project (it is not an SQLite database).</source>
        <translation>%1 n&apos;est pas un projet Trapline (ce n&apos;est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version&apos;s project format, but no backup could be made first, so it was not changed. %2</source>
        <translation>%1 doit être mis à jour vers le format de projet de cette version, mais aucune sauvegarde n&apos;a pu être faite avant, donc il n&apos;a pas été modifié. %2</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Trapline project.</source>
        <translation>%1 est une base de données SQLite, mais pas un projet Trapline.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Trapline (project format %2; this version reads up to %3). Install the newer Trapline to open it; the file was not changed.</source>
        <translation>%1 a été enregistré par une version plus récente de Trapline (format de projet %2 ; cette version lit jusqu&apos;au %3). Installez le Trapline plus récent pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot count the project&apos;s contents</source>
        <translation>Impossible de compter le contenu du projet</translation>
    </message>
    <message>
        <source>Cannot list sequences</source>
        <translation>Impossible de lister les séquences</translation>
    </message>
    <message>
        <source>There is no sequence %1 in this project.</source>
        <translation>Il n&apos;y a pas de séquence %1 dans ce projet.</translation>
    </message>
    <message>
        <source>Cannot read sequence %1</source>
        <translation>Impossible de lire la séquence %1</translation>
    </message>
    <message>
        <source>Cannot list the frames of sequence %1</source>
        <translation>Impossible de lister les images de la séquence %1</translation>
    </message>
    <message>
        <source>There is no media %1 in this project.</source>
        <translation>Il n&apos;y a pas de média %1 dans ce projet.</translation>
    </message>
    <message>
        <source>Cannot read media %1</source>
        <translation>Impossible de lire le média %1</translation>
    </message>
    <message>
        <source>Cannot list import problems</source>
        <translation>Impossible de lister les problèmes d&apos;importation</translation>
    </message>
    <message>
        <source>No thumbnails have been made yet (%1 is missing).</source>
        <translation>Aucune vignette n&apos;a encore été créée (%1 manque).</translation>
    </message>
    <message>
        <source>Cannot open the thumbnail cache %1: %2. It can be deleted safely; it will be rebuilt.</source>
        <translation>Impossible d&apos;ouvrir le cache de vignettes %1 : %2. Il peut être supprimé sans risque ; il sera reconstruit.</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not an ISO 3166-1 alpha-3 code: three capital letters, such as KEN or USA.</source>
        <translation>Le pays &quot;%1&quot; n&apos;est pas un code ISO 3166-1 alpha-3 : trois lettres majuscules, comme KEN ou USA.</translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not a first-level region code: two capital letters or digits, such as CA for California.</source>
        <translation>La région &quot;%1&quot; n&apos;est pas un code de région de premier niveau : deux lettres majuscules ou chiffres, comme CA pour la Californie.</translation>
    </message>
    <message>
        <source>Give the country of the region %1.</source>
        <translation>Indiquez le pays de la région %1.</translation>
    </message>
</context>
<context>
    <name>trapline::ReidText</name>
    <message>
        <source>Cannot list individuals</source>
        <translation>Impossible de lister les individus</translation>
    </message>
    <message>
        <source>Cannot list the sightings of individual %1</source>
        <translation>Impossible de lister les observations de l&apos;individu %1</translation>
    </message>
    <message>
        <source>Give the individual a name.</source>
        <translation>Donnez un nom à l&apos;individu.</translation>
    </message>
    <message>
        <source>There is no individual %1 in this project.</source>
        <translation>Il n&apos;y a pas d&apos;individu %1 dans ce projet.</translation>
    </message>
    <message>
        <source>The individual was not renamed</source>
        <translation>L&apos;individu n&apos;a pas été renommé</translation>
    </message>
    <message>
        <source>Pick two different individuals to merge.</source>
        <translation>Choisissez deux individus différents à fusionner.</translation>
    </message>
    <message>
        <source>One of the individuals to merge is not in this project any more.</source>
        <translation>L&apos;un des individus à fusionner n&apos;est plus dans ce projet.</translation>
    </message>
    <message>
        <source>The individuals were not merged</source>
        <translation>Les individus n&apos;ont pas été fusionnés</translation>
    </message>
    <message>
        <source>Select the sightings that show the other animal.</source>
        <translation>Sélectionnez les observations qui montrent l&apos;autre animal.</translation>
    </message>
    <message>
        <source>Give the new individual a name.</source>
        <translation>Donnez un nom au nouvel individu.</translation>
    </message>
    <message>
        <source>Sighting %1 is not one of this individual&apos;s; nothing was changed.</source>
        <translation>L&apos;observation %1 n&apos;appartient pas à cet individu ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The individual was not split</source>
        <translation>L&apos;individu n&apos;a pas été séparé</translation>
    </message>
    <message>
        <source>The edit of individuals was not undone</source>
        <translation>La modification des individus n&apos;a pas été annulée</translation>
    </message>
    <message>
        <source>The edit of individuals was not redone</source>
        <translation>La modification des individus n&apos;a pas été rétablie</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 manque.</translation>
    </message>
    <message>
        <source>%1 cannot be decoded; the file is damaged or not an image.</source>
        <translation>%1 ne peut pas être décodé ; le fichier est endommagé ou n&apos;est pas une image.</translation>
    </message>
    <message>
        <source>%1 cannot be decoded (%2).</source>
        <translation>%1 ne peut pas être décodé (%2).</translation>
    </message>
    <message>
        <source>Saving proposals</source>
        <translation>Enregistrement des propositions</translation>
    </message>
    <message>
        <source>There is no box %1 in this project.</source>
        <translation>Il n&apos;y a pas de cadre %1 dans ce projet.</translation>
    </message>
    <message>
        <source>Cannot read box %1</source>
        <translation>Impossible de lire le cadre %1</translation>
    </message>
    <message>
        <source>Reading embeddings</source>
        <translation>Lecture des descripteurs</translation>
    </message>
    <message>
        <source>Proposing individuals</source>
        <translation>Proposition d&apos;individus</translation>
    </message>
    <message>
        <source>Proposing was cancelled; the earlier proposals are kept.</source>
        <translation>La proposition a été annulée ; les propositions précédentes sont conservées.</translation>
    </message>
    <message>
        <source>Cannot propose individuals</source>
        <translation>Impossible de proposer des individus</translation>
    </message>
    <message>
        <source>No box has an individual yet: give a few sightings their individual first (the label panel&apos;s Individual), then propose matches for the rest.</source>
        <translation>Aucun cadre n&apos;a encore d&apos;individu : attribuez d&apos;abord leur individu à quelques observations (Individu, dans le panneau d&apos;annotation), puis proposez des correspondances pour le reste.</translation>
    </message>
    <message>
        <source>Matching keypoints</source>
        <translation>Appariement des points clés</translation>
    </message>
    <message>
        <source>Cannot list the proposed matches</source>
        <translation>Impossible de lister les correspondances proposées</translation>
    </message>
    <message>
        <source>The rejection was not saved</source>
        <translation>Le rejet n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <source>The rejection was not taken back</source>
        <translation>Le rejet n&apos;a pas été retiré</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>No images in %1: it must hold one sub-folder of images per individual (optionally under train/ and test/).</source>
        <translation>Aucune image dans %1 : il doit contenir un sous-dossier d&apos;images par individu (éventuellement sous train/ et test/).</translation>
    </message>
    <message>
        <source>Finding keypoints</source>
        <translation>Recherche des points clés</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Appariement</translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>L&apos;évaluation a été annulée.</translation>
    </message>
    <message>
        <source>Computing embeddings</source>
        <translation>Calcul des descripteurs</translation>
    </message>
</context>
<context>
    <name>trapline::ReviewText</name>
    <message>
        <source>Cannot read the labels of sequence %1: %2</source>
        <translation>Impossible de lire les annotations de la séquence %1 : %2</translation>
    </message>
    <message>
        <source>The labels of sequence %1 were not restored: the disk is full. Free some space and try again; nothing already saved was lost.</source>
        <translation>Les annotations de la séquence %1 n&apos;ont pas été rétablies : le disque est plein. Libérez de l&apos;espace et réessayez ; rien de ce qui était déjà enregistré n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>Cannot restore the labels of sequence %1: %2</source>
        <translation>Impossible de rétablir les annotations de la séquence %1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an observation type (use one of %2).</source>
        <translation>« %1 » n&apos;est pas un type d&apos;observation (utilisez l&apos;un de %2).</translation>
    </message>
    <message>
        <source>Only an animal can have a species.</source>
        <translation>Seul un animal peut avoir une espèce.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Un effectif ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The label was not saved: the disk is full. Free some space and try again; nothing already saved was lost.</source>
        <translation>L&apos;annotation n&apos;a pas été enregistrée : le disque est plein. Libérez de l&apos;espace et réessayez ; rien de ce qui était déjà enregistré n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The label was not saved: %1</source>
        <translation>L&apos;annotation n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>There is no media %1 in this project.</source>
        <translation>Il n&apos;y a pas de média %1 dans ce projet.</translation>
    </message>
    <message>
        <source>Media %1 belongs to no sequence yet; run the import again to group it.</source>
        <translation>Le média %1 n&apos;appartient encore à aucune séquence ; relancez l&apos;importation pour le regrouper.</translation>
    </message>
    <message>
        <source>Cannot read media %1: %2</source>
        <translation>Impossible de lire le média %1 : %2</translation>
    </message>
    <message>
        <source>There is no box %1 in this project (it may have been deleted).</source>
        <translation>Il n&apos;y a pas de cadre %1 dans ce projet (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>Cannot read box %1: %2</source>
        <translation>Impossible de lire le cadre %1 : %2</translation>
    </message>
    <message>
        <source>There is no sequence %1 in this project.</source>
        <translation>Il n&apos;y a pas de séquence %1 dans ce projet.</translation>
    </message>
    <message>
        <source>This sequence has no machine label to accept. Run a model on it first (Models &gt; Run Models), or label it yourself.</source>
        <translation>Cette séquence n&apos;a aucune annotation de la machine à accepter. Lancez d&apos;abord un modèle dessus (Modèles &gt; Exécuter les modèles), ou annotez-la vous-même.</translation>
    </message>
    <message>
        <source>The box is too small; drag a larger one around the animal.</source>
        <translation>Le cadre est trop petit ; tracez-en un plus grand autour de l&apos;animal.</translation>
    </message>
    <message>
        <source>The box is too small; make it larger or delete it.</source>
        <translation>Le cadre est trop petit ; agrandissez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>Cannot read sequence %1: %2</source>
        <translation>Impossible de lire la séquence %1 : %2</translation>
    </message>
    <message>
        <source>Cannot list the project&apos;s species</source>
        <translation>Impossible de lister les espèces du projet</translation>
    </message>
    <message>
        <source>There is no taxon %1 in this project.</source>
        <translation>Il n&apos;y a pas de taxon %1 dans ce projet.</translation>
    </message>
    <message>
        <source>Cannot read taxon %1</source>
        <translation>Impossible de lire le taxon %1</translation>
    </message>
    <message>
        <source>Type a species name (scientific or common).</source>
        <translation>Tapez un nom d&apos;espèce (scientifique ou commun).</translation>
    </message>
    <message>
        <source>Cannot add the species &quot;%1&quot;</source>
        <translation>Impossible d&apos;ajouter l&apos;espèce « %1 »</translation>
    </message>
    <message>
        <source>Cannot read the quick keys</source>
        <translation>Impossible de lire les touches rapides</translation>
    </message>
    <message>
        <source>Cannot save the quick keys</source>
        <translation>Impossible d&apos;enregistrer les touches rapides</translation>
    </message>
    <message>
        <source>Cannot list individuals</source>
        <translation>Impossible de lister les individus</translation>
    </message>
    <message>
        <source>Give the individual a name.</source>
        <translation>Donnez un nom à l&apos;individu.</translation>
    </message>
    <message>
        <source>Cannot create the individual &quot;%1&quot;</source>
        <translation>Impossible de créer l&apos;individu « %1 »</translation>
    </message>
    <message>
        <source>There is no deployment named &quot;%1&quot; in %2.</source>
        <translation>Il n&apos;y a pas de déploiement nommé « %1 » dans %2.</translation>
    </message>
    <message>
        <source>There is no sequence %1 in %2.</source>
        <translation>Il n&apos;y a pas de séquence %1 dans %2.</translation>
    </message>
    <message>
        <source>Nothing to check out: no sequence matches.</source>
        <translation>Rien à extraire : aucune séquence ne correspond.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: give a confidence between 0 and 1, e.g. below=0.6.</source>
        <translation>« %1 » : donnez une confiance entre 0 et 1, par ex. below=0.6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not in this project.</source>
        <translation>« %1 » : %2 n&apos;est pas dans ce projet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a review queue. Use not-reviewed, machine-labelled, below=CONFIDENCE, disagreeing, empty, conflicts, species=NAME or deployment=NAME, separated by commas.</source>
        <translation>« %1 » n&apos;est pas une file de révision. Utilisez not-reviewed, machine-labelled, below=CONFIANCE, disagreeing, empty, conflicts, species=NOM ou deployment=NOM, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Name the reviewer who takes the part (--reviewer NAME).</source>
        <translation>Nommez la personne qui révise la partie (--reviewer NOM).</translation>
    </message>
    <message>
        <source>Give the file the part is written to (--out PART.trapline).</source>
        <translation>Indiquez le fichier où écrire la partie (--out PARTIE.trapline).</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file for the part.</source>
        <translation>%1 existe déjà ; choisissez un autre fichier pour la partie.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Impossible d&apos;écrire %1 : le dossier %2 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write %1; the project was not changed.</source>
        <translation>Impossible d&apos;écrire %1 ; le projet n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot check out a part of %1 to %2</source>
        <translation>Impossible d&apos;extraire une partie de %1 vers %2</translation>
    </message>
    <message>
        <source>Check-in of %1&apos;s part: %2 sequences took the reviewer&apos;s labels, %3 are in the Conflicts queue, %4 were left as they were.</source>
        <translation>Réintégration de la partie de %1 : %2 séquences ont pris les étiquettes de la personne, %3 sont dans la file Conflits, %4 sont restées telles quelles.</translation>
    </message>
    <message>
        <source>Nothing new to check in from %1&apos;s part; the project was not changed.</source>
        <translation>Rien de nouveau à réintégrer de la partie de %1 ; le projet n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Taxa added: %1.</source>
        <translation>Taxons ajoutés : %1.</translation>
    </message>
    <message>
        <source>Taxa merged by name: %1.</source>
        <translation>Taxons fusionnés par nom : %1.</translation>
    </message>
    <message>
        <source>Individuals added: %1.</source>
        <translation>Individus ajoutés : %1.</translation>
    </message>
    <message>
        <source>Individuals merged by name: %1.</source>
        <translation>Individus fusionnés par nom : %1.</translation>
    </message>
    <message>
        <source>%1 is the project itself, not a part checked out of it.</source>
        <translation>%1 est le projet lui-même, pas une partie extraite de celui-ci.</translation>
    </message>
    <message>
        <source>Cannot check in %1: %2</source>
        <translation>Impossible de réintégrer %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a part checked out for review (it records no check-out); nothing was changed.</source>
        <translation>%1 n&apos;est pas une partie extraite pour révision (elle n&apos;enregistre aucune extraction) ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 was checked out of another project, not of %2. Check it in to the project it came from; nothing was changed.</source>
        <translation>%1 a été extraite d&apos;un autre projet, pas de %2. Réintégrez-la dans le projet d&apos;où elle vient ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The check-out %1 that %2 belongs to is not recorded in %3; nothing was changed.</source>
        <translation>L&apos;extraction %1 à laquelle appartient %2 n&apos;est pas enregistrée dans %3 ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot check in %1; nothing was changed</source>
        <translation>Impossible de réintégrer %1 ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Cannot list the conflicts</source>
        <translation>Impossible de lister les conflits</translation>
    </message>
    <message>
        <source>no labels</source>
        <translation>aucune étiquette</translation>
    </message>
    <message>
        <source>There is no conflict %1 in this project.</source>
        <translation>Il n&apos;y a pas de conflit %1 dans ce projet.</translation>
    </message>
    <message>
        <source>The conflict %1 was already resolved.</source>
        <translation>Le conflit %1 a déjà été résolu.</translation>
    </message>
    <message>
        <source>The conflict %1 was not resolved</source>
        <translation>Le conflit %1 n&apos;a pas été résolu</translation>
    </message>
    <message>
        <source>The conflict %1 was not changed</source>
        <translation>Le conflit %1 n&apos;a pas été modifié</translation>
    </message>
</context>
<context>
    <name>trapline::TrainingText</name>
    <message>
        <source>Cannot list the trained models</source>
        <translation>Impossible de lister les modèles entraînés</translation>
    </message>
    <message>
        <source>Cannot record the new model version</source>
        <translation>Impossible d&apos;enregistrer la nouvelle version du modèle</translation>
    </message>
    <message>
        <source>Cannot set the active model</source>
        <translation>Impossible de définir le modèle actif</translation>
    </message>
    <message>
        <source>Cannot read the active model</source>
        <translation>Impossible de lire le modèle actif</translation>
    </message>
    <message>
        <source>Reading the confirmed labels</source>
        <translation>Lecture des annotations confirmées</translation>
    </message>
    <message>
        <source>The project has no confirmed labels to train on. Review some sequences first.</source>
        <translation>Le projet n&apos;a aucune annotation confirmée pour l&apos;entraînement. Vérifiez d&apos;abord quelques séquences.</translation>
    </message>
    <message>
        <source>The project has no individuals with two or more sightings. Confirm some matches first.</source>
        <translation>Le projet n&apos;a aucun individu avec deux observations ou plus. Confirmez d&apos;abord quelques correspondances.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot read the labels for training</source>
        <translation>Impossible de lire les annotations pour l&apos;entraînement</translation>
    </message>
    <message>
        <source>No training example for 1 class: %1. The model could never predict it. Relink missing images (trapline-cli check), label more sequences of it, or train without it (trapline-cli train --allow-missing-classes; in Train Model, &quot;Leave out classes without training examples&quot;).</source>
        <translation>Aucun exemple d&apos;entraînement pour 1 classe : %1. Le modèle ne pourrait jamais la prédire. Reliez les images manquantes (trapline-cli check), annotez davantage de séquences de cette classe, ou entraînez sans elle (trapline-cli train --allow-missing-classes ; dans Entraîner un modèle, « Écarter les classes sans exemple d&apos;entraînement »).</translation>
    </message>
    <message>
        <source>No training example for %1 classes: %2. The model could never predict them. Relink missing images (trapline-cli check), label more sequences of them, or train without them (trapline-cli train --allow-missing-classes; in Train Model, &quot;Leave out classes without training examples&quot;).</source>
        <translation>Aucun exemple d&apos;entraînement pour %1 classes : %2. Le modèle ne pourrait jamais les prédire. Reliez les images manquantes (trapline-cli check), annotez davantage de séquences de ces classes, ou entraînez sans elles (trapline-cli train --allow-missing-classes ; dans Entraîner un modèle, « Écarter les classes sans exemple d&apos;entraînement »).</translation>
    </message>
    <message>
        <source>Cannot save the checkpoint in %1: %2. Check that the disk has room.</source>
        <translation>Impossible d&apos;enregistrer le point de reprise dans %1 : %2. Vérifiez qu&apos;il reste de la place sur le disque.</translation>
    </message>
    <message>
        <source>Training the new head</source>
        <translation>Entraînement de la nouvelle tête</translation>
    </message>
    <message>
        <source>Training was cancelled after epoch %1; run it again to resume.</source>
        <translation>L&apos;entraînement a été annulé après l&apos;époque %1 ; relancez-le pour le reprendre.</translation>
    </message>
    <message>
        <source>The unfrozen stage needs to know which layers to train: name their parameter prefixes (e.g. &quot;stage4&quot;) with --unfreeze, or as &quot;unfreeze&quot; in the base model&apos;s manifest.</source>
        <translation>L&apos;étape dégelée doit savoir quelles couches entraîner : nommez les préfixes de leurs paramètres (par ex. &quot;stage4&quot;) avec --unfreeze, ou en tant que &quot;unfreeze&quot; dans le manifeste du modèle de base.</translation>
    </message>
    <message>
        <source>No parameter of the base model starts with %1: check the &quot;unfreeze&quot; names.</source>
        <translation>Aucun paramètre du modèle de base ne commence par %1 : vérifiez les noms de « unfreeze ».</translation>
    </message>
    <message>
        <source>Training the unfrozen layers</source>
        <translation>Entraînement des couches dégelées</translation>
    </message>
    <message>
        <source>%1 holds another training (other options, data or base model). Choose an empty folder, or the same options to resume it.</source>
        <translation>%1 contient un autre entraînement (autres options, données ou modèle de base). Choisissez un dossier vide, ou les mêmes options pour le reprendre.</translation>
    </message>
    <message>
        <source>%1 already holds the finished model of this training.</source>
        <translation>%1 contient déjà le modèle terminé de cet entraînement.</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>L&apos;entraînement a échoué : %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>%1 is not a TorchScript model: fine-tuning needs one (export the model with torch.jit.script or torch.jit.trace).</source>
        <translation>%1 n&apos;est pas un modèle TorchScript : l&apos;ajustement fin en a besoin (exportez le modèle avec torch.jit.script ou torch.jit.trace).</translation>
    </message>
    <message>
        <source>Cannot load the TorchScript model %1: %2</source>
        <translation>Impossible de charger le modèle TorchScript %1 : %2</translation>
    </message>
    <message>
        <source>The model %1 has no method or layer &quot;%2&quot;. Name the method (or the submodule) that returns features in its manifest as &quot;feature_method&quot;.</source>
        <translation>Le modèle %1 n&apos;a ni méthode ni couche « %2 ». Nommez dans son manifeste, en tant que &quot;feature_method&quot;, la méthode (ou le sous-module) qui renvoie les caractéristiques.</translation>
    </message>
    <message>
        <source>Evaluating %1</source>
        <translation>Évaluation de %1</translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>L&apos;évaluation a été annulée.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 is not a classifier.</source>
        <translation>%1 n&apos;est pas un classificateur.</translation>
    </message>
    <message>
        <source>Cannot save the new model in %1: %2</source>
        <translation>Impossible d&apos;enregistrer le nouveau modèle dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the image %1. Run &quot;Check Project&quot; to find moved or missing files, or relink the image folder.</source>
        <translation>Impossible de lire l&apos;image %1. Lancez « Vérifier le projet » pour trouver les fichiers déplacés ou manquants, ou reliez à nouveau le dossier d&apos;images.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Computing features</source>
        <translation>Calcul des caractéristiques</translation>
    </message>
    <message>
        <source>Training was cancelled while computing features; run it again to resume.</source>
        <translation>L&apos;entraînement a été annulé pendant le calcul des caractéristiques ; relancez-le pour le reprendre.</translation>
    </message>
    <message>
        <source>Cannot write %1. Check that the disk has room.</source>
        <translation>Impossible d&apos;écrire %1. Vérifiez qu&apos;il reste de la place sur le disque.</translation>
    </message>
    <message>
        <source>Training a classifier needs at least two classes with training examples, some validation examples (to choose the epoch) and some test examples (to measure the result) (found %1 classes, %2 training, %3 validation and %4 test examples). Label more sequences, lower the minimum per class, or raise the validation or test share.</source>
        <translation>L&apos;entraînement d&apos;un classificateur demande au moins deux classes avec des exemples d&apos;entraînement, des exemples de validation (pour choisir l&apos;époque) et des exemples de test (pour mesurer le résultat) (trouvé %1 classes, %2 exemples d&apos;entraînement, %3 de validation et %4 de test). Étiquetez plus de séquences, baissez le minimum par classe, ou augmentez la part de validation ou de test.</translation>
    </message>
    <message>
        <source>Training an embedder needs at least two individuals with two or more sightings on each side (found %1 for training, %2 for validation, %3 for test). Confirm more individuals.</source>
        <translation>L&apos;entraînement d&apos;un modèle de ré-identification demande au moins deux individus avec deux observations ou plus de chaque côté (trouvé %1 pour l&apos;entraînement, %2 pour la validation, %3 pour le test). Confirmez plus d&apos;individus.</translation>
    </message>
</context>
<context>
    <name>trapline::ui::AdjustTimesDialog</name>
    <message>
        <source>Adjust Times</source>
        <translation>Ajuster les heures</translation>
    </message>
    <message>
        <source>The camera&apos;s clock was wrong: &amp;shift every frame by</source>
        <translation>L&apos;horloge de l&apos;appareil était fausse : dé&amp;caler chaque image de</translation>
    </message>
    <message>
        <source>The times are in the file &amp;names, in this pattern</source>
        <translation>Les heures sont dans les &amp;noms de fichier, selon ce modèle</translation>
    </message>
    <message>
        <source>+HH:MM:SS moves the times later, -HH:MM:SS earlier</source>
        <translation>+HH:MM:SS décale les heures plus tard, -HH:MM:SS plus tôt</translation>
    </message>
    <message>
        <source>YYYY MM DD hh mm ss stand for the parts of the time, * for any text; camtrapR&apos;s renamed files (StationA__2009-04-21__00-40-00(1).JPG) match *__YYYY-MM-DD__hh-mm-ss*</source>
        <translation>YYYY MM DD hh mm ss désignent les parties de la date et de l&apos;heure, * un texte quelconque ; les fichiers renommés par camtrapR (StationA__2009-04-21__00-40-00(1).JPG) correspondent à *__YYYY-MM-DD__hh-mm-ss*</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>&amp;Déploiement :</translation>
    </message>
    <message>
        <source>The deployment&apos;s sequences are regrouped afterwards; labels are kept. Edit &gt; Undo puts the times back.</source>
        <translation>Les séquences du déploiement sont ensuite regroupées ; les annotations sont conservées. Édition &gt; Annuler rétablit les heures.</translation>
    </message>
    <message>
        <source>Every frame of the deployment moves by %1 s.</source>
        <translation>Chaque image du déploiement est décalée de %1 s.</translation>
    </message>
    <message>
        <source>Write the shift as +HH:MM:SS or -HH:MM:SS.</source>
        <translation>Écrivez le décalage sous la forme +HH:MM:SS ou -HH:MM:SS.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → does not match (keeps its time)</source>
        <translation>%1 → ne correspond pas (garde son heure)</translation>
    </message>
</context>
<context>
    <name>trapline::ui::DeploymentListModel</name>
    <message>
        <source>All deployments</source>
        <translation>Tous les déploiements</translation>
    </message>
    <message>
        <source>%1
%2 sequences, %3 not reviewed</source>
        <translation>%1
%2 séquences, %3 non vérifiées</translation>
    </message>
    <message>
        <source>%1
%2 media in %3 sequences
Folder: %4</source>
        <translation>%1
%2 images dans %3 séquences
Dossier : %4</translation>
    </message>
</context>
<context>
    <name>trapline::ui::DeploymentPropertiesDialog</name>
    <message>
        <source>e.g. Waterhole north</source>
        <translation>p. ex. Point d&apos;eau nord</translation>
    </message>
    <message>
        <source>decimal degrees, -90 to 90 (south is negative)</source>
        <translation>degrés décimaux, de -90 à 90 (sud négatif)</translation>
    </message>
    <message>
        <source>decimal degrees, -180 to 180 (west is negative)</source>
        <translation>degrés décimaux, de -180 à 180 (ouest négatif)</translation>
    </message>
    <message>
        <source>metres, e.g. 30</source>
        <translation>mètres, p. ex. 30</translation>
    </message>
    <message>
        <source>e.g. Europe/Paris, or +02:00</source>
        <translation>p. ex. Europe/Paris, ou +02:00</translation>
    </message>
    <message>
        <source>e.g. Reconyx HyperFire 2</source>
        <translation>p. ex. Reconyx HyperFire 2</translation>
    </message>
    <message>
        <source>metres above the ground</source>
        <translation>mètres au-dessus du sol</translation>
    </message>
    <message>
        <source>Deployment Properties</source>
        <translation>Propriétés du déploiement</translation>
    </message>
    <message>
        <source>The time zone the camera&apos;s clock was set to (follows daylight saving time), or its fixed offset from UTC. Exports stamp the camera&apos;s times with it.</source>
        <translation>Le fuseau horaire de l&apos;horloge de l&apos;appareil (suit l&apos;heure d&apos;été), ou son décalage fixe par rapport à UTC. Les exports datent les heures de l&apos;appareil avec lui.</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>&amp;Déploiement :</translation>
    </message>
    <message>
        <source>&amp;Location name:</source>
        <translation>Nom du &amp;lieu :</translation>
    </message>
    <message>
        <source>L&amp;atitude:</source>
        <translation>L&amp;atitude :</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>L&amp;ongitude :</translation>
    </message>
    <message>
        <source>Coordinate &amp;uncertainty (m):</source>
        <translation>&amp;Incertitude de la position (m) :</translation>
    </message>
    <message>
        <source>&amp;Time zone or UTC offset:</source>
        <translation>&amp;Fuseau horaire ou décalage UTC :</translation>
    </message>
    <message>
        <source>Camera &amp;model:</source>
        <translation>&amp;Modèle d&apos;appareil :</translation>
    </message>
    <message>
        <source>Camera &amp;height (m):</source>
        <translation>&amp;Hauteur de l&apos;appareil (m) :</translation>
    </message>
    <message>
        <source>The project has no deployments yet: import a folder first.</source>
        <translation>Le projet n&apos;a pas encore de déploiement : importez d&apos;abord un dossier.</translation>
    </message>
    <message>
        <source>Latitude must be a number of decimal degrees, such as -2.33.</source>
        <translation>La latitude doit être un nombre de degrés décimaux, comme -2.33.</translation>
    </message>
    <message>
        <source>Longitude must be a number of decimal degrees, such as 34.83.</source>
        <translation>La longitude doit être un nombre de degrés décimaux, comme 34.83.</translation>
    </message>
    <message>
        <source>The coordinate uncertainty must be a whole number of metres.</source>
        <translation>L&apos;incertitude de la position doit être un nombre entier de mètres.</translation>
    </message>
    <message>
        <source>The camera height must be a number of metres, such as 0.5.</source>
        <translation>La hauteur de l&apos;appareil doit être un nombre de mètres, comme 0.5.</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-3, e.g. KEN</source>
        <translation>ISO 3166-1 alpha-3, p. ex. KEN</translation>
    </message>
    <message>
        <source>e.g. CA for a US state; optional</source>
        <translation>p. ex. CA pour un État américain ; facultatif</translation>
    </message>
    <message>
        <source>SpeciesNet names only species known to live in this country (and region)</source>
        <translation>SpeciesNet ne nomme que des espèces connues pour vivre dans ce pays (et cette région)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
</context>
<context>
    <name>trapline::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Camtrap DP data package (GBIF, Agouti, camtrapR)</source>
        <translation>Paquet de données Camtrap DP (GBIF, Agouti, camtrapR)</translation>
    </message>
    <message>
        <source>COCO Camera Traps JSON (LILA)</source>
        <translation>JSON COCO Camera Traps (LILA)</translation>
    </message>
    <message>
        <source>MegaDetector results JSON</source>
        <translation>JSON des résultats de MegaDetector</translation>
    </message>
    <message>
        <source>CSV, one row per observation (Timelapse-style)</source>
        <translation>CSV, une ligne par observation (style Timelapse)</translation>
    </message>
    <message>
        <source>Training set: crops in class folders</source>
        <translation>Jeu d&apos;entraînement : recadrages dans des dossiers par classe</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans :</translation>
    </message>
    <message>
        <source>Include machine labels not yet reviewed</source>
        <translation>Inclure les annotations de la machine non vérifiées</translation>
    </message>
    <message>
        <source>Off: only labels a person made or confirmed</source>
        <translation>Désactivé : seulement les annotations faites ou confirmées par une personne</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>Jeu d&apos;entraînement</translation>
    </message>
    <message>
        <source>Whole frames instead of box crops</source>
        <translation>Images entières au lieu des recadrages</translation>
    </message>
    <message>
        <source>Only the first frame of each sequence</source>
        <translation>Seulement la première image de chaque séquence</translation>
    </message>
    <message>
        <source>Frames of a burst are near copies; one per sequence avoids over-counting</source>
        <translation>Les images d&apos;une rafale sont presque identiques ; une par séquence évite de compter trop</translation>
    </message>
    <message>
        <source>Share of empty frames kept: empties outnumber animals in most projects</source>
        <translation>Part des images vides conservées : dans la plupart des projets elles dépassent les animaux</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Deployment (camera)</source>
        <translation>Déploiement (caméra)</translation>
    </message>
    <message>
        <source>Frames of one group never sit on both sides of the split</source>
        <translation>Les images d&apos;un groupe ne se retrouvent jamais des deux côtés de la séparation</translation>
    </message>
    <message>
        <source>Share of groups held out for validation</source>
        <translation>Part des groupes réservés à la validation</translation>
    </message>
    <message>
        <source>Share of groups held out for a final test</source>
        <translation>Part des groupes réservés au test final</translation>
    </message>
    <message>
        <source>original size</source>
        <translation>taille d&apos;origine</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Keep &amp;empty:</source>
        <translation>Garder les &amp;vides :</translation>
    </message>
    <message>
        <source>Split &amp;by:</source>
        <translation>Séparer &amp;par :</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>&amp;Validation :</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>&amp;Test :</translation>
    </message>
    <message>
        <source>Longest &amp;side:</source>
        <translation>Plus grand &amp;côté :</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exporter dans le dossier</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Exporter dans le fichier</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l&apos;export.</translation>
    </message>
    <message>
        <source>Validation and test together must leave data for training.</source>
        <translation>Validation et test ensemble doivent laisser des données pour l&apos;entraînement.</translation>
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
        <translation>Cette image a sa propre annotation : %1</translation>
    </message>
    <message>
        <source>Check this frame: %1</source>
        <translation>Vérifiez cette image : %1</translation>
    </message>
</context>
<context>
    <name>trapline::ui::ImageView</name>
    <message>
        <source>Wheel: zoom, drag: pan, B or Ctrl+drag: draw a box, F: fit, M: magnifier</source>
        <translation>Molette : zoom, glisser : déplacer, B ou Ctrl+glisser : tracer un cadre, F : ajuster, M : loupe</translation>
    </message>
</context>
<context>
    <name>trapline::ui::IndividualsDialog</name>
    <message>
        <source>Individuals</source>
        <translation>Individus</translation>
    </message>
    <message>
        <source>The sightings of the individual, oldest first; select some to split them off</source>
        <translation>Les observations de l’individu, de la plus ancienne à la plus récente ; sélectionnez-en pour les séparer</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Nouveau...</translation>
    </message>
    <message>
        <source>Name an individual before its first sighting is labelled</source>
        <translation>Nommer un individu avant d’annoter sa première observation</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Renommer...</translation>
    </message>
    <message>
        <source>Give the selected individual another name</source>
        <translation>Donner un autre nom à l’individu sélectionné</translation>
    </message>
    <message>
        <source>&amp;Merge Into...</source>
        <translation>&amp;Fusionner avec...</translation>
    </message>
    <message>
        <source>The selected individual is the same animal as another: join their sightings</source>
        <translation>L’individu sélectionné est le même animal qu’un autre : réunir leurs observations</translation>
    </message>
    <message>
        <source>&amp;Split Off...</source>
        <translation>&amp;Séparer...</translation>
    </message>
    <message>
        <source>The selected sightings show another animal: make them a new individual</source>
        <translation>Les observations sélectionnées montrent un autre animal : en faire un nouvel individu</translation>
    </message>
    <message numerus="yes">
        <source>%n sighting(s)</source>
        <translation>
            <numerusform>%n observation</numerusform>
            <numerusform>%n observations</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>The same animal as:</source>
        <translation>Le même animal que :</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Séparer</translation>
    </message>
    <message>
        <source>Select the sightings that show the other animal first.</source>
        <translation>Sélectionnez d’abord les observations qui montrent l’autre animal.</translation>
    </message>
    <message>
        <source>Name of the other animal:</source>
        <translation>Nom de l’autre animal :</translation>
    </message>
    <message>
        <source>New individual</source>
        <translation>Nouvel individu</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
</context>
<context>
    <name>trapline::ui::JobsPanel</name>
    <message>
        <source>%1 s left</source>
        <translation>encore %1 s</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>encore %1 min</translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>encore %1 h</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Effacer les terminées</translation>
    </message>
    <message>
        <source>Remove finished jobs from this list</source>
        <translation>Retirer les tâches terminées de la liste</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stopping after the current batch...</source>
        <translation>Arrêt après le lot en cours...</translation>
    </message>
    <message>
        <source>%1: %2 of %3 %4</source>
        <translation>%1 : %2 sur %3 %4</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêtée : %1</translation>
    </message>
    <message>
        <source>Cancelled: %1. Run it again to resume.</source>
        <translation>Annulée : %1. Relancez-la pour reprendre.</translation>
    </message>
    <message>
        <source>Stop after the current batch; everything done so far is kept, and running the job again resumes it. A queued job is removed.</source>
        <translation>Arrêter après le lot en cours ; tout ce qui est fait est conservé, et relancer la tâche la reprend. Une tâche en attente est retirée.</translation>
    </message>
</context>
<context>
    <name>trapline::ui::LabelPanel</name>
    <message>
        <source>Labels</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Sequence:</source>
        <translation>Séquence :</translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation>Machine :</translation>
    </message>
    <message>
        <source>Frame:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <source>Box:</source>
        <translation>Cadre :</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Species: type to search, Enter to apply</source>
        <translation>Espèce : tapez pour chercher, Enter pour appliquer</translation>
    </message>
    <message>
        <source>Scientific or common name. A name the project does not know yet is added.
Enter applies it to the selected box, or else to the whole sequence.</source>
        <translation>Nom scientifique ou commun. Un nom que le projet ne connaît pas encore est ajouté.
Enter l&apos;applique au cadre sélectionné, sinon à toute la séquence.</translation>
    </message>
    <message>
        <source>&amp;Species:</source>
        <translation>&amp;Espèce :</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <source>How many animals; leave at &quot;not counted&quot; if you do not count</source>
        <translation>Combien d&apos;animaux ; laissez « non compté » si vous ne comptez pas</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>Nom&amp;bre :</translation>
    </message>
    <message>
        <source>The known individual this animal is, if any</source>
        <translation>L&apos;individu connu auquel correspond cet animal, s&apos;il y en a un</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>Nouveau...</translation>
    </message>
    <message>
        <source>Name a new individual</source>
        <translation>Nommer un nouvel individu</translation>
    </message>
    <message>
        <source>Individual:</source>
        <translation>Individu :</translation>
    </message>
    <message>
        <source>Behaviour, marks, anything worth keeping</source>
        <translation>Comportement, marques, tout ce qui mérite d&apos;être noté</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Apply to</source>
        <translation>Appliquer à</translation>
    </message>
    <message>
        <source>Whole sequence</source>
        <translation>Toute la séquence</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>The label of every frame of the sequence</source>
        <translation>L&apos;annotation de toutes les images de la séquence</translation>
    </message>
    <message>
        <source>Add species to sequence</source>
        <translation>Ajouter une espèce à la séquence</translation>
    </message>
    <message>
        <source>A second species in the same sequence</source>
        <translation>Une deuxième espèce dans la même séquence</translation>
    </message>
    <message>
        <source>This frame only</source>
        <translation>Cette image seulement</translation>
    </message>
    <message>
        <source>This frame differs from its sequence</source>
        <translation>Cette image diffère de sa séquence</translation>
    </message>
    <message>
        <source>Selected box</source>
        <translation>Cadre sélectionné</translation>
    </message>
    <message>
        <source>The label of the selected box only (multi-species frames)</source>
        <translation>L&apos;annotation du cadre sélectionné seulement (images à plusieurs espèces)</translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation>Actions rapides</translation>
    </message>
    <message>
        <source>Sequence is empty</source>
        <translation>Séquence vide</translation>
    </message>
    <message>
        <source>Nothing in any frame</source>
        <translation>Rien sur aucune image</translation>
    </message>
    <message>
        <source>Frame is empty</source>
        <translation>Image vide</translation>
    </message>
    <message>
        <source>The animal has left this frame</source>
        <translation>L&apos;animal a quitté cette image</translation>
    </message>
    <message>
        <source>Frame follows sequence</source>
        <translation>Image comme la séquence</translation>
    </message>
    <message>
        <source>Shift+E</source>
        <translation>Shift+E</translation>
    </message>
    <message>
        <source>Remove this frame&apos;s own label</source>
        <translation>Retirer l&apos;annotation propre à cette image</translation>
    </message>
    <message>
        <source>Accept machine label</source>
        <translation>Accepter l&apos;annotation de la machine</translation>
    </message>
    <message>
        <source>Confirm what the model said</source>
        <translation>Confirmer ce qu&apos;a dit le modèle</translation>
    </message>
    <message>
        <source>Reviewed as it is</source>
        <translation>Vérifiée telle quelle</translation>
    </message>
    <message>
        <source>The labels are right; mark it reviewed</source>
        <translation>Les annotations sont justes ; la marquer comme vérifiée</translation>
    </message>
    <message>
        <source>Quick keys</source>
        <translation>Touches rapides</translation>
    </message>
    <message>
        <source>Edit quick keys...</source>
        <translation>Modifier les touches rapides...</translation>
    </message>
    <message>
        <source>Choose the species of keys 1 to 9 for this project</source>
        <translation>Choisir l&apos;espèce des touches 1 à 9 pour ce projet</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non définie)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>No sequence selected</source>
        <translation>Aucune séquence sélectionnée</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n frame(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n image</numerusform>
            <numerusform>%1 · %2 · %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>not labelled</source>
        <translation>non annotée</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>no prediction</source>
        <translation>aucune prédiction</translation>
    </message>
    <message>
        <source>%1 (its own label)</source>
        <translation>%1 (annotation propre)</translation>
    </message>
    <message>
        <source>follows the sequence</source>
        <translation>comme la séquence</translation>
    </message>
    <message>
        <source>follows the sequence; check: %1</source>
        <translation>comme la séquence ; à vérifier : %1</translation>
    </message>
    <message>
        <source>none selected (B draws one)</source>
        <translation>aucun sélectionné (B en trace un)</translation>
    </message>
    <message>
        <source> (machine)</source>
        <translation> (machine)</translation>
    </message>
    <message>
        <source>time from the file, not the camera</source>
        <translation>heure du fichier, pas de l&apos;appareil</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>&amp;Nouveau projet...</translation>
    </message>
    <message>
        <source>Create an empty project file to import camera folders into</source>
        <translation>Créer un fichier de projet vide dans lequel importer des dossiers de caméras</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>&amp;Ouvrir un projet...</translation>
    </message>
    <message>
        <source>&amp;Import Folder...</source>
        <translation>&amp;Importer un dossier...</translation>
    </message>
    <message>
        <source>Add the images of a camera folder or SD card; run it again to add only new files</source>
        <translation>Ajouter les images d&apos;un dossier de caméra ou d&apos;une carte SD ; recommencez pour n&apos;ajouter que les nouveaux fichiers</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Trapline</source>
        <translation>À &amp;propos de Trapline</translation>
    </message>
    <message>
        <source>About Trapline</source>
        <translation>À propos de Trapline</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trapline %1&lt;/b&gt;&lt;p&gt;Review, label and re-identify camera-trap images.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Trapline %1&lt;/b&gt;&lt;p&gt;Vérifiez, annotez et ré-identifiez les images de pièges photographiques.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cameras and sites; pick one to see its sequences</source>
        <translation>Caméras et sites ; choisissez-en un pour voir ses séquences</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Déploiements</translation>
    </message>
    <message>
        <source>%1 - Trapline</source>
        <translation>%1 - Trapline</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Trapline projects (*.trapline)</source>
        <translation>Projets Trapline (*.trapline)</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Impossible de créer le projet</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>Import a camera folder</source>
        <translation>Importer un dossier de caméra</translation>
    </message>
    <message>
        <source>No project open. Create one with File &gt; New Project, or open one.</source>
        <translation>Aucun projet ouvert. Créez-en un avec Fichier &gt; Nouveau projet, ou ouvrez-en un.</translation>
    </message>
    <message>
        <source>%1 media, %2 sequences, %3 deployments, %4 with problems</source>
        <translation>%1 images, %2 séquences, %3 déploiements, %4 avec des problèmes</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>&amp;Run Models...</source>
        <translation>&amp;Exécuter les modèles...</translation>
    </message>
    <message>
        <source>Pre-label species with your detector and classifier, and compute re-ID features</source>
        <translation>Pré-annoter les espèces avec votre détecteur et votre classificateur, et calculer les caractéristiques de ré-identification</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tâche en cours</numerusform>
            <numerusform>%n tâches en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new image(s), %1 with problems, %2 already imported</source>
        <translation>
            <numerusform>%n nouvelle image, %1 avec des problèmes, %2 déjà importées</numerusform>
            <numerusform>%n nouvelles images, %1 avec des problèmes, %2 déjà importées</numerusform>
        </translation>
    </message>
    <message>
        <source>Run models</source>
        <translation>Exécuter les modèles</translation>
    </message>
    <message>
        <source>%1 images on %2: %3 detections, %4 frames flagged for review, %5 failed</source>
        <translation>%1 images sur %2 : %3 détections, %4 images signalées à vérifier, %5 échecs</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 arrêtée</translation>
    </message>
    <message>
        <source>%1 finished: %2</source>
        <translation>%1 terminée : %2</translation>
    </message>
    <message>
        <source>Import &amp;Labels...</source>
        <translation>Importer des &amp;annotations...</translation>
    </message>
    <message>
        <source>Bring in labels made elsewhere: Camtrap DP, COCO Camera Traps, MegaDetector results, CSV</source>
        <translation>Importer des annotations faites ailleurs : Camtrap DP, COCO Camera Traps, résultats de MegaDetector, CSV</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exporter...</translation>
    </message>
    <message>
        <source>Camtrap DP, COCO Camera Traps, MegaDetector JSON, CSV or a training set</source>
        <translation>Camtrap DP, COCO Camera Traps, JSON de MegaDetector, CSV ou un jeu d&apos;entraînement</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Import Labels</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Import labels</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Camtrap DP package (datapackage.json);;COCO Camera Traps (*.json);;MegaDetector results (*.json);;CSV (*.csv)</source>
        <translation>Paquet Camtrap DP (datapackage.json);;COCO Camera Traps (*.json);;Résultats de MegaDetector (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un projet &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres...</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Révision</translation>
    </message>
    <message>
        <source>&amp;Quick Keys</source>
        <translation>&amp;Touches rapides</translation>
    </message>
    <message>
        <source>Label with quick key %1</source>
        <translation>Annoter avec la touche rapide %1</translation>
    </message>
    <message>
        <source>The species of key %1, for the whole sequence (or the selected box)</source>
        <translation>L&apos;espèce de la touche %1, pour toute la séquence (ou le cadre sélectionné)</translation>
    </message>
    <message>
        <source>&amp;Edit Quick Keys...</source>
        <translation>&amp;Modifier les touches rapides...</translation>
    </message>
    <message>
        <source>&amp;Search Species</source>
        <translation>&amp;Rechercher une espèce</translation>
    </message>
    <message>
        <source>Type a species for the sequence, the frame or the selected box</source>
        <translation>Saisir une espèce pour la séquence, l&apos;image ou le cadre sélectionné</translation>
    </message>
    <message>
        <source>Sequence Is &amp;Empty</source>
        <translation>Séquence &amp;vide</translation>
    </message>
    <message>
        <source>Nothing in any frame of this sequence</source>
        <translation>Rien sur aucune image de cette séquence</translation>
    </message>
    <message>
        <source>&amp;Frame Is Empty</source>
        <translation>&amp;Image vide</translation>
    </message>
    <message>
        <source>The animal has left this frame</source>
        <translation>L&apos;animal a quitté cette image</translation>
    </message>
    <message>
        <source>Frame &amp;Follows Sequence</source>
        <translation>Image &amp;comme la séquence</translation>
    </message>
    <message>
        <source>Remove this frame&apos;s own label</source>
        <translation>Retirer l&apos;annotation propre à cette image</translation>
    </message>
    <message>
        <source>&amp;Accept Machine Label</source>
        <translation>&amp;Accepter l&apos;annotation de la machine</translation>
    </message>
    <message>
        <source>Confirm the model&apos;s label of the sequence</source>
        <translation>Confirmer l&apos;annotation de la séquence donnée par le modèle</translation>
    </message>
    <message>
        <source>&amp;Reviewed As It Is</source>
        <translation>Vérifiée telle &amp;quelle</translation>
    </message>
    <message>
        <source>The labels are right: mark the sequence reviewed</source>
        <translation>Les annotations sont justes : marquer la séquence comme vérifiée</translation>
    </message>
    <message>
        <source>Draw a &amp;Box</source>
        <translation>Tracer un ca&amp;dre</translation>
    </message>
    <message>
        <source>Drag a box around one animal (or Ctrl+drag)</source>
        <translation>Faire glisser un cadre autour d&apos;un animal (ou Ctrl+glisser)</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Box</source>
        <translation>S&amp;upprimer le cadre sélectionné</translation>
    </message>
    <message>
        <source>A person&apos;s box is deleted, a machine box is rejected</source>
        <translation>Un cadre tracé par une personne est supprimé, un cadre de la machine est rejeté</translation>
    </message>
    <message>
        <source>&amp;Next Sequence</source>
        <translation>Séquence &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Sequence</source>
        <translation>Séquence &amp;précédente</translation>
    </message>
    <message>
        <source>Next &amp;Unreviewed</source>
        <translation>Suivante &amp;non vérifiée</translation>
    </message>
    <message>
        <source>The next sequence in the list that no person has reviewed</source>
        <translation>La séquence suivante de la liste qu&apos;aucune personne n&apos;a vérifiée</translation>
    </message>
    <message>
        <source>Next Fra&amp;me</source>
        <translation>I&amp;mage suivante</translation>
    </message>
    <message>
        <source>Previous Fr&amp;ame</source>
        <translation>Ima&amp;ge précédente</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>Aff&amp;ichage</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Zoom arrière</translation>
    </message>
    <message>
        <source>&amp;Magnifier</source>
        <translation>&amp;Loupe</translation>
    </message>
    <message>
        <source>A loupe under the mouse</source>
        <translation>Une loupe sous la souris</translation>
    </message>
    <message>
        <source>&amp;Reset Brightness and Contrast</source>
        <translation>&amp;Réinitialiser la luminosité et le contraste</translation>
    </message>
    <message>
        <source>Review queues</source>
        <translation>Files de vérification</translation>
    </message>
    <message>
        <source>Sequences: Up/Down to move, Space for the next unreviewed one</source>
        <translation>Séquences : Haut/Bas pour se déplacer, Espace pour la suivante non vérifiée</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language applies the next time Trapline starts.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de Trapline.</translation>
    </message>
    <message>
        <source>That was the last sequence in this list.</source>
        <translation>C&apos;était la dernière séquence de cette liste.</translation>
    </message>
    <message>
        <source>This is the first sequence in this list.</source>
        <translation>C&apos;est la première séquence de cette liste.</translation>
    </message>
    <message>
        <source>No unreviewed sequence after this one in the list.</source>
        <translation>Aucune séquence non vérifiée après celle-ci dans la liste.</translation>
    </message>
    <message>
        <source>&amp;Back Up Project</source>
        <translation>Sauve&amp;garder le projet</translation>
    </message>
    <message>
        <source>Copy the project, as it is now, into its backups folder beside it</source>
        <translation>Copier le projet, tel qu’il est maintenant, dans son dossier de sauvegardes à côté de lui</translation>
    </message>
    <message>
        <source>Back up %1</source>
        <translation>Sauvegarde de %1</translation>
    </message>
    <message>
        <source>saved to %1</source>
        <translation>enregistrée dans %1</translation>
    </message>
    <message>
        <source>Compare every box without an individual with the confirmed sightings (embeddings from your re-ID model), in the background</source>
        <translation>Comparer chaque boîte sans individu aux observations confirmées (embeddings de votre modèle de réidentification), en arrière-plan</translation>
    </message>
    <message>
        <source>Match &amp;Individuals...</source>
        <translation>Apparier les &amp;individus...</translation>
    </message>
    <message>
        <source>Confirm or reject the proposed individuals side by side</source>
        <translation>Confirmer ou rejeter les individus proposés, côte à côte</translation>
    </message>
    <message>
        <source>Propose individual matches</source>
        <translation>Proposer des correspondances d’individus</translation>
    </message>
    <message>
        <source>%1 proposals for %2 sightings, from %3 confirmed sightings of %4 individuals</source>
        <translation>%1 propositions pour %2 observations, à partir de %3 observations confirmées de %4 individus</translation>
    </message>
    <message>
        <source>Pr&amp;opose Individual Matches</source>
        <translation>Pr&amp;oposer des correspondances d’individus</translation>
    </message>
    <message>
        <source>Indi&amp;viduals...</source>
        <translation>Indi&amp;vidus...</translation>
    </message>
    <message>
        <source>The project&apos;s individuals and their sightings: rename, merge, split</source>
        <translation>Les individus du projet et leurs observations : renommer, fusionner, séparer</translation>
    </message>
    <message>
        <source>&amp;Train Model...</source>
        <translation>E&amp;ntraîner un modèle...</translation>
    </message>
    <message>
        <source>Fine-tune the species classifier or the re-ID embedder on your corrected labels</source>
        <translation>Affiner le classificateur d&apos;espèces ou le modèle de ré-identification sur vos annotations corrigées</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>&amp;Déploiements</translation>
    </message>
    <message>
        <source>&amp;Properties...</source>
        <translation>&amp;Propriétés...</translation>
    </message>
    <message>
        <source>Position, camera and clock (time zone) of a deployment: a Camtrap DP export needs them</source>
        <translation>Position, appareil et horloge (fuseau horaire) d&apos;un déploiement : un export Camtrap DP en a besoin</translation>
    </message>
    <message>
        <source>Adjust &amp;Times...</source>
        <translation>Ajuster les &amp;heures...</translation>
    </message>
    <message>
        <source>Correct a camera clock that was set wrong, or read the times from the file names</source>
        <translation>Corriger l&apos;horloge mal réglée d&apos;un appareil, ou lire les heures dans les noms de fichier</translation>
    </message>
    <message numerus="yes">
        <source>available, %n device(s)</source>
        <translation>
            <numerusform>disponible, %n périphérique</numerusform>
            <numerusform>disponible, %n périphériques</numerusform>
        </translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>&lt;p&gt;Models run with: BLAS %1 (%2); LibTorch %3 with %4 threads on %5 cores; OpenCV %6 threads (%7); CUDA %8.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les modèles s&apos;exécutent avec : BLAS %1 (%2) ; LibTorch %3 avec %4 threads sur %5 cœurs ; OpenCV %6 threads (%7) ; CUDA %8.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Models run about ten times slower than they could:&lt;/b&gt; the reference BLAS is in use. Install OpenBLAS with &lt;code&gt;%1&lt;/code&gt; and restart Trapline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Les modèles tournent environ dix fois plus lentement qu&apos;ils ne le pourraient :&lt;/b&gt; le BLAS de référence est utilisé. Installez OpenBLAS avec &lt;code&gt;%1&lt;/code&gt; et redémarrez Trapline.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) have no camera time: they are timed by their files and grouped only where their names run consecutively (%1 sequences). Deployments &gt; Adjust Times can read times from the file names or correct a camera clock.</source>
        <translation>
            <numerusform>%n image n&apos;a pas d&apos;heure de l&apos;appareil : elle est datée par son fichier et regroupée seulement là où les noms se suivent (%1 séquences). Déploiements &gt; Ajuster les heures peut lire les heures dans les noms de fichier ou corriger l&apos;horloge d&apos;un appareil.</numerusform>
            <numerusform>%n images n&apos;ont pas d&apos;heure de l&apos;appareil : elles sont datées par leurs fichiers et regroupées seulement là où leurs noms se suivent (%1 séquences). Déploiements &gt; Ajuster les heures peut lire les heures dans les noms de fichier ou corriger l&apos;horloge d&apos;un appareil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) where a model failed before were skipped: tick &quot;Retry media where a model failed before&quot; in Run Models to try them again.</source>
        <translation>
            <numerusform>%n image où un modèle a échoué auparavant a été ignorée : cochez « Réessayer les images où un modèle a échoué auparavant » dans Exécuter les modèles pour la réessayer.</numerusform>
            <numerusform>%n images où un modèle a échoué auparavant ont été ignorées : cochez « Réessayer les images où un modèle a échoué auparavant » dans Exécuter les modèles pour les réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The format of %1 is not known. Choose one of the formats in the file dialog&apos;s list.</source>
        <translation>Le format de %1 n&apos;est pas reconnu. Choisissez l&apos;un des formats de la liste de la boîte de dialogue des fichiers.</translation>
    </message>
    <message>
        <source>Adjust Times</source>
        <translation>Ajuster les heures</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Ouvrez d&apos;abord un projet.</translation>
    </message>
    <message numerus="yes">
        <source>%n frame time(s) changed</source>
        <translation>
            <numerusform>%n heure d&apos;image modifiée</numerusform>
            <numerusform>%n heures d&apos;image modifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already queued.</source>
        <translation>%1 est déjà en attente.</translation>
    </message>
    <message>
        <source>%1 is already running.</source>
        <translation>%1 est déjà en cours.</translation>
    </message>
    <message>
        <source>%1 is queued: it starts when the job before it ends.</source>
        <translation>%1 est en attente : elle démarre quand la tâche précédente se termine.</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (queued)</source>
        <translation>%1 (en attente)</translation>
    </message>
    <message>
        <source>Queued: starts when the project&apos;s running job ends. %1</source>
        <translation>En attente : démarre quand la tâche en cours du projet se termine. %1</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (en cours)</translation>
    </message>
    <message>
        <source>Running: see the Jobs panel for its progress; another request is queued. %1</source>
        <translation>En cours : voyez sa progression dans le panneau Tâches ; une autre demande est en attente. %1</translation>
    </message>
    <message>
        <source>Could not undo or redo &quot;%1&quot;: %2</source>
        <translation>Impossible d’annuler ou de rétablir « %1 » : %2</translation>
    </message>
    <message>
        <source>Check out for %1</source>
        <translation>Extraire pour %1</translation>
    </message>
    <message>
        <source>%1 sequences (%2 images) checked out to %3</source>
        <translation>%1 séquences (%2 images) extraites vers %3</translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation>Réintégrer %1</translation>
    </message>
    <message>
        <source>Check Out for Review</source>
        <translation>Extraire pour révision</translation>
    </message>
    <message>
        <source>The sequences the list shows go to one reviewer.
Reviewer:</source>
        <translation>Les séquences affichées dans la liste vont à une personne.
Réviseur :</translation>
    </message>
    <message>
        <source>the review list</source>
        <translation>la liste de révision</translation>
    </message>
    <message>
        <source>Check In</source>
        <translation>Réintégrer</translation>
    </message>
    <message>
        <source>Check &amp;Out for Review...</source>
        <translation>&amp;Extraire pour révision...</translation>
    </message>
    <message>
        <source>A part of this project for one reviewer to label elsewhere</source>
        <translation>Une partie de ce projet, à étiqueter ailleurs par une personne</translation>
    </message>
    <message>
        <source>Check &amp;In...</source>
        <translation>Ré&amp;intégrer...</translation>
    </message>
    <message>
        <source>Merge a reviewer&apos;s part back; sequences changed on both sides go to the Conflicts queue</source>
        <translation>Réintégrer la partie d&apos;une personne ; les séquences modifiées des deux côtés vont dans la file Conflits</translation>
    </message>
    <message>
        <source>Model &amp;Library...</source>
        <translation>&amp;Bibliothèque de modèles...</translation>
    </message>
    <message>
        <source>Download, convert and remove the published camera-trap models (MegaDetector, SpeciesNet, DeepFaune, MegaDescriptor...)</source>
        <translation>Télécharger, convertir et supprimer les modèles publiés pour pièges photographiques (MegaDetector, SpeciesNet, DeepFaune, MegaDescriptor...)</translation>
    </message>
</context>
<context>
    <name>trapline::ui::MatchReviewDialog</name>
    <message>
        <source>Match individuals</source>
        <translation>Apparier les individus</translation>
    </message>
    <message>
        <source>Same individual</source>
        <translation>Même individu</translation>
    </message>
    <message>
        <source>Not this one</source>
        <translation>Pas celui-ci</translation>
    </message>
    <message>
        <source>Previous candidate</source>
        <translation>Candidat précédent</translation>
    </message>
    <message>
        <source>Next candidate</source>
        <translation>Candidat suivant</translation>
    </message>
    <message>
        <source>Next sighting</source>
        <translation>Observation suivante</translation>
    </message>
    <message>
        <source>Previous sighting</source>
        <translation>Observation précédente</translation>
    </message>
    <message>
        <source>New individual</source>
        <translation>Nouvel individu</translation>
    </message>
    <message>
        <source>No proposed matches are waiting. Run Review &gt; Propose Individual Matches after an embedder has run, or once more sightings have individuals.</source>
        <translation>Aucune correspondance proposée en attente. Lancez Révision &gt; Proposer des correspondances d’individus après un modèle d’embeddings, ou quand davantage d’observations auront un individu.</translation>
    </message>
    <message>
        <source>Sighting %1 of %2 (box %3)  ↔  candidate %4 of %5: &lt;b&gt;%6&lt;/b&gt;, score %7 (%8)</source>
        <translation>Observation %1 sur %2 (boîte %3)  ↔  candidat %4 sur %5 : &lt;b&gt;%6&lt;/b&gt;, score %7 (%8)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>This sighting shows an individual not seen before. Its name:</source>
        <translation>Cette observation montre un individu jamais vu. Son nom :</translation>
    </message>
</context>
<context>
    <name>trapline::ui::ModelLibraryDialog</name>
    <message>
        <source>Model Library</source>
        <translation>Bibliothèque de modèles</translation>
    </message>
    <message>
        <source>The published camera-trap models Trapline knows. Downloads go to %1 and run in the background (see the Jobs panel); a download that is cut off continues where it stopped when you download again.</source>
        <translation>Les modèles publiés pour pièges photographiques que Trapline connaît. Les téléchargements vont dans %1 et s&apos;exécutent en arrière-plan (voir le panneau des tâches) ; un téléchargement interrompu reprend là où il s&apos;est arrêté quand vous téléchargez à nouveau.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>the publisher&apos;s address</source>
        <translation>l&apos;adresse de l&apos;éditeur</translation>
    </message>
    <message>
        <source>Download the same file from another address; the publisher&apos;s checksum still applies</source>
        <translation>Télécharger le même fichier depuis une autre adresse ; la somme de contrôle de l&apos;éditeur s&apos;applique toujours</translation>
    </message>
    <message>
        <source>&amp;Mirror:</source>
        <translation>&amp;Miroir :</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>Fetch the file into the models folder and check it against the publisher&apos;s checksum</source>
        <translation>Récupérer le fichier dans le dossier des modèles et le vérifier avec la somme de contrôle de l&apos;éditeur</translation>
    </message>
    <message>
        <source>Use a &amp;File I Already Have...</source>
        <translation>Utiliser un &amp;fichier que j&apos;ai déjà...</translation>
    </message>
    <message>
        <source>Check a copy you downloaded before and copy it into the models folder</source>
        <translation>Vérifier une copie téléchargée auparavant et la copier dans le dossier des modèles</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>&amp;Convertir</translation>
    </message>
    <message>
        <source>Turn the published checkpoint into a TorchScript model Trapline runs, then check it</source>
        <translation>Transformer le checkpoint publié en un modèle TorchScript que Trapline exécute, puis le vérifier</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the downloaded file</source>
        <translation>Effacer le fichier téléchargé</translation>
    </message>
    <message>
        <source>The file of %1</source>
        <translation>Le fichier de %1</translation>
    </message>
    <message>
        <source>%1 (%2);;All files (*)</source>
        <translation>%1 (%2);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1 from %2?</source>
        <translation>Effacer %1 de %2 ?</translation>
    </message>
    <message>
        <source>To convert by hand (where Trapline finds no Python with PyTorch), run these commands in a terminal, in Trapline&apos;s source folder:</source>
        <translation>Pour le convertir à la main (quand Trapline ne trouve pas de Python avec PyTorch), lancez ces commandes dans un terminal, dans le dossier des sources de Trapline :</translation>
    </message>
    <message>
        <source>%1 (%2, must accept)</source>
        <translation>%1 (%2, à accepter)</translation>
    </message>
    <message>
        <source>downloading, %1%</source>
        <translation>téléchargement, %1%</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <source>converting</source>
        <translation>conversion</translation>
    </message>
    <message>
        <source>converted, ready</source>
        <translation>converti, prêt</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installé</translation>
    </message>
    <message>
        <source>partly downloaded (%1)</source>
        <translation>téléchargé en partie (%1)</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>no direct download</source>
        <translation>pas de téléchargement direct</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (%2 terms)%3</source>
        <translation>%1 (conditions %2)%3</translation>
    </message>
    <message>
        <source>: you must accept it before downloading</source>
        <translation> : vous devez l&apos;accepter avant de télécharger</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>no confirmed address. %1</source>
        <translation>aucune adresse confirmée. %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>non publiée</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>Décodeur</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n de plus</numerusform>
            <numerusform>%1 et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>listed in %1</source>
        <translation>listées dans %1</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>no recipe</source>
        <translation>pas de recette</translation>
    </message>
    <message>
        <source>recipe &quot;%1&quot;</source>
        <translation>recette &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>I have read and accept the licence of %1: %2</source>
        <translation>J&apos;ai lu et j&apos;accepte la licence de %1 : %2</translation>
    </message>
    <message>
        <source>Trapline has no conversion recipe for this model yet</source>
        <translation>Trapline n&apos;a pas encore de recette de conversion pour ce modèle</translation>
    </message>
    <message>
        <source>The mirror &quot;%1&quot; is not an http:// or https:// address: correct it, or empty the field to download from the publisher.</source>
        <translation>Le miroir &quot;%1&quot; n&apos;est pas une adresse http:// ou https:// : corrigez-le, ou videz le champ pour télécharger depuis l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Télécharger %1</translation>
    </message>
    <message>
        <source>Install %1 from %2</source>
        <translation>Installer %1 depuis %2</translation>
    </message>
    <message>
        <source>%1 is published under %2 (%3 terms). Read the licence, tick &quot;I have read and accept the licence&quot;, then download again.</source>
        <translation>%1 est publié sous %2 (conditions %3). Lisez la licence, cochez &quot;J&apos;ai lu et j&apos;accepte la licence&quot;, puis téléchargez à nouveau.</translation>
    </message>
    <message>
        <source>%1 is installed in %2 (%3; its publisher gives no checksum to check it against).</source>
        <translation>%1 est installé dans %2 (%3 ; son éditeur ne donne pas de somme de contrôle pour le vérifier).</translation>
    </message>
    <message>
        <source>%1 is installed in %2 (%3, %4 verified).</source>
        <translation>%1 est installé dans %2 (%3, %4 vérifiée).</translation>
    </message>
    <message>
        <source>Convert it to run it in Trapline.</source>
        <translation>Convertissez-le pour l&apos;exécuter dans Trapline.</translation>
    </message>
    <message>
        <source>Download %1 first, or use a file you already have: the conversion starts from the published file %2.</source>
        <translation>Téléchargez d&apos;abord %1, ou utilisez un fichier que vous avez déjà : la conversion part du fichier publié %2.</translation>
    </message>
    <message>
        <source>Convert %1</source>
        <translation>Convertir %1</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <source>The conversion of %1 made %2, but the model does not pass its check: %3</source>
        <translation>La conversion de %1 a produit %2, mais le modèle ne passe pas sa vérification : %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 is converted and checked: a %2 with %n class(es), input %3x%4. Run Models lists it by its name.</source>
        <translation>
            <numerusform>%1 est converti et vérifié : un %2 avec %n classe, entrée %3x%4. Exécuter les modèles le liste sous son nom.</numerusform>
            <numerusform>%1 est converti et vérifié : un %2 avec %n classes, entrée %3x%4. Exécuter les modèles le liste sous son nom.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: see the Jobs panel for its progress.</source>
        <translation>%1 : voir sa progression dans le panneau des tâches.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>Choisissez d&apos;abord un modèle.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
</context>
<context>
    <name>trapline::ui::ReviewPane</name>
    <message>
        <source>Frames of this sequence: Left/Right to move between them</source>
        <translation>Images de cette séquence : Gauche/Droite pour passer de l&apos;une à l&apos;autre</translation>
    </message>
    <message>
        <source>New individual</source>
        <translation>Nouvel individu</translation>
    </message>
    <message>
        <source>Name of the individual:</source>
        <translation>Nom de l&apos;individu :</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation>Ajuster l&apos;image à la fenêtre (F)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom avant (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>Magnifier</source>
        <translation>Loupe</translation>
    </message>
    <message>
        <source>A loupe under the mouse (M)</source>
        <translation>Une loupe sous la souris (M)</translation>
    </message>
    <message>
        <source>Draw box</source>
        <translation>Tracer un cadre</translation>
    </message>
    <message>
        <source>Drag a box around one animal (B, or Ctrl+drag at any time)</source>
        <translation>Faire glisser un cadre autour d&apos;un animal (B, ou Ctrl+glisser à tout moment)</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Luminosité</translation>
    </message>
    <message>
        <source>Brighten dark night shots; double-click Reset to undo</source>
        <translation>Éclaircir les photos de nuit sombres ; double-cliquez sur Réinitialiser pour annuler</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>More contrast for washed-out or infrared frames</source>
        <translation>Plus de contraste pour les images délavées ou infrarouges</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Brightness and contrast back to the image as it is</source>
        <translation>Rétablir la luminosité et le contraste d&apos;origine de l&apos;image</translation>
    </message>
    <message>
        <source>Pick a sequence on the left.</source>
        <translation>Choisissez une séquence à gauche.</translation>
    </message>
    <message>
        <source>Open or create a project to start.</source>
        <translation>Ouvrez ou créez un projet pour commencer.</translation>
    </message>
    <message>
        <source>Cannot show %1: %2</source>
        <translation>Impossible d&apos;afficher %1 : %2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Type a species first (press / to search), or use a quick key 1-9.</source>
        <translation>Saisissez d&apos;abord une espèce (appuyez sur / pour chercher), ou utilisez une touche rapide 1-9.</translation>
    </message>
    <message>
        <source>Select a box first (click it), or draw one with B.</source>
        <translation>Sélectionnez d&apos;abord un cadre (cliquez dessus), ou tracez-en un avec B.</translation>
    </message>
    <message>
        <source>Quick key %1 has no species yet: set it under Review &gt; Quick Keys.</source>
        <translation>La touche rapide %1 n&apos;a pas encore d&apos;espèce : définissez-la dans Révision &gt; Touches rapides.</translation>
    </message>
    <message>
        <source>Select a box to delete (click it).</source>
        <translation>Sélectionnez le cadre à supprimer (cliquez dessus).</translation>
    </message>
    <message>
        <source>Drag a box around one animal; Esc cancels.</source>
        <translation>Faites glisser un cadre autour d&apos;un animal ; Esc annule.</translation>
    </message>
    <message>
        <source>Box added: press 1-9 or / to name its species.</source>
        <translation>Cadre ajouté : appuyez sur 1-9 ou / pour nommer son espèce.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits %2 species (%3): pick one from the list.</source>
        <translation>« %1 » correspond à %2 espèces (%3) : choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>Keep these labels</source>
        <translation>Garder ces étiquettes</translation>
    </message>
    <message>
        <source>Changed here and in %1&apos;s part. Here: %2. %1: %3.</source>
        <translation>Modifiée ici et dans la partie de %1. Ici : %2. %1 : %3.</translation>
    </message>
    <message>
        <source>Take %1&apos;s</source>
        <translation>Prendre celle de %1</translation>
    </message>
</context>
<context>
    <name>trapline::ui::ReviewQueuePanel</name>
    <message>
        <source>Not reviewed yet</source>
        <translation>Pas encore vérifiées</translation>
    </message>
    <message>
        <source>Sequences no person has labelled or marked reviewed</source>
        <translation>Séquences qu&apos;aucune personne n&apos;a annotées ni marquées comme vérifiées</translation>
    </message>
    <message>
        <source>Machine-labelled only</source>
        <translation>Annotées par la machine seulement</translation>
    </message>
    <message>
        <source>Sequences with a model&apos;s label that no person has checked</source>
        <translation>Séquences annotées par un modèle qu&apos;aucune personne n&apos;a contrôlées</translation>
    </message>
    <message>
        <source>Machine less sure than</source>
        <translation>Confiance de la machine inférieure à</translation>
    </message>
    <message>
        <source>Sequences whose best machine label is below this confidence: check these first</source>
        <translation>Séquences dont la meilleure annotation de la machine est sous ce seuil de confiance : à vérifier en premier</translation>
    </message>
    <message>
        <source>Frames disagree with sequence</source>
        <translation>Images en désaccord avec la séquence</translation>
    </message>
    <message>
        <source>A frame&apos;s prediction differs from its sequence (often: the animal has left)</source>
        <translation>La prédiction d&apos;une image diffère de celle de sa séquence (souvent : l&apos;animal est parti)</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vides</translation>
    </message>
    <message>
        <source>Labelled empty by a person, or by the machine where no person has labelled it</source>
        <translation>Annotées comme vides par une personne, ou par la machine quand aucune personne ne les a annotées</translation>
    </message>
    <message>
        <source>Species:</source>
        <translation>Espèce :</translation>
    </message>
    <message>
        <source>Individual:</source>
        <translation>Individu :</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>(any species)</source>
        <translation>(toutes les espèces)</translation>
    </message>
    <message>
        <source>(any individual)</source>
        <translation>(tous les individus)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Sequences a check-in found changed both here and in a reviewer&apos;s part: pick one version</source>
        <translation>Séquences qu&apos;une réintégration a trouvées modifiées ici et dans la partie d&apos;une personne : choisissez une version</translation>
    </message>
</context>
<context>
    <name>trapline::ui::RunModelsDialog</name>
    <message>
        <source>Run Models</source>
        <translation>Exécuter les modèles</translation>
    </message>
    <message>
        <source>&amp;Detector:</source>
        <translation>&amp;Détecteur :</translation>
    </message>
    <message>
        <source>Finds animals, people and vehicles and draws their boxes (MegaDetector, a YOLO model)</source>
        <translation>Trouve animaux, personnes et véhicules et trace leurs cadres (MegaDetector, un modèle YOLO)</translation>
    </message>
    <message>
        <source>&amp;Species classifier:</source>
        <translation>Classificateur d&apos;&amp;espèces :</translation>
    </message>
    <message>
        <source>Names the species in each animal box, or in the whole frame without a detector</source>
        <translation>Nomme l&apos;espèce dans chaque cadre d&apos;animal, ou dans l&apos;image entière sans détecteur</translation>
    </message>
    <message>
        <source>&amp;Re-ID embedder:</source>
        <translation>Modèle de &amp;ré-identification :</translation>
    </message>
    <message>
        <source>Computes the features that propose individual matches (needs a detector)</source>
        <translation>Calcule les caractéristiques qui proposent des correspondances d&apos;individus (nécessite un détecteur)</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Automatique (GPU si disponible)</translation>
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
        <translation>&amp;Processeur :</translation>
    </message>
    <message>
        <source>Images per forward pass: larger is faster on a GPU, uses more memory</source>
        <translation>Images par passe : plus grand est plus rapide sur GPU, utilise plus de mémoire</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Taille de &amp;lot :</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Model manifest</source>
        <translation>Manifeste du modèle</translation>
    </message>
    <message>
        <source>Model manifests (*.json)</source>
        <translation>Manifestes de modèles (*.json)</translation>
    </message>
    <message>
        <source>Choose at least a detector or a species classifier.</source>
        <translation>Choisissez au moins un détecteur ou un classificateur d&apos;espèces.</translation>
    </message>
    <message>
        <source>Re&amp;try media where a model failed before</source>
        <translation>Réessayer les &amp;images où un modèle a échoué auparavant</translation>
    </message>
    <message>
        <source>Without this, media on which a model failed (a damaged file, an error of the model) are skipped, so that a run does not fail on them again</source>
        <translation>Sans cette option, les images sur lesquelles un modèle a échoué (fichier endommagé, erreur du modèle) sont ignorées, pour qu&apos;une exécution n&apos;échoue pas de nouveau sur elles</translation>
    </message>
    <message>
        <source>On a S&amp;lurm Cluster...</source>
        <translation>Sur un cluster S&amp;lurm...</translation>
    </message>
    <message>
        <source>Split the media into shards and run them as a Slurm job array on a cluster</source>
        <translation>Répartir les images en lots et les exécuter comme un tableau de tâches Slurm sur un cluster</translation>
    </message>
    <message>
        <source>Tick the installed models to run: a detector, a species classifier, a re-ID embedder. Models &gt; Model Library downloads and converts the published ones; &quot;Add Manifest&quot; takes a model of your own (.json). Media already processed by the same model version are skipped, so a cancelled run resumes where it stopped.</source>
        <translation>Cochez les modèles installés à exécuter : un détecteur, un classificateur d&apos;espèces, un extracteur de ré-ID. Modèles &gt; Bibliothèque de modèles télécharge et convertit les modèles publiés ; &quot;Ajouter un manifeste&quot; prend un modèle à vous (.json). Les médias déjà traités par la même version du modèle sont ignorés, donc une exécution annulée reprend là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <source>The models in your models folders and those that ship with Trapline</source>
        <translation>Les modèles de vos dossiers de modèles et ceux fournis avec Trapline</translation>
    </message>
    <message>
        <source>&amp;Add Manifest...</source>
        <translation>&amp;Ajouter un manifeste...</translation>
    </message>
    <message>
        <source>&amp;Models:</source>
        <translation>&amp;Modèles :</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2): not ready. %3</source>
        <translation>%1 (%2) : pas prêt. %3</translation>
    </message>
    <message>
        <source>%1 is not a detector, classifier or embedder (its &quot;kind&quot; is &quot;%2&quot;).</source>
        <translation>%1 n&apos;est ni un détecteur, ni un classificateur, ni un extracteur (son &quot;kind&quot; est &quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>trapline::ui::SequenceListModel</name>
    <message>
        <source>not reviewed</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>machine-labelled</source>
        <translation>annotée par la machine</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>vérifiée</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n frame(s)</source>
        <translation>
            <numerusform>%1
%n image</numerusform>
            <numerusform>%1
%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Sequence %1: %2 frames, grouped by %3, %4</source>
        <translation>Séquence %1 : %2 images, regroupées par %3, %4</translation>
    </message>
    <message>
        <source>%1 · no camera time</source>
        <translation>%1 · sans heure de l&apos;appareil</translation>
    </message>
    <message>
        <source>No camera time: the time shown is the file&apos;s, which a copy may have set. Frames are grouped only where their names run consecutively. Deployments &gt; Adjust Times can read times from the file names or correct a camera clock.</source>
        <translation>Pas d&apos;heure de l&apos;appareil : l&apos;heure affichée est celle du fichier, qu&apos;une copie a pu modifier. Les images ne sont regroupées que là où leurs noms se suivent. Déploiements &gt; Ajuster les heures peut lire les heures dans les noms de fichier ou corriger l&apos;horloge d&apos;un appareil.</translation>
    </message>
</context>
<context>
    <name>trapline::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Written with every label you make (&quot;classified by&quot;) and in the audit log</source>
        <translation>Enregistré avec chaque annotation que vous faites (« classé par ») et dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>Go to the next sequence after labelling one</source>
        <translation>Passer à la séquence suivante après en avoir annoté une</translation>
    </message>
    <message>
        <source>Quick keys of this project</source>
        <translation>Touches rapides de ce projet</translation>
    </message>
    <message>
        <source>species for key %1</source>
        <translation>espèce pour la touche %1</translation>
    </message>
    <message>
        <source>Quick keys</source>
        <translation>Touches rapides</translation>
    </message>
    <message>
        <source>One per core (%1)</source>
        <translation>Un par cœur (%1)</translation>
    </message>
    <message>
        <source>Threads that run the models&apos; computations. Fewer leave cores free for other work; more than the cores slows the models down.</source>
        <translation>Threads qui exécutent les calculs des modèles. Moins de threads laissent des cœurs libres pour d&apos;autres tâches ; plus de threads que de cœurs ralentissent les modèles.</translation>
    </message>
    <message>
        <source>Model &amp;threads:</source>
        <translation>&amp;Threads des modèles :</translation>
    </message>
</context>
<context>
    <name>trapline::ui::ShortcutHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>trapline::ui::SideBySideView</name>
    <message>
        <source>Wheel: zoom both images together</source>
        <translation>Molette : zoomer les deux images ensemble</translation>
    </message>
</context>
<context>
    <name>trapline::ui::SlurmRunDialog</name>
    <message>
        <source>Run Models on a Slurm Cluster</source>
        <translation>Exécuter les modèles sur un cluster Slurm</translation>
    </message>
    <message>
        <source>The media are split into shards, one per task of a Slurm job array; each task runs the models over its shard. Collect imports the finished shards into the project.</source>
        <translation>Les images sont réparties en lots, un par tâche d&apos;un tableau de tâches Slurm ; chaque tâche exécute les modèles sur son lot. La collecte importe les lots terminés dans le projet.</translation>
    </message>
    <message>
        <source>&amp;Shards (array tasks):</source>
        <translation>&amp;Lots (tâches du tableau) :</translation>
    </message>
    <message>
        <source>the cluster&apos;s default</source>
        <translation>celle du cluster par défaut</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>&amp;Partition :</translation>
    </message>
    <message>
        <source>e.g. gpu:1</source>
        <translation>p. ex. gpu:1</translation>
    </message>
    <message>
        <source>&amp;GPUs (gres):</source>
        <translation>&amp;GPU (gres) :</translation>
    </message>
    <message>
        <source>HH:MM:SS</source>
        <translation>HH:MM:SS</translation>
    </message>
    <message>
        <source>&amp;Time limit per task:</source>
        <translation>Limite de &amp;temps par tâche :</translation>
    </message>
    <message>
        <source>&amp;Write Plan</source>
        <translation>É&amp;crire le plan</translation>
    </message>
    <message>
        <source>&amp;Copy Script</source>
        <translation>&amp;Copier le script</translation>
    </message>
    <message>
        <source>Sa&amp;ve Script...</source>
        <translation>&amp;Enregistrer le script...</translation>
    </message>
    <message>
        <source>Su&amp;bmit with sbatch</source>
        <translation>Sou&amp;mettre avec sbatch</translation>
    </message>
    <message>
        <source>C&amp;ollect Finished Shards</source>
        <translation>C&amp;ollecter les lots terminés</translation>
    </message>
    <message numerus="yes">
        <source>Plan %1: %n media in %2 shards, in %3. Submit the script on the cluster (sbatch %4), then collect.</source>
        <translation>
            <numerusform>Plan %1 : %n image en %2 lots, dans %3. Soumettez le script sur le cluster (sbatch %4), puis collectez.</numerusform>
            <numerusform>Plan %1 : %n images en %2 lots, dans %3. Soumettez le script sur le cluster (sbatch %4), puis collectez.</numerusform>
        </translation>
    </message>
    <message>
        <source>sbatch is not on this computer&apos;s PATH</source>
        <translation>sbatch n&apos;est pas dans le PATH de cet ordinateur</translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation>Enregistrer le script</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation>Scripts shell (*.sh)</translation>
    </message>
    <message>
        <source>Submitted as job %1.</source>
        <translation>Soumis comme tâche %1.</translation>
    </message>
    <message>
        <source>Collect Slurm shards</source>
        <translation>Collecter les lots Slurm</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Shards imported: %1 (before: %2); running: %3; missing: %4; failed: %5</source>
        <translation>Lots importés : %1 (avant : %2) ; en cours : %3 ; manquants : %4 ; en échec : %5</translation>
    </message>
</context>
<context>
    <name>trapline::ui::TrainingDialog</name>
    <message>
        <source>Train Model</source>
        <translation>Entraîner un modèle</translation>
    </message>
    <message>
        <source>&amp;New Training</source>
        <translation>&amp;Nouvel entraînement</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>Species classifier</source>
        <translation>Classificateur d&apos;espèces</translation>
    </message>
    <message>
        <source>Individual re-ID embedder</source>
        <translation>Modèle de ré-identification des individus</translation>
    </message>
    <message>
        <source>The classifier learns the species of your confirmed labels; the embedder learns to tell your named individuals apart.</source>
        <translation>Le classificateur apprend les espèces de vos annotations confirmées ; le modèle de ré-identification apprend à distinguer vos individus nommés.</translation>
    </message>
    <message>
        <source>&amp;Train:</source>
        <translation>&amp;Entraîner :</translation>
    </message>
    <message>
        <source>manifest of a TorchScript model</source>
        <translation>manifeste d&apos;un modèle TorchScript</translation>
    </message>
    <message>
        <source>The model to start from: its manifest names the method that returns features (&quot;feature_method&quot;) and, for the unfrozen stage, its last blocks (&quot;unfreeze&quot;).</source>
        <translation>Le modèle de départ : son manifeste indique la méthode qui renvoie les caractéristiques (&quot;feature_method&quot;) et, pour l&apos;étape de dégel, ses derniers blocs (&quot;unfreeze&quot;).</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>Base model manifest</source>
        <translation>Manifeste du modèle de base</translation>
    </message>
    <message>
        <source>Model manifests (*.json)</source>
        <translation>Manifestes de modèles (*.json)</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation>Modèle de base :</translation>
    </message>
    <message>
        <source>Stage 1: epochs of the new head on the frozen features. Features are computed once and cached, so this stage is quick even on a CPU.</source>
        <translation>Étape 1 : époques de la nouvelle couche finale sur les caractéristiques gelées. Les caractéristiques sont calculées une seule fois et mises en cache : cette étape est donc rapide même sur un CPU.</translation>
    </message>
    <message>
        <source>Head &amp;epochs:</source>
        <translation>Époques de la couche &amp;finale :</translation>
    </message>
    <message>
        <source>Stage 2: epochs that also train the base model&apos;s last blocks, at a lower learning rate, on freshly augmented images. Slower; 0 skips it.</source>
        <translation>Étape 2 : époques qui entraînent aussi les derniers blocs du modèle de base, avec un taux d&apos;apprentissage plus faible, sur des images fraîchement augmentées. Plus lente ; 0 la saute.</translation>
    </message>
    <message>
        <source>&amp;Unfrozen epochs:</source>
        <translation>Ép&amp;oques dégelées :</translation>
    </message>
    <message>
        <source>from the manifest</source>
        <translation>d&apos;après le manifeste</translation>
    </message>
    <message>
        <source>Comma-separated parameter name prefixes to train in stage 2, e.g. &quot;stage4&quot;.</source>
        <translation>Préfixes de noms de paramètres à entraîner à l&apos;étape 2, séparés par des virgules, p. ex. &quot;stage4&quot;.</translation>
    </message>
    <message>
        <source>Unfree&amp;ze:</source>
        <translation>&amp;Dégeler :</translation>
    </message>
    <message>
        <source>Learning rate of the head (AdamW with warm-up, then cosine decay).</source>
        <translation>Taux d&apos;apprentissage de la couche finale (AdamW avec échauffement, puis décroissance en cosinus).</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>Tau&amp;x d&apos;apprentissage :</translation>
    </message>
    <message>
        <source>Images per training step.</source>
        <translation>Images par pas d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Batc&amp;h size:</source>
        <translation>&amp;Taille de lot :</translation>
    </message>
    <message>
        <source>Flips, rotations, shifts, zoom, brightness and contrast</source>
        <translation>Retournements, rotations, décalages, zoom, luminosité et contraste</translation>
    </message>
    <message>
        <source>Random changes that keep the label, so the model sees more variety than the photos hold.</source>
        <translation>Modifications aléatoires qui conservent l&apos;annotation, pour que le modèle voie plus de variété que n&apos;en contiennent les photos.</translation>
    </message>
    <message>
        <source>&amp;Augment:</source>
        <translation>Au&amp;gmentation :</translation>
    </message>
    <message>
        <source>Weight rare classes</source>
        <translation>Pondérer les classes rares</translation>
    </message>
    <message>
        <source>Balanced batches</source>
        <translation>Lots équilibrés</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Without balancing, a model trained on mostly empty frames learns to say &quot;empty&quot;.</source>
        <translation>Sans équilibrage, un modèle entraîné surtout sur des images vides apprend à répondre « vide ».</translation>
    </message>
    <message>
        <source>Class &amp;balance:</source>
        <translation>Équilibrage des &amp;classes :</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Deployment (camera)</source>
        <translation>Déploiement (caméra)</translation>
    </message>
    <message>
        <source>&amp;Split by:</source>
        <translation>&amp;Séparer par :</translation>
    </message>
    <message>
        <source>&amp;Validation share:</source>
        <translation>&amp;Part de validation :</translation>
    </message>
    <message>
        <source>Only the first labelled frame of each sequence</source>
        <translation>Seulement la première image annotée de chaque séquence</translation>
    </message>
    <message>
        <source>Share of empty frames kept: 0.1 keeps one in ten, so empties do not drown the species.</source>
        <translation>Part des images vides conservées : 0,1 en garde une sur dix, pour que les vides ne noient pas les espèces.</translation>
    </message>
    <message>
        <source>&amp;Empty frames kept:</source>
        <translation>&amp;Images vides conservées :</translation>
    </message>
    <message>
        <source>Classes with fewer examples are left out (and listed in the report).</source>
        <translation>Les classes ayant moins d&apos;exemples sont écartées (et listées dans le rapport).</translation>
    </message>
    <message>
        <source>&amp;Minimum per class:</source>
        <translation>&amp;Minimum par classe :</translation>
    </message>
    <message>
        <source>&amp;Held-out individuals:</source>
        <translation>Individus &amp;réservés :</translation>
    </message>
    <message>
        <source>Make the new model active when done</source>
        <translation>Activer le nouveau modèle à la fin</translation>
    </message>
    <message>
        <source>&amp;Start Training</source>
        <translation>&amp;Lancer l&apos;entraînement</translation>
    </message>
    <message>
        <source>&amp;Cancel Training</source>
        <translation>Ann&amp;uler l&apos;entraînement</translation>
    </message>
    <message>
        <source>Stops after the current step. Start again with the same options to resume after the last finished epoch.</source>
        <translation>S&apos;arrête après le pas en cours. Relancez avec les mêmes options pour reprendre après la dernière époque terminée.</translation>
    </message>
    <message>
        <source>Choose a base model and start. The project is backed up first.</source>
        <translation>Choisissez un modèle de base et lancez. Le projet est d&apos;abord sauvegardé.</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>perte d&apos;entraînement</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Make &amp;Active</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Run Models will use the new model by default.</source>
        <translation>Exécuter les modèles utilisera le nouveau modèle par défaut.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Entraîné</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Make Selected &amp;Active</source>
        <translation>&amp;Activer la version sélectionnée</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>exactitude</translation>
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
        <translation>Choisissez le manifeste du modèle de départ (Parcourir...). Voir le guide de l&apos;utilisateur, « Fine-tuning », pour ce qu&apos;il doit contenir.</translation>
    </message>
    <message>
        <source>Backing up the project, reading the confirmed labels and computing features...</source>
        <translation>Sauvegarde du projet, lecture des annotations confirmées et calcul des caractéristiques...</translation>
    </message>
    <message>
        <source>Train %1</source>
        <translation>Entraîner le %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>Epoch %1 (stage %2): %3 images/s</source>
        <translation>Époque %1 (étape %2) : %3 images/s</translation>
    </message>
    <message>
        <source>&lt;p&gt;Resumed after epoch %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Repris après l&apos;époque %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>&lt;p&gt;Model: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;br&gt;Report and plots: &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Modèle : &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;br&gt;Rapport et graphiques : &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Done. The new model is version %1 of the project.</source>
        <translation>Terminé. Le nouveau modèle est la version %1 du projet.</translation>
    </message>
    <message>
        <source>Make Active</source>
        <translation>Activer le modèle</translation>
    </message>
    <message>
        <source>classifier</source>
        <translation>classificateur</translation>
    </message>
    <message>
        <source>embedder</source>
        <translation>modèle de ré-identification</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Resume the unfinished training of %1 (%n epoch(s) done)</source>
        <translation>
            <numerusform>&amp;Reprendre l&apos;entraînement inachevé du %1 (%n époque terminée)</numerusform>
            <numerusform>&amp;Reprendre l&apos;entraînement inachevé du %1 (%n époques terminées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before its model was saved; continues after its last finished epoch, in %1</source>
        <translation>Arrêté avant l&apos;enregistrement de son modèle ; reprend après sa dernière époque terminée, dans %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Counting the confirmed labels...&lt;/i&gt;</source>
        <translation>&lt;i&gt;Comptage des annotations confirmées...&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 left out by the class shares.</source>
        <translation>%1 écartés par les proportions de classe.</translation>
    </message>
    <message>
        <source>%1 individuals with too few sightings are left out.</source>
        <translation>%1 individus avec trop peu d&apos;observations sont écartés.</translation>
    </message>
    <message>
        <source>No confirmed labels yet: review some sequences first.</source>
        <translation>Pas encore d&apos;annotations confirmées : révisez d&apos;abord quelques séquences.</translation>
    </message>
    <message>
        <source>No individuals with two or more sightings yet: confirm some matches first.</source>
        <translation>Pas encore d&apos;individus avec deux observations ou plus : confirmez d&apos;abord quelques correspondances.</translation>
    </message>
    <message>
        <source>Leave out classes without training examples</source>
        <translation>Écarter les classes sans exemple d&apos;entraînement</translation>
    </message>
    <message>
        <source>A class whose training images went missing would be an answer the model never learns: training refuses to start, unless this leaves such classes out (the report lists them).</source>
        <translation>Une classe dont les images d&apos;entraînement ont disparu serait une réponse que le modèle n&apos;apprend jamais : l&apos;entraînement refuse de démarrer, à moins que cette option n&apos;écarte ces classes (le rapport les liste).</translation>
    </message>
    <message>
        <source>, &lt;b&gt;not validated&lt;/b&gt; (no %1 on the validation side)</source>
        <translation>, &lt;b&gt;non validée&lt;/b&gt; (pas de %1 côté validation)</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>déploiement</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>séquence</translation>
    </message>
    <message>
        <source>%1 (%2 examples, under the minimum)</source>
        <translation>%1 (%2 exemples, sous le minimum)</translation>
    </message>
    <message>
        <source>%1 (no training example: its images may be missing)</source>
        <translation>%1 (aucun exemple d&apos;entraînement : ses images manquent peut-être)</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Écartées : %1.</translation>
    </message>
    <message>
        <source>Training would be refused:</source>
        <translation>L&apos;entraînement serait refusé :</translation>
    </message>
    <message>
        <source>Queued: the training starts when the project&apos;s running job ends.</source>
        <translation>En attente : l’entraînement démarre quand la tâche en cours du projet se termine.</translation>
    </message>
    <message>
        <source>Validation (chooses the epoch)</source>
        <translation>Validation (choisit l&apos;époque)</translation>
    </message>
    <message>
        <source>Validation individuals (choose the epoch)</source>
        <translation>Individus de validation (choisissent l&apos;époque)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Frames of one visit (a camera&apos;s frames closer than the visit gap), of one sequence, or of one camera stay on one side of the split, so the figures are not flattered by near-identical frames.</source>
        <translation>Les images d&apos;une visite (celles d&apos;une caméra plus proches que l&apos;écart de visite), d&apos;une séquence ou d&apos;une caméra restent du même côté de la division, pour que des images presque identiques ne flattent pas les chiffres.</translation>
    </message>
    <message>
        <source>Frames of one camera at most this many seconds apart are one visit, whatever the sequence gap cut them into.</source>
        <translation>Les images d&apos;une caméra séparées d&apos;au plus ce nombre de secondes forment une visite, quel que soit le découpage en séquences.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Visit &amp;gap:</source>
        <translation>Écart de &amp;visite :</translation>
    </message>
    <message>
        <source>Share of visits (sequences, cameras; for the embedder, individuals) kept for validation, which chooses the best epoch.</source>
        <translation>Part des visites (séquences, caméras ; pour le modèle de ré-identification, individus) gardée pour la validation, qui choisit la meilleure époque.</translation>
    </message>
    <message>
        <source>Share of visits (sequences, cameras) kept for test: the reported figures are measured there, on examples no choice has seen.</source>
        <translation>Part des visites (séquences, caméras) gardée pour le test : les chiffres rapportés y sont mesurés, sur des exemples qu&apos;aucun choix n&apos;a vus.</translation>
    </message>
    <message>
        <source>&amp;Test share:</source>
        <translation>Part de &amp;test :</translation>
    </message>
    <message>
        <source>Share of individuals kept out of training and of every choice, for test: the figures measure animals the embedder never saw.</source>
        <translation>Part des individus tenus à l&apos;écart de l&apos;entraînement et de tout choix, pour le test : les chiffres mesurent des animaux que le modèle n&apos;a jamais vus.</translation>
    </message>
    <message>
        <source>deployments</source>
        <translation>déploiements</translation>
    </message>
    <message>
        <source>sequences</source>
        <translation>séquences</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visite</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visites</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 examples&lt;/b&gt;: %2 for training, %3 for validation (chooses the epoch), %4 for test (the reported figures).</source>
        <translation>&lt;b&gt;%1 exemples&lt;/b&gt; : %2 pour l&apos;entraînement, %3 pour la validation (choisit l&apos;époque), %4 pour le test (les chiffres rapportés).</translation>
    </message>
    <message>
        <source>%1: %2 / %3 / %4 %5, %6 / %7 / %8 examples</source>
        <translation>%1 : %2 / %3 / %4 %5, %6 / %7 / %8 exemples</translation>
    </message>
    <message>
        <source>, &lt;b&gt;not validated&lt;/b&gt; (only one %1)</source>
        <translation>, &lt;b&gt;non validée&lt;/b&gt; (une seule %1)</translation>
    </message>
    <message>
        <source>, &lt;b&gt;not tested&lt;/b&gt; (only two %1)</source>
        <translation>, &lt;b&gt;non testée&lt;/b&gt; (seulement deux %1)</translation>
    </message>
    <message>
        <source>, &lt;b&gt;not tested&lt;/b&gt; (no %1 on the test side)</source>
        <translation>, &lt;b&gt;non testée&lt;/b&gt; (aucune %1 du côté test)</translation>
    </message>
    <message>
        <source>Per class (training / validation / test):</source>
        <translation>Par classe (entraînement / validation / test) :</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 sightings of %2 individuals&lt;/b&gt;: %3 individuals for training, %4 for validation, %5 held out for test.</source>
        <translation>&lt;b&gt;%1 observations de %2 individus&lt;/b&gt; : %3 individus pour l&apos;entraînement, %4 pour la validation, %5 tenus à l&apos;écart pour le test.</translation>
    </message>
    <message>
        <source>New classifier: test accuracy %1, macro-F1 %2</source>
        <translation>Nouveau classificateur : exactitude de test %1, macro-F1 %2</translation>
    </message>
    <message>
        <source>New embedder: test individuals MAP@R %1, top-1 %2</source>
        <translation>Nouveau modèle de ré-identification : individus de test MAP@R %1, top-1 %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 training, %2 validation and %3 test examples; best epoch %4, chosen on the validation split (%5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 exemples d&apos;entraînement, %2 de validation et %3 de test ; meilleure époque %4, choisie sur la division de validation (%5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Accuracy %1, macro-F1 %2&lt;/b&gt; on the test split, which no choice has seen.&lt;br&gt;On the same test split: nearest class mean on the base features, accuracy %3, macro-F1 %4; always the most common training class (%5), accuracy %6.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Exactitude %1, macro-F1 %2&lt;/b&gt; sur la division de test, qu&apos;aucun choix n&apos;a vue.&lt;br&gt;Sur la même division de test : moyenne de classe la plus proche sur les caractéristiques de base, exactitude %3, macro-F1 %4 ; toujours la classe d&apos;entraînement la plus fréquente (%5), exactitude %6.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Validation split at the best epoch: accuracy %1, macro-F1 %2 (the epoch was chosen on it, so these flatter the model).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Division de validation à la meilleure époque : exactitude %1, macro-F1 %2 (l&apos;époque y a été choisie, ces chiffres flattent donc le modèle).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Previous version on the same test split: accuracy %1, macro-F1 %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Version précédente sur la même division de test : exactitude %1, macro-F1 %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Per class, on the test split:</source>
        <translation>Par classe, sur la division de test :</translation>
    </message>
    <message>
        <source>&lt;p&gt;Test individuals (never trained on, no choice made on them): &lt;b&gt;MAP@R %1 &amp;rarr; %2&lt;/b&gt;, top-1 %3 &amp;rarr; %4 (base features &amp;rarr; fine-tuned).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Individus de test (jamais entraînés, aucun choix fait sur eux) : &lt;b&gt;MAP@R %1 &amp;rarr; %2&lt;/b&gt;, top-1 %3 &amp;rarr; %4 (caractéristiques de base &amp;rarr; affiné).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Validation individuals at the best epoch: MAP@R %1, top-1 %2 (the epoch was chosen on them).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Individus de validation à la meilleure époque : MAP@R %1, top-1 %2 (l&apos;époque a été choisie sur eux).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Previous version on the same test individuals: MAP@R %1, top-1 %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Version précédente sur les mêmes individus de test : MAP@R %1, top-1 %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>test: accuracy %1, macro-F1 %2</source>
        <translation>test : exactitude %1, macro-F1 %2</translation>
    </message>
    <message>
        <source>validation (chosen on it): accuracy %1, macro-F1 %2</source>
        <translation>validation (choisie dessus) : exactitude %1, macro-F1 %2</translation>
    </message>
    <message>
        <source>test: MAP@R %1, top-1 %2</source>
        <translation>test : MAP@R %1, top-1 %2</translation>
    </message>
    <message>
        <source>validation (chosen on it): MAP@R %1, top-1 %2</source>
        <translation>validation (choisie dessus) : MAP@R %1, top-1 %2</translation>
    </message>
</context>
<context>
    <name>trapline::ui::UndoText</name>
    <message>
        <source>rename individual</source>
        <translation>renommer l’individu</translation>
    </message>
    <message>
        <source>merge individuals</source>
        <translation>fusionner les individus</translation>
    </message>
    <message>
        <source>split individual</source>
        <translation>séparer l’individu</translation>
    </message>
    <message>
        <source>confirm %1</source>
        <translation>confirmer %1</translation>
    </message>
    <message>
        <source>new individual %1</source>
        <translation>nouvel individu %1</translation>
    </message>
    <message>
        <source>Shift times by %1 s</source>
        <translation>Décaler les heures de %1 s</translation>
    </message>
    <message>
        <source>Times from file names</source>
        <translation>Heures tirées des noms de fichier</translation>
    </message>
    <message>
        <source>label sequence %1</source>
        <translation>annoter la séquence comme %1</translation>
    </message>
    <message>
        <source>add %1 to the sequence</source>
        <translation>ajouter %1 à la séquence</translation>
    </message>
    <message>
        <source>label frame %1</source>
        <translation>annoter l&apos;image comme %1</translation>
    </message>
    <message>
        <source>label box %1</source>
        <translation>annoter le cadre comme %1</translation>
    </message>
    <message>
        <source>mark sequence empty</source>
        <translation>marquer la séquence comme vide</translation>
    </message>
    <message>
        <source>mark frame empty</source>
        <translation>marquer l&apos;image comme vide</translation>
    </message>
    <message>
        <source>frame follows its sequence</source>
        <translation>image comme sa séquence</translation>
    </message>
    <message>
        <source>accept machine label</source>
        <translation>accepter l&apos;annotation de la machine</translation>
    </message>
    <message>
        <source>mark reviewed</source>
        <translation>marquer comme vérifiée</translation>
    </message>
    <message>
        <source>delete box</source>
        <translation>supprimer le cadre</translation>
    </message>
    <message>
        <source>add box</source>
        <translation>ajouter un cadre</translation>
    </message>
    <message>
        <source>move box</source>
        <translation>déplacer le cadre</translation>
    </message>
    <message>
        <source>reject match</source>
        <translation>rejeter la correspondance</translation>
    </message>
    <message>
        <source>edit deployment %1</source>
        <translation>modifier le déploiement %1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Aucun projet n’est ouvert.</translation>
    </message>
    <message>
        <source>take %1&apos;s labels</source>
        <translation>prendre les étiquettes de %1</translation>
    </message>
    <message>
        <source>keep these labels</source>
        <translation>garder ces étiquettes</translation>
    </message>
</context>
</TS>
