<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the project</source>
        <translation>Não foi possível abrir o projeto</translation>
    </message>
    <message numerus="yes">
        <source>%n new image(s), %1 with problems, %2 already imported</source>
        <translation><numerusform>%n imagem nova, %1 com problemas, %2 já importadas</numerusform><numerusform>%n imagens novas, %1 com problemas, %2 já importadas</numerusform></translation>
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
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the import after the current batch; run it again to resume</source>
        <translation>Parar a importação após o lote atual; repita para continuar</translation>
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
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Create or open a project first (File &gt; New Project).</source>
        <translation>Primeiro crie ou abra um projeto (Arquivo &gt; Novo projeto).</translation>
    </message>
    <message>
        <source>Import a camera folder</source>
        <translation>Importar uma pasta de câmera</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importando...</translation>
    </message>
    <message>
        <source>%1 (%2 s left)</source>
        <translation>%1 (faltam %2 s)</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Importação interrompida</translation>
    </message>
    <message>
        <source>Import cancelled: %1. Import the folder again to resume.</source>
        <translation>Importação cancelada: %1. Importe a pasta novamente para continuar.</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>Importação concluída: %1</translation>
    </message>
    <message>
        <source>No project open. Create one with File &gt; New Project, or open one.</source>
        <translation>Nenhum projeto aberto. Crie um em Arquivo &gt; Novo projeto, ou abra um.</translation>
    </message>
    <message>
        <source>%1 media, %2 sequences, %3 deployments, %4 with problems</source>
        <translation>%1 imagens, %2 sequências, %3 instalações, %4 com problemas</translation>
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
        <translation><numerusform>%1
%n quadro</numerusform><numerusform>%1
%n quadros</numerusform></translation>
    </message>
    <message>
        <source>Sequence %1: %2 frames, grouped by %3, %4</source>
        <translation>Sequência %1: %2 quadros, agrupados por %3, %4</translation>
    </message>
</context>
</TS>