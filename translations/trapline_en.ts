<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the project</source>
        <translation type="unfinished" />
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
    <name>trapline::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camtrap DP data package (GBIF, Agouti, camtrapR)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>COCO Camera Traps JSON (LILA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MegaDetector results JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV, one row per observation (Timelapse-style)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training set: crops in class folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include machine labels not yet reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off: only labels a person made or confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole frames instead of box crops</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the first frame of each sequence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frames of a burst are near copies; one per sequence avoids over-counting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of empty frames kept: empties outnumber animals in most projects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deployment (camera)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Frames of one group never sit on both sides of the split</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of groups held out for validation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of groups held out for a final test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>original size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep &amp;empty:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Split &amp;by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longest &amp;side:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validation and test together must leave data for training.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>trapline::ui::JobsPanel</name>
    <message>
        <source>%1 s left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove finished jobs from this list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop after the current batch; everything done so far is kept, and running the job again resumes it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping after the current batch...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 of %3 %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: %1. Run it again to resume.</source>
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
        <source>No project open. Create one with File &gt; New Project, or open one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 media, %2 sequences, %3 deployments, %4 with problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Run Models...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pre-label species with your detector and classifier, and compute re-ID features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation><numerusform>%n job running</numerusform><numerusform>%n jobs running</numerusform></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new image(s), %1 with problems, %2 already imported</source>
        <translation><numerusform>%n new image, %1 with problems, %2 already imported</numerusform><numerusform>%n new images, %1 with problems, %2 already imported</numerusform></translation>
    </message>
    <message>
        <source>Run models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 images on %2: %3 detections, %4 frames flagged for review, %5 failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run Models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 finished: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import &amp;Labels...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring in labels made elsewhere: Camtrap DP, COCO Camera Traps, MegaDetector results, CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camtrap DP, COCO Camera Traps, MegaDetector JSON, CSV or a training set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Camtrap DP package (datapackage.json);;COCO Camera Traps (*.json);;MegaDetector results (*.json);;CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>trapline::ui::RunModelsDialog</name>
    <message>
        <source>Run Models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the manifests (.json) of your models. Media already processed by the same model version are skipped, so a cancelled run resumes where it stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Detector:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finds animals, people and vehicles and draws their boxes (MegaDetector, a YOLO model)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Species classifier:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names the species in each animal box, or in the whole frame without a detector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Re-ID embedder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Computes the features that propose individual matches (needs a detector)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;evice:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images per forward pass: larger is faster on a GPU, uses more memory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model manifest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model manifests (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least a detector or a species classifier.</source>
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