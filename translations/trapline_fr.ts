<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the project</source>
        <translation>Impossible d'ouvrir le projet</translation>
    </message>
    <message numerus="yes">
        <source>%n new image(s), %1 with problems, %2 already imported</source>
        <translation><numerusform>%n nouvelle image, %1 avec des problèmes, %2 déjà importées</numerusform><numerusform>%n nouvelles images, %1 avec des problèmes, %2 déjà importées</numerusform></translation>
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
        <translation>Ajouter les images d'un dossier de caméra ou d'une carte SD ; recommencez pour n'ajouter que les nouveaux fichiers</translation>
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
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the import after the current batch; run it again to resume</source>
        <translation>Arrêter l'import après le lot en cours ; relancez-le pour reprendre</translation>
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
        <translation>Impossible d'ouvrir le projet</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Create or open a project first (File &gt; New Project).</source>
        <translation>Créez ou ouvrez d'abord un projet (Fichier &gt; Nouveau projet).</translation>
    </message>
    <message>
        <source>Import a camera folder</source>
        <translation>Importer un dossier de caméra</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Import en cours...</translation>
    </message>
    <message>
        <source>%1 (%2 s left)</source>
        <translation>%1 (encore %2 s)</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Import interrompu</translation>
    </message>
    <message>
        <source>Import cancelled: %1. Import the folder again to resume.</source>
        <translation>Import annulé : %1. Importez le dossier à nouveau pour reprendre.</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>Import terminé : %1</translation>
    </message>
    <message>
        <source>No project open. Create one with File &gt; New Project, or open one.</source>
        <translation>Aucun projet ouvert. Créez-en un avec Fichier &gt; Nouveau projet, ou ouvrez-en un.</translation>
    </message>
    <message>
        <source>%1 media, %2 sequences, %3 deployments, %4 with problems</source>
        <translation>%1 images, %2 séquences, %3 déploiements, %4 avec des problèmes</translation>
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
        <translation><numerusform>%1
%n image</numerusform><numerusform>%1
%n images</numerusform></translation>
    </message>
    <message>
        <source>Sequence %1: %2 frames, grouped by %3, %4</source>
        <translation>Séquence %1 : %2 images, regroupées par %3, %4</translation>
    </message>
</context>
</TS>