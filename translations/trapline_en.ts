<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new image(s), %1 with problems, %2 already imported</source>
        <translation><numerusform>%n new image, %1 with problems, %2 already imported</numerusform><numerusform>%n new images, %1 with problems, %2 already imported</numerusform></translation>
    </message>
</context>
<context>
    <name>trapline::ui::DeploymentListModel</name>
    <message>
        <source>All deployments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
%2 sequences, %3 not reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
%2 media in %3 sequences
Folder: %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>trapline::ui::MainWindow</name>
    <message>
        <source>Trapline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Project...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create an empty project file to import camera folders into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Project...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Folder...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add the images of a camera folder or SD card; run it again to add only new files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Trapline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Trapline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Trapline %1&lt;/b&gt;&lt;p&gt;Review, label and re-identify camera-trap images.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cameras and sites; pick one to see its sequences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deployments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the import after the current batch; run it again to resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 - Trapline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trapline projects (*.trapline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create or open a project first (File &gt; New Project).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a camera folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 s left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import cancelled: %1. Import the folder again to resume.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No project open. Create one with File &gt; New Project, or open one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 media, %2 sequences, %3 deployments, %4 with problems</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>trapline::ui::SequenceListModel</name>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>machine-labelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1
%n frame(s)</source>
        <translation><numerusform>%1
%n frame</numerusform><numerusform>%1
%n frames</numerusform></translation>
    </message>
    <message>
        <source>Sequence %1: %2 frames, grouped by %3, %4</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>