<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the project</source>
        <translation>Não foi possível abrir o projeto</translation>
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
        <translation>Não foi possível gravar %1 (%2); o disco pode estar cheio.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot read the project: %1</source>
        <translation>Não foi possível ler o projeto: %1</translation>
    </message>
    <message>
        <source>No datapackage.json in %1: give the folder of a Camtrap DP package.</source>
        <translation>Não há datapackage.json em %1: indique a pasta de um pacote Camtrap DP.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at character %3).</source>
        <translation>%1 não é um JSON válido (%2 no caractere %3).</translation>
    </message>
    <message>
        <source>datapackage.json lists no &quot;%1&quot; resource; it is not a Camtrap DP package.</source>
        <translation>datapackage.json não lista nenhum recurso &quot;%1&quot;; não é um pacote Camtrap DP.</translation>
    </message>
    <message>
        <source>The package in %1 does not follow the Camtrap DP schemas (%2 problems), so nothing was imported:
- %3</source>
        <translation>O pacote em %1 não segue os esquemas Camtrap DP (%2 problemas), então nada foi importado:
- %3</translation>
    </message>
    <message>
        <source>The deployment %1 of this package is in the project already; nothing was imported.</source>
        <translation>A implantação %1 deste pacote já está no projeto; nada foi importado.</translation>
    </message>
    <message>
        <source>Importing the package failed and changed nothing: %1</source>
        <translation>A importação do pacote falhou e nada foi alterado: %1</translation>
    </message>
    <message>
        <source>date-time with a time zone</source>
        <translation>data e hora com fuso horário</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>objeto JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; não é um de %2</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation>%1 está fora de %2..%3</translation>
    </message>
    <message>
        <source>%1: the required column %2 is missing</source>
        <translation>%1: falta a coluna obrigatória %2</translation>
    </message>
    <message>
        <source>%1: the column %2 is not in the schema</source>
        <translation>%1: a coluna %2 não está no esquema</translation>
    </message>
    <message>
        <source>%1 line %2: %3 is required</source>
        <translation>%1 linha %2: %3 é obrigatório</translation>
    </message>
    <message>
        <source>%1 line %2: %3 %4</source>
        <translation>%1 linha %2: %3 %4</translation>
    </message>
    <message>
        <source>%1 line %2: %3 &quot;%4&quot; is not unique</source>
        <translation>%1 linha %2: %3 &quot;%4&quot; não é único</translation>
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
        <translation> e </translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text; save the file as &quot;CSV UTF-8&quot; and try again</source>
        <translation>a linha %1 não é texto UTF-8; salve o arquivo como &quot;CSV UTF-8&quot; e tente novamente</translation>
    </message>
    <message>
        <source>the file is empty; a header line naming the columns is needed</source>
        <translation>o arquivo está vazio; é preciso uma linha de cabeçalho com os nomes das colunas</translation>
    </message>
    <message>
        <source>line %1: unterminated quoted field (its closing &quot; is missing)</source>
        <translation>linha %1: campo entre aspas não terminado (falta o &quot; de fechamento)</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field; a quote inside a quoted field must be written twice (&quot;&quot;)</source>
        <translation>linha %1: texto depois das aspas de fechamento de um campo; aspas dentro de um campo entre aspas devem ser escritas duas vezes (&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1 has %2, the header has %3</source>
        <translation>a linha %1 tem %2, o cabeçalho tem %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing</source>
        <translation>falta a coluna &quot;%1&quot;</translation>
    </message>
    <message>
        <source> (also accepted: %1)</source>
        <translation> (também aceitas: %1)</translation>
    </message>
    <message>
        <source>; the header has %1</source>
        <translation>; o cabeçalho tem %1</translation>
    </message>
    <message>
        <source>the column %1 is missing</source>
        <translation>falta a coluna %1</translation>
    </message>
    <message>
        <source>the columns %1 are missing</source>
        <translation>faltam as colunas %1</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. Nada foi importado.</translation>
    </message>
    <message>
        <source>line %1: the file name is empty</source>
        <translation>linha %1: o nome do arquivo está vazio</translation>
    </message>
    <message>
        <source>line %1: observation type &quot;%2&quot; is not one of %3</source>
        <translation>linha %1: o tipo de observação &quot;%2&quot; não é um de %3</translation>
    </message>
    <message>
        <source>line %1: an empty image cannot have the species &quot;%2&quot;</source>
        <translation>linha %1: uma imagem vazia não pode ter a espécie &quot;%2&quot;</translation>
    </message>
    <message>
        <source>line %1: count &quot;%2&quot; is not a whole number</source>
        <translation>linha %1: a contagem &quot;%2&quot; não é um número inteiro</translation>
    </message>
    <message>
        <source>line %1: count &quot;%2&quot; is negative</source>
        <translation>linha %1: a contagem &quot;%2&quot; é negativa</translation>
    </message>
    <message>
        <source>line %1: count %2 for an empty image (no species); give the species or leave the count empty</source>
        <translation>linha %1: contagem %2 para uma imagem vazia (sem espécie); indique a espécie ou deixe a contagem vazia</translation>
    </message>
    <message>
        <source>The CSV export stopped: %1</source>
        <translation>A exportação CSV parou: %1</translation>
    </message>
    <message>
        <source>. Nothing was imported.</source>
        <translation>. Nada foi importado.</translation>
    </message>
    <message>
        <source>Importing %1 failed and changed nothing: %2</source>
        <translation>A importação de %1 falhou e nada foi alterado: %2</translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation> Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was changed.</source>
        <translation>%1: %2. Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 has none of the columns locationName, latitude, longitude, coordinateUncertainty, cameraModel, cameraHeight, timezone, utcOffset: there is nothing to import. Nothing was changed.</source>
        <translation>%1 não tem nenhuma das colunas locationName, latitude, longitude, coordinateUncertainty, cameraModel, cameraHeight, timezone, utcOffset: não há nada para importar. Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 linha %2</translation>
    </message>
    <message>
        <source>%1: %2 &quot;%3&quot; is not a number (write decimals with a point: 52.7).</source>
        <translation>%1: %2 &quot;%3&quot; não é um número (escreva os decimais com ponto: 52.7).</translation>
    </message>
    <message>
        <source>%1: coordinateUncertainty &quot;%2&quot; is not a whole number of metres.</source>
        <translation>%1: coordinateUncertainty &quot;%2&quot; não é um número inteiro de metros.</translation>
    </message>
    <message>
        <source>
Nothing was changed; fix the file and import it again.</source>
        <translation>
Nada foi alterado; corrija o arquivo e importe-o novamente.</translation>
    </message>
    <message>
        <source>%1 deployments, %2 media, %3 observations in %4 events</source>
        <translation>%1 implantações, %2 mídias, %3 observações em %4 eventos</translation>
    </message>
    <message>
        <source>
Warnings:
- </source>
        <translation>
Avisos:
- </translation>
    </message>
    <message>
        <source>%1 images, %2 annotations</source>
        <translation>%1 imagens, %2 anotações</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 imagens</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 linhas</translation>
    </message>
    <message>
        <source>%1 examples of %2 classes (train %3, validation %4, test %5)%6</source>
        <translation>%1 exemplos de %2 classes (treinamento %3, validação %4, teste %5)%6</translation>
    </message>
    <message>
        <source>; %1 images could not be read</source>
        <translation>; %1 imagens não puderam ser lidas</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>Formato de exportação desconhecido.</translation>
    </message>
    <message>
        <source>The export stopped: %1</source>
        <translation>A exportação parou: %1</translation>
    </message>
    <message>
        <source>The labels were not imported: %1</source>
        <translation>Os rótulos não foram importados: %1</translation>
    </message>
    <message>
        <source>%1 deployments, %2 media, %3 observations, %4 events</source>
        <translation>%1 implantações, %2 mídias, %3 observações, %4 eventos</translation>
    </message>
    <message>
        <source>%1 annotations (%2 boxes) for %3 of %4 images</source>
        <translation>%1 anotações (%2 caixas) para %3 de %4 imagens</translation>
    </message>
    <message>
        <source>%1 detections for %2 of %3 images</source>
        <translation>%1 detecções para %2 de %3 imagens</translation>
    </message>
    <message>
        <source>labels imported from %1</source>
        <translation>rótulos importados de %1</translation>
    </message>
    <message>
        <source>Labels cannot be imported from the %1 format.</source>
        <translation>Não é possível importar rótulos do formato %1.</translation>
    </message>
    <message>
        <source>%1 is not a valid MegaDetector results file: %2 %3. Nothing was imported.</source>
        <translation>%1 não é um arquivo de resultados do MegaDetector válido: %2 %3. Nada foi importado.</translation>
    </message>
    <message>
        <source>must be a number from 0 to 1</source>
        <translation>deve ser um número de 0 a 1</translation>
    </message>
    <message>
        <source>must be 4 numbers [x, y, width, height]</source>
        <translation>devem ser 4 números [x, y, largura, altura]</translation>
    </message>
    <message>
        <source>lies outside the image (values must be fractions of the width and height)</source>
        <translation>fica fora da imagem (os valores devem ser frações da largura e da altura)</translation>
    </message>
    <message>
        <source>must be [class id from classification_categories, confidence]</source>
        <translation>deve ser [id da classe de classification_categories, confiança]</translation>
    </message>
    <message>
        <source>at character %1:</source>
        <translation>no caractere %1:</translation>
    </message>
    <message>
        <source>is missing or not a list</source>
        <translation>está ausente ou não é uma lista</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>está ausente</translation>
    </message>
    <message>
        <source>%1 was imported into this project already.</source>
        <translation>%1 já foi importado neste projeto.</translation>
    </message>
    <message>
        <source>There are no results of model %1 in this project.</source>
        <translation>Não há resultados do modelo %1 neste projeto.</translation>
    </message>
    <message>
        <source>Cannot read the detections: %1</source>
        <translation>Não foi possível ler as detecções: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2); the disk may be full. Nothing was changed.</source>
        <translation>Não foi possível gravar %1 (%2); o disco pode estar cheio. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The validation and test shares must be between 0 and 1 and leave room for training.</source>
        <translation>As proporções de validação e teste devem estar entre 0 e 1 e deixar espaço para o treinamento.</translation>
    </message>
    <message>
        <source>No labelled images to export%1.</source>
        <translation>Não há imagens rotuladas para exportar%1.</translation>
    </message>
    <message>
        <source> (only reviewed labels were asked for)</source>
        <translation> (foram pedidos apenas rótulos revisados)</translation>
    </message>
    <message>
        <source>Writing the training set</source>
        <translation>Gravando o conjunto de treinamento</translation>
    </message>
    <message>
        <source>Cannot create folders in %1.</source>
        <translation>Não foi possível criar pastas em %1.</translation>
    </message>
    <message>
        <source>Observation %1 has a box on %2, but the project does not know that image&apos;s size in pixels, which COCO boxes are measured in. Re-import the image so that its size is read, or remove the box. Nothing was exported.</source>
        <translation>A observação %1 tem uma caixa em %2, mas o projeto não conhece o tamanho dessa imagem em pixels, unidade em que as caixas COCO são medidas. Importe a imagem novamente para que o tamanho seja lido ou remova a caixa. Nada foi exportado.</translation>
    </message>
    <message>
        <source>The COCO Camera Traps export stopped: %1</source>
        <translation>A exportação COCO Camera Traps parou: %1</translation>
    </message>
    <message>
        <source>is measured on a %1 x %2 image (images[%3]), but %4 is %5 x %6 pixels (upright) in the project, so the box would land in the wrong place</source>
        <translation>é medida em uma imagem de %1 x %2 (images[%3]), mas %4 tem %5 x %6 pixels (na posição correta) no projeto, então a caixa ficaria no lugar errado</translation>
    </message>
    <message>
        <source>cannot be placed: neither the file nor the project knows the size of %1 in pixels</source>
        <translation>não pode ser posicionada: nem o arquivo nem o projeto conhecem o tamanho de %1 em pixels</translation>
    </message>
    <message>
        <source>[%1, %2, %3, %4] lies outside %5 (%6 x %7 pixels)</source>
        <translation>[%1, %2, %3, %4] fica fora de %5 (%6 x %7 pixels)</translation>
    </message>
    <message>
        <source>%1 does not fit this project: annotations[%2].bbox %3. Nothing was imported.</source>
        <translation>%1 não se encaixa neste projeto: annotations[%2].bbox %3. Nada foi importado.</translation>
    </message>
    <message>
        <source>%1 is not valid COCO Camera Traps JSON: %2 %3. Nothing was imported.</source>
        <translation>%1 não é um JSON COCO Camera Traps válido: %2 %3. Nada foi importado.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>o nível superior</translation>
    </message>
    <message>
        <source>must be an object with &quot;images&quot;, &quot;categories&quot; and &quot;annotations&quot;</source>
        <translation>deve ser um objeto com &quot;images&quot;, &quot;categories&quot; e &quot;annotations&quot;</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>não é um objeto</translation>
    </message>
    <message>
        <source>is missing (it must be a string or a whole number)</source>
        <translation>está ausente (deve ser um texto ou um número inteiro)</translation>
    </message>
    <message>
        <source>must be a whole number of pixels</source>
        <translation>deve ser um número inteiro de pixels</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>deve ser um número inteiro</translation>
    </message>
    <message>
        <source>%1 is the id of another category too</source>
        <translation>%1 também é o id de outra categoria</translation>
    </message>
    <message>
        <source>must be a string or a whole number</source>
        <translation>deve ser um texto ou um número inteiro</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <source>must be the id of one of the categories</source>
        <translation>deve ser o id de uma das categorias</translation>
    </message>
    <message>
        <source>%1 is not in categories</source>
        <translation>%1 não está em categories</translation>
    </message>
    <message>
        <source>must be 4 numbers [x, y, width, height] in pixels</source>
        <translation>devem ser 4 números [x, y, largura, altura] em pixels</translation>
    </message>
    <message>
        <source>has a negative width or height</source>
        <translation>tem largura ou altura negativa</translation>
    </message>
    <message>
        <source>must be a whole number from 0 up</source>
        <translation>deve ser um número inteiro a partir de 0</translation>
    </message>
    <message>
        <source>is %1 for the category &quot;%2&quot; (an empty image)</source>
        <translation>é %1 para a categoria &quot;%2&quot; (uma imagem vazia)</translation>
    </message>
</context>
<context>
    <name>trapline::InferenceText</name>
    <message>
        <source>input.width and input.height must be between 8 and 8192 pixels</source>
        <translation>input.width e input.height devem estar entre 8 e 8192 pixels</translation>
    </message>
    <message>
        <source>input.resize must be &quot;letterbox&quot; or &quot;stretch&quot;, not &quot;%1&quot;</source>
        <translation>input.resize deve ser &quot;letterbox&quot; ou &quot;stretch&quot;, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>input.interpolation must be &quot;auto&quot; or &quot;linear&quot;</source>
        <translation>input.interpolation deve ser &quot;auto&quot; ou &quot;linear&quot;</translation>
    </message>
    <message>
        <source>input.channel_order must be &quot;RGB&quot; or &quot;BGR&quot;</source>
        <translation>input.channel_order deve ser &quot;RGB&quot; ou &quot;BGR&quot;</translation>
    </message>
    <message>
        <source>input.mean must be three numbers</source>
        <translation>input.mean devem ser três números</translation>
    </message>
    <message>
        <source>input.std must be three non-zero numbers</source>
        <translation>input.std devem ser três números diferentes de zero</translation>
    </message>
    <message>
        <source>input.decode must be &quot;reduced&quot; or &quot;full&quot;, not &quot;%1&quot;</source>
        <translation>input.decode deve ser &quot;reduced&quot; ou &quot;full&quot;, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>input.pad_to_stride must be a positive number of pixels, for &quot;resize&quot;: &quot;letterbox&quot; only</source>
        <translation>input.pad_to_stride deve ser um número positivo de pixels, apenas com &quot;resize&quot;: &quot;letterbox&quot;</translation>
    </message>
    <message>
        <source>input.pad_color must be three numbers 0-255</source>
        <translation>input.pad_color devem ser três números de 0 a 255</translation>
    </message>
    <message>
        <source>the class list file %1 cannot be read</source>
        <translation>o arquivo de lista de classes %1 não pode ser lido</translation>
    </message>
    <message>
        <source>taxonomy names &quot;%1&quot;, which is not one of the classes</source>
        <translation>taxonomy nomeia &quot;%1&quot;, que não é uma das classes</translation>
    </message>
    <message>
        <source>taxonomy.%1.observation_type must be one of %2</source>
        <translation>taxonomy.%1.observation_type deve ser um de %2</translation>
    </message>
    <message>
        <source>an embedder&apos;s decoder must be &quot;embedding&quot;</source>
        <translation>o decodificador de um extrator de características deve ser &quot;embedding&quot;</translation>
    </message>
    <message>
        <source>the darknet-yolo decoder reads OpenCV DNN outputs: use &quot;backend&quot;: &quot;opencv-dnn&quot;</source>
        <translation>o decodificador darknet-yolo lê saídas do OpenCV DNN: use &quot;backend&quot;: &quot;opencv-dnn&quot;</translation>
    </message>
    <message>
        <source>Cannot read the model manifest %1: %2</source>
        <translation>Não foi possível ler o manifesto do modelo %1: %2</translation>
    </message>
    <message>
        <source>The model manifest %1 is not valid JSON (%2 at character %3).</source>
        <translation>O manifesto do modelo %1 não é um JSON válido (%2 no caractere %3).</translation>
    </message>
    <message>
        <source>The model manifest %1 has problems:
- %2</source>
        <translation>O manifesto do modelo %1 tem problemas:
- %2</translation>
    </message>
    <message>
        <source>The model %1 returned nothing for a test image.</source>
        <translation>O modelo %1 não retornou nada para uma imagem de teste.</translation>
    </message>
    <message>
        <source>The model %1 failed on a test image of its manifest&apos;s input size %2x%3: %4. Check input.width and input.height in %5.</source>
        <translation>O modelo %1 falhou em uma imagem de teste com o tamanho de entrada do manifesto, %2x%3: %4. Verifique input.width e input.height em %5.</translation>
    </message>
    <message>
        <source>OpenCV could not read the model %1</source>
        <translation>O OpenCV não conseguiu ler o modelo %1</translation>
    </message>
    <message>
        <source>OpenCV could not read the model %1: %2. ONNX (.onnx) and Darknet (.cfg + .weights) files are supported by the opencv-dnn backend.</source>
        <translation>O OpenCV não conseguiu ler o modelo %1: %2. O backend opencv-dnn aceita arquivos ONNX (.onnx) e Darknet (.cfg + .weights).</translation>
    </message>
    <message>
        <source>The model %1 does not fit its manifest: its output has shape %2, but %3. Check &quot;classes&quot; and &quot;output.decoder&quot; in %4.</source>
        <translation>O modelo %1 não corresponde ao seu manifesto: sua saída tem a forma %2, mas %3. Verifique &quot;classes&quot; e &quot;output.decoder&quot; em %4.</translation>
    </message>
    <message>
        <source>it holds no values</source>
        <translation>ela não contém valores</translation>
    </message>
    <message>
        <source>the %1 decoder expects [batch, boxes, 5 + %2 classes = %3]</source>
        <translation>o decodificador %1 espera [lote, caixas, 5 + %2 classes = %3]</translation>
    </message>
    <message>
        <source>the ultralytics decoder expects [batch, 4 + %1 classes = %2, boxes]</source>
        <translation>o decodificador ultralytics espera [lote, 4 + %1 classes = %2, caixas]</translation>
    </message>
    <message>
        <source>the fastestdet decoder expects [batch, 5 + %1 classes = %2, rows, columns]</source>
        <translation>o decodificador fastestdet espera [lote, 5 + %1 classes = %2, linhas, colunas]</translation>
    </message>
    <message>
        <source>a classifier must output [batch, %1 classes]</source>
        <translation>um classificador deve produzir [lote, %1 classes]</translation>
    </message>
    <message>
        <source>an embedder must output [batch, dimensions]</source>
        <translation>um extrator de características deve produzir [lote, dimensões]</translation>
    </message>
    <message>
        <source>reference BLAS (libblas3, single-threaded and slow)</source>
        <translation>BLAS de referência (libblas3, de uma só thread e lento)</translation>
    </message>
    <message>
        <source>LibTorch is using the reference BLAS (%1), which runs models on the CPU about ten times slower. Install OpenBLAS: %2</source>
        <translation>O LibTorch está usando o BLAS de referência (%1), que executa os modelos na CPU cerca de dez vezes mais devagar. Instale o OpenBLAS: %2</translation>
    </message>
    <message>
        <source>--device cuda was asked for, but this Trapline&apos;s LibTorch has no CUDA or no GPU was found. Use --device auto or cpu.</source>
        <translation>--device cuda foi pedido, mas o LibTorch deste Trapline não tem CUDA ou nenhuma GPU foi encontrada. Use --device auto ou cpu.</translation>
    </message>
    <message>
        <source>%1 is not a TorchScript model LibTorch can load (%2). Export it with tools/export_model.py, or use &quot;backend&quot;: &quot;opencv-dnn&quot; for ONNX and Darknet files.</source>
        <translation>%1 não é um modelo TorchScript que o LibTorch consiga carregar (%2). Exporte-o com tools/export_model.py, ou use &quot;backend&quot;: &quot;opencv-dnn&quot; para arquivos ONNX e Darknet.</translation>
    </message>
    <message>
        <source>%1 describes a %2, but it was given as the %3.</source>
        <translation>%1 descreve um modelo do tipo %2, mas foi informado como %3.</translation>
    </message>
    <message>
        <source>No model was given: name a detector, a classifier or an embedder manifest.</source>
        <translation>Nenhum modelo foi informado: indique o manifesto de um detector, de um classificador ou de um extrator de características.</translation>
    </message>
    <message>
        <source>An embedder runs on the boxes of a detector: give a detector too.</source>
        <translation>Um extrator de características trabalha sobre as caixas de um detector: indique também um detector.</translation>
    </message>
    <message>
        <source>Running models</source>
        <translation>Executando os modelos</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and run the models again: the results saved so far are kept and will be skipped.</source>
        <translation>O disco que contém %1 está cheio. Libere espaço e execute os modelos novamente: os resultados salvos até agora são mantidos e serão ignorados.</translation>
    </message>
    <message>
        <source>Running the models stopped: %1. The results saved so far are kept; run again to resume.</source>
        <translation>A execução dos modelos parou: %1. Os resultados salvos até agora são mantidos; execute novamente para retomar.</translation>
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
        <translation>ONNX Runtime %1 (um modelo ONNX, e este Trapline tem ONNX Runtime)</translation>
    </message>
    <message>
        <source>OpenCV DNN (an ONNX model, but this Trapline was built without ONNX Runtime; the Debian 13 package has it)</source>
        <translation>OpenCV DNN (um modelo ONNX, mas este Trapline foi compilado sem ONNX Runtime; o pacote do Debian 13 o tem)</translation>
    </message>
    <message>
        <source>the model has %1 inputs; Trapline feeds one image tensor [batch, 3, height, width]</source>
        <translation>o modelo tem %1 entradas; o Trapline fornece um único tensor de imagens [lote, 3, altura, largura]</translation>
    </message>
    <message>
        <source>the model&apos;s input is not float32</source>
        <translation>a entrada do modelo não é float32</translation>
    </message>
    <message>
        <source>the model&apos;s input has %1 dimensions; Trapline feeds [batch, 3, height, width]</source>
        <translation>a entrada do modelo tem %1 dimensões; o Trapline fornece [lote, 3, altura, largura]</translation>
    </message>
    <message>
        <source>the model takes batches of exactly %1 images; set &quot;max_batch&quot;: %1 in the manifest, or export it with a dynamic batch</source>
        <translation>o modelo aceita lotes de exatamente %1 imagens; defina &quot;max_batch&quot;: %1 no manifesto, ou exporte-o com lote dinâmico</translation>
    </message>
    <message>
        <source>This ONNX Runtime (%1) has no CUDA execution provider (it has %2). Run on the CPU (--device cpu), or install an ONNX Runtime built with CUDA.</source>
        <translation>Este ONNX Runtime (%1) não tem provedor de execução CUDA (tem %2). Execute na CPU (--device cpu), ou instale um ONNX Runtime compilado com CUDA.</translation>
    </message>
    <message>
        <source>ONNX Runtime could not load the model %1: %2. The &quot;onnxruntime&quot; backend reads ONNX (.onnx) files.</source>
        <translation>O ONNX Runtime não conseguiu carregar o modelo %1: %2. O backend &quot;onnxruntime&quot; lê arquivos ONNX (.onnx).</translation>
    </message>
    <message>
        <source>This Trapline was built without ONNX Runtime, so it cannot run %1 with the &quot;onnxruntime&quot; backend. Use &quot;backend&quot;: &quot;opencv-dnn&quot;, or the Debian 13 package, which has ONNX Runtime.</source>
        <translation>Este Trapline foi compilado sem ONNX Runtime, então não pode executar %1 com o backend &quot;onnxruntime&quot;. Use &quot;backend&quot;: &quot;opencv-dnn&quot;, ou o pacote do Debian 13, que tem ONNX Runtime.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer PyTorch: it uses the operator %2, which LibTorch %3 (the one this Trapline was built with) does not have. Either export the model again with PyTorch 1.13 (Debian 12&apos;s python3-torch, e.g. with tools/export_model.py), or run it on Debian 13 (LibTorch 2.6), or export it to ONNX (torch.onnx.export) and use &quot;backend&quot;: &quot;onnxruntime&quot; on Debian 13.</source>
        <translation>%1 foi salvo por um PyTorch mais novo: usa o operador %2, que o LibTorch %3 (com o qual este Trapline foi compilado) não tem. Exporte o modelo de novo com o PyTorch 1.13 (python3-torch do Debian 12, p. ex. com tools/export_model.py), ou execute-o no Debian 13 (LibTorch 2.6), ou exporte-o para ONNX (torch.onnx.export) e use &quot;backend&quot;: &quot;onnxruntime&quot; no Debian 13.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty string</source>
        <translation>&quot;%1&quot; deve ser um texto não vazio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or null</source>
        <translation>&quot;%1&quot; deve ser um texto ou null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object or null</source>
        <translation>&quot;%1&quot; deve ser um objeto ou null</translation>
    </message>
    <message>
        <source>&quot;download.%1&quot; must be %2 hexadecimal digits or null</source>
        <translation>&quot;download.%1&quot; deve ter %2 dígitos hexadecimais ou ser null</translation>
    </message>
    <message>
        <source>&quot;download.url&quot; must be an http(s) address or null</source>
        <translation>&quot;download.url&quot; deve ser um endereço http(s) ou null</translation>
    </message>
    <message>
        <source>&quot;download.file&quot; must name the file when there is a URL</source>
        <translation>&quot;download.file&quot; deve nomear o arquivo quando há uma URL</translation>
    </message>
    <message>
        <source>&quot;download.file&quot; must be a plain file name</source>
        <translation>&quot;download.file&quot; deve ser um nome de arquivo simples</translation>
    </message>
    <message>
        <source>&quot;download.size_bytes&quot; must be a positive whole number or null</source>
        <translation>&quot;download.size_bytes&quot; deve ser um número inteiro positivo ou null</translation>
    </message>
    <message>
        <source>&quot;licence.terms&quot; must be open, non-commercial, agpl or unknown (found &quot;%1&quot;)</source>
        <translation>&quot;licence.terms&quot; deve ser open, non-commercial, agpl ou unknown (encontrado &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;licence.must_accept&quot; must be true or false</source>
        <translation>&quot;licence.must_accept&quot; deve ser true ou false</translation>
    </message>
    <message>
        <source>&quot;licence.must_accept&quot; must be true for %1 terms</source>
        <translation>&quot;licence.must_accept&quot; deve ser true para termos %1</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be lowercase letters, digits, dots and dashes</source>
        <translation>&quot;id&quot; deve ter apenas letras minúsculas, dígitos, pontos e hífens</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be detector, classifier or embedder (found &quot;%1&quot;)</source>
        <translation>&quot;kind&quot; deve ser detector, classifier ou embedder (encontrado &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>&quot;download&quot; must be an object (use null for what is unknown)</source>
        <translation>&quot;download&quot; deve ser um objeto (use null para o que é desconhecido)</translation>
    </message>
    <message>
        <source>&quot;licence&quot; must be an object with name, terms and must_accept</source>
        <translation>&quot;licence&quot; deve ser um objeto com name, terms e must_accept</translation>
    </message>
    <message>
        <source>&quot;decoder&quot; &quot;%1&quot; is not one Trapline knows</source>
        <translation>O Trapline não conhece o decodificador &quot;%1&quot; de &quot;decoder&quot;</translation>
    </message>
    <message>
        <source>&quot;classes&quot; must be a list of names or null</source>
        <translation>&quot;classes&quot; deve ser uma lista de nomes ou null</translation>
    </message>
    <message>
        <source>&quot;sources&quot; must name where the entry&apos;s facts come from</source>
        <translation>&quot;sources&quot; deve indicar de onde vêm os dados da entrada</translation>
    </message>
    <message>
        <source>The model catalogue %1 is not valid JSON (%2 at character %3).</source>
        <translation>O catálogo de modelos %1 não é um JSON válido (%2 no caractere %3).</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>&quot;format&quot; deve ser &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation>&quot;version&quot; deve ser um número inteiro a partir de 1</translation>
    </message>
    <message>
        <source>&quot;models&quot; must be a list</source>
        <translation>&quot;models&quot; deve ser uma lista</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modelo %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>deve ser um objeto</translation>
    </message>
    <message>
        <source>the id is used twice</source>
        <translation>o id é usado duas vezes</translation>
    </message>
    <message>
        <source>The model catalogue %1 has problems:
- %2</source>
        <translation>O catálogo de modelos %1 tem problemas:
- %2</translation>
    </message>
    <message>
        <source>Cannot read the model catalogue %1: %2</source>
        <translation>Não é possível ler o catálogo de modelos %1: %2</translation>
    </message>
    <message>
        <source>%1
Using the catalogue built into Trapline instead.</source>
        <translation>%1
Usando em seu lugar o catálogo incluído no Trapline.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aberta</translation>
    </message>
    <message>
        <source>non-commercial</source>
        <translation>não comercial</translation>
    </message>
    <message>
        <source>AGPL</source>
        <translation>AGPL</translation>
    </message>
    <message>
        <source>terms unknown</source>
        <translation>termos desconhecidos</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>tamanho desconhecido</translation>
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
        <translation>O Trapline ainda não tem receita de conversão para %1 (família &quot;%2&quot;); veja tools/README.md para exportar modelos manualmente.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 não existe ou não é um arquivo.</translation>
    </message>
    <message>
        <source>No Python was found to convert %1. %2</source>
        <translation>Nenhum Python encontrado para converter %1. %2</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Verificando %1</translation>
    </message>
    <message>
        <source>Cannot write the conversion script to %1.</source>
        <translation>Não é possível gravar o script de conversão em %1.</translation>
    </message>
    <message>
        <source>Cannot create the models folder %1.</source>
        <translation>Não é possível criar a pasta de modelos %1.</translation>
    </message>
    <message>
        <source>Converting %1</source>
        <translation>Convertendo %1</translation>
    </message>
    <message>
        <source>The conversion of %1 was cancelled.</source>
        <translation>A conversão de %1 foi cancelada.</translation>
    </message>
    <message>
        <source>The conversion of %1 failed:
%2</source>
        <translation>A conversão de %1 falhou:
%2</translation>
    </message>
    <message>
        <source>The conversion of %1 ended without a manifest:
%2</source>
        <translation>A conversão de %1 terminou sem manifesto:
%2</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written (%2; %3 free in %4, %5 still to write). Free some space and run the download again; it resumes where it stopped.</source>
        <translation>O disco está cheio: não foi possível gravar %1 (%2; %3 livres em %4, faltam %5 a gravar). Libere espaço e execute o download de novo; ele continua de onde parou.</translation>
    </message>
    <message>
        <source>an unknown amount</source>
        <translation>uma quantidade desconhecida</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>%1 does not match the checksum its publisher gives: expected %2 %3, got %2 %4.</source>
        <translation>%1 não confere com a soma de verificação dada pelo seu editor: esperado %2 %3, obtido %2 %4.</translation>
    </message>
    <message>
        <source>%1 is published under %2 (%3 terms), which you must accept before using it: read the licence, then run the download again with --accept-licence.</source>
        <translation>%1 é publicado sob %2 (termos %3), que você precisa aceitar antes de usá-lo: leia a licença e execute o download de novo com --accept-licence.</translation>
    </message>
    <message>
        <source>%1 Nothing was installed.</source>
        <translation>%1 Nada foi instalado.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation>Copiando %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was installed.</source>
        <translation>Cancelado; nada foi instalado.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>Não é possível mover %1 para %2.</translation>
    </message>
    <message>
        <source>The catalogue has no confirmed download for %1. %2</source>
        <translation>O catálogo não tem um download confirmado de %1. %2</translation>
    </message>
    <message>
        <source>The catalogue has no confirmed download address for %1. %2</source>
        <translation>O catálogo não tem um endereço de download confirmado para %1. %2</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>Baixando %1</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled after %2; run it again to resume.</source>
        <translation>O download de %1 foi cancelado após %2; execute-o de novo para continuar.</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 for %2.</source>
        <translation>O servidor respondeu HTTP %1 para %2.</translation>
    </message>
    <message>
        <source>The download of %1 stopped after %2 of %3 (%4). Run it again to resume where it stopped.</source>
        <translation>O download de %1 parou após %2 de %3 (%4). Execute-o de novo para continuar de onde parou.</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>a conexão foi fechada</translation>
    </message>
    <message>
        <source>%1 has %2 bytes where its publisher gives %3; the file was deleted.</source>
        <translation>%1 tem %2 bytes e o editor indica %3; o arquivo foi apagado.</translation>
    </message>
    <message>
        <source>%1 The download was deleted.</source>
        <translation>%1 O download foi apagado.</translation>
    </message>
    <message>
        <source>There is no model file or installed model called &quot;%1&quot; (looked in %2); &quot;trapline-cli models installed&quot; lists the installed models.</source>
        <translation>Não há arquivo de modelo nem modelo instalado chamado &quot;%1&quot; (procurado em %2); &quot;trapline-cli models installed&quot; lista os modelos instalados.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; is missing %2: put it in %3 (or next to the manifest), or run &quot;trapline-cli models download %4&quot;.</source>
        <translation>Falta %2 ao modelo &quot;%1&quot;: coloque-o em %3 (ou junto ao manifesto), ou execute &quot;trapline-cli models download %4&quot;.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; is missing %2: put it in %3 (or next to the manifest).</source>
        <translation>Falta %2 ao modelo &quot;%1&quot;: coloque-o em %3 (ou junto ao manifesto).</translation>
    </message>
    <message>
        <source>Cannot read the shard plan %1: %2</source>
        <translation>Não é possível ler o plano de lotes %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Trapline shard plan.</source>
        <translation>%1 não é um plano de lotes do Trapline.</translation>
    </message>
    <message>
        <source>A plan needs at least one shard.</source>
        <translation>Um plano precisa de pelo menos um lote.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>sbatch was not found on PATH: run this on a Slurm login node, or submit %1 there yourself (sbatch %1).</source>
        <translation>O sbatch não foi encontrado no PATH: execute isto num nó de acesso do Slurm, ou envie %1 lá você mesmo (sbatch %1).</translation>
    </message>
    <message>
        <source>sbatch refused the job: %1</source>
        <translation>O sbatch recusou o job: %1</translation>
    </message>
    <message>
        <source>The plan has shards 0 to %1; there is no shard %2.</source>
        <translation>O plano tem os lotes 0 a %1; não há lote %2.</translation>
    </message>
    <message>
        <source>The model %1 is not the one the plan was made with: its files&apos; hash is %2, the plan&apos;s %3. Make a new plan.</source>
        <translation>O modelo %1 não é aquele com que o plano foi feito: o hash de seus arquivos é %2, o do plano %3. Faça um novo plano.</translation>
    </message>
    <message>
        <source>The shard was cancelled.</source>
        <translation>O lote foi cancelado.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>Não é possível renomear %1 para %2.</translation>
    </message>
    <message>
        <source>The shard plan in %1 was made for another project.</source>
        <translation>O plano de lotes em %1 foi feito para outro projeto.</translation>
    </message>
    <message>
        <source>Collecting shards</source>
        <translation>Coletando os lotes</translation>
    </message>
    <message>
        <source>stopped while running (killed or cancelled)</source>
        <translation>parou durante a execução (encerrado ou cancelado)</translation>
    </message>
    <message>
        <source>%1 belongs to another plan</source>
        <translation>%1 pertence a outro plano</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Não é possível importar %1</translation>
    </message>
    <message>
        <source>The model manifest %1 is not valid JSON.</source>
        <translation>O manifesto de modelo %1 não é um JSON válido.</translation>
    </message>
    <message>
        <source>Name a catalogue model or a file in %1.</source>
        <translation>Indique um modelo do catálogo ou um arquivo em %1.</translation>
    </message>
    <message>
        <source>Cannot remove %1: check that you may write to %2.</source>
        <translation>Não é possível remover %1: verifique se você pode gravar em %2.</translation>
    </message>
    <message>
        <source>%1 is not installed in %2.</source>
        <translation>%1 não está instalado em %2.</translation>
    </message>
    <message>
        <source>To convert by hand: %1 (then run &quot;trapline-cli models convert %2 %3 --python ~/.venv-trapline/bin/python&quot; to do it for you).</source>
        <translation>Para converter manualmente: %1 (depois execute &quot;trapline-cli models convert %2 %3 --python ~/.venv-trapline/bin/python&quot; para que ele faça isso por você).</translation>
    </message>
    <message>
        <source>a detector needs a box decoder (yolov5, ultralytics, yolov10, rt-detr, darknet-yolo, fastestdet)</source>
        <translation>um detector precisa de um decodificador de caixas (yolov5, ultralytics, yolov10, rt-detr, darknet-yolo, fastestdet)</translation>
    </message>
    <message>
        <source>the yolov10 decoder expects [batch, boxes, 6] (x1, y1, x2, y2, score, class)</source>
        <translation>o decodificador yolov10 espera [lote, caixas, 6] (x1, y1, x2, y2, pontuação, classe)</translation>
    </message>
    <message>
        <source>the rt-detr decoder expects [batch, queries, 4 + %1 classes = %2]</source>
        <translation>o decodificador rt-detr espera [lote, consultas, 4 + %1 classes = %2]</translation>
    </message>
    <message>
        <source>%1 cannot run the conversion: it lacks PyTorch or %4&apos;s code%2. %3</source>
        <translation>%1 não pode fazer a conversão: falta o PyTorch ou o código do %4%2. %3</translation>
    </message>
    <message>
        <source>&quot;download.size_text&quot; must be a text such as &quot;268 MB&quot; or null</source>
        <translation>&quot;download.size_text&quot; deve ser um texto como &quot;268 MB&quot; ou null</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>cerca de %1</translation>
    </message>
    <message>
        <source>input.layout must be &quot;NCHW&quot; or &quot;NHWC&quot;, not &quot;%1&quot;</source>
        <translation>input.layout deve ser &quot;NCHW&quot; ou &quot;NHWC&quot;, não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the speciesnet decoder needs SpeciesNet labels (uuid;class;order;family;genus;species;common name), not &quot;%1&quot;</source>
        <translation>o decodificador speciesnet precisa de rótulos do SpeciesNet (uuid;class;order;family;genus;species;common name), não &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a classifier&apos;s decoder must be &quot;logits&quot;, &quot;probabilities&quot; or &quot;speciesnet&quot;</source>
        <translation>o decodificador de um classificador deve ser &quot;logits&quot;, &quot;probabilities&quot; ou &quot;speciesnet&quot;</translation>
    </message>
    <message>
        <source>Cannot read the SpeciesNet geofence %1: %2</source>
        <translation>Não é possível ler a cerca geográfica do SpeciesNet %1: %2</translation>
    </message>
    <message>
        <source>The SpeciesNet geofence %1 is not valid JSON (%2).</source>
        <translation>A cerca geográfica do SpeciesNet %1 não é um JSON válido (%2).</translation>
    </message>
    <message>
        <source>The country code &quot;%1&quot; is not an ISO 3166-1 alpha-3 code (three letters, e.g. KEN).</source>
        <translation>O código de país &quot;%1&quot; não é um código ISO 3166-1 alfa-3 (três letras, p. ex. KEN).</translation>
    </message>
    <message>
        <source>The region code &quot;%1&quot; is not a two-letter first-level region (e.g. the US state CA).</source>
        <translation>O código de região &quot;%1&quot; não é uma região de primeiro nível de duas letras (p. ex. o estado americano CA).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SpeciesNet label (7 fields separated by &apos;;&apos;).</source>
        <translation>&quot;%1&quot; não é um rótulo do SpeciesNet (7 campos separados por &apos;;&apos;).</translation>
    </message>
    <message>
        <source>The SpeciesNet ensemble needs at least one class with its score.</source>
        <translation>O conjunto do SpeciesNet precisa de pelo menos uma classe com sua pontuação.</translation>
    </message>
    <message>
        <source>Cannot read the SpeciesNet taxonomy %1: %2</source>
        <translation>Não é possível ler a taxonomia do SpeciesNet %1: %2</translation>
    </message>
</context>
<context>
    <name>trapline::IngestText</name>
    <message>
        <source>Checking the database</source>
        <translation>Verificando o banco de dados</translation>
    </message>
    <message>
        <source>Comparing files with their import</source>
        <translation>Comparando os arquivos com a importação</translation>
    </message>
    <message>
        <source>Looking for the files</source>
        <translation>Procurando os arquivos</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>o arquivo está ausente</translation>
    </message>
    <message>
        <source>its size changed from %1 to %2 bytes since it was imported</source>
        <translation>seu tamanho mudou de %1 para %2 bytes desde a importação</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>o arquivo não pode ser lido</translation>
    </message>
    <message>
        <source>its content changed since it was imported (same size, different bytes: edited or overwritten)</source>
        <translation>seu conteúdo mudou desde a importação (mesmo tamanho, bytes diferentes: editado ou sobrescrito)</translation>
    </message>
    <message>
        <source>Cannot check the project</source>
        <translation>Não foi possível verificar o projeto</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 não é uma pasta.</translation>
    </message>
    <message>
        <source>The project has no image folder %1. &apos;trapline-cli check&apos; lists its folders.</source>
        <translation>O projeto não tem a pasta de imagens %1. &apos;trapline-cli check&apos; lista suas pastas.</translation>
    </message>
    <message>
        <source>%1 is already one of the project&apos;s image folders.</source>
        <translation>%1 já é uma das pastas de imagens do projeto.</translation>
    </message>
    <message>
        <source>None of the %1 images of %2 are in %3 (an image is recognised by its content, not its name or size). Pick the folder that holds the same sub-folders as the old one (for example the card&apos;s root, not a folder above or below it). Nothing was changed.</source>
        <translation>Nenhuma das %1 imagens de %2 está em %3 (uma imagem é reconhecida pelo conteúdo, não pelo nome nem pelo tamanho). Escolha a pasta que contém as mesmas subpastas da antiga (por exemplo a raiz do cartão, não uma pasta acima ou abaixo dela). Nada foi alterado.</translation>
    </message>
    <message>
        <source>Cannot relink %1</source>
        <translation>Não foi possível revincular %1</translation>
    </message>
    <message>
        <source>Cannot change the frame times</source>
        <translation>Não foi possível alterar os horários dos quadros</translation>
    </message>
    <message>
        <source>The project has no deployment %1; `trapline-cli info PROJECT` lists them.</source>
        <translation>O projeto não tem a implantação %1; `trapline-cli info PROJECT` as lista.</translation>
    </message>
    <message>
        <source>Cannot read the frame times</source>
        <translation>Não foi possível ler os horários dos quadros</translation>
    </message>
    <message>
        <source>The pattern names %1 twice.</source>
        <translation>O padrão nomeia %1 duas vezes.</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; must name the year, month, day, hour and minute (YYYY, MM, DD, hh, mm; ss and fff are optional), for example *__YYYY-MM-DD__hh-mm-ss*</source>
        <translation>O padrão &quot;%1&quot; deve nomear o ano, o mês, o dia, a hora e o minuto (YYYY, MM, DD, hh, mm; ss e fff são opcionais), por exemplo *__YYYY-MM-DD__hh-mm-ss*</translation>
    </message>
    <message>
        <source>No file name of this deployment matches &quot;%1&quot; (for example %2). Nothing was changed.</source>
        <translation>Nenhum nome de arquivo desta implantação corresponde a &quot;%1&quot; (por exemplo %2). Nada foi alterado.</translation>
    </message>
    <message>
        <source>Cannot read the file names</source>
        <translation>Não foi possível ler os nomes dos arquivos</translation>
    </message>
    <message>
        <source>Scanning folders</source>
        <translation>Examinando as pastas</translation>
    </message>
    <message>
        <source>Reading metadata</source>
        <translation>Lendo os metadados</translation>
    </message>
    <message>
        <source>the folder cannot be read; check its permissions</source>
        <translation>a pasta não pode ser lida; verifique suas permissões</translation>
    </message>
    <message>
        <source>no such folder; check the path and that the card or disk is mounted</source>
        <translation>essa pasta não existe; verifique o caminho e se o cartão ou o disco está montado</translation>
    </message>
    <message>
        <source>Grouping sequences</source>
        <translation>Agrupando as sequências</translation>
    </message>
    <message>
        <source>Making thumbnails</source>
        <translation>Criando as miniaturas</translation>
    </message>
    <message>
        <source>Backing up the project</source>
        <translation>Fazendo backup do projeto</translation>
    </message>
    <message>
        <source>The import did not start: %1</source>
        <translation>A importação não começou: %1</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and run the import again: everything imported so far is saved and will be skipped.</source>
        <translation>O disco que contém %1 está cheio. Libere espaço e execute a importação novamente: tudo o que foi importado até agora está salvo e será ignorado.</translation>
    </message>
    <message>
        <source>The import stopped: %1. Everything imported so far is saved; run the import again to resume.</source>
        <translation>A importação parou: %1. Tudo o que foi importado até agora está salvo; execute a importação novamente para retomá-la.</translation>
    </message>
    <message>
        <source>This project has no import to resume.</source>
        <translation>Este projeto não tem importação para retomar.</translation>
    </message>
    <message>
        <source>The last import finished; there is nothing to resume.</source>
        <translation>A última importação terminou; não há nada para retomar.</translation>
    </message>
</context>
<context>
    <name>trapline::JobScheduler</name>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Queued: starts when the project&apos;s running job ends</source>
        <translation>Na fila: começa quando a tarefa em andamento do projeto terminar</translation>
    </message>
    <message>
        <source>Queued: starts when another job ends</source>
        <translation>Na fila: começa quando outra tarefa terminar</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Iniciando...</translation>
    </message>
    <message>
        <source>Stopping after the current batch...</source>
        <translation>Parando após o lote atual...</translation>
    </message>
    <message>
        <source>Cancelled before it started</source>
        <translation>Cancelada antes de começar</translation>
    </message>
</context>
<context>
    <name>trapline::ProjectText</name>
    <message>
        <source>Synthetic camera-trap options are invalid: %1.</source>
        <translation>As opções da armadilha fotográfica sintética são inválidas: %1.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check that you may write to %2.</source>
        <translation>Não foi possível criar a pasta %1. Verifique se você pode gravar em %2.</translation>
    </message>
    <message>
        <source>Could not create the synthetic image %1: %2. Check free memory, or try a smaller width and height.</source>
        <translation>Não foi possível criar a imagem sintética %1: %2. Verifique a memória livre ou tente uma largura e uma altura menores.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that the disk has free space and the folder is writable.</source>
        <translation>Não foi possível gravar %1: %2. Verifique se o disco tem espaço livre e se a pasta permite gravação.</translation>
    </message>
    <message>
        <source>Could not generate synthetic images in %1: %2</source>
        <translation>Não foi possível gerar imagens sintéticas em %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2); the disk may be full. Nothing was changed.</source>
        <translation>Não foi possível gravar %1 (%2); o disco pode estar cheio. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Check that the disk is writable.</source>
        <translation>Não foi possível criar a pasta de backup %1. Verifique se o disco permite gravação.</translation>
    </message>
    <message>
        <source>The backup was not made: %1 is a folder. Choose a file name for the backup.</source>
        <translation>O backup não foi feito: %1 é uma pasta. Escolha um nome de arquivo para o backup.</translation>
    </message>
    <message>
        <source>The backup was not made: the folder %1 does not exist. Choose an existing folder, or create it first.</source>
        <translation>O backup não foi feito: a pasta %1 não existe. Escolha uma pasta existente ou crie-a primeiro.</translation>
    </message>
    <message>
        <source>The backup was not made: the unfinished copy %1 of an earlier backup cannot be removed. Delete it, or check that the folder is writable.</source>
        <translation>O backup não foi feito: a cópia inacabada %1 de um backup anterior não pode ser removida. Exclua-a ou verifique se a pasta permite gravação.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2. Check that the folder is writable, or choose another one.</source>
        <translation>Não foi possível gravar o backup %1: %2. Verifique se a pasta permite gravação ou escolha outra.</translation>
    </message>
    <message>
        <source>The backup %1 was not made: the disk is full. Free some space and try again; the project itself was not changed.</source>
        <translation>O backup %1 não foi feito: o disco está cheio. Libere espaço e tente novamente; o projeto em si não foi alterado.</translation>
    </message>
    <message>
        <source>The backup %1 was not made: %2. The project itself was not changed.</source>
        <translation>O backup %1 não foi feito: %2. O projeto em si não foi alterado.</translation>
    </message>
    <message>
        <source>The backup was not made: the file %1 is there already and cannot be replaced. Choose another file name.</source>
        <translation>O backup não foi feito: o arquivo %1 já existe e não pode ser substituído. Escolha outro nome de arquivo.</translation>
    </message>
    <message>
        <source>The backup could not be moved into place at %1. Check that the folder is writable, or choose another one.</source>
        <translation>Não foi possível mover o backup para %1. Verifique se a pasta permite gravação ou escolha outra.</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the project itself; choose another file.</source>
        <translation>Um backup não pode sobrescrever o próprio projeto; escolha outro arquivo.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Informe a latitude e a longitude, ou nenhuma das duas.</translation>
    </message>
    <message>
        <source>Latitude %1 is outside -90..90 (decimal degrees, WGS84; south is negative).</source>
        <translation>A latitude %1 está fora de -90..90 (graus decimais, WGS84; o sul é negativo).</translation>
    </message>
    <message>
        <source>Longitude %1 is outside -180..180 (decimal degrees, WGS84; west is negative).</source>
        <translation>A longitude %1 está fora de -180..180 (graus decimais, WGS84; o oeste é negativo).</translation>
    </message>
    <message>
        <source>The coordinate uncertainty is a distance in whole metres, at least 1 (it was %1).</source>
        <translation>A incerteza das coordenadas é uma distância em metros inteiros, no mínimo 1 (era %1).</translation>
    </message>
    <message>
        <source>The camera height is in metres above the ground, 0 or more (it was %1).</source>
        <translation>A altura da câmera é em metros acima do solo, 0 ou mais (era %1).</translation>
    </message>
    <message>
        <source>The UTC offset %1 is outside -12:00..+14:00.</source>
        <translation>O deslocamento UTC %1 está fora de -12:00..+14:00.</translation>
    </message>
    <message>
        <source>The deployment ends before it starts.</source>
        <translation>A implantação termina antes de começar.</translation>
    </message>
    <message>
        <source>There is no deployment %1 in this project.</source>
        <translation>Não há implantação %1 neste projeto.</translation>
    </message>
    <message>
        <source>Cannot read deployment %1</source>
        <translation>Não foi possível ler a implantação %1</translation>
    </message>
    <message>
        <source>Cannot list deployments</source>
        <translation>Não foi possível listar as implantações</translation>
    </message>
    <message>
        <source>There is no deployment &quot;%1&quot; in %2. See the names with: trapline-cli deployments list %2</source>
        <translation>Não há implantação &quot;%1&quot; em %2. Veja os nomes com: trapline-cli deployments list %2</translation>
    </message>
    <message>
        <source>Cannot find deployment %1</source>
        <translation>Não foi possível encontrar a implantação %1</translation>
    </message>
    <message>
        <source>
Nothing was changed.</source>
        <translation>
Nada foi alterado.</translation>
    </message>
    <message>
        <source> Nothing was changed.</source>
        <translation> Nada foi alterado.</translation>
    </message>
    <message>
        <source>Cannot save the deployment properties (nothing was changed)</source>
        <translation>Não foi possível salvar as propriedades da implantação (nada foi alterado)</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and try again; nothing already saved was lost.</source>
        <translation>%1: o disco está cheio. Libere espaço e tente novamente; nada do que já estava salvo foi perdido.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already exists. Open it instead, or choose another file name.</source>
        <translation>%1 já existe. Abra-o em vez disso ou escolha outro nome de arquivo.</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>Não foi possível criar %1: a pasta %2 não existe.</translation>
    </message>
    <message>
        <source>No project at %1. Create one with &quot;trapline-cli init %1&quot; or File &gt; New Project.</source>
        <translation>Não há projeto em %1. Crie um com &quot;trapline-cli init %1&quot; ou Arquivo &gt; Novo projeto.</translation>
    </message>
    <message>
        <source>%1 is not a Trapline project (it is not an SQLite database).</source>
        <translation>%1 não é um projeto do Trapline (não é um banco de dados SQLite).</translation>
    </message>
    <message>
        <source>%1 needs an upgrade to this version&apos;s project format, but no backup could be made first, so it was not changed. %2</source>
        <translation>%1 precisa ser atualizado para o formato de projeto desta versão, mas não foi possível fazer um backup antes, então ele não foi alterado. %2</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Não foi possível abrir %1</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Trapline project.</source>
        <translation>%1 é um banco de dados SQLite, mas não um projeto do Trapline.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Trapline (project format %2; this version reads up to %3). Install the newer Trapline to open it; the file was not changed.</source>
        <translation>%1 foi salvo por uma versão mais nova do Trapline (formato de projeto %2; esta versão lê até o %3). Instale o Trapline mais novo para abri-lo; o arquivo não foi alterado.</translation>
    </message>
    <message>
        <source>Cannot count the project&apos;s contents</source>
        <translation>Não foi possível contar o conteúdo do projeto</translation>
    </message>
    <message>
        <source>Cannot list sequences</source>
        <translation>Não foi possível listar as sequências</translation>
    </message>
    <message>
        <source>There is no sequence %1 in this project.</source>
        <translation>Não há sequência %1 neste projeto.</translation>
    </message>
    <message>
        <source>Cannot read sequence %1</source>
        <translation>Não foi possível ler a sequência %1</translation>
    </message>
    <message>
        <source>Cannot list the frames of sequence %1</source>
        <translation>Não foi possível listar os quadros da sequência %1</translation>
    </message>
    <message>
        <source>There is no media %1 in this project.</source>
        <translation>Não há mídia %1 neste projeto.</translation>
    </message>
    <message>
        <source>Cannot read media %1</source>
        <translation>Não foi possível ler a mídia %1</translation>
    </message>
    <message>
        <source>Cannot list import problems</source>
        <translation>Não foi possível listar os problemas de importação</translation>
    </message>
    <message>
        <source>No thumbnails have been made yet (%1 is missing).</source>
        <translation>Nenhuma miniatura foi criada ainda (%1 está ausente).</translation>
    </message>
    <message>
        <source>Cannot open the thumbnail cache %1: %2. It can be deleted safely; it will be rebuilt.</source>
        <translation>Não foi possível abrir o cache de miniaturas %1: %2. Ele pode ser excluído com segurança; será reconstruído.</translation>
    </message>
    <message>
        <source>The country &quot;%1&quot; is not an ISO 3166-1 alpha-3 code: three capital letters, such as KEN or USA.</source>
        <translation>O país &quot;%1&quot; não é um código ISO 3166-1 alfa-3: três letras maiúsculas, como KEN ou USA.</translation>
    </message>
    <message>
        <source>The region &quot;%1&quot; is not a first-level region code: two capital letters or digits, such as CA for California.</source>
        <translation>A região &quot;%1&quot; não é um código de região de primeiro nível: duas letras maiúsculas ou dígitos, como CA para a Califórnia.</translation>
    </message>
    <message>
        <source>Give the country of the region %1.</source>
        <translation>Informe o país da região %1.</translation>
    </message>
</context>
<context>
    <name>trapline::ReidText</name>
    <message>
        <source>Cannot list individuals</source>
        <translation>Não foi possível listar os indivíduos</translation>
    </message>
    <message>
        <source>Cannot list the sightings of individual %1</source>
        <translation>Não foi possível listar os avistamentos do indivíduo %1</translation>
    </message>
    <message>
        <source>Give the individual a name.</source>
        <translation>Dê um nome ao indivíduo.</translation>
    </message>
    <message>
        <source>There is no individual %1 in this project.</source>
        <translation>Não há indivíduo %1 neste projeto.</translation>
    </message>
    <message>
        <source>The individual was not renamed</source>
        <translation>O indivíduo não foi renomeado</translation>
    </message>
    <message>
        <source>Pick two different individuals to merge.</source>
        <translation>Escolha dois indivíduos diferentes para mesclar.</translation>
    </message>
    <message>
        <source>One of the individuals to merge is not in this project any more.</source>
        <translation>Um dos indivíduos a mesclar não está mais neste projeto.</translation>
    </message>
    <message>
        <source>The individuals were not merged</source>
        <translation>Os indivíduos não foram mesclados</translation>
    </message>
    <message>
        <source>Select the sightings that show the other animal.</source>
        <translation>Selecione os avistamentos que mostram o outro animal.</translation>
    </message>
    <message>
        <source>Give the new individual a name.</source>
        <translation>Dê um nome ao novo indivíduo.</translation>
    </message>
    <message>
        <source>Sighting %1 is not one of this individual&apos;s; nothing was changed.</source>
        <translation>O avistamento %1 não é deste indivíduo; nada foi alterado.</translation>
    </message>
    <message>
        <source>The individual was not split</source>
        <translation>O indivíduo não foi separado</translation>
    </message>
    <message>
        <source>The edit of individuals was not undone</source>
        <translation>A edição dos indivíduos não foi desfeita</translation>
    </message>
    <message>
        <source>The edit of individuals was not redone</source>
        <translation>A edição dos indivíduos não foi refeita</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 está ausente.</translation>
    </message>
    <message>
        <source>%1 cannot be decoded; the file is damaged or not an image.</source>
        <translation>Não foi possível decodificar %1; o arquivo está danificado ou não é uma imagem.</translation>
    </message>
    <message>
        <source>%1 cannot be decoded (%2).</source>
        <translation>Não foi possível decodificar %1 (%2).</translation>
    </message>
    <message>
        <source>Saving proposals</source>
        <translation>Salvando as propostas</translation>
    </message>
    <message>
        <source>There is no box %1 in this project.</source>
        <translation>Não há caixa %1 neste projeto.</translation>
    </message>
    <message>
        <source>Cannot read box %1</source>
        <translation>Não foi possível ler a caixa %1</translation>
    </message>
    <message>
        <source>Reading embeddings</source>
        <translation>Lendo os vetores de características</translation>
    </message>
    <message>
        <source>Proposing individuals</source>
        <translation>Propondo indivíduos</translation>
    </message>
    <message>
        <source>Proposing was cancelled; the earlier proposals are kept.</source>
        <translation>A proposta foi cancelada; as propostas anteriores são mantidas.</translation>
    </message>
    <message>
        <source>Cannot propose individuals</source>
        <translation>Não foi possível propor indivíduos</translation>
    </message>
    <message>
        <source>No box has an individual yet: give a few sightings their individual first (the label panel&apos;s Individual), then propose matches for the rest.</source>
        <translation>Nenhuma caixa tem indivíduo ainda: atribua primeiro o indivíduo a alguns avistamentos (Indivíduo, no painel de rótulos) e depois proponha correspondências para o restante.</translation>
    </message>
    <message>
        <source>Matching keypoints</source>
        <translation>Comparando pontos-chave</translation>
    </message>
    <message>
        <source>Cannot list the proposed matches</source>
        <translation>Não foi possível listar as correspondências propostas</translation>
    </message>
    <message>
        <source>The rejection was not saved</source>
        <translation>A rejeição não foi salva</translation>
    </message>
    <message>
        <source>The rejection was not taken back</source>
        <translation>A rejeição não foi desfeita</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 não é uma pasta.</translation>
    </message>
    <message>
        <source>No images in %1: it must hold one sub-folder of images per individual (optionally under train/ and test/).</source>
        <translation>Não há imagens em %1: ela deve conter uma subpasta de imagens por indivíduo (opcionalmente em train/ e test/).</translation>
    </message>
    <message>
        <source>Finding keypoints</source>
        <translation>Procurando pontos-chave</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Comparando</translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>A avaliação foi cancelada.</translation>
    </message>
    <message>
        <source>Computing embeddings</source>
        <translation>Calculando os vetores de características</translation>
    </message>
</context>
<context>
    <name>trapline::ReviewText</name>
    <message>
        <source>Cannot read the labels of sequence %1: %2</source>
        <translation>Não foi possível ler os rótulos da sequência %1: %2</translation>
    </message>
    <message>
        <source>The labels of sequence %1 were not restored: the disk is full. Free some space and try again; nothing already saved was lost.</source>
        <translation>Os rótulos da sequência %1 não foram restaurados: o disco está cheio. Libere espaço e tente novamente; nada do que já estava salvo foi perdido.</translation>
    </message>
    <message>
        <source>Cannot restore the labels of sequence %1: %2</source>
        <translation>Não foi possível restaurar os rótulos da sequência %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an observation type (use one of %2).</source>
        <translation>&quot;%1&quot; não é um tipo de observação (use um de %2).</translation>
    </message>
    <message>
        <source>Only an animal can have a species.</source>
        <translation>Só um animal pode ter espécie.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Uma contagem não pode ser negativa.</translation>
    </message>
    <message>
        <source>The label was not saved: the disk is full. Free some space and try again; nothing already saved was lost.</source>
        <translation>O rótulo não foi salvo: o disco está cheio. Libere espaço e tente novamente; nada do que já estava salvo foi perdido.</translation>
    </message>
    <message>
        <source>The label was not saved: %1</source>
        <translation>O rótulo não foi salvo: %1</translation>
    </message>
    <message>
        <source>There is no media %1 in this project.</source>
        <translation>Não há mídia %1 neste projeto.</translation>
    </message>
    <message>
        <source>Media %1 belongs to no sequence yet; run the import again to group it.</source>
        <translation>A mídia %1 ainda não pertence a nenhuma sequência; execute a importação novamente para agrupá-la.</translation>
    </message>
    <message>
        <source>Cannot read media %1: %2</source>
        <translation>Não foi possível ler a mídia %1: %2</translation>
    </message>
    <message>
        <source>There is no box %1 in this project (it may have been deleted).</source>
        <translation>Não há caixa %1 neste projeto (ela pode ter sido excluída).</translation>
    </message>
    <message>
        <source>Cannot read box %1: %2</source>
        <translation>Não foi possível ler a caixa %1: %2</translation>
    </message>
    <message>
        <source>There is no sequence %1 in this project.</source>
        <translation>Não há sequência %1 neste projeto.</translation>
    </message>
    <message>
        <source>This sequence has no machine label to accept. Run a model on it first (Models &gt; Run Models), or label it yourself.</source>
        <translation>Esta sequência não tem rótulo da máquina para aceitar. Execute um modelo nela primeiro (Modelos &gt; Executar modelos) ou rotule-a você mesmo.</translation>
    </message>
    <message>
        <source>The box is too small; drag a larger one around the animal.</source>
        <translation>A caixa é pequena demais; arraste uma maior em volta do animal.</translation>
    </message>
    <message>
        <source>The box is too small; make it larger or delete it.</source>
        <translation>A caixa é pequena demais; aumente-a ou exclua-a.</translation>
    </message>
    <message>
        <source>Cannot read sequence %1: %2</source>
        <translation>Não foi possível ler a sequência %1: %2</translation>
    </message>
    <message>
        <source>Cannot list the project&apos;s species</source>
        <translation>Não foi possível listar as espécies do projeto</translation>
    </message>
    <message>
        <source>There is no taxon %1 in this project.</source>
        <translation>Não há táxon %1 neste projeto.</translation>
    </message>
    <message>
        <source>Cannot read taxon %1</source>
        <translation>Não foi possível ler o táxon %1</translation>
    </message>
    <message>
        <source>Type a species name (scientific or common).</source>
        <translation>Digite um nome de espécie (científico ou popular).</translation>
    </message>
    <message>
        <source>Cannot add the species &quot;%1&quot;</source>
        <translation>Não foi possível adicionar a espécie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read the quick keys</source>
        <translation>Não foi possível ler as teclas rápidas</translation>
    </message>
    <message>
        <source>Cannot save the quick keys</source>
        <translation>Não foi possível salvar as teclas rápidas</translation>
    </message>
    <message>
        <source>Cannot list individuals</source>
        <translation>Não foi possível listar os indivíduos</translation>
    </message>
    <message>
        <source>Give the individual a name.</source>
        <translation>Dê um nome ao indivíduo.</translation>
    </message>
    <message>
        <source>Cannot create the individual &quot;%1&quot;</source>
        <translation>Não foi possível criar o indivíduo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no deployment named &quot;%1&quot; in %2.</source>
        <translation>Não há implantação chamada &quot;%1&quot; em %2.</translation>
    </message>
    <message>
        <source>There is no sequence %1 in %2.</source>
        <translation>Não há sequência %1 em %2.</translation>
    </message>
    <message>
        <source>Nothing to check out: no sequence matches.</source>
        <translation>Nada a retirar: nenhuma sequência corresponde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: give a confidence between 0 and 1, e.g. below=0.6.</source>
        <translation>&quot;%1&quot;: informe uma confiança entre 0 e 1, p. ex. below=0.6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not in this project.</source>
        <translation>&quot;%1&quot;: %2 não está neste projeto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a review queue. Use not-reviewed, machine-labelled, below=CONFIDENCE, disagreeing, empty, conflicts, species=NAME or deployment=NAME, separated by commas.</source>
        <translation>&quot;%1&quot; não é uma fila de revisão. Use not-reviewed, machine-labelled, below=CONFIANÇA, disagreeing, empty, conflicts, species=NOME ou deployment=NOME, separados por vírgulas.</translation>
    </message>
    <message>
        <source>Name the reviewer who takes the part (--reviewer NAME).</source>
        <translation>Indique quem revisa a parte (--reviewer NOME).</translation>
    </message>
    <message>
        <source>Give the file the part is written to (--out PART.trapline).</source>
        <translation>Informe o arquivo em que a parte é gravada (--out PARTE.trapline).</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file for the part.</source>
        <translation>%1 já existe; escolha outro arquivo para a parte.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Não é possível gravar %1: a pasta %2 não existe.</translation>
    </message>
    <message>
        <source>Cannot write %1; the project was not changed.</source>
        <translation>Não é possível gravar %1; o projeto não foi alterado.</translation>
    </message>
    <message>
        <source>Cannot check out a part of %1 to %2</source>
        <translation>Não é possível retirar uma parte de %1 para %2</translation>
    </message>
    <message>
        <source>Check-in of %1&apos;s part: %2 sequences took the reviewer&apos;s labels, %3 are in the Conflicts queue, %4 were left as they were.</source>
        <translation>Devolução da parte de %1: %2 sequências receberam os rótulos do revisor, %3 estão na fila Conflitos, %4 ficaram como estavam.</translation>
    </message>
    <message>
        <source>Nothing new to check in from %1&apos;s part; the project was not changed.</source>
        <translation>Nada de novo a devolver da parte de %1; o projeto não foi alterado.</translation>
    </message>
    <message>
        <source>Taxa added: %1.</source>
        <translation>Táxons adicionados: %1.</translation>
    </message>
    <message>
        <source>Taxa merged by name: %1.</source>
        <translation>Táxons mesclados pelo nome: %1.</translation>
    </message>
    <message>
        <source>Individuals added: %1.</source>
        <translation>Indivíduos adicionados: %1.</translation>
    </message>
    <message>
        <source>Individuals merged by name: %1.</source>
        <translation>Indivíduos mesclados pelo nome: %1.</translation>
    </message>
    <message>
        <source>%1 is the project itself, not a part checked out of it.</source>
        <translation>%1 é o próprio projeto, não uma parte retirada dele.</translation>
    </message>
    <message>
        <source>Cannot check in %1: %2</source>
        <translation>Não é possível devolver %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a part checked out for review (it records no check-out); nothing was changed.</source>
        <translation>%1 não é uma parte retirada para revisão (não registra nenhuma retirada); nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 was checked out of another project, not of %2. Check it in to the project it came from; nothing was changed.</source>
        <translation>%1 foi retirada de outro projeto, não de %2. Devolva-a ao projeto de onde veio; nada foi alterado.</translation>
    </message>
    <message>
        <source>The check-out %1 that %2 belongs to is not recorded in %3; nothing was changed.</source>
        <translation>A retirada %1 a que %2 pertence não está registrada em %3; nada foi alterado.</translation>
    </message>
    <message>
        <source>Cannot check in %1; nothing was changed</source>
        <translation>Não é possível devolver %1; nada foi alterado</translation>
    </message>
    <message>
        <source>Cannot list the conflicts</source>
        <translation>Não é possível listar os conflitos</translation>
    </message>
    <message>
        <source>no labels</source>
        <translation>sem rótulos</translation>
    </message>
    <message>
        <source>There is no conflict %1 in this project.</source>
        <translation>Não há conflito %1 neste projeto.</translation>
    </message>
    <message>
        <source>The conflict %1 was already resolved.</source>
        <translation>O conflito %1 já foi resolvido.</translation>
    </message>
    <message>
        <source>The conflict %1 was not resolved</source>
        <translation>O conflito %1 não foi resolvido</translation>
    </message>
    <message>
        <source>The conflict %1 was not changed</source>
        <translation>O conflito %1 não foi alterado</translation>
    </message>
</context>
<context>
    <name>trapline::TrainingText</name>
    <message>
        <source>Cannot list the trained models</source>
        <translation>Não foi possível listar os modelos treinados</translation>
    </message>
    <message>
        <source>Cannot record the new model version</source>
        <translation>Não foi possível registrar a nova versão do modelo</translation>
    </message>
    <message>
        <source>Cannot set the active model</source>
        <translation>Não foi possível definir o modelo ativo</translation>
    </message>
    <message>
        <source>Cannot read the active model</source>
        <translation>Não foi possível ler o modelo ativo</translation>
    </message>
    <message>
        <source>Reading the confirmed labels</source>
        <translation>Lendo os rótulos confirmados</translation>
    </message>
    <message>
        <source>The project has no confirmed labels to train on. Review some sequences first.</source>
        <translation>O projeto não tem rótulos confirmados para treinar. Revise algumas sequências primeiro.</translation>
    </message>
    <message>
        <source>The project has no individuals with two or more sightings. Confirm some matches first.</source>
        <translation>O projeto não tem indivíduos com dois ou mais avistamentos. Confirme algumas correspondências primeiro.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não foi possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Cannot read the labels for training</source>
        <translation>Não foi possível ler os rótulos para o treinamento</translation>
    </message>
    <message>
        <source>No training example for 1 class: %1. The model could never predict it. Relink missing images (trapline-cli check), label more sequences of it, or train without it (trapline-cli train --allow-missing-classes; in Train Model, &quot;Leave out classes without training examples&quot;).</source>
        <translation>Não há exemplo de treinamento para 1 classe: %1. O modelo nunca poderia prevê-la. Revincule as imagens ausentes (trapline-cli check), rotule mais sequências dela ou treine sem ela (trapline-cli train --allow-missing-classes; em Treinar modelo, &quot;Deixar de fora as classes sem exemplos de treinamento&quot;).</translation>
    </message>
    <message>
        <source>No training example for %1 classes: %2. The model could never predict them. Relink missing images (trapline-cli check), label more sequences of them, or train without them (trapline-cli train --allow-missing-classes; in Train Model, &quot;Leave out classes without training examples&quot;).</source>
        <translation>Não há exemplo de treinamento para %1 classes: %2. O modelo nunca poderia prevê-las. Revincule as imagens ausentes (trapline-cli check), rotule mais sequências delas ou treine sem elas (trapline-cli train --allow-missing-classes; em Treinar modelo, &quot;Deixar de fora as classes sem exemplos de treinamento&quot;).</translation>
    </message>
    <message>
        <source>Cannot save the checkpoint in %1: %2. Check that the disk has room.</source>
        <translation>Não foi possível salvar o ponto de verificação em %1: %2. Verifique se há espaço no disco.</translation>
    </message>
    <message>
        <source>Training the new head</source>
        <translation>Treinando a nova cabeça</translation>
    </message>
    <message>
        <source>Training was cancelled after epoch %1; run it again to resume.</source>
        <translation>O treinamento foi cancelado após a época %1; execute-o novamente para retomá-lo.</translation>
    </message>
    <message>
        <source>The unfrozen stage needs to know which layers to train: name their parameter prefixes (e.g. &quot;stage4&quot;) with --unfreeze, or as &quot;unfreeze&quot; in the base model&apos;s manifest.</source>
        <translation>A etapa descongelada precisa saber quais camadas treinar: informe os prefixos dos parâmetros (por ex. &quot;stage4&quot;) com --unfreeze, ou como &quot;unfreeze&quot; no manifesto do modelo base.</translation>
    </message>
    <message>
        <source>No parameter of the base model starts with %1: check the &quot;unfreeze&quot; names.</source>
        <translation>Nenhum parâmetro do modelo base começa com %1: verifique os nomes em &quot;unfreeze&quot;.</translation>
    </message>
    <message>
        <source>Training the unfrozen layers</source>
        <translation>Treinando as camadas descongeladas</translation>
    </message>
    <message>
        <source>%1 holds another training (other options, data or base model). Choose an empty folder, or the same options to resume it.</source>
        <translation>%1 contém outro treinamento (outras opções, dados ou modelo base). Escolha uma pasta vazia, ou as mesmas opções para retomá-lo.</translation>
    </message>
    <message>
        <source>%1 already holds the finished model of this training.</source>
        <translation>%1 já contém o modelo concluído deste treinamento.</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>O treinamento falhou: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object.</source>
        <translation>%1 não é um objeto JSON.</translation>
    </message>
    <message>
        <source>%1 is not a TorchScript model: fine-tuning needs one (export the model with torch.jit.script or torch.jit.trace).</source>
        <translation>%1 não é um modelo TorchScript: o ajuste fino precisa de um (exporte o modelo com torch.jit.script ou torch.jit.trace).</translation>
    </message>
    <message>
        <source>Cannot load the TorchScript model %1: %2</source>
        <translation>Não foi possível carregar o modelo TorchScript %1: %2</translation>
    </message>
    <message>
        <source>The model %1 has no method or layer &quot;%2&quot;. Name the method (or the submodule) that returns features in its manifest as &quot;feature_method&quot;.</source>
        <translation>O modelo %1 não tem método nem camada &quot;%2&quot;. Informe no manifesto, como &quot;feature_method&quot;, o método (ou o submódulo) que retorna as características.</translation>
    </message>
    <message>
        <source>Evaluating %1</source>
        <translation>Avaliando %1</translation>
    </message>
    <message>
        <source>The evaluation was cancelled.</source>
        <translation>A avaliação foi cancelada.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
    <message>
        <source>%1 is not a classifier.</source>
        <translation>%1 não é um classificador.</translation>
    </message>
    <message>
        <source>Cannot save the new model in %1: %2</source>
        <translation>Não foi possível salvar o novo modelo em %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the image %1. Run &quot;Check Project&quot; to find moved or missing files, or relink the image folder.</source>
        <translation>Não foi possível ler a imagem %1. Execute &quot;Verificar projeto&quot; para encontrar arquivos movidos ou ausentes, ou revincule a pasta de imagens.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Não foi possível criar %1.</translation>
    </message>
    <message>
        <source>Computing features</source>
        <translation>Calculando as características</translation>
    </message>
    <message>
        <source>Training was cancelled while computing features; run it again to resume.</source>
        <translation>O treinamento foi cancelado durante o cálculo das características; execute-o novamente para retomá-lo.</translation>
    </message>
    <message>
        <source>Cannot write %1. Check that the disk has room.</source>
        <translation>Não foi possível gravar %1. Verifique se há espaço no disco.</translation>
    </message>
    <message>
        <source>Training a classifier needs at least two classes with training examples, some validation examples (to choose the epoch) and some test examples (to measure the result) (found %1 classes, %2 training, %3 validation and %4 test examples). Label more sequences, lower the minimum per class, or raise the validation or test share.</source>
        <translation>Treinar um classificador exige pelo menos duas classes com exemplos de treino, alguns exemplos de validação (para escolher a época) e alguns exemplos de teste (para medir o resultado) (encontradas %1 classes, %2 exemplos de treino, %3 de validação e %4 de teste). Rotule mais sequências, reduza o mínimo por classe ou aumente a proporção de validação ou de teste.</translation>
    </message>
    <message>
        <source>Training an embedder needs at least two individuals with two or more sightings on each side (found %1 for training, %2 for validation, %3 for test). Confirm more individuals.</source>
        <translation>Treinar um modelo de reidentificação exige pelo menos dois indivíduos com dois ou mais avistamentos em cada lado (encontrados %1 para treino, %2 para validação, %3 para teste). Confirme mais indivíduos.</translation>
    </message>
</context>
<context>
    <name>trapline::ui::AdjustTimesDialog</name>
    <message>
        <source>Adjust Times</source>
        <translation>Ajustar horários</translation>
    </message>
    <message>
        <source>The camera&apos;s clock was wrong: &amp;shift every frame by</source>
        <translation>O relógio da câmera estava errado: &amp;deslocar cada quadro em</translation>
    </message>
    <message>
        <source>The times are in the file &amp;names, in this pattern</source>
        <translation>Os horários estão nos &amp;nomes dos arquivos, neste padrão</translation>
    </message>
    <message>
        <source>+HH:MM:SS moves the times later, -HH:MM:SS earlier</source>
        <translation>+HH:MM:SS move os horários para mais tarde, -HH:MM:SS para mais cedo</translation>
    </message>
    <message>
        <source>YYYY MM DD hh mm ss stand for the parts of the time, * for any text; camtrapR&apos;s renamed files (StationA__2009-04-21__00-40-00(1).JPG) match *__YYYY-MM-DD__hh-mm-ss*</source>
        <translation>YYYY MM DD hh mm ss representam as partes da data e hora, * qualquer texto; os arquivos renomeados pelo camtrapR (StationA__2009-04-21__00-40-00(1).JPG) correspondem a *__YYYY-MM-DD__hh-mm-ss*</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>&amp;Implantação:</translation>
    </message>
    <message>
        <source>The deployment&apos;s sequences are regrouped afterwards; labels are kept. Edit &gt; Undo puts the times back.</source>
        <translation>As sequências da implantação são reagrupadas em seguida; os rótulos são mantidos. Editar &gt; Desfazer restaura os horários.</translation>
    </message>
    <message>
        <source>Every frame of the deployment moves by %1 s.</source>
        <translation>Cada quadro da implantação é deslocado em %1 s.</translation>
    </message>
    <message>
        <source>Write the shift as +HH:MM:SS or -HH:MM:SS.</source>
        <translation>Escreva o deslocamento como +HH:MM:SS ou -HH:MM:SS.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → does not match (keeps its time)</source>
        <translation>%1 → não corresponde (mantém seu horário)</translation>
    </message>
</context>
<context>
    <name>trapline::ui::DeploymentListModel</name>
    <message>
        <source>All deployments</source>
        <translation>Todas as instalações</translation>
    </message>
    <message>
        <source>%1
%2 sequences, %3 not reviewed</source>
        <translation>%1
%2 sequências, %3 não revisadas</translation>
    </message>
    <message>
        <source>%1
%2 media in %3 sequences
Folder: %4</source>
        <translation>%1
%2 imagens em %3 sequências
Pasta: %4</translation>
    </message>
</context>
<context>
    <name>trapline::ui::DeploymentPropertiesDialog</name>
    <message>
        <source>e.g. Waterhole north</source>
        <translation>p. ex. Bebedouro norte</translation>
    </message>
    <message>
        <source>decimal degrees, -90 to 90 (south is negative)</source>
        <translation>graus decimais, de -90 a 90 (sul negativo)</translation>
    </message>
    <message>
        <source>decimal degrees, -180 to 180 (west is negative)</source>
        <translation>graus decimais, de -180 a 180 (oeste negativo)</translation>
    </message>
    <message>
        <source>metres, e.g. 30</source>
        <translation>metros, p. ex. 30</translation>
    </message>
    <message>
        <source>e.g. Europe/Paris, or +02:00</source>
        <translation>p. ex. America/Sao_Paulo, ou -03:00</translation>
    </message>
    <message>
        <source>e.g. Reconyx HyperFire 2</source>
        <translation>p. ex. Reconyx HyperFire 2</translation>
    </message>
    <message>
        <source>metres above the ground</source>
        <translation>metros acima do solo</translation>
    </message>
    <message>
        <source>Deployment Properties</source>
        <translation>Propriedades da implantação</translation>
    </message>
    <message>
        <source>The time zone the camera&apos;s clock was set to (follows daylight saving time), or its fixed offset from UTC. Exports stamp the camera&apos;s times with it.</source>
        <translation>O fuso horário do relógio da câmera (segue o horário de verão), ou seu deslocamento fixo em relação ao UTC. As exportações datam os horários da câmera com ele.</translation>
    </message>
    <message>
        <source>&amp;Deployment:</source>
        <translation>&amp;Implantação:</translation>
    </message>
    <message>
        <source>&amp;Location name:</source>
        <translation>Nome do &amp;local:</translation>
    </message>
    <message>
        <source>L&amp;atitude:</source>
        <translation>L&amp;atitude:</translation>
    </message>
    <message>
        <source>L&amp;ongitude:</source>
        <translation>L&amp;ongitude:</translation>
    </message>
    <message>
        <source>Coordinate &amp;uncertainty (m):</source>
        <translation>&amp;Incerteza da posição (m):</translation>
    </message>
    <message>
        <source>&amp;Time zone or UTC offset:</source>
        <translation>&amp;Fuso horário ou deslocamento UTC:</translation>
    </message>
    <message>
        <source>Camera &amp;model:</source>
        <translation>&amp;Modelo da câmera:</translation>
    </message>
    <message>
        <source>Camera &amp;height (m):</source>
        <translation>&amp;Altura da câmera (m):</translation>
    </message>
    <message>
        <source>The project has no deployments yet: import a folder first.</source>
        <translation>O projeto ainda não tem implantações: importe uma pasta primeiro.</translation>
    </message>
    <message>
        <source>Latitude must be a number of decimal degrees, such as -2.33.</source>
        <translation>A latitude deve ser um número de graus decimais, como -2.33.</translation>
    </message>
    <message>
        <source>Longitude must be a number of decimal degrees, such as 34.83.</source>
        <translation>A longitude deve ser um número de graus decimais, como 34.83.</translation>
    </message>
    <message>
        <source>The coordinate uncertainty must be a whole number of metres.</source>
        <translation>A incerteza da posição deve ser um número inteiro de metros.</translation>
    </message>
    <message>
        <source>The camera height must be a number of metres, such as 0.5.</source>
        <translation>A altura da câmera deve ser um número de metros, como 0.5.</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-3, e.g. KEN</source>
        <translation>ISO 3166-1 alfa-3, p. ex. KEN</translation>
    </message>
    <message>
        <source>e.g. CA for a US state; optional</source>
        <translation>p. ex. CA para um estado americano; opcional</translation>
    </message>
    <message>
        <source>SpeciesNet names only species known to live in this country (and region)</source>
        <translation>O SpeciesNet só nomeia espécies que se sabe viverem neste país (e região)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
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
        <translation>Pacote de dados Camtrap DP (GBIF, Agouti, camtrapR)</translation>
    </message>
    <message>
        <source>COCO Camera Traps JSON (LILA)</source>
        <translation>JSON COCO Camera Traps (LILA)</translation>
    </message>
    <message>
        <source>MegaDetector results JSON</source>
        <translation>JSON de resultados do MegaDetector</translation>
    </message>
    <message>
        <source>CSV, one row per observation (Timelapse-style)</source>
        <translation>CSV, uma linha por observação (estilo Timelapse)</translation>
    </message>
    <message>
        <source>Training set: crops in class folders</source>
        <translation>Conjunto de treino: recortes em pastas por classe</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Procurar...</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Salvar em:</translation>
    </message>
    <message>
        <source>Include machine labels not yet reviewed</source>
        <translation>Incluir rótulos da máquina ainda não revisados</translation>
    </message>
    <message>
        <source>Off: only labels a person made or confirmed</source>
        <translation>Desligado: apenas rótulos feitos ou confirmados por uma pessoa</translation>
    </message>
    <message>
        <source>Training set</source>
        <translation>Conjunto de treino</translation>
    </message>
    <message>
        <source>Whole frames instead of box crops</source>
        <translation>Quadros inteiros em vez de recortes</translation>
    </message>
    <message>
        <source>Only the first frame of each sequence</source>
        <translation>Apenas o primeiro quadro de cada sequência</translation>
    </message>
    <message>
        <source>Frames of a burst are near copies; one per sequence avoids over-counting</source>
        <translation>Quadros de uma rajada são quase cópias; um por sequência evita contar demais</translation>
    </message>
    <message>
        <source>Share of empty frames kept: empties outnumber animals in most projects</source>
        <translation>Parte dos quadros vazios mantidos: na maioria dos projetos há mais vazios que animais</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <source>Deployment (camera)</source>
        <translation>Instalação (câmera)</translation>
    </message>
    <message>
        <source>Frames of one group never sit on both sides of the split</source>
        <translation>Quadros de um grupo nunca ficam dos dois lados da divisão</translation>
    </message>
    <message>
        <source>Share of groups held out for validation</source>
        <translation>Parte dos grupos reservados para validação</translation>
    </message>
    <message>
        <source>Share of groups held out for a final test</source>
        <translation>Parte dos grupos reservados para o teste final</translation>
    </message>
    <message>
        <source>original size</source>
        <translation>tamanho original</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Keep &amp;empty:</source>
        <translation>Manter &amp;vazios:</translation>
    </message>
    <message>
        <source>Split &amp;by:</source>
        <translation>Dividir &amp;por:</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>&amp;Validação:</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>&amp;Teste:</translation>
    </message>
    <message>
        <source>Longest &amp;side:</source>
        <translation>Lado &amp;maior:</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Exportar para a pasta</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Exportar para o arquivo</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Escolha onde salvar a exportação.</translation>
    </message>
    <message>
        <source>Validation and test together must leave data for training.</source>
        <translation>Validação e teste juntos devem deixar dados para o treino.</translation>
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
        <translation>Este quadro tem rótulo próprio: %1</translation>
    </message>
    <message>
        <source>Check this frame: %1</source>
        <translation>Verifique este quadro: %1</translation>
    </message>
</context>
<context>
    <name>trapline::ui::ImageView</name>
    <message>
        <source>Wheel: zoom, drag: pan, B or Ctrl+drag: draw a box, F: fit, M: magnifier</source>
        <translation>Roda: zoom, arrastar: mover, B ou Ctrl+arrastar: desenhar uma caixa, F: ajustar, M: lupa</translation>
    </message>
</context>
<context>
    <name>trapline::ui::IndividualsDialog</name>
    <message>
        <source>Individuals</source>
        <translation>Indivíduos</translation>
    </message>
    <message>
        <source>The sightings of the individual, oldest first; select some to split them off</source>
        <translation>Os avistamentos do indivíduo, do mais antigo ao mais recente; selecione alguns para separá-los</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Novo...</translation>
    </message>
    <message>
        <source>Name an individual before its first sighting is labelled</source>
        <translation>Nomear um indivíduo antes de rotular seu primeiro avistamento</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Renomear...</translation>
    </message>
    <message>
        <source>Give the selected individual another name</source>
        <translation>Dar outro nome ao indivíduo selecionado</translation>
    </message>
    <message>
        <source>&amp;Merge Into...</source>
        <translation>&amp;Mesclar com...</translation>
    </message>
    <message>
        <source>The selected individual is the same animal as another: join their sightings</source>
        <translation>O indivíduo selecionado é o mesmo animal que outro: juntar seus avistamentos</translation>
    </message>
    <message>
        <source>&amp;Split Off...</source>
        <translation>&amp;Separar...</translation>
    </message>
    <message>
        <source>The selected sightings show another animal: make them a new individual</source>
        <translation>Os avistamentos selecionados mostram outro animal: torná-los um novo indivíduo</translation>
    </message>
    <message numerus="yes">
        <source>%n sighting(s)</source>
        <translation>
            <numerusform>%n avistamento</numerusform>
            <numerusform>%n avistamentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Mesclar</translation>
    </message>
    <message>
        <source>The same animal as:</source>
        <translation>O mesmo animal que:</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Separar</translation>
    </message>
    <message>
        <source>Select the sightings that show the other animal first.</source>
        <translation>Selecione primeiro os avistamentos que mostram o outro animal.</translation>
    </message>
    <message>
        <source>Name of the other animal:</source>
        <translation>Nome do outro animal:</translation>
    </message>
    <message>
        <source>New individual</source>
        <translation>Novo indivíduo</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
</context>
<context>
    <name>trapline::ui::JobsPanel</name>
    <message>
        <source>%1 s left</source>
        <translation>faltam %1 s</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>faltam %1 min</translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>faltam %1 h</translation>
    </message>
    <message>
        <source>Clear finished</source>
        <translation>Limpar concluídas</translation>
    </message>
    <message>
        <source>Remove finished jobs from this list</source>
        <translation>Remover da lista as tarefas concluídas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stopping after the current batch...</source>
        <translation>Parando após o lote atual...</translation>
    </message>
    <message>
        <source>%1: %2 of %3 %4</source>
        <translation>%1: %2 de %3 %4</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Interrompida: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1. Run it again to resume.</source>
        <translation>Cancelada: %1. Repita para continuar.</translation>
    </message>
    <message>
        <source>Stop after the current batch; everything done so far is kept, and running the job again resumes it. A queued job is removed.</source>
        <translation>Parar após o lote atual; tudo o que foi feito é mantido, e executar a tarefa de novo a retoma. Uma tarefa na fila é removida.</translation>
    </message>
</context>
<context>
    <name>trapline::ui::LabelPanel</name>
    <message>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <source>Sequence:</source>
        <translation>Sequência:</translation>
    </message>
    <message>
        <source>Machine:</source>
        <translation>Máquina:</translation>
    </message>
    <message>
        <source>Frame:</source>
        <translation>Quadro:</translation>
    </message>
    <message>
        <source>Box:</source>
        <translation>Caixa:</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Species: type to search, Enter to apply</source>
        <translation>Espécie: digite para buscar, Enter para aplicar</translation>
    </message>
    <message>
        <source>Scientific or common name. A name the project does not know yet is added.
Enter applies it to the selected box, or else to the whole sequence.</source>
        <translation>Nome científico ou popular. Um nome que o projeto ainda não conhece é adicionado.
Enter o aplica à caixa selecionada ou, se não houver, à sequência inteira.</translation>
    </message>
    <message>
        <source>&amp;Species:</source>
        <translation>E&amp;spécie:</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>não contado</translation>
    </message>
    <message>
        <source>How many animals; leave at &quot;not counted&quot; if you do not count</source>
        <translation>Quantos animais; deixe em &quot;não contado&quot; se você não faz contagem</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Quantidade:</translation>
    </message>
    <message>
        <source>The known individual this animal is, if any</source>
        <translation>O indivíduo conhecido a que este animal corresponde, se houver</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>Novo...</translation>
    </message>
    <message>
        <source>Name a new individual</source>
        <translation>Dar nome a um novo indivíduo</translation>
    </message>
    <message>
        <source>Individual:</source>
        <translation>Indivíduo:</translation>
    </message>
    <message>
        <source>Behaviour, marks, anything worth keeping</source>
        <translation>Comportamento, marcas, tudo o que valha a pena registrar</translation>
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
        <translation>Sequência inteira</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>The label of every frame of the sequence</source>
        <translation>O rótulo de todos os quadros da sequência</translation>
    </message>
    <message>
        <source>Add species to sequence</source>
        <translation>Adicionar espécie à sequência</translation>
    </message>
    <message>
        <source>A second species in the same sequence</source>
        <translation>Uma segunda espécie na mesma sequência</translation>
    </message>
    <message>
        <source>This frame only</source>
        <translation>Apenas este quadro</translation>
    </message>
    <message>
        <source>This frame differs from its sequence</source>
        <translation>Este quadro difere da sua sequência</translation>
    </message>
    <message>
        <source>Selected box</source>
        <translation>Caixa selecionada</translation>
    </message>
    <message>
        <source>The label of the selected box only (multi-species frames)</source>
        <translation>Apenas o rótulo da caixa selecionada (quadros com várias espécies)</translation>
    </message>
    <message>
        <source>Quick actions</source>
        <translation>Ações rápidas</translation>
    </message>
    <message>
        <source>Sequence is empty</source>
        <translation>Sequência vazia</translation>
    </message>
    <message>
        <source>Nothing in any frame</source>
        <translation>Nada em nenhum quadro</translation>
    </message>
    <message>
        <source>Frame is empty</source>
        <translation>Quadro vazio</translation>
    </message>
    <message>
        <source>The animal has left this frame</source>
        <translation>O animal saiu deste quadro</translation>
    </message>
    <message>
        <source>Frame follows sequence</source>
        <translation>Quadro segue a sequência</translation>
    </message>
    <message>
        <source>Shift+E</source>
        <translation>Shift+E</translation>
    </message>
    <message>
        <source>Remove this frame&apos;s own label</source>
        <translation>Remover o rótulo próprio deste quadro</translation>
    </message>
    <message>
        <source>Accept machine label</source>
        <translation>Aceitar rótulo da máquina</translation>
    </message>
    <message>
        <source>Confirm what the model said</source>
        <translation>Confirmar o que o modelo disse</translation>
    </message>
    <message>
        <source>Reviewed as it is</source>
        <translation>Revisada como está</translation>
    </message>
    <message>
        <source>The labels are right; mark it reviewed</source>
        <translation>Os rótulos estão corretos; marcá-la como revisada</translation>
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
        <translation>Escolher a espécie das teclas 1 a 9 para este projeto</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(não definida)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>No sequence selected</source>
        <translation>Nenhuma sequência selecionada</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n frame(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n quadro</numerusform>
            <numerusform>%1 · %2 · %n quadros</numerusform>
        </translation>
    </message>
    <message>
        <source>not labelled</source>
        <translation>sem rótulo</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>no prediction</source>
        <translation>sem predição</translation>
    </message>
    <message>
        <source>%1 (its own label)</source>
        <translation>%1 (rótulo próprio)</translation>
    </message>
    <message>
        <source>follows the sequence</source>
        <translation>segue a sequência</translation>
    </message>
    <message>
        <source>follows the sequence; check: %1</source>
        <translation>segue a sequência; verificar: %1</translation>
    </message>
    <message>
        <source>none selected (B draws one)</source>
        <translation>nenhuma selecionada (B desenha uma)</translation>
    </message>
    <message>
        <source> (machine)</source>
        <translation> (máquina)</translation>
    </message>
    <message>
        <source>time from the file, not the camera</source>
        <translation>horário do arquivo, não da câmera</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation>&amp;Novo projeto...</translation>
    </message>
    <message>
        <source>Create an empty project file to import camera folders into</source>
        <translation>Criar um arquivo de projeto vazio para importar pastas de câmeras</translation>
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation>&amp;Abrir projeto...</translation>
    </message>
    <message>
        <source>&amp;Import Folder...</source>
        <translation>&amp;Importar pasta...</translation>
    </message>
    <message>
        <source>Add the images of a camera folder or SD card; run it again to add only new files</source>
        <translation>Adicionar as imagens de uma pasta de câmera ou cartão SD; repita para adicionar apenas arquivos novos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Trapline</source>
        <translation>&amp;Sobre o Trapline</translation>
    </message>
    <message>
        <source>About Trapline</source>
        <translation>Sobre o Trapline</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trapline %1&lt;/b&gt;&lt;p&gt;Review, label and re-identify camera-trap images.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Trapline %1&lt;/b&gt;&lt;p&gt;Revise, rotule e reidentifique imagens de armadilhas fotográficas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cameras and sites; pick one to see its sequences</source>
        <translation>Câmeras e locais; escolha um para ver suas sequências</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Instalações</translation>
    </message>
    <message>
        <source>%1 - Trapline</source>
        <translation>%1 - Trapline</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Novo projeto</translation>
    </message>
    <message>
        <source>Trapline projects (*.trapline)</source>
        <translation>Projetos do Trapline (*.trapline)</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Não foi possível criar o projeto</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Abrir projeto</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Não foi possível abrir o projeto</translation>
    </message>
    <message>
        <source>Import a camera folder</source>
        <translation>Importar uma pasta de câmera</translation>
    </message>
    <message>
        <source>No project open. Create one with File &gt; New Project, or open one.</source>
        <translation>Nenhum projeto aberto. Crie um em Arquivo &gt; Novo projeto, ou abra um.</translation>
    </message>
    <message>
        <source>%1 media, %2 sequences, %3 deployments, %4 with problems</source>
        <translation>%1 imagens, %2 sequências, %3 instalações, %4 com problemas</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <source>&amp;Run Models...</source>
        <translation>&amp;Executar modelos...</translation>
    </message>
    <message>
        <source>Pre-label species with your detector and classifier, and compute re-ID features</source>
        <translation>Pré-rotular espécies com seu detector e classificador, e calcular características de reidentificação</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tarefas</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tarefa em andamento</numerusform>
            <numerusform>%n tarefas em andamento</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new image(s), %1 with problems, %2 already imported</source>
        <translation>
            <numerusform>%n imagem nova, %1 com problemas, %2 já importadas</numerusform>
            <numerusform>%n imagens novas, %1 com problemas, %2 já importadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Run models</source>
        <translation>Executar modelos</translation>
    </message>
    <message>
        <source>%1 images on %2: %3 detections, %4 frames flagged for review, %5 failed</source>
        <translation>%1 imagens em %2: %3 detecções, %4 quadros marcados para revisão, %5 falharam</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 interrompida</translation>
    </message>
    <message>
        <source>%1 finished: %2</source>
        <translation>%1 concluída: %2</translation>
    </message>
    <message>
        <source>Import &amp;Labels...</source>
        <translation>Importar &amp;rótulos...</translation>
    </message>
    <message>
        <source>Bring in labels made elsewhere: Camtrap DP, COCO Camera Traps, MegaDetector results, CSV</source>
        <translation>Trazer rótulos feitos em outro lugar: Camtrap DP, COCO Camera Traps, resultados do MegaDetector, CSV</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportar...</translation>
    </message>
    <message>
        <source>Camtrap DP, COCO Camera Traps, MegaDetector JSON, CSV or a training set</source>
        <translation>Camtrap DP, COCO Camera Traps, JSON do MegaDetector, CSV ou um conjunto de treino</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Import Labels</source>
        <translation>Importar rótulos</translation>
    </message>
    <message>
        <source>Import labels</source>
        <translation>Importar rótulos</translation>
    </message>
    <message>
        <source>Camtrap DP package (datapackage.json);;COCO Camera Traps (*.json);;MegaDetector results (*.json);;CSV (*.csv)</source>
        <translation>Pacote Camtrap DP (datapackage.json);;COCO Camera Traps (*.json);;Resultados do MegaDetector (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir re&amp;cente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Configurações...</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>Re&amp;visão</translation>
    </message>
    <message>
        <source>&amp;Quick Keys</source>
        <translation>&amp;Teclas rápidas</translation>
    </message>
    <message>
        <source>Label with quick key %1</source>
        <translation>Rotular com a tecla rápida %1</translation>
    </message>
    <message>
        <source>The species of key %1, for the whole sequence (or the selected box)</source>
        <translation>A espécie da tecla %1, para a sequência inteira (ou a caixa selecionada)</translation>
    </message>
    <message>
        <source>&amp;Edit Quick Keys...</source>
        <translation>&amp;Editar teclas rápidas...</translation>
    </message>
    <message>
        <source>&amp;Search Species</source>
        <translation>&amp;Buscar espécie</translation>
    </message>
    <message>
        <source>Type a species for the sequence, the frame or the selected box</source>
        <translation>Digitar uma espécie para a sequência, o quadro ou a caixa selecionada</translation>
    </message>
    <message>
        <source>Sequence Is &amp;Empty</source>
        <translation>Sequência &amp;vazia</translation>
    </message>
    <message>
        <source>Nothing in any frame of this sequence</source>
        <translation>Nada em nenhum quadro desta sequência</translation>
    </message>
    <message>
        <source>&amp;Frame Is Empty</source>
        <translation>&amp;Quadro vazio</translation>
    </message>
    <message>
        <source>The animal has left this frame</source>
        <translation>O animal saiu deste quadro</translation>
    </message>
    <message>
        <source>Frame &amp;Follows Sequence</source>
        <translation>Quadro &amp;segue a sequência</translation>
    </message>
    <message>
        <source>Remove this frame&apos;s own label</source>
        <translation>Remover o rótulo próprio deste quadro</translation>
    </message>
    <message>
        <source>&amp;Accept Machine Label</source>
        <translation>&amp;Aceitar rótulo da máquina</translation>
    </message>
    <message>
        <source>Confirm the model&apos;s label of the sequence</source>
        <translation>Confirmar o rótulo que o modelo deu à sequência</translation>
    </message>
    <message>
        <source>&amp;Reviewed As It Is</source>
        <translation>&amp;Revisada como está</translation>
    </message>
    <message>
        <source>The labels are right: mark the sequence reviewed</source>
        <translation>Os rótulos estão corretos: marcar a sequência como revisada</translation>
    </message>
    <message>
        <source>Draw a &amp;Box</source>
        <translation>&amp;Desenhar uma caixa</translation>
    </message>
    <message>
        <source>Drag a box around one animal (or Ctrl+drag)</source>
        <translation>Arrastar uma caixa em volta de um animal (ou Ctrl+arrastar)</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Box</source>
        <translation>&amp;Excluir caixa selecionada</translation>
    </message>
    <message>
        <source>A person&apos;s box is deleted, a machine box is rejected</source>
        <translation>A caixa de uma pessoa é excluída; a da máquina é rejeitada</translation>
    </message>
    <message>
        <source>&amp;Next Sequence</source>
        <translation>&amp;Próxima sequência</translation>
    </message>
    <message>
        <source>&amp;Previous Sequence</source>
        <translation>Sequência a&amp;nterior</translation>
    </message>
    <message>
        <source>Next &amp;Unreviewed</source>
        <translation>Pró&amp;xima não revisada</translation>
    </message>
    <message>
        <source>The next sequence in the list that no person has reviewed</source>
        <translation>A próxima sequência da lista que nenhuma pessoa revisou</translation>
    </message>
    <message>
        <source>Next Fra&amp;me</source>
        <translation>Próxi&amp;mo quadro</translation>
    </message>
    <message>
        <source>Previous Fr&amp;ame</source>
        <translation>Quadro anteri&amp;or</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajustar à &amp;janela</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Aumentar zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Diminuir zoom</translation>
    </message>
    <message>
        <source>&amp;Magnifier</source>
        <translation>&amp;Lupa</translation>
    </message>
    <message>
        <source>A loupe under the mouse</source>
        <translation>Uma lupa sob o mouse</translation>
    </message>
    <message>
        <source>&amp;Reset Brightness and Contrast</source>
        <translation>&amp;Redefinir brilho e contraste</translation>
    </message>
    <message>
        <source>Review queues</source>
        <translation>Filas de revisão</translation>
    </message>
    <message>
        <source>Sequences: Up/Down to move, Space for the next unreviewed one</source>
        <translation>Sequências: Cima/Baixo para mover, Espaço para a próxima não revisada</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language applies the next time Trapline starts.</source>
        <translation>O novo idioma será aplicado na próxima vez que o Trapline for iniciado.</translation>
    </message>
    <message>
        <source>That was the last sequence in this list.</source>
        <translation>Essa era a última sequência desta lista.</translation>
    </message>
    <message>
        <source>This is the first sequence in this list.</source>
        <translation>Esta é a primeira sequência desta lista.</translation>
    </message>
    <message>
        <source>No unreviewed sequence after this one in the list.</source>
        <translation>Nenhuma sequência não revisada depois desta na lista.</translation>
    </message>
    <message>
        <source>&amp;Back Up Project</source>
        <translation>&amp;Backup do projeto</translation>
    </message>
    <message>
        <source>Copy the project, as it is now, into its backups folder beside it</source>
        <translation>Copiar o projeto, como está agora, para a pasta de backups ao lado dele</translation>
    </message>
    <message>
        <source>Back up %1</source>
        <translation>Backup de %1</translation>
    </message>
    <message>
        <source>saved to %1</source>
        <translation>salvo em %1</translation>
    </message>
    <message>
        <source>Compare every box without an individual with the confirmed sightings (embeddings from your re-ID model), in the background</source>
        <translation>Comparar cada caixa sem indivíduo com os avistamentos confirmados (embeddings do seu modelo de reidentificação), em segundo plano</translation>
    </message>
    <message>
        <source>Match &amp;Individuals...</source>
        <translation>Associar &amp;indivíduos...</translation>
    </message>
    <message>
        <source>Confirm or reject the proposed individuals side by side</source>
        <translation>Confirmar ou rejeitar os indivíduos propostos, lado a lado</translation>
    </message>
    <message>
        <source>Propose individual matches</source>
        <translation>Propor correspondências de indivíduos</translation>
    </message>
    <message>
        <source>%1 proposals for %2 sightings, from %3 confirmed sightings of %4 individuals</source>
        <translation>%1 propostas para %2 avistamentos, a partir de %3 avistamentos confirmados de %4 indivíduos</translation>
    </message>
    <message>
        <source>Pr&amp;opose Individual Matches</source>
        <translation>Pr&amp;opor correspondências de indivíduos</translation>
    </message>
    <message>
        <source>Indi&amp;viduals...</source>
        <translation>Indi&amp;víduos...</translation>
    </message>
    <message>
        <source>The project&apos;s individuals and their sightings: rename, merge, split</source>
        <translation>Os indivíduos do projeto e seus avistamentos: renomear, mesclar, separar</translation>
    </message>
    <message>
        <source>&amp;Train Model...</source>
        <translation>&amp;Treinar modelo...</translation>
    </message>
    <message>
        <source>Fine-tune the species classifier or the re-ID embedder on your corrected labels</source>
        <translation>Ajustar o classificador de espécies ou o modelo de reidentificação com seus rótulos corrigidos</translation>
    </message>
    <message>
        <source>&amp;Deployments</source>
        <translation>&amp;Implantações</translation>
    </message>
    <message>
        <source>&amp;Properties...</source>
        <translation>&amp;Propriedades...</translation>
    </message>
    <message>
        <source>Position, camera and clock (time zone) of a deployment: a Camtrap DP export needs them</source>
        <translation>Posição, câmera e relógio (fuso horário) de uma implantação: uma exportação Camtrap DP precisa deles</translation>
    </message>
    <message>
        <source>Adjust &amp;Times...</source>
        <translation>Ajustar &amp;horários...</translation>
    </message>
    <message>
        <source>Correct a camera clock that was set wrong, or read the times from the file names</source>
        <translation>Corrigir o relógio de uma câmera ajustado errado, ou ler os horários dos nomes dos arquivos</translation>
    </message>
    <message numerus="yes">
        <source>available, %n device(s)</source>
        <translation>
            <numerusform>disponível, %n dispositivo</numerusform>
            <numerusform>disponível, %n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>not available</source>
        <translation>não disponível</translation>
    </message>
    <message>
        <source>&lt;p&gt;Models run with: BLAS %1 (%2); LibTorch %3 with %4 threads on %5 cores; OpenCV %6 threads (%7); CUDA %8.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Os modelos rodam com: BLAS %1 (%2); LibTorch %3 com %4 threads em %5 núcleos; OpenCV %6 threads (%7); CUDA %8.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Models run about ten times slower than they could:&lt;/b&gt; the reference BLAS is in use. Install OpenBLAS with &lt;code&gt;%1&lt;/code&gt; and restart Trapline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Os modelos rodam cerca de dez vezes mais devagar do que poderiam:&lt;/b&gt; o BLAS de referência está em uso. Instale o OpenBLAS com &lt;code&gt;%1&lt;/code&gt; e reinicie o Trapline.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) have no camera time: they are timed by their files and grouped only where their names run consecutively (%1 sequences). Deployments &gt; Adjust Times can read times from the file names or correct a camera clock.</source>
        <translation>
            <numerusform>%n quadro não tem horário da câmera: ele é datado pelo arquivo e agrupado só onde os nomes são consecutivos (%1 sequências). Implantações &gt; Ajustar horários pode ler os horários dos nomes dos arquivos ou corrigir o relógio de uma câmera.</numerusform>
            <numerusform>%n quadros não têm horário da câmera: são datados pelos arquivos e agrupados só onde os nomes são consecutivos (%1 sequências). Implantações &gt; Ajustar horários pode ler os horários dos nomes dos arquivos ou corrigir o relógio de uma câmera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) where a model failed before were skipped: tick &quot;Retry media where a model failed before&quot; in Run Models to try them again.</source>
        <translation>
            <numerusform>%n imagem em que um modelo falhou antes foi pulada: marque &quot;Tentar novamente as imagens em que um modelo falhou antes&quot; em Executar modelos para tentá-la de novo.</numerusform>
            <numerusform>%n imagens em que um modelo falhou antes foram puladas: marque &quot;Tentar novamente as imagens em que um modelo falhou antes&quot; em Executar modelos para tentá-las de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The format of %1 is not known. Choose one of the formats in the file dialog&apos;s list.</source>
        <translation>O formato de %1 não é conhecido. Escolha um dos formatos da lista da caixa de diálogo de arquivos.</translation>
    </message>
    <message>
        <source>Adjust Times</source>
        <translation>Ajustar horários</translation>
    </message>
    <message>
        <source>Open a project first.</source>
        <translation>Primeiro abra um projeto.</translation>
    </message>
    <message numerus="yes">
        <source>%n frame time(s) changed</source>
        <translation>
            <numerusform>%n horário de quadro alterado</numerusform>
            <numerusform>%n horários de quadro alterados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is already queued.</source>
        <translation>%1 já está na fila.</translation>
    </message>
    <message>
        <source>%1 is already running.</source>
        <translation>%1 já está em andamento.</translation>
    </message>
    <message>
        <source>%1 is queued: it starts when the job before it ends.</source>
        <translation>%1 está na fila: começa quando a tarefa anterior terminar.</translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n na fila</numerusform>
            <numerusform>%n na fila</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (queued)</source>
        <translation>%1 (na fila)</translation>
    </message>
    <message>
        <source>Queued: starts when the project&apos;s running job ends. %1</source>
        <translation>Na fila: começa quando a tarefa em andamento do projeto terminar. %1</translation>
    </message>
    <message>
        <source>%1 (running)</source>
        <translation>%1 (em andamento)</translation>
    </message>
    <message>
        <source>Running: see the Jobs panel for its progress; another request is queued. %1</source>
        <translation>Em andamento: veja o progresso no painel Tarefas; outro pedido está na fila. %1</translation>
    </message>
    <message>
        <source>Could not undo or redo &quot;%1&quot;: %2</source>
        <translation>Não foi possível desfazer ou refazer “%1”: %2</translation>
    </message>
    <message>
        <source>Check out for %1</source>
        <translation>Retirar para %1</translation>
    </message>
    <message>
        <source>%1 sequences (%2 images) checked out to %3</source>
        <translation>%1 sequências (%2 imagens) retiradas para %3</translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation>Devolver %1</translation>
    </message>
    <message>
        <source>Check Out for Review</source>
        <translation>Retirar para revisão</translation>
    </message>
    <message>
        <source>The sequences the list shows go to one reviewer.
Reviewer:</source>
        <translation>As sequências que a lista mostra vão para um revisor.
Revisor:</translation>
    </message>
    <message>
        <source>the review list</source>
        <translation>a lista de revisão</translation>
    </message>
    <message>
        <source>Check In</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Check &amp;Out for Review...</source>
        <translation>&amp;Retirar para revisão...</translation>
    </message>
    <message>
        <source>A part of this project for one reviewer to label elsewhere</source>
        <translation>Uma parte deste projeto para um revisor rotular em outro lugar</translation>
    </message>
    <message>
        <source>Check &amp;In...</source>
        <translation>&amp;Devolver...</translation>
    </message>
    <message>
        <source>Merge a reviewer&apos;s part back; sequences changed on both sides go to the Conflicts queue</source>
        <translation>Devolver a parte de um revisor; as sequências alteradas dos dois lados vão para a fila Conflitos</translation>
    </message>
    <message>
        <source>Model &amp;Library...</source>
        <translation>&amp;Biblioteca de modelos...</translation>
    </message>
    <message>
        <source>Download, convert and remove the published camera-trap models (MegaDetector, SpeciesNet, DeepFaune, MegaDescriptor...)</source>
        <translation>Baixar, converter e remover os modelos publicados para armadilhas fotográficas (MegaDetector, SpeciesNet, DeepFaune, MegaDescriptor...)</translation>
    </message>
</context>
<context>
    <name>trapline::ui::MatchReviewDialog</name>
    <message>
        <source>Match individuals</source>
        <translation>Associar indivíduos</translation>
    </message>
    <message>
        <source>Same individual</source>
        <translation>Mesmo indivíduo</translation>
    </message>
    <message>
        <source>Not this one</source>
        <translation>Não é este</translation>
    </message>
    <message>
        <source>Previous candidate</source>
        <translation>Candidato anterior</translation>
    </message>
    <message>
        <source>Next candidate</source>
        <translation>Próximo candidato</translation>
    </message>
    <message>
        <source>Next sighting</source>
        <translation>Próximo avistamento</translation>
    </message>
    <message>
        <source>Previous sighting</source>
        <translation>Avistamento anterior</translation>
    </message>
    <message>
        <source>New individual</source>
        <translation>Novo indivíduo</translation>
    </message>
    <message>
        <source>No proposed matches are waiting. Run Review &gt; Propose Individual Matches after an embedder has run, or once more sightings have individuals.</source>
        <translation>Nenhuma correspondência proposta pendente. Execute Revisão &gt; Propor correspondências de indivíduos depois de um modelo de embeddings, ou quando mais avistamentos tiverem indivíduo.</translation>
    </message>
    <message>
        <source>Sighting %1 of %2 (box %3)  ↔  candidate %4 of %5: &lt;b&gt;%6&lt;/b&gt;, score %7 (%8)</source>
        <translation>Avistamento %1 de %2 (caixa %3)  ↔  candidato %4 de %5: &lt;b&gt;%6&lt;/b&gt;, pontuação %7 (%8)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>This sighting shows an individual not seen before. Its name:</source>
        <translation>Este avistamento mostra um indivíduo nunca visto. O nome dele:</translation>
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
        <translation>Os modelos publicados para armadilhas fotográficas que o Trapline conhece. Os downloads vão para %1 e rodam em segundo plano (veja o painel de tarefas); um download interrompido continua de onde parou quando você baixa de novo.</translation>
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
        <translation>Licença</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>the publisher&apos;s address</source>
        <translation>o endereço do editor</translation>
    </message>
    <message>
        <source>Download the same file from another address; the publisher&apos;s checksum still applies</source>
        <translation>Baixar o mesmo arquivo de outro endereço; o checksum do editor continua valendo</translation>
    </message>
    <message>
        <source>&amp;Mirror:</source>
        <translation>&amp;Espelho:</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Baixar</translation>
    </message>
    <message>
        <source>Fetch the file into the models folder and check it against the publisher&apos;s checksum</source>
        <translation>Trazer o arquivo para a pasta de modelos e conferi-lo com o checksum do editor</translation>
    </message>
    <message>
        <source>Use a &amp;File I Already Have...</source>
        <translation>Usar um &amp;arquivo que já tenho...</translation>
    </message>
    <message>
        <source>Check a copy you downloaded before and copy it into the models folder</source>
        <translation>Conferir uma cópia baixada antes e copiá-la para a pasta de modelos</translation>
    </message>
    <message>
        <source>&amp;Convert</source>
        <translation>&amp;Converter</translation>
    </message>
    <message>
        <source>Turn the published checkpoint into a TorchScript model Trapline runs, then check it</source>
        <translation>Transformar o checkpoint publicado em um modelo TorchScript que o Trapline executa e depois conferi-lo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Delete the downloaded file</source>
        <translation>Apagar o arquivo baixado</translation>
    </message>
    <message>
        <source>The file of %1</source>
        <translation>O arquivo de %1</translation>
    </message>
    <message>
        <source>%1 (%2);;All files (*)</source>
        <translation>%1 (%2);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Delete %1 from %2?</source>
        <translation>Apagar %1 de %2?</translation>
    </message>
    <message>
        <source>To convert by hand (where Trapline finds no Python with PyTorch), run these commands in a terminal, in Trapline&apos;s source folder:</source>
        <translation>Para converter manualmente (quando o Trapline não encontra um Python com PyTorch), execute estes comandos em um terminal, na pasta de fontes do Trapline:</translation>
    </message>
    <message>
        <source>%1 (%2, must accept)</source>
        <translation>%1 (%2, é preciso aceitar)</translation>
    </message>
    <message>
        <source>downloading, %1%</source>
        <translation>baixando, %1%</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>baixando</translation>
    </message>
    <message>
        <source>converting</source>
        <translation>convertendo</translation>
    </message>
    <message>
        <source>converted, ready</source>
        <translation>convertido, pronto</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <source>partly downloaded (%1)</source>
        <translation>baixado em parte (%1)</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>não instalado</translation>
    </message>
    <message>
        <source>no direct download</source>
        <translation>sem download direto</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>%1 (%2 terms)%3</source>
        <translation>%1 (termos %2)%3</translation>
    </message>
    <message>
        <source>: you must accept it before downloading</source>
        <translation>: você deve aceitá-la antes de baixar</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>no confirmed address. %1</source>
        <translation>nenhum endereço confirmado. %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Checksum</translation>
    </message>
    <message>
        <source>not published</source>
        <translation>não publicado</translation>
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
            <numerusform>%1 e mais %n</numerusform>
            <numerusform>%1 e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>listed in %1</source>
        <translation>listadas em %1</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Limiares</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversão</translation>
    </message>
    <message>
        <source>no recipe</source>
        <translation>sem receita</translation>
    </message>
    <message>
        <source>recipe &quot;%1&quot;</source>
        <translation>receita &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>I have read and accept the licence of %1: %2</source>
        <translation>Li e aceito a licença de %1: %2</translation>
    </message>
    <message>
        <source>Trapline has no conversion recipe for this model yet</source>
        <translation>O Trapline ainda não tem receita de conversão para este modelo</translation>
    </message>
    <message>
        <source>The mirror &quot;%1&quot; is not an http:// or https:// address: correct it, or empty the field to download from the publisher.</source>
        <translation>O espelho &quot;%1&quot; não é um endereço http:// ou https://: corrija-o ou esvazie o campo para baixar do editor.</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Baixar %1</translation>
    </message>
    <message>
        <source>Install %1 from %2</source>
        <translation>Instalar %1 a partir de %2</translation>
    </message>
    <message>
        <source>%1 is published under %2 (%3 terms). Read the licence, tick &quot;I have read and accept the licence&quot;, then download again.</source>
        <translation>%1 é publicado sob %2 (termos %3). Leia a licença, marque &quot;Li e aceito a licença&quot; e baixe de novo.</translation>
    </message>
    <message>
        <source>%1 is installed in %2 (%3; its publisher gives no checksum to check it against).</source>
        <translation>%1 está instalado em %2 (%3; o editor não fornece checksum para conferi-lo).</translation>
    </message>
    <message>
        <source>%1 is installed in %2 (%3, %4 verified).</source>
        <translation>%1 está instalado em %2 (%3, %4 verificado).</translation>
    </message>
    <message>
        <source>Convert it to run it in Trapline.</source>
        <translation>Converta-o para executá-lo no Trapline.</translation>
    </message>
    <message>
        <source>Download %1 first, or use a file you already have: the conversion starts from the published file %2.</source>
        <translation>Baixe %1 primeiro ou use um arquivo que você já tem: a conversão parte do arquivo publicado %2.</translation>
    </message>
    <message>
        <source>Convert %1</source>
        <translation>Converter %1</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Conferindo %1</translation>
    </message>
    <message>
        <source>The conversion of %1 made %2, but the model does not pass its check: %3</source>
        <translation>A conversão de %1 gerou %2, mas o modelo não passa na verificação: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 is converted and checked: a %2 with %n class(es), input %3x%4. Run Models lists it by its name.</source>
        <translation>
            <numerusform>%1 está convertido e conferido: um %2 com %n classe, entrada %3x%4. Executar modelos o lista pelo nome.</numerusform>
            <numerusform>%1 está convertido e conferido: um %2 com %n classes, entrada %3x%4. Executar modelos o lista pelo nome.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: see the Jobs panel for its progress.</source>
        <translation>%1: veja o progresso no painel de tarefas.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Choose a model first.</source>
        <translation>Escolha um modelo primeiro.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 removido.</translation>
    </message>
</context>
<context>
    <name>trapline::ui::ReviewPane</name>
    <message>
        <source>Frames of this sequence: Left/Right to move between them</source>
        <translation>Quadros desta sequência: Esquerda/Direita para passar de um a outro</translation>
    </message>
    <message>
        <source>New individual</source>
        <translation>Novo indivíduo</translation>
    </message>
    <message>
        <source>Name of the individual:</source>
        <translation>Nome do indivíduo:</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation>Ajustar a imagem à janela (F)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Aumentar zoom (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Diminuir zoom (-)</translation>
    </message>
    <message>
        <source>Magnifier</source>
        <translation>Lupa</translation>
    </message>
    <message>
        <source>A loupe under the mouse (M)</source>
        <translation>Uma lupa sob o mouse (M)</translation>
    </message>
    <message>
        <source>Draw box</source>
        <translation>Desenhar caixa</translation>
    </message>
    <message>
        <source>Drag a box around one animal (B, or Ctrl+drag at any time)</source>
        <translation>Arrastar uma caixa em volta de um animal (B, ou Ctrl+arrastar a qualquer momento)</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Brilho</translation>
    </message>
    <message>
        <source>Brighten dark night shots; double-click Reset to undo</source>
        <translation>Clarear fotos noturnas escuras; clique duas vezes em Redefinir para desfazer</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>More contrast for washed-out or infrared frames</source>
        <translation>Mais contraste para quadros desbotados ou infravermelhos</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <source>Brightness and contrast back to the image as it is</source>
        <translation>Voltar o brilho e o contraste aos originais da imagem</translation>
    </message>
    <message>
        <source>Pick a sequence on the left.</source>
        <translation>Escolha uma sequência à esquerda.</translation>
    </message>
    <message>
        <source>Open or create a project to start.</source>
        <translation>Abra ou crie um projeto para começar.</translation>
    </message>
    <message>
        <source>Cannot show %1: %2</source>
        <translation>Não foi possível mostrar %1: %2</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvo: %1</translation>
    </message>
    <message>
        <source>Type a species first (press / to search), or use a quick key 1-9.</source>
        <translation>Digite uma espécie primeiro (pressione / para buscar) ou use uma tecla rápida 1-9.</translation>
    </message>
    <message>
        <source>Select a box first (click it), or draw one with B.</source>
        <translation>Selecione uma caixa primeiro (clique nela) ou desenhe uma com B.</translation>
    </message>
    <message>
        <source>Quick key %1 has no species yet: set it under Review &gt; Quick Keys.</source>
        <translation>A tecla rápida %1 ainda não tem espécie: defina-a em Revisão &gt; Teclas rápidas.</translation>
    </message>
    <message>
        <source>Select a box to delete (click it).</source>
        <translation>Selecione a caixa a excluir (clique nela).</translation>
    </message>
    <message>
        <source>Drag a box around one animal; Esc cancels.</source>
        <translation>Arraste uma caixa em volta de um animal; Esc cancela.</translation>
    </message>
    <message>
        <source>Box added: press 1-9 or / to name its species.</source>
        <translation>Caixa adicionada: pressione 1-9 ou / para indicar sua espécie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; fits %2 species (%3): pick one from the list.</source>
        <translation>&quot;%1&quot; corresponde a %2 espécies (%3): escolha uma da lista.</translation>
    </message>
    <message>
        <source>Keep these labels</source>
        <translation>Manter estes rótulos</translation>
    </message>
    <message>
        <source>Changed here and in %1&apos;s part. Here: %2. %1: %3.</source>
        <translation>Alterada aqui e na parte de %1. Aqui: %2. %1: %3.</translation>
    </message>
    <message>
        <source>Take %1&apos;s</source>
        <translation>Usar a de %1</translation>
    </message>
</context>
<context>
    <name>trapline::ui::ReviewQueuePanel</name>
    <message>
        <source>Not reviewed yet</source>
        <translation>Ainda não revisadas</translation>
    </message>
    <message>
        <source>Sequences no person has labelled or marked reviewed</source>
        <translation>Sequências que nenhuma pessoa rotulou nem marcou como revisadas</translation>
    </message>
    <message>
        <source>Machine-labelled only</source>
        <translation>Rotuladas só pela máquina</translation>
    </message>
    <message>
        <source>Sequences with a model&apos;s label that no person has checked</source>
        <translation>Sequências com rótulo de um modelo que nenhuma pessoa conferiu</translation>
    </message>
    <message>
        <source>Machine less sure than</source>
        <translation>Confiança da máquina abaixo de</translation>
    </message>
    <message>
        <source>Sequences whose best machine label is below this confidence: check these first</source>
        <translation>Sequências cujo melhor rótulo da máquina está abaixo desta confiança: verifique-as primeiro</translation>
    </message>
    <message>
        <source>Frames disagree with sequence</source>
        <translation>Quadros divergem da sequência</translation>
    </message>
    <message>
        <source>A frame&apos;s prediction differs from its sequence (often: the animal has left)</source>
        <translation>A predição de um quadro difere da sua sequência (muitas vezes: o animal saiu)</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vazias</translation>
    </message>
    <message>
        <source>Labelled empty by a person, or by the machine where no person has labelled it</source>
        <translation>Rotuladas como vazias por uma pessoa, ou pela máquina quando nenhuma pessoa as rotulou</translation>
    </message>
    <message>
        <source>Species:</source>
        <translation>Espécie:</translation>
    </message>
    <message>
        <source>Individual:</source>
        <translation>Indivíduo:</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar tudo</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Limpar todos os filtros</translation>
    </message>
    <message>
        <source>(any species)</source>
        <translation>(qualquer espécie)</translation>
    </message>
    <message>
        <source>(any individual)</source>
        <translation>(qualquer indivíduo)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>Sequences a check-in found changed both here and in a reviewer&apos;s part: pick one version</source>
        <translation>Sequências que uma devolução encontrou alteradas aqui e na parte de um revisor: escolha uma versão</translation>
    </message>
</context>
<context>
    <name>trapline::ui::RunModelsDialog</name>
    <message>
        <source>Run Models</source>
        <translation>Executar modelos</translation>
    </message>
    <message>
        <source>&amp;Detector:</source>
        <translation>&amp;Detector:</translation>
    </message>
    <message>
        <source>Finds animals, people and vehicles and draws their boxes (MegaDetector, a YOLO model)</source>
        <translation>Encontra animais, pessoas e veículos e desenha suas caixas (MegaDetector, um modelo YOLO)</translation>
    </message>
    <message>
        <source>&amp;Species classifier:</source>
        <translation>Classificador de &amp;espécies:</translation>
    </message>
    <message>
        <source>Names the species in each animal box, or in the whole frame without a detector</source>
        <translation>Nomeia a espécie em cada caixa de animal, ou no quadro inteiro sem detector</translation>
    </message>
    <message>
        <source>&amp;Re-ID embedder:</source>
        <translation>Modelo de &amp;reidentificação:</translation>
    </message>
    <message>
        <source>Computes the features that propose individual matches (needs a detector)</source>
        <translation>Calcula as características que propõem correspondências de indivíduos (precisa de um detector)</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Automático (GPU quando houver)</translation>
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
        <translation>Imagens por passada: maior é mais rápido na GPU e usa mais memória</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>Tamanho do &amp;lote:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Executar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Model manifest</source>
        <translation>Manifesto do modelo</translation>
    </message>
    <message>
        <source>Model manifests (*.json)</source>
        <translation>Manifestos de modelos (*.json)</translation>
    </message>
    <message>
        <source>Choose at least a detector or a species classifier.</source>
        <translation>Escolha pelo menos um detector ou um classificador de espécies.</translation>
    </message>
    <message>
        <source>Re&amp;try media where a model failed before</source>
        <translation>&amp;Tentar novamente as imagens em que um modelo falhou antes</translation>
    </message>
    <message>
        <source>Without this, media on which a model failed (a damaged file, an error of the model) are skipped, so that a run does not fail on them again</source>
        <translation>Sem isto, as imagens em que um modelo falhou (um arquivo danificado, um erro do modelo) são puladas, para que uma execução não falhe nelas de novo</translation>
    </message>
    <message>
        <source>On a S&amp;lurm Cluster...</source>
        <translation>Num cluster S&amp;lurm...</translation>
    </message>
    <message>
        <source>Split the media into shards and run them as a Slurm job array on a cluster</source>
        <translation>Dividir as imagens em lotes e executá-los como um array de jobs do Slurm num cluster</translation>
    </message>
    <message>
        <source>Tick the installed models to run: a detector, a species classifier, a re-ID embedder. Models &gt; Model Library downloads and converts the published ones; &quot;Add Manifest&quot; takes a model of your own (.json). Media already processed by the same model version are skipped, so a cancelled run resumes where it stopped.</source>
        <translation>Marque os modelos instalados a executar: um detector, um classificador de espécies, um extrator de re-ID. Modelos &gt; Biblioteca de modelos baixa e converte os publicados; &quot;Adicionar manifesto&quot; usa um modelo seu (.json). Mídias já processadas pela mesma versão do modelo são puladas, então uma execução cancelada continua de onde parou.</translation>
    </message>
    <message>
        <source>The models in your models folders and those that ship with Trapline</source>
        <translation>Os modelos das suas pastas de modelos e os que vêm com o Trapline</translation>
    </message>
    <message>
        <source>&amp;Add Manifest...</source>
        <translation>&amp;Adicionar manifesto...</translation>
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
        <translation>%1 (%2): não está pronto. %3</translation>
    </message>
    <message>
        <source>%1 is not a detector, classifier or embedder (its &quot;kind&quot; is &quot;%2&quot;).</source>
        <translation>%1 não é um detector, classificador ou extrator (seu &quot;kind&quot; é &quot;%2&quot;).</translation>
    </message>
</context>
<context>
    <name>trapline::ui::SequenceListModel</name>
    <message>
        <source>not reviewed</source>
        <translation>não revisada</translation>
    </message>
    <message>
        <source>machine-labelled</source>
        <translation>rotulada pela máquina</translation>
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
%n quadro</numerusform>
            <numerusform>%1
%n quadros</numerusform>
        </translation>
    </message>
    <message>
        <source>Sequence %1: %2 frames, grouped by %3, %4</source>
        <translation>Sequência %1: %2 quadros, agrupados por %3, %4</translation>
    </message>
    <message>
        <source>%1 · no camera time</source>
        <translation>%1 · sem horário da câmera</translation>
    </message>
    <message>
        <source>No camera time: the time shown is the file&apos;s, which a copy may have set. Frames are grouped only where their names run consecutively. Deployments &gt; Adjust Times can read times from the file names or correct a camera clock.</source>
        <translation>Sem horário da câmera: o horário mostrado é o do arquivo, que uma cópia pode ter alterado. Os quadros só são agrupados onde os nomes são consecutivos. Implantações &gt; Ajustar horários pode ler os horários dos nomes dos arquivos ou corrigir o relógio de uma câmera.</translation>
    </message>
</context>
<context>
    <name>trapline::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Written with every label you make (&quot;classified by&quot;) and in the audit log</source>
        <translation>Gravado com cada rótulo que você fizer (&quot;classificado por&quot;) e no registro de auditoria</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>Go to the next sequence after labelling one</source>
        <translation>Ir para a próxima sequência depois de rotular uma</translation>
    </message>
    <message>
        <source>Quick keys of this project</source>
        <translation>Teclas rápidas deste projeto</translation>
    </message>
    <message>
        <source>species for key %1</source>
        <translation>espécie para a tecla %1</translation>
    </message>
    <message>
        <source>Quick keys</source>
        <translation>Teclas rápidas</translation>
    </message>
    <message>
        <source>One per core (%1)</source>
        <translation>Um por núcleo (%1)</translation>
    </message>
    <message>
        <source>Threads that run the models&apos; computations. Fewer leave cores free for other work; more than the cores slows the models down.</source>
        <translation>Threads que executam os cálculos dos modelos. Menos threads deixam núcleos livres para outras tarefas; mais threads do que núcleos deixam os modelos mais lentos.</translation>
    </message>
    <message>
        <source>Model &amp;threads:</source>
        <translation>&amp;Threads dos modelos:</translation>
    </message>
</context>
<context>
    <name>trapline::ui::ShortcutHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
</context>
<context>
    <name>trapline::ui::SideBySideView</name>
    <message>
        <source>Wheel: zoom both images together</source>
        <translation>Roda: ampliar as duas imagens juntas</translation>
    </message>
</context>
<context>
    <name>trapline::ui::SlurmRunDialog</name>
    <message>
        <source>Run Models on a Slurm Cluster</source>
        <translation>Executar modelos num cluster Slurm</translation>
    </message>
    <message>
        <source>The media are split into shards, one per task of a Slurm job array; each task runs the models over its shard. Collect imports the finished shards into the project.</source>
        <translation>As imagens são divididas em lotes, um por tarefa de um array de jobs do Slurm; cada tarefa executa os modelos sobre o seu lote. Coletar importa os lotes terminados para o projeto.</translation>
    </message>
    <message>
        <source>&amp;Shards (array tasks):</source>
        <translation>&amp;Lotes (tarefas do array):</translation>
    </message>
    <message>
        <source>the cluster&apos;s default</source>
        <translation>a padrão do cluster</translation>
    </message>
    <message>
        <source>&amp;Partition:</source>
        <translation>&amp;Partição:</translation>
    </message>
    <message>
        <source>e.g. gpu:1</source>
        <translation>p. ex. gpu:1</translation>
    </message>
    <message>
        <source>&amp;GPUs (gres):</source>
        <translation>&amp;GPUs (gres):</translation>
    </message>
    <message>
        <source>HH:MM:SS</source>
        <translation>HH:MM:SS</translation>
    </message>
    <message>
        <source>&amp;Time limit per task:</source>
        <translation>Limite de &amp;tempo por tarefa:</translation>
    </message>
    <message>
        <source>&amp;Write Plan</source>
        <translation>&amp;Escrever o plano</translation>
    </message>
    <message>
        <source>&amp;Copy Script</source>
        <translation>&amp;Copiar o script</translation>
    </message>
    <message>
        <source>Sa&amp;ve Script...</source>
        <translation>Sal&amp;var o script...</translation>
    </message>
    <message>
        <source>Su&amp;bmit with sbatch</source>
        <translation>En&amp;viar com sbatch</translation>
    </message>
    <message>
        <source>C&amp;ollect Finished Shards</source>
        <translation>C&amp;oletar os lotes terminados</translation>
    </message>
    <message numerus="yes">
        <source>Plan %1: %n media in %2 shards, in %3. Submit the script on the cluster (sbatch %4), then collect.</source>
        <translation>
            <numerusform>Plano %1: %n imagem em %2 lotes, em %3. Envie o script no cluster (sbatch %4) e depois colete.</numerusform>
            <numerusform>Plano %1: %n imagens em %2 lotes, em %3. Envie o script no cluster (sbatch %4) e depois colete.</numerusform>
        </translation>
    </message>
    <message>
        <source>sbatch is not on this computer&apos;s PATH</source>
        <translation>O sbatch não está no PATH deste computador</translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation>Salvar o script</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh)</source>
        <translation>Scripts de shell (*.sh)</translation>
    </message>
    <message>
        <source>Submitted as job %1.</source>
        <translation>Enviado como job %1.</translation>
    </message>
    <message>
        <source>Collect Slurm shards</source>
        <translation>Coletar os lotes do Slurm</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Shards imported: %1 (before: %2); running: %3; missing: %4; failed: %5</source>
        <translation>Lotes importados: %1 (antes: %2); em execução: %3; faltando: %4; com falha: %5</translation>
    </message>
</context>
<context>
    <name>trapline::ui::TrainingDialog</name>
    <message>
        <source>Train Model</source>
        <translation>Treinar modelo</translation>
    </message>
    <message>
        <source>&amp;New Training</source>
        <translation>&amp;Novo treino</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versões</translation>
    </message>
    <message>
        <source>Species classifier</source>
        <translation>Classificador de espécies</translation>
    </message>
    <message>
        <source>Individual re-ID embedder</source>
        <translation>Modelo de reidentificação de indivíduos</translation>
    </message>
    <message>
        <source>The classifier learns the species of your confirmed labels; the embedder learns to tell your named individuals apart.</source>
        <translation>O classificador aprende as espécies dos seus rótulos confirmados; o modelo de reidentificação aprende a distinguir seus indivíduos nomeados.</translation>
    </message>
    <message>
        <source>&amp;Train:</source>
        <translation>&amp;Treinar:</translation>
    </message>
    <message>
        <source>manifest of a TorchScript model</source>
        <translation>manifesto de um modelo TorchScript</translation>
    </message>
    <message>
        <source>The model to start from: its manifest names the method that returns features (&quot;feature_method&quot;) and, for the unfrozen stage, its last blocks (&quot;unfreeze&quot;).</source>
        <translation>O modelo de partida: seu manifesto indica o método que retorna as características (&quot;feature_method&quot;) e, para a etapa de descongelamento, seus últimos blocos (&quot;unfreeze&quot;).</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Procurar...</translation>
    </message>
    <message>
        <source>Base model manifest</source>
        <translation>Manifesto do modelo base</translation>
    </message>
    <message>
        <source>Model manifests (*.json)</source>
        <translation>Manifestos de modelos (*.json)</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation>Modelo base:</translation>
    </message>
    <message>
        <source>Stage 1: epochs of the new head on the frozen features. Features are computed once and cached, so this stage is quick even on a CPU.</source>
        <translation>Etapa 1: épocas da nova camada final sobre as características congeladas. As características são calculadas uma só vez e guardadas em cache, então esta etapa é rápida mesmo em uma CPU.</translation>
    </message>
    <message>
        <source>Head &amp;epochs:</source>
        <translation>Épocas da camada &amp;final:</translation>
    </message>
    <message>
        <source>Stage 2: epochs that also train the base model&apos;s last blocks, at a lower learning rate, on freshly augmented images. Slower; 0 skips it.</source>
        <translation>Etapa 2: épocas que também treinam os últimos blocos do modelo base, com uma taxa de aprendizado menor, em imagens recém-aumentadas. Mais lenta; 0 a pula.</translation>
    </message>
    <message>
        <source>&amp;Unfrozen epochs:</source>
        <translation>Épocas &amp;descongeladas:</translation>
    </message>
    <message>
        <source>from the manifest</source>
        <translation>do manifesto</translation>
    </message>
    <message>
        <source>Comma-separated parameter name prefixes to train in stage 2, e.g. &quot;stage4&quot;.</source>
        <translation>Prefixos de nomes de parâmetros a treinar na etapa 2, separados por vírgulas; p. ex., &quot;stage4&quot;.</translation>
    </message>
    <message>
        <source>Unfree&amp;ze:</source>
        <translation>D&amp;escongelar:</translation>
    </message>
    <message>
        <source>Learning rate of the head (AdamW with warm-up, then cosine decay).</source>
        <translation>Taxa de aprendizado da camada final (AdamW com aquecimento, depois decaimento cosseno).</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>Ta&amp;xa de aprendizado:</translation>
    </message>
    <message>
        <source>Images per training step.</source>
        <translation>Imagens por passo de treino.</translation>
    </message>
    <message>
        <source>Batc&amp;h size:</source>
        <translation>Tamanho do &amp;lote:</translation>
    </message>
    <message>
        <source>Flips, rotations, shifts, zoom, brightness and contrast</source>
        <translation>Espelhamentos, rotações, deslocamentos, zoom, brilho e contraste</translation>
    </message>
    <message>
        <source>Random changes that keep the label, so the model sees more variety than the photos hold.</source>
        <translation>Alterações aleatórias que preservam o rótulo, para que o modelo veja mais variedade do que as fotos contêm.</translation>
    </message>
    <message>
        <source>&amp;Augment:</source>
        <translation>A&amp;umento de dados:</translation>
    </message>
    <message>
        <source>Weight rare classes</source>
        <translation>Ponderar as classes raras</translation>
    </message>
    <message>
        <source>Balanced batches</source>
        <translation>Lotes balanceados</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Without balancing, a model trained on mostly empty frames learns to say &quot;empty&quot;.</source>
        <translation>Sem balanceamento, um modelo treinado com quadros quase todos vazios aprende a dizer &quot;vazio&quot;.</translation>
    </message>
    <message>
        <source>Class &amp;balance:</source>
        <translation>&amp;Balanceamento de classes:</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <source>Deployment (camera)</source>
        <translation>Instalação (câmera)</translation>
    </message>
    <message>
        <source>&amp;Split by:</source>
        <translation>Dividir p&amp;or:</translation>
    </message>
    <message>
        <source>&amp;Validation share:</source>
        <translation>&amp;Parte para validação:</translation>
    </message>
    <message>
        <source>Only the first labelled frame of each sequence</source>
        <translation>Apenas o primeiro quadro rotulado de cada sequência</translation>
    </message>
    <message>
        <source>Share of empty frames kept: 0.1 keeps one in ten, so empties do not drown the species.</source>
        <translation>Parte dos quadros vazios mantidos: 0,1 mantém um em cada dez, para que os vazios não abafem as espécies.</translation>
    </message>
    <message>
        <source>&amp;Empty frames kept:</source>
        <translation>&amp;Quadros vazios mantidos:</translation>
    </message>
    <message>
        <source>Classes with fewer examples are left out (and listed in the report).</source>
        <translation>Classes com menos exemplos ficam de fora (e são listadas no relatório).</translation>
    </message>
    <message>
        <source>&amp;Minimum per class:</source>
        <translation>&amp;Mínimo por classe:</translation>
    </message>
    <message>
        <source>&amp;Held-out individuals:</source>
        <translation>Indivíduos &amp;reservados:</translation>
    </message>
    <message>
        <source>Make the new model active when done</source>
        <translation>Ativar o novo modelo ao terminar</translation>
    </message>
    <message>
        <source>&amp;Start Training</source>
        <translation>&amp;Iniciar treino</translation>
    </message>
    <message>
        <source>&amp;Cancel Training</source>
        <translation>&amp;Cancelar treino</translation>
    </message>
    <message>
        <source>Stops after the current step. Start again with the same options to resume after the last finished epoch.</source>
        <translation>Para após o passo atual. Inicie de novo com as mesmas opções para continuar depois da última época concluída.</translation>
    </message>
    <message>
        <source>Choose a base model and start. The project is backed up first.</source>
        <translation>Escolha um modelo base e inicie. Antes é feito um backup do projeto.</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>perda de treino</translation>
    </message>
    <message>
        <source>validation loss</source>
        <translation>perda de validação</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <source>Make &amp;Active</source>
        <translation>&amp;Ativar</translation>
    </message>
    <message>
        <source>Run Models will use the new model by default.</source>
        <translation>Executar modelos usará o novo modelo por padrão.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Treinado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Make Selected &amp;Active</source>
        <translation>&amp;Ativar a versão selecionada</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Abrir &amp;pasta</translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation>acurácia</translation>
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
        <translation>Escolha o manifesto do modelo de partida (Procurar...). Veja no guia do usuário a seção &quot;Fine-tuning&quot; para saber do que ele precisa.</translation>
    </message>
    <message>
        <source>Backing up the project, reading the confirmed labels and computing features...</source>
        <translation>Fazendo backup do projeto, lendo os rótulos confirmados e calculando as características...</translation>
    </message>
    <message>
        <source>Train %1</source>
        <translation>Treinar o %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>Epoch %1 (stage %2): %3 images/s</source>
        <translation>Época %1 (etapa %2): %3 imagens/s</translation>
    </message>
    <message>
        <source>&lt;p&gt;Resumed after epoch %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Retomado após a época %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisão</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Revocação</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <source>&lt;p&gt;Model: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;br&gt;Report and plots: &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Modelo: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;&lt;br&gt;Relatório e gráficos: &lt;a href=&quot;%3&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Done. The new model is version %1 of the project.</source>
        <translation>Concluído. O novo modelo é a versão %1 do projeto.</translation>
    </message>
    <message>
        <source>Make Active</source>
        <translation>Ativar modelo</translation>
    </message>
    <message>
        <source>classifier</source>
        <translation>classificador</translation>
    </message>
    <message>
        <source>embedder</source>
        <translation>modelo de reidentificação</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Resume the unfinished training of %1 (%n epoch(s) done)</source>
        <translation>
            <numerusform>&amp;Retomar o treinamento inacabado de %1 (%n época concluída)</numerusform>
            <numerusform>&amp;Retomar o treinamento inacabado de %1 (%n épocas concluídas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before its model was saved; continues after its last finished epoch, in %1</source>
        <translation>Interrompido antes de salvar seu modelo; continua após a última época concluída, em %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;Counting the confirmed labels...&lt;/i&gt;</source>
        <translation>&lt;i&gt;Contando os rótulos confirmados...&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 left out by the class shares.</source>
        <translation>%1 excluídos pelas proporções de classe.</translation>
    </message>
    <message>
        <source>%1 individuals with too few sightings are left out.</source>
        <translation>%1 indivíduos com poucos avistamentos ficam de fora.</translation>
    </message>
    <message>
        <source>No confirmed labels yet: review some sequences first.</source>
        <translation>Ainda não há rótulos confirmados: revise algumas sequências primeiro.</translation>
    </message>
    <message>
        <source>No individuals with two or more sightings yet: confirm some matches first.</source>
        <translation>Ainda não há indivíduos com dois ou mais avistamentos: confirme algumas correspondências primeiro.</translation>
    </message>
    <message>
        <source>Leave out classes without training examples</source>
        <translation>Deixar de fora as classes sem exemplos de treinamento</translation>
    </message>
    <message>
        <source>A class whose training images went missing would be an answer the model never learns: training refuses to start, unless this leaves such classes out (the report lists them).</source>
        <translation>Uma classe cujas imagens de treinamento sumiram seria uma resposta que o modelo nunca aprende: o treinamento se recusa a começar, a menos que esta opção deixe essas classes de fora (o relatório as lista).</translation>
    </message>
    <message>
        <source>, &lt;b&gt;not validated&lt;/b&gt; (no %1 on the validation side)</source>
        <translation>, &lt;b&gt;não validada&lt;/b&gt; (sem %1 no lado da validação)</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>implantação</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>sequência</translation>
    </message>
    <message>
        <source>%1 (%2 examples, under the minimum)</source>
        <translation>%1 (%2 exemplos, abaixo do mínimo)</translation>
    </message>
    <message>
        <source>%1 (no training example: its images may be missing)</source>
        <translation>%1 (nenhum exemplo de treinamento: suas imagens podem estar faltando)</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Deixadas de fora: %1.</translation>
    </message>
    <message>
        <source>Training would be refused:</source>
        <translation>O treinamento seria recusado:</translation>
    </message>
    <message>
        <source>Queued: the training starts when the project&apos;s running job ends.</source>
        <translation>Na fila: o treinamento começa quando a tarefa em andamento do projeto terminar.</translation>
    </message>
    <message>
        <source>Validation (chooses the epoch)</source>
        <translation>Validação (escolhe a época)</translation>
    </message>
    <message>
        <source>Validation individuals (choose the epoch)</source>
        <translation>Indivíduos de validação (escolhem a época)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Frames of one visit (a camera&apos;s frames closer than the visit gap), of one sequence, or of one camera stay on one side of the split, so the figures are not flattered by near-identical frames.</source>
        <translation>Os quadros de uma visita (os de uma câmera mais próximos que o intervalo de visita), de uma sequência ou de uma câmera ficam do mesmo lado da divisão, para que quadros quase idênticos não inflem os números.</translation>
    </message>
    <message>
        <source>Frames of one camera at most this many seconds apart are one visit, whatever the sequence gap cut them into.</source>
        <translation>Os quadros de uma câmera separados por no máximo estes segundos formam uma visita, mesmo que o intervalo de sequência os tenha separado.</translation>
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
        <translation>Proporção de visitas (sequências, câmeras; para o modelo de reidentificação, indivíduos) reservada para validação, que escolhe a melhor época.</translation>
    </message>
    <message>
        <source>Share of visits (sequences, cameras) kept for test: the reported figures are measured there, on examples no choice has seen.</source>
        <translation>Proporção de visitas (sequências, câmeras) reservada para teste: os números do relatório são medidos ali, em exemplos que nenhuma escolha viu.</translation>
    </message>
    <message>
        <source>&amp;Test share:</source>
        <translation>Parte para &amp;teste:</translation>
    </message>
    <message>
        <source>Share of individuals kept out of training and of every choice, for test: the figures measure animals the embedder never saw.</source>
        <translation>Proporção de indivíduos mantidos fora do treino e de toda escolha, para teste: os números medem animais que o modelo nunca viu.</translation>
    </message>
    <message>
        <source>deployments</source>
        <translation>implantações</translation>
    </message>
    <message>
        <source>sequences</source>
        <translation>sequências</translation>
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
        <translation>&lt;b&gt;%1 exemplos&lt;/b&gt;: %2 para treino, %3 para validação (escolhe a época), %4 para teste (os números do relatório).</translation>
    </message>
    <message>
        <source>%1: %2 / %3 / %4 %5, %6 / %7 / %8 examples</source>
        <translation>%1: %2 / %3 / %4 %5, %6 / %7 / %8 exemplos</translation>
    </message>
    <message>
        <source>, &lt;b&gt;not validated&lt;/b&gt; (only one %1)</source>
        <translation>, &lt;b&gt;não validada&lt;/b&gt; (apenas uma %1)</translation>
    </message>
    <message>
        <source>, &lt;b&gt;not tested&lt;/b&gt; (only two %1)</source>
        <translation>, &lt;b&gt;não testada&lt;/b&gt; (apenas duas %1)</translation>
    </message>
    <message>
        <source>, &lt;b&gt;not tested&lt;/b&gt; (no %1 on the test side)</source>
        <translation>, &lt;b&gt;não testada&lt;/b&gt; (nenhuma %1 no lado de teste)</translation>
    </message>
    <message>
        <source>Per class (training / validation / test):</source>
        <translation>Por classe (treino / validação / teste):</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 sightings of %2 individuals&lt;/b&gt;: %3 individuals for training, %4 for validation, %5 held out for test.</source>
        <translation>&lt;b&gt;%1 avistamentos de %2 indivíduos&lt;/b&gt;: %3 indivíduos para treino, %4 para validação, %5 reservados para teste.</translation>
    </message>
    <message>
        <source>New classifier: test accuracy %1, macro-F1 %2</source>
        <translation>Novo classificador: acurácia de teste %1, macro-F1 %2</translation>
    </message>
    <message>
        <source>New embedder: test individuals MAP@R %1, top-1 %2</source>
        <translation>Novo modelo de reidentificação: indivíduos de teste MAP@R %1, top-1 %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 training, %2 validation and %3 test examples; best epoch %4, chosen on the validation split (%5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 exemplos de treino, %2 de validação e %3 de teste; melhor época %4, escolhida na divisão de validação (%5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Accuracy %1, macro-F1 %2&lt;/b&gt; on the test split, which no choice has seen.&lt;br&gt;On the same test split: nearest class mean on the base features, accuracy %3, macro-F1 %4; always the most common training class (%5), accuracy %6.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Acurácia %1, macro-F1 %2&lt;/b&gt; na divisão de teste, que nenhuma escolha viu.&lt;br&gt;Na mesma divisão de teste: média de classe mais próxima sobre as características base, acurácia %3, macro-F1 %4; sempre a classe de treino mais comum (%5), acurácia %6.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Validation split at the best epoch: accuracy %1, macro-F1 %2 (the epoch was chosen on it, so these flatter the model).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Divisão de validação na melhor época: acurácia %1, macro-F1 %2 (a época foi escolhida nela, então estes números favorecem o modelo).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Previous version on the same test split: accuracy %1, macro-F1 %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Versão anterior na mesma divisão de teste: acurácia %1, macro-F1 %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Per class, on the test split:</source>
        <translation>Por classe, na divisão de teste:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Test individuals (never trained on, no choice made on them): &lt;b&gt;MAP@R %1 &amp;rarr; %2&lt;/b&gt;, top-1 %3 &amp;rarr; %4 (base features &amp;rarr; fine-tuned).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Indivíduos de teste (nunca treinados, nenhuma escolha feita com eles): &lt;b&gt;MAP@R %1 &amp;rarr; %2&lt;/b&gt;, top-1 %3 &amp;rarr; %4 (características base &amp;rarr; ajustado).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Validation individuals at the best epoch: MAP@R %1, top-1 %2 (the epoch was chosen on them).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Indivíduos de validação na melhor época: MAP@R %1, top-1 %2 (a época foi escolhida com eles).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Previous version on the same test individuals: MAP@R %1, top-1 %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Versão anterior com os mesmos indivíduos de teste: MAP@R %1, top-1 %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>test: accuracy %1, macro-F1 %2</source>
        <translation>teste: acurácia %1, macro-F1 %2</translation>
    </message>
    <message>
        <source>validation (chosen on it): accuracy %1, macro-F1 %2</source>
        <translation>validação (escolhida nela): acurácia %1, macro-F1 %2</translation>
    </message>
    <message>
        <source>test: MAP@R %1, top-1 %2</source>
        <translation>teste: MAP@R %1, top-1 %2</translation>
    </message>
    <message>
        <source>validation (chosen on it): MAP@R %1, top-1 %2</source>
        <translation>validação (escolhida nela): MAP@R %1, top-1 %2</translation>
    </message>
</context>
<context>
    <name>trapline::ui::UndoText</name>
    <message>
        <source>rename individual</source>
        <translation>renomear indivíduo</translation>
    </message>
    <message>
        <source>merge individuals</source>
        <translation>mesclar indivíduos</translation>
    </message>
    <message>
        <source>split individual</source>
        <translation>separar indivíduo</translation>
    </message>
    <message>
        <source>confirm %1</source>
        <translation>confirmar %1</translation>
    </message>
    <message>
        <source>new individual %1</source>
        <translation>novo indivíduo %1</translation>
    </message>
    <message>
        <source>Shift times by %1 s</source>
        <translation>Deslocar os horários em %1 s</translation>
    </message>
    <message>
        <source>Times from file names</source>
        <translation>Horários dos nomes dos arquivos</translation>
    </message>
    <message>
        <source>label sequence %1</source>
        <translation>rotular a sequência como %1</translation>
    </message>
    <message>
        <source>add %1 to the sequence</source>
        <translation>adicionar %1 à sequência</translation>
    </message>
    <message>
        <source>label frame %1</source>
        <translation>rotular o quadro como %1</translation>
    </message>
    <message>
        <source>label box %1</source>
        <translation>rotular a caixa como %1</translation>
    </message>
    <message>
        <source>mark sequence empty</source>
        <translation>marcar a sequência como vazia</translation>
    </message>
    <message>
        <source>mark frame empty</source>
        <translation>marcar o quadro como vazio</translation>
    </message>
    <message>
        <source>frame follows its sequence</source>
        <translation>quadro segue sua sequência</translation>
    </message>
    <message>
        <source>accept machine label</source>
        <translation>aceitar rótulo da máquina</translation>
    </message>
    <message>
        <source>mark reviewed</source>
        <translation>marcar como revisada</translation>
    </message>
    <message>
        <source>delete box</source>
        <translation>excluir caixa</translation>
    </message>
    <message>
        <source>add box</source>
        <translation>adicionar caixa</translation>
    </message>
    <message>
        <source>move box</source>
        <translation>mover caixa</translation>
    </message>
    <message>
        <source>reject match</source>
        <translation>rejeitar correspondência</translation>
    </message>
    <message>
        <source>edit deployment %1</source>
        <translation>editar a implantação %1</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>Nenhum projeto está aberto.</translation>
    </message>
    <message>
        <source>take %1&apos;s labels</source>
        <translation>usar os rótulos de %1</translation>
    </message>
    <message>
        <source>keep these labels</source>
        <translation>manter estes rótulos</translation>
    </message>
</context>
</TS>
