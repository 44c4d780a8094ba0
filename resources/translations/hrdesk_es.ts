<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Metas de los ODS</translation>
    </message>
    <message>
        <source>Themes and links</source>
        <translation>Temas y vínculos</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>App</source>
        <comment>The passphrase does not open {name}. Try again:</comment>
        <translation>La frase de contraseña no abre {name}. Vuelva a intentarlo:</translation>
    </message>
    <message>
        <source>App</source>
        <comment>{name} is encrypted. Passphrase:</comment>
        <translation>{name} está cifrado. Frase de contraseña:</translation>
    </message>
    <message>
        <source>App</source>
        <comment>Encrypted database</comment>
        <translation>Base de datos cifrada</translation>
    </message>
    <message>
        <source>ActivityLogDialog</source>
        <comment>Save the activity-log template</comment>
        <translation>Guardar la plantilla del registro de actividades</translation>
    </message>
    <message>
        <source>ActivityLogDialog</source>
        <comment>activity-log.xlsx</comment>
        <translation>registro-actividades.xlsx</translation>
    </message>
    <message>
        <source>ActivityLogDialog</source>
        <comment>Excel workbook (*.xlsx)</comment>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>ActivityLogDialog</source>
        <comment>Template written to {path}</comment>
        <translation>Plantilla escrita en {path}</translation>
    </message>
    <message>
        <source>ActivityLogDialog</source>
        <comment>The template was not written: {error}</comment>
        <translation>No se escribió la plantilla: {error}</translation>
    </message>
    <message>
        <source>ActivityLogDialog</source>
        <comment>Writing the template…</comment>
        <translation>Escribiendo la plantilla…</translation>
    </message>
    <message>
        <source>DatabaseReplacement</source>
        <comment>Another HRDesk has this database open, so this one opened it read-only and cannot replace it. Close the other HRDesk and start this one again.</comment>
        <translation>Otro HRDesk tiene abierta esta base de datos, así que este la abrió en modo de solo lectura y no puede reemplazarla. Cierre el otro HRDesk y vuelva a iniciar este.</translation>
    </message>
    <message>
        <source>DatabaseReplacement</source>
        <comment>Close the open record editors first (save or cancel them).</comment>
        <translation>Cierre primero las fichas abiertas (guárdelas o cancélelas).</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Any kind</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>Any SDG goal</source>
        <translation>Todos los ODS</translation>
    </message>
    <message>
        <source>Goal {n}: {title}</source>
        <translation>Objetivo {n}: {title}</translation>
    </message>
    <message>
        <source>Any theme</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>SDG goal</source>
        <translation>Objetivo de Desarrollo Sostenible</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Show deleted</source>
        <translation>Mostrar eliminados</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>Search title, place, partner or funding source</source>
        <translation>Buscar título, lugar, socio o fuente de financiación</translation>
    </message>
    <message numerus="yes">
        <source>Matches: %Ln</source>
        <translation>
            <numerusform>Resultados: %Ln</numerusform>
            <numerusform>Resultados: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No activity matches</source>
        <translation>Ninguna actividad coincide</translation>
    </message>
    <message>
        <source>Try other words or clear some filters.</source>
        <translation>Pruebe con otras palabras o quite algunos filtros.</translation>
    </message>
    <message>
        <source>No activities yet</source>
        <translation>Todavía no hay actividades</translation>
    </message>
    <message>
        <source>Record your first training, workshop or monitoring mission with “New activity” (Ctrl+N). Participants, SDG targets and recommendations are added inside the activity.</source>
        <translation>Registre su primera capacitación, taller o misión de monitoreo con «Nueva actividad» (Ctrl+N). Los participantes, las metas de los ODS y las recomendaciones se agregan dentro de la actividad.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Duplicate as new</source>
        <translation>Duplicar como nueva</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>%Ln registro restaurado.</numerusform>
            <numerusform>%Ln registros restaurados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln activity(ies)? Their participant lists go with them. You can undo this.</source>
        <translation>
            <numerusform>¿Eliminar %Ln actividad? Su lista de participantes se eliminará con ella. Podrá deshacerlo.</numerusform>
            <numerusform>¿Eliminar %Ln actividades? Sus listas de participantes se eliminarán con ellas. Podrá deshacerlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies) deleted.</source>
        <translation>
            <numerusform>%Ln actividad eliminada.</numerusform>
            <numerusform>%Ln actividades eliminadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nueva actividad</translation>
    </message>
    <message>
        <source>{group}: the age groups add up to {sum}, the stated number is {stated}.</source>
        <translation>{group}: los grupos de edad suman {sum}, el número indicado es {stated}.</translation>
    </message>
    <message>
        <source>The clipboard holds no rows: copy the rows in Excel (with their heading row) first, then paste them here.</source>
        <translation>El portapapeles no contiene filas: copie primero las filas en Excel (con su fila de encabezado) y péguelas aquí.</translation>
    </message>
    <message numerus="yes">
        <source>Activity saved: “{title}”, %Ln participant(s).</source>
        <translation>
            <numerusform>Actividad guardada: «{title}», %Ln participante.</numerusform>
            <numerusform>Actividad guardada: «{title}», %Ln participantes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityLogDialog</name>
    <message>
        <source>Import an activity log</source>
        <translation>Importar un registro de actividades</translation>
    </message>
    <message>
        <source>Offices that keep their activities in a spreadsheet fill in the HRDesk template (one row per activity, one row per participant), then import it here. The file is checked first; nothing is imported while it has a problem. Importing the same file again changes nothing; a corrected file updates what it created.</source>
        <translation>Las oficinas que llevan sus actividades en una hoja de cálculo completan la plantilla de HRDesk (una fila por actividad, una fila por participante) y la importan aquí. Primero se revisa el archivo; no se importa nada mientras tenga un problema. Importar otra vez el mismo archivo no cambia nada; un archivo corregido actualiza lo que creó.</translation>
    </message>
    <message>
        <source>&amp;Save the template…</source>
        <translation>&amp;Guardar la plantilla…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Choose a filled file…</source>
        <translation>&amp;Elegir un archivo completado…</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose a filled activity log to check it.</source>
        <translation>Elija un registro de actividades completado para revisarlo.</translation>
    </message>
    <message>
        <source>Choose a filled activity log</source>
        <translation>Elegir un registro de actividades completado</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation>Hojas de cálculo ({patterns})</translation>
    </message>
    <message>
        <source>{file} is an HRDesk exchange file, not an activity log: import it on the Exchange page. Nothing was imported.</source>
        <translation>{file} es un archivo de intercambio de HRDesk, no un registro de actividades: impórtelo en la página Intercambio. No se importó nada.</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Revisando {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported yet: %Ln problem(s) to fix in the file (listed below). Correct the file, save it, and choose it again.</source>
        <translation>
            <numerusform>Todavía no se puede importar nada: %Ln problema que corregir en el archivo (lista abajo). Corrija el archivo, guárdelo y elíjalo otra vez.</numerusform>
            <numerusform>Todavía no se puede importar nada: %Ln problemas que corregir en el archivo (lista abajo). Corrija el archivo, guárdelo y elíjalo otra vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is ready to import. If you import it: {summary}</source>
        <translation>El archivo está listo para importar. Si lo importa: {summary}</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>No se pudo leer el archivo: {error}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Imported. {summary}</source>
        <translation>Importado. {summary}</translation>
    </message>
    <message>
        <source>Activity log imported.</source>
        <translation>Registro de actividades importado.</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>No se importó nada: {error}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Opened read-only</source>
        <translation>Abierta en modo de solo lectura</translation>
    </message>
    <message>
        <source>HRDesk cannot open the database</source>
        <translation>HRDesk no puede abrir la base de datos</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: {error}</source>
        <translation>No se pudo hacer la copia de seguridad automática: {error}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>HRDesk met an unexpected problem ({kind}). What you saved is safe; the last action may not have finished. Details are in the log file.</source>
        <translation>HRDesk encontró un problema inesperado ({kind}). Lo que guardó está a salvo; es posible que la última acción no haya terminado. Los detalles figuran en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>No se pudo leer el archivo: {error}</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Comprobando las filas…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Problems and
likely duplicates</source>
        <translation>Problemas y
probables duplicados</translation>
    </message>
    <message>
        <source>Choose an attendance sheet</source>
        <translation>Elegir una hoja de asistencia</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation>Hojas de cálculo ({patterns})</translation>
    </message>
    <message>
        <source>Pasted rows</source>
        <translation>Filas pegadas</translation>
    </message>
    <message>
        <source>Paste rows from Excel</source>
        <translation>Pegar filas desde Excel</translation>
    </message>
    <message>
        <source>Add to the activity</source>
        <translation>Agregar a la actividad</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(omitir)</translation>
    </message>
    <message>
        <source>Add a new person</source>
        <translation>Agregar una persona nueva</translation>
    </message>
    <message>
        <source>Use the existing person</source>
        <translation>Usar la persona existente</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>No heading row was recognised in the pasted rows. Copy the list together with its heading row (for example Name, Sex, Organisation) and paste again.</source>
        <translation>No se reconoció ninguna fila de encabezado en las filas pegadas. Copie la lista junto con su fila de encabezado (por ejemplo, Nombre, Sexo, Organización) y péguela de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have problems (shown in red). Correct them in the spreadsheet and paste again, or leave those rows out; nothing is added until then.</source>
        <translation>
            <numerusform>%Ln fila tiene problemas (en rojo). Corríjala en la hoja de cálculo y vuelva a pegar, u omita esa fila; no se agrega nada hasta entonces.</numerusform>
            <numerusform>%Ln filas tienen problemas (en rojo). Corríjalas en la hoja de cálculo y vuelva a pegar, u omita esas filas; no se agrega nada hasta entonces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) have problems (shown in red). Correct the file and read it again, or leave those rows out; nothing is imported until then.</source>
        <translation>
            <numerusform>%Ln fila tiene problemas (en rojo). Corrija el archivo y vuelva a leerlo, u omita esa fila; no se importa nada hasta entonces.</numerusform>
            <numerusform>%Ln filas tienen problemas (en rojo). Corrija el archivo y vuelva a leerlo, u omita esas filas; no se importa nada hasta entonces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to add %Ln person(s) to the activity.</source>
        <translation>
            <numerusform>Listo para agregar %Ln persona a la actividad.</numerusform>
            <numerusform>Listo para agregar %Ln personas a la actividad.</numerusform>
        </translation>
    </message>
    <message>
        <source>In these rows: {counts}</source>
        <translation>En estas filas: {counts}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>No se importó nada: {error}</translation>
    </message>
    <message>
        <source>Import an attendance sheet</source>
        <translation>Importar una hoja de asistencia</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Attendance sheet file</source>
        <translation>Archivo de la hoja de asistencia</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Read the file again</source>
        <translation>Volver a leer el archivo</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Contenido de cada columna</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Filas que importar</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Every change to a record: who made it, when, and which fields changed (never the values).</source>
        <translation>Cada cambio de un registro: quién lo hizo, cuándo y qué campos cambiaron (nunca los valores).</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tipo de registro</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Identificador del registro</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Changes recorded</source>
        <translation>Cambios registrados</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Double-click a row to see the whole history of that record.</source>
        <translation>Haga doble clic en una fila para ver todo el historial de ese registro.</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Todos los registros</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Participaciones</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Combinado</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>Showing %Ln of %1 entries</source>
        <translation>
            <numerusform>Se muestra %Ln de %1 entradas</numerusform>
            <numerusform>Se muestran %Ln de %1 entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>(no longer in the database)</source>
        <translation>(ya no está en la base de datos)</translation>
    </message>
    <message>
        <source>Record id: {uuid}</source>
        <translation>Identificador del registro: {uuid}</translation>
    </message>
    <message>
        <source>No changes match these filters.</source>
        <translation>Ningún cambio coincide con estos filtros.</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>No se pudo leer el registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>HRDesk backs up the database every day it is used, and before every import, merge, restore and encryption. Each backup is checked before it is kept. Folder: {folder}</source>
        <translation>HRDesk hace una copia de seguridad de la base de datos cada día de uso, y antes de cada importación, fusión, restauración y cifrado. Cada copia se verifica antes de conservarla. Carpeta: {folder}</translation>
    </message>
    <message>
        <source>Backups of this database, newest first</source>
        <translation>Copias de seguridad de esta base, las más recientes primero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Restaurar la copia seleccionada…</translation>
    </message>
    <message>
        <source>&amp;Open the backups folder</source>
        <translation>&amp;Abrir la carpeta de copias</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Leyendo las copias de seguridad…</translation>
    </message>
    <message>
        <source>The backups could not be read: {error}</source>
        <translation>No se pudieron leer las copias de seguridad: {error}</translation>
    </message>
    <message>
        <source>Encrypted.</source>
        <translation>Cifrada.</translation>
    </message>
    <message>
        <source>No backup yet. Press “Back up now” to make the first one.</source>
        <translation>Todavía no hay copias. Pulse «Hacer una copia ahora» para hacer la primera.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s).</source>
        <translation>
            <numerusform>%Ln copia de seguridad.</numerusform>
            <numerusform>%Ln copias de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>A mano</translation>
    </message>
    <message>
        <source>Daily, automatic</source>
        <translation>Diaria, automática</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Antes de una fusión</translation>
    </message>
    <message>
        <source>Before a consolidation</source>
        <translation>Antes de una consolidación</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before encrypting</source>
        <translation>Antes de cifrar</translation>
    </message>
    <message>
        <source>Before decrypting</source>
        <translation>Antes de descifrar</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Haciendo una copia de seguridad…</translation>
    </message>
    <message>
        <source>Backup made and verified: {name} ({size}).</source>
        <translation>Copia hecha y verificada: {name} ({size}).</translation>
    </message>
    <message>
        <source>Copied to {path}.</source>
        <translation>Copiada en {path}.</translation>
    </message>
    <message>
        <source>No backup was made: {error}</source>
        <translation>No se hizo ninguna copia: {error}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Replace the database by the backup of {when}?

Everything entered since then is replaced. The database as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>¿Reemplazar la base de datos por la copia del {when}?

Todo lo registrado desde entonces se reemplaza. Antes se hace una copia de la base tal como está ahora, así que se puede deshacer restaurando esa copia.</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup&apos;s passphrase was not given.</source>
        <translation>No se restauró nada: no se dio la frase de contraseña de la copia.</translation>
    </message>
    <message>
        <source>Restoring the backup of {when}…</source>
        <translation>Restaurando la copia del {when}…</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Copia cifrada</translation>
    </message>
    <message>
        <source>This backup was encrypted with another passphrase. Its passphrase:</source>
        <translation>Esta copia se cifró con otra frase de contraseña. Su frase de contraseña:</translation>
    </message>
    <message>
        <source>Nothing was restored: {error}</source>
        <translation>No se restauró nada: {error}</translation>
    </message>
    <message>
        <source>The backup of {when} is now the database: {a} activities, {p} participants, {r} recommendations.</source>
        <translation>La copia del {when} es ahora la base de datos: {a} actividades, {p} participantes, {r} recomendaciones.</translation>
    </message>
    <message>
        <source>The database as it was before is kept in {backup}.</source>
        <translation>La base tal como estaba antes se conserva en {backup}.</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Copia restaurada.</translation>
    </message>
    <message>
        <source>The database could not be opened again: {error}. Close HRDesk and start it again.</source>
        <translation>No se pudo volver a abrir la base de datos: {error}. Cierre HRDesk y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <source>{n} MB</source>
        <translation>{n} MB</translation>
    </message>
    <message>
        <source>{n} KB</source>
        <translation>{n} KB</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>{label}: {value} ({percent}%)</source>
        <translation>{label}: {value} ({percent} %)</translation>
    </message>
    <message>
        <source>Others ({n})</source>
        <translation>Otros ({n})</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
</context>
<context>
    <name>ClickThrough</name>
    <message>
        <source>Activities behind “{figure}”. Change a filter to see others.</source>
        <translation>Actividades detrás de “{figure}”. Cambie un filtro para ver otras.</translation>
    </message>
    <message>
        <source>People behind “{figure}”. Change a filter to see others.</source>
        <translation>Personas detrás de “{figure}”. Cambie un filtro para ver otras.</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <source>Clusters</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Cluster name</source>
        <translation>Nombre del grupo</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Put the selected recommendations in this cluster</source>
        <translation>Poner las recomendaciones seleccionadas en este grupo</translation>
    </message>
    <message>
        <source>Take the selected recommendations out of their cluster</source>
        <translation>Sacar las recomendaciones seleccionadas de su grupo</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Accept the suggestion</source>
        <translation>Aceptar la sugerencia</translation>
    </message>
    <message>
        <source>Suggestions (recommendations not yet in a cluster)</source>
        <translation>Sugerencias (recomendaciones que aún no están en un grupo)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln recommendation(s))</source>
        <translation>
            <numerusform>%1 (%Ln recomendación)</numerusform>
            <numerusform>%1 (%Ln recomendaciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cluster &apos;%1&apos; created.</source>
        <translation>Grupo «%1» creado.</translation>
    </message>
    <message>
        <source>Choose the cluster to rename.</source>
        <translation>Elija el grupo que desea renombrar.</translation>
    </message>
    <message>
        <source>Cluster renamed to &apos;%1&apos;.</source>
        <translation>Grupo renombrado «%1».</translation>
    </message>
    <message>
        <source>Select recommendations in the list first.</source>
        <translation>Seleccione primero recomendaciones en la lista.</translation>
    </message>
    <message>
        <source>Choose a cluster first.</source>
        <translation>Elija primero un grupo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendation(s) changed.</source>
        <translation>
            <numerusform>%Ln recomendación modificada.</numerusform>
            <numerusform>%Ln recomendaciones modificadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a suggestion first.</source>
        <translation>Elija primero una sugerencia.</translation>
    </message>
    <message numerus="yes">
        <source>Cluster &apos;%1&apos; created with %Ln recommendation(s).</source>
        <translation>
            <numerusform>Grupo «%1» creado con %Ln recomendación.</numerusform>
            <numerusform>Grupo «%1» creado con %Ln recomendaciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflictos que revisar</translation>
    </message>
    <message>
        <source>Only the fields that differ</source>
        <translation>Solo los campos que difieren</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>This database (mine)</source>
        <translation>Esta base de datos (la mía)</translation>
    </message>
    <message>
        <source>The file (theirs)</source>
        <translation>El archivo (la suya)</translation>
    </message>
    <message>
        <source>Both versions side by side</source>
        <translation>Ambas versiones lado a lado</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Conservar la suya</translation>
    </message>
    <message>
        <source>{kind}: {name}
from {file}</source>
        <translation>{kind}: {name}
procedente de {file}</translation>
    </message>
    <message>
        <source>These records were changed both here and in another office since you last agreed. HRDesk kept the newer version; compare both and keep the right one.</source>
        <translation>Estos registros se modificaron aquí y en otra oficina desde la última vez que coincidieron. HRDesk conservó la versión más reciente; compare ambas y conserve la correcta.</translation>
    </message>
    <message>
        <source>No conflict to review. When a record was changed both here and in another office, both versions are shown here side by side.</source>
        <translation>No hay conflictos que revisar. Cuando un registro se modifica aquí y en otra oficina, ambas versiones se muestran aquí lado a lado.</translation>
    </message>
    <message>
        <source>mine</source>
        <translation>la mía</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>la suya</translation>
    </message>
    <message>
        <source>{kind} changed on both sides (found in {file} on {when}). Kept for now: {kept}.</source>
        <translation>{kind} modificado en ambos lados (encontrado en {file} el {when}). Conservada por ahora: {kept}.</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Office of origin</source>
        <translation>Oficina de origen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Conflict resolved: kept {side}.</source>
        <translation>Conflicto resuelto: se conservó {side}.</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Type to search a country</source>
        <translation>Escriba para buscar un país</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>The figures could not be computed: {error}</source>
        <translation>No se pudieron calcular las cifras: {error}</translation>
    </message>
    <message>
        <source>Click to list these records</source>
        <translation>Haga clic para ver la lista de estos registros</translation>
    </message>
    <message>
        <source>No activities in this period</source>
        <translation>No hay actividades en este período</translation>
    </message>
    <message>
        <source>Choose another period above, or record activities on the Activities page: they appear here as soon as they are saved.</source>
        <translation>Elija otro período arriba, o registre actividades en la página Actividades: aparecen aquí en cuanto se guardan.</translation>
    </message>
    <message>
        <source>Nothing to show for this period.</source>
        <translation>No hay nada que mostrar en este período.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>e.g. {date}</source>
        <translation>p. ej. {date}</translation>
    </message>
    <message>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Not a date: type it as {date} or {iso}.</source>
        <translation>No es una fecha: escríbala como {date} o {iso}.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Likely duplicate participants</source>
        <translation>Participantes probablemente duplicados</translation>
    </message>
    <message>
        <source>People below share the same name (ignoring accents, case and word order) and the same organisation or country. Pick the record to keep in a group, then merge: participations move to the kept record and the others are deleted.</source>
        <translation>Las personas siguientes tienen el mismo nombre (sin tener en cuenta acentos, mayúsculas ni el orden de las palabras) y la misma organización o el mismo país. Elija el registro que desea conservar en un grupo y luego combine: las participaciones pasan al registro conservado y los demás se eliminan.</translation>
    </message>
    <message>
        <source>Groups of likely duplicates</source>
        <translation>Grupos de probables duplicados</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Looking for likely duplicates…</source>
        <translation>Buscando probables duplicados…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) named “{name}”</source>
        <translation>
            <numerusform>%Ln registro con el nombre «{name}»</numerusform>
            <numerusform>%Ln registros con el nombre «{name}»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of likely duplicates.</source>
        <translation>
            <numerusform>%Ln grupo de probables duplicados.</numerusform>
            <numerusform>%Ln grupos de probables duplicados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message numerus="yes">
        <source>Keep “{name}” and merge %Ln other record(s) into it? Their participations move to the kept record.</source>
        <translation>
            <numerusform>¿Conservar «{name}» y combinar en él %Ln registro más? Sus participaciones pasarán al registro conservado.</numerusform>
            <numerusform>¿Conservar «{name}» y combinar en él %Ln registros más? Sus participaciones pasarán al registro conservado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Combinando…</translation>
    </message>
    <message>
        <source>Records merged.</source>
        <translation>Registros combinados.</translation>
    </message>
    <message>
        <source>Merge cancelled: nothing was merged.</source>
        <translation>Fusión cancelada: no se fusionó nada.</translation>
    </message>
    <message>
        <source>Merge failed</source>
        <translation>Error al combinar</translation>
    </message>
    <message>
        <source>Merge into selected person</source>
        <translation>Combinar en la persona seleccionada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Encrypt the database</source>
        <translation>Cifrar la base de datos</translation>
    </message>
    <message>
        <source>The database and its backups will be encrypted with a passphrase (SQLCipher): without it nobody can read the names it holds — not even HRDesk&apos;s developers, so keep it safe. A verified backup is made first. HRDesk will ask for the passphrase each time it starts.</source>
        <translation>La base de datos y sus copias se cifrarán con una frase de contraseña (SQLCipher): sin ella nadie puede leer los nombres que contiene — ni siquiera los desarrolladores de HRDesk; guárdela bien. Antes se hace una copia verificada. HRDesk pedirá la frase de contraseña cada vez que se inicie.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Escríbala otra vez</translation>
    </message>
    <message>
        <source>At least {n} characters</source>
        <translation>Al menos {n} caracteres</translation>
    </message>
    <message>
        <source>Decrypt the database</source>
        <translation>Descifrar la base de datos</translation>
    </message>
    <message>
        <source>The database will be stored unencrypted again: anyone who gets the file can read the names it holds. An encrypted backup is made first; the existing backups stay encrypted.</source>
        <translation>La base de datos volverá a guardarse sin cifrar: cualquiera que obtenga el archivo puede leer los nombres que contiene. Antes se hace una copia cifrada; las copias existentes siguen cifradas.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Cifrar</translation>
    </message>
    <message>
        <source>&amp;Decrypt</source>
        <translation>&amp;Descifrar</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Escriba la frase de contraseña.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no son iguales.</translation>
    </message>
    <message>
        <source>Encrypting the database…</source>
        <translation>Cifrando la base de datos…</translation>
    </message>
    <message>
        <source>Decrypting the database…</source>
        <translation>Descifrando la base de datos…</translation>
    </message>
    <message>
        <source>Nothing was changed: {error}</source>
        <translation>No se cambió nada: {error}</translation>
    </message>
    <message>
        <source>The database is now encrypted. Keep the passphrase safe: without it nobody can read the data.</source>
        <translation>La base de datos está ahora cifrada. Guarde bien la frase de contraseña: sin ella nadie puede leer los datos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing backup(s) were encrypted too.</source>
        <translation>
            <numerusform>También se cifró %Ln copia existente.</numerusform>
            <numerusform>También se cifraron %Ln copias existentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is now stored unencrypted.</source>
        <translation>La base de datos se guarda ahora sin cifrar.</translation>
    </message>
    <message>
        <source>The backup made before: {backup}</source>
        <translation>La copia hecha antes: {backup}</translation>
    </message>
    <message>
        <source>The database could not be opened again: {error}. Close HRDesk and start it again.</source>
        <translation>No se pudo volver a abrir la base de datos: {error}. Cierre HRDesk y vuelva a iniciarlo.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Importar archivos…</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importar una carpeta…</translation>
    </message>
    <message>
        <source>Password, if the files have one</source>
        <translation>Contraseña, si los archivos tienen una</translation>
    </message>
    <message>
        <source>Password of the files</source>
        <translation>Contraseña de los archivos</translation>
    </message>
    <message>
        <source>Accept files modified after export</source>
        <translation>Aceptar archivos modificados después de la exportación</translation>
    </message>
    <message>
        <source>A file whose checksum does not match was edited or damaged after it was exported. Import it only if you know why it changed.</source>
        <translation>Un archivo cuya suma de comprobación no coincide se modificó o dañó después de exportarse. Impórtelo solo si sabe por qué cambió.</translation>
    </message>
    <message>
        <source>You can also drop exchange workbooks (.xlsx) or folders anywhere on this page. Each file is imported on its own: a bad file changes nothing.</source>
        <translation>También puede soltar libros de intercambio (.xlsx) o carpetas en cualquier lugar de esta página. Cada archivo se importa por separado: un archivo defectuoso no cambia nada.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Agregados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Results per file</source>
        <translation>Resultados por archivo</translation>
    </message>
    <message>
        <source>Select a file above to see everything that was found in it.</source>
        <translation>Seleccione un archivo arriba para ver todo lo que se encontró en él.</translation>
    </message>
    <message>
        <source>Problems of the selected file</source>
        <translation>Problemas del archivo seleccionado</translation>
    </message>
    <message>
        <source>Accept modified files</source>
        <translation>Aceptar archivos modificados</translation>
    </message>
    <message>
        <source>Files that were edited or damaged after they were exported will be imported, and this is recorded in the exchange history. Continue?</source>
        <translation>Se importarán los archivos modificados o dañados después de exportarse, y esto quedará registrado en el historial de intercambios. ¿Continuar?</translation>
    </message>
    <message>
        <source>Import exchange workbooks</source>
        <translation>Importar libros de intercambio</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import every workbook of a folder</source>
        <translation>Importar todos los libros de una carpeta</translation>
    </message>
    <message>
        <source>Wait for the current exchange to finish.</source>
        <translation>Espere a que termine el intercambio en curso.</translation>
    </message>
    <message>
        <source>No .xlsx workbook there.</source>
        <translation>No hay ningún libro .xlsx allí.</translation>
    </message>
    <message>
        <source>Importing files: {n}…</source>
        <translation>Importando archivos: {n}…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Some of these files are protected by a password. Type it to import them (files without a password are imported anyway):</source>
        <translation>Algunos de estos archivos están protegidos con contraseña. Escríbala para importarlos (los archivos sin contraseña se importan de todos modos):</translation>
    </message>
    <message>
        <source>(and {n} more)</source>
        <translation>(y {n} más)</translation>
    </message>
    <message>
        <source>possible duplicate people from other offices: {n} (see Find duplicates on the Participants page)</source>
        <translation>posibles personas duplicadas de otras oficinas: {n} (véase Buscar duplicados en la página Participantes)</translation>
    </message>
    <message>
        <source>Files read: {n}</source>
        <translation>Archivos leídos: {n}</translation>
    </message>
    <message>
        <source>rejected: {n}</source>
        <translation>rechazados: {n}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Imported before: nothing changed.</source>
        <translation>Importado anteriormente: no cambió nada.</translation>
    </message>
    <message>
        <source>modified after export, accepted</source>
        <translation>modificado después de la exportación, aceptado</translation>
    </message>
    <message>
        <source>from {office}</source>
        <translation>de {office}</translation>
    </message>
    <message>
        <source>cancelled before the other files</source>
        <translation>cancelado antes de los demás archivos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>The import stopped: {error}</source>
        <translation>La importación se detuvo: {error}</translation>
    </message>
    <message>
        <source>No problem found.</source>
        <translation>No se encontró ningún problema.</translation>
    </message>
    <message>
        <source>Conflicts ({n})</source>
        <translation>Conflictos ({n})</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>HRDesk — first run</source>
        <translation>HRDesk — primer inicio</translation>
    </message>
    <message>
        <source>Start using HRDesk</source>
        <translation>Empezar a usar HRDesk</translation>
    </message>
</context>
<context>
    <name>HistoryEntryDialog</name>
    <message>
        <source>Add a history entry</source>
        <translation>Añadir una entrada al historial</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Exchange history</source>
        <translation>Historial de intercambios</translation>
    </message>
    <message>
        <source>No file exported or imported yet.</source>
        <translation>Todavía no se ha exportado ni importado ningún archivo.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Changes since {date}</source>
        <translation>Cambios desde el {date}</translation>
    </message>
    <message>
        <source>{inserted} inserted, {updated} updated, {conflicts} conflicts</source>
        <translation>{inserted} agregados, {updated} actualizados, {conflicts} conflictos</translation>
    </message>
    <message>
        <source>modified file accepted</source>
        <translation>archivo modificado aceptado</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)? You can undo this.</source>
        <translation>
            <numerusform>¿Eliminar %Ln registro? Podrá deshacerlo.</numerusform>
            <numerusform>¿Eliminar %Ln registros? Podrá deshacerlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)</source>
        <translation>
            <numerusform>Eliminar %Ln registro</numerusform>
            <numerusform>Eliminar %Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) deleted.</source>
        <translation>
            <numerusform>%Ln registro eliminado.</numerusform>
            <numerusform>%Ln registros eliminados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) restored.</source>
        <translation>
            <numerusform>%Ln registro restaurado.</numerusform>
            <numerusform>%Ln registros restaurados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>HRDesk</source>
        <translation>HRDesk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;About HRDesk</source>
        <translation>&amp;Acerca de HRDesk</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>{page} — HRDesk</source>
        <translation>{page} — HRDesk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Connect to a &amp;server database…</source>
        <translation>Conectarse a una base en un &amp;servidor…</translation>
    </message>
    <message>
        <source>&amp;Import an activity log…</source>
        <translation>&amp;Importar un registro de actividades…</translation>
    </message>
    <message>
        <source>Save the activity-log &amp;template…</source>
        <translation>Guardar la &amp;plantilla del registro de actividades…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Back&amp;ups and restore…</source>
        <translation>Copias de seg&amp;uridad y restauración…</translation>
    </message>
    <message>
        <source>Decrypt the database…</source>
        <translation>Descifrar la base de datos…</translation>
    </message>
    <message>
        <source>&amp;Encrypt the database…</source>
        <translation>&amp;Cifrar la base de datos…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>Open the &amp;data folder</source>
        <translation>Abrir la carpeta de &amp;datos</translation>
    </message>
    <message>
        <source>Connect to a server database</source>
        <translation>Conectarse a una base en un servidor</translation>
    </message>
    <message>
        <source>Close the open record editors first (save or cancel them).</source>
        <translation>Cierre primero los editores de fichas abiertos (guarde o cancele).</translation>
    </message>
    <message>
        <source>HRDesk cannot open the database</source>
        <translation>HRDesk no puede abrir la base de datos</translation>
    </message>
    <message>
        <source>Backup of the server database written to {path}.</source>
        <translation>Copia de seguridad de la base del servidor escrita en {path}.</translation>
    </message>
    <message>
        <source>The backup could not be made</source>
        <translation>No se pudo hacer la copia de seguridad</translation>
    </message>
    <message>
        <source>About HRDesk</source>
        <translation>Acerca de HRDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;HRDesk {version}&lt;/b&gt;&lt;br&gt;Offline records of human-rights activities, participants and recommendations.&lt;br&gt;&lt;br&gt;Database: {path}&lt;br&gt;Licence: MIT</source>
        <translation>&lt;b&gt;HRDesk {version}&lt;/b&gt;&lt;br&gt;Registro sin conexión de actividades, participantes y recomendaciones de derechos humanos.&lt;br&gt;&lt;br&gt;Base de datos: {path}&lt;br&gt;Licencia: MIT</translation>
    </message>
    <message>
        <source>Office: {code} — {name}</source>
        <translation>Oficina: {code} — {name}</translation>
    </message>
    <message>
        <source>No office configured</source>
        <translation>Ninguna oficina configurada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln activity(ies)</source>
        <translation>
            <numerusform>%Ln actividad</numerusform>
            <numerusform>%Ln actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln recomendación</numerusform>
            <numerusform>%Ln recomendaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>Base de datos: {name}</translation>
    </message>
    <message>
        <source>Last export: {when}</source>
        <translation>Última exportación: {when}</translation>
    </message>
    <message>
        <source>No export yet</source>
        <translation>Todavía no hay exportaciones</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <source>Follow-up matrix: click a count to list those recommendations.</source>
        <translation>Matriz de seguimiento: haga clic en un número para listar esas recomendaciones.</translation>
    </message>
    <message>
        <source>Follow-up matrix</source>
        <translation>Matriz de seguimiento</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not in a cluster</source>
        <translation>Sin grupo</translation>
    </message>
</context>
<context>
    <name>MultiPick</name>
    <message>
        <source>Type to filter</source>
        <translation>Escriba para filtrar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>OfficeForm</name>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your name *</source>
        <translation>Su nombre *</translation>
    </message>
    <message>
        <source>Shown in the audit trail next to each change you make.</source>
        <translation>Se muestra en el registro de auditoría junto a cada cambio que haga.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>This translation is not available yet.</source>
        <translation>Esta traducción todavía no está disponible.</translation>
    </message>
    <message>
        <source>The code identifies this office&apos;s records in every exchange; it cannot be changed once set.</source>
        <translation>El código identifica los registros de esta oficina en cada intercambio; no se puede cambiar una vez definido.</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Contact (personal data)</source>
        <translation>Contacto (datos personales)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Activities attended</source>
        <translation>Actividades a las que asistió</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message numerus="yes">
        <source>Activities attended (%Ln)</source>
        <translation>
            <numerusform>Actividades a las que asistió (%Ln)</numerusform>
            <numerusform>Actividades a las que asistió (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>This looks like a person already in the registry: {names}. Save again to register a new person anyway.</source>
        <translation>Parece una persona que ya figura en el registro: {names}. Guarde de nuevo para registrar de todos modos a una persona nueva.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Any sex</source>
        <translation>Todos los sexos</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Stakeholder category</source>
        <translation>Categoría de actor</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Find duplicates…</source>
        <translation>Buscar duplicados…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nuevo participante</translation>
    </message>
    <message>
        <source>Search name, organisation, position or e-mail</source>
        <translation>Buscar nombre, organización, cargo o correo electrónico</translation>
    </message>
    <message numerus="yes">
        <source>Matches: %Ln</source>
        <translation>
            <numerusform>Resultados: %Ln</numerusform>
            <numerusform>Resultados: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches</source>
        <translation>Nadie coincide</translation>
    </message>
    <message>
        <source>Try other words or clear some filters.</source>
        <translation>Pruebe con otras palabras o quite algunos filtros.</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Todavía no hay participantes</translation>
    </message>
    <message>
        <source>People are added from an activity&apos;s Participants tab, or here with “New participant”. Each person is registered once and linked to every activity they attend.</source>
        <translation>Las personas se agregan desde la pestaña Participantes de una actividad, o aquí con «Nuevo participante». Cada persona se registra una sola vez y se vincula a cada actividad a la que asiste.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln person(s) from the registry? You can undo this.</source>
        <translation>
            <numerusform>¿Eliminar %Ln persona del registro? Podrá deshacerlo.</numerusform>
            <numerusform>¿Eliminar %Ln personas del registro? Podrá deshacerlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) deleted.</source>
        <translation>
            <numerusform>%Ln persona eliminada.</numerusform>
            <numerusform>%Ln personas eliminadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <source>Use existing person</source>
        <translation>Usar la persona existente</translation>
    </message>
    <message>
        <source>Add as a new person anyway</source>
        <translation>Agregar de todos modos como nueva persona</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar la selección</translation>
    </message>
    <message>
        <source>Import attendance sheet…</source>
        <translation>Importar hoja de asistencia…</translation>
    </message>
    <message>
        <source>Add everyone on a sign-in sheet (.xlsx, .xls, .ods, .csv)</source>
        <translation>Agregar a todas las personas de una hoja de firmas (.xlsx, .xls, .ods, .csv)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Days attended</source>
        <translation>Días de asistencia</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Pretest</translation>
    </message>
    <message>
        <source>Paste rows from Excel</source>
        <translation>Pegar filas desde Excel</translation>
    </message>
    <message>
        <source>Copy the rows of a list in Excel (with its heading row), then paste them here (Ctrl+V) to check and add them</source>
        <translation>Copie las filas de una lista en Excel (con su fila de encabezado) y péguelas aquí (Ctrl+V) para revisarlas y agregarlas</translation>
    </message>
    <message>
        <source>Form for phones…</source>
        <translation>Formulario para teléfonos…</translation>
    </message>
    <message>
        <source>Write the registration form (XLSForm) for KoboToolbox or ODK Central</source>
        <translation>Escribir el formulario de registro (XLSForm) para KoboToolbox u ODK Central</translation>
    </message>
    <message>
        <source>Import submissions…</source>
        <translation>Importar envíos…</translation>
    </message>
    <message>
        <source>Import the data export of KoboToolbox or ODK Central</source>
        <translation>Importar la exportación de datos de KoboToolbox u ODK Central</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Grupo de edad</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Postest</translation>
    </message>
    <message>
        <source>People taking part</source>
        <translation>Personas participantes</translation>
    </message>
    <message>
        <source>People taking part, by sex</source>
        <translation>Personas participantes, por sexo</translation>
    </message>
    <message>
        <source>Find a person in the registry</source>
        <translation>Buscar una persona en el registro</translation>
    </message>
    <message>
        <source>Type a name, organisation or e-mail</source>
        <translation>Escriba un nombre, una organización o un correo electrónico</translation>
    </message>
    <message>
        <source>Search the registry</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <source>People found in the registry</source>
        <translation>Personas encontradas en el registro</translation>
    </message>
    <message>
        <source>Add to the activity</source>
        <translation>Agregar a la actividad</translation>
    </message>
    <message>
        <source>{name} is already listed.</source>
        <translation>{name} ya figura en la lista.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Create and add</source>
        <translation>Crear y agregar</translation>
    </message>
    <message>
        <source>Full name *</source>
        <translation>Nombre completo *</translation>
    </message>
    <message>
        <source>Changed here: saved to this person&apos;s record with the activity</source>
        <translation>Modificado aquí: se guarda en el registro de esta persona junto con la actividad</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Type the person&apos;s full name first.</source>
        <translation>Escriba primero el nombre completo de la persona.</translation>
    </message>
    <message>
        <source>This looks like a person already in the registry: {names}. Use the existing person to keep one record per person.</source>
        <translation>Parece una persona que ya figura en el registro: {names}. Use la persona existente para mantener un solo registro por persona.</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nuevo)</translation>
    </message>
    <message>
        <source>Double-click to change the role</source>
        <translation>Haga doble clic para cambiar la función</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>This year ({year})</source>
        <translation>Este año ({year})</translation>
    </message>
    <message>
        <source>Last year ({year})</source>
        <translation>El año pasado ({year})</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>El trimestre pasado</translation>
    </message>
    <message>
        <source>Quarter {q} of {year}</source>
        <translation>Trimestre {q} de {year}</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Año {year}</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Todas las fechas</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Fechas personalizadas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>del {start} al {end}</translation>
    </message>
</context>
<context>
    <name>PhoneFormDialog</name>
    <message>
        <source>Registration form for phones</source>
        <translation>Formulario de registro para teléfonos</translation>
    </message>
    <message>
        <source>HRDesk writes an XLSForm: publish it on KoboToolbox or ODK Central, collect the registrations offline on phones, then import the data export here.</source>
        <translation>HRDesk escribe un XLSForm: publíquelo en KoboToolbox u ODK Central, recoja los registros sin conexión en teléfonos y luego importe aquí la exportación de datos.</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Idioma predeterminado</translation>
    </message>
    <message>
        <source>Ask surname and given names separately</source>
        <translation>Preguntar por separado los apellidos y los nombres</translation>
    </message>
    <message>
        <source>Ask the Washington Group short set on disability</source>
        <translation>Hacer las preguntas del conjunto breve del Grupo de Washington sobre discapacidad</translation>
    </message>
    <message>
        <source>No tests</source>
        <translation>Sin pruebas</translation>
    </message>
    <message>
        <source>Pre- and post-test questions</source>
        <translation>Preguntas del pretest y del postest</translation>
    </message>
    <message>
        <source>e.g. BADC: the right answer of each question</source>
        <translation>p. ej., BADC: la respuesta correcta de cada pregunta</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Respuestas correctas</translation>
    </message>
    <message>
        <source>Save the form…</source>
        <translation>Guardar el formulario…</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Guardar el formulario</translation>
    </message>
    <message>
        <source>Form written to {path}</source>
        <translation>Formulario escrito en {path}</translation>
    </message>
</context>
<context>
    <name>ReachGrid</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The sum of the age groups.</source>
        <translation>La suma de los grupos de edad.</translation>
    </message>
    <message>
        <source>The sum of women, men and other.</source>
        <translation>La suma de mujeres, hombres y otros.</translation>
    </message>
</context>
<context>
    <name>RecommendationEditor</name>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>SDG targets</source>
        <translation>Metas de los ODS</translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation>&amp;Añadir una entrada…</translation>
    </message>
    <message>
        <source>Implementation history</source>
        <translation>Historial de aplicación</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Activity: {title}</source>
        <translation>Actividad: {title}</translation>
    </message>
    <message>
        <source>The current status is that of the newest entry; activities linked to the recommendation are listed as evidence.</source>
        <translation>El estado actual es el de la entrada más reciente; las actividades vinculadas a la recomendación se enumeran como evidencia.</translation>
    </message>
    <message>
        <source>Save the recommendation to start its history.</source>
        <translation>Guarde la recomendación para empezar su historial.</translation>
    </message>
    <message>
        <source>Linked activities</source>
        <translation>Actividades vinculadas</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Nueva recomendación</translation>
    </message>
    <message numerus="yes">
        <source>Linked activities (%Ln)</source>
        <translation>
            <numerusform>Actividades vinculadas (%Ln)</numerusform>
            <numerusform>Actividades vinculadas (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationImportDialog</name>
    <message>
        <source>Import recommendations</source>
        <translation>Importar recomendaciones</translation>
    </message>
    <message>
        <source>Import the recommendations of an export of the Universal Human Rights Index, of a UPR database or of a UPR matrix (.xlsx, .xls, .ods or .csv, one row per recommendation, headers in English, French or Spanish). The file is checked first; nothing is imported while it has a problem. Importing it again changes nothing; a newer export updates what changed.</source>
        <translation>Importe las recomendaciones de una exportación del Índice Universal de los Derechos Humanos, de una base de datos o de una matriz del EPU (.xlsx, .xls, .ods o .csv, una fila por recomendación, encabezados en inglés, francés o español). El archivo se verifica primero; no se importa nada mientras tenga un problema. Importarlo de nuevo no cambia nada; una exportación más reciente actualiza lo que cambió.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
    <message>
        <source>State under review</source>
        <translation>Estado examinado</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <source>As the file says</source>
        <translation>Según el archivo</translation>
    </message>
    <message>
        <source>State under review (when the file has no Country column)</source>
        <translation>Estado examinado (cuando el archivo no tiene columna País)</translation>
    </message>
    <message>
        <source>Mechanism (when the file has no Mechanism column)</source>
        <translation>Mecanismo (cuando el archivo no tiene columna Mecanismo)</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Recommendations in the file</source>
        <translation>Recomendaciones del archivo</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Signatura</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose a file of recommendations to check it.</source>
        <translation>Elija un archivo de recomendaciones para verificarlo.</translation>
    </message>
    <message>
        <source>Choose a file of recommendations</source>
        <translation>Elegir un archivo de recomendaciones</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns})</source>
        <translation>Hojas de cálculo ({patterns})</translation>
    </message>
    <message>
        <source>{file} is an HRDesk exchange file, not a list of recommendations: import it on the Exchange page. Nothing was imported.</source>
        <translation>{file} es un archivo de intercambio de HRDesk, no una lista de recomendaciones: impórtelo en la página Intercambio. No se importó nada.</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Verificando {file}…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing can be imported yet: %Ln problem(s) to fix in the file (listed below). Correct the file, save it, and choose it again.</source>
        <translation>
            <numerusform>Todavía no se puede importar nada: %Ln problema que corregir en el archivo (indicado abajo). Corrija el archivo, guárdelo y vuelva a elegirlo.</numerusform>
            <numerusform>Todavía no se puede importar nada: %Ln problemas que corregir en el archivo (indicados abajo). Corrija el archivo, guárdelo y vuelva a elegirlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is ready to import. If you import it: {summary}</source>
        <translation>El archivo está listo para importar. Si lo importa: {summary}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Deleted here: left deleted</source>
        <translation>Eliminada aquí: sigue eliminada</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>No se pudo leer el archivo: {error}</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Imported. {summary}</source>
        <translation>Importado. {summary}</translation>
    </message>
    <message>
        <source>Recommendations imported.</source>
        <translation>Recomendaciones importadas.</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>No se importó nada: {error}</translation>
    </message>
</context>
<context>
    <name>RecommendationPicker</name>
    <message>
        <source>Search recommendations by symbol, body or words</source>
        <translation>Buscar recomendaciones por signatura, órgano o palabras</translation>
    </message>
    <message>
        <source>Search recommendations</source>
        <translation>Buscar recomendaciones</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
</context>
<context>
    <name>RecommendationsPage</name>
    <message>
        <source>Any mechanism</source>
        <translation>Todos los mecanismos</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mecanismo</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>Estado de aplicación</translation>
    </message>
    <message>
        <source>Import recommendations…</source>
        <translation>Importar recomendaciones…</translation>
    </message>
    <message>
        <source>Bring in a list of recommendations: an export of the Universal Human Rights Index, a UPR database or a UPR matrix</source>
        <translation>Importar una lista de recomendaciones: una exportación del Índice Universal de los Derechos Humanos, una base de datos o una matriz del EPU</translation>
    </message>
    <message>
        <source>Any cycle</source>
        <translation>Cualquier ciclo</translation>
    </message>
    <message>
        <source>Any response</source>
        <translation>Cualquier respuesta</translation>
    </message>
    <message>
        <source>No response recorded</source>
        <translation>Sin respuesta registrada</translation>
    </message>
    <message>
        <source>Any cluster</source>
        <translation>Cualquier grupo</translation>
    </message>
    <message>
        <source>Any responsible entity</source>
        <translation>Cualquier entidad responsable</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Responsible entity</source>
        <translation>Entidad responsable</translation>
    </message>
    <message>
        <source>Recommendations by status</source>
        <translation>Recomendaciones por estado</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>Show the clusters × status matrix</source>
        <translation>Mostrar la matriz grupos × estado</translation>
    </message>
    <message>
        <source>Clusters…</source>
        <translation>Grupos…</translation>
    </message>
    <message>
        <source>Create and rename clusters, put the selected recommendations in one, see suggestions</source>
        <translation>Crear y renombrar grupos, poner en uno las recomendaciones seleccionadas, ver sugerencias</translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation>Informe de seguimiento</translation>
    </message>
    <message>
        <source>By cluster…</source>
        <translation>Por grupo…</translation>
    </message>
    <message>
        <source>By theme…</source>
        <translation>Por tema…</translation>
    </message>
    <message>
        <source>By mechanism…</source>
        <translation>Por mecanismo…</translation>
    </message>
    <message>
        <source>Compendium and follow-up matrix of the recommendations listed, Excel or PDF</source>
        <translation>Compendio y matriz de seguimiento de las recomendaciones de la lista, Excel o PDF</translation>
    </message>
    <message>
        <source>Cycle %1</source>
        <translation>Ciclo %1</translation>
    </message>
    <message>
        <source>Not in a cluster</source>
        <translation>Sin grupo</translation>
    </message>
    <message>
        <source>{status}: {n}</source>
        <comment>a status and how many recommendations have it</comment>
        <translation>{status}: {n}</translation>
    </message>
    <message>
        <source>Recommendations follow-up</source>
        <translation>Seguimiento de las recomendaciones</translation>
    </message>
    <message>
        <source>Save the follow-up report</source>
        <translation>Guardar el informe de seguimiento</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Redactando el informe…</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Nueva recomendación</translation>
    </message>
    <message>
        <source>Search symbol, paragraph, body or text</source>
        <translation>Buscar signatura, párrafo, órgano o texto</translation>
    </message>
    <message numerus="yes">
        <source>Matches: %Ln</source>
        <translation>
            <numerusform>Resultados: %Ln</numerusform>
            <numerusform>Resultados: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>No recommendation matches</source>
        <translation>Ninguna recomendación coincide</translation>
    </message>
    <message>
        <source>Try other words or clear some filters.</source>
        <translation>Pruebe con otras palabras o quite algunos filtros.</translation>
    </message>
    <message>
        <source>No recommendations yet</source>
        <translation>Todavía no hay recomendaciones</translation>
    </message>
    <message>
        <source>Record the recommendations of the Universal Periodic Review, treaty bodies and special procedures that your office follows, then link activities to them.</source>
        <translation>Registre las recomendaciones del Examen Periódico Universal, los órganos de tratados y los procedimientos especiales a los que da seguimiento su oficina, y vincule actividades a ellas.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Sections of the record</source>
        <translation>Secciones del registro</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Save them before closing?</source>
        <translation>Hay cambios sin guardar. ¿Desea guardarlos antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Full privacy: participants&apos; names and contact details will be in the files. Store and send them only where they are safe.</source>
        <translation>Privacidad «completo»: los nombres y datos de contacto de los participantes figurarán en los archivos. Guárdelos y envíelos solo donde estén seguros.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Preview of the key figures</source>
        <translation>Vista previa de las cifras clave</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Report of this scope</source>
        <translation>Informe de este alcance</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar a PDF…</translation>
    </message>
    <message>
        <source>The report covers the scope chosen above.</source>
        <translation>El informe abarca el alcance elegido arriba.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Progress of the file being written</source>
        <translation>Progreso del archivo que se está escribiendo</translation>
    </message>
    <message>
        <source>Training report / certificates</source>
        <translation>Informe de capacitación / certificados</translation>
    </message>
    <message>
        <source>Trainings in the scope</source>
        <translation>Capacitaciones incluidas en el alcance</translation>
    </message>
    <message>
        <source>Training report…</source>
        <translation>Informe de capacitación…</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Certificados…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>The figures could not be computed: {error}</source>
        <translation>No se pudieron calcular las cifras: {error}</translation>
    </message>
    <message>
        <source>Click to list these records</source>
        <translation>Haga clic para ver la lista de estos registros</translation>
    </message>
    <message numerus="yes">
        <source>{title}
{date} · %Ln participant(s)</source>
        <translation>
            <numerusform>{title}
{date} · %Ln participante</numerusform>
            <numerusform>{title}
{date} · %Ln participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trainings in this scope: %Ln. Choose one:</source>
        <translation>
            <numerusform>Capacitaciones en este alcance: %Ln. Elija una:</numerusform>
            <numerusform>Capacitaciones en este alcance: %Ln. Elija una:</numerusform>
        </translation>
    </message>
    <message>
        <source>No training in this scope.</source>
        <translation>No hay ninguna capacitación en este alcance.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Export the Excel report</source>
        <translation>Exportar el informe Excel</translation>
    </message>
    <message>
        <source>HRDesk report {period}</source>
        <translation>Informe HRDesk {period}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the PDF report</source>
        <translation>Exportar el informe PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Redactando el informe…</translation>
    </message>
    <message>
        <source>Save the training report</source>
        <translation>Guardar el informe de capacitación</translation>
    </message>
    <message>
        <source>Training report {title}</source>
        <translation>Informe de capacitación {title}</translation>
    </message>
    <message>
        <source>Writing the training report…</source>
        <translation>Redactando el informe de capacitación…</translation>
    </message>
    <message>
        <source>Save the certificates</source>
        <translation>Guardar los certificados</translation>
    </message>
    <message>
        <source>Certificates {title}</source>
        <translation>Certificados {title}</translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation>Redactando los certificados…</translation>
    </message>
    <message>
        <source>Saved {name} in {folder}.</source>
        <translation>{name} guardado en {folder}.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Cancelado. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Something went wrong while writing the file: {error}</source>
        <translation>Algo falló al escribir el archivo: {error}</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <source>All offices</source>
        <translation>Todas las oficinas</translation>
    </message>
    <message>
        <source>Offices: {n}</source>
        <translation>Oficinas: {n}</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>Countries: {n}</source>
        <translation>Países: {n}</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Kinds: {n}</source>
        <translation>Tipos: {n}</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Themes: {n}</source>
        <translation>Temas: {n}</translation>
    </message>
    <message>
        <source>All SDG goals</source>
        <translation>Todos los ODS</translation>
    </message>
    <message>
        <source>SDG goals: {n}</source>
        <translation>ODS: {n}</translation>
    </message>
    <message>
        <source>Goal {n}: {title}</source>
        <translation>Objetivo {n}: {title}</translation>
    </message>
    <message>
        <source>Include cancelled activities</source>
        <translation>Incluir las actividades canceladas</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Oficinas</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Kinds of activity</source>
        <translation>Tipos de actividad</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>SDG goals</source>
        <translation>Objetivos de Desarrollo Sostenible</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>No database at {path}.</source>
        <translation>No hay ninguna base de datos en {path}.</translation>
    </message>
</context>
<context>
    <name>SdgPicker</name>
    <message>
        <source>Search targets by code or words, e.g. 16.3 or justice</source>
        <translation>Buscar metas por código o palabras, p. ej. 16.3 o justicia</translation>
    </message>
    <message>
        <source>Search SDG targets</source>
        <translation>Buscar metas de los ODS</translation>
    </message>
    <message>
        <source>SDG goals and targets</source>
        <translation>Objetivos y metas de los ODS</translation>
    </message>
    <message>
        <source>Goal {n}: {title}</source>
        <translation>Objetivo {n}: {title}</translation>
    </message>
    <message>
        <source>Selected: {codes}</source>
        <translation>Selección: {codes}</translation>
    </message>
    <message>
        <source>No target selected.</source>
        <translation>Ninguna meta seleccionada.</translation>
    </message>
</context>
<context>
    <name>SendTab</name>
    <message>
        <source>Write an exchange workbook for your regional office or headquarters. It can be sent by e-mail or carried on a USB stick; they import it into their HRDesk without duplicates.</source>
        <translation>Escriba un libro de intercambio para su oficina regional o la sede. Puede enviarse por correo electrónico o llevarse en una memoria USB; el destinatario lo importa en su HRDesk sin duplicados.</translation>
    </message>
    <message>
        <source>For example: Regional Office for West Africa</source>
        <translation>Por ejemplo: Oficina Regional para África Occidental</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Changes since the last export to this recipient</source>
        <translation>Cambios desde la última exportación a este destinatario</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Cambios desde el</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Qué enviar</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation>Confirme la contraseña</translation>
    </message>
    <message>
        <source>With a password, Excel and HRDesk ask for it to open the file. Tell it to the recipient another way than the file (by phone, for example).</source>
        <translation>Con una contraseña, Excel y HRDesk la piden para abrir el archivo. Comuníquela al destinatario por una vía distinta del archivo (por teléfono, por ejemplo).</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Name a recipient to send only what changed since your last export to them.</source>
        <translation>Indique un destinatario para enviar solo lo que cambió desde su última exportación a él.</translation>
    </message>
    <message>
        <source>Last export to {name}: {when}.</source>
        <translation>Última exportación a {name}: {when}.</translation>
    </message>
    <message>
        <source>No export to {name} yet: the first one sends everything.</source>
        <translation>Todavía no hay exportaciones a {name}: la primera envía todo.</translation>
    </message>
    <message>
        <source>Names, e-mails, phones and notes are in the file. Use a password.</source>
        <translation>Los nombres, correos electrónicos, teléfonos y notas figuran en el archivo. Use una contraseña.</translation>
    </message>
    <message>
        <source>No names, e-mails, phones or notes; each person keeps a code, so the region still counts unique people.</source>
        <translation>Sin nombres, correos electrónicos, teléfonos ni notas; cada persona conserva un código, de modo que la región sigue contando personas distintas.</translation>
    </message>
    <message>
        <source>No participant rows at all: activities with their counts only.</source>
        <translation>Ninguna fila de participantes: solo las actividades con sus recuentos.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden. Escriba dos veces la misma contraseña.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Choose the date to send changes since.</source>
        <translation>Elija la fecha desde la que se enviarán los cambios.</translation>
    </message>
    <message>
        <source>Save the exchange workbook</source>
        <translation>Guardar el libro de intercambio</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Escribiendo el libro…</translation>
    </message>
    <message>
        <source>Saved {name} in {folder} ({privacy}{encrypted}). Rows: {rows}.</source>
        <translation>{name} guardado en {folder} ({privacy}{encrypted}). Filas: {rows}.</translation>
    </message>
    <message>
        <source>, with a password</source>
        <translation>, con contraseña</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>{name} guardado.</translation>
    </message>
    <message>
        <source>Cancelled. No file was written.</source>
        <translation>Cancelado. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>No file was written.</source>
        <translation>No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Something went wrong while writing the file: {error}</source>
        <translation>Algo falló al escribir el archivo: {error}</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Wrong password for {location}. Try again:</source>
        <translation>Contraseña incorrecta para {location}. Vuelva a intentarlo:</translation>
    </message>
    <message>
        <source>Password for {location}:</source>
        <translation>Contraseña para {location}:</translation>
    </message>
    <message>
        <source>Server database</source>
        <translation>Base en un servidor</translation>
    </message>
    <message>
        <source>Connect to a server database</source>
        <translation>Conectarse a una base en un servidor</translation>
    </message>
    <message>
        <source>Headquarters and regional offices can keep HRDesk&apos;s database on a PostgreSQL server, shared by several users. The administrator creates the database and your user; the password is read from your pgpass file, or asked.</source>
        <translation>La sede y las oficinas regionales pueden tener la base de HRDesk en un servidor PostgreSQL, compartida por varios usuarios. El administrador crea la base y su usuario; la contraseña se lee de su archivo pgpass, o se pide.</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation>p. ej. db.example.org</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it</source>
        <translation>Cifrada si el servidor lo ofrece</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>Siempre cifrada</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked</source>
        <translation>Cifrada, con el certificado del servidor comprobado</translation>
    </message>
    <message>
        <source>Not encrypted (local network only)</source>
        <translation>Sin cifrar (solo red local)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Indique el servidor y la base de datos.</translation>
    </message>
    <message>
        <source>Give the server.</source>
        <translation>Indique el servidor.</translation>
    </message>
    <message>
        <source>Give the database.</source>
        <translation>Indique la base de datos.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Office profile</source>
        <translation>Perfil de la oficina</translation>
    </message>
    <message>
        <source>Save office profile</source>
        <translation>Guardar el perfil de la oficina</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <source>Default privacy level of exports</source>
        <translation>Nivel de privacidad predeterminado de las exportaciones</translation>
    </message>
    <message>
        <source>Default privacy level</source>
        <translation>Nivel de privacidad predeterminado</translation>
    </message>
    <message>
        <source>Workbooks sent to other offices leave names and contact details out unless you choose otherwise for a particular export.</source>
        <translation>Los libros enviados a otras oficinas no incluyen nombres ni datos de contacto, salvo que decida otra cosa para una exportación concreta.</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Dónde están sus datos</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Archivo de base de datos</translation>
    </message>
    <message>
        <source>Database server</source>
        <translation>Servidor de base de datos</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Backups and restore…</source>
        <translation>Copias de seguridad y restauración…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Decrypt the database…</source>
        <translation>Descifrar la base de datos…</translation>
    </message>
    <message>
        <source>Encrypt the database…</source>
        <translation>Cifrar la base de datos…</translation>
    </message>
    <message>
        <source>On a database server: encryption at rest (of its disks and backups) is the server&apos;s job; ask its administrator.</source>
        <translation>En un servidor de bases de datos: el cifrado en reposo (de sus discos y copias de seguridad) corresponde al servidor; consulte a su administrador.</translation>
    </message>
    <message>
        <source>Encrypted with a passphrase (SQLCipher), backups included.</source>
        <translation>Cifrada con una frase de contraseña (SQLCipher), copias de seguridad incluidas.</translation>
    </message>
    <message>
        <source>Not encrypted: encryption is not available on this computer (SQLCipher is not installed).</source>
        <translation>Sin cifrar: el cifrado no está disponible en este equipo (SQLCipher no está instalado).</translation>
    </message>
    <message>
        <source>Not encrypted. Recommended when names are stored: use “Encrypt the database…” below (or File › Encrypt the database…).</source>
        <translation>Sin cifrar. Recomendado cuando se guardan nombres: use «Cifrar la base de datos…» abajo (o Archivo › Cifrar la base de datos…).</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Default privacy level saved.</source>
        <translation>Nivel de privacidad predeterminado guardado.</translation>
    </message>
</context>
<context>
    <name>SubmissionsDialog</name>
    <message>
        <source>Import submissions from phones</source>
        <translation>Importar envíos desde teléfonos</translation>
    </message>
    <message>
        <source>The data export of KoboToolbox (.xlsx) or ODK Central (.csv)</source>
        <translation>La exportación de datos de KoboToolbox (.xlsx) u ODK Central (.csv)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Envío</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Pretest</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Postest</translation>
    </message>
    <message>
        <source>What to do / problems and likely duplicates</source>
        <translation>Acción / problemas y probables duplicados</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Data export of the submissions</source>
        <translation>Exportación de datos de los envíos</translation>
    </message>
    <message>
        <source>Data exports ({patterns})</source>
        <translation>Exportaciones de datos ({patterns})</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>No se pudo leer el archivo: {error}</translation>
    </message>
    <message>
        <source>Use the person already known</source>
        <translation>Usar la persona ya conocida</translation>
    </message>
    <message>
        <source>Add as a new person (check the likely duplicate later)</source>
        <translation>Agregar como persona nueva (revisar el probable duplicado más tarde)</translation>
    </message>
    <message>
        <source>Add as a new person</source>
        <translation>Agregar como persona nueva</translation>
    </message>
    <message>
        <source>Apply the changes made since the last import</source>
        <translation>Aplicar los cambios hechos desde la última importación</translation>
    </message>
    <message numerus="yes">
        <source>%Ln submission(s) have problems (shown in red). Correct them on the server and download the export again; nothing is imported until then.</source>
        <translation>
            <numerusform>%Ln envío tiene problemas (en rojo). Corríjalo en el servidor y vuelva a descargar la exportación; no se importa nada hasta entonces.</numerusform>
            <numerusform>%Ln envíos tienen problemas (en rojo). Corríjalos en el servidor y vuelva a descargar la exportación; no se importa nada hasta entonces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new submission(s)</source>
        <translation>
            <numerusform>%Ln envío nuevo</numerusform>
            <numerusform>%Ln envíos nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edited since the last import</source>
        <translation>
            <numerusform>%Ln modificado desde la última importación</numerusform>
            <numerusform>%Ln modificados desde la última importación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already imported</source>
        <translation>
            <numerusform>%Ln ya importado</numerusform>
            <numerusform>%Ln ya importados</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>No se importó nada: {error}</translation>
    </message>
</context>
<context>
    <name>TagsEdit</name>
    <message>
        <source>Separate entries with &apos;;&apos;</source>
        <translation>Separe las entradas con «;»</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>HRDesk user guide</source>
        <translation>Guía de uso de HRDesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
</context>
<context>
    <name>_OfficePage</name>
    <message>
        <source>Welcome to HRDesk</source>
        <translation>Bienvenido a HRDesk</translation>
    </message>
    <message>
        <source>Tell HRDesk which office this computer works for. You can change this later in Settings.</source>
        <translation>Indique a HRDesk para qué oficina trabaja este equipo. Podrá cambiarlo más adelante en Configuración.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message numerus="yes">
        <source>%Ln woman/women</source>
        <translation>
            <numerusform>%Ln mujer</numerusform>
            <numerusform>%Ln mujeres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln man/men</source>
        <translation>
            <numerusform>%Ln hombre</numerusform>
            <numerusform>%Ln hombres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other</source>
        <translation>
            <numerusform>%Ln otro</numerusform>
            <numerusform>%Ln otros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not stated</source>
        <translation>
            <numerusform>%Ln sin especificar</numerusform>
            <numerusform>%Ln sin especificar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <source>{total}: {groups}</source>
        <translation>{total}: {groups}</translation>
    </message>
</context>
</TS>
