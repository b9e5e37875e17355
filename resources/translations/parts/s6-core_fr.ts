<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>In the case&apos;s time zone</source>
        <translation>Dans le fuseau horaire du dossier</translation>
    </message>
    <message>
        <source>In my time zone ({zone})</source>
        <translation>Dans mon fuseau horaire ({zone})</translation>
    </message>
    <message>
        <source>Choose one of the languages offered.</source>
        <translation>Choisissez l’une des langues proposées.</translation>
    </message>
    <message>
        <source>Choose one of the themes offered.</source>
        <translation>Choisissez l’un des thèmes proposés.</translation>
    </message>
    <message>
        <source>Choose how times are shown.</source>
        <translation>Choisissez comment les heures sont affichées.</translation>
    </message>
    <message>
        <source>The window can lock after {low} to {high} minutes without use.</source>
        <translation>Le délai avant verrouillage doit être compris entre {low} et {high} minutes.</translation>
    </message>
    <message>
        <source>Keep from {low} to {high} daily backups.</source>
        <translation>Conservez de {low} à {high} sauvegardes quotidiennes.</translation>
    </message>
    <message>
        <source>consular will be in {language} from its next start.</source>
        <translation>consular s’affichera en {language} à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>Cases already open keep their setting until you open them again.</source>
        <translation>Les dossiers déjà ouverts gardent leur réglage jusqu’à ce que vous les rouvriez.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes without keyboard or mouse input before the window locks and asks for your password</source>
        <translation>Minutes sans saisie au clavier ni à la souris avant que la fenêtre se verrouille et demande votre mot de passe</translation>
    </message>
    <message>
        <source>How many daily automatic backups of each database are kept</source>
        <translation>Nombre de sauvegardes automatiques quotidiennes conservées pour chaque base de données</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;imes:</source>
        <translation>&amp;Heures&#xa0;:</translation>
    </message>
    <message>
        <source>Loc&amp;k the window after:</source>
        <translation>&amp;Verrouiller la fenêtre après&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Daily backups kept:</source>
        <translation>Sauvegar&amp;des quotidiennes conservées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Language, theme, times, the idle lock and backups</source>
        <translation>Langue, thème, heures, verrouillage après inactivité et sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
</context>
</TS>
