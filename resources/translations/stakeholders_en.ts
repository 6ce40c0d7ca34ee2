<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>CanvasInteractions</name>
    <message>
        <location filename="../../stakeholders/ui/interactions.py" line="67"/>
        <source>Lid, kopgroep</source>
        <translation>Member, core group</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/interactions.py" line="68"/>
        <source>Lid, tweede ring</source>
        <translation>Member, second ring</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/interactions.py" line="69"/>
        <source>Initiatiefnemer</source>
        <translation>Initiator</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/interactions.py" line="70"/>
        <source>Voorzitter</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/interactions.py" line="71"/>
        <source>Adviseur, tweede ring</source>
        <translation>Adviser, second ring</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/interactions.py" line="72"/>
        <source>Toehoorder, tweede ring</source>
        <translation>Observer, second ring</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/interactions.py" line="73"/>
        <source>Secretariaat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/interactions.py" line="80"/>
        <source>Relatie: {a} {soort} {b}</source>
        <translation>Relation: {a} {soort} {b}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/interactions.py" line="246"/>
        <source>{partij} zit al aan {tafel}; wijzig de rol of ring in het eigenschappenpaneel</source>
        <translation>{partij} already sits at {tafel}; change the role or ring in the properties panel</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/interactions.py" line="250"/>
        <source>{partij} aan {tafel}</source>
        <translation>{partij} at {tafel}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/interactions.py" line="260"/>
        <source>{a} spreekt namens {b} (alle tafels)</source>
        <translation>{a} speaks on behalf of {b} (all tables)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/interactions.py" line="266"/>
        <source>{a} spreekt namens {b} aan {t}</source>
        <translation>{a} speaks on behalf of {b} at {t}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/interactions.py" line="270"/>
        <location filename="../../stakeholders/ui/interactions.py" line="292"/>
        <source>Verbinden</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/interactions.py" line="280"/>
        <source>namens alle {type}</source>
        <translation>on behalf of all {type}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/interactions.py" line="281"/>
        <source>{a} spreekt namens een type</source>
        <translation>{a} speaks on behalf of a type</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/interactions.py" line="289"/>
        <source>{a} is onderdeel van {b}</source>
        <translation>{a} is part of {b}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/interactions.py" line="298"/>
        <source>Bovenliggende tafel kiezen</source>
        <translation>Choose parent table</translation>
    </message>
</context>
<context>
    <name>ChangesController</name>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="97"/>
        <source>Vergelijken</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="97"/>
        <source>{bestand} kan niet worden gelezen; er wordt niet vergeleken.

{details}</source>
        <translation>{bestand} cannot be read; nothing is compared.

{details}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="140"/>
        <source>Momentopname {datum}</source>
        <translation>Snapshot {datum}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="146"/>
        <source>Momentopname '{naam}' gemaakt; bewaar de kaart om hem te houden.</source>
        <translation>Snapshot '{naam}' made; save the map to keep it.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="155"/>
        <source>Kies:</source>
        <translation>Choose:</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="160"/>
        <source>Een ander bestand…</source>
        <translation>Another file…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="161"/>
        <source>Vergelijken met</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="171"/>
        <source>Deze kaart heeft nog geen momentopnamen (Kaart &gt; Momentopname maken…).</source>
        <translation>This map has no snapshots yet (Map &gt; Make snapshot…).</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="174"/>
        <source>Vergelijken met momentopname</source>
        <translation>Compare with snapshot</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="182"/>
        <source>Vergelijken met bestand</source>
        <translation>Compare with file</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="186"/>
        <source>Momentopname verwijderen</source>
        <translation>Remove snapshot</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location filename="../../stakeholders/ui/panels/changes.py" line="63"/>
        <source>opgelost (bewuste keuze)</source>
        <translation>resolved (deliberate choice)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/changes.py" line="64"/>
        <source>opgelost</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/changes.py" line="64"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/changes.py" line="65"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/changes.py" line="89"/>
        <source>Vergelijken met…</source>
        <translation>Compare with…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/changes.py" line="92"/>
        <source>Stoppen met vergelijken</source>
        <translation>Stop comparing</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/changes.py" line="108"/>
        <source>Markeren op de kaart</source>
        <translation>Mark on the map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/changes.py" line="120"/>
        <source>&lt;b&gt;Mandaten die aflopen&lt;/b&gt; (R-MND-01)</source>
        <translation>&lt;b&gt;Mandates that expire&lt;/b&gt; (R-MND-01)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/changes.py" line="140"/>
        <source>Vergelijk de kaart met een momentopname of een ander bestand (Kaart &gt; Vergelijken met…).</source>
        <translation>Compare the map with a snapshot or another file (Map &gt; Compare with…).</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/changes.py" line="143"/>
        <source>&lt;b&gt;Wijzigingen sinds {naam}&lt;/b&gt;&lt;br&gt;{telling}</source>
        <translation>&lt;b&gt;Changes since {naam}&lt;/b&gt;&lt;br&gt;{telling}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/changes.py" line="150"/>
        <source>Geen verschillen.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/changes.py" line="165"/>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>DivisionsView</name>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="94"/>
        <source>{jaar}: {bestand}, geïmporteerd op {datum} ({wat})</source>
        <translation>{jaar}: {bestand}, imported on {datum} ({wat})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="99"/>
        <source>indeling</source>
        <translation>division</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="99"/>
        <source>bron</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="99"/>
        <source>jaar</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="99"/>
        <source>licentie</source>
        <translation>licence</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="100"/>
        <source>Gemeenten 2010–2026: Bron: CBS (Centraal Bureau voor de Statistiek), CC BY 4.0, uit de tabellen 'Gebieden in Nederland'. Een gemeente die niet meer bestaat, telt als haar opvolger (bijvoorbeeld Vlagtwedde als Westerwolde); samenvoegingen komen uit de herindelingen, naamswijzigingen met dezelfde code uit de CBS-lijst.</source>
        <translation>Municipalities 2010–2026: Source: CBS (Statistics Netherlands), CC BY 4.0, from the tables 'Gebieden in Nederland'. A municipality that no longer exists counts as its successor (for example Vlagtwedde as Westerwolde); mergers come from the municipal reorganisations, renames with the same code from the CBS list.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="105"/>
        <source>De indeling in GGD-regio's is afgeleid, niet overgenomen uit een tabel van CBS: controleer haar, of importeer een recent CBS-bestand (dat vervangt haar).</source>
        <translation>The division into GGD regions is derived, not taken from a CBS table: check it, or import a recent CBS file (which replaces it).</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="108"/>
        <source>Zorgkantoorregio, jeugdregio en ROAZ-regio per gemeente levert de app niet mee: importeer ze uit het CBS-bestand 'Gebieden in Nederland' van een jaar (de CSV-download van StatLine of het open-databestand). De gegevens komen in uw eigen gegevensmap, niet in de app.</source>
        <translation>Care office region, youth region and ROAZ region per municipality are not shipped with the app: import them from the CBS file 'Gebieden in Nederland' of a year (the CSV download from StatLine or the open data file). The data goes into your own data folder, not into the app.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="112"/>
        <source>Geïmporteerd:</source>
        <translation>Imported:</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="113"/>
        <source>Nog niets geïmporteerd.</source>
        <translation>Nothing imported yet.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="114"/>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="152"/>
        <source>Over de gegevens</source>
        <translation>About the data</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="126"/>
        <source>Regio-indelingen</source>
        <translation>Regional divisions</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="145"/>
        <source>CBS-bestand importeren…</source>
        <translation>Import CBS file…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="151"/>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="181"/>
        <source>Gebied:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="183"/>
        <source>Indeling:</source>
        <translation>Division:</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="188"/>
        <source>Waar het schuurt</source>
        <translation>Where it chafes</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="220"/>
        <source>De kaart: {naam}</source>
        <translation>The map: {naam}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="223"/>
        <source>Tafel: {naam}</source>
        <translation>Table: {naam}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="238"/>
        <source>Niets: alles valt samen, of er zijn nog geen gemeenten vastgelegd.</source>
        <translation>Nothing: everything coincides, or no municipalities have been recorded yet.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="263"/>
        <source>Gemeenten van de kaart: {basis}</source>
        <translation>Municipalities of the map: {basis}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="271"/>
        <source>CBS 'Gebieden in Nederland' importeren</source>
        <translation>Import CBS 'Gebieden in Nederland'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="272"/>
        <source>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="284"/>
        <source>Jaar van de tabel</source>
        <translation>Year of the table</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="284"/>
        <source>Van welk jaar is deze tabel 'Gebieden in Nederland'?</source>
        <translation>Which year is this table 'Gebieden in Nederland' from?</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="291"/>
        <source>Importeren niet gelukt</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="295"/>
        <source>Geïmporteerd: {jaar}, {n} gemeenten ({wat}).</source>
        <translation>Imported: {jaar}, {n} municipalities ({wat}).</translation>
    </message>
</context>
<context>
    <name>DocumentEditor</name>
    <message>
        <location filename="../../stakeholders/ui/editor.py" line="83"/>
        <source>Partij toevoegen</source>
        <translation>Add party</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/editor.py" line="91"/>
        <source>Tafel toevoegen</source>
        <translation>Add table</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/editor.py" line="98"/>
        <source>Zetel toevoegen</source>
        <translation>Add seat</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/editor.py" line="106"/>
        <source>Mandaat toevoegen</source>
        <translation>Add mandate</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/editor.py" line="112"/>
        <source>Relatie toevoegen</source>
        <translation>Add relation</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/editor.py" line="130"/>
        <source>Bewuste keuze vastleggen</source>
        <translation>Record deliberate choice</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/editor.py" line="130"/>
        <source>Bewuste keuzes vastleggen</source>
        <translation>Record deliberate choices</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/editor.py" line="147"/>
        <source>Bewuste keuze intrekken</source>
        <translation>Withdraw deliberate choice</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/editor.py" line="147"/>
        <source>Bewuste keuzes intrekken</source>
        <translation>Withdraw deliberate choices</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/editor.py" line="162"/>
        <source>Eigenschap wijzigen</source>
        <translation>Change property</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/editor.py" line="171"/>
        <source>Kaartgegevens wijzigen</source>
        <translation>Change map details</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/editor.py" line="176"/>
        <source>Verplaatsen</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/editor.py" line="179"/>
        <source>Vastzetten</source>
        <translation>Pin</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/editor.py" line="179"/>
        <source>Losmaken</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/editor.py" line="184"/>
        <source>Momentopname maken</source>
        <translation>Make snapshot</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/editor.py" line="189"/>
        <source>Momentopname verwijderen</source>
        <translation>Remove snapshot</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/editor.py" line="200"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../stakeholders/ui/edit_actions.py" line="73"/>
        <source>Niets geselecteerd om te verwijderen.</source>
        <translation>Nothing selected to remove.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/edit_actions.py" line="88"/>
        <source>Selecteer partijen of tafels om te kopiëren.</source>
        <translation>Select parties or tables to copy.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/edit_actions.py" line="96"/>
        <source>{n} onderdelen gekopieerd.</source>
        <translation>{n} elements copied.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/edit_actions.py" line="105"/>
        <source>Het klembord bevat geen partijen of tafels.</source>
        <translation>The clipboard holds no parties or tables.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/edit_actions.py" line="115"/>
        <source>Plakken</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/edit_actions.py" line="123"/>
        <source>Selecteer partijen of tafels om te dupliceren.</source>
        <translation>Select parties or tables to duplicate.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/edit_actions.py" line="127"/>
        <source> (kopie)</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/edit_actions.py" line="129"/>
        <source>Dupliceren</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/edit_actions.py" line="161"/>
        <location filename="../../stakeholders/ui/edit_actions.py" line="167"/>
        <source>Tafel toevoegen</source>
        <translation>Add table</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/edit_actions.py" line="161"/>
        <source>Naam van de tafel:</source>
        <translation>Name of the table:</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/edit_actions.py" line="167"/>
        <source>Soort tafel:</source>
        <translation>Kind of table:</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/edit_actions.py" line="183"/>
        <source>Selecteer één tafel en een of meer partijen, of sleep met Shift van een partij naar een tafel.</source>
        <translation>Select one table and one or more parties, or Shift-drag from a party to a table.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/edit_actions.py" line="197"/>
        <source>Wie spreekt namens wie?</source>
        <translation>Who speaks on behalf of whom?</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/edit_actions.py" line="198"/>
        <location filename="../../stakeholders/ui/edit_actions.py" line="199"/>
        <source>{a} spreekt namens {b}</source>
        <translation>{a} speaks on behalf of {b}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/edit_actions.py" line="205"/>
        <source>Selecteer de houder (en eventueel de partij namens wie), of sleep met Shift van houder naar partij.</source>
        <translation>Select the holder (and possibly the party on whose behalf), or Shift-drag from holder to party.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/edit_actions.py" line="212"/>
        <source>Selecteer twee partijen of tafels.</source>
        <translation>Select two parties or tables.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/edit_actions.py" line="219"/>
        <source>Selecteer partijen of tafels om vast te zetten.</source>
        <translation>Select parties or tables to pin.</translation>
    </message>
</context>
<context>
    <name>ExpectationForm</name>
    <message>
        <location filename="../../stakeholders/ui/dialogs/region_rules.py" line="47"/>
        <source>Nieuwe verwachting</source>
        <translation>New expectation</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/region_rules.py" line="61"/>
        <source>hoe de melding ze noemt, bv. woningcorporaties</source>
        <translation>how the message names them, e.g. housing corporations</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/region_rules.py" line="63"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/region_rules.py" line="64"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/region_rules.py" line="65"/>
        <source>Aan tafels van soort</source>
        <translation>At tables of kind</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/region_rules.py" line="66"/>
        <source>Verwacht (één van)</source>
        <translation>Expected (one of)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/region_rules.py" line="67"/>
        <source>Naam in de melding</source>
        <translation>Name in the message</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="83"/>
        <source>Overzicht exporteren</source>
        <translation>Export overview</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="95"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="96"/>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="97"/>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="128"/>
        <source>automatisch (A4 of A3)</source>
        <translation>automatic (A4 or A3)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="134"/>
        <source>overzicht: kaart, wat ontbreekt, tafels</source>
        <translation>overview: map, what is missing, tables</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="135"/>
        <source>alleen de kaart</source>
        <translation>the map only</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="138"/>
        <source>liggend</source>
        <translation>landscape</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="139"/>
        <source>staand</source>
        <translation>portrait</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="142"/>
        <source>hele regio</source>
        <translation>whole region</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="144"/>
        <source>een pagina per tafel</source>
        <translation>one page per table</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="152"/>
        <source>regio, peildatum, versie</source>
        <translation>region, reference date, version</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="153"/>
        <source>Anoniem: geen namen van personen</source>
        <translation>Anonymous: no names of persons</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="168"/>
        <source>Papier</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="169"/>
        <source>Pagina</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="170"/>
        <source>Oriëntatie</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="171"/>
        <source>Inhoud</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="172"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="173"/>
        <source>Ondertitel</source>
        <translation>Subtitle</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="177"/>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="183"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="180"/>
        <source>Regio-indeling</source>
        <translation>Regional division</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="187"/>
        <source>Wijzigingen sinds</source>
        <translation>Changes since</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="188"/>
        <source>PNG-resolutie</source>
        <translation>PNG resolution</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="201"/>
        <source>Uitzoomen</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="203"/>
        <source>Inzoomen</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="205"/>
        <source>Passend</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="207"/>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="287"/>
        <source>Voorbeeld vergroten</source>
        <translation>Enlarge preview</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="251"/>
        <source>{n} pagina's ({papier}); het voorbeeld toont de eerste. </source>
        <translation>{n} pages ({papier}); the preview shows the first. </translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="272"/>
        <source>{p} %</source>
        <translation>{p} %</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="286"/>
        <source>Voorbeeld verkleinen</source>
        <translation>Shrink preview</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="299"/>
        <source>Overzicht opslaan</source>
        <translation>Save overview</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="310"/>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="314"/>
        <source>Opgeslagen: {wat}</source>
        <translation>Saved: {wat}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="320"/>
        <source>Overzicht opgeslagen</source>
        <translation>Overview saved</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="321"/>
        <source>Opgeslagen in {map}:</source>
        <translation>Saved in {map}:</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/export.py" line="325"/>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="38"/>
        <source>Regiokaart (*.regiokaart)</source>
        <translation>Regional map (*.regiokaart)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="39"/>
        <source>Kaarten (*.regiokaart *.xlsx *.xlsm *.csv *.graphml *.gexf *.json);;Regiokaart (*.regiokaart);;Excel-werkboek (*.xlsx *.xlsm);;CSV-bestand (*.csv);;GraphML (yEd, Gephi, Cytoscape) (*.graphml);;GEXF (Gephi) (*.gexf);;Kumu (*.json *.xlsx);;Alle bestanden (*)</source>
        <translation>Maps (*.regiokaart *.xlsx *.xlsm *.csv *.graphml *.gexf *.json);;Regional map (*.regiokaart);;Excel workbook (*.xlsx *.xlsm);;CSV file (*.csv);;GraphML (yEd, Gephi, Cytoscape) (*.graphml);;GEXF (Gephi) (*.gexf);;Kumu (*.json *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="43"/>
        <source>Excel-werkboek (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="45"/>
        <source>GraphML voor yEd, Gephi en Cytoscape (*.graphml)</source>
        <translation>GraphML for yEd, Gephi and Cytoscape (*.graphml)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="46"/>
        <source>GEXF voor Gephi (*.gexf)</source>
        <translation>GEXF for Gephi (*.gexf)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="47"/>
        <source>Kumu-blueprint (*.kumu.json)</source>
        <translation>Kumu blueprint (*.kumu.json)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="48"/>
        <source>Kumu-werkboek (*.kumu.xlsx)</source>
        <translation>Kumu workbook (*.kumu.xlsx)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="103"/>
        <source>Kaart openen</source>
        <translation>Open map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="117"/>
        <source>Exporteren voor Gephi, yEd of Kumu</source>
        <translation>Export for Gephi, yEd or Kumu</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="123"/>
        <source>Niet opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="124"/>
        <source>De kaart '{naam}' heeft wijzigingen die niet zijn opgeslagen. Opslaan?</source>
        <translation>The map '{naam}' has changes that have not been saved. Save?</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="125"/>
        <source>naamloos</source>
        <translation>untitled</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="159"/>
        <source>Map met CSV-bestanden importeren</source>
        <translation>Import folder with CSV files</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="190"/>
        <source>Openen geannuleerd: {bestand}</source>
        <translation>Opening cancelled: {bestand}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="201"/>
        <source>Kaart niet geopend</source>
        <translation>Map not opened</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="202"/>
        <source>{bestand} kan niet worden geopend: {n} fout(en). De geopende kaart is niet veranderd en het bestand ook niet.</source>
        <translation>{bestand} cannot be opened: {n} error(s). The open map has not changed and neither has the file.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="207"/>
        <source>Openen mislukt: {bestand}</source>
        <translation>Opening failed: {bestand}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="217"/>
        <source>Waarschuwingen bij het openen</source>
        <translation>Warnings while opening</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="218"/>
        <source>{bestand} is geopend, met {n} waarschuwing(en):</source>
        <translation>{bestand} has been opened, with {n} warning(s):</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="223"/>
        <source>Geopend om te lezen (opslaan vraagt een nieuwe naam): {bestand}</source>
        <translation>Opened for reading (saving asks for a new name): {bestand}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="224"/>
        <source>Geopend: {bestand}</source>
        <translation>Opened: {bestand}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="232"/>
        <source>Kaart is al geopend</source>
        <translation>Map is already open</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="232"/>
        <source>{bestand} is al geopend {door}. Wie tegelijk wijzigt, overschrijft elkaars werk.</source>
        <translation>{bestand} is already open {door}. Who changes it at the same time overwrites the other's work.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="235"/>
        <source>Alleen lezen</source>
        <translation>Read only</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="236"/>
        <source>Toch openen</source>
        <translation>Open anyway</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="237"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="245"/>
        <source>Niet-opgeslagen kaart gevonden</source>
        <translation>Unsaved map found</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="246"/>
        <source>Na een onverwacht einde is deze kaart bewaard: {kaart}. Terugzetten? Het eigen bestand verandert pas als u opslaat.</source>
        <translation>After an unexpected end this map was kept: {kaart}. Restore it? Its own file changes only when you save.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="249"/>
        <source>Herstellen</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="250"/>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="251"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="259"/>
        <source>Hersteld; nog niet opgeslagen</source>
        <translation>Restored; not saved yet</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="266"/>
        <source>Opslaan was onderbroken</source>
        <translation>Saving was interrupted</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="266"/>
        <source>Het opslaan van {naam} is onderbroken, maar de volledige nieuwe versie is er nog. Die versie terugzetten en openen?</source>
        <translation>Saving {naam} was interrupted, but the complete new version is still there. Restore and open that version?</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="273"/>
        <source>Herstellen mislukt</source>
        <translation>Restore failed</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="295"/>
        <source>kaart</source>
        <translation>map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="300"/>
        <source>Kaart opslaan als</source>
        <translation>Save map as</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="311"/>
        <location filename="../../stakeholders/ui/files.py" line="319"/>
        <source>Opslaan mislukt</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="311"/>
        <source>{bestand} is geopend {door}; sla op onder een andere naam.</source>
        <translation>{bestand} is open {door}; save under another name.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="320"/>
        <source>{pad} kon niet worden opgeslagen ({reden}). De kaart staat nog open; het bestaande bestand is niet veranderd.</source>
        <translation>{pad} could not be saved ({reden}). The map is still open; the existing file has not changed.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="330"/>
        <source>Opgeslagen: {pad}</source>
        <translation>Saved: {pad}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="336"/>
        <source>Exporteren als Excel-werkboek</source>
        <translation>Export as Excel workbook</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="345"/>
        <source>Map kiezen voor de CSV-bestanden</source>
        <translation>Choose a folder for the CSV files</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="363"/>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/files.py" line="365"/>
        <source>Geëxporteerd: {pad}</source>
        <translation>Exported: {pad}</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <location filename="../../stakeholders/ui/panels/finding_details.py" line="35"/>
        <source>Kies een bevinding om te zien waarom ze er is en wat eraan te doen is.</source>
        <translation>Choose a finding to see why it is there and what to do about it.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/finding_details.py" line="55"/>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/finding_details.py" line="56"/>
        <source>Wat te doen</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/finding_details.py" line="61"/>
        <source>Deze keuze geldt voor deze regel op de hele kaart (alle tafels en partijen).</source>
        <translation>This choice applies to this rule on the whole map (all tables and parties).</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/finding_details.py" line="64"/>
        <source>Bewuste keuze</source>
        <translation>Deliberate choice</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/flags.py" line="70"/>
        <source>Bewuste keuzes tonen</source>
        <translation>Show deliberate choices</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/flags.py" line="88"/>
        <location filename="../../stakeholders/ui/panels/flags.py" line="339"/>
        <source>Bewuste keuze…</source>
        <translation>Deliberate choice…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/flags.py" line="90"/>
        <source>Leg vast dat dit bewust zo is, met de reden</source>
        <translation>Record that this is deliberately so, with the reason</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/flags.py" line="92"/>
        <location filename="../../stakeholders/ui/panels/flags.py" line="345"/>
        <source>Keuze intrekken</source>
        <translation>Withdraw choice</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/flags.py" line="147"/>
        <source>naamloze kaart</source>
        <translation>untitled map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/flags.py" line="148"/>
        <source>Kaart: {naam}</source>
        <translation>Map: {naam}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/flags.py" line="153"/>
        <source>Geen bevindingen: alles wat de regels vragen is er.</source>
        <translation>No findings: everything the rules ask for is there.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/flags.py" line="155"/>
        <source>{open} open bevinding(en) · {vlaggen} signalering(en) · {keuze} bewuste keuze(s)</source>
        <translation>{open} open finding(s) · {vlaggen} flag(s) · {keuze} deliberate choice(s)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/flags.py" line="202"/>
        <source>Keuzes die niet (meer) van toepassing zijn</source>
        <translation>Choices that no longer apply</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/flags.py" line="218"/>
        <source>Bewuste keuze — {melding} — reden: {reden}</source>
        <translation>Deliberate choice — {melding} — reason: {reden}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/flags.py" line="338"/>
        <source>Bewuste keuze voor de hele bevinding…</source>
        <translation>Deliberate choice for the whole finding…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/flags.py" line="342"/>
        <source>Keuzes intrekken</source>
        <translation>Withdraw choices</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/flags.py" line="344"/>
        <source>Keuze intrekken (hele kaart)</source>
        <translation>Withdraw choice (whole map)</translation>
    </message>
</context>
<context>
    <name>GemeentePicker</name>
    <message>
        <location filename="../../stakeholders/ui/panels/gemeenten.py" line="79"/>
        <source>Gemeenten; Delete verwijdert de gekozen gemeente</source>
        <translation>Municipalities; Delete removes the chosen municipality</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/gemeenten.py" line="82"/>
        <source>gemeente toevoegen: typ een naam</source>
        <translation>add municipality: type a name</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/gemeenten.py" line="91"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/gemeenten.py" line="94"/>
        <source>Alle op de kaart</source>
        <translation>All on the map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/gemeenten.py" line="96"/>
        <source>Voeg de gemeenten toe van alle partijen van het type gemeente op de kaart</source>
        <translation>Add the municipalities of all parties of the type municipality on the map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/gemeenten.py" line="111"/>
        <source>Alle gemeenten van een regio:</source>
        <translation>All municipalities of a region:</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/gemeenten.py" line="120"/>
        <location filename="../../stakeholders/ui/panels/gemeenten.py" line="163"/>
        <source>De regio-indeling</source>
        <translation>The regional division</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/gemeenten.py" line="131"/>
        <source>regio: typ een naam</source>
        <translation>region: type a name</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/gemeenten.py" line="132"/>
        <source>Alle toevoegen</source>
        <translation>Add all</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/gemeenten.py" line="134"/>
        <source>Voeg alle gemeenten van deze regio toe (één stap, Ctrl+Z maakt het ongedaan)</source>
        <translation>Add all municipalities of this region (one step, Ctrl+Z undoes it)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/gemeenten.py" line="191"/>
        <source>CBS-code {code}</source>
        <translation>CBS code {code}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/gemeenten.py" line="193"/>
        <source>{code}: niet in de CBS-lijst</source>
        <translation>{code}: not in the CBS list</translation>
    </message>
</context>
<context>
    <name>KoppelvlakkenPanel</name>
    <message>
        <location filename="../../stakeholders/ui/panels/koppelvlakken.py" line="35"/>
        <source>Partij</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/koppelvlakken.py" line="35"/>
        <source>Tafels</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/koppelvlakken.py" line="92"/>
        <source>{n} partijen zitten aan twee of meer tafels.</source>
        <translation>{n} parties sit at two or more tables.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/koppelvlakken.py" line="93"/>
        <source>Geen partij zit aan meer dan één tafel.</source>
        <translation>No party sits at more than one table.</translation>
    </message>
</context>
<context>
    <name>LayoutController</name>
    <message>
        <location filename="../../stakeholders/ui/layouts.py" line="115"/>
        <source>Schikken: automatisch (selectie)</source>
        <translation>Arrange: automatic (selection)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/layouts.py" line="115"/>
        <source>Schikken: automatisch</source>
        <translation>Arrange: automatic</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/layouts.py" line="127"/>
        <source>Selecteer één tafel voor de tafelringen.</source>
        <translation>Select one table for the table rings.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/layouts.py" line="130"/>
        <source>Schikken: tafelringen</source>
        <translation>Arrange: table rings</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/layouts.py" line="135"/>
        <source>Schikken: domeinclusters</source>
        <translation>Arrange: domain clusters</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/layouts.py" line="145"/>
        <source>Het schikken loopt al.</source>
        <translation>Arranging is already running.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/layouts.py" line="157"/>
        <source>Bezig met schikken…</source>
        <translation>Arranging…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/layouts.py" line="157"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/layouts.py" line="166"/>
        <source>Schikken geannuleerd.</source>
        <translation>Arranging cancelled.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/layouts.py" line="168"/>
        <source>Schikken mislukt: {reden}</source>
        <translation>Arranging failed: {reden}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/layouts.py" line="196"/>
        <source>{naam}: alles staat al op zijn plaats.</source>
        <translation>{naam}: everything is already in place.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/layouts.py" line="197"/>
        <source>Schikken</source>
        <translation>Arrange</translation>
    </message>
</context>
<context>
    <name>LayoutGuides</name>
    <message>
        <location filename="../../stakeholders/layout/guides.py" line="115"/>
        <source>kopgroep</source>
        <translation>core group</translation>
    </message>
    <message>
        <location filename="../../stakeholders/layout/guides.py" line="115"/>
        <source>tweede ring</source>
        <translation>second ring</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="125"/>
        <source>de kaart nu</source>
        <translation>the map now</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="196"/>
        <source>Wijzigingen</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="205"/>
        <source>&amp;Momentopname maken…</source>
        <translation>&amp;Make snapshot…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="206"/>
        <source>Bewaar de kaart zoals hij nu is, met naam en datum, in de .regiokaart</source>
        <translation>Keep the map as it is now, with name and date, in the .regiokaart</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="207"/>
        <source>&amp;Vergelijken met momentopname…</source>
        <translation>&amp;Compare with snapshot…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="209"/>
        <source>Wat is er veranderd sinds een momentopname</source>
        <translation>What has changed since a snapshot</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="210"/>
        <source>Vergelijken met &amp;bestand…</source>
        <translation>Compare with &amp;file…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="212"/>
        <source>Wat is er anders dan in een ander kaartbestand</source>
        <translation>What is different from another map file</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="213"/>
        <source>Stoppen met vergelijken</source>
        <translation>Stop comparing</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/changes.py" line="214"/>
        <source>Momentopname verwijderen…</source>
        <translation>Remove snapshot…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="316"/>
        <source>Regio-&amp;indelingen…</source>
        <translation>Regional &amp;divisions…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="317"/>
        <source>In welke regio-indelingen liggen de kaart en de tafels, en waar schuurt het</source>
        <translation>In which regional divisions do the map and the tables lie, and where does it chafe</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="319"/>
        <source>Over de &amp;gegevens (regio-indelingen)</source>
        <translation>About the &amp;data (regional divisions)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/divisions_view.py" line="320"/>
        <source>Bron, jaar en licentie van de regio-indelingen; CBS-bestand importeren</source>
        <translation>Source, year and licence of the regional divisions; import a CBS file</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/preferences.py" line="82"/>
        <source>&amp;Voorkeuren…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/preferences.py" line="85"/>
        <source>Taal van stakeholders</source>
        <translation>Language of stakeholders</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="100"/>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="102"/>
        <source>Eigenschappen</source>
        <translation>Properties</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="106"/>
        <source>Koppelvlakken</source>
        <translation>Interfaces</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="112"/>
        <source>Partijtypen</source>
        <translation>Party types</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="174"/>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="177"/>
        <location filename="../../stakeholders/ui/main_window.py" line="259"/>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="183"/>
        <source>&amp;Nieuwe kaart</source>
        <translation>&amp;New map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="184"/>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="185"/>
        <source>Open een .regiokaart, .xlsx of CSV-bestand</source>
        <translation>Open a .regiokaart, .xlsx or CSV file</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="186"/>
        <source>&amp;Importeren (Excel, CSV, Gephi, yEd, Kumu)…</source>
        <translation>&amp;Import (Excel, CSV, Gephi, yEd, Kumu)…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="188"/>
        <source>Map met CSV-bestanden importeren…</source>
        <translation>Import folder with CSV files…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="190"/>
        <source>Op&amp;slaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="191"/>
        <source>Opslaan &amp;als…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="192"/>
        <source>Exporteren als Excel-werkboek…</source>
        <translation>Export as Excel workbook…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="194"/>
        <source>Exporteren als CSV-map…</source>
        <translation>Export as CSV folder…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="196"/>
        <source>Exporteren voor Gephi, yEd of Kumu…</source>
        <translation>Export for Gephi, yEd or Kumu…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="198"/>
        <source>Overzicht &amp;exporteren…</source>
        <translation>&amp;Export overview…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="200"/>
        <source>Venster sluiten</source>
        <translation>Close window</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="201"/>
        <source>Af&amp;sluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="204"/>
        <source>K&amp;nippen</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="205"/>
        <source>&amp;Kopiëren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="206"/>
        <source>&amp;Plakken</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="207"/>
        <source>&amp;Dupliceren</source>
        <translation>&amp;Duplicate</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="208"/>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="209"/>
        <source>Alles &amp;selecteren</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="210"/>
        <source>&amp;Zoeken en filteren…</source>
        <translation>&amp;Find and filter…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="211"/>
        <source>Partij toevoegen (snel)…</source>
        <translation>Add party (quick)…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="212"/>
        <source>Typ de naam, Enter, en kies het type</source>
        <translation>Type the name, Enter, and choose the type</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="213"/>
        <source>Tafel toevoegen…</source>
        <translation>Add table…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="214"/>
        <source>Zetel toevoegen…</source>
        <translation>Add seat…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="215"/>
        <source>Mandaat toevoegen…</source>
        <translation>Add mandate…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="216"/>
        <source>Relatie toevoegen…</source>
        <translation>Add relation…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="217"/>
        <source>Vastzetten / losmaken</source>
        <translation>Pin / unpin</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="218"/>
        <source>In&amp;zoomen</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="219"/>
        <source>&amp;Uitzoomen</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="220"/>
        <source>&amp;Alles in beeld</source>
        <translation>&amp;Fit all</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="221"/>
        <source>&amp;Ware grootte</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="222"/>
        <source>&amp;Automatisch (selectie of alles)</source>
        <translation>&amp;Automatic (selection or all)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="224"/>
        <source>&amp;Tafelringen (gekozen tafel)</source>
        <translation>&amp;Table rings (chosen table)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="226"/>
        <source>&amp;Domeinclusters</source>
        <translation>&amp;Domain clusters</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="228"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="229"/>
        <source>&amp;Regels en bronnen</source>
        <translation>&amp;Rules and sources</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="230"/>
        <source>&amp;Eigen verwachtingen van de regio…</source>
        <translation>&amp;Own expectations of the region…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="232"/>
        <source>Wat uw regio aan tafel verwacht, naast de regels uit de bronnen</source>
        <translation>What your region expects at the table, besides the rules from the sources</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="233"/>
        <source>&amp;Kaartgegevens</source>
        <translation>&amp;Map details</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="234"/>
        <source>&amp;Over stakeholders</source>
        <translation>&amp;About stakeholders</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="235"/>
        <source>Volgende bevinding</source>
        <translation>Next finding</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="258"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="280"/>
        <source>Recente bestanden</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="286"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="291"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="296"/>
        <source>Bee&amp;ld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="310"/>
        <source>&amp;Kaart</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="312"/>
        <source>&amp;Schikken</source>
        <translation>&amp;Arrange</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="314"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="322"/>
        <source>Werkbalk</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="373"/>
        <source>Naamloze kaart</source>
        <translation>Untitled map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="382"/>
        <source>{p} partijen · {t} tafels · {m} mandaten · {o} open bevindingen</source>
        <translation>{p} parties · {t} tables · {m} mandates · {o} open findings</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="392"/>
        <source>Niet gedaan: {reden}</source>
        <translation>Not done: {reden}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="493"/>
        <source>Over stakeholders</source>
        <translation>About stakeholders</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/main_window.py" line="493"/>
        <source>&lt;b&gt;stakeholders {v}&lt;/b&gt;&lt;br&gt;Regionale samenwerking in de zorg in kaart: partijen, tafels en mandaten, en wat er ontbreekt.&lt;br&gt;Alle gegevens blijven op deze computer.&lt;br&gt;&lt;br&gt;Gemeentecodes: bron CBS (Centraal Bureau voor de Statistiek), CC BY 4.0.</source>
        <translation>&lt;b&gt;stakeholders {v}&lt;/b&gt;&lt;br&gt;Regional collaboration in health care, mapped: parties, tables and mandates, and what is missing.&lt;br&gt;All data stays on this computer.&lt;br&gt;&lt;br&gt;Municipality codes: source CBS (Statistics Netherlands), CC BY 4.0.</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <location filename="../../stakeholders/layout/boxes.py" line="47"/>
        <location filename="../../stakeholders/look/display.py" line="163"/>
        <source>alle {type}</source>
        <translation>all {type}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/layout/boxes.py" line="86"/>
        <source>alle tafels</source>
        <translation>all tables</translation>
    </message>
    <message>
        <location filename="../../stakeholders/layout/boxes.py" line="91"/>
        <source>{n} tafels</source>
        <translation>{n} tables</translation>
    </message>
    <message>
        <location filename="../../stakeholders/layout/boxes.py" line="92"/>
        <source>namens ({waar})</source>
        <translation>on behalf of ({waar})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/layout/boxes.py" line="96"/>
        <source>verlopen</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../stakeholders/layout/boxes.py" line="98"/>
        <source>informeel</source>
        <translation>informal</translation>
    </message>
    <message>
        <location filename="../../stakeholders/look/display.py" line="42"/>
        <source>voorzitter</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../stakeholders/look/display.py" line="43"/>
        <source>initiatiefnemer</source>
        <translation>initiator</translation>
    </message>
    <message>
        <location filename="../../stakeholders/look/display.py" line="44"/>
        <source>adviseur</source>
        <translation>adviser</translation>
    </message>
    <message>
        <location filename="../../stakeholders/look/display.py" line="45"/>
        <source>toehoorder</source>
        <translation>observer</translation>
    </message>
    <message>
        <location filename="../../stakeholders/look/display.py" line="46"/>
        <source>secretariaat</source>
        <translation>secretariat</translation>
    </message>
    <message>
        <location filename="../../stakeholders/look/display.py" line="126"/>
        <source>onderdeel van</source>
        <translation>part of</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../stakeholders/ui/dialogs/preferences.py" line="33"/>
        <source>Voorkeuren</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/preferences.py" line="37"/>
        <source>Zoals het systeem</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/preferences.py" line="48"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/preferences.py" line="65"/>
        <source>De nieuwe taal geldt vanaf de volgende start van stakeholders.</source>
        <translation>The new language applies from the next start of stakeholders.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../stakeholders/ui/dialogs/problems.py" line="33"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/problems.py" line="33"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/problems.py" line="33"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/problems.py" line="34"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/problems.py" line="38"/>
        <source>fout</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/problems.py" line="38"/>
        <source>waarschuwing</source>
        <translation>warning</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <location filename="../../stakeholders/ui/panels/properties.py" line="107"/>
        <source>alle tafels</source>
        <translation>all tables</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/properties.py" line="108"/>
        <source>mandaat {n}: {waar}</source>
        <translation>mandate {n}: {waar}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/properties.py" line="143"/>
        <source>{n} onderdelen geselecteerd</source>
        <translation>{n} elements selected</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/properties.py" line="234"/>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/properties.py" line="235"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/properties.py" line="236"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/properties.py" line="241"/>
        <source>alle {type} (type)</source>
        <translation>all {type} (type)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/properties.py" line="276"/>
        <source>Deze soort brengt: {regels}</source>
        <translation>This kind brings: {regels}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/properties.py" line="375"/>
        <source>'{waarde}' is geen geldige datum (gebruik JJJJ-MM-DD)</source>
        <translation>'{waarde}' is not a valid date (use YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>QuickAddPopup</name>
    <message>
        <location filename="../../stakeholders/ui/quickadd.py" line="54"/>
        <location filename="../../stakeholders/ui/quickadd.py" line="91"/>
        <source>Naam van de partij, dan Enter</source>
        <translation>Name of the party, then Enter</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/quickadd.py" line="60"/>
        <source>type zoeken (bv. RHO, gemeente)</source>
        <translation>find type (e.g. RHO, municipality)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/quickadd.py" line="134"/>
        <source>Type van '{naam}': kies en Enter, een cijfer, of 0 als het type nog onbekend is (parkeerplaats)</source>
        <translation>Type of '{naam}': choose and Enter, a digit, or 0 if the type is not known yet (parking area)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/quickadd.py" line="158"/>
        <source>'{tekst}': onbekend type: kies uit de lijst</source>
        <translation>'{tekst}': unknown type: choose from the list</translation>
    </message>
</context>
<context>
    <name>RegionRulesDialog</name>
    <message>
        <location filename="../../stakeholders/ui/dialogs/region_rules.py" line="104"/>
        <source>Eigen verwachtingen van de regio</source>
        <translation>Own expectations of the region</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/region_rules.py" line="107"/>
        <source>Wat verwacht uw regio aan tafel, naast de regels uit de bronnen? Deze regels reizen mee in het .regiokaart-bestand (niet in een spreadsheet).</source>
        <translation>What does your region expect at the table, besides the rules from the sources? These rules travel along in the .regiokaart file (not in a spreadsheet).</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/region_rules.py" line="113"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/region_rules.py" line="113"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/region_rules.py" line="113"/>
        <source>Tafels</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/region_rules.py" line="114"/>
        <source>Melding</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/region_rules.py" line="116"/>
        <source>Toevoegen…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/region_rules.py" line="119"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/region_rules.py" line="122"/>
        <source>Importeren uit regelbestand (.toml)…</source>
        <translation>Import from rules file (.toml)…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/region_rules.py" line="161"/>
        <source>Eigen verwachtingen wijzigen</source>
        <translation>Change own expectations</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/region_rules.py" line="191"/>
        <source>Regels importeren</source>
        <translation>Import rules</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/region_rules.py" line="203"/>
        <source>Niet geïmporteerd: {reden}</source>
        <translation>Not imported: {reden}</translation>
    </message>
</context>
<context>
    <name>RemovalText</name>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="22"/>
        <source>zetel</source>
        <translation>seat</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="22"/>
        <source>zetels</source>
        <translation>seats</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="23"/>
        <source>mandaat</source>
        <translation>mandate</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="23"/>
        <source>mandaten</source>
        <translation>mandates</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="24"/>
        <source>relatie</source>
        <translation>relation</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="24"/>
        <source>relaties</source>
        <translation>relations</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="25"/>
        <source>bewuste keuze</source>
        <translation>deliberate choice</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="25"/>
        <source>bewuste keuzes</source>
        <translation>deliberate choices</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="26"/>
        <source>partij</source>
        <translation>party</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="26"/>
        <source>partijen</source>
        <translation>parties</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="27"/>
        <source>tafel</source>
        <translation>table</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="27"/>
        <source>tafels</source>
        <translation>tables</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="36"/>
        <source>{eerste} en {laatste}</source>
        <translation>{eerste} and {laatste}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="41"/>
        <source>voorzitter van {tafel}</source>
        <translation>chair of {tafel}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="42"/>
        <source>secretariaat van {tafel}</source>
        <translation>secretariat of {tafel}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="43"/>
        <source>bovenliggende tafel van {tafel}</source>
        <translation>parent table of {tafel}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="59"/>
        <location filename="../../stakeholders/ui/removal_text.py" line="64"/>
        <source>{wat} verwijderd. {toets} zet het terug.</source>
        <translation>{wat} removed. {toets} puts it back.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="65"/>
        <source>{wat} verwijderd</source>
        <translation>{wat} removed</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="67"/>
        <source>, met {wat}</source>
        <translation>, with {wat}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="69"/>
        <source> (ook {rollen})</source>
        <translation> (also {rollen})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/removal_text.py" line="70"/>
        <source>. {toets} zet alles terug.</source>
        <translation>. {toets} puts everything back.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="70"/>
        <source>Regels en bronnen</source>
        <translation>Rules and sources</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="86"/>
        <source>Regels</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="86"/>
        <source>Elke signalering noemt de regel, het niveau met zijn basis (wet, akkoord, beleid, advies, onderzoek), de bron en wat te doen. De signaleringen van één onderwerp en thema vormen samen één bevinding. Een regio kan elke signalering, of een hele bevinding, als bewuste keuze vastleggen.</source>
        <translation>Every flag names the rule, the level with its basis (law, agreement, policy, advice, research), the source and what to do. The flags of one subject and theme together form one finding. A region can record any flag, or a whole finding, as a deliberate choice.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="91"/>
        <source>Geldt voor:</source>
        <translation>Applies to:</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="91"/>
        <source>Wat te doen:</source>
        <translation>What to do:</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="91"/>
        <source>Bron:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="95"/>
        <source>hele kaart</source>
        <translation>whole map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="109"/>
        <source>Niet te controleren vanuit de kaart</source>
        <translation>Not checkable from the map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="110"/>
        <source>Deze punten kan de app niet uit de kaart afleiden; loop ze zelf na als checklist.</source>
        <translation>The app cannot derive these points from the map; go through them yourself as a checklist.</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../stakeholders/ui/search.py" line="60"/>
        <source>Zoeken</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/search.py" line="65"/>
        <source>Zoek op naam, type of id…</source>
        <translation>Find by name, type or id…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/search.py" line="76"/>
        <source>Zoeken sluiten (Esc)</source>
        <translation>Close find (Esc)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/search.py" line="78"/>
        <source>Zoeken: </source>
        <translation>Find: </translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/search.py" line="98"/>
        <source>alle domeinen</source>
        <translation>all domains</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/search.py" line="99"/>
        <source>alle tafels</source>
        <translation>all tables</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/search.py" line="134"/>
        <source> {n} gevonden </source>
        <translation> {n} found </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="32"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="36"/>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="36"/>
        <source>Toetsen</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="46"/>
        <source>Verbinden (zetel, mandaat, relatie)</source>
        <translation>Connect (seat, mandate, relation)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="46"/>
        <source>Shift + slepen</source>
        <translation>Shift + drag</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="47"/>
        <source>Partij toevoegen op die plek</source>
        <translation>Add a party at that spot</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="47"/>
        <source>dubbelklik op leeg canvas</source>
        <translation>double-click on empty canvas</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="48"/>
        <source>Schuiven</source>
        <translation>Pan</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="48"/>
        <source>middelste/rechter muisknop of spatie + slepen</source>
        <translation>middle/right mouse button or space + drag</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="49"/>
        <source>Zoomen</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="49"/>
        <source>muiswiel</source>
        <translation>mouse wheel</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="50"/>
        <source>Slepen of verbinden afbreken</source>
        <translation>Cancel dragging or connecting</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/help.py" line="50"/>
        <source>Esc (tijdens het slepen)</source>
        <translation>Esc (while dragging)</translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <location filename="../../stakeholders/ui/dialogs/snapshot.py" line="46"/>
        <source>Momentopname maken</source>
        <translation>Make snapshot</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/snapshot.py" line="48"/>
        <source>De kaart zoals hij nu is wordt met naam en datum in het .regiokaart-bestand bewaard. Later ziet u wat er sindsdien is veranderd (Kaart &gt; Vergelijken met momentopname…).</source>
        <translation>The map as it is now is kept with name and date in the .regiokaart file. Later you see what has changed since (Map &gt; Compare with snapshot…).</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/snapshot.py" line="55"/>
        <source>bijvoorbeeld: Zorgtafel maart</source>
        <translation>for example: care table March</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/snapshot.py" line="63"/>
        <source>Waarom nu? (optioneel)</source>
        <translation>Why now? (optional)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/snapshot.py" line="69"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/snapshot.py" line="70"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/snapshot.py" line="71"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>TypePalette</name>
    <message>
        <location filename="../../stakeholders/ui/panels/palette.py" line="74"/>
        <source>Zoek een type (bv. RHO, gemeente)…</source>
        <translation>Find a type (e.g. RHO, municipality)…</translation>
    </message>
</context>
<context>
    <name>ViewOptions</name>
    <message>
        <location filename="../../stakeholders/ui/canvas/view_options.py" line="28"/>
        <source>Klein</source>
        <translation>Small</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/canvas/view_options.py" line="28"/>
        <source>Normaal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/canvas/view_options.py" line="28"/>
        <source>Groot</source>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/canvas/view_options.py" line="28"/>
        <source>Zeer groot</source>
        <translation>Very large</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/canvas/view_options.py" line="29"/>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/canvas/view_options.py" line="54"/>
        <source>{naam} ({px} px)</source>
        <translation>{naam} ({px} px)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/canvas/view_options.py" line="59"/>
        <source>&amp;Mandaatlabels tonen</source>
        <translation>Show &amp;mandate labels</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/canvas/view_options.py" line="60"/>
        <source>Toon bij elke mandaatlijn namens welke tafels het mandaat geldt</source>
        <translation>Show on each mandate line for which tables the mandate holds</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/canvas/view_options.py" line="63"/>
        <source>Alleen de &amp;kaart</source>
        <translation>&amp;Map only</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/canvas/view_options.py" line="64"/>
        <source>Panelen en werkbalk weg, het hele scherm voor de kaart (voor de beamer)</source>
        <translation>Panels and toolbar gone, the whole screen for the map (for the projector)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/canvas/view_options.py" line="84"/>
        <source>&amp;Tekstgrootte</source>
        <translation>&amp;Text size</translation>
    </message>
</context>
<context>
    <name>WaiverDialog</name>
    <message>
        <location filename="../../stakeholders/ui/dialogs/waiver.py" line="47"/>
        <source>Bewuste keuze vastleggen</source>
        <translation>Record deliberate choice</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/waiver.py" line="49"/>
        <source>Deze keuze geldt voor:</source>
        <translation>This choice applies to:</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/waiver.py" line="50"/>
        <source>Deze keuze geldt voor alle {n} onderdelen:</source>
        <translation>This choice applies to all {n} parts:</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/waiver.py" line="56"/>
        <source>Waarom is dit bewust zo?</source>
        <translation>Why is this deliberately so?</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/waiver.py" line="64"/>
        <source>bijvoorbeeld: kopgroep zorgtafel</source>
        <translation>for example: core group care table</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/waiver.py" line="65"/>
        <source>Voor deze regel op de hele kaart (alle onderwerpen)</source>
        <translation>For this rule on the whole map (all subjects)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/waiver.py" line="69"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/waiver.py" line="70"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/dialogs/waiver.py" line="71"/>
        <source>Besloten door</source>
        <translation>Decided by</translation>
    </message>
</context>
<context>
    <name>cbs</name>
    <message>
        <location filename="../../stakeholders/io/cbs_gebieden.py" line="118"/>
        <source>CBS, Gebieden in Nederland {jaar} (geïmporteerd uit {bestand} op {datum})</source>
        <translation>CBS, Areas in the Netherlands {jaar} (imported from {bestand} on {datum})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/cbs_gebieden.py" line="129"/>
        <source>{bestand}: bestand niet gevonden</source>
        <translation>{bestand}: file not found</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/cbs_gebieden.py" line="133"/>
        <source>{bestand}: kan niet worden gelezen ({reden})</source>
        <translation>{bestand}: cannot be read ({reden})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/cbs_gebieden.py" line="149"/>
        <source>{bestand}: het bestand is leeg</source>
        <translation>{bestand}: the file is empty</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/cbs_gebieden.py" line="156"/>
        <source>{bestand}: geen leesbaar CSV-bestand ({reden})</source>
        <translation>{bestand}: not a readable CSV file ({reden})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/cbs_gebieden.py" line="235"/>
        <source>{bestand}, rij 1: geen kolom met gemeentecodes gevonden (verwacht 'Codes en namen van gemeenten/Code' of 'Code_1' met codes als GM0363); de kolommen zijn {kolommen}</source>
        <translation>{bestand}, row 1: no column with municipality codes found (expected 'Codes en namen van gemeenten/Code' or 'Code_1' with codes such as GM0363); the columns are {kolommen}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/cbs_gebieden.py" line="238"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/cbs_gebieden.py" line="241"/>
        <source>{bestand}: geen regio-indeling gevonden (zoals GGD-regio's, zorgkantoorregio's of jeugdregio's); is dit de tabel 'Gebieden in Nederland'?</source>
        <translation>{bestand}: no regional division found (such as GGD regions, care office regions or youth regions); is this the table 'Gebieden in Nederland'?</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/cbs_gebieden.py" line="246"/>
        <source>{bestand}: het jaar staat niet in de bestandsnaam; geef het jaar van de tabel op</source>
        <translation>{bestand}: the year is not in the file name; give the year of the table</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/cbs_gebieden.py" line="258"/>
        <source>{bestand}, rij {rij}, kolom '{kolom}'</source>
        <translation>{bestand}, row {rij}, column '{kolom}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/cbs_gebieden.py" line="277"/>
        <source>gemeente {code} staat er twee keer in (ook in rij {rij})</source>
        <translation>municipality {code} appears twice (also in row {rij})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/cbs_gebieden.py" line="283"/>
        <source>{bestand}: geen enkele gemeente gevonden in kolom '{kolom}'</source>
        <translation>{bestand}: no municipality at all found in column '{kolom}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/cbs_gebieden.py" line="298"/>
        <source>regiocode {code} heeft geen naam</source>
        <translation>region code {code} has no name</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/cbs_store.py" line="56"/>
        <source>{map}: map kan niet worden gemaakt ({reden})</source>
        <translation>{map}: folder cannot be made ({reden})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/cbs_store.py" line="83"/>
        <source>{pad}: kan niet worden geschreven ({reden})</source>
        <translation>{pad}: cannot be written ({reden})</translation>
    </message>
</context>
<context>
    <name>changes</name>
    <message>
        <location filename="../../stakeholders/model/diff.py" line="258"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/diff.py" line="258"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/diff_text.py" line="47"/>
        <source>Eigen verwachtingen</source>
        <translation>Own expectations</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/diff_text.py" line="49"/>
        <source>Kaart</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/diff_text.py" line="55"/>
        <location filename="../../stakeholders/rules/change_report.py" line="112"/>
        <location filename="../../stakeholders/rules/change_report.py" line="117"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/diff_text.py" line="55"/>
        <source>weg</source>
        <translation>gone</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/diff_text.py" line="56"/>
        <location filename="../../stakeholders/rules/change_report.py" line="113"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/diff_text.py" line="62"/>
        <source>alle {type}</source>
        <translation>all {type}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/diff_text.py" line="77"/>
        <source>eigen verwachting {id}</source>
        <translation>own expectation {id}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/diff_text.py" line="81"/>
        <source>{partij} aan {tafel}</source>
        <translation>{partij} at {tafel}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/diff_text.py" line="84"/>
        <source>alle tafels</source>
        <translation>all tables</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/diff_text.py" line="85"/>
        <source>{houder} namens {wie} ({waar})</source>
        <translation>{houder} on behalf of {wie} ({waar})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/diff_text.py" line="89"/>
        <source>de hele kaart</source>
        <translation>the whole map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/diff_text.py" line="91"/>
        <source>bewuste keuze {regel} voor {onderwerp}</source>
        <translation>deliberate choice {regel} for {onderwerp}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/diff_text.py" line="107"/>
        <source>{veld} (governance)</source>
        <translation>{veld} (governance)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/diff_text.py" line="121"/>
        <source>andere volgorde</source>
        <translation>different order</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/diff_text.py" line="122"/>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/change_report.py" line="62"/>
        <source>de kaart</source>
        <translation>the map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/change_report.py" line="70"/>
        <source>{naam}, peildatum {datum}</source>
        <translation>{naam}, reference date {datum}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/change_report.py" line="76"/>
        <source>{n} wijziging(en) in de kaart; bevindingen: {opgelost} opgelost, {nieuw} nieuw, {gewijzigd} gewijzigd</source>
        <translation>{n} change(s) in the map; findings: {opgelost} resolved, {nieuw} new, {gewijzigd} changed</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/change_report.py" line="88"/>
        <source>Van:  {kant}</source>
        <translation>From: {kant}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/change_report.py" line="89"/>
        <source>Naar: {kant}</source>
        <translation>To:   {kant}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/change_report.py" line="92"/>
        <source>Geen verschillen.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/change_report.py" line="97"/>
        <source>gewijzigd: {veld}</source>
        <translation>changed: {veld}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/change_report.py" line="105"/>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/change_report.py" line="112"/>
        <location filename="../../stakeholders/rules/change_report.py" line="117"/>
        <source>opgelost</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/change_report.py" line="115"/>
        <source>opgelost (bewuste keuze)</source>
        <translation>resolved (deliberate choice)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/change_report.py" line="119"/>
        <source>anders</source>
        <translation>different</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../stakeholders/cli.py" line="54"/>
        <source>fout</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="54"/>
        <source>waarschuwing</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="70"/>
        <source>{pad}: {aantal} fout(en); de kaart is niet geladen.</source>
        <translation>{pad}: {aantal} error(s); the map was not loaded.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="90"/>
        <source>{naam}: {aantal} bevinding(en), {open} open ({vlaggen} signalering(en), {keuze} bewuste keuze(s))</source>
        <translation>{naam}: {aantal} finding(s), {open} open ({vlaggen} flag(s), {keuze} deliberate choice(s))</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="92"/>
        <source>(naamloze kaart)</source>
        <translation>(unnamed map)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="100"/>
        <source>de kaart</source>
        <translation>the map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="109"/>
        <source>bewuste keuze</source>
        <translation>deliberate choice</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="115"/>
        <source>reden: {reden}</source>
        <translation>reason: {reden}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="118"/>
        <source>wat te doen: {fix}</source>
        <translation>what to do: {fix}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="121"/>
        <source>bron: {bron}</source>
        <translation>source: {bron}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="138"/>
        <source>fout: eigen regels: {melding}</source>
        <translation>error: own rules: {melding}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="164"/>
        <source>waarschuwing: {n} eigen regel(s) en de keuzes daarover worden weggelaten: alleen een .regiokaart bewaart ze</source>
        <translation>warning: {n} own rule(s) and the choices about them are left out: only a .regiokaart keeps them</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="167"/>
        <source>waarschuwing: {n} momentopname(n) worden weggelaten: alleen een .regiokaart bewaart ze</source>
        <translation>warning: {n} snapshot(s) are left out: only a .regiokaart keeps them</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="177"/>
        <source>fout: {melding}; er is niets geschreven (--force schrijft toch)</source>
        <translation>error: {melding}; nothing has been written (--force writes anyway)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="186"/>
        <location filename="../../stakeholders/cli.py" line="204"/>
        <location filename="../../stakeholders/cli.py" line="217"/>
        <location filename="../../stakeholders/cli.py" line="240"/>
        <location filename="../../stakeholders/cli.py" line="248"/>
        <source>fout: {melding}</source>
        <translation>error: {melding}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="190"/>
        <source>geschreven: {pad} ({soort})</source>
        <translation>written: {pad} ({soort})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="207"/>
        <source>fout: onbekende tafel '{tafel}'</source>
        <translation>error: unknown table '{tafel}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="219"/>
        <source>geschreven: {wat}</source>
        <translation>written: {wat}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="257"/>
        <source>taal van de uitvoer: nl (standaard) of en; anders volgt de taal het systeem (LANG)</source>
        <translation>language of the output: nl (default) or en; otherwise the language follows the system (LANG)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="265"/>
        <source>Controleer een kaart op ontbrekende partijen, mandaten en governance.</source>
        <translation>Check a map for missing parties, mandates and governance.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="268"/>
        <location filename="../../stakeholders/divisions_cli.py" line="26"/>
        <source>.regiokaart, .xlsx, een CSV-map of een CSV-bestand</source>
        <translation>.regiokaart, .xlsx, a CSV folder or a CSV file</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="271"/>
        <source>extra eigen regels van de regio (zelfde vorm als resources/rules.toml)</source>
        <translation>additional own rules of the region (same form as resources/rules.toml)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="274"/>
        <source>exitcode 1 als er een open signalering van dit niveau of hoger is</source>
        <translation>exit code 1 if there is an open flag of this level or higher</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="277"/>
        <source>Zet een kaart om tussen .regiokaart, .xlsx, een CSV-map en de formaten van Gephi, yEd en Kumu.</source>
        <translation>Convert a map between .regiokaart, .xlsx, a CSV folder and the formats of Gephi, yEd and Kumu.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="281"/>
        <source>eindigt op .regiokaart, .xlsx, .graphml, .gexf, .kumu.json of .kumu.xlsx, of op / voor een CSV-map</source>
        <translation>ends in .regiokaart, .xlsx, .graphml, .gexf, .kumu.json or .kumu.xlsx, or in / for a CSV folder</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="284"/>
        <source>ook schrijven als UIT in een venster of op een andere computer geopend is (vergrendeld)</source>
        <translation>write even if OUT is open in a window or on another computer (locked)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="297"/>
        <source>Exporteer het overzicht op één pagina (PDF, PNG of SVG).</source>
        <translation>Export the one-page overview (PDF, PNG or SVG).</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="306"/>
        <source>Regionale samenwerking in de zorg in kaart. Opdrachten: check, convert, export, indeling, diff (stakeholders OPDRACHT --help).</source>
        <translation>Regional collaboration in health care, mapped. Commands: check, convert, export, indeling, diff (stakeholders COMMAND --help).</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="311"/>
        <source>kaart om te openen (.regiokaart, .xlsx of CSV-map)</source>
        <translation>map to open (.regiokaart, .xlsx or CSV folder)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="313"/>
        <source>start en sluit meteen (test)</source>
        <translation>start and close at once (test)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="315"/>
        <source>sla een schermafbeelding op en sluit</source>
        <translation>save a screenshot and close</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="345"/>
        <source>fout: onbekende taal '{taal}' (nl of en)</source>
        <translation>error: unknown language '{taal}' (nl or en)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/cli.py" line="368"/>
        <source>interne fout: {soort}: {melding}. Meld dit aan de ontwikkelaars.</source>
        <translation>internal error: {soort}: {melding}. Please report this to the developers.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/diff_cli.py" line="40"/>
        <source>Vergelijk twee kaarten, of een kaart met een momentopname: wat er nieuw is, weg of gewijzigd, en welke bevindingen zijn opgelost of nieuw.</source>
        <translation>Compare two maps, or a map with a snapshot: what is new, gone or changed, and which findings are resolved or new.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/diff_cli.py" line="44"/>
        <source>bestand, of BESTAND@momentopname (een momentopname in een .regiokaart)</source>
        <translation>file, or FILE@snapshot (a snapshot in a .regiokaart)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/diff_cli.py" line="46"/>
        <source>bestand, of BESTAND@momentopname</source>
        <translation>file, or FILE@snapshot</translation>
    </message>
    <message>
        <location filename="../../stakeholders/diff_cli.py" line="57"/>
        <source>bestand of map bestaat niet: {pad}</source>
        <translation>file or folder does not exist: {pad}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/diff_cli.py" line="59"/>
        <source>{tekst}: na '@' hoort de naam van een momentopname</source>
        <translation>{tekst}: '@' must be followed by the name of a snapshot</translation>
    </message>
    <message>
        <location filename="../../stakeholders/diff_cli.py" line="71"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../stakeholders/diff_cli.py" line="72"/>
        <source>{bestand} heeft geen momentopname '{naam}' (momentopnamen: {bekend})</source>
        <translation>{bestand} has no snapshot '{naam}' (snapshots: {bekend})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/divisions_cli.py" line="22"/>
        <source>Laat zien in welke regio-indelingen (GGD-regio, veiligheidsregio, provincie, …) de gemeenten van de kaart en van elke tafel liggen, en waar die indelingen schuren.</source>
        <translation>Show in which regional divisions (GGD region, safety region, province, …) the municipalities of the map and of each table lie, and where those divisions chafe.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/divisions_cli.py" line="29"/>
        <source>map met geïmporteerde CBS-gegevens (standaard: de gegevensmap van de app)</source>
        <translation>folder with imported CBS data (default: the app's data folder)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/divisions_cli.py" line="32"/>
        <source>gebruik alleen de met de app meegeleverde indelingen</source>
        <translation>use only the divisions shipped with the app</translation>
    </message>
</context>
<context>
    <name>clipboard</name>
    <message>
        <location filename="../../stakeholders/io/clipboard.py" line="44"/>
        <location filename="../../stakeholders/io/clipboard.py" line="46"/>
        <source>het klembord bevat geen kaartonderdelen</source>
        <translation>the clipboard holds no map elements</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/clipboard.py" line="51"/>
        <source>kaartonderdelen op het klembord zijn ongeldig: </source>
        <translation>the map elements on the clipboard are invalid: </translation>
    </message>
</context>
<context>
    <name>congruence</name>
    <message>
        <location filename="../../stakeholders/model/congruence.py" line="151"/>
        <source>de gemeenten van de {indeling} {naam} (bron: {bron})</source>
        <translation>the municipalities of the {indeling} {naam} (source: {bron})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence.py" line="158"/>
        <source>de gemeenten van de {n} gemeentepartij(en) op de kaart</source>
        <translation>the municipalities of the {n} municipality party(ies) on the map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence.py" line="162"/>
        <source>de werkgebieden van de tafels (geen gemeentepartijen met gemeenten)</source>
        <translation>the working areas of the tables (no municipality parties with municipalities)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence.py" line="164"/>
        <source>geen: leg de gemeenten vast bij de gemeentepartijen of in het werkgebied van een tafel</source>
        <translation>none: record the municipalities with the municipality parties or in the working area of a table</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence.py" line="171"/>
        <source>de {indeling} {regio}</source>
        <translation>the {indeling} {regio}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence.py" line="173"/>
        <location filename="../../stakeholders/model/congruence.py" line="179"/>
        <source>de kaart</source>
        <translation>the map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="33"/>
        <source>en</source>
        <translation>and</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="49"/>
        <source>geen gemeenten bekend</source>
        <translation>no municipalities known</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="53"/>
        <source>deze gemeente ligt in</source>
        <translation>this municipality lies in</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="53"/>
        <source>deze {n} gemeenten liggen in</source>
        <translation>these {n} municipalities lie in</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="60"/>
        <source>van {m}</source>
        <translation>of {m}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="69"/>
        <source>afgeleide indeling</source>
        <translation>derived division</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="70"/>
        <source>{gebied} ligt in {aantal}: {delen}</source>
        <translation>{gebied} lies in {aantal}: {delen}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="72"/>
        <source>{notitie}</source>
        <translation>{notitie}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="73"/>
        <source>{code} staat niet in de CBS-lijst en telt niet mee</source>
        <translation>{code} is not in the CBS list and does not count</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="89"/>
        <source>{regio} reikt verder dan {kaart}: {k} van de {m} gemeenten liggen erin</source>
        <translation>{regio} reaches beyond {kaart}: {k} of the {m} municipalities lie in it</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="93"/>
        <source>De kaart: {naam}</source>
        <translation>The map: {naam}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="98"/>
        <source>{tafel} valt geheel buiten {kaart}</source>
        <translation>{tafel} lies entirely outside {kaart}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="98"/>
        <source>{tafel} valt deels buiten {kaart}: {namen} liggen erbuiten</source>
        <translation>{tafel} lies partly outside {kaart}: {namen} lie outside it</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="102"/>
        <source>Tafel: {naam}</source>
        <translation>Table: {naam}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="105"/>
        <source>{partij} ligt buiten {kaart}</source>
        <translation>{partij} lies outside {kaart}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="106"/>
        <source>{partij} bedient {n} gemeente(n) buiten {kaart}: {namen}</source>
        <translation>{partij} serves {n} municipalit(ies) outside {kaart}: {namen}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="109"/>
        <source>Partijen buiten {kaart}</source>
        <translation>Parties outside {kaart}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="110"/>
        <source>Werkgebieden die overlappen</source>
        <translation>Working areas that overlap</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="120"/>
        <location filename="../../stakeholders/model/congruence_report.py" line="122"/>
        <source>{a} ligt geheel binnen {b}</source>
        <translation>{a} lies entirely within {b}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="124"/>
        <source>{a} en {b} overlappen: {n} gemeente(n) in beide ({namen})</source>
        <translation>{a} and {b} overlap: {n} municipalit(ies) in both ({namen})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="191"/>
        <source>gemeenten van de kaart: {basis}</source>
        <translation>municipalities of the map: {basis}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="196"/>
        <source>werkgebied: {namen}</source>
        <translation>working area: {namen}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="199"/>
        <source>Waar het schuurt ({n}):</source>
        <translation>Where it chafes ({n}):</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="204"/>
        <source>niets: alles valt samen</source>
        <translation>nothing: everything coincides</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="206"/>
        <source>niets te vergelijken: er zijn geen gemeenten vastgelegd</source>
        <translation>nothing to compare: no municipalities are recorded</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/congruence_report.py" line="207"/>
        <source>Bronnen:</source>
        <translation>Sources:</translation>
    </message>
</context>
<context>
    <name>divisions</name>
    <message>
        <location filename="../../stakeholders/ui/divisions_data.py" line="33"/>
        <source>(afgeleid)</source>
        <translation>(derived)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>provincie</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>provincies</source>
        <translation>provinces</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>COROP-gebied</source>
        <translation>COROP area</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>COROP-gebieden</source>
        <translation>COROP areas</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>arbeidsmarktregio</source>
        <translation>labour market region</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>arbeidsmarktregio's</source>
        <translation>labour market regions</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>veiligheidsregio</source>
        <translation>safety region</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>veiligheidsregio's</source>
        <translation>safety regions</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>RAV-regio</source>
        <translation>RAV region (ambulance)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>RAV-regio's</source>
        <translation>RAV regions (ambulance)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>GGD-regio</source>
        <translation>GGD region</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>GGD-regio's</source>
        <translation>GGD regions</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>zorgkantoorregio</source>
        <translation>care office region</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>zorgkantoorregio's</source>
        <translation>care office regions</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>jeugdregio</source>
        <translation>youth region</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>jeugdregio's</source>
        <translation>youth regions</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>ROAZ-regio</source>
        <translation>ROAZ region</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>ROAZ-regio's</source>
        <translation>ROAZ regions</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>CBS, Gebieden in Nederland 2026 (tabel 86247NED)</source>
        <translation>CBS, Gebieden in Nederland 2026 (table 86247NED)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>CC BY 4.0</source>
        <translation>CC BY 4.0</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>Wet veiligheidsregio's (bijlage), via het coronadashboard van VWS (gm.ts, vr.ts)</source>
        <translation>Safety Regions Act (annex), through the VWS corona dashboard (gm.ts, vr.ts)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>EUPL-1.2 (bestand); de indeling zelf is wettelijk vastgelegd</source>
        <translation>EUPL-1.2 (file); the division itself is laid down by law</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>Ambulancezorg Nederland: de RAV-regio's vallen samen met de veiligheidsregio's</source>
        <translation>Ambulancezorg Nederland: the RAV regions coincide with the safety regions</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>afgeleid door de app-makers; GGD-codes en -namen: CBS Gebieden in Nederland 2022</source>
        <translation>derived by the makers of the app; GGD codes and names: CBS Gebieden in Nederland 2022</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>CC BY 4.0 (codes en namen)</source>
        <translation>CC BY 4.0 (codes and names)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/divisions.py" line="0"/>
        <source>afgeleid: de GGD-regio van de veiligheidsregio, behalve Midden- en West-Brabant (verdeeld over GGD Hart voor Brabant en GGD West-Brabant); geen bronbestand van CBS</source>
        <translation>derived: the GGD region of the safety region, except Midden- and West-Brabant (divided between GGD Hart voor Brabant and GGD West-Brabant); no CBS source file</translation>
    </message>
</context>
<context>
    <name>edits</name>
    <message>
        <location filename="../../stakeholders/model/edit_checks.py" line="104"/>
        <source>een nieuwe tafel heeft nog geen zetels, dus geen voorzitter</source>
        <translation>a new table has no seats yet, so no chair</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/edit_checks.py" line="124"/>
        <source>een mandaat is namens één partij of namens een type</source>
        <translation>a mandate is on behalf of one party or on behalf of a type</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/edit_checks.py" line="131"/>
        <source>een subregio kan alleen bij een mandaat namens een type</source>
        <translation>a sub-region is possible only with a mandate on behalf of a type</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/edits.py" line="73"/>
        <source>dit onderdeel bestaat niet meer</source>
        <translation>this element no longer exists</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/edits.py" line="167"/>
        <source>onbekend veld: {velden}</source>
        <translation>unknown field: {velden}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/edits.py" line="177"/>
        <source>verplaats een zetel door hem te verwijderen en opnieuw te maken</source>
        <translation>move a seat by removing it and making it again</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/edits.py" line="408"/>
        <source>twee eigen regels hebben dezelfde id</source>
        <translation>two own rules have the same id</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/edits.py" line="411"/>
        <source>een eigen regel heeft een id als R-REGIO-01 nodig</source>
        <translation>an own rule needs an id such as R-REGIO-01</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../stakeholders/export/divisions_page.py" line="42"/>
        <source>onbekende regio-indeling '{i}' (bekend: {bekend})</source>
        <translation>unknown regional division '{i}' (known: {bekend})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/options.py" line="42"/>
        <source>onbekend papierformaat '{p}' (auto, A4 of A3)</source>
        <translation>unknown paper size '{p}' (auto, A4 or A3)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/options.py" line="45"/>
        <source>onbekende pagina '{p}' (overzicht of kaart)</source>
        <translation>unknown page '{p}' (overzicht or kaart)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/options.py" line="48"/>
        <source>kies één tafel of een pagina per tafel, niet allebei</source>
        <translation>choose one table or a page per table, not both</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/options.py" line="50"/>
        <source>onbekende oriëntatie '{o}' (landscape of portrait)</source>
        <translation>unknown orientation '{o}' (landscape or portrait)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/options.py" line="53"/>
        <source>resolutie {d} dpi valt buiten 30-600</source>
        <translation>resolution {d} dpi is outside 30-600</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/options.py" line="69"/>
        <source>onbekend exportformaat '{s}': gebruik .pdf, .png of .svg</source>
        <translation>unknown export format '{s}': use .pdf, .png or .svg</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/options.py" line="77"/>
        <source>doelbestand: .pdf, .png of .svg</source>
        <translation>target file: .pdf, .png or .svg</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/options.py" line="79"/>
        <source>papier; auto (standaard): A4, of A3 als de namen op A4 kleiner dan 5 pt zouden worden</source>
        <translation>paper; auto (default): A4, or A3 if the names would become smaller than 5 pt on A4</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/options.py" line="82"/>
        <source>overzicht (standaard) of kaart: alleen de kaart</source>
        <translation>overzicht (overview, default) or kaart: the map only</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/options.py" line="84"/>
        <source>een pagina per tafel (namen minstens 8 pt); bij PNG en SVG een bestand per tafel: UIT-&lt;tafel-id&gt;.png</source>
        <translation>one page per table (names at least 8 pt); for PNG and SVG one file per table: OUT-&lt;table-id&gt;.png</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/options.py" line="87"/>
        <source>alleen deze tafel</source>
        <translation>this table only</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/options.py" line="89"/>
        <source>verberg namen van personen</source>
        <translation>hide names of persons</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/options.py" line="90"/>
        <source>eigen titel</source>
        <translation>own title</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/options.py" line="91"/>
        <source>eigen ondertitel</source>
        <translation>own subtitle</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/options.py" line="93"/>
        <source>toon de gemeenten per regio van deze indeling (ggd-regio, veiligheidsregio, provincie, …) op het overzicht</source>
        <translation>show the municipalities per region of this division (ggd-regio, veiligheidsregio, provincie, …) on the overview</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/options.py" line="96"/>
        <source>zet de wijzigingen sinds deze momentopname (in de .regiokaart) naast wat ontbreekt</source>
        <translation>put the changes since this snapshot (in the .regiokaart) beside what is missing</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/options.py" line="99"/>
        <source>resolutie van een PNG (standaard 150)</source>
        <translation>resolution of a PNG (default 150)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/overview.py" line="56"/>
        <source>{waar}: {n} pagina('s), {papier}, namen minstens {pt} pt</source>
        <translation>{waar}: {n} page(s), {papier}, names at least {pt} pt</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/overview.py" line="60"/>
        <source>(kaart geaggregeerd)</source>
        <translation>(map aggregated)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/overview.py" line="68"/>
        <source>onbekende tafel '{id}'</source>
        <translation>unknown table '{id}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/overview.py" line="72"/>
        <source>de kaart heeft geen tafels: een pagina per tafel kan niet</source>
        <translation>the map has no tables: a page per table is not possible</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/overview.py" line="110"/>
        <source>de PDF kan niet worden gemaakt</source>
        <translation>the PDF cannot be made</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/overview.py" line="164"/>
        <source>de PNG kan niet worden gemaakt</source>
        <translation>the PNG cannot be made</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/overview.py" line="179"/>
        <source>{pad} kan niet worden geschreven ({reden})</source>
        <translation>{pad} cannot be written ({reden})</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="158"/>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="162"/>
        <source>Naam van de kaart</source>
        <translation>Name of the map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="163"/>
        <source>Regio-indeling</source>
        <translation>Regional division</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="164"/>
        <source>Regio</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="165"/>
        <source>kies uit de regio-indeling of typ een naam</source>
        <translation>choose from the regional division or type a name</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="166"/>
        <source>Peildatum</source>
        <translation>Reference date</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="167"/>
        <source>JJJJ-MM-DD (leeg = vandaag)</source>
        <translation>YYYY-MM-DD (empty = today)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="168"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="169"/>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="170"/>
        <source>Kaart</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="175"/>
        <location filename="../../stakeholders/model/schema.py" line="205"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="176"/>
        <location filename="../../stakeholders/model/schema.py" line="206"/>
        <location filename="../../stakeholders/model/schema.py" line="260"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="177"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="178"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="179"/>
        <source>Subregio</source>
        <translation>Sub-region</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="179"/>
        <source>leeg = hele regio</source>
        <translation>empty = whole region</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="180"/>
        <source>Gemeenten</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="181"/>
        <source>Invloed (1-5)</source>
        <translation>Influence (1-5)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="182"/>
        <source>Belang (1-5)</source>
        <translation>Interest (1-5)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="183"/>
        <source>Op de parkeerplaats</source>
        <translation>In the parking area</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="184"/>
        <source>type of tafel nog niet bekend</source>
        <translation>type or table not known yet</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="185"/>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="186"/>
        <source>persoonsgegevens: blijven lokaal</source>
        <translation>personal data: stays local</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="188"/>
        <location filename="../../stakeholders/model/schema.py" line="222"/>
        <source>Partij</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="192"/>
        <source>Besluitvorming</source>
        <translation>Decision-making</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="193"/>
        <source>Verantwoordelijkheden</source>
        <translation>Responsibilities</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="195"/>
        <source>Verantwoording</source>
        <translation>Accountability</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="196"/>
        <source>Financiering</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="197"/>
        <source>Ondersteuning</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="199"/>
        <source>Burgerbetrokkenheid</source>
        <translation>Citizen involvement</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="200"/>
        <source>Gemeenteraad</source>
        <translation>Municipal council</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="201"/>
        <source>Regioanalyse</source>
        <translation>Regional analysis</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="207"/>
        <location filename="../../stakeholders/model/schema.py" line="241"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="208"/>
        <source>Bovenliggende tafel</source>
        <translation>Parent table</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="210"/>
        <source>Voorzitter (partij)</source>
        <translation>Chair (party)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="211"/>
        <source>Onafhankelijke voorzitter</source>
        <translation>Independent chair</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="212"/>
        <source>naam, 'ja' of leeg</source>
        <translation>name, 'ja' or empty</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="213"/>
        <source>Secretariaat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="214"/>
        <source>Werkgebied (gemeenten)</source>
        <translation>Working area (municipalities)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="218"/>
        <location filename="../../stakeholders/model/schema.py" line="221"/>
        <location filename="../../stakeholders/model/schema.py" line="232"/>
        <source>Tafel</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="223"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="224"/>
        <source>Ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="225"/>
        <source>Vergoeding voor deelname</source>
        <translation>Fee for taking part</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="227"/>
        <source>Zetel</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="230"/>
        <source>Mandaathouder</source>
        <translation>Mandate holder</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="231"/>
        <source>Namens</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="233"/>
        <source>Formeel vastgelegd</source>
        <translation>Formally recorded</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="234"/>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="236"/>
        <source>Mandaat</source>
        <translation>Mandate</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="239"/>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="240"/>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="243"/>
        <source>Relatie</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="246"/>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="247"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="248"/>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="249"/>
        <location filename="../../stakeholders/model/schema.py" line="261"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="250"/>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="251"/>
        <source>Bewuste keuze</source>
        <translation>Deliberate choice</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="263"/>
        <source>Momentopname</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/schema.py" line="269"/>
        <source>Vastgezet</source>
        <translation>Pinned</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/fields.py" line="81"/>
        <location filename="../../stakeholders/ui/panels/fields.py" line="87"/>
        <location filename="../../stakeholders/ui/panels/fields.py" line="93"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/fields.py" line="98"/>
        <source>alle tafels</source>
        <translation>all tables</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/fields.py" line="106"/>
        <source>hele kaart</source>
        <translation>whole map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/fields.py" line="170"/>
        <source>Alleen subregio</source>
        <translation>Sub-region only</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/fields.py" line="171"/>
        <source>leeg = overal</source>
        <translation>empty = everywhere</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/fields.py" line="182"/>
        <source>JJJJ-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>focus</name>
    <message>
        <location filename="../../stakeholders/ui/workshop/focus.py" line="33"/>
        <source>&amp;Tafelfocus (gekozen tafel)</source>
        <translation>&amp;Table focus (chosen table)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/focus.py" line="35"/>
        <source>Alleen de gekozen tafel met haar ringen, mandaten en bevindingen; Esc terug</source>
        <translation>Only the chosen table with its rings, mandates and findings; Esc goes back</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/focus.py" line="52"/>
        <source>Selecteer eerst één tafel.</source>
        <translation>Select one table first.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/focus.py" line="101"/>
        <source>Tafelfocus: {naam}</source>
        <translation>Table focus: {naam}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/focus.py" line="102"/>
        <source>open bevindingen van deze tafel</source>
        <translation>open findings of this table</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/focus.py" line="105"/>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>gexf</name>
    <message>
        <location filename="../../stakeholders/io/gexf.py" line="124"/>
        <source>{bestand} is geen GEXF-bestand (geen &lt;gexf&gt; met een &lt;graph&gt;)</source>
        <translation>{bestand} is not a GEXF file (no &lt;gexf&gt; with a &lt;graph&gt;)</translation>
    </message>
</context>
<context>
    <name>graphforeign</name>
    <message>
        <location filename="../../stakeholders/io/graphforeign.py" line="111"/>
        <source>zonder 'onderdeel': ingelezen als partij van type '{type}'</source>
        <translation>without 'onderdeel': read as a party of type '{type}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphforeign.py" line="127"/>
        <source>verbindt geen twee partijen of tafels; overgeslagen</source>
        <translation>does not connect two parties or tables; skipped</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphforeign.py" line="130"/>
        <source>verbindt een knoop met zichzelf; overgeslagen</source>
        <translation>connects a node with itself; skipped</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphforeign.py" line="150"/>
        <source>zonder 'onderdeel': ingelezen als relatie '{soort}'</source>
        <translation>without 'onderdeel': read as relation '{soort}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphforeign.py" line="193"/>
        <source>het bestand komt niet uit stakeholders: {aantal} ingelezen als partij van type 'anders'; geef ze hun type in het eigenschappenpaneel</source>
        <translation>the file does not come from stakeholders: {aantal} read as a party of type 'anders'; give them their type in the properties panel</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphforeign.py" line="198"/>
        <source>{aantal} ingelezen als partij van het type dat hun 'type' noemt</source>
        <translation>{aantal} read as a party of the type their 'type' names</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphforeign.py" line="202"/>
        <source>{aantal} ingelezen als relatie 'werkt samen met' (of de soort die hun 'type' of label noemt)</source>
        <translation>{aantal} read as relation 'werkt samen met' (or the kind their 'type' or label names)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphforeign.py" line="207"/>
        <source>nieuw id voor {aantal}: het id in het bestand is geen geldig id of bestaat al (bijvoorbeeld '{oud}' wordt '{nieuw}')</source>
        <translation>new id for {aantal}: the id in the file is not a valid id or already exists (for example '{oud}' becomes '{nieuw}')</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphforeign.py" line="212"/>
        <source>overgeslagen: {aantal} tussen twee knopen die al verbonden waren</source>
        <translation>skipped: {aantal} between two nodes that were already connected</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphforeign.py" line="217"/>
        <source>veld '{naam}' ({aantal}) kent stakeholders niet; het wordt genegeerd</source>
        <translation>stakeholders does not know field '{naam}' ({aantal}); it is ignored</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphforeign.py" line="218"/>
        <source>attribuut '{naam}' ({aantal}) kent stakeholders niet; het wordt genegeerd</source>
        <translation>stakeholders does not know attribute '{naam}' ({aantal}); it is ignored</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphforeign.py" line="227"/>
        <source>1 element</source>
        <translation>1 element</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphforeign.py" line="227"/>
        <source>{n} elementen</source>
        <translation>{n} elements</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphforeign.py" line="228"/>
        <source>1 knoop</source>
        <translation>1 node</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphforeign.py" line="228"/>
        <source>{n} knopen</source>
        <translation>{n} nodes</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphforeign.py" line="233"/>
        <source>1 connectie</source>
        <translation>1 connection</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphforeign.py" line="233"/>
        <source>{n} connecties</source>
        <translation>{n} connections</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphforeign.py" line="234"/>
        <source>1 verbinding</source>
        <translation>1 edge</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphforeign.py" line="234"/>
        <source>{n} verbindingen</source>
        <translation>{n} edges</translation>
    </message>
</context>
<context>
    <name>graphml</name>
    <message>
        <location filename="../../stakeholders/io/graphml.py" line="205"/>
        <source>{bestand} is geen GraphML-bestand (geen &lt;graphml&gt; met een &lt;graph&gt;)</source>
        <translation>{bestand} is not a GraphML file (no &lt;graphml&gt; with a &lt;graph&gt;)</translation>
    </message>
</context>
<context>
    <name>graphread</name>
    <message>
        <location filename="../../stakeholders/io/graphread.py" line="71"/>
        <source>knoop '{id}'</source>
        <translation>node '{id}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphread.py" line="72"/>
        <source>verbinding '{id}' ({van} → {naar})</source>
        <translation>edge '{id}' ({van} → {naar})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphread.py" line="154"/>
        <source>een tweede knoop met onderdeel 'kaart' wordt genegeerd</source>
        <translation>a second node with onderdeel 'kaart' is ignored</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphread.py" line="168"/>
        <source>'keuzes' is geen lijst van keuzes zoals stakeholders die schrijft</source>
        <translation>'keuzes' is not a list of choices as stakeholders writes them</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphread.py" line="247"/>
        <source>{plaats}, keuze {nr}</source>
        <translation>{plaats}, choice {nr}</translation>
    </message>
</context>
<context>
    <name>graphxml</name>
    <message>
        <location filename="../../stakeholders/io/graphxml.py" line="68"/>
        <location filename="../../stakeholders/io/graphxml.py" line="70"/>
        <source>knoop '{id}'</source>
        <translation>node '{id}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphxml.py" line="73"/>
        <source>verbinding '{id}'</source>
        <translation>edge '{id}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphxml.py" line="81"/>
        <source>{plaats}, {naam}: bevat een stuurteken dat niet in een XML-bestand past; verwijder het of sla op als .regiokaart</source>
        <translation>{plaats}, {naam}: contains a control character that does not fit in an XML file; remove it or save as .regiokaart</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphxml.py" line="149"/>
        <source>{bestand} heeft {knopen} knopen en {verbindingen} verbindingen; stakeholders leest er hoogstens {max_knopen} en {max_verbindingen}</source>
        <translation>{bestand} has {knopen} nodes and {verbindingen} edges; stakeholders reads at most {max_knopen} and {max_verbindingen}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/graphxml.py" line="167"/>
        <source>{bestand} kan niet worden gelezen als {formaat} ({reden})</source>
        <translation>{bestand} cannot be read as {formaat} ({reden})</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../stakeholders/io/importer.py" line="76"/>
        <source>blad '{blad}' heeft geen cellen (een grafiekblad) en wordt genegeerd</source>
        <translation>sheet '{blad}' has no cells (a chart sheet) and is ignored</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/importer.py" line="121"/>
        <source>onbekende sleutel '{sleutel}' wordt genegeerd</source>
        <translation>unknown key '{sleutel}' is ignored</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/importer.py" line="123"/>
        <source>sleutel '{sleutel}' staat al in rij {rij}</source>
        <translation>key '{sleutel}' is already in row {rij}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/sheets.py" line="99"/>
        <source>item {nr}</source>
        <translation>item {nr}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/sheets.py" line="100"/>
        <source>rij {rij}</source>
        <translation>row {rij}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/sheets.py" line="154"/>
        <source>onbekende kolom '{kolom}' wordt genegeerd</source>
        <translation>unknown column '{kolom}' is ignored</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/sheets.py" line="160"/>
        <source>kolom '{kolom}' komt twee keer voor</source>
        <translation>column '{kolom}' appears twice</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/sheets.py" line="170"/>
        <source>verplichte kolom '{kolom}' ontbreekt</source>
        <translation>required column '{kolom}' is missing</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/sheets.py" line="200"/>
        <source>onbekend blad '{blad}' wordt genegeerd</source>
        <translation>unknown sheet '{blad}' is ignored</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/sheets.py" line="207"/>
        <source>bladen '{a}' en '{b}' zijn allebei blad '{canoniek}'</source>
        <translation>sheets '{a}' and '{b}' are both sheet '{canoniek}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/sheets.py" line="229"/>
        <source>blad 'Partijen' ontbreekt (gevonden: {bladen}; verwacht: Kaart, Partijen, Tafels, Zetels, Mandaten, Relaties, Keuzes)</source>
        <translation>sheet 'Partijen' is missing (found: {bladen}; expected: Kaart, Partijen, Tafels, Zetels, Mandaten, Relaties, Keuzes)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/sheets.py" line="232"/>
        <source>geen bladen</source>
        <translation>no sheets</translation>
    </message>
</context>
<context>
    <name>invariants</name>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="43"/>
        <source>verplicht veld is leeg</source>
        <translation>required field is empty</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="44"/>
        <source>een {wat} heeft een {veld} nodig</source>
        <translation>a {wat} needs a {veld}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="45"/>
        <source>ongeldige id '{waarde}' (alleen letters, cijfers, '-', '_' en '.'; niet 'kaart')</source>
        <translation>invalid id '{waarde}' (only letters, digits, '-', '_' and '.'; not 'kaart')</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="47"/>
        <source>id '{waarde}' komt al voor</source>
        <translation>id '{waarde}' already exists</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="48"/>
        <source>id '{waarde}' komt al voor ({blad}, {plaats})</source>
        <translation>id '{waarde}' already exists ({blad}, {plaats})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="49"/>
        <source>onbekende partij '{waarde}'</source>
        <translation>unknown party '{waarde}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="50"/>
        <source>onbekende tafel '{waarde}'</source>
        <translation>unknown table '{waarde}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="51"/>
        <source>onbekende partij of tafel '{waarde}'</source>
        <translation>unknown party or table '{waarde}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="52"/>
        <location filename="../../stakeholders/model/invariants.py" line="54"/>
        <source>onbekend type '{waarde}'</source>
        <translation>unknown type '{waarde}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="53"/>
        <source>onbekende regel '{waarde}'</source>
        <translation>unknown rule '{waarde}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="55"/>
        <source>onbekende soort '{waarde}'</source>
        <translation>unknown kind '{waarde}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="56"/>
        <source>onbekende {wat} '{waarde}'</source>
        <translation>unknown {wat} '{waarde}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="57"/>
        <source>onbekende {wat} '{waarde}' (toegestaan: {waarden})</source>
        <translation>unknown {wat} '{waarde}' (allowed: {waarden})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="58"/>
        <source>rol '{rol}' past niet bij type '{type}' (alleen: {typen})</source>
        <translation>role '{rol}' does not fit type '{type}' (only: {typen})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="59"/>
        <source>'{waarde}' is geen CBS-gemeentecode (vorm GM0000)</source>
        <translation>'{waarde}' is not a CBS municipality code (form GM0000)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="61"/>
        <source>gemeentecode '{waarde}' komt niet voor in de CBS-lijst</source>
        <translation>municipality code '{waarde}' does not appear in the CBS list</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="63"/>
        <source>'{waarde}' is geen geheel getal van 1 tot en met 5</source>
        <translation>'{waarde}' is not a whole number from 1 to 5</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="64"/>
        <source>'{waarde}' is geen ja of nee</source>
        <translation>'{waarde}' is not yes or no</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="65"/>
        <source>'{waarde}' is geen geldige datum (gebruik JJJJ-MM-DD)</source>
        <translation>'{waarde}' is not a valid date (use YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="66"/>
        <source>'{waarde}' is geen positie (een getal tussen -10000000 en 10000000)</source>
        <translation>'{waarde}' is not a position (a number between -10000000 and 10000000)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="68"/>
        <source>kringverwijzing in bovenliggende tafels: {pad}</source>
        <translation>circular reference in parent tables: {pad}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="69"/>
        <source>voorzitter '{partij}' heeft geen zetel aan tafel '{tafel}'</source>
        <translation>chair '{partij}' has no seat at table '{tafel}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="71"/>
        <source>partij '{partij}' is voorzitter volgens Zetels, maar Tafels noemt '{andere}'</source>
        <translation>party '{partij}' is chair according to Zetels, but Tafels names '{andere}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="73"/>
        <source>tafel '{tafel}' heeft meer dan één voorzitter</source>
        <translation>table '{tafel}' has more than one chair</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="74"/>
        <source>partij '{partij}' heeft al een zetel aan tafel '{tafel}'</source>
        <translation>party '{partij}' already has a seat at table '{tafel}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="76"/>
        <source>partij '{partij}' heeft al een zetel aan tafel '{tafel}' ({plaats})</source>
        <translation>party '{partij}' already has a seat at table '{tafel}' ({plaats})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="78"/>
        <source>houder en namens zijn dezelfde partij</source>
        <translation>holder and on-behalf-of are the same party</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="79"/>
        <source>mandaat verlopen op {datum} (peildatum {peildatum}); het telt niet mee</source>
        <translation>mandate expired on {datum} (reference date {peildatum}); it does not count</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="81"/>
        <source>houder '{partij}' heeft geen zetel aan tafel '{tafel}'; het mandaat telt daar niet mee</source>
        <translation>holder '{partij}' has no seat at table '{tafel}'; the mandate does not count there</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="83"/>
        <source>geen partij heeft subregio '{subregio}'</source>
        <translation>no party has sub-region '{subregio}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="84"/>
        <source>keuze voor {regel} / {onderwerp} bestaat al</source>
        <translation>choice for {regel} / {onderwerp} already exists</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="85"/>
        <source>keuze voor {regel} / {onderwerp} staat al in {plaats}</source>
        <translation>choice for {regel} / {onderwerp} is already in {plaats}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="87"/>
        <source>tekst van {n} tekens is te lang (hoogstens {max})</source>
        <translation>text of {n} characters is too long (at most {max})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="89"/>
        <source>tekst bevat een ongeldig teken (een losse UTF-16-surrogaat)</source>
        <translation>text contains an invalid character (a lone UTF-16 surrogate)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/invariants.py" line="120"/>
        <source>; bedoelt u '{suggestie}'?</source>
        <translation>; did you mean '{suggestie}'?</translation>
    </message>
</context>
<context>
    <name>io</name>
    <message>
        <location filename="../../stakeholders/app.py" line="48"/>
        <location filename="../../stakeholders/io/formats.py" line="92"/>
        <source>bestand of map bestaat niet: {pad}</source>
        <translation>file or folder does not exist: {pad}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/formats.py" line="86"/>
        <source>het opslaan van {pad} is onderbroken; de volledige nieuwe versie staat in '{nieuw}'. Open de map in stakeholders om hem te herstellen, of hernoem '{nieuw}' naar '{naam}'</source>
        <translation>saving {pad} was interrupted; the complete new version is in '{nieuw}'. Open the map in stakeholders to restore it, or rename '{nieuw}' to '{naam}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/formats.py" line="106"/>
        <source>het oude .xls-formaat wordt niet ondersteund; sla het werkboek op als .xlsx</source>
        <translation>the old .xls format is not supported; save the workbook as .xlsx</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/formats.py" line="108"/>
        <source>onbekend bestandstype '{type}'</source>
        <translation>unknown file type '{type}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/formats.py" line="124"/>
        <source>{pad} is een map, geen bestand; kies een andere naam</source>
        <translation>{pad} is a folder, not a file; choose another name</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/formats.py" line="127"/>
        <source>{pad} is een bestand, geen map; kies een andere naam voor de CSV-map</source>
        <translation>{pad} is a file, not a folder; choose another name for the CSV folder</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/formats.py" line="134"/>
        <source>de map {pad} bevat ook andere bestanden ({namen}); kies een lege map of een nieuwe naam</source>
        <translation>the folder {pad} also holds other files ({namen}); choose an empty folder or a new name</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/formats.py" line="160"/>
        <source>onbekend doelformaat voor {pad}: gebruik .regiokaart, .xlsx, een map (eindigend op /), .graphml, .gexf, .kumu.json of .kumu.xlsx</source>
        <translation>unknown target format for {pad}: use .regiokaart, .xlsx, a folder (ending in /), .graphml, .gexf, .kumu.json or .kumu.xlsx</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/formats.py" line="164"/>
        <source>{pad} kan niet worden geschreven ({reden})</source>
        <translation>{pad} cannot be written ({reden})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/lock.py" line="59"/>
        <source>door {wie} op {computer} sinds {tijd}</source>
        <translation>by {wie} on {computer} since {tijd}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/lock.py" line="67"/>
        <source>{bestand} is geopend {door}</source>
        <translation>{bestand} is open {door}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/spreadsheet.py" line="69"/>
        <source>{blad}, rij {rij}: bevat een stuurteken dat niet in een Excel-werkboek past; verwijder het of sla op als .regiokaart of CSV</source>
        <translation>{blad}, row {rij}: contains a control character that does not fit in an Excel workbook; remove it or save as .regiokaart or CSV</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/workbook.py" line="52"/>
        <source>bestand kan niet worden gelezen als Excel-werkboek of CSV ({reden})</source>
        <translation>file cannot be read as an Excel workbook or CSV ({reden})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/workbook.py" line="74"/>
        <source>te groot om te lezen</source>
        <translation>too large to read</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/workbook.py" line="92"/>
        <source>blad '{blad}' heeft meer dan {max} rijen of cellen</source>
        <translation>sheet '{blad}' has more than {max} rows or cells</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/workbook.py" line="97"/>
        <source>blad '{blad}' heeft meer dan {max} kolommen</source>
        <translation>sheet '{blad}' has more than {max} columns</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/workbook.py" line="206"/>
        <source>{bestand} heeft meer dan {rijen} rijen of {kolommen} kolommen</source>
        <translation>{bestand} has more than {rijen} rows or {kolommen} columns</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/workbook.py" line="225"/>
        <source>de map {map} heeft {n} CSV-bestanden van samen {mb} MB (hoogstens {max} bestanden, {maxmb} MB)</source>
        <translation>the folder {map} has {n} CSV files of {mb} MB together (at most {max} files, {maxmb} MB)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/writecheck.py" line="40"/>
        <source>{blad}, rij {rij}, kolom {kolom}</source>
        <translation>{blad}, row {rij}, column {kolom}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/writecheck.py" line="41"/>
        <source>{blad}, rij {rij}</source>
        <translation>{blad}, row {rij}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/writecheck.py" line="43"/>
        <source>{plaats}: {reden}; sla op als .regiokaart, dat alles bewaart</source>
        <translation>{plaats}: {reden}; save as .regiokaart, which keeps everything</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/writecheck.py" line="50"/>
        <source>tekst van {n} tekens past niet in een cel (hoogstens {max})</source>
        <translation>text of {n} characters does not fit in a cell (at most {max})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/writecheck.py" line="53"/>
        <source>bevat een stuurteken of ongeldig teken dat niet in een Excel-werkboek past</source>
        <translation>contains a control character or invalid character that does not fit in an Excel workbook</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/writecheck.py" line="56"/>
        <source>datum {datum} ligt voor 1900; Excel kan die niet bewaren</source>
        <translation>date {datum} lies before 1900; Excel cannot keep it</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/xlsxcheck.py" line="54"/>
        <source>{bestand}: {reden}</source>
        <translation>{bestand}: {reden}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/xlsxcheck.py" line="66"/>
        <source>het is versleuteld (met een wachtwoord beveiligd) of in het oude .xls-formaat; sla het in Excel op als .xlsx zonder wachtwoord</source>
        <translation>it is encrypted (protected with a password) or in the old .xls format; save it in Excel as .xlsx without a password</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/xlsxcheck.py" line="80"/>
        <source>het bestand is beschadigd of geen zip-pakket ({reden})</source>
        <translation>the file is damaged or not a zip package ({reden})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/xlsxcheck.py" line="87"/>
        <source>het heeft {n} onderdelen (hoogstens {max})</source>
        <translation>it has {n} parts (at most {max})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/xlsxcheck.py" line="93"/>
        <source>onderdeel '{naam}' is versleuteld</source>
        <translation>part '{naam}' is encrypted</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/xlsxcheck.py" line="96"/>
        <source>onderdeel '{naam}' komt twee keer voor</source>
        <translation>part '{naam}' appears twice</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/xlsxcheck.py" line="101"/>
        <source>uitgepakt zou het {mb} MB zijn (hoogstens {max} MB)</source>
        <translation>unpacked it would be {mb} MB (at most {max} MB)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/xlsxcheck.py" line="129"/>
        <source>onderdeel '{naam}' bevat een DTD of entiteiten; die worden nooit gelezen</source>
        <translation>part '{naam}' contains a DTD or entities; those are never read</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/xlsxcheck.py" line="137"/>
        <source>het heeft meer dan {max} cellen</source>
        <translation>it has more than {max} cells</translation>
    </message>
</context>
<context>
    <name>kind_rules</name>
    <message>
        <location filename="../../stakeholders/ui/kind_rules_text.py" line="17"/>
        <source>{eerste} en {laatste}</source>
        <translation>{eerste} and {laatste}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/kind_rules_text.py" line="26"/>
        <source>geen eigen regels: alleen de regels voor de hele kaart</source>
        <translation>no rules of its own: only the rules for the whole map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/kind_rules_text.py" line="27"/>
        <source>{themas}: {n} regels ({vereist} vereist), volgens {bases}</source>
        <translation>{themas}: {n} rules ({vereist} required), based on {bases}</translation>
    </message>
</context>
<context>
    <name>kumu</name>
    <message>
        <location filename="../../stakeholders/io/kumu.py" line="73"/>
        <source>element '{id}'</source>
        <translation>element '{id}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/kumu.py" line="74"/>
        <source>connectie '{id}' ({van} → {naar})</source>
        <translation>connection '{id}' ({van} → {naar})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/kumu.py" line="167"/>
        <source>{blad}, rij {rij}: bevat een stuurteken dat niet in een Excel-werkboek past; verwijder het of sla op als .regiokaart</source>
        <translation>{blad}, row {rij}: contains a control character that does not fit in an Excel workbook; remove it or save as .regiokaart</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/kumu.py" line="259"/>
        <source>{bestand} is geen UTF-8-tekst</source>
        <translation>{bestand} is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/kumu.py" line="262"/>
        <source>{bestand} is geen geldige JSON (regel {regel}, kolom {kolom}: {reden})</source>
        <translation>{bestand} is not valid JSON (line {regel}, column {kolom}: {reden})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/kumu.py" line="269"/>
        <source>{bestand} is geen Kumu-bestand: verwacht een object met de lijsten 'elements' en 'connections'</source>
        <translation>{bestand} is not a Kumu file: expected an object with the lists 'elements' and 'connections'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/kumu.py" line="304"/>
        <source>{bestand} heeft geen blad 'Elements' (gevonden: {bladen})</source>
        <translation>{bestand} has no sheet 'Elements' (found: {bladen})</translation>
    </message>
</context>
<context>
    <name>limits</name>
    <message>
        <location filename="../../stakeholders/io/limits.py" line="64"/>
        <source>{bestand} is te groot ({mb} MB; stakeholders leest kaarten tot {max} MB)</source>
        <translation>{bestand} is too large ({mb} MB; stakeholders reads maps up to {max} MB)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/limits.py" line="74"/>
        <source>de naam '{naam}…' is langer dan {max} bytes; geen bestandssysteem kan die bewaren</source>
        <translation>the name '{naam}…' is longer than {max} bytes; no file system can keep it</translation>
    </message>
</context>
<context>
    <name>loading</name>
    <message>
        <location filename="../../stakeholders/ui/loading.py" line="77"/>
        <source>Bestand lezen…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/loading.py" line="91"/>
        <source>Partijen en tafels schikken…</source>
        <translation>Arranging parties and tables…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/loading.py" line="135"/>
        <source>Kaart tekenen…</source>
        <translation>Drawing the map…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/loading.py" line="151"/>
        <source>Kaart openen</source>
        <translation>Open map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/loading.py" line="152"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>matrix</name>
    <message>
        <location filename="../../stakeholders/io/matrix_xlsx.py" line="41"/>
        <location filename="../../stakeholders/io/matrix_xlsx.py" line="47"/>
        <location filename="../../stakeholders/ui/views/matrix_model.py" line="108"/>
        <source>Partij</source>
        <translation>Party</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/matrix_xlsx.py" line="41"/>
        <location filename="../../stakeholders/io/matrix_xlsx.py" line="47"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/matrix_xlsx.py" line="42"/>
        <location filename="../../stakeholders/io/matrix_xlsx.py" line="47"/>
        <location filename="../../stakeholders/ui/views/matrix_model.py" line="108"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/matrix_xlsx.py" line="42"/>
        <location filename="../../stakeholders/io/matrix_xlsx.py" line="47"/>
        <location filename="../../stakeholders/ui/views/matrix_model.py" line="108"/>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/matrix.py" line="42"/>
        <source>namens {wie}</source>
        <translation>on behalf of {wie}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/matrix.py" line="75"/>
        <source>alle {type}</source>
        <translation>all {type}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/matrix.py" line="70"/>
        <source>— geen zetel —</source>
        <translation>— no seat —</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/matrix.py" line="107"/>
        <source>Zoek partij…</source>
        <translation>Find party…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/matrix.py" line="109"/>
        <source>Alle typen</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/matrix.py" line="111"/>
        <source>Alle domeinen</source>
        <translation>All domains</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/matrix.py" line="113"/>
        <location filename="../../stakeholders/ui/views/matrix.py" line="167"/>
        <source>Alle tafels</source>
        <translation>All tables</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/matrix.py" line="114"/>
        <source>Exporteren naar Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/matrix.py" line="226"/>
        <source>Zetel wijzigen</source>
        <translation>Change seat</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/matrix.py" line="251"/>
        <source>kaart</source>
        <translation>map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/matrix.py" line="253"/>
        <source>Matrix exporteren naar Excel</source>
        <translation>Export matrix to Excel</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/matrix.py" line="265"/>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/matrix.py" line="265"/>
        <source>{bestand} kon niet worden geschreven: {reden}</source>
        <translation>{bestand} could not be written: {reden}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/matrix.py" line="269"/>
        <source>Matrix geëxporteerd naar {bestand}</source>
        <translation>Matrix exported to {bestand}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/matrix.py" line="286"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/matrix.py" line="295"/>
        <source>&amp;Matrix (partijen × tafels)</source>
        <translation>&amp;Matrix (parties × tables)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/matrix.py" line="296"/>
        <source>Wie zit aan welke tafel, met rol, ring en mandaat</source>
        <translation>Who sits at which table, with role, ring and mandate</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/matrix.py" line="297"/>
        <source>Matrix exporteren naar Excel…</source>
        <translation>Export matrix to Excel…</translation>
    </message>
</context>
<context>
    <name>overview</name>
    <message>
        <location filename="../../stakeholders/export/aggregate.py" line="75"/>
        <source>per tafel en type</source>
        <translation>per table and type</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/aggregate.py" line="75"/>
        <source>per tafel en domein</source>
        <translation>per table and domain</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/aggregate.py" line="76"/>
        <source>per domein</source>
        <translation>per domain</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/aggregate.py" line="116"/>
        <source>Geaggregeerd: de {n} partijen staan {hoe} samengevoegd ({k} knopen); de kaart per partij staat in het programma.</source>
        <translation>Aggregated: the {n} parties are merged {hoe} ({k} nodes); the map per party is in the application.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/blocks.py" line="52"/>
        <source>Geen bevindingen: alles wat de regels vragen is er.</source>
        <translation>No findings: everything the rules ask for is there.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/blocks.py" line="76"/>
        <source>Bewuste keuze</source>
        <translation>Deliberate choice</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/blocks.py" line="88"/>
        <source>… en {n} bevindingen meer: zie stakeholders check.</source>
        <translation>… and {n} more findings: see stakeholders check.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/blocks.py" line="98"/>
        <source>Wijzigingen en wat ontbreekt</source>
        <translation>Changes and what is missing</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/blocks.py" line="98"/>
        <source>Wat ontbreekt</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/blocks.py" line="125"/>
        <source>kopgroep {k} · tweede ring {t}</source>
        <translation>core group {k} · second ring {t}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/blocks.py" line="127"/>
        <source>toehoorders {n}</source>
        <translation>observers {n}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/blocks.py" line="131"/>
        <source>voorzitter: {naam}</source>
        <translation>chair: {naam}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/blocks.py" line="132"/>
        <source>initiatiefnemers: {namen}</source>
        <translation>initiators: {namen}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/blocks.py" line="133"/>
        <source>werkgebied: {gemeenten}</source>
        <translation>working area: {gemeenten}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/blocks.py" line="135"/>
        <source>Geen tafels.</source>
        <translation>No tables.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/blocks.py" line="140"/>
        <source>Tafels</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/blocks.py" line="151"/>
        <source>Domeinen aan tafel</source>
        <translation>Domains at the table</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/blocks.py" line="154"/>
        <source>vol = zit aan tafel · gearceerd = alleen via mandaat · leeg = ontbreekt</source>
        <translation>solid = at the table · hatched = only through a mandate · empty = missing</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/blocks.py" line="206"/>
        <source>… en {n} tafels meer</source>
        <translation>… and {n} more tables</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/changes_block.py" line="50"/>
        <location filename="../../stakeholders/export/content.py" line="128"/>
        <location filename="../../stakeholders/export/content.py" line="187"/>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/changes_block.py" line="51"/>
        <source>de kaart heeft geen momentopname '{naam}' (momentopnamen: {bekend})</source>
        <translation>the map has no snapshot '{naam}' (snapshots: {bekend})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/changes_block.py" line="55"/>
        <source>de kaart nu</source>
        <translation>the map now</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/changes_block.py" line="64"/>
        <source>opgelost</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/changes_block.py" line="64"/>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/changes_block.py" line="65"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/changes_block.py" line="70"/>
        <source>Bevinding {hoe}: {tekst}</source>
        <translation>Finding {hoe}: {tekst}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/changes_block.py" line="72"/>
        <source>Wijzigingen sinds {naam}</source>
        <translation>Changes since {naam}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/changes_block.py" line="82"/>
        <source>Geen verschillen.</source>
        <translation>No differences.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/changes_block.py" line="89"/>
        <source>Wat ontbreekt nu</source>
        <translation>What is missing now</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/content.py" line="125"/>
        <source>onafhankelijke voorzitter</source>
        <translation>independent chair</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/content.py" line="127"/>
        <source>{naam} (onafhankelijk)</source>
        <translation>{naam} (independent)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/content.py" line="153"/>
        <source>Regiokaart</source>
        <translation>Regional map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/content.py" line="165"/>
        <source>peildatum {datum}</source>
        <translation>reference date {datum}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/content.py" line="167"/>
        <source>versie {versie}</source>
        <translation>version {versie}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/content.py" line="169"/>
        <source>auteur {naam}</source>
        <translation>author {naam}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/content.py" line="173"/>
        <source>de kaart</source>
        <translation>the map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/content.py" line="208"/>
        <source>Bronnen van de signaleringen: {bronnen}. </source>
        <translation>Sources of the flags: {bronnen}. </translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/content.py" line="210"/>
        <source>Gemaakt op {datum} met stakeholders {versie}. </source>
        <translation>Made on {datum} with stakeholders {versie}. </translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/content.py" line="212"/>
        <source>Namen van personen zijn weggelaten (anoniem). </source>
        <translation>Names of persons are left out (anonymous). </translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/content.py" line="214"/>
        <source>Gemeentecodes: CBS, CC BY 4.0.</source>
        <translation>Municipality codes: CBS, CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/legend.py" line="44"/>
        <source>tafel</source>
        <translation>table</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/legend.py" line="45"/>
        <source>zetel, kopgroep</source>
        <translation>seat, core group</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/legend.py" line="45"/>
        <source>zetel, tweede ring</source>
        <translation>seat, second ring</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/legend.py" line="46"/>
        <source>toehoorder</source>
        <translation>observer</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/legend.py" line="46"/>
        <source>mandaat (formeel)</source>
        <translation>mandate (formal)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/legend.py" line="47"/>
        <source>mandaat (informeel)</source>
        <translation>mandate (informal)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/legend.py" line="48"/>
        <source>mandaat (verlopen)</source>
        <translation>mandate (expired)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/legend.py" line="48"/>
        <source>relatie</source>
        <translation>relation</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/legend.py" line="49"/>
        <source>onderdeel van (subtafel)</source>
        <translation>part of (sub-table)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/legend.py" line="53"/>
        <source>open bevinding: {niveau}</source>
        <translation>open finding: {niveau}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/legend.py" line="61"/>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/page.py" line="271"/>
        <source>{n} open bevinding(en)</source>
        <translation>{n} open finding(s)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/page.py" line="272"/>
        <source>{n} bewuste keuze(s)</source>
        <translation>{n} deliberate choice(s)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/page.py" line="301"/>
        <source>(lege kaart)</source>
        <translation>(empty map)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/plan.py" line="71"/>
        <source>Papier {papier}; namen {pt} pt.</source>
        <translation>Paper {papier}; names {pt} pt.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/plan.py" line="73"/>
        <source>Papier A3, automatisch gekozen: op A4 zou tekst kleiner dan {min} pt worden (namen nu {pt} pt).</source>
        <translation>Paper A3, chosen automatically: on A4 text would become smaller than {min} pt (names now {pt} pt).</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/plan.py" line="75"/>
        <source>Papier {papier}, automatisch gekozen; namen {pt} pt.</source>
        <translation>Paper {papier}, chosen automatically; names {pt} pt.</translation>
    </message>
</context>
<context>
    <name>parking</name>
    <message>
        <location filename="../../stakeholders/ui/workshop/parking.py" line="58"/>
        <source>Naar de &amp;parkeerplaats / terug</source>
        <translation>To the &amp;parking area / back</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/parking.py" line="59"/>
        <source>Partijen waarvan type of tafel nog niet bekend is opzij zetten (en terug)</source>
        <translation>Put parties whose type or table is not known yet aside (and back)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/parking.py" line="72"/>
        <source>Selecteer eerst een of meer partijen.</source>
        <translation>Select one or more parties first.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/parking.py" line="75"/>
        <source>Naar de parkeerplaats</source>
        <translation>To the parking area</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/parking.py" line="75"/>
        <source>Van de parkeerplaats</source>
        <translation>From the parking area</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/parking.py" line="114"/>
        <source>Parkeerplaats ({n})</source>
        <translation>Parking area ({n})</translation>
    </message>
</context>
<context>
    <name>power</name>
    <message>
        <location filename="../../stakeholders/export/power_interest.py" line="48"/>
        <source>nauw betrekken</source>
        <translation>manage closely</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/power_interest.py" line="48"/>
        <source>tevreden houden</source>
        <translation>keep satisfied</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/power_interest.py" line="49"/>
        <source>informeren</source>
        <translation>keep informed</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/power_interest.py" line="49"/>
        <source>monitoren</source>
        <translation>monitor</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/power_interest.py" line="212"/>
        <source>Belang →</source>
        <translation>Interest →</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/power_interest.py" line="217"/>
        <source>Invloed →</source>
        <translation>Influence →</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/power_interest.py" line="223"/>
        <source>Nog niet gescoord (sleep een partij naar het raster):</source>
        <translation>Not scored yet (drag a party onto the grid):</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/power_interest.py" line="264"/>
        <location filename="../../stakeholders/ui/views/power.py" line="205"/>
        <source>Invloed en belang</source>
        <translation>Influence and interest</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/power.py" line="76"/>
        <source>{naam}: invloed {i}, belang {b}</source>
        <translation>{naam}: influence {i}, interest {b}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/power.py" line="142"/>
        <source>Exporteren als PNG of SVG…</source>
        <translation>Export as PNG or SVG…</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/power.py" line="166"/>
        <source>Invloed en belang wijzigen</source>
        <translation>Change influence and interest</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/power.py" line="170"/>
        <source>kaart</source>
        <translation>map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/power.py" line="172"/>
        <source>Invloed en belang exporteren</source>
        <translation>Export influence and interest</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/power.py" line="185"/>
        <source>Exporteren mislukt</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/power.py" line="185"/>
        <source>{bestand} kon niet worden geschreven: {reden}</source>
        <translation>{bestand} could not be written: {reden}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/power.py" line="189"/>
        <source>Invloed en belang geëxporteerd naar {bestand}</source>
        <translation>Influence and interest exported to {bestand}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/power.py" line="211"/>
        <source>&amp;Invloed en belang</source>
        <translation>&amp;Influence and interest</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/views/power.py" line="212"/>
        <source>Partijen naar invloed en belang, met wat u met elk kwadrant doet</source>
        <translation>Parties by influence and interest, with what to do in each quadrant</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../stakeholders/io/problems.py" line="56"/>
        <source>attribuut {naam}</source>
        <translation>attribute {naam}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/problems.py" line="57"/>
        <source>veld {naam}</source>
        <translation>field {naam}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/problems.py" line="65"/>
        <source>item {nr}</source>
        <translation>item {nr}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/problems.py" line="67"/>
        <source>veld {veld}</source>
        <translation>field {veld}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/problems.py" line="71"/>
        <source>rij {rij}</source>
        <translation>row {rij}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/problems.py" line="73"/>
        <source>kolom {kolom}</source>
        <translation>column {kolom}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/problems.py" line="106"/>
        <source>onbekende fout</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/problems.py" line="107"/>
        <source>{n} fout(en) in {pad}; eerste: {eerste}</source>
        <translation>{n} error(s) in {pad}; first: {eerste}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/problems.py" line="108"/>
        <source>de kaart</source>
        <translation>the map</translation>
    </message>
</context>
<context>
    <name>regiokaart</name>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="147"/>
        <source>de kaart zou {mb} MB worden, meer dan de {max} MB die stakeholders leest; verwijder oude momentopnamen en sla opnieuw op</source>
        <translation>the map would become {mb} MB, more than the {max} MB stakeholders reads; remove old snapshots and save again</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="172"/>
        <location filename="../../stakeholders/io/regiokaart.py" line="366"/>
        <source>{bestand}: '{sectie}' moet een lijst zijn</source>
        <translation>{bestand}: '{sectie}' must be a list</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="189"/>
        <source>{bestand}: {sectie}[{nr}] moet een object zijn</source>
        <translation>{bestand}: {sectie}[{nr}] must be an object</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="203"/>
        <source>{bestand}: 'eigen-regels' moet een lijst van objecten zijn</source>
        <translation>{bestand}: 'eigen-regels' must be a list of objects</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="209"/>
        <source>{bestand}: eigen-regels: {melding}</source>
        <translation>{bestand}: own rules: {melding}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="223"/>
        <source> (in het object met id '{id}')</source>
        <translation> (in the object with id '{id}')</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="225"/>
        <source>sleutel '{sleutel}' komt twee keer voor in één object{waar}; welke waarde bedoeld is, is niet te zeggen</source>
        <translation>key '{sleutel}' appears twice in one object{waar}; which value is meant cannot be told</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="234"/>
        <source>getal van {n} cijfers is te groot</source>
        <translation>number of {n} digits is too large</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="240"/>
        <source>getal van {n} tekens is te lang</source>
        <translation>number of {n} characters is too long</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="243"/>
        <source>getal '{getal}…' is te groot</source>
        <translation>number '{getal}…' is too large</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="248"/>
        <source>'{waarde}' is geen getal</source>
        <translation>'{waarde}' is not a number</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="273"/>
        <source>{bestand} is geen geldige regiokaart: {reden}</source>
        <translation>{bestand} is not a valid regional map: {reden}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="279"/>
        <source>{bestand} is geen geldige regiokaart (JSON-fout op regel {regel}, kolom {kolom}: {reden})</source>
        <translation>{bestand} is not a valid regional map (JSON error at line {regel}, column {kolom}: {reden})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="290"/>
        <source>{bestand} is geen geldige regiokaart: lijsten en objecten zijn dieper genest dan {max} niveaus</source>
        <translation>{bestand} is not a valid regional map: lists and objects are nested deeper than {max} levels</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="300"/>
        <source>{bestand} is geen regiokaart van stakeholders</source>
        <translation>{bestand} is not a stakeholders regional map</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="304"/>
        <source>{bestand}: ongeldige formaatversie '{versie}'</source>
        <translation>{bestand}: invalid format version '{versie}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="308"/>
        <source>{bestand} is gemaakt met een nieuwere versie van stakeholders (formaatversie {versie}; deze versie leest tot en met {ondersteund}). Werk stakeholders bij om deze kaart te openen; het bestand is niet gewijzigd.</source>
        <translation>{bestand} was made with a newer version of stakeholders (format version {versie}; this version reads up to {ondersteund}). Update stakeholders to open this map; the file has not been changed.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="326"/>
        <source>{bestand}: 'kaart' moet een object zijn</source>
        <translation>{bestand}: 'kaart' must be an object</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="343"/>
        <source>onbekend onderdeel '{sleutel}' wordt genegeerd</source>
        <translation>unknown section '{sleutel}' is ignored</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="373"/>
        <source>moet een object zijn</source>
        <translation>must be an object</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="378"/>
        <source>er is al een momentopname '{naam}'</source>
        <translation>there already is a snapshot '{naam}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="381"/>
        <source>momentopname '{naam}'</source>
        <translation>snapshot '{naam}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="382"/>
        <source>{sectie}, item {nr}</source>
        <translation>{sectie}, item {nr}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="448"/>
        <source>{bestand} kan niet worden gelezen ({reden})</source>
        <translation>{bestand} cannot be read ({reden})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/regiokaart.py" line="453"/>
        <source>{bestand} is geen UTF-8-tekst (byte {positie})</source>
        <translation>{bestand} is not UTF-8 text (byte {positie})</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../stakeholders/rules/catalogue.py" line="217"/>
        <source>regel {n}</source>
        <translation>rule {n}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/catalogue.py" line="221"/>
        <source>{waar}: meldingen, oplossing en bron moeten tekst zijn</source>
        <translation>{waar}: messages, fix and source must be text</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/catalogue.py" line="229"/>
        <source>{waar}: ongeldige regel ({reden})</source>
        <translation>{waar}: invalid rule ({reden})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/catalogue.py" line="233"/>
        <source>regel-id bestaat al in de catalogus: {ids}</source>
        <translation>rule id already exists in the catalogue: {ids}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/catalogue.py" line="299"/>
        <source>onbekende groep '{groep}'</source>
        <translation>unknown group '{groep}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/catalogue.py" line="301"/>
        <source>groep '{groep}' bevat zichzelf</source>
        <translation>group '{groep}' contains itself</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/catalogue.py" line="306"/>
        <source>groep '{groep}': onbekend domein '{domein}'</source>
        <translation>group '{groep}': unknown domain '{domein}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/catalogue.py" line="313"/>
        <source>groep '{groep}': onbekend type {typen}</source>
        <translation>group '{groep}': unknown type {typen}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/catalogue.py" line="338"/>
        <source>{waar}: '{sleutel}' ontbreekt</source>
        <translation>{waar}: '{sleutel}' is missing</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/catalogue.py" line="342"/>
        <source>{regel}: onbekend niveau '{niveau}'</source>
        <translation>{regel}: unknown level '{niveau}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/catalogue.py" line="346"/>
        <source>{regel}: onbekende basis '{basis}'</source>
        <translation>{regel}: unknown basis '{basis}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/catalogue.py" line="350"/>
        <source>{regel}: onbekend thema '{thema}'</source>
        <translation>{regel}: unknown theme '{thema}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/catalogue.py" line="355"/>
        <source>{regel}: onbekende tafelsoort '{soort}'</source>
        <translation>{regel}: unknown table kind '{soort}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/catalogue.py" line="360"/>
        <source>{regel}: onbekend onderwerp '{onderwerp}'</source>
        <translation>{regel}: unknown subject '{onderwerp}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/catalogue.py" line="410"/>
        <source>{bestand}: [[rules]] ontbreekt</source>
        <translation>{bestand}: [[rules]] is missing</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/catalogue.py" line="435"/>
        <source>{bestand}: [{sleutel}] moet een tabel zijn</source>
        <translation>{bestand}: [{sleutel}] must be a table</translation>
    </message>
    <message>
        <location filename="../../stakeholders/rules/catalogue.py" line="447"/>
        <source>{bestand}: labels ontbreken voor {namen}</source>
        <translation>{bestand}: labels are missing for {namen}</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Geef de marktleider een zetel met de rol initiatiefnemer bij deze tafel, of geef de juiste zorgverzekeraar de rol marktleider.</source>
        <translation>Give the market leader a seat with the role initiator at this table, or give the right health insurer the role market leader.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Laat de gemeenten één gemeente aanwijzen: geef alleen die gemeente de rol aangewezen gemeente en een zetel met de rol initiatiefnemer, en leg de mandaten van de andere gemeenten vast.</source>
        <translation>Let the municipalities designate one municipality: give only that municipality the role designated municipality and a seat with the role initiator, and record the mandates of the other municipalities.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Nodig de ontbrekende groep uit of leg een mandaat vast van een partij die namens die groep aan tafel zit.</source>
        <translation>Invite the missing group, or record a mandate of a party that sits at the table on behalf of that group.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Betrek een regionale patiëntenorganisatie (bijvoorbeeld Zorgbelang), een burgerraad of een partij met mandaat van hen.</source>
        <translation>Involve a regional patient organisation (for example Zorgbelang), a citizens' council or a party with a mandate from them.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Nodig een regionale patiëntenorganisatie of burgerraad uit, of leg hun mandaat vast bij een partij die aan tafel zit.</source>
        <translation>Invite a regional patient organisation or citizens' council, or record their mandate with a party at the table.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Nodig een welzijnsorganisatie uit, of leg het mandaat van de welzijnsorganisaties vast bij een partij die aan tafel zit.</source>
        <translation>Invite a welfare organisation, or record the mandate of the welfare organisations with a party at the table.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Betrek een partij uit het sociaal domein, zoals welzijn, een woningcorporatie, een wijkteam, jeugdhulp of werk en inkomen.</source>
        <translation>Involve a party from the social domain, such as welfare, a housing corporation, a neighbourhood team, youth care or work and income.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Laat de organisaties één gemandateerd aanspreekpunt aanwijzen (RHO, regionale paramedische organisatie of RAO) met een mandaat voor de hele regio, en geef dat aanspreekpunt een zetel bij deze tafel.</source>
        <translation>Let the organisations designate one mandated point of contact (RHO, regional paramedical organisation or RAO) with a mandate for the whole region, and give that point of contact a seat at this table.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Geef het zorgkantoor van de regio een zetel (ook in de tweede ring kan), of leg een mandaat namens het zorgkantoor vast.</source>
        <translation>Give the region's care office a seat (the second ring will do), or record a mandate on behalf of the care office.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Zorg dat minstens één organisatie (bijvoorbeeld een ziekenhuis of de zorgverzekeraar) zowel bij deze tafel als bij het ROAZ zit.</source>
        <translation>Make sure at least one organisation (for example a hospital or the health insurer) sits both at this table and at the ROAZ.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Controleer in het regioplan per opgave: welke partijen, welke oplossingen, op welke schaal, welke (meetbare) resultaatafspraken en hoe de voortgang zichtbaar wordt.</source>
        <translation>Check in the regional plan for each task: which parties, which solutions, at what scale, which (measurable) agreements on results and how progress becomes visible.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Doet een van de tafels het IZA-werk, geef die dan de soort IZA-regiotafel; anders: voeg de tafel toe waar regiobeeld en regioplan worden gemaakt.</source>
        <translation>If one of the tables does the IZA work, give it the kind IZA regional table; otherwise add the table where the regional picture and regional plan are made.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Leg vast dat de aangewezen gemeente (of een andere gemeente aan tafel) namens deze gemeenten spreekt, of geef ze een zetel.</source>
        <translation>Record that the designated municipality (or another municipality at the table) speaks on behalf of these municipalities, or give them a seat.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Zorg dat zowel gemeenten als zorgverzekeraars bij de preventietafel zitten of daar met een mandaat vertegenwoordigd zijn.</source>
        <translation>Make sure both municipalities and health insurers sit at the prevention table or are represented there by a mandate.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Nodig de GGD uit voor de preventietafel.</source>
        <translation>Invite the GGD to the prevention table.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Leg een gemeente vast als voorzitter of als initiatiefnemer van de preventietafel.</source>
        <translation>Record a municipality as chair or as initiator of the prevention table.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Vul bij de tafel de gedeelde regioanalyse in (veld Regioanalyse) en bij de kaart de regio.</source>
        <translation>Fill in the shared regional analysis at the table (field Regioanalyse) and the region at the map.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Betrek zorgaanbieders, sociale partners (werkgevers en werknemers) en opleidingsinstituten bij de preventieagenda.</source>
        <translation>Involve care providers, social partners (employers and employees) and training institutes in the prevention agenda.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Leg het traumacentrum van de ROAZ-regio vast als voorzitter, met het type traumacentrum.</source>
        <translation>Record the trauma centre of the ROAZ region as chair, with the type trauma centre.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Betrek de zorgverzekeraars (minstens geïnformeerd), de huisartsen (of huisartsenpost) en de verpleeghuizen bij het ROAZ.</source>
        <translation>Involve the health insurers (at least informed), the GPs (or GP out-of-hours service) and the nursing homes in the ROAZ.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Geef de (grootste) ggz-instelling een zetel bij het ROAZ, of zorg dat een partij zowel bij het ROAZ als bij het acute-ggz-overleg zit.</source>
        <translation>Give the (largest) mental health institution a seat at the ROAZ, or make sure one party sits both at the ROAZ and at the acute mental health consultation.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Een VSV bestaat uit verloskundigen, gynaecologen (ziekenhuis) en kraamzorg; voeg de ontbrekende partij toe of leg een mandaat vast (kraamzorg via het KSV).</source>
        <translation>A VSV consists of midwives, gynaecologists (hospital) and maternity care; add the missing party or record a mandate (maternity care through the KSV).</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Laat de kraamzorgorganisaties zich verenigen in een KSV en leg vast dat het KSV namens alle kraamzorgorganisaties spreekt.</source>
        <translation>Let the maternity care organisations unite in a KSV and record that the KSV speaks on behalf of all maternity care organisations.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Leg vast welke zorgverzekeraar namens de andere spreekt (mandaten van de andere verzekeraars) en geef de grootste ggz-instelling de rol budgethouder en een zetel.</source>
        <translation>Record which health insurer speaks on behalf of the others (mandates of the other insurers) and give the largest mental health institution the role budget holder and a seat.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Een Zorg- en Veiligheidshuis heeft in ieder geval gemeenten, politie, OM, Raad voor de Kinderbescherming, reclassering en welzijnsorganisaties; voeg de ontbrekende partij toe.</source>
        <translation>A Zorg- en Veiligheidshuis has at least municipalities, police, the public prosecutor (OM), the Child Care and Protection Board, probation and welfare organisations; add the missing party.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Volgens de Gezondheidswet zijn in de Raad in ieder geval gemeenten, zorgorganisaties, gebruikers, verzekeraars en maatschappelijke dienstverlening vertegenwoordigd.</source>
        <translation>Under the Public Health Act the Council represents at least municipalities, care organisations, users, insurers and social services.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Vul het werkgebied van de tafel in (de gemeenten van de jeugdregio), voeg de ontbrekende gemeenten toe of leg hun mandaat vast; is het een bewuste keuze (bijvoorbeeld inkoop met een buurregio), leg die dan vast.</source>
        <translation>Fill in the working area of the table (the municipalities of the youth region), add the missing municipalities or record their mandate; if it is a deliberate choice (for example purchasing with a neighbouring region), record it.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Gemeenten in een regio beslissen sinds 2022 samen over beschermd wonen; vul het werkgebied van de tafel in en voeg de ontbrekende gemeenten toe of leg hun mandaat vast.</source>
        <translation>Since 2022 municipalities in a region decide together on sheltered housing; fill in the working area of the table and add the missing municipalities or record their mandate.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Beschrijf wie waarover beslist en hoe (veld Besluitvorming).</source>
        <translation>Describe who decides on what and how (field Besluitvorming).</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Leg vast wie eigenaar is van welk thema of welke opgave (veld Verantwoordelijkheden).</source>
        <translation>Record who owns which theme or which task (field Verantwoordelijkheden).</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Leg vast wie aan wie verantwoording aflegt over resultaten en geld (veld Verantwoording).</source>
        <translation>Record who accounts to whom for results and money (field Verantwoording).</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Leg vast hoe de samenwerking en de coördinatie worden betaald (veld Financiering).</source>
        <translation>Record how the collaboration and the coordination are paid for (field Financiering).</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Leg vast welke ondersteuning er is: programmabureau, secretariaat, data en ICT (veld Ondersteuning).</source>
        <translation>Record what support there is: programme office, secretariat, data and ICT (field Ondersteuning).</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Beschrijf hoe inwoners en patiënten meedoen: direct, via een patiëntenorganisatie of via vertegenwoordiging (veld Burgerbetrokkenheid).</source>
        <translation>Describe how residents and patients take part: directly, through a patient organisation or through representation (field Burgerbetrokkenheid).</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Leg vast hoe de gemeenteraden betrokken worden of verantwoording ontvangen (veld Gemeenteraad, of een relatie 'legt verantwoording af aan' naar een gemeenteraad).</source>
        <translation>Record how the municipal councils are involved or receive accountability (field Gemeenteraad, or a relation 'legt verantwoording af aan' to a municipal council).</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Betrek een publieke partij (gemeente, GGD) en het burgerperspectief, en maak besluitvorming transparant.</source>
        <translation>Involve a public party (municipality, GGD) and the citizens' perspective, and make decision-making transparent.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Spreid de rollen: overweeg een onafhankelijke voorzitter of een gedeeld secretariaat.</source>
        <translation>Spread the roles: consider an independent chair or a shared secretariat.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Ga na of kleinere aanbieders via een mandaathouder vertegenwoordigd zijn.</source>
        <translation>Check whether smaller providers are represented through a mandate holder.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Overweeg een onafhankelijke (technische) voorzitter; vul de naam in bij het veld Onafhankelijke voorzitter.</source>
        <translation>Consider an independent (technical) chair; fill in the name in the field Onafhankelijke voorzitter.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Leg vast wie de bijeenkomsten organiseert en het verslag maakt (veld Secretariaat).</source>
        <translation>Record who organises the meetings and writes the minutes (field Secretariaat).</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Betrek partijen uit het sociaal domein, de GGD en het burgerperspectief.</source>
        <translation>Involve parties from the social domain, the GGD and the citizens' perspective.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Overweeg de GGD uit te nodigen: zij kan een brug slaan tussen het medisch en het sociaal domein.</source>
        <translation>Consider inviting the GGD: it can build a bridge between the medical and the social domain.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Overweeg een ggz-instelling uit te nodigen of haar mandaat vast te leggen.</source>
        <translation>Consider inviting a mental health institution or recording its mandate.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Overweeg een regionale paramedische organisatie met mandaat voor de paramedie uit te nodigen.</source>
        <translation>Consider inviting a regional paramedical organisation with a mandate for the paramedical professions.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Overweeg de regionale apothekersorganisatie (RAO) uit te nodigen of een apotheek met mandaat van de andere.</source>
        <translation>Consider inviting the regional pharmacists' organisation (RAO) or a pharmacy with a mandate from the others.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Overweeg een revalidatie-instelling uit te nodigen.</source>
        <translation>Consider inviting a rehabilitation institution.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Ga na of jeugdzorg en wijkteams via een lokale of subregionale tafel aangesloten zijn; is dat zo bedoeld, leg het vast als bewuste keuze.</source>
        <translation>Check whether youth care and neighbourhood teams are connected through a local or sub-regional table; if that is intended, record it as a deliberate choice.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Overweeg een patiëntenorganisatie, burgerraad of cliëntenraad te betrekken.</source>
        <translation>Consider involving a patient organisation, citizens' council or clients' council.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Overweeg een gemeente (of het gemeentelijk aanspreekpunt met mandaat) uit te nodigen.</source>
        <translation>Consider inviting a municipality (or the municipal point of contact with a mandate).</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Overweeg een welzijnsorganisatie uit te nodigen.</source>
        <translation>Consider inviting a welfare organisation.</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Ga na of deze professional via een mandaathouder (bijvoorbeeld een regionale organisatie van de beroepsgroep) aan tafel kan komen.</source>
        <translation>Check whether this professional can come to the table through a mandate holder (for example a regional organisation of the profession).</translation>
    </message>
    <message>
        <location filename="../../resources/rules.toml" line="0"/>
        <source>Vraag de vertegenwoordigde partijen het mandaat te verlengen en pas de einddatum aan, of verwijder het mandaat.</source>
        <translation>Ask the represented parties to extend the mandate and adjust the end date, or remove the mandate.</translation>
    </message>
</context>
<context>
    <name>safety</name>
    <message>
        <location filename="../../stakeholders/ui/safety.py" line="74"/>
        <source>nog nooit opgeslagen</source>
        <translation>never saved yet</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/safety.py" line="75"/>
        <source>'{naam}' ({waar}), automatisch bewaard op {tijd}</source>
        <translation>'{naam}' ({waar}), kept automatically at {tijd}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/safety.py" line="76"/>
        <source>naamloos</source>
        <translation>untitled</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/safety.py" line="251"/>
        <source>Automatisch bewaren mislukt: {reden}</source>
        <translation>Automatic save failed: {reden}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/safety.py" line="292"/>
        <source>Herstellen mislukt</source>
        <translation>Restore failed</translation>
    </message>
</context>
<context>
    <name>safexml</name>
    <message>
        <location filename="../../stakeholders/io/safexml.py" line="40"/>
        <source>{bestand} is te groot om te lezen ({grootte} MB; de grens is {grens} MB)</source>
        <translation>{bestand} is too large to read ({grootte} MB; the limit is {grens} MB)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/safexml.py" line="46"/>
        <source>{bestand} is te groot om te lezen (meer dan {grens} MB)</source>
        <translation>{bestand} is too large to read (more than {grens} MB)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/safexml.py" line="58"/>
        <source>{bestand} wordt niet gelezen: het bestand declareert een XML-entiteit ('{naam}'). Zo'n entiteit kan andere bestanden op deze computer uitlezen of het geheugen vullen, en hoort niet in een GraphML- of GEXF-bestand. Sla het bestand opnieuw op vanuit het programma dat het maakte.</source>
        <translation>{bestand} is not read: the file declares an XML entity ('{naam}'). Such an entity can read other files on this computer or fill the memory, and does not belong in a GraphML or GEXF file. Save the file again from the program that made it.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/safexml.py" line="66"/>
        <source>{bestand} wordt niet gelezen: het bestand verwijst naar een extern XML-bestand (DTD of entiteit); dat wordt om veiligheidsredenen niet opgehaald.</source>
        <translation>{bestand} is not read: the file refers to an external XML file (DTD or entity); for safety that is not fetched.</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/safexml.py" line="72"/>
        <source>{bestand} is geen geldig XML-bestand (regel {regel}, kolom {kolom}: {reden})</source>
        <translation>{bestand} is not a valid XML file (line {regel}, column {kolom}: {reden})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/io/safexml.py" line="77"/>
        <source>{bestand} is geen geldig XML-bestand ({reden})</source>
        <translation>{bestand} is not a valid XML file ({reden})</translation>
    </message>
</context>
<context>
    <name>schematic</name>
    <message>
        <location filename="../../stakeholders/export/divisions_schematic.py" line="55"/>
        <source>Per {indeling}</source>
        <translation>By {indeling}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/divisions_schematic.py" line="55"/>
        <source>{gebied} per {indeling}</source>
        <translation>{gebied} by {indeling}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/divisions_schematic.py" line="59"/>
        <source>geen gemeenten bekend</source>
        <translation>no municipalities known</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/divisions_schematic.py" line="63"/>
        <source>alle {m} gemeenten</source>
        <translation>all {m} municipalities</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/divisions_schematic.py" line="64"/>
        <source>{k} van {m} gemeenten</source>
        <translation>{k} of {m} municipalities</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/divisions_schematic.py" line="69"/>
        <source>zonder {indeling}</source>
        <translation>without {indeling}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/divisions_schematic.py" line="71"/>
        <source>niet in de gegevens</source>
        <translation>not in the data</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/divisions_schematic.py" line="75"/>
        <source>De {meervoud} zijn afgeleid (zie Over de gegevens in de app).</source>
        <translation>The {meervoud} are derived (see About the data in the app).</translation>
    </message>
    <message>
        <location filename="../../stakeholders/export/divisions_schematic.py" line="78"/>
        <source>Rode stippellijn: buiten {kaart}.</source>
        <translation>Red dotted line: outside {kaart}.</translation>
    </message>
</context>
<context>
    <name>smoke</name>
    <message>
        <location filename="../../stakeholders/smoke.py" line="156"/>
        <source>de bevindingen in het venster wijken af van de regels</source>
        <translation>the findings in the window differ from the rules</translation>
    </message>
    <message>
        <location filename="../../stakeholders/smoke.py" line="160"/>
        <source>het paneel toont {getoond} open bevindingen in plaats van {verwacht}</source>
        <translation>the panel shows {getoond} open findings instead of {verwacht}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/smoke.py" line="162"/>
        <source>smoke: controle: {n} signalering(en), {open} open bevinding(en)</source>
        <translation>smoke: check: {n} flag(s), {open} open finding(s)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/smoke.py" line="175"/>
        <source>{pad} is geen volledige PDF</source>
        <translation>{pad} is not a complete PDF</translation>
    </message>
    <message>
        <location filename="../../stakeholders/smoke.py" line="177"/>
        <source>de PDF heeft niet zoveel pagina's als de export meldt</source>
        <translation>the PDF does not have as many pages as the export reports</translation>
    </message>
    <message>
        <location filename="../../stakeholders/smoke.py" line="178"/>
        <source>smoke: export: {wat} ({kib} KiB)</source>
        <translation>smoke: export: {wat} ({kib} KiB)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/smoke.py" line="197"/>
        <source>{regel} ({bestand}: {p} partijen, {t} tafels)</source>
        <translation>{regel} ({bestand}: {p} parties, {t} tables)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/smoke.py" line="214"/>
        <source>fout gemeld: {melding}</source>
        <translation>error logged: {melding}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/smoke.py" line="220"/>
        <source>smoke mislukt: {reden}</source>
        <translation>smoke failed: {reden}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/smoke.py" line="226"/>
        <source>smoke: geslaagd (stakeholders {versie})</source>
        <translation>smoke: passed (stakeholders {versie})</translation>
    </message>
    <message>
        <location filename="../../stakeholders/smoke.py" line="265"/>
        <source>smoke mislukt: bestand of map bestaat niet: {pad}</source>
        <translation>smoke failed: file or folder does not exist: {pad}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/smoke.py" line="275"/>
        <source>smoke mislukt: {bestand} kon niet worden geopend</source>
        <translation>smoke failed: {bestand} could not be opened</translation>
    </message>
    <message>
        <location filename="../../stakeholders/smoke.py" line="287"/>
        <source>het venster toonde de kaart niet binnen {s} s</source>
        <translation>the window did not show the map within {s} s</translation>
    </message>
</context>
<context>
    <name>snapshots</name>
    <message>
        <location filename="../../stakeholders/model/snapshots.py" line="87"/>
        <source>een momentopname heeft een naam nodig</source>
        <translation>a snapshot needs a name</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/snapshots.py" line="89"/>
        <source>de naam van een momentopname is hoogstens {n} tekens</source>
        <translation>the name of a snapshot is at most {n} characters</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/snapshots.py" line="91"/>
        <source>er is al een momentopname '{naam}'</source>
        <translation>there already is a snapshot '{naam}'</translation>
    </message>
    <message>
        <location filename="../../stakeholders/model/snapshots.py" line="129"/>
        <source>er is geen momentopname '{naam}'</source>
        <translation>there is no snapshot '{naam}'</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <location filename="../../stakeholders/ui/panels/timeline.py" line="31"/>
        <source>verlopen</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/timeline.py" line="31"/>
        <source>binnenkort</source>
        <translation>soon</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/timeline.py" line="32"/>
        <source>later</source>
        <translation>later</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/timeline.py" line="111"/>
        <source>Geen mandaten met een einddatum (geldig-tot).</source>
        <translation>No mandates with an end date (geldig-tot).</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/panels/timeline.py" line="148"/>
        <source>peildatum {datum}</source>
        <translation>reference date {datum}</translation>
    </message>
</context>
<context>
    <name>workshop</name>
    <message>
        <location filename="../../stakeholders/ui/workshop/card.py" line="41"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/card.py" line="43"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/card.py" line="47"/>
        <source>invloed {n}</source>
        <translation>influence {n}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/card.py" line="49"/>
        <source>belang {n}</source>
        <translation>interest {n}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/card.py" line="51"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/card.py" line="63"/>
        <source>alle {type}</source>
        <translation>all {type}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/card.py" line="64"/>
        <source>Spreekt namens</source>
        <translation>Speaks on behalf of</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/card.py" line="66"/>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/card.py" line="72"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/card.py" line="76"/>
        <source>Voorzitter</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/card.py" line="79"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/card.py" line="80"/>
        <source>Onafhankelijke voorzitter</source>
        <translation>Independent chair</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/card.py" line="82"/>
        <source>Kopgroep</source>
        <translation>Core group</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/card.py" line="82"/>
        <source>Tweede ring</source>
        <translation>Second ring</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/card.py" line="87"/>
        <source> en {n} meer</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/mode.py" line="54"/>
        <source>&amp;Workshopmodus</source>
        <translation>&amp;Workshop mode</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/mode.py" line="55"/>
        <source>Volledig scherm voor de beamer: grote namen, teller en kaart van de gekozen partij; Esc of F11 terug</source>
        <translation>Full screen for the projector: large names, counter and card of the chosen party; Esc or F11 goes back</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/mode.py" line="58"/>
        <source>Namen van &amp;personen verbergen</source>
        <translation>Hide names of &amp;persons</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/mode.py" line="60"/>
        <source>Geen contactpersonen en namen van onafhankelijke voorzitters in beeld (anoniem, zoals op de pagina)</source>
        <translation>No contact persons and names of independent chairs on screen (anonymous, as on the page)</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/mode.py" line="63"/>
        <source>&amp;Stap voor stap vertellen</source>
        <translation>Tell &amp;step by step</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/mode.py" line="65"/>
        <source>Tafels één voor één, dan kopgroep, tweede ring, mandaten en de bevindingen; → of PageDown verder, ← of PageUp terug</source>
        <translation>Tables one by one, then core group, second ring, mandates and the findings; → or PageDown onward, ← or PageUp back</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/mode.py" line="68"/>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/mode.py" line="69"/>
        <source>Vorige stap</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/mode.py" line="165"/>
        <source>stap {i} van {n}</source>
        <translation>step {i} of {n}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/mode.py" line="167"/>
        <source>De kopgroepen</source>
        <translation>The core groups</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/mode.py" line="168"/>
        <source>De tweede ring</source>
        <translation>The second ring</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/mode.py" line="169"/>
        <source>Wie spreekt namens wie: de mandaten</source>
        <translation>Who speaks on behalf of whom: the mandates</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/mode.py" line="170"/>
        <source>Wat ontbreekt: de bevindingen</source>
        <translation>What is missing: the findings</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/mode.py" line="172"/>
        <source>Tafel {i}: {naam}</source>
        <translation>Table {i}: {naam}</translation>
    </message>
    <message>
        <location filename="../../stakeholders/ui/workshop/mode.py" line="187"/>
        <source>open bevindingen</source>
        <translation>open findings</translation>
    </message>
</context>
</TS>
