<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the project</source>
        <translation>No se puede abrir el proyecto</translation>
    </message>
    <message numerus="yes">
        <source>%n new image(s), %1 with problems, %2 already imported</source>
        <translation><numerusform>%n imagen nueva, %1 con problemas, %2 ya importadas</numerusform><numerusform>%n imágenes nuevas, %1 con problemas, %2 ya importadas</numerusform></translation>
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
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the import after the current batch; run it again to resume</source>
        <translation>Detener la importación tras el lote actual; repítala para continuar</translation>
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
        <source>Importing...</source>
        <translation>Importando...</translation>
    </message>
    <message>
        <source>%1 (%2 s left)</source>
        <translation>%1 (quedan %2 s)</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Importación detenida</translation>
    </message>
    <message>
        <source>Import cancelled: %1. Import the folder again to resume.</source>
        <translation>Importación cancelada: %1. Importe la carpeta de nuevo para continuar.</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>Importación terminada: %1</translation>
    </message>
    <message>
        <source>No project open. Create one with File &gt; New Project, or open one.</source>
        <translation>No hay ningún proyecto abierto. Cree uno con Archivo &gt; Nuevo proyecto, o abra uno.</translation>
    </message>
    <message>
        <source>%1 media, %2 sequences, %3 deployments, %4 with problems</source>
        <translation>%1 imágenes, %2 secuencias, %3 despliegues, %4 con problemas</translation>
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
        <translation><numerusform>%1
%n fotograma</numerusform><numerusform>%1
%n fotogramas</numerusform></translation>
    </message>
    <message>
        <source>Sequence %1: %2 frames, grouped by %3, %4</source>
        <translation>Secuencia %1: %2 fotogramas, agrupados por %3, %4</translation>
    </message>
</context>
</TS>