<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AbCompareVariants</name>
    <message>
        <source>Least connections instead of round robin</source>
        <translation>Menos conexiones en lugar de round robin</translation>
    </message>
    <message>
        <source>Round robin instead of least connections</source>
        <translation>Round robin en lugar de menos conexiones</translation>
    </message>
    <message>
        <source>LFU instead of LRU eviction</source>
        <translation>Expulsión LFU en lugar de LRU</translation>
    </message>
    <message>
        <source>LRU instead of LFU eviction</source>
        <translation>Expulsión LRU en lugar de LFU</translation>
    </message>
    <message>
        <source>Semi-sync instead of async replication</source>
        <translation>Replicación semisíncrona en lugar de asíncrona</translation>
    </message>
    <message>
        <source>Async instead of semi-sync replication</source>
        <translation>Replicación asíncrona en lugar de semisíncrona</translation>
    </message>
    <message>
        <source>Stateful (local) sessions instead of a shared store</source>
        <translation>Sesiones con estado (locales) en lugar de un almacén compartido</translation>
    </message>
    <message>
        <source>Stateless servers with a shared session store</source>
        <translation>Servidores sin estado con un almacén de sesiones compartido</translation>
    </message>
    <message>
        <source>replication: %1 → %2</source>
        <translation>replicación: %1 → %2</translation>
    </message>
</context>
<context>
    <name>BigNumberCatalog</name>
    <message>
        <source>requests ok</source>
        <translation>peticiones correctas</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errores</translation>
    </message>
    <message>
        <source>timeouts</source>
        <translation>tiempos agotados</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartadas</translation>
    </message>
    <message>
        <source>p50 latency</source>
        <translation>latencia p50</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>latencia p95</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>latencia p99</translation>
    </message>
    <message>
        <source>cache hit ratio</source>
        <translation>tasa de aciertos de caché</translation>
    </message>
    <message>
        <source>stale cache hits</source>
        <translation>aciertos obsoletos de caché</translation>
    </message>
    <message>
        <source>cache evictions</source>
        <translation>expulsiones de caché</translation>
    </message>
    <message>
        <source>stale reads</source>
        <translation>lecturas obsoletas</translation>
    </message>
    <message>
        <source>lost writes</source>
        <translation>escrituras perdidas</translation>
    </message>
    <message>
        <source>max replication lag</source>
        <translation>retraso de replicación máx.</translation>
    </message>
    <message>
        <source>write conflicts</source>
        <translation>conflictos de escritura</translation>
    </message>
    <message>
        <source>sessions lost</source>
        <translation>sesiones perdidas</translation>
    </message>
    <message>
        <source>CDN offload</source>
        <translation>descarga del origen (CDN)</translation>
    </message>
    <message>
        <source>CDN cost</source>
        <translation>coste de la CDN</translation>
    </message>
    <message>
        <source>cost without a CDN</source>
        <translation>coste sin CDN</translation>
    </message>
    <message>
        <source>write-back writes lost</source>
        <translation>escrituras write-back perdidas</translation>
    </message>
    <message>
        <source>jobs done</source>
        <translation>tareas completadas</translation>
    </message>
    <message>
        <source>jobs done twice</source>
        <translation>tareas hechas dos veces</translation>
    </message>
    <message>
        <source>jobs refused</source>
        <translation>tareas rechazadas</translation>
    </message>
    <message>
        <source>deepest queue</source>
        <translation>cola más larga</translation>
    </message>
    <message>
        <source>busiest shard&apos;s share</source>
        <translation>cuota del fragmento más ocupado</translation>
    </message>
    <message>
        <source>keys moved</source>
        <translation>claves movidas</translation>
    </message>
    <message>
        <source>server cost</source>
        <translation>coste de servidores</translation>
    </message>
    <message>
        <source>server cost per hour</source>
        <translation>coste de servidores por hora</translation>
    </message>
    <message>
        <source>sent on stale DNS answers</source>
        <translation>enviadas con respuestas DNS obsoletas</translation>
    </message>
</context>
<context>
    <name>CanvasClipboard</name>
    <message>
        <source>the clipboard is empty</source>
        <translation>el portapapeles está vacío</translation>
    </message>
    <message>
        <source>the clipboard holds no ScaleLab nodes</source>
        <translation>el portapapeles no contiene nodos de ScaleLab</translation>
    </message>
</context>
<context>
    <name>CanvasExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>ScaleLab topology</source>
        <translation>Topología de ScaleLab</translation>
    </message>
    <message>
        <source>Drawn by ScaleLab</source>
        <translation>Dibujado con ScaleLab</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>CauseExplainer</name>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Why was request %1 stale?</source>
        <translation>¿Por qué la petición %1 obtuvo datos obsoletos?</translation>
    </message>
    <message>
        <source>Why did request %1 miss the cache?</source>
        <translation>¿Por qué la petición %1 falló en la caché?</translation>
    </message>
    <message>
        <source>Why did request %1 fail?</source>
        <translation>¿Por qué falló la petición %1?</translation>
    </message>
    <message>
        <source>no value at all</source>
        <translation>ningún valor</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>la escritura %1</translation>
    </message>
    <message>
        <source>At %1 s %2 answered key %3 with %4.</source>
        <translation>A los %1 s, %2 respondió a la clave %3 con %4.</translation>
    </message>
    <message>
        <source>The primary %1 had already committed write %2 at %3 s.</source>
        <translation>El primario %1 ya había confirmado la escritura %2 a los %3 s.</translation>
    </message>
    <message>
        <source>Write %1 of that key was already committed.</source>
        <translation>La escritura %1 de esa clave ya estaba confirmada.</translation>
    </message>
    <message>
        <source>It reached %1 only at %2 s, %3 ms after the commit: with asynchronous replication a replica applies a write after the ship delay and the link&apos;s latency.</source>
        <translation>Solo llegó a %1 a los %2 s, %3 ms después de la confirmación: con replicación asíncrona, una réplica aplica una escritura tras el retardo de envío y la latencia del enlace.</translation>
    </message>
    <message>
        <source>The replica had not applied it yet when the log last heard of it.</source>
        <translation>La réplica aún no la había aplicado la última vez que el registro tuvo noticias de ella.</translation>
    </message>
    <message>
        <source>The cache had filled its copy at %1 s.</source>
        <translation>La caché había cargado su copia a los %1 s.</translation>
    </message>
    <message>
        <source>The old copy left the cache at %1 s (%2).</source>
        <translation>La copia antigua salió de la caché a los %1 s (%2).</translation>
    </message>
    <message>
        <source>Writes do not touch this cache (write policy none): the copy stays stale until it expires.</source>
        <translation>Las escrituras no tocan esta caché (política de escritura none): la copia sigue obsoleta hasta que caduca.</translation>
    </message>
    <message>
        <source>The write&apos;s invalidation had not reached the cache yet.</source>
        <translation>La invalidación de la escritura aún no había llegado a la caché.</translation>
    </message>
    <message>
        <source>At %1 s %2 did not hold key %3.</source>
        <translation>A los %1 s, %2 no tenía la clave %3.</translation>
    </message>
    <message>
        <source>It had never been cached there: a cold miss. The request read the database and filled the cache.</source>
        <translation>Nunca había estado en esa caché: un fallo en frío. La petición leyó la base de datos y cargó la caché.</translation>
    </message>
    <message>
        <source>%1 was killed at %2 s and came back empty: its memory is gone.</source>
        <translation>%1 se apagó a los %2 s y volvió vacía: su memoria se perdió.</translation>
    </message>
    <message>
        <source>It was evicted at %1 s to make room (%2, capacity %3).</source>
        <translation>Fue expulsada a los %1 s para hacer sitio (%2, capacidad %3).</translation>
    </message>
    <message>
        <source>It had been filled at %1 s.</source>
        <translation>Se había cargado a los %1 s.</translation>
    </message>
    <message>
        <source>It was filled at %1 s and expired at %2 s: its TTL is %3 s.</source>
        <translation>Se cargó a los %1 s y caducó a los %2 s: su TTL es de %3 s.</translation>
    </message>
    <message>
        <source>Write %1 deleted it from the cache at %2 s (invalidate on write).</source>
        <translation>La escritura %1 la borró de la caché a los %2 s (invalidación al escribir).</translation>
    </message>
    <message>
        <source>It reached %1 at %2 s, but %1 had been killed at %3 s.</source>
        <translation>Llegó a %1 a los %2 s, pero %1 se había apagado a los %3 s.</translation>
    </message>
    <message>
        <source>Nothing had noticed yet: without a health check that fails it, requests keep going there.</source>
        <translation>Nadie se había dado cuenta todavía: sin una comprobación de salud que lo descarte, las peticiones siguen llegando allí.</translation>
    </message>
    <message>
        <source>Nothing noticed before it came back at %1 s.</source>
        <translation>Nadie se dio cuenta antes de que volviera a los %1 s.</translation>
    </message>
    <message>
        <source>%1&apos;s health checks marked it down at %2 s</source>
        <translation>las comprobaciones de salud de %1 lo marcaron como caído a los %2 s</translation>
    </message>
    <message>
        <source>%1 ejected it after its errors at %2 s</source>
        <translation>%1 lo excluyó tras sus errores a los %2 s</translation>
    </message>
    <message>
        <source>The failover promoted %1 at %2 s</source>
        <translation>La conmutación por error promovió a %1 a los %2 s</translation>
    </message>
    <message>
        <source>The failover began recovering onto %1 at %2 s</source>
        <translation>La conmutación por error empezó a recuperar datos en %1 a los %2 s</translation>
    </message>
    <message>
        <source>The failover found no replica to replace %1 at %2 s</source>
        <translation>La conmutación por error no encontró ninguna réplica que sustituyera a %1 a los %2 s</translation>
    </message>
    <message>
        <source>The standby %1 took over at %2 s</source>
        <translation>El balanceador de reserva %1 tomó el relevo a los %2 s</translation>
    </message>
    <message>
        <source>%1 noticed at %2 s</source>
        <translation>%1 se dio cuenta a los %2 s</translation>
    </message>
    <message>
        <source>: this request was already on its way.</source>
        <translation>: esta petición ya estaba en camino.</translation>
    </message>
    <message>
        <source>, %1 s after the kill: until then requests kept arriving.</source>
        <translation>, %1 s después del apagado: hasta entonces siguieron llegando peticiones.</translation>
    </message>
    <message>
        <source>The link between %1 and %2 was cut at %3 s: nothing got through, and the client gave up at its timeout.</source>
        <translation>El enlace entre %1 y %2 se cortó a los %3 s: no pasaba nada, y el cliente se rindió al agotar su tiempo de espera.</translation>
    </message>
    <message>
        <source>A link next to %1 was cut: nothing got through, and the client gave up at its timeout.</source>
        <translation>Se cortó un enlace junto a %1: no pasaba nada, y el cliente se rindió al agotar su tiempo de espera.</translation>
    </message>
    <message>
        <source>At %1 s all %2 workers of %3 were busy and its queue of %4 was full: the request was turned away.</source>
        <translation>A los %1 s, los %2 trabajadores de %3 estaban ocupados y su cola de %4 estaba llena: la petición se rechazó.</translation>
    </message>
    <message>
        <source>The answer took longer than the client waits, so it gave up (a timeout).</source>
        <translation>La respuesta tardó más de lo que espera el cliente, así que se rindió (tiempo agotado).</translation>
    </message>
    <message>
        <source>At %1 s %2 had nowhere to send it: no server in its pool was up and eligible, or no primary database was linked.</source>
        <translation>A los %1 s, %2 no tenía adónde enviarla: ningún servidor de su grupo estaba activo y disponible, o no había ninguna base de datos primaria enlazada.</translation>
    </message>
    <message>
        <source>%1 commits write %2</source>
        <translation>%1 confirma la escritura %2</translation>
    </message>
    <message>
        <source>%1 fills its copy</source>
        <translation>%1 carga su copia</translation>
    </message>
    <message>
        <source>the stale read at %1</source>
        <translation>la lectura obsoleta en %1</translation>
    </message>
    <message>
        <source>%1 applies write %2</source>
        <translation>%1 aplica la escritura %2</translation>
    </message>
    <message>
        <source>the old copy leaves %1</source>
        <translation>la copia antigua sale de %1</translation>
    </message>
    <message>
        <source>key %1 filled</source>
        <translation>clave %1 cargada</translation>
    </message>
    <message>
        <source>%1 killed</source>
        <translation>%1 apagado</translation>
    </message>
    <message>
        <source>key evicted from %1</source>
        <translation>clave expulsada de %1</translation>
    </message>
    <message>
        <source>key expires in %1</source>
        <translation>la clave caduca en %1</translation>
    </message>
    <message>
        <source>key invalidated in %1</source>
        <translation>clave invalidada en %1</translation>
    </message>
    <message>
        <source>the miss</source>
        <translation>el fallo</translation>
    </message>
    <message>
        <source>link cut</source>
        <translation>enlace cortado</translation>
    </message>
    <message>
        <source>the request fails</source>
        <translation>la petición falla</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>Ir a:</translation>
    </message>
    <message>
        <source>%1 was killed at %2 s while it was handling it.</source>
        <translation>%1 se apagó a los %2 s mientras la atendía.</translation>
    </message>
    <message>
        <source>Why was write %1 of key %2 lost?</source>
        <translation>¿Por qué se perdió la escritura %1 de la clave %2?</translation>
    </message>
    <message>
        <source>%1 committed write %2 of key %3 at %4 s for request %5 of user %6 (%7).</source>
        <translation>%1 confirmó la escritura %2 de la clave %3 a los %4 s para la petición %5 del usuario %6 (%7).</translation>
    </message>
    <message>
        <source>Replication is asynchronous: %1 told the client it was saved at once, at %2 s, without waiting for any replica.</source>
        <translation>La replicación es asíncrona: %1 le dijo enseguida al cliente, a los %2 s, que estaba guardada, sin esperar a ninguna réplica.</translation>
    </message>
    <message>
        <source>No replica acknowledged it within the semi-sync timeout (%1 ms), so %2 fell back to asynchronous replication and told the client it was saved at %3 s.</source>
        <translation>Ninguna réplica acusó recibo dentro del tiempo de espera semisíncrono (%1 ms), así que %2 volvió a la replicación asíncrona y le dijo al cliente que estaba guardada a los %3 s.</translation>
    </message>
    <message>
        <source>A replica acknowledged it, and %1 told the client it was saved at %2 s; that replica was not the one promoted.</source>
        <translation>Una réplica acusó recibo, y %1 le dijo al cliente que estaba guardada a los %2 s; esa réplica no fue la que se promovió.</translation>
    </message>
    <message>
        <source>Every replica it waited for had died, so %1 told the client it was saved at %2 s without one.</source>
        <translation>Todas las réplicas a las que esperaba habían caído, así que %1 le dijo al cliente que estaba guardada a los %2 s sin ninguna.</translation>
    </message>
    <message>
        <source>Its binlog event was due to leave %1 at %2 s (after the ship delay of %3 ms), but %1 died at %4 s, %5 ms before that: no replica ever received it.</source>
        <translation>Su evento del binlog debía salir de %1 a los %2 s (tras el retardo de envío de %3 ms), pero %1 cayó a los %4 s, %5 ms antes: ninguna réplica lo recibió nunca.</translation>
    </message>
    <message>
        <source>It left %1 at %2 s but was still on its way to %3 when %3 was promoted.</source>
        <translation>Salió de %1 a los %2 s, pero aún iba de camino a %3 cuando %3 fue promovido.</translation>
    </message>
    <message>
        <source>It left %1 at %2 s, but %3 never applied it: %3 was down or still catching up then.</source>
        <translation>Salió de %1 a los %2 s, pero %3 nunca la aplicó: %3 estaba caído o aún poniéndose al día.</translation>
    </message>
    <message>
        <source>At %1 s the failover promoted %2, which did not have it: the write was acknowledged, and it is gone.</source>
        <translation>A los %1 s, la conmutación por error promovió a %2, que no la tenía: la escritura se había aceptado y se ha perdido.</translation>
    </message>
    <message>
        <source>the client is told it was saved</source>
        <translation>se le dice al cliente que está guardada</translation>
    </message>
    <message>
        <source>%1 dies</source>
        <translation>%1 cae</translation>
    </message>
    <message>
        <source>%1 promoted</source>
        <translation>%1 promovido</translation>
    </message>
    <message>
        <source>Semi-sync replication waits until one replica has the write in its relay log, not until replicas apply it: it protects acknowledged writes, not freshness.</source>
        <translation>La replicación semisíncrona espera a que una réplica tenga la escritura en su relay log, no a que las réplicas la apliquen: protege las escrituras aceptadas, no la frescura de los datos.</translation>
    </message>
    <message>
        <source>A read that started before write %1 filled the cache with the old value after the write had invalidated it: the race memcache leases prevent (see the cache-leases example).</source>
        <translation>Una lectura que empezó antes de la escritura %1 cargó la caché con el valor antiguo después de que la escritura la hubiera invalidado: es la carrera que evitan las concesiones (leases) de memcache (mira el ejemplo cache-leases).</translation>
    </message>
    <message>
        <source>It stays until the next write of the key or the end of its TTL.</source>
        <translation>Se queda ahí hasta la siguiente escritura de la clave o hasta que venza su TTL.</translation>
    </message>
    <message>
        <source>Writes go around this cache to the database (write policy write-around): the copy stays stale until it expires.</source>
        <translation>Las escrituras rodean esta caché y van directamente a la base de datos (política de escritura write-around): la copia sigue obsoleta hasta que caduca.</translation>
    </message>
</context>
<context>
    <name>DatacenterFramesItem</name>
    <message>
        <source>%1 · DOWN</source>
        <translation>%1 · CAÍDO</translation>
    </message>
    <message>
        <source>the dns sends users elsewhere</source>
        <translation>el DNS envía a los usuarios a otro sitio</translation>
    </message>
    <message>
        <source>the dns has not noticed: users still come</source>
        <translation>el DNS no se ha dado cuenta: siguen llegando usuarios</translation>
    </message>
    <message>
        <source>back up, but the dns still sees it down</source>
        <translation>activo de nuevo, pero el DNS aún lo ve caído</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>ScaleLab topologies (*.scalelab.json);;JSON files (*.json);;All files (*)</source>
        <translation>Topologías de ScaleLab (*.scalelab.json);;Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <source>Light colours for print</source>
        <translation>Colores claros para imprimir</translation>
    </message>
    <message>
        <source>Draw the picture in the light theme&apos;s colours, as on paper, whatever the screen shows</source>
        <translation>Dibuja la imagen con los colores del tema claro, como en papel, sea cual sea lo que muestre la pantalla</translation>
    </message>
</context>
<context>
    <name>InspectorSchemas</name>
    <message>
        <source>Concurrency</source>
        <translation>Concurrencia</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>trabajadores</translation>
    </message>
    <message>
        <source>Requests served at the same time</source>
        <translation>Peticiones atendidas a la vez</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Tiempo de servicio</translation>
    </message>
    <message>
        <source>Time one request takes on a worker</source>
        <translation>Tiempo que tarda un trabajador en atender una petición</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>peticiones</translation>
    </message>
    <message>
        <source>Requests that may wait for a worker; beyond it they are dropped</source>
        <translation>Peticiones que pueden esperar a un trabajador; las que no caben se descartan</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Balanceador de carga</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Servidor web</translation>
    </message>
    <message>
        <source>Session store</source>
        <translation>Almacén de sesiones</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>CDN edge</source>
        <translation>Servidor de borde de la CDN</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Almacenamiento de objetos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>The name links, events and the canvas use; press Enter to rename</source>
        <translation>El nombre que usan los enlaces, los eventos y el lienzo; pulsa Intro para renombrar</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>Requests per second, Poisson arrivals</source>
        <translation>Peticiones por segundo, llegadas de Poisson</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Size of the user population; each user has a stable IP address</source>
        <translation>Tamaño de la población de usuarios; cada usuario tiene una dirección IP fija</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Distinct data keys</source>
        <translation>Claves de datos distintas</translation>
    </message>
    <message>
        <source>Key popularity</source>
        <translation>Popularidad de las claves</translation>
    </message>
    <message>
        <source>Zipf exponent of key popularity (0: every key equally popular)</source>
        <translation>Exponente de Zipf de la popularidad de las claves (0: todas igual de populares)</translation>
    </message>
    <message>
        <source>User activity</source>
        <translation>Actividad de los usuarios</translation>
    </message>
    <message>
        <source>Zipf exponent of how unequal users&apos; activity is (0: all equally active)</source>
        <translation>Exponente de Zipf de lo desigual que es la actividad de los usuarios (0: todos igual de activos)</translation>
    </message>
    <message>
        <source>Query variants</source>
        <translation>Variantes de consulta</translation>
    </message>
    <message>
        <source>Distinct query strings (?ref=...) on static requests</source>
        <translation>Cadenas de consulta distintas (?ref=...) en las peticiones estáticas</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo de espera</translation>
    </message>
    <message>
        <source>A user gives up on a request after this long</source>
        <translation>Un usuario abandona una petición pasado este tiempo</translation>
    </message>
    <message>
        <source>Trace file</source>
        <translation>Archivo de traza</translation>
    </message>
    <message>
        <source>A CSV trace to replay instead of the synthetic workload (relative to the topology file)</source>
        <translation>Una traza CSV que se reproduce en lugar de la carga sintética (ruta relativa al archivo de topología)</translation>
    </message>
    <message>
        <source>Request mix</source>
        <translation>Mezcla de peticiones</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <source>Share of reads</source>
        <translation>Proporción de lecturas</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Escrituras</translation>
    </message>
    <message>
        <source>Share of writes</source>
        <translation>Proporción de escrituras</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Estáticas</translation>
    </message>
    <message>
        <source>Share of static requests (images, scripts: CDN or object storage)</source>
        <translation>Proporción de peticiones estáticas (imágenes, scripts: CDN o almacenamiento de objetos)</translation>
    </message>
    <message>
        <source>Shares of each kind of request; they must add up to 1</source>
        <translation>Proporción de cada tipo de petición; deben sumar 1</translation>
    </message>
    <message>
        <source>WebSockets</source>
        <translation>WebSockets</translation>
    </message>
    <message>
        <source>New connections</source>
        <translation>Conexiones nuevas</translation>
    </message>
    <message>
        <source>per s</source>
        <translation>por s</translation>
    </message>
    <message>
        <source>New long-lived connections per second</source>
        <translation>Conexiones de larga duración nuevas por segundo</translation>
    </message>
    <message>
        <source>Mean duration</source>
        <translation>Duración media</translation>
    </message>
    <message>
        <source>How long a connection stays open, on average</source>
        <translation>Cuánto tiempo permanece abierta una conexión, de media</translation>
    </message>
    <message>
        <source>Reconnect after</source>
        <translation>Reconectar tras</translation>
    </message>
    <message>
        <source>A dropped connection tries again after this long</source>
        <translation>Una conexión caída vuelve a intentarlo pasado este tiempo</translation>
    </message>
    <message>
        <source>Long-lived connections, each pinned to one web server</source>
        <translation>Conexiones de larga duración, cada una fijada a un servidor web</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>How a web server is picked for each request</source>
        <translation>Cómo se elige un servidor web para cada petición</translation>
    </message>
    <message>
        <source>Sticky sessions</source>
        <translation>Sesiones persistentes (sticky)</translation>
    </message>
    <message>
        <source>A user stays on the server that first served them</source>
        <translation>Un usuario se queda en el servidor que lo atendió primero</translation>
    </message>
    <message>
        <source>Standby takeover</source>
        <translation>Relevo de reserva</translation>
    </message>
    <message>
        <source>As a standby, this balancer takes over this long after the active one dies</source>
        <translation>Como balanceador de reserva, toma el relevo este tiempo después de que caiga el activo</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Comprobaciones de salud</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Time between two probes of each server</source>
        <translation>Tiempo entre dos sondeos de cada servidor</translation>
    </message>
    <message>
        <source>Rise</source>
        <translation>Subida (rise)</translation>
    </message>
    <message>
        <source>checks</source>
        <translation>comprobaciones</translation>
    </message>
    <message>
        <source>Good checks in a row that bring a server back</source>
        <translation>Comprobaciones correctas seguidas que devuelven un servidor al grupo</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Bajada (fall)</translation>
    </message>
    <message>
        <source>Failed checks in a row that mark a server down</source>
        <translation>Comprobaciones fallidas seguidas que marcan un servidor como caído</translation>
    </message>
    <message>
        <source>Active checks, HAProxy style</source>
        <translation>Comprobaciones activas, al estilo de HAProxy</translation>
    </message>
    <message>
        <source>Outlier detection</source>
        <translation>Detección de valores atípicos</translation>
    </message>
    <message>
        <source>Errors in a row</source>
        <translation>Errores seguidos</translation>
    </message>
    <message>
        <source>Failed requests in a row that eject a server</source>
        <translation>Peticiones fallidas seguidas que excluyen a un servidor</translation>
    </message>
    <message>
        <source>Base ejection</source>
        <translation>Exclusión base</translation>
    </message>
    <message>
        <source>Ejection time, times the number of ejections in a row</source>
        <translation>Tiempo de exclusión, multiplicado por el número de exclusiones seguidas</translation>
    </message>
    <message>
        <source>Longest ejection</source>
        <translation>Exclusión máxima</translation>
    </message>
    <message>
        <source>An ejection never lasts longer than this</source>
        <translation>Una exclusión nunca dura más que esto</translation>
    </message>
    <message>
        <source>Passive checks on real requests, Envoy style</source>
        <translation>Comprobaciones pasivas sobre peticiones reales, al estilo de Envoy</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Share of the traffic under weighted and least-connections balancing</source>
        <translation>Proporción del tráfico con balanceo ponderado y de menos conexiones</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>local: kept in this server&apos;s memory; stateless: fetched from a shared store</source>
        <translation>local: se guardan en la memoria de este servidor; stateless: se obtienen de un almacén compartido</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>primary takes the writes, replicas copy them; master: multi-master and ring</source>
        <translation>primary recibe las escrituras y las réplicas (replica) las copian; master: multimaestro y anillo</translation>
    </message>
    <message>
        <source>Max-age sent</source>
        <translation>max-age enviado</translation>
    </message>
    <message>
        <source>Cache-Control max-age on its answers; -1: none</source>
        <translation>max-age de Cache-Control en sus respuestas; -1: ninguno</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>items</source>
        <translation>elementos</translation>
    </message>
    <message>
        <source>Keys the cache holds; a fill into a full cache evicts one</source>
        <translation>Claves que guarda la caché; al cargar una caché llena se expulsa una</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>How long an entry serves hits; 0: entries never expire</source>
        <translation>Cuánto tiempo sirve aciertos una entrada; 0: las entradas nunca caducan</translation>
    </message>
    <message>
        <source>Eviction</source>
        <translation>Expulsión</translation>
    </message>
    <message>
        <source>Which entry a full cache gives up</source>
        <translation>Qué entrada descarta una caché llena</translation>
    </message>
    <message>
        <source>On write</source>
        <translation>Al escribir</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>Concesiones (leases)</translation>
    </message>
    <message>
        <source>memcache leases: one database load per key at a time, no stale sets</source>
        <translation>Concesiones (leases) de memcache: una sola carga desde la base de datos por clave a la vez, sin escrituras obsoletas en la caché</translation>
    </message>
    <message>
        <source>Lease window</source>
        <translation>Ventana de concesión</translation>
    </message>
    <message>
        <source>How long a lease stays out at most</source>
        <translation>Tiempo máximo que puede durar una concesión</translation>
    </message>
    <message>
        <source>Gutter pool</source>
        <translation>Grupo de respaldo (gutter)</translation>
    </message>
    <message>
        <source>Stands in for a dead cache server instead of holding a shard</source>
        <translation>Sustituye a un servidor de caché caído en lugar de guardar un fragmento</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>bytes</translation>
    </message>
    <message>
        <source>Bytes of objects the edge holds (LRU)</source>
        <translation>Bytes de objetos que guarda el servidor de borde (LRU)</translation>
    </message>
    <message>
        <source>How long an object serves hits when the origin sends no max-age</source>
        <translation>Cuánto tiempo sirve aciertos un objeto cuando el origen no envía max-age</translation>
    </message>
    <message>
        <source>Min TTL</source>
        <translation>TTL mín.</translation>
    </message>
    <message>
        <source>An origin&apos;s max-age is raised to at least this</source>
        <translation>El max-age del origen se sube al menos hasta este valor</translation>
    </message>
    <message>
        <source>Max TTL</source>
        <translation>TTL máx.</translation>
    </message>
    <message>
        <source>An origin&apos;s max-age is lowered to at most this</source>
        <translation>El max-age del origen se baja como mucho hasta este valor</translation>
    </message>
    <message>
        <source>Cache key</source>
        <translation>Clave de caché</translation>
    </message>
    <message>
        <source>Query strings</source>
        <translation>Cadenas de consulta</translation>
    </message>
    <message>
        <source>The query string is part of the cache key</source>
        <translation>La cadena de consulta forma parte de la clave de caché</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>The per-user session cookie is part of the cache key</source>
        <translation>La cookie de sesión de cada usuario forma parte de la clave de caché</translation>
    </message>
    <message>
        <source>What makes two requests the same object</source>
        <translation>Qué hace que dos peticiones sean el mismo objeto</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>One-way network delay of every hop over this link</source>
        <translation>Retardo de red en un sentido de cada salto por este enlace</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topología</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title shown on the canvas and in the report</source>
        <translation>Título que se muestra en el lienzo y en el informe</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Random seed: the same file and seed give the same run</source>
        <translation>Semilla aleatoria: el mismo archivo con la misma semilla da la misma ejecución</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replicación</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>When the primary answers a write: at once (async), after one replica (semi_sync), after all (sync); or several masters</source>
        <translation>Cuándo responde el primario a una escritura: enseguida (async), tras una réplica (semi_sync), tras todas (sync); o varios maestros</translation>
    </message>
    <message>
        <source>Ship delay</source>
        <translation>Retardo de envío</translation>
    </message>
    <message>
        <source>From commit to the binlog leaving the primary</source>
        <translation>Desde la confirmación hasta que el binlog sale del primario</translation>
    </message>
    <message>
        <source>Failover after</source>
        <translation>Conmutación por error tras</translation>
    </message>
    <message>
        <source>From the primary&apos;s death to promoting a replica</source>
        <translation>Desde la caída del primario hasta la promoción de una réplica</translation>
    </message>
    <message>
        <source>Recover from binlog</source>
        <translation>Recuperar del binlog</translation>
    </message>
    <message>
        <source>Replay the dead primary&apos;s binlog onto the new one before promoting it</source>
        <translation>Reproducir el binlog del primario caído en el nuevo antes de promoverlo</translation>
    </message>
    <message>
        <source>Binlog recovery</source>
        <translation>Recuperación del binlog</translation>
    </message>
    <message>
        <source>How long replaying the binlog takes</source>
        <translation>Cuánto tarda la reproducción del binlog</translation>
    </message>
    <message>
        <source>Semi-sync wait</source>
        <translation>Espera semisíncrona</translation>
    </message>
    <message>
        <source>semi_sync: whether readers see a write before a replica has it (after_commit)</source>
        <translation>semi_sync: si los lectores ven una escritura antes de que la tenga una réplica (after_commit)</translation>
    </message>
    <message>
        <source>Semi-sync timeout</source>
        <translation>Tiempo de espera semisíncrono</translation>
    </message>
    <message>
        <source>semi_sync: with no replica answering, fall back to async</source>
        <translation>semi_sync: si ninguna réplica responde, se vuelve a async</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>multi_master: which of two concurrent writes stays</source>
        <translation>multi_master: cuál de dos escrituras simultáneas se queda</translation>
    </message>
    <message>
        <source>Off: databases do not copy each other&apos;s writes. Tick to add replicas.</source>
        <translation>Desactivado: las bases de datos no copian las escrituras de las demás. Márcalo para añadir réplicas.</translation>
    </message>
    <message>
        <source>CDN prices</source>
        <translation>Precios de la CDN</translation>
    </message>
    <message>
        <source>Edge to users</source>
        <translation>Del borde a los usuarios</translation>
    </message>
    <message>
        <source>$/GB</source>
        <translation>$/GB</translation>
    </message>
    <message>
        <source>Origin to users</source>
        <translation>Del origen a los usuarios</translation>
    </message>
    <message>
        <source>What a site without a CDN pays</source>
        <translation>Lo que paga un sitio sin CDN</translation>
    </message>
    <message>
        <source>Origin to edge</source>
        <translation>Del origen al borde</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <source>$/10k</source>
        <translation>$/10k</translation>
    </message>
    <message>
        <source>Edge timeout</source>
        <translation>Tiempo de espera del borde</translation>
    </message>
    <message>
        <source>A client gives up on a dead edge after this long</source>
        <translation>Un cliente abandona un servidor de borde caído pasado este tiempo</translation>
    </message>
    <message>
        <source>Retry edge after</source>
        <translation>Reintentar el borde tras</translation>
    </message>
    <message>
        <source>... and goes straight to the origin for this long</source>
        <translation>... y va directamente al origen durante este tiempo</translation>
    </message>
    <message>
        <source>Invalidation</source>
        <translation>Invalidación</translation>
    </message>
    <message>
        <source>An invalidation reaches every edge after this long</source>
        <translation>Una invalidación llega a todos los servidores de borde pasado este tiempo</translation>
    </message>
    <message>
        <source>Object size</source>
        <translation>Tamaño de objeto</translation>
    </message>
    <message>
        <source>Mean size of a static object</source>
        <translation>Tamaño medio de un objeto estático</translation>
    </message>
    <message>
        <source>Off: CloudFront-like prices and client behaviour. Tick to set your own.</source>
        <translation>Desactivado: precios y comportamiento del cliente como en CloudFront. Márcalo para poner los tuyos.</translation>
    </message>
    <message>
        <source>Write popularity</source>
        <translation>Popularidad de las escrituras</translation>
    </message>
    <message>
        <source>Zipf exponent of which keys are written, apart from reads (unset: the same as key popularity). Lower it for data read often and modified rarely</source>
        <translation>Exponente de Zipf de qué claves se escriben, aparte de las lecturas (sin definir: igual que la popularidad de las claves). Bájalo para datos que se leen a menudo y se modifican poco</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Carga (fill)</translation>
    </message>
    <message>
        <source>Who loads a missed key from the database. The chapter&apos;s &quot;read-through cache&quot; is cache-aside: the web server loads and fills</source>
        <translation>Quién carga desde la base de datos una clave que falla. La «caché de lectura (read-through)» del capítulo es cache-aside: el servidor web lee la clave y carga la caché</translation>
    </message>
    <message>
        <source>Cache-aside (default): the web server reads the database and fills the cache, as with memcached</source>
        <translation>Cache-aside (predeterminado): el servidor web lee la base de datos y carga la caché, como con memcached</translation>
    </message>
    <message>
        <source>Read-through: the cache loads the key from the database it links to; reads missing a key that is being loaded wait for that one load</source>
        <translation>Read-through: la caché carga la clave desde la base de datos con la que está enlazada; las lecturas que fallan en una clave que se está cargando esperan a esa única carga</translation>
    </message>
    <message>
        <source>What a write does to the cached key</source>
        <translation>Qué hace una escritura con la clave en caché</translation>
    </message>
    <message>
        <source>The database takes the write, then the key is deleted from the cache</source>
        <translation>La base de datos recibe la escritura y luego se borra la clave de la caché</translation>
    </message>
    <message>
        <source>Write-through: the database takes the write, then a cached key gets the new value</source>
        <translation>Write-through: la base de datos recibe la escritura y luego, si la clave está en caché, recibe el valor nuevo</translation>
    </message>
    <message>
        <source>The database takes the write; the cache keeps the old value until its TTL</source>
        <translation>La base de datos recibe la escritura; la caché conserva el valor antiguo hasta que vence su TTL</translation>
    </message>
    <message>
        <source>Write-back: the cache takes the write and answers; the database gets it after the delay. A cache that dies loses the writes it has not sent</source>
        <translation>Write-back: la caché recibe la escritura y responde; la base de datos la recibe tras el retardo. Una caché que cae pierde las escrituras que aún no ha enviado</translation>
    </message>
    <message>
        <source>Write-around: writes go to the database only, as with none</source>
        <translation>Write-around: solo la base de datos, como none</translation>
    </message>
    <message>
        <source>Write-back delay</source>
        <translation>Retardo de write-back</translation>
    </message>
    <message>
        <source>How long the cache keeps a write before it sends it to the database</source>
        <translation>Cuánto tiempo guarda la caché una escritura antes de enviarla a la base de datos</translation>
    </message>
    <message>
        <source>Apply delay</source>
        <translation>Retardo de aplicación</translation>
    </message>
    <message>
        <source>From a write reaching a replica&apos;s relay log to the replica applying it; until then the replica serves the old value, even after semi-sync has acknowledged the write</source>
        <translation>Desde que una escritura llega al relay log de una réplica hasta que la réplica la aplica; hasta entonces la réplica sirve el valor antiguo, aunque la replicación semisíncrona ya haya aceptado la escritura</translation>
    </message>
    <message>
        <source>Read own writes back</source>
        <translation>Releer las propias escrituras</translation>
    </message>
    <message>
        <source>Share of successful writes whose user reads the same key back, as a page reloads after a save (0: none)</source>
        <translation>Proporción de escrituras con éxito cuyo usuario vuelve a leer la misma clave, como al recargar una página después de guardar (0: ninguna)</translation>
    </message>
    <message>
        <source>Read back after</source>
        <translation>Releer tras</translation>
    </message>
    <message>
        <source>How long after a write&apos;s answer its user reads the key back</source>
        <translation>Cuánto tiempo después de la respuesta a una escritura vuelve su usuario a leer la clave</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>Cola de mensajes</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Trabajador</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>tareas</translation>
    </message>
    <message>
        <source>Jobs the queue holds at most, waiting or handed to a worker and not yet deleted; when it is full, new jobs are refused and the web server answers with an error</source>
        <translation>Tareas que la cola admite como máximo, en espera o entregadas a un trabajador y aún sin borrar; cuando está llena, se rechazan las tareas nuevas y el servidor web responde con un error</translation>
    </message>
    <message>
        <source>Visibility timeout</source>
        <translation>Tiempo de espera de visibilidad</translation>
    </message>
    <message>
        <source>How long a job handed to a worker stays hidden from the other workers. If the worker has not deleted it by then (it died, or was too slow), the job is handed out again and may be done twice</source>
        <translation>Cuánto tiempo permanece oculta a los demás trabajadores una tarea entregada a un trabajador. Si este no la ha borrado para entonces (se cayó o fue demasiado lento), la tarea se vuelve a entregar y puede hacerse dos veces</translation>
    </message>
    <message>
        <source>Jobs this worker works on at the same time; the queue hands it no more</source>
        <translation>Tareas en las que este trabajador trabaja a la vez; la cola no le entrega más</translation>
    </message>
    <message>
        <source>Time one job takes; its delete goes back to the queue when it is done</source>
        <translation>Tiempo que tarda una tarea; al terminarla, su borrado vuelve a la cola</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Share of requests that hand a job to the web server&apos;s message queue (the user is answered once the queue has it, before the work is done)</source>
        <translation>Proporción de peticiones que entregan una tarea a la cola de mensajes del servidor web (el usuario recibe la respuesta en cuanto la cola la tiene, antes de que se haga el trabajo)</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>Escalado automático</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>The web server each launch copies, with its settings and links (an AWS launch template)</source>
        <translation>El servidor web que copia cada lanzamiento, con sus ajustes y enlaces (una plantilla de lanzamiento de AWS)</translation>
    </message>
    <message>
        <source>Min servers</source>
        <translation>Servidores mín.</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>servidores</translation>
    </message>
    <message>
        <source>The pool never scales in below this; the file&apos;s own servers are never retired</source>
        <translation>El grupo nunca baja de esta cifra; los servidores del propio archivo nunca se retiran</translation>
    </message>
    <message>
        <source>Max servers</source>
        <translation>Servidores máx.</translation>
    </message>
    <message>
        <source>The pool never scales out above this, the file&apos;s servers included</source>
        <translation>El grupo nunca supera esta cifra, incluidos los servidores del archivo</translation>
    </message>
    <message>
        <source>Target utilization</source>
        <translation>Utilización objetivo</translation>
    </message>
    <message>
        <source>Busy and waiting requests over the pool&apos;s workers that the group aims at, looked at as a 3 s mean (target tracking)</source>
        <translation>Peticiones ocupadas y en espera por trabajador del grupo a las que apunta el grupo de escalado, vistas como media de 3 s (seguimiento de objetivo)</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Recuperación (cooldown)</translation>
    </message>
    <message>
        <source>No new launch this long after the last one, no retirement this long after any scaling</source>
        <translation>Ningún lanzamiento nuevo durante este tiempo tras el último, ninguna retirada durante este tiempo tras cualquier escalado</translation>
    </message>
    <message>
        <source>Boot time</source>
        <translation>Tiempo de arranque</translation>
    </message>
    <message>
        <source>From a launch to the copy joining the pool: it costs money but serves nothing meanwhile</source>
        <translation>Desde un lanzamiento hasta que la copia entra en el grupo: cuesta dinero, pero mientras tanto no atiende nada</translation>
    </message>
    <message>
        <source>Off: the pool is the servers linked from the balancer. Tick to launch copies of a web server when the pool is busy, as an AWS Auto Scaling group does</source>
        <translation>Desactivado: el grupo son los servidores enlazados desde el balanceador. Márcalo para lanzar copias de un servidor web cuando el grupo esté ocupado, como hace un grupo de escalado automático de AWS</translation>
    </message>
    <message>
        <source>Custom: no size and no price; set the workers yourself</source>
        <translation>Personalizado: sin tamaño ni precio; fija tú los trabajadores</translation>
    </message>
    <message>
        <source>%1 vCPUs at $%2 per hour (AWS m5-like, on demand)</source>
        <translation>%1 vCPU a %2 $ por hora (como AWS m5, bajo demanda)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>The machine: more vCPUs run more requests at once (workers), none of them faster. The largest, 8xlarge, is the ceiling of one machine</source>
        <translation>La máquina: más vCPU ejecutan más peticiones a la vez (trabajadores), pero ninguna más rápido. La mayor, 8xlarge, es el techo de una sola máquina</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>$/h</source>
        <translation>$/h</translation>
    </message>
    <message>
        <source>Dollars per hour while it runs; -1: the size&apos;s price (a custom machine without one costs nothing)</source>
        <translation>Dólares por hora mientras está en marcha; -1: el precio del tamaño (una máquina personalizada sin precio no cuesta nada)</translation>
    </message>
    <message>
        <source>Resize downtime</source>
        <translation>Parada al redimensionar</translation>
    </message>
    <message>
        <source>A resize stops the machine this long (stop, change the instance type, start): every request it holds or gets meanwhile fails</source>
        <translation>Un redimensionado detiene la máquina durante este tiempo (parar, cambiar el tipo de instancia, arrancar): toda petición que tenga o reciba mientras tanto falla</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personalizado</translation>
    </message>
    <message>
        <source>%1 — %2 vCPUs, $%3/h</source>
        <translation>%1 — %2 vCPU, %3 $/h</translation>
    </message>
    <message>
        <source>Sharding</source>
        <translation>Fragmentación</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Which shard holds a key, and how many keys move when a shard joins</source>
        <translation>Qué fragmento guarda una clave y cuántas claves se mueven cuando se une un fragmento</translation>
    </message>
    <message>
        <source>hash(key) mod N: even, but a new shard moves about N/(N+1) of all keys</source>
        <translation>hash(key) mod N: uniforme, pero un fragmento nuevo mueve cerca de N/(N+1) de todas las claves</translation>
    </message>
    <message>
        <source>A consistent-hash ring of the shards: a new shard moves only about 1/(N+1) of the keys</source>
        <translation>Un anillo de hash consistente con los fragmentos: un fragmento nuevo mueve solo cerca de 1/(N+1) de las claves</translation>
    </message>
    <message>
        <source>Equal ranges of keys in key order: the popular keys all land on the first shard</source>
        <translation>Rangos iguales de claves en orden de clave: las claves populares caen todas en el primer fragmento</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>Tamaño de clave</translation>
    </message>
    <message>
        <source>What one key&apos;s rows weigh: resharding copies this much per moved key</source>
        <translation>Lo que pesan las filas de una clave: la refragmentación copia esto por cada clave movida</translation>
    </message>
    <message>
        <source>Copy speed</source>
        <translation>Velocidad de copia</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>How fast a reshard copies the moved keys to their new shard</source>
        <translation>A qué velocidad copia una refragmentación las claves movidas a su nuevo fragmento</translation>
    </message>
    <message>
        <source>Off: every database holds every key. Tick to split the keys over shards (each database its own shard at first; choose a database&apos;s shard in its inspector).</source>
        <translation>Desactivado: cada base de datos guarda todas las claves. Márcalo para repartir las claves entre fragmentos (al principio, cada base de datos es su propio fragmento; elige el fragmento de una base de datos en su inspector).</translation>
    </message>
    <message>
        <source>DNS (geoDNS)</source>
        <translation>DNS (geoDNS)</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>Centro de datos</translation>
    </message>
    <message>
        <source>The data centre this node runs in (&quot;us-east&quot;): the canvas frames each data centre&apos;s nodes, and a right-click takes a whole data centre down. Pick one or type a new name; empty: none. A dns sends users to data centres whose load balancer or web server they are linked to</source>
        <translation>El centro de datos en el que funciona este nodo («us-east»): el lienzo enmarca los nodos de cada centro de datos, y un clic derecho apaga un centro de datos entero. Elige uno o escribe un nombre nuevo; vacío: ninguno. Un DNS envía a los usuarios a los centros de datos con cuyo balanceador de carga o servidor web están enlazados</translation>
    </message>
    <message>
        <source>How long users&apos; resolvers keep the dns&apos;s answer. After a failover, users move to the new data centre over this long: until their answer expires they still go to the old one. Route 53 suggests 60 s for records with health checks</source>
        <translation>Cuánto tiempo conservan los resolutores de los usuarios la respuesta del DNS. Tras una conmutación por error, los usuarios pasan al nuevo centro de datos a lo largo de este tiempo: hasta que caduca su respuesta, siguen yendo al antiguo. Route 53 recomienda 60 s para los registros con comprobaciones de salud</translation>
    </message>
    <message>
        <source>Time between two checks of each data centre (Route 53: 30 s, or 10 s at a higher price)</source>
        <translation>Tiempo entre dos comprobaciones de cada centro de datos (Route 53: 30 s, o 10 s por un precio mayor)</translation>
    </message>
    <message>
        <source>Good checks in a row that bring a data centre back into the answers</source>
        <translation>Comprobaciones correctas seguidas que devuelven un centro de datos a las respuestas</translation>
    </message>
    <message>
        <source>Failed checks in a row that take a data centre out of the answers (Route 53&apos;s failure threshold: 3)</source>
        <translation>Comprobaciones fallidas seguidas que sacan un centro de datos de las respuestas (umbral de fallos de Route 53: 3)</translation>
    </message>
    <message>
        <source>Off: the dns never notices a data centre going down and keeps sending users there. Tick to check each data centre&apos;s entry as Route 53 does</source>
        <translation>Desactivado: el DNS nunca detecta que un centro de datos se cae y sigue enviándole usuarios. Márcalo para comprobar el punto de entrada de cada centro de datos como hace Route 53</translation>
    </message>
</context>
<context>
    <name>LinkHandleItem</name>
    <message>
        <source>Drag to another node to link them (or Shift+drag from the card)</source>
        <translation>Arrastra hasta otro nodo para enlazarlos (o Mayús+arrastrar desde la tarjeta)</translation>
    </message>
</context>
<context>
    <name>LinkItem</name>
    <message>
        <source>Unused link: %1</source>
        <translation>Enlace sin uso: %1</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>STALE REPLICA</source>
        <translation>RÉPLICA OBSOLETA</translation>
    </message>
    <message>
        <source>%1 req/s from %2 users</source>
        <translation>%1 req/s de %2 usuarios</translation>
    </message>
    <message>
        <source>mix: %1% read, %2% write, %3% static</source>
        <translation>mezcla: %1 % lecturas, %2 % escrituras, %3 % estáticas</translation>
    </message>
    <message>
        <source>%1 keys, zipf s = %2</source>
        <translation>%1 claves, zipf s = %2</translation>
    </message>
    <message>
        <source>replays %1</source>
        <translation>reproduce %1</translation>
    </message>
    <message>
        <source>gives up after %1 ms</source>
        <translation>abandona tras %1 ms</translation>
    </message>
    <message>
        <source>algorithm: %1</source>
        <translation>algoritmo: %1</translation>
    </message>
    <message>
        <source>health check every %1 ms (rise %2, fall %3)</source>
        <translation>comprobación de salud cada %1 ms (subida %2, bajada %3)</translation>
    </message>
    <message>
        <source>outlier detection: eject after %1 errors in a row</source>
        <translation>detección de valores atípicos: excluir tras %1 errores seguidos</translation>
    </message>
    <message>
        <source>capacity %1, TTL %2 s, eviction %3</source>
        <translation>capacidad %1, TTL %2 s, expulsión %3</translation>
    </message>
    <message>
        <source>role in the file: %1</source>
        <translation>rol en el archivo: %1</translation>
    </message>
    <message>
        <source>sessions: %1, weight %2</source>
        <translation>sesiones: %1, peso %2</translation>
    </message>
    <message>
        <source>%1 workers, %2 ms per request, queue %3</source>
        <translation>%1 trabajadores, %2 ms por petición, cola %3</translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation>estado: %1</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>rol: %1</translation>
    </message>
    <message>
        <source>busy %1 of %2, %3 queued</source>
        <translation>ocupados %1 de %2, %3 en cola</translation>
    </message>
    <message>
        <source>%1 hits, %2 misses</source>
        <translation>%1 aciertos, %2 fallos</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 de %2 elementos</translation>
    </message>
    <message>
        <source>%1 objects, %2 of %3 bytes</source>
        <translation>%1 objetos, %2 de %3 bytes</translation>
    </message>
    <message>
        <source>replication lag %1 ms, %2 writes behind</source>
        <translation>retraso de replicación %1 ms, %2 escrituras por detrás</translation>
    </message>
    <message>
        <source>acknowledged writes it committed that a failover lost: %1%2</source>
        <translation>escrituras aceptadas que confirmó y que una conmutación por error perdió: %1%2</translation>
    </message>
    <message>
        <source> (or more: only the latest are kept)</source>
        <translation> (o más: solo se guardan las últimas)</translation>
    </message>
    <message>
        <source>writes recovered from the dead primary&apos;s binlog: %1</source>
        <translation>escrituras recuperadas del binlog del primario caído: %1</translation>
    </message>
    <message>
        <source>pool as its checks see it: %1 healthy, %2 ejected, %3 in all</source>
        <translation>grupo según sus comprobaciones: %1 sanos, %2 excluidos, %3 en total</translation>
    </message>
    <message>
        <source>served %1 &amp;middot; errors %2 &amp;middot; dropped %3</source>
        <translation>atendidas %1 &amp;middot; errores %2 &amp;middot; descartadas %3</translation>
    </message>
    <message>
        <source>mix: %1% read, %2% write, %3% static, %4% job</source>
        <translation>mezcla: %1 % lecturas, %2 % escrituras, %3 % estáticas, %4 % tareas</translation>
    </message>
    <message>
        <source>%1 workers, %2 ms per job</source>
        <translation>%1 trabajadores, %2 ms por tarea</translation>
    </message>
    <message>
        <source>holds %1 jobs at most; a job handed out and not deleted within %2 ms is handed out again</source>
        <translation>admite como máximo %1 tareas; una tarea entregada que no se borra en %2 ms se vuelve a entregar</translation>
    </message>
    <message>
        <source>%1 of %2 jobs held, the next one out waited %3 ms</source>
        <translation>%1 de %2 tareas retenidas; la próxima en salir esperó %3 ms</translation>
    </message>
    <message>
        <source>sending %1 req/s now (set during the run)</source>
        <translation>enviando ahora %1 req/s (fijado durante la ejecución)</translation>
    </message>
    <message>
        <source>autoscaling: %1 of %2 servers running, %3 booting</source>
        <translation>escalado automático: %1 de %2 servidores en marcha, %3 arrancando</translation>
    </message>
    <message>
        <source>machine: %1, %2 vCPUs, $%3 per hour; a resize stops it for %4 s</source>
        <translation>máquina: %1, %2 vCPU, %3 $ por hora; un redimensionado la detiene %4 s</translation>
    </message>
    <message>
        <source>custom machine at $%1 per hour</source>
        <translation>máquina personalizada a %1 $ por hora</translation>
    </message>
    <message>
        <source>%1 · +%2 more</source>
        <translation>%1 · +%2 más</translation>
    </message>
    <message>
        <source>resolvers keep its answer for %1 s (TTL)</source>
        <translation>los resolutores conservan su respuesta %1 s (TTL)</translation>
    </message>
    <message>
        <source>checks each data centre every %1 ms: down after %2 failed checks, up after %3 good ones</source>
        <translation>comprueba cada centro de datos cada %1 ms: caído tras %2 comprobaciones fallidas, activo tras %3 correctas</translation>
    </message>
    <message>
        <source>no health checks: it keeps sending users to a data centre that is down</source>
        <translation>sin comprobaciones de salud: sigue enviando usuarios a un centro de datos caído</translation>
    </message>
    <message>
        <source>in data centre %1</source>
        <translation>en el centro de datos %1</translation>
    </message>
    <message>
        <source>%1 % of its users have the dns&apos;s new answer; the others still go to %2 until their cached answer expires</source>
        <translation>el %1 % de sus usuarios tiene la nueva respuesta del DNS; los demás siguen yendo a %2 hasta que caduque su respuesta en caché</translation>
    </message>
    <message>
        <source>answers %1</source>
        <translation>responde %1</translation>
    </message>
    <message>
        <source>its health checks see %1 down</source>
        <translation>sus comprobaciones de salud ven caído %1</translation>
    </message>
</context>
<context>
    <name>NodeState</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1M</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>CAÍDO</translation>
    </message>
    <message>
        <source>DRAINING</source>
        <translation>DRENANDO</translation>
    </message>
    <message>
        <source>DOWN · DETECTING</source>
        <translation>CAÍDO · DETECTANDO</translation>
    </message>
    <message>
        <source>DOWN · UNNOTICED</source>
        <translation>CAÍDO · SIN DETECTAR</translation>
    </message>
    <message>
        <source>EJECTED</source>
        <translation>EXCLUIDO</translation>
    </message>
    <message>
        <source>OUT OF POOL</source>
        <translation>FUERA DEL GRUPO</translation>
    </message>
    <message>
        <source>up</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>draining: finishes its requests, gets no new ones</source>
        <translation>drenando: termina sus peticiones y no recibe ninguna nueva</translation>
    </message>
    <message>
        <source>down, but the load balancer still sends it requests until its checks fail it</source>
        <translation>caído, pero el balanceador de carga le sigue enviando peticiones hasta que sus comprobaciones lo descarten</translation>
    </message>
    <message>
        <source>down, but its load balancer has no health checks: it keeps sending it requests</source>
        <translation>caído, pero su balanceador de carga no tiene comprobaciones de salud: le sigue enviando peticiones</translation>
    </message>
    <message>
        <source>up, but ejected from the pool by outlier detection for a while</source>
        <translation>activo, pero excluido del grupo durante un tiempo por la detección de valores atípicos</translation>
    </message>
    <message>
        <source>up, but the health checks still see it down: it rejoins after enough good checks</source>
        <translation>activo, pero las comprobaciones de salud aún lo ven caído: vuelve al grupo tras suficientes comprobaciones correctas</translation>
    </message>
    <message>
        <source>NEW PRIMARY</source>
        <translation>NUEVO PRIMARIO</translation>
    </message>
    <message>
        <source>PRIMARY</source>
        <translation>PRIMARIO</translation>
    </message>
    <message>
        <source>REPLICA</source>
        <translation>RÉPLICA</translation>
    </message>
    <message>
        <source>MASTER</source>
        <translation>MAESTRO</translation>
    </message>
    <message>
        <source>RING</source>
        <translation>ANILLO</translation>
    </message>
    <message>
        <source>STANDBY</source>
        <translation>RESERVA</translation>
    </message>
    <message>
        <source>GUTTER</source>
        <translation>RESPALDO</translation>
    </message>
    <message>
        <source>trace replay</source>
        <translation>reproducción de traza</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <source>no lookups yet</source>
        <translation>aún sin consultas</translation>
    </message>
    <message>
        <source>%1% hits</source>
        <translation>%1 % aciertos</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 en cola</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 usuario</translation>
    </message>
    <message numerus="yes">
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln usuario</numerusform>
            <numerusform>%Ln usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>no servers</source>
        <translation>sin servidores</translation>
    </message>
    <message>
        <source>%1/%2 healthy</source>
        <translation>%1/%2 sanos</translation>
    </message>
    <message>
        <source>%1 ejected</source>
        <translation>excluidos: %1</translation>
    </message>
    <message>
        <source>1 connection</source>
        <translation>1 conexión</translation>
    </message>
    <message numerus="yes">
        <source>%Ln connections</source>
        <translation>
            <numerusform>%Ln conexión</numerusform>
            <numerusform>%Ln conexiones</numerusform>
        </translation>
    </message>
    <message>
        <source>sessions of 1 server</source>
        <translation>sesiones de 1 servidor</translation>
    </message>
    <message numerus="yes">
        <source>sessions of %n servers</source>
        <translation>
            <numerusform>sesiones de %n servidor</numerusform>
            <numerusform>sesiones de %n servidores</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 de %2 elementos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>1 write lost</source>
        <translation>1 escritura perdida</translation>
    </message>
    <message>
        <source>%1 writes lost</source>
        <translation>%1 escrituras perdidas</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>sincronizada</translation>
    </message>
    <message>
        <source>lag %1 · %2 behind</source>
        <translation>retraso %1 · %2 por detrás</translation>
    </message>
    <message>
        <source>1 write recovered</source>
        <translation>1 escritura recuperada</translation>
    </message>
    <message>
        <source>%1 writes recovered</source>
        <translation>%1 escrituras recuperadas</translation>
    </message>
    <message>
        <source>%1 · 1 replica</source>
        <translation>%1 · 1 réplica</translation>
    </message>
    <message>
        <source>%1 · %2 replicas</source>
        <translation>%1 · %2 réplicas</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>perdidas: %1</translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation>retraso %1</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>NO DATA</source>
        <translation>SIN DATOS</translation>
    </message>
    <message>
        <source>a spare replica without data: takes nothing until it is provisioned</source>
        <translation>réplica de repuesto sin datos: no acepta nada hasta que se aprovisiona</translation>
    </message>
    <message>
        <source>COPY %1%</source>
        <translation>COPIA %1 %</translation>
    </message>
    <message>
        <source>receiving a snapshot of %1: takes nothing until it has caught up</source>
        <translation>recibiendo una instantánea de %1: no acepta nada hasta ponerse al día</translation>
    </message>
    <message>
        <source>REPLAYING</source>
        <translation>REPRODUCIENDO</translation>
    </message>
    <message>
        <source>replaying the binlog from its snapshot&apos;s position: takes no reads until it has caught up</source>
        <translation>reproduciendo el binlog desde la posición de su instantánea: no acepta lecturas hasta terminar</translation>
    </message>
    <message>
        <source>%1 / %2 jobs</source>
        <translation>%1 / %2 tareas</translation>
    </message>
    <message>
        <source>FULL: jobs refused</source>
        <translation>LLENA: tareas rechazadas</translation>
    </message>
    <message>
        <source>next job waited %1</source>
        <translation>la próxima tarea esperó %1</translation>
    </message>
    <message>
        <source>FULL %1</source>
        <translation>LLENA %1</translation>
    </message>
    <message>
        <source>FULL</source>
        <translation>LLENA</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 tareas</translation>
    </message>
    <message>
        <source>BOOTING</source>
        <translation>ARRANCANDO</translation>
    </message>
    <message>
        <source>booting: launched by its load balancer&apos;s autoscaling, it joins the pool when ready</source>
        <translation>arrancando: lanzado por el escalado automático de su balanceador de carga, entra en el grupo cuando está listo</translation>
    </message>
    <message>
        <source>retired by its load balancer&apos;s autoscaling: finishes its requests, then is terminated</source>
        <translation>retirado por el escalado automático de su balanceador de carga: termina sus peticiones y luego se apaga</translation>
    </message>
    <message>
        <source>AUTOSCALED</source>
        <translation>AUTOESCALADO</translation>
    </message>
    <message>
        <source>%1 of %2 servers</source>
        <translation>%1 de %2 servidores</translation>
    </message>
    <message>
        <source>+%1 booting</source>
        <translation>+%1 arrancando</translation>
    </message>
    <message>
        <source>RESIZING</source>
        <translation>REDIMENSIONANDO</translation>
    </message>
    <message>
        <source>no shard yet</source>
        <translation>aún sin fragmento</translation>
    </message>
    <message>
        <source>shard %1 · copying %2 %</source>
        <translation>fragmento %1 · copiando %2 %</translation>
    </message>
    <message>
        <source>shard %1 · replica</source>
        <translation>fragmento %1 · réplica</translation>
    </message>
    <message>
        <source>shard %1 · primary</source>
        <translation>fragmento %1 · primario</translation>
    </message>
    <message>
        <source>resizing: stopped while its machine size changes; it starts again with the new size&apos;s workers</source>
        <translation>redimensionando: detenido mientras cambia el tamaño de su máquina; vuelve a arrancar con los trabajadores del nuevo tamaño</translation>
    </message>
    <message>
        <source>$%1/h</source>
        <translation>%1 $/h</translation>
    </message>
    <message>
        <source>copying %1 %</source>
        <translation>copiando %1 %</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>fragmento %1</translation>
    </message>
    <message>
        <source>moving to %1: %2 %</source>
        <translation>pasando a %1: %2 %</translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>enviados a %1</translation>
    </message>
    <message>
        <source>TTL %1 s</source>
        <translation>TTL %1 s</translation>
    </message>
    <message>
        <source>no clients look up here</source>
        <translation>ningún cliente consulta aquí</translation>
    </message>
    <message>
        <source>%1 seen down</source>
        <translation>ve %1 caído</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>Recovered</source>
        <translation>Recuperada</translation>
    </message>
    <message>
        <source>a new topology</source>
        <translation>una topología nueva</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>¿Recuperar el trabajo sin guardar?</translation>
    </message>
    <message>
        <source>ScaleLab closed unexpectedly while you were editing %1.</source>
        <translation>ScaleLab se cerró inesperadamente mientras editabas %1.</translation>
    </message>
    <message>
        <source>Your changes were saved automatically at %1. Open them now?</source>
        <translation>Tus cambios se guardaron automáticamente el %1. ¿Quieres abrirlos ahora?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>No se puede recuperar</translation>
    </message>
</context>
<context>
    <name>ShardFramesItem</name>
    <message>
        <source>consistent hashing</source>
        <translation>hash consistente</translation>
    </message>
    <message>
        <source>key ranges</source>
        <translation>rangos de claves</translation>
    </message>
    <message>
        <source>hash mod N</source>
        <translation>hash mod N</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>fragmento %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>&lt;tr&gt;&lt;td style=&apos;padding-right:24px&apos;&gt;&lt;b&gt;Right click&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Kill, revive, drain a node; partition or heal its links&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td style=&apos;padding-right:24px&apos;&gt;&lt;b&gt;Clic derecho&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Apagar, reactivar o drenar un nodo; aislar o reconectar sus enlaces&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>en</source>
        <extracomment>Not shown: the language of this translation as a BCP 47 tag (de, es, zh-CN), which the students&apos; page puts in &lt;html lang&gt;.</extracomment>
        <translation>es</translation>
    </message>
    <message>
        <source>ScaleLab class</source>
        <extracomment>The students&apos; page: its title and heading</extracomment>
        <translation>Clase de ScaleLab</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connection lost; trying again…</source>
        <extracomment>The page lost its connection to the teacher&apos;s app and reconnects by itself</extracomment>
        <translation>Se perdió la conexión; reintentando…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <source>Join</source>
        <extracomment>The button that joins the class session</extracomment>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Not joined yet</source>
        <translation>Aún no te has unido</translation>
    </message>
    <message>
        <source>Joined as {name}</source>
        <extracomment>{name} is the student&apos;s name; keep the braces and the word in them as they are</extracomment>
        <translation>Te has unido como {name}</translation>
    </message>
    <message>
        <source>You are in. The question appears here when your teacher opens it.</source>
        <translation>Ya estás dentro. La pregunta aparecerá aquí cuando tu docente la abra.</translation>
    </message>
    <message>
        <source>Second vote: discuss, then answer again</source>
        <extracomment>Above the question when the teacher asks the class to vote a second time (peer instruction)</extracomment>
        <translation>Segunda votación: debate y vuelve a responder</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>The button that sends a number as the student&apos;s answer</extracomment>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Tap your answer; you can change it until the teacher reveals.</source>
        <translation>Toca tu respuesta; puedes cambiarla hasta que tu docente revele el resultado.</translation>
    </message>
    <message>
        <source>Your answer: {answer}</source>
        <extracomment>{answer} is the choice the student tapped, or the number they sent; keep {answer} as it is</extracomment>
        <translation>Tu respuesta: {answer}</translation>
    </message>
    <message>
        <source>Your answer: {answer} (you can still change it)</source>
        <extracomment>Before the reveal: {answer} is the choice the student tapped, or the number they sent; keep {answer} as it is</extracomment>
        <translation>Tu respuesta: {answer} (aún puedes cambiarla)</translation>
    </message>
    <message>
        <source>You did not answer.</source>
        <extracomment>After the reveal, to a student who sent no answer</extracomment>
        <translation>No has respondido.</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <extracomment>After the reveal: {answer} is the right answer (a choice, or a number and its unit); keep {answer} as it is</extracomment>
        <translation>La respuesta: {answer}</translation>
    </message>
    <message>
        <source>{right} of {answered} right</source>
        <extracomment>After the reveal: how many of the class answered right, e.g. 14 of 19 right; keep {right} and {answered} as they are</extracomment>
        <translation>Han acertado {right} de {answered}</translation>
    </message>
    <message>
        <source>Vote {vote}: {right} of {answered} right</source>
        <extracomment>After the reveal of a second vote: {vote} is 1 or 2, e.g. Vote 1: 9 of 19 right; keep the words in braces as they are</extracomment>
        <translation>Votación {vote}: han acertado {right} de {answered}</translation>
    </message>
    <message>
        <source>The teacher&apos;s app closed the connection: {reason}</source>
        <extracomment>{reason} is why, from the teacher&apos;s app (e.g. the class is full); keep {reason} as it is</extracomment>
        <translation>La aplicación de tu docente ha cerrado la conexión: {reason}</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Your teacher set a challenge: {title}. Solve it in ScaleLab on a laptop (File, Join Class); the next question appears here.</source>
        <extracomment>On a challenge step: {title} is the challenge&apos;s title; keep {title} as it is</extracomment>
        <translation>Tu docente ha propuesto un reto: {title}. Resuélvelo en ScaleLab en un portátil (Archivo, Unirse a la clase); la siguiente pregunta aparecerá aquí.</translation>
    </message>
</context>
<context>
    <name>scalelab::AbCompareWindow</name>
    <message>
        <source>simulated time (s)</source>
        <translation>tiempo simulado (s)</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Compare A/B — %1</source>
        <translation>Comparar A/B — %1</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>&lt;b&gt;A&lt;/b&gt;: the topology on the canvas (%1)</source>
        <translation>&lt;b&gt;A&lt;/b&gt;: la topología del lienzo (%1)</translation>
    </message>
    <message>
        <source>Open B from a file…</source>
        <translation>Abrir B desde un archivo…</translation>
    </message>
    <message>
        <source>&lt;b&gt;B&lt;/b&gt;:</source>
        <translation>&lt;b&gt;B&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Both runs use this seed, so the clients send the same requests to A and B</source>
        <translation>Las dos ejecuciones usan esta semilla, así que los clientes envían las mismas peticiones a A y a B</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Run Both</source>
        <translation>Ejecutar ambas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>requests ok / s</source>
        <translation>peticiones correctas / s</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latencia p95</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>Open B</source>
        <translation>Abrir B</translation>
    </message>
    <message>
        <source>ScaleLab topologies (*.scalelab.json);;All files (*)</source>
        <translation>Topologías de ScaleLab (*.scalelab.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Pick a file for B: none of the one-click changes applies to this topology.</source>
        <translation>Elige un archivo para B: ninguno de los cambios de un clic se aplica a esta topología.</translation>
    </message>
    <message>
        <source>A copy of A with %1</source>
        <translation>Una copia de A con %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 cannot run: %2</source>
        <translation>%1 no se puede ejecutar: %2</translation>
    </message>
    <message>
        <source>The clients differ, so A and B do not get the same requests: %1</source>
        <translation>Los clientes son distintos, así que A y B no reciben las mismas peticiones: %1</translation>
    </message>
    <message>
        <source>A and B gave the same report: the change made no difference to this run.</source>
        <translation>A y B dieron el mismo informe: el cambio no supuso ninguna diferencia en esta ejecución.</translation>
    </message>
</context>
<context>
    <name>scalelab::AccessibilitySupport</name>
    <message>
        <source>&amp;Move Focus To</source>
        <translation>&amp;Mover el foco a</translation>
    </message>
    <message>
        <source>&amp;Canvas</source>
        <translation>&amp;Lienzo</translation>
    </message>
    <message>
        <source>&amp;Node Palette</source>
        <translation>Paleta de &amp;nodos</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspector</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>&amp;Event Log</source>
        <translation>&amp;Registro de eventos</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>Lecci&amp;ón</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Línea de &amp;tiempo</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <source>Topology canvas</source>
        <translation>Lienzo de la topología</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Más herramientas</translation>
    </message>
    <message>
        <source>The canvas is empty. Drag a node from the node palette, or open an example from the File menu.</source>
        <translation>El lienzo está vacío. Arrastra un nodo desde la paleta de nodos o abre un ejemplo desde el menú Archivo.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Down: %1.</source>
        <translation>Caídos: %1.</translation>
    </message>
    <message>
        <source>Draining: %1.</source>
        <translation>Drenando: %1.</translation>
    </message>
    <message>
        <source>Nodes: %1 (%2). Links: %3.</source>
        <translation>Nodos: %1 (%2). Enlaces: %3.</translation>
    </message>
</context>
<context>
    <name>scalelab::BigNumberCatalog</name>
    <message>
        <source>$%1/h</source>
        <translation>%1 $/h</translation>
    </message>
</context>
<context>
    <name>scalelab::BigNumberTiles</name>
    <message>
        <source>&amp;Big Numbers</source>
        <translation>&amp;Cifras destacadas</translation>
    </message>
    <message>
        <source>Right-click to choose the figures</source>
        <translation>Haz clic derecho para elegir las cifras</translation>
    </message>
    <message>
        <source>&amp;Automatic (fits the topology)</source>
        <translation>&amp;Automático (se ajusta a la topología)</translation>
    </message>
    <message>
        <source>&amp;Hide Big Numbers</source>
        <translation>&amp;Ocultar cifras destacadas</translation>
    </message>
</context>
<context>
    <name>scalelab::CanvasEditor</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>Copy the selected nodes and delete them</source>
        <translation>Copia los nodos seleccionados y los elimina</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected nodes, their links and settings</source>
        <translation>Copia los nodos seleccionados, sus enlaces y ajustes</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Add the copied nodes; ids already taken are renumbered</source>
        <translation>Añade los nodos copiados; los ids ya usados se renumeran</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Copy and paste the selected nodes in one go</source>
        <translation>Copia y pega los nodos seleccionados de una vez</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected nodes and links</source>
        <translation>Elimina los nodos y enlaces seleccionados</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <source>Select every node and link</source>
        <translation>Selecciona todos los nodos y enlaces</translation>
    </message>
    <message>
        <source>A&amp;rrange Automatically</source>
        <translation>Organizar &amp;automáticamente</translation>
    </message>
    <message>
        <source>Lay the nodes out in columns from the clients to the storage</source>
        <translation>Coloca los nodos en columnas, de los clientes al almacenamiento</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel or pinch also zoom)</source>
        <translation>Acerca la vista (Ctrl+rueda o pellizcar también hacen zoom)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Aleja la vista</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;justar a la ventana</translation>
    </message>
    <message>
        <source>Show the whole topology</source>
        <translation>Muestra toda la topología</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Ajustar a la c&amp;uadrícula</translation>
    </message>
    <message>
        <source>Nodes land on a %1-unit grid when moved or added</source>
        <translation>Los nodos se colocan en una cuadrícula de %1 unidades al moverlos o añadirlos</translation>
    </message>
    <message>
        <source>Canvas as &amp;PNG Image...</source>
        <translation>Lienzo como imagen &amp;PNG...</translation>
    </message>
    <message>
        <source>Save a picture of the canvas at twice its size</source>
        <translation>Guarda una imagen del lienzo al doble de su tamaño</translation>
    </message>
    <message>
        <source>Canvas as &amp;SVG Drawing...</source>
        <translation>Lienzo como dibujo &amp;SVG...</translation>
    </message>
    <message>
        <source>Save the canvas as a drawing that scales to any size</source>
        <translation>Guarda el lienzo como un dibujo que se escala a cualquier tamaño</translation>
    </message>
    <message>
        <source>Added %1: drag from its arrow handle to another node to link them</source>
        <translation>%1 añadido: arrastra desde su flecha hasta otro nodo para enlazarlos</translation>
    </message>
    <message>
        <source>Select the nodes to copy first</source>
        <translation>Selecciona primero los nodos que quieres copiar</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n nodes</source>
        <translation>
            <numerusform>Se ha copiado %n nodo</numerusform>
            <numerusform>Se han copiado %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: %1</source>
        <translation>Nada que pegar: %1</translation>
    </message>
    <message>
        <source>Select the nodes to duplicate first</source>
        <translation>Selecciona primero los nodos que quieres duplicar</translation>
    </message>
    <message>
        <source>Nothing to paste: the copied part has no nodes</source>
        <translation>Nada que pegar: la parte copiada no tiene nodos</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 como %2</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n nodes</source>
        <translation>
            <numerusform>Se ha pegado %n nodo</numerusform>
            <numerusform>Se han pegado %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted %1</source>
        <translation>Pegado: %1</translation>
    </message>
    <message>
        <source>Select the nodes or links to delete first</source>
        <translation>Selecciona primero los nodos o enlaces que quieres eliminar</translation>
    </message>
    <message>
        <source>Export Canvas as SVG</source>
        <translation>Exportar el lienzo como SVG</translation>
    </message>
    <message>
        <source>Export Canvas as PNG</source>
        <translation>Exportar el lienzo como PNG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Cannot export the canvas</source>
        <translation>No se puede exportar el lienzo</translation>
    </message>
    <message>
        <source>Exported the canvas to %1</source>
        <translation>Lienzo exportado a %1</translation>
    </message>
    <message>
        <source>Add &amp;Node Here</source>
        <translation>Añadir &amp;nodo aquí</translation>
    </message>
    <message>
        <source>Paste &amp;Here</source>
        <translation>Pegar a&amp;quí</translation>
    </message>
</context>
<context>
    <name>scalelab::CanvasInteraction</name>
    <message>
        <source>a link joins two different nodes</source>
        <translation>un enlace une dos nodos distintos</translation>
    </message>
    <message>
        <source>%1 is already linked to %2</source>
        <translation>%1 ya está enlazado con %2</translation>
    </message>
    <message>
        <source>To link %1, release the arrow on another node</source>
        <translation>Para enlazar %1, suelta la flecha sobre otro nodo</translation>
    </message>
    <message>
        <source>Cannot link %1 to %2: %3</source>
        <translation>No se puede enlazar %1 con %2: %3</translation>
    </message>
    <message>
        <source>Linked %1 to %2</source>
        <translation>%1 enlazado con %2</translation>
    </message>
    <message>
        <source>Added %1: drag from its arrow handle to link it</source>
        <translation>%1 añadido: arrastra desde su flecha para enlazarlo</translation>
    </message>
</context>
<context>
    <name>scalelab::ChallengeResultsView</name>
    <message>
        <source>Each student&apos;s latest try, as their own ScaleLab graded it on their own seed</source>
        <translation>El último intento de cada estudiante, tal como lo evaluó su propio ScaleLab con su propia semilla</translation>
    </message>
    <message>
        <source>Challenge: %1. No try yet: students who joined from ScaleLab send theirs as they check them.</source>
        <translation>Reto: %1. Aún no hay intentos: el alumnado que se unió desde ScaleLab envía los suyos a medida que los comprueba.</translation>
    </message>
    <message>
        <source>Challenge: %1. %2 of %3 met the goal.</source>
        <translation>Reto: %1. Han alcanzado el objetivo %2 de %3.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Superado</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
</context>
<context>
    <name>scalelab::ChartExport</name>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>The chart was not saved: %1</source>
        <translation>El gráfico no se guardó: %1</translation>
    </message>
</context>
<context>
    <name>scalelab::ChartMarkers</name>
    <message>
        <source>kill %1</source>
        <translation>apagar %1</translation>
    </message>
    <message>
        <source>revive %1</source>
        <translation>reactivar %1</translation>
    </message>
    <message>
        <source>%1 promoted</source>
        <translation>%1 promovido</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 caído</translation>
    </message>
    <message>
        <source>%1 up</source>
        <translation>%1 activo</translation>
    </message>
    <message>
        <source>failover to %1</source>
        <translation>conmutación a %1</translation>
    </message>
    <message>
        <source>drain %1</source>
        <translation>drenar %1</translation>
    </message>
    <message>
        <source>cut %1</source>
        <translation>aislar %1</translation>
    </message>
    <message>
        <source>heal %1</source>
        <translation>reconectar %1</translation>
    </message>
    <message>
        <source>purge %1</source>
        <translation>purgar %1</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>alerta %1</translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation>%1 resuelta</translation>
    </message>
    <message>
        <source>%1 full</source>
        <translation>%1 llena</translation>
    </message>
    <message>
        <source>scale out +%1</source>
        <translation>más servidores +%1</translation>
    </message>
    <message>
        <source>scale in -%1</source>
        <translation>menos servidores -%1</translation>
    </message>
    <message>
        <source>reshard → %1 shards</source>
        <translation>refragmentación → %1 fragmentos</translation>
    </message>
    <message>
        <source>reshard done</source>
        <translation>refragmentación terminada</translation>
    </message>
    <message>
        <source>resize %1 → %2</source>
        <translation>redimensionar %1 → %2</translation>
    </message>
    <message>
        <source>%1 back as %2</source>
        <translation>%1 vuelve como %2</translation>
    </message>
    <message>
        <source>dns: %1 down</source>
        <translation>DNS: %1 caído</translation>
    </message>
    <message>
        <source>dns: %1 up</source>
        <translation>DNS: %1 activo</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>scalelab::ChartPanel</name>
    <message>
        <source>simulated time (s)</source>
        <translation>tiempo simulado (s)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 s to %2 s</source>
        <translation>de %1 s a %2 s</translation>
    </message>
    <message>
        <source>%1 at %2 s</source>
        <translation>%1 a los %2 s</translation>
    </message>
    <message>
        <source>Save as &amp;PNG...</source>
        <translation>Guardar como &amp;PNG...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Guardar como P&amp;DF...</translation>
    </message>
    <message>
        <source>Export Data as &amp;CSV...</source>
        <translation>Exportar datos como &amp;CSV...</translation>
    </message>
    <message>
        <source>&amp;Follow the Run</source>
        <translation>&amp;Seguir la ejecución</translation>
    </message>
    <message>
        <source>&amp;Hide This Chart</source>
        <translation>&amp;Ocultar este gráfico</translation>
    </message>
</context>
<context>
    <name>scalelab::ChartSeries</name>
    <message>
        <source>Throughput</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>Tasa de aciertos de caché</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Retraso de replicación</translation>
    </message>
    <message>
        <source>Busy workers per server</source>
        <translation>Trabajadores ocupados por servidor</translation>
    </message>
    <message>
        <source>CDN offload</source>
        <translation>Descarga del origen (CDN)</translation>
    </message>
    <message>
        <source>CDN cost so far</source>
        <translation>Coste de la CDN hasta ahora</translation>
    </message>
    <message>
        <source>Sessions lost</source>
        <translation>Sesiones perdidas</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correctas</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartadas</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>hit ratio</source>
        <translation>tasa de aciertos</translation>
    </message>
    <message>
        <source>stale reads</source>
        <translation>lecturas obsoletas</translation>
    </message>
    <message>
        <source>lost writes</source>
        <translation>escrituras perdidas</translation>
    </message>
    <message>
        <source>offload</source>
        <translation>descarga del origen</translation>
    </message>
    <message>
        <source>with the CDN</source>
        <translation>con la CDN</translation>
    </message>
    <message>
        <source>without a CDN</source>
        <translation>sin CDN</translation>
    </message>
    <message>
        <source>sessions lost</source>
        <translation>sesiones perdidas</translation>
    </message>
    <message>
        <source>Stale reads, lost writes</source>
        <translation>Lecturas obsoletas, escrituras perdidas</translation>
    </message>
    <message>
        <source>Served per server</source>
        <translation>Atendidas por servidor</translation>
    </message>
    <message>
        <source>error/timeout</source>
        <translation>error/tiempo agotado</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>tareas</translation>
    </message>
    <message>
        <source>%1 depth</source>
        <translation>profundidad de %1</translation>
    </message>
    <message>
        <source>%1 lag</source>
        <translation>retraso de %1</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>servidores</translation>
    </message>
    <message>
        <source>server-s</source>
        <translation>servidor-s</translation>
    </message>
    <message>
        <source>%1 servers</source>
        <translation>servidores de %1</translation>
    </message>
    <message>
        <source>%1 server-seconds so far</source>
        <translation>segundos-servidor de %1 hasta ahora</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Server cost</source>
        <translation>Coste de servidores</translation>
    </message>
    <message>
        <source>$/h</source>
        <translation>$/h</translation>
    </message>
    <message>
        <source>$ per hour</source>
        <translation>$ por hora</translation>
    </message>
    <message>
        <source>$ so far</source>
        <translation>$ hasta ahora</translation>
    </message>
    <message>
        <source>calls/s</source>
        <translation>llamadas/s</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>fragmento %1</translation>
    </message>
    <message>
        <source>Shards · busiest %1 % of calls</source>
        <translation>Fragmentos · el más ocupado, %1 % de las llamadas</translation>
    </message>
    <message>
        <source>Data centres</source>
        <translation>Centros de datos</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 caído</translation>
    </message>
    <message>
        <source>Requests by kind</source>
        <translation>Peticiones por tipo</translation>
    </message>
    <message>
        <source>Waiting requests</source>
        <translation>Peticiones en espera</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>lecturas</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>escrituras</translation>
    </message>
    <message>
        <source>static files</source>
        <translation>archivos estáticos</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>peticiones</translation>
    </message>
    <message>
        <source>Waiting requests · none so far</source>
        <translation>Peticiones en espera · ninguna hasta ahora</translation>
    </message>
</context>
<context>
    <name>scalelab::ChartsDock</name>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Choose which charts show</source>
        <translation>Elige qué gráficos se muestran</translation>
    </message>
    <message>
        <source>Follow the run</source>
        <translation>Seguir la ejecución</translation>
    </message>
    <message>
        <source>Show the latest %1 seconds as the run goes (drag or wheel on a chart to look back; double-click returns)</source>
        <translation>Muestra los últimos %1 segundos a medida que avanza la ejecución (arrastra o usa la rueda sobre un gráfico para mirar atrás; doble clic para volver)</translation>
    </message>
    <message>
        <source>Charts as &amp;PNG...</source>
        <translation>Gráficos como P&amp;NG...</translation>
    </message>
    <message>
        <source>Charts as P&amp;DF...</source>
        <translation>Gráficos como P&amp;DF...</translation>
    </message>
    <message>
        <source>Chart &amp;Data as CSV...</source>
        <translation>Datos de los gráficos como &amp;CSV...</translation>
    </message>
    <message>
        <source>Not in this topology</source>
        <translation>No está en esta topología</translation>
    </message>
    <message>
        <source>Save Every Shown Chart Into</source>
        <translation>Guardar todos los gráficos visibles en</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>Exportar gráficos</translation>
    </message>
    <message>
        <source>Not every chart was saved: %1</source>
        <translation>No se guardaron todos los gráficos: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>Se ha guardado %n archivo en %1.</numerusform>
            <numerusform>Se han guardado %n archivos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the Charts &amp;Panel</source>
        <translation>Mostrar el &amp;panel de gráficos</translation>
    </message>
    <message>
        <source>Charts shown in the panel</source>
        <translation>Gráficos que se muestran en el panel</translation>
    </message>
</context>
<context>
    <name>scalelab::CheckpointPhrase</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 served %2 requests</source>
        <translation>%1 atendió %2 peticiones</translation>
    </message>
    <message>
        <source>%1 answered %2 requests with an error</source>
        <translation>%1 respondió con un error a %2 peticiones</translation>
    </message>
    <message>
        <source>%1 dropped %2 requests</source>
        <translation>%1 descartó %2 peticiones</translation>
    </message>
    <message>
        <source>%1 had %2 requests waiting</source>
        <translation>%1 tenía %2 peticiones en cola</translation>
    </message>
    <message>
        <source>%1 was working on %2 requests</source>
        <translation>%1 estaba atendiendo %2 peticiones</translation>
    </message>
    <message>
        <source>%1 applied %2 writes</source>
        <translation>%1 aplicó %2 escrituras</translation>
    </message>
    <message>
        <source>%1 was %2 writes behind</source>
        <translation>%1 iba %2 escrituras por detrás</translation>
    </message>
    <message>
        <source>%1 lagged %2 ms behind</source>
        <translation>%1 iba %2 ms por detrás</translation>
    </message>
    <message>
        <source>%1 held %2 items</source>
        <translation>%1 guardaba %2 elementos</translation>
    </message>
    <message>
        <source>%1 had %2 open connections</source>
        <translation>%1 tenía %2 conexiones abiertas</translation>
    </message>
    <message>
        <source>%1&apos;s %2: %3</source>
        <translation>%2 de %1: %3</translation>
    </message>
    <message>
        <source>%1 requests in all</source>
        <translation>%1 peticiones en total</translation>
    </message>
    <message>
        <source>%1 requests succeeded</source>
        <translation>%1 peticiones fueron correctas</translation>
    </message>
    <message>
        <source>%1 requests ended in an error</source>
        <translation>%1 peticiones terminaron en error</translation>
    </message>
    <message>
        <source>%1 requests timed out</source>
        <translation>%1 peticiones agotaron el tiempo de espera</translation>
    </message>
    <message>
        <source>%1 requests were dropped</source>
        <translation>se descartaron %1 peticiones</translation>
    </message>
    <message>
        <source>%1 requests were in flight</source>
        <translation>%1 peticiones estaban en curso</translation>
    </message>
    <message>
        <source>half of the requests took at most %1 ms</source>
        <translation>la mitad de las peticiones tardó como mucho %1 ms</translation>
    </message>
    <message>
        <source>95% of the requests took at most %1 ms</source>
        <translation>el 95 % de las peticiones tardó como mucho %1 ms</translation>
    </message>
    <message>
        <source>99% of the requests took at most %1 ms</source>
        <translation>el 99 % de las peticiones tardó como mucho %1 ms</translation>
    </message>
    <message>
        <source>the cache answered %1 reads</source>
        <translation>la caché respondió a %1 lecturas</translation>
    </message>
    <message>
        <source>%1 reads missed the cache</source>
        <translation>%1 lecturas fallaron en la caché</translation>
    </message>
    <message>
        <source>the cache answered %1% of the reads</source>
        <translation>la caché respondió al %1 % de las lecturas</translation>
    </message>
    <message>
        <source>the cache returned %1 stale values</source>
        <translation>la caché devolvió %1 valores obsoletos</translation>
    </message>
    <message>
        <source>the cache evicted %1 entries</source>
        <translation>la caché expulsó %1 entradas</translation>
    </message>
    <message>
        <source>%1 cache entries expired</source>
        <translation>caducaron %1 entradas de caché</translation>
    </message>
    <message>
        <source>%1 cache entries were invalidated</source>
        <translation>se invalidaron %1 entradas de caché</translation>
    </message>
    <message>
        <source>%1 reads returned stale data</source>
        <translation>%1 lecturas devolvieron datos obsoletos</translation>
    </message>
    <message>
        <source>%1 times a user did not see their own write</source>
        <translation>%1 veces un usuario no vio su propia escritura</translation>
    </message>
    <message>
        <source>%1 writes were lost</source>
        <translation>se perdieron %1 escrituras</translation>
    </message>
    <message>
        <source>%1 writes were recovered</source>
        <translation>se recuperaron %1 escrituras</translation>
    </message>
    <message>
        <source>%1 replicas were promoted to primary</source>
        <translation>%1 réplicas fueron promovidas a primario</translation>
    </message>
    <message>
        <source>%1 writes conflicted</source>
        <translation>%1 escrituras entraron en conflicto</translation>
    </message>
    <message>
        <source>%1 updates were silently discarded</source>
        <translation>se descartaron en silencio %1 actualizaciones</translation>
    </message>
    <message>
        <source>%1 writes were rolled back</source>
        <translation>se revirtieron %1 escrituras</translation>
    </message>
    <message>
        <source>%1 keys differed between the databases</source>
        <translation>%1 claves diferían entre las bases de datos</translation>
    </message>
    <message>
        <source>replicas fell up to %1 ms behind</source>
        <translation>las réplicas llegaron a ir %1 ms por detrás</translation>
    </message>
    <message>
        <source>%1 users lost their session</source>
        <translation>%1 usuarios perdieron su sesión</translation>
    </message>
    <message>
        <source>the CDN answered %1 requests</source>
        <translation>la CDN respondió a %1 peticiones</translation>
    </message>
    <message>
        <source>%1 requests missed the CDN</source>
        <translation>%1 peticiones fallaron en la CDN</translation>
    </message>
    <message>
        <source>%1 requests fell back to the origin</source>
        <translation>%1 peticiones recurrieron al origen</translation>
    </message>
    <message>
        <source>%1 CDN entries were invalidated</source>
        <translation>se invalidaron %1 entradas de la CDN</translation>
    </message>
    <message>
        <source>the CDN served %1% of the static requests</source>
        <translation>la CDN atendió el %1 % de las peticiones estáticas</translation>
    </message>
    <message>
        <source>%1 GB came from the origin</source>
        <translation>%1 GB vinieron del origen</translation>
    </message>
    <message>
        <source>%1 GB went out to users</source>
        <translation>%1 GB salieron hacia los usuarios</translation>
    </message>
    <message>
        <source>the traffic cost %1 USD</source>
        <translation>el tráfico costó %1 USD</translation>
    </message>
    <message>
        <source>%1 writes were held up at a dead ring node</source>
        <translation>%1 escrituras quedaron retenidas en un nodo caído del anillo</translation>
    </message>
    <message>
        <source>%1 writes were lost with a dead ring node</source>
        <translation>se perdieron %1 escrituras con un nodo caído del anillo</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>scalelab::ClassBar</name>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Answer the class&apos;s question (your prediction in the lesson panel is your first vote)</source>
        <translation>Responde a la pregunta de la clase (tu predicción en el panel de la lección es tu primer voto)</translation>
    </message>
    <message>
        <source>Vote Again</source>
        <translation>Volver a votar</translation>
    </message>
    <message>
        <source>Enter a Number…</source>
        <translation>Introducir un número…</translation>
    </message>
</context>
<context>
    <name>scalelab::ClassPanel</name>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Students join from a phone or laptop on this network: they open the address shown, type the join code and their name, and answer each step&apos;s question. Nothing leaves the local network.</source>
        <translation>El alumnado se une desde un móvil o un portátil conectado a esta red: abre la dirección que se muestra, escribe el código de acceso y su nombre, y responde a la pregunta de cada paso. Nada sale de la red local.</translation>
    </message>
    <message>
        <source>The students&apos; page is served on this port; their connections use the next one</source>
        <translation>La página del alumnado se sirve en este puerto; sus conexiones usan el siguiente</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Start Class Session</source>
        <translation>Iniciar sesión de clase</translation>
    </message>
    <message>
        <source>Students point their phone&apos;s camera here to open the page</source>
        <translation>El alumnado apunta aquí la cámara del móvil para abrir la página</translation>
    </message>
    <message>
        <source>Show the counts before the reveal</source>
        <translation>Mostrar los recuentos antes de revelar</translation>
    </message>
    <message>
        <source>Off: the projector shows only how many answered, so the counts do not sway the class</source>
        <translation>Desactivado: el proyector solo muestra cuántos han respondido, para que los recuentos no influyan en la clase</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Revelar</translation>
    </message>
    <message>
        <source>Show the class&apos;s answers and the right one on every student&apos;s screen</source>
        <translation>Muestra las respuestas de la clase y la correcta en la pantalla de cada estudiante</translation>
    </message>
    <message>
        <source>Ask Again</source>
        <translation>Volver a preguntar</translation>
    </message>
    <message>
        <source>Peer instruction: let the class discuss, then vote a second time (both votes are kept)</source>
        <translation>Instrucción entre pares: deja que la clase lo debata y vote por segunda vez (se conservan las dos votaciones)</translation>
    </message>
    <message>
        <source>Export Answers…</source>
        <translation>Exportar respuestas…</translation>
    </message>
    <message>
        <source>Save every answer of this session as a CSV file</source>
        <translation>Guarda todas las respuestas de esta sesión en un archivo CSV</translation>
    </message>
    <message>
        <source>Stop Class Session</source>
        <translation>Detener sesión de clase</translation>
    </message>
    <message>
        <source>Clients refused or dropped, and why</source>
        <translation>Clientes rechazados o desconectados, y por qué</translation>
    </message>
    <message>
        <source>The session could not start: %1.</source>
        <translation>No se pudo iniciar la sesión: %1.</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Abre &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>1 student connected</source>
        <translation>1 estudiante conectado</translation>
    </message>
    <message>
        <source>%1 students connected</source>
        <translation>%1 estudiantes conectados</translation>
    </message>
    <message>
        <source>No question on this step: the students wait for the next one.</source>
        <translation>Este paso no tiene pregunta: el alumnado espera a la siguiente.</translation>
    </message>
    <message>
        <source>Vote %1: %2 of %3 answered</source>
        <translation>Votación %1: han respondido %2 de %3</translation>
    </message>
    <message>
        <source>Not answered yet: %1</source>
        <translation>Aún sin responder: %1</translation>
    </message>
    <message>
        <source>Vote %1: %2 of %3 right</source>
        <translation>Votación %1: han acertado %2 de %3</translation>
    </message>
    <message>
        <source>%1 of %2 within %3% of %4 %5</source>
        <translation>%1 de %2 a menos de un %3 % de %4 %5</translation>
    </message>
    <message>
        <source>Export Answers</source>
        <translation>Exportar respuestas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 following in ScaleLab)</source>
        <translation>%1 (%2 siguiendo la clase en ScaleLab)</translation>
    </message>
    <message>
        <source>A challenge: students who joined from ScaleLab solve it on their own; a page waits.</source>
        <translation>Un reto: el alumnado que se unió desde ScaleLab lo resuelve por su cuenta; la página queda en espera.</translation>
    </message>
    <message>
        <source>The connected student loses the class. Stop the class session?</source>
        <translation>El estudiante conectado perderá la clase. ¿Detener la sesión de clase?</translation>
    </message>
    <message>
        <source>%1 connected students lose the class. Stop the class session?</source>
        <translation>%1 estudiantes conectados perderán la clase. ¿Detener la sesión de clase?</translation>
    </message>
</context>
<context>
    <name>scalelab::ClassroomSession</name>
    <message>
        <source>Start &amp;Class Session…</source>
        <translation>Iniciar &amp;sesión de clase…</translation>
    </message>
    <message>
        <source>Let students join from their own devices on this network and answer each step&apos;s question</source>
        <translation>Permite que el alumnado se una desde sus propios dispositivos en esta red y responda a la pregunta de cada paso</translation>
    </message>
    <message>
        <source>Stop Class Session</source>
        <translation>Detener sesión de clase</translation>
    </message>
</context>
<context>
    <name>scalelab::ClientViewDock</name>
    <message>
        <source>Client view</source>
        <translation>Vista del cliente</translation>
    </message>
    <message>
        <source>Which clients node the user belongs to</source>
        <translation>A qué nodo de clientes pertenece el usuario</translation>
    </message>
    <message>
        <source>user </source>
        <translation>usuario </translation>
    </message>
    <message>
        <source>The user&apos;s number within their clients node</source>
        <translation>El número del usuario dentro de su nodo de clientes</translation>
    </message>
    <message>
        <source>Find a Violation</source>
        <translation>Buscar una violación</translation>
    </message>
    <message>
        <source>Show a user whose reads broke read-your-writes or monotonic reads</source>
        <translation>Muestra un usuario cuyas lecturas incumplieron «leer tus escrituras» o las lecturas monótonas</translation>
    </message>
    <message>
        <source>No user&apos;s reads have broken a guarantee so far in this run.</source>
        <translation>Las lecturas de ningún usuario han incumplido una garantía hasta ahora en esta ejecución.</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s), </source>
        <translation>
            <numerusform>%n escritura, </numerusform>
            <numerusform>%n escrituras, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) so far.</source>
        <translation>
            <numerusform>%n lectura hasta ahora.</numerusform>
            <numerusform>%n lecturas hasta ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every read showed at least what this user had written or read before.</source>
        <translation>Cada lectura mostró al menos lo que este usuario había escrito o leído antes.</translation>
    </message>
    <message numerus="yes">
        <source>Read-your-writes broken %n time(s), </source>
        <translation>
            <numerusform>«Leer tus escrituras» incumplido %n vez, </numerusform>
            <numerusform>«Leer tus escrituras» incumplido %n veces, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>monotonic reads broken %n time(s): a replica that had not caught up answered.</source>
        <translation>
            <numerusform>lecturas monótonas incumplidas %n vez: respondió una réplica que no se había puesto al día.</numerusform>
            <numerusform>lecturas monótonas incumplidas %n veces: respondió una réplica que no se había puesto al día.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalelab::ClientViewModel</name>
    <message>
        <source>wrote</source>
        <translation>escribió</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leyó</translation>
    </message>
    <message>
        <source>static</source>
        <translation>estática</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>ok, stale</source>
        <translation>correcta, obsoleta</translation>
    </message>
    <message>
        <source>%1 (cache)</source>
        <translation>%1 (caché)</translation>
    </message>
    <message>
        <source>Read-your-writes broken: they wrote v%1 at %2 s</source>
        <translation>«Leer tus escrituras» incumplido: había escrito v%1 a los %2 s</translation>
    </message>
    <message>
        <source>Monotonic reads broken: they had read v%1 at %2 s</source>
        <translation>Lecturas monótonas incumplidas: había leído v%1 a los %2 s</translation>
    </message>
    <message>
        <source>Sent (s)</source>
        <translation>Enviada (s)</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Atendida por</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Garantía</translation>
    </message>
    <message>
        <source>job</source>
        <translation>tarea</translation>
    </message>
</context>
<context>
    <name>scalelab::DocumentFiles</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Start an empty topology (Ctrl+N)</source>
        <translation>Empieza una topología vacía (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir...</translation>
    </message>
    <message>
        <source>Open a topology file (Ctrl+O)</source>
        <translation>Abre un archivo de topología (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the topology (Ctrl+S)</source>
        <translation>Guarda la topología (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Guardar &amp;como...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Cannot open topology</source>
        <translation>No se puede abrir la topología</translation>
    </message>
    <message>
        <source>ScaleLab could not open %1. The topology already open is unchanged.</source>
        <translation>ScaleLab no pudo abrir %1. La topología que ya estaba abierta no ha cambiado.</translation>
    </message>
    <message>
        <source>Open topology</source>
        <translation>Abrir topología</translation>
    </message>
    <message>
        <source>Save topology</source>
        <translation>Guardar topología</translation>
    </message>
    <message>
        <source>Cannot save topology</source>
        <translation>No se puede guardar la topología</translation>
    </message>
    <message>
        <source>ScaleLab could not save %1: %2
Your work is still open; try another place.</source>
        <translation>ScaleLab no pudo guardar %1: %2
Tu trabajo sigue abierto; prueba en otro lugar.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>¿Guardar antes los cambios en %1?</translation>
    </message>
    <message>
        <source>If you do not save them, your changes are lost.</source>
        <translation>Si no los guardas, perderás los cambios.</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Abrir &amp;ejemplo</translation>
    </message>
</context>
<context>
    <name>scalelab::EventLogDock</name>
    <message>
        <source>Event log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <source>Show one kind of event only</source>
        <translation>Mostrar solo un tipo de evento</translation>
    </message>
    <message>
        <source>Show the events of one node only</source>
        <translation>Mostrar solo los eventos de un nodo</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n evento</numerusform>
            <numerusform>%n eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>State changes</source>
        <translation>Cambios de estado</translation>
    </message>
    <message>
        <source>Marked requests</source>
        <translation>Peticiones marcadas</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Todos los nodos</translation>
    </message>
    <message numerus="yes">
        <source>%n ahead of the timeline (grey)</source>
        <translation>
            <numerusform>%n por delante de la línea de tiempo (en gris)</numerusform>
            <numerusform>%n por delante de la línea de tiempo (en gris)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a stale read, a cache miss, a failure or a lost write to see why it happened.</source>
        <translation>Haz clic en una lectura obsoleta, un fallo de caché, un error o una escritura perdida para ver por qué ocurrió.</translation>
    </message>
</context>
<context>
    <name>scalelab::EventLogFollower</name>
    <message numerus="yes">
        <source>%n new event(s) ↓</source>
        <translation>
            <numerusform>%n evento nuevo ↓</numerusform>
            <numerusform>%n eventos nuevos ↓</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>The newest event stays in sight. Scroll up, pick a row or point at the table to hold the rows still.</source>
        <translation>El evento más reciente sigue a la vista. Desplázate hacia arriba, elige una fila o señala la tabla para que las filas se queden quietas.</translation>
    </message>
    <message>
        <source>Held still while you read. Click here, or scroll to the bottom, to follow the newest events again.</source>
        <translation>Detenido mientras lees. Haz clic aquí o desplázate hasta el final para volver a seguir los eventos más recientes.</translation>
    </message>
</context>
<context>
    <name>scalelab::EventLogModel</name>
    <message>
        <source>%1
Ahead of the timeline: the run has not got here again yet.</source>
        <translation>%1
Por delante de la línea de tiempo: la ejecución aún no ha vuelto a llegar aquí.</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Tiempo (s)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <source>Revived</source>
        <translation>Reactivado</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>Drenando</translation>
    </message>
    <message>
        <source>Undrained</source>
        <translation>Fin del drenaje</translation>
    </message>
    <message>
        <source>Health check: down</source>
        <translation>Comprobación de salud: caído</translation>
    </message>
    <message>
        <source>Health check: up</source>
        <translation>Comprobación de salud: activo</translation>
    </message>
    <message>
        <source>Ejected</source>
        <translation>Excluido</translation>
    </message>
    <message>
        <source>Ejection over</source>
        <translation>Fin de la exclusión</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Promovido</translation>
    </message>
    <message>
        <source>Promotion failed</source>
        <translation>Promoción fallida</translation>
    </message>
    <message>
        <source>Binlog recovery</source>
        <translation>Recuperación del binlog</translation>
    </message>
    <message>
        <source>Binlog replayed</source>
        <translation>Binlog reproducido</translation>
    </message>
    <message>
        <source>Rejoined</source>
        <translation>Reincorporado</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>Poniéndose al día</translation>
    </message>
    <message>
        <source>Lost write</source>
        <translation>Escritura perdida</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Healed</source>
        <translation>Reconectado</translation>
    </message>
    <message>
        <source>Invalidated</source>
        <translation>Invalidado</translation>
    </message>
    <message>
        <source>Evicted</source>
        <translation>Expulsado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Confirmación (commit)</translation>
    </message>
    <message>
        <source>Replica applied</source>
        <translation>Aplicado en réplica</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Session lost</source>
        <translation>Sesión perdida</translation>
    </message>
    <message>
        <source>Balancer failover</source>
        <translation>Relevo del balanceador</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Ajuste cambiado</translation>
    </message>
    <message>
        <source>Added to pool</source>
        <translation>Añadido al grupo</translation>
    </message>
    <message>
        <source>Removed from pool</source>
        <translation>Retirado del grupo</translation>
    </message>
    <message>
        <source>Read-your-writes</source>
        <translation>Leer tus escrituras</translation>
    </message>
    <message>
        <source>Stale read</source>
        <translation>Lectura obsoleta</translation>
    </message>
    <message>
        <source>Stale cache hit</source>
        <translation>Acierto obsoleto de caché</translation>
    </message>
    <message>
        <source>Cache miss</source>
        <translation>Fallo de caché</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Request %1 read key %2 from %3 before it had write %4</source>
        <translation>La petición %1 leyó la clave %2 de %3 antes de que tuviera la escritura %4</translation>
    </message>
    <message>
        <source>Request %1 got an old key %2 from %3 (write %4 was newer)</source>
        <translation>La petición %1 obtuvo una versión antigua de la clave %2 de %3 (la escritura %4 era más reciente)</translation>
    </message>
    <message>
        <source>never cached</source>
        <translation>nunca estuvo en caché</translation>
    </message>
    <message>
        <source>lost when the cache restarted</source>
        <translation>se perdió al reiniciarse la caché</translation>
    </message>
    <message>
        <source>evicted</source>
        <translation>expulsada</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>invalidated by a write</source>
        <translation>invalidada por una escritura</translation>
    </message>
    <message>
        <source>Request %1 missed key %2 in %3: %4</source>
        <translation>La petición %1 no encontró la clave %2 en %3: %4</translation>
    </message>
    <message>
        <source>it was down</source>
        <translation>estaba caído</translation>
    </message>
    <message>
        <source>a link was cut</source>
        <translation>se cortó un enlace</translation>
    </message>
    <message>
        <source>its queue was full</source>
        <translation>su cola estaba llena</translation>
    </message>
    <message>
        <source>the client gave up waiting</source>
        <translation>el cliente se cansó de esperar</translation>
    </message>
    <message>
        <source>there was nowhere to send it</source>
        <translation>no había adónde enviarla</translation>
    </message>
    <message>
        <source>Request %1 failed at %2: %3</source>
        <translation>La petición %1 falló en %2: %3</translation>
    </message>
    <message>
        <source>%1 was killed</source>
        <translation>%1 se apagó</translation>
    </message>
    <message>
        <source>%1 is back up</source>
        <translation>%1 vuelve a estar activo</translation>
    </message>
    <message>
        <source>%1 is draining: no new requests</source>
        <translation>%1 está drenando: no recibe peticiones nuevas</translation>
    </message>
    <message>
        <source>%1 takes new requests again</source>
        <translation>%1 vuelve a aceptar peticiones nuevas</translation>
    </message>
    <message>
        <source>%1 failed %2 health checks in a row: %3 stops sending it requests</source>
        <translation>%1 no superó %2 comprobaciones de salud seguidas: %3 deja de enviarle peticiones</translation>
    </message>
    <message>
        <source>%1 passed %2 health checks: %3 sends it requests again</source>
        <translation>%1 superó %2 comprobaciones de salud: %3 vuelve a enviarle peticiones</translation>
    </message>
    <message>
        <source>%1 ejected %2 after consecutive errors</source>
        <translation>%1 excluyó a %2 tras varios errores seguidos</translation>
    </message>
    <message>
        <source>%1 takes %2 back after its ejection</source>
        <translation>%1 vuelve a admitir a %2 tras su exclusión</translation>
    </message>
    <message>
        <source>%1 is the new primary (it replaces %2)</source>
        <translation>%1 es el nuevo primario (sustituye a %2)</translation>
    </message>
    <message>
        <source>No replica of %1 is up: writes fail until it returns</source>
        <translation>No hay ninguna réplica de %1 activa: las escrituras fallan hasta que vuelva</translation>
    </message>
    <message>
        <source>Write %1 of key %2, acknowledged by %3, never reached the new primary</source>
        <translation>La escritura %1 de la clave %2, aceptada por %3, nunca llegó al nuevo primario</translation>
    </message>
    <message>
        <source>Network cut: %1</source>
        <translation>Red cortada: %1</translation>
    </message>
    <message>
        <source>Partition healed: %1</source>
        <translation>Partición reconectada: %1</translation>
    </message>
    <message>
        <source>%1 committed write %2 of key %3</source>
        <translation>%1 confirmó la escritura %2 de la clave %3</translation>
    </message>
    <message>
        <source>%1 applied write %2 of key %3 from %4</source>
        <translation>%1 aplicó la escritura %2 de la clave %3 procedente de %4</translation>
    </message>
    <message>
        <source>%1 evicted key %2 to make room</source>
        <translation>%1 expulsó la clave %2 para hacer sitio</translation>
    </message>
    <message>
        <source>Key %1 expired in %2</source>
        <translation>La clave %1 caducó en %2</translation>
    </message>
    <message>
        <source>%1 expired in %2</source>
        <translation>%1 caducó en %2</translation>
    </message>
    <message>
        <source>A write deleted key %1 from %2</source>
        <translation>Una escritura borró la clave %1 de %2</translation>
    </message>
    <message>
        <source>%1 invalidated %2</source>
        <translation>%1 invalidó %2</translation>
    </message>
    <message>
        <source>User %1 read key %2 from %3 without their own write %4</source>
        <translation>El usuario %1 leyó la clave %2 de %3 sin su propia escritura %4</translation>
    </message>
    <message>
        <source>User %1 lost their session on %2</source>
        <translation>El usuario %1 perdió su sesión en %2</translation>
    </message>
    <message>
        <source>%1 took over from %2</source>
        <translation>%1 tomó el relevo de %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Write-back lost</source>
        <translation>Pérdida de write-back</translation>
    </message>
    <message>
        <source>Relay log</source>
        <translation>Relay log</translation>
    </message>
    <message>
        <source>Ring closed</source>
        <translation>Anillo cerrado</translation>
    </message>
    <message>
        <source>Ring re-pointed</source>
        <translation>Anillo redirigido</translation>
    </message>
    <message>
        <source>Lost with a ring node</source>
        <translation>Perdida con un nodo del anillo</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Aprovisionamiento</translation>
    </message>
    <message>
        <source>Snapshot copied</source>
        <translation>Instantánea copiada</translation>
    </message>
    <message>
        <source>Replica ready</source>
        <translation>Réplica lista</translation>
    </message>
    <message>
        <source>Provisioning failed</source>
        <translation>Aprovisionamiento fallido</translation>
    </message>
    <message>
        <source>%1 died with %2 acknowledged writes it had not sent to the database: they are lost</source>
        <translation>%1 cayó con %2 escrituras aceptadas que no había enviado a la base de datos: se han perdido</translation>
    </message>
    <message>
        <source>%1 received write %2 of key %3 from %4 in its relay log; it still serves the old value until it applies it</source>
        <translation>%1 recibió en su relay log la escritura %2 de la clave %3 procedente de %4; sigue sirviendo el valor antiguo hasta que la aplique</translation>
    </message>
    <message>
        <source>%1 now sends on to %2, round the dead %3</source>
        <translation>%1 ahora reenvía a %2, saltándose a %3, que está caído</translation>
    </message>
    <message>
        <source>%1 re-pointed to %2, which sends it the %3 writes it lacks</source>
        <translation>%1 se redirigió a %2, que le envía las %3 escrituras que le faltan</translation>
    </message>
    <message>
        <source>Write %1 of key %2 never left %3 before it died: no other node has it</source>
        <translation>La escritura %1 de la clave %2 nunca salió de %3 antes de que cayera: ningún otro nodo la tiene</translation>
    </message>
    <message>
        <source>%1 receives a snapshot of %2 (it takes %3 ms), then replays the binlog from its position</source>
        <translation>%1 recibe una instantánea de %2 (tarda %3 ms) y luego reproduce el binlog desde su posición</translation>
    </message>
    <message>
        <source>%1 has the snapshot of %2: it replays the binlog from write %3 and takes no reads yet</source>
        <translation>%1 tiene la instantánea de %2: reproduce el binlog desde la escritura %3 y aún no acepta lecturas</translation>
    </message>
    <message>
        <source>%1 has caught up (write %2, %3 ms after the copy began): it takes reads</source>
        <translation>%1 se ha puesto al día (escritura %2, %3 ms después de empezar la copia): acepta lecturas</translation>
    </message>
    <message>
        <source>%1 was not provisioned: %2</source>
        <translation>%1 no se aprovisionó: %2</translation>
    </message>
    <message>
        <source>Alert firing</source>
        <translation>Alerta activa</translation>
    </message>
    <message>
        <source>Alert resolved</source>
        <translation>Alerta resuelta</translation>
    </message>
    <message>
        <source>Resynced</source>
        <translation>Resincronizado</translation>
    </message>
    <message>
        <source>Connections dropped</source>
        <translation>Conexiones cortadas</translation>
    </message>
    <message>
        <source>Alert %1 resolved: %2 is %3 again</source>
        <translation>Alerta %1 resuelta: %2 vuelve a ser %3</translation>
    </message>
    <message>
        <source>Alert %1 is firing: %2 was above %3 for %4 s (now %5)</source>
        <translation>Alerta %1 activa: %2 estuvo por encima de %3 durante %4 s (ahora %5)</translation>
    </message>
    <message>
        <source>Alert %1 is firing: %2 was below %3 for %4 s (now %5)</source>
        <translation>Alerta %1 activa: %2 estuvo por debajo de %3 durante %4 s (ahora %5)</translation>
    </message>
    <message>
        <source>Queue full</source>
        <translation>Cola llena</translation>
    </message>
    <message>
        <source>Job redelivered</source>
        <translation>Tarea reentregada</translation>
    </message>
    <message>
        <source>Queue %1 is full (%2 jobs): new jobs are refused</source>
        <translation>La cola %1 está llena (%2 tareas): se rechazan las tareas nuevas</translation>
    </message>
    <message>
        <source>Job %1 is visible again on %2: %3 did not delete it within the visibility timeout</source>
        <translation>La tarea %1 vuelve a ser visible en %2: %3 no la borró dentro del tiempo de espera de visibilidad</translation>
    </message>
    <message>
        <source>Scale out</source>
        <translation>Más servidores</translation>
    </message>
    <message>
        <source>Scale in</source>
        <translation>Menos servidores</translation>
    </message>
    <message>
        <source>%1 launches %2: its %3 servers are %4 % busy and it wants %5; the new one boots first</source>
        <translation>%1 lanza %2: sus %3 servidores están ocupados al %4 % y quiere %5; el nuevo arranca primero</translation>
    </message>
    <message>
        <source>%1 retires %2: its %3 servers are %4 % busy and it wants %5</source>
        <translation>%1 retira %2: sus %3 servidores están ocupados al %4 % y quiere %5</translation>
    </message>
    <message>
        <source>Reshard</source>
        <translation>Refragmentación</translation>
    </message>
    <message>
        <source>Reshard done</source>
        <translation>Refragmentación terminada</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>Redimensionando</translation>
    </message>
    <message>
        <source>Resized</source>
        <translation>Redimensionado</translation>
    </message>
    <message>
        <source>%1 stops to change its machine from %2 to %3: every request it holds or gets fails until it is back</source>
        <translation>%1 se detiene para cambiar su máquina de %2 a %3: toda petición que tenga o reciba falla hasta que vuelva</translation>
    </message>
    <message>
        <source>%1 is back up as %2: %3 workers at $%4 an hour</source>
        <translation>%1 vuelve a estar en marcha como %2: %3 trabajadores a %4 $ la hora</translation>
    </message>
    <message>
        <source>The copy to %1 is cut short by the next add_shard: its %2 moving keys switch shard at once</source>
        <translation>La copia a %1 se interrumpe por el siguiente add_shard: sus %2 claves en movimiento cambian de fragmento al instante</translation>
    </message>
    <message>
        <source>The copy to %1 is done: %2 keys now live on their new shards (%3 shards)</source>
        <translation>La copia a %1 ha terminado: %2 claves están ahora en sus nuevos fragmentos (%3 fragmentos)</translation>
    </message>
    <message>
        <source>A second shard</source>
        <translation>Un segundo fragmento</translation>
    </message>
    <message>
        <source>A third shard</source>
        <translation>Un tercer fragmento</translation>
    </message>
    <message>
        <source>A fourth shard</source>
        <translation>Un cuarto fragmento</translation>
    </message>
    <message>
        <source>A fifth shard</source>
        <translation>Un quinto fragmento</translation>
    </message>
    <message>
        <source>A sixth shard</source>
        <translation>Un sexto fragmento</translation>
    </message>
    <message>
        <source>A seventh shard</source>
        <translation>Un séptimo fragmento</translation>
    </message>
    <message>
        <source>An eighth shard</source>
        <translation>Un octavo fragmento</translation>
    </message>
    <message>
        <source>A ninth shard</source>
        <translation>Un noveno fragmento</translation>
    </message>
    <message>
        <source>A tenth shard</source>
        <translation>Un décimo fragmento</translation>
    </message>
    <message>
        <source>Shard number %1</source>
        <translation>Fragmento número %1</translation>
    </message>
    <message>
        <source>%1 (%2) joins: %3 of %4 keys move; copying them takes %5 s</source>
        <translation>%1 (%2) se une: se mueven %3 de %4 claves; copiarlas tarda %5 s</translation>
    </message>
    <message>
        <source>Data centre down (dns)</source>
        <translation>Centro de datos caído (DNS)</translation>
    </message>
    <message>
        <source>Data centre up (dns)</source>
        <translation>Centro de datos activo (DNS)</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>Respuesta DNS</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 answers %2 with %3 (%4) instead of %5</source>
        <translation>%1 responde a %2 con %3 (%4) en lugar de %5</translation>
    </message>
    <message>
        <source>%1 answers %2 with %3 (%4) instead of %5: each of its users switches when its cached answer expires, within %6 s</source>
        <translation>%1 responde a %2 con %3 (%4) en lugar de %5: cada uno de sus usuarios cambia cuando caduca su respuesta en caché, en %6 s como máximo</translation>
    </message>
    <message>
        <source>%1&apos;s health checks now see %2 as down after %3 failed checks in a row</source>
        <translation>Las comprobaciones de salud de %1 ven ahora %2 caído tras %3 comprobaciones fallidas seguidas</translation>
    </message>
    <message>
        <source>%1&apos;s health checks see %2 up again after %3 good checks in a row</source>
        <translation>Las comprobaciones de salud de %1 vuelven a ver %2 activo tras %3 comprobaciones correctas seguidas</translation>
    </message>
    <message>
        <source>%1; none of its answers changes.</source>
        <translation>%1; no cambia ninguna de sus respuestas.</translation>
    </message>
    <message>
        <source>%1; it sends %2 from now on.</source>
        <translation>%1; a partir de ahora envía %2.</translation>
    </message>
    <message>
        <source>%1 Users move as their cached answer expires (TTL %2 s).</source>
        <translation>%1 Los usuarios se trasladan a medida que caduca su respuesta en caché (TTL %2 s).</translation>
    </message>
    <message>
        <source>%1 Users return as their cached answer expires (TTL %2 s).</source>
        <translation>%1 Los usuarios vuelven a medida que caduca su respuesta en caché (TTL %2 s).</translation>
    </message>
    <message>
        <source>Alert %1 resolved: %2 of %3 is %4 again</source>
        <translation>Alerta %1 resuelta: %2 de %3 vuelve a ser %4</translation>
    </message>
    <message>
        <source>Alert %1 is firing: %2 of %3 was above %4 for %5 s (now %6)</source>
        <translation>Alerta %1 activa: %2 de %3 estuvo por encima de %4 durante %5 s (ahora %6)</translation>
    </message>
    <message>
        <source>Alert %1 is firing: %2 of %3 was below %4 for %5 s (now %6)</source>
        <translation>Alerta %1 activa: %2 de %3 estuvo por debajo de %4 durante %5 s (ahora %6)</translation>
    </message>
</context>
<context>
    <name>scalelab::EventLogTools</name>
    <message>
        <source>&amp;Event Log</source>
        <translation>&amp;Registro de eventos</translation>
    </message>
    <message>
        <source>&amp;Client View</source>
        <translation>&amp;Vista del cliente</translation>
    </message>
</context>
<context>
    <name>scalelab::FollowTeacher</name>
    <message>
        <source>&amp;Join Class…</source>
        <translation>&amp;Unirse a la clase…</translation>
    </message>
    <message>
        <source>Follow your teacher&apos;s lesson and run on this computer, and answer the class&apos;s questions</source>
        <translation>Sigue la lección y la ejecución de tu docente en este ordenador y responde a las preguntas de la clase</translation>
    </message>
    <message>
        <source>&amp;Leave Class</source>
        <translation>Sa&amp;lir de la clase</translation>
    </message>
    <message>
        <source>&amp;Follow the Teacher</source>
        <translation>Seguir a tu &amp;docente</translation>
    </message>
    <message>
        <source>Back to the teacher&apos;s step and run (Ctrl+Shift+F)</source>
        <translation>Vuelve al paso y la ejecución de tu docente (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>the teacher&apos;s lesson &quot;%1&quot; is not in this ScaleLab: is it an older version?</source>
        <translation>la lección «%1» de tu docente no está en este ScaleLab: ¿es una versión anterior?</translation>
    </message>
    <message>
        <source>the teacher&apos;s topology cannot be shown: %1</source>
        <translation>no se puede mostrar la topología de tu docente: %1</translation>
    </message>
    <message>
        <source>the teacher&apos;s actions cannot be repeated here</source>
        <translation>las acciones de tu docente no se pueden repetir aquí</translation>
    </message>
    <message>
        <source>Joining the class at %1…</source>
        <translation>Uniéndote a la clase en %1…</translation>
    </message>
    <message>
        <source>The connection to the class was lost; trying again…</source>
        <translation>Se perdió la conexión con la clase; reintentando…</translation>
    </message>
    <message>
        <source>Not in the class: %1</source>
        <translation>Fuera de la clase: %1</translation>
    </message>
    <message>
        <source>In class as %1 · exploring on your own</source>
        <translation>En clase como %1 · explorando por tu cuenta</translation>
    </message>
    <message>
        <source>In class as %1 · the challenge is yours to solve</source>
        <translation>En clase como %1 · te toca resolver el reto</translation>
    </message>
    <message>
        <source>In class as %1 · following the teacher</source>
        <translation>En clase como %1 · siguiendo a tu docente</translation>
    </message>
    <message>
        <source>the class: %1 of %2 right</source>
        <translation>la clase: han acertado %1 de %2</translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorAlerts</name>
    <message>
        <source>One word of letters, digits, _ . or -: the events and the report name the rule by it</source>
        <translation>Una sola palabra de letras, dígitos, _ . o -: los eventos y el informe nombran la regla con ella</translation>
    </message>
    <message>
        <source>The figure watched each second: one of the whole system, or (busy, waiting) of one node</source>
        <translation>La cifra que se vigila cada segundo: una de todo el sistema, o (ocupados, en espera) de un nodo</translation>
    </message>
    <message>
        <source>In the file: &quot;metric&quot;: &quot;%1&quot;</source>
        <translation>En el archivo: &quot;metric&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The node a busy or waiting rule watches: a server, database, cache or queue; clients, balancers and a dns have no workers</source>
        <translation>El nodo que vigila una regla de ocupados o en espera: un servidor, base de datos, caché o cola; los clientes, balanceadores y un DNS no tienen trabajadores</translation>
    </message>
    <message>
        <source>above</source>
        <translation>por encima</translation>
    </message>
    <message>
        <source>below</source>
        <translation>por debajo</translation>
    </message>
    <message>
        <source>Fire when the figure is above the threshold (too slow, too many errors) or below it (too little traffic, too few cache hits)</source>
        <translation>Se activa cuando la cifra está por encima del umbral (demasiado lento, demasiados errores) o por debajo (poco tráfico, pocos aciertos de caché)</translation>
    </message>
    <message>
        <source>The line the figure must cross. A share (failing requests, cache hits, busy workers) goes from 0 to 1</source>
        <translation>La línea que debe cruzar la cifra. Una proporción (peticiones fallidas, aciertos de caché, trabajadores ocupados) va de 0 a 1</translation>
    </message>
    <message>
        <source>Seconds in a row the condition must hold before the rule fires: longer is quieter, but later</source>
        <translation>Segundos seguidos que debe cumplirse la condición antes de que la regla se active: más largo es más discreto, pero más tardío</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Vigila</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Fires when</source>
        <translation>Se activa si</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Durante</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Reglas de alerta</translation>
    </message>
    <message>
        <source>Checked once a second while the run goes. A rule whose condition holds for its duration fires: a marker on the charts, a line in the event log, red here and in the status bar.</source>
        <translation>Se comprueban una vez por segundo durante la ejecución. Una regla cuya condición se cumple durante su duración se activa: una marca en los gráficos, una línea en el registro de eventos, rojo aquí y en la barra de estado.</translation>
    </message>
    <message>
        <source>The topology&apos;s alert rules: choose one to edit it below</source>
        <translation>Las reglas de alerta de la topología: elige una para editarla abajo</translation>
    </message>
    <message>
        <source>No rules yet. Add Rule starts one on the p95 latency; a server&apos;s right-click menu adds one on its queue.</source>
        <translation>Aún no hay reglas. Añadir regla crea una sobre la latencia p95; el menú de clic derecho de un servidor añade una sobre su cola.</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>Añadir regla</translation>
    </message>
    <message>
        <source>Add a rule (p95 latency above 200 ms for 3 s) and edit it below</source>
        <translation>Añade una regla (latencia p95 por encima de 200 ms durante 3 s) y edítala abajo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen rule (Edit &gt; Undo brings it back)</source>
        <translation>Quita la regla elegida (Editar &gt; Deshacer la recupera)</translation>
    </message>
    <message>
        <source>%1 is firing now: %2</source>
        <translation>%1 está activa ahora: %2</translation>
    </message>
    <message>
        <source>the whole system</source>
        <translation>todo el sistema</translation>
    </message>
    <message>
        <source>requests per second</source>
        <translation>peticiones por segundo</translation>
    </message>
    <message>
        <source>errors and timeouts per second</source>
        <translation>errores y tiempos agotados por segundo</translation>
    </message>
    <message>
        <source>dropped requests per second</source>
        <translation>peticiones descartadas por segundo</translation>
    </message>
    <message>
        <source>share of requests failing</source>
        <translation>proporción de peticiones fallidas</translation>
    </message>
    <message>
        <source>median latency (p50)</source>
        <translation>latencia mediana (p50)</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>latencia p95</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>latencia p99</translation>
    </message>
    <message>
        <source>cache hit ratio</source>
        <translation>tasa de aciertos de caché</translation>
    </message>
    <message>
        <source>reads per second</source>
        <translation>lecturas por segundo</translation>
    </message>
    <message>
        <source>writes per second</source>
        <translation>escrituras por segundo</translation>
    </message>
    <message>
        <source>static files per second</source>
        <translation>archivos estáticos por segundo</translation>
    </message>
    <message>
        <source>jobs per second</source>
        <translation>tareas por segundo</translation>
    </message>
    <message>
        <source>busy share of one node&apos;s workers</source>
        <translation>proporción de trabajadores ocupados de un nodo</translation>
    </message>
    <message>
        <source>requests waiting at one node</source>
        <translation>peticiones en espera en un nodo</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>peticiones</translation>
    </message>
    <message>
        <source>busy share of %1&apos;s workers</source>
        <translation>proporción de trabajadores ocupados de %1</translation>
    </message>
    <message>
        <source>requests waiting at %1</source>
        <translation>peticiones en espera en %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 above %2 for %n s</source>
        <translation>
            <numerusform>%1 por encima de %2 durante %n s</numerusform>
            <numerusform>%1 por encima de %2 durante %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 below %2 for %n s</source>
        <translation>
            <numerusform>%1 por debajo de %2 durante %n s</numerusform>
            <numerusform>%1 por debajo de %2 durante %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Link: requests travel this way, each hop taking the latency</source>
        <translation>Enlace: las peticiones viajan por aquí y cada salto tarda la latencia indicada</translation>
    </message>
    <message>
        <source>Nothing selected: the settings of the whole topology. Click a node or a link on the canvas to edit it.</source>
        <translation>Nada seleccionado: los ajustes de toda la topología. Haz clic en un nodo o en un enlace del lienzo para editarlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n elemento seleccionado</numerusform>
            <numerusform>%n elementos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a single node or link to edit it. Delete, copy and drag act on all of them.</source>
        <translation>Selecciona un solo nodo o enlace para editarlo. Eliminar, copiar y arrastrar actúan sobre todos.</translation>
    </message>
    <message>
        <source>Untitled topology</source>
        <translation>Topología sin título</translation>
    </message>
    <message>
        <source>Now the primary: the failover promoted it at %1 s. It starts the run as a replica.</source>
        <translation>Ahora es el primario: la conmutación por error lo promovió a los %1 s. Al empezar la ejecución es una réplica.</translation>
    </message>
    <message>
        <source>Now a replica: the failover replaced it as the primary at %1 s. It starts the run as the primary.</source>
        <translation>Ahora es una réplica: la conmutación por error lo sustituyó como primario a los %1 s. Al empezar la ejecución es el primario.</translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorFacts</name>
    <message>
        <source>no lookups yet</source>
        <translation>aún sin consultas</translation>
    </message>
    <message>
        <source>%1 %  (%L2 of %L3)</source>
        <translation>%1 %  (%L2 de %L3)</translation>
    </message>
    <message>
        <source>primary (takes the writes)</source>
        <translation>primario (recibe las escrituras)</translation>
    </message>
    <message>
        <source>replica (copies the primary)</source>
        <translation>réplica (copia el primario)</translation>
    </message>
    <message>
        <source>master (takes writes, copies its peers)</source>
        <translation>maestro (recibe escrituras y copia a sus pares)</translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>independiente</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>draining</source>
        <translation>drenando</translation>
    </message>
    <message>
        <source>up</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>%1, balancers still think it is up</source>
        <translation>%1, los balanceadores aún creen que está activo</translation>
    </message>
    <message>
        <source>%1, ejected by outlier detection</source>
        <translation>%1, excluido por la detección de valores atípicos</translation>
    </message>
    <message>
        <source>%1, balancers still think it is down</source>
        <translation>%1, los balanceadores aún creen que está caído</translation>
    </message>
    <message>
        <source>%1 is not in the running simulation yet: it joins at the next replay (press Reset, or drag the timeline).</source>
        <translation>%1 aún no está en la simulación en curso: se incorpora en la próxima reproducción (pulsa Reiniciar o arrastra la línea de tiempo).</translation>
    </message>
    <message>
        <source>Nothing is running: the topology cannot run yet.</source>
        <translation>No se está ejecutando nada: la topología aún no se puede ejecutar.</translation>
    </message>
    <message>
        <source>Now, at %1 s</source>
        <translation>Ahora, a los %1 s</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>%L1 of %L2 workers busy</source>
        <translation>%L1 de %L2 trabajadores ocupados</translation>
    </message>
    <message>
        <source>Requests in service now, of the node&apos;s concurrency</source>
        <translation>Peticiones que se atienden ahora, respecto a la concurrencia del nodo</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>%L1 waiting (room for %L2)</source>
        <translation>%L1 esperando (caben %L2)</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Atendidas</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>%L1 failed, %L2 dropped (queue full)</source>
        <translation>%L1 fallidas, %L2 descartadas (cola llena)</translation>
    </message>
    <message>
        <source>primary, promoted by the failover (was a replica)</source>
        <translation>primario, promovido por la conmutación por error (era una réplica)</translation>
    </message>
    <message>
        <source>replica, demoted by the failover (was the primary)</source>
        <translation>réplica, degradada por la conmutación por error (era el primario)</translation>
    </message>
    <message>
        <source>Role now</source>
        <translation>Rol actual</translation>
    </message>
    <message>
        <source>Keys held</source>
        <translation>Claves guardadas</translation>
    </message>
    <message>
        <source>Binlog position</source>
        <translation>Posición del binlog</translation>
    </message>
    <message>
        <source>#%1 (newest write on %2)</source>
        <translation>#%1 (escritura más reciente en %2)</translation>
    </message>
    <message>
        <source>The id of the newest write the primary committed</source>
        <translation>El id de la escritura más reciente que confirmó el primario</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicada</translation>
    </message>
    <message>
        <source>#%1 (%L2 writes applied here)</source>
        <translation>#%1 (%L2 escrituras aplicadas aquí)</translation>
    </message>
    <message>
        <source>The newest write this node has applied</source>
        <translation>La escritura más reciente que ha aplicado este nodo</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>%L1 ms, %L2 writes behind</source>
        <translation>%L1 ms, %L2 escrituras por detrás</translation>
    </message>
    <message>
        <source>Age of the oldest write the primary has and this replica lacks</source>
        <translation>Antigüedad de la escritura más antigua que tiene el primario y le falta a esta réplica</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>Tasa de aciertos</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 de %L2</translation>
    </message>
    <message>
        <source>holds sessions, caches nothing</source>
        <translation>guarda sesiones, no almacena nada en caché</translation>
    </message>
    <message>
        <source>Evictions</source>
        <translation>Expulsiones</translation>
    </message>
    <message>
        <source>%L1 (all caches)</source>
        <translation>%L1 (todas las cachés)</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Almacenado</translation>
    </message>
    <message>
        <source>%1 of %2 (%L3 objects)</source>
        <translation>%1 de %2 (%L3 objetos)</translation>
    </message>
    <message>
        <source>Sent to users</source>
        <translation>Enviado a los usuarios</translation>
    </message>
    <message>
        <source>%1 (all edges)</source>
        <translation>%1 (todos los servidores de borde)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>not provisioned: no data yet</source>
        <translation>sin aprovisionar: aún no tiene datos</translation>
    </message>
    <message>
        <source>provisioning: receiving a snapshot</source>
        <translation>aprovisionando: recibiendo una instantánea</translation>
    </message>
    <message>
        <source>catching up from the binlog: no reads yet</source>
        <translation>poniéndose al día desde el binlog: aún sin lecturas</translation>
    </message>
    <message>
        <source>Jobs held</source>
        <translation>Tareas retenidas</translation>
    </message>
    <message>
        <source>%L1 of %L2 (%L3 waiting for a worker)</source>
        <translation>%L1 de %L2 (%L3 esperando a un trabajador)</translation>
    </message>
    <message>
        <source>Jobs on the queue: waiting, or handed to a worker and not yet deleted</source>
        <translation>Tareas en la cola: en espera o entregadas a un trabajador y aún sin borrar</translation>
    </message>
    <message>
        <source>Consumer lag</source>
        <translation>Retraso de consumo</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <source>How long the next job out has waited on the queue</source>
        <translation>Cuánto ha esperado en la cola la próxima tarea en salir</translation>
    </message>
    <message>
        <source>Jobs done</source>
        <translation>Tareas completadas</translation>
    </message>
    <message>
        <source>%L1 of %L2 taken; %L3 refused</source>
        <translation>%L1 de %L2 aceptadas; %L3 rechazadas</translation>
    </message>
    <message>
        <source>Refused: the queue was full or down when a web server handed the job over</source>
        <translation>Rechazadas: la cola estaba llena o caída cuando un servidor web entregó la tarea</translation>
    </message>
    <message>
        <source>Handed out again</source>
        <translation>Entregadas de nuevo</translation>
    </message>
    <message>
        <source>%L1 times; %L2 jobs done twice or more</source>
        <translation>%L1 veces; %L2 tareas hechas dos o más veces</translation>
    </message>
    <message>
        <source>A job whose worker did not delete it within the visibility timeout is handed out again</source>
        <translation>Una tarea que su trabajador no borró dentro del tiempo de espera de visibilidad se vuelve a entregar</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>%L1 req/s</source>
        <translation>%L1 req/s</translation>
    </message>
    <message>
        <source>Requests per second sent now, after any change during the run</source>
        <translation>Peticiones por segundo enviadas ahora, tras cualquier cambio durante la ejecución</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>%L1 of %L2 running, %L3 booting; %L4 server-seconds so far</source>
        <translation>%L1 de %L2 en marcha, %L3 arrancando; %L4 segundos-servidor hasta ahora</translation>
    </message>
    <message>
        <source>Servers the autoscaling runs now (booting and draining ones cost too), and what a cloud bills</source>
        <translation>Servidores que el escalado automático tiene en marcha ahora (los que arrancan y los que se drenan también cuestan), y lo que factura una nube</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>Centro de datos</translation>
    </message>
    <message>
        <source>%1, serving</source>
        <translation>%1, en servicio</translation>
    </message>
    <message>
        <source>%1, DOWN: none of its entries can serve</source>
        <translation>%1, CAÍDO: ninguno de sus puntos de entrada puede atender</translation>
    </message>
    <message>
        <source>Whether a load balancer or web server of the data centre that clients are linked to can answer now</source>
        <translation>Si un balanceador de carga o servidor web de este centro de datos enlazado desde los clientes puede responder ahora</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>Respuesta DNS</translation>
    </message>
    <message>
        <source>%1; %2 % of the users have it, the others still go to %3</source>
        <translation>%1; la tiene el %2 % de los usuarios, los demás siguen yendo a %3</translation>
    </message>
    <message>
        <source>Where the dns sends these clients now. Each user keeps the answer it got for the dns&apos;s TTL</source>
        <translation>Adónde envía ahora el DNS a estos clientes. Cada usuario conserva la respuesta que recibió durante el TTL del DNS</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>no clients look up here</source>
        <translation>ningún cliente consulta aquí</translation>
    </message>
    <message>
        <source>The data centre the dns sends each clients node to now: the nearest one its checks see up</source>
        <translation>El centro de datos al que el DNS envía ahora cada nodo de clientes: el más cercano que sus comprobaciones ven activo</translation>
    </message>
    <message>
        <source>Seen down</source>
        <translation>Vistos caídos</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Data centres the dns&apos;s health checks see down: it sends no new answers there</source>
        <translation>Centros de datos que las comprobaciones de salud del DNS ven caídos: ya no los da en ninguna respuesta nueva</translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorField</name>
    <message>
        <source>expected a number from %L1 to %L2</source>
        <translation>se esperaba un número de %L1 a %L2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorLedger</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Primary has</source>
        <translation>El primario tiene</translation>
    </message>
    <message>
        <source>The primary&apos;s newer version of a key this replica has not caught up on</source>
        <translation>La versión más reciente del primario de una clave con la que esta réplica no se ha puesto al día</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Lost at</source>
        <translation>Perdida a los</translation>
    </message>
    <message>
        <source>On</source>
        <translation>En</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data ledger&lt;/b&gt;: no writes yet.</source>
        <translation>&lt;b&gt;Registro de datos&lt;/b&gt;: aún no hay escrituras.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Data ledger&lt;/b&gt;: %Ln keys</source>
        <translation>
            <numerusform>&lt;b&gt;Registro de datos&lt;/b&gt;: %Ln clave</numerusform>
            <numerusform>&lt;b&gt;Registro de datos&lt;/b&gt;: %Ln claves</numerusform>
        </translation>
    </message>
    <message>
        <source>, the %1 most recently written shown</source>
        <translation>, se muestran las %1 escritas más recientemente</translation>
    </message>
    <message>
        <source>; in step with the primary</source>
        <translation>; al día con el primario</translation>
    </message>
    <message numerus="yes">
        <source>; &lt;span style=&apos;color:#E65100&apos;&gt;%Ln behind the primary&lt;/span&gt;</source>
        <translation>
            <numerusform>; &lt;span style=&apos;color:#E65100&apos;&gt;%Ln atrasada respecto al primario&lt;/span&gt;</numerusform>
            <numerusform>; &lt;span style=&apos;color:#E65100&apos;&gt;%Ln atrasadas respecto al primario&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Lost writes&lt;/b&gt;: none; no failover yet.</source>
        <translation>&lt;b&gt;Escrituras perdidas&lt;/b&gt;: ninguna; aún no ha habido conmutación por error.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lost writes&lt;/b&gt;: none; every acknowledged write survived the failover.</source>
        <translation>&lt;b&gt;Escrituras perdidas&lt;/b&gt;: ninguna; todas las escrituras aceptadas sobrevivieron a la conmutación por error.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;&lt;span style=&apos;color:#C62828&apos;&gt;Lost writes&lt;/span&gt;&lt;/b&gt;: %Ln acknowledged writes never reached the new primary</source>
        <translation>
            <numerusform>&lt;b&gt;&lt;span style=&apos;color:#C62828&apos;&gt;Escrituras perdidas&lt;/span&gt;&lt;/b&gt;: %Ln escritura aceptada nunca llegó al nuevo primario</numerusform>
            <numerusform>&lt;b&gt;&lt;span style=&apos;color:#C62828&apos;&gt;Escrituras perdidas&lt;/span&gt;&lt;/b&gt;: %Ln escrituras aceptadas nunca llegaron al nuevo primario</numerusform>
        </translation>
    </message>
    <message>
        <source> (the latest %1 shown)</source>
        <translation> (se muestran las %1 últimas)</translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorShard</name>
    <message>
        <source>Shard</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>Which shard&apos;s keys this database holds; none: it waits (for an add_shard action, say)</source>
        <translation>De qué fragmento guarda las claves esta base de datos; ninguno: espera (a una acción add_shard, por ejemplo)</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primario</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>réplica</translation>
    </message>
    <message>
        <source>The primary takes its shard&apos;s writes; replicas share its reads</source>
        <translation>El primario recibe las escrituras de su fragmento; las réplicas se reparten sus lecturas</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>fragmento %1</translation>
    </message>
    <message>
        <source>a new shard</source>
        <translation>un fragmento nuevo</translation>
    </message>
</context>
<context>
    <name>scalelab::JoinClassDialog</name>
    <message>
        <source>Join Class</source>
        <translation>Unirse a la clase</translation>
    </message>
    <message>
        <source>192.168.1.20:8080</source>
        <translation>192.168.1.20:8080</translation>
    </message>
    <message>
        <source>The address on the teacher&apos;s screen, under the QR code</source>
        <translation>La dirección que aparece en la pantalla de tu docente, bajo el código QR</translation>
    </message>
    <message>
        <source>The join code on the teacher&apos;s screen (letters and digits; any case)</source>
        <translation>El código de acceso de la pantalla de tu docente (letras y dígitos; mayúsculas o minúsculas)</translation>
    </message>
    <message>
        <source>How the teacher sees you: 1 to 40 letters, digits, spaces or .&apos;_-</source>
        <translation>Cómo te ve tu docente: de 1 a 40 letras, dígitos, espacios o .&apos;_-</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Your ScaleLab follows the teacher&apos;s lesson and run; you can explore on your own and come back with Follow the Teacher.</source>
        <translation>Tu ScaleLab sigue la lección y la ejecución de tu docente; puedes explorar por tu cuenta y volver con «Seguir a tu docente».</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Join &amp;code:</source>
        <translation>&amp;Código de acceso:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>A join code has 4 to 12 letters or digits.</source>
        <translation>Un código de acceso tiene de 4 a 12 letras o dígitos.</translation>
    </message>
    <message>
        <source>A name has letters, digits, spaces and .&apos;_- only.</source>
        <translation>Un nombre solo puede tener letras, dígitos, espacios y .&apos;_-.</translation>
    </message>
</context>
<context>
    <name>scalelab::LanguageSwitcher</name>
    <message>
        <source>The class session could not go on in the new language: %1</source>
        <translation>La sesión de clase no pudo continuar en el nuevo idioma: %1</translation>
    </message>
</context>
<context>
    <name>scalelab::LessonChallengeBox</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Your turn: a challenge</source>
        <translation>Te toca: un reto</translation>
    </message>
    <message>
        <source>Running your design… %p%</source>
        <translation>Ejecutando tu diseño… %p%</translation>
    </message>
    <message>
        <source>Check my design</source>
        <translation>Comprobar mi diseño</translation>
    </message>
    <message>
        <source>Runs the canvas&apos;s topology on your own seed and grades every goal (Ctrl+Enter)</source>
        <translation>Ejecuta la topología del lienzo con tu propia semilla y evalúa cada objetivo (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Puts the step&apos;s starting topology back on the canvas; your tries and hints stay</source>
        <translation>Vuelve a poner en el lienzo la topología inicial del paso; tus intentos y pistas se conservan</translation>
    </message>
    <message>
        <source>%1 (at most %2 in all)</source>
        <translation>%1 (como mucho %2 en total)</translation>
    </message>
    <message>
        <source>You may add and remove: %1.</source>
        <translation>Puedes añadir y quitar: %1.</translation>
    </message>
    <message>
        <source>You may change: %1.</source>
        <translation>Puedes cambiar: %1.</translation>
    </message>
    <message>
        <source>Nothing may be changed: predict, then check.</source>
        <translation>No puedes cambiar nada: predice y luego comprueba.</translation>
    </message>
    <message>
        <source>Everything else stays as it is.</source>
        <translation>Todo lo demás se queda como está.</translation>
    </message>
    <message>
        <source>%1 (%2) was added: this challenge does not let you add that.</source>
        <translation>Se añadió %1 (%2): este reto no permite añadir nodos de ese tipo.</translation>
    </message>
    <message>
        <source>%1 (%2) was removed: this challenge does not let you remove that.</source>
        <translation>Se quitó %1 (%2): este reto no permite quitar nodos de ese tipo.</translation>
    </message>
    <message>
        <source>%1 was changed: not one of the settings this challenge lets you change.</source>
        <translation>Se cambió %1: no es uno de los ajustes que este reto te deja cambiar.</translation>
    </message>
    <message>
        <source>%1 nodes of type %2: the budget is %3.</source>
        <translation>%1 nodos de tipo %2: el límite es %3.</translation>
    </message>
    <message>
        <source>The link %1 → %2 was changed: links change only with a node you may add.</source>
        <translation>Se cambió el enlace %1 → %2: los enlaces solo pueden cambiar junto con un nodo que puedas añadir.</translation>
    </message>
    <message>
        <source>The scripted events were changed.</source>
        <translation>Se cambiaron los eventos del escenario.</translation>
    </message>
    <message>
        <source>○ %1 (by %2 s)</source>
        <translation>○ %1 (al cabo de %2 s)</translation>
    </message>
    <message>
        <source>✗ %1 (%2: not reported in this run)</source>
        <translation>✗ %1 (%2: sin datos en esta ejecución)</translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation>✓ %1 (%2)</translation>
    </message>
    <message>
        <source>✗ %1 (%2: missed by %3)</source>
        <translation>✗ %1 (%2: a %3 del objetivo)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goal reached&lt;/b&gt; on your seed, %1, at try %2.</source>
        <translation>&lt;b&gt;Objetivo alcanzado&lt;/b&gt; con tu semilla, %1, en el intento %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not yet&lt;/b&gt; (try %1): %2 of %3 goals met on your seed, %4.</source>
        <translation>&lt;b&gt;Todavía no&lt;/b&gt; (intento %1): %2 de %3 objetivos cumplidos con tu semilla, %4.</translation>
    </message>
    <message>
        <source>Your design breaks the rules:</source>
        <translation>Tu diseño incumple las reglas:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Change the topology on the canvas, run it to watch, then check: your design is graded on a seed of your own, %1.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Cambia la topología del lienzo, ejecútala para observarla y luego comprueba: tu diseño se evalúa con una semilla propia, %1.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hint %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Pista %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>%1 (%2) was added with its own %3: a node you add copies one of its type that is there, or a new one, apart from the settings you may change.</source>
        <translation>Se añadió %1 (%2) con su propio valor de %3: un nodo que añadas debe copiar uno de su tipo que ya esté en el lienzo, o uno nuevo, salvo en los ajustes que puedes cambiar.</translation>
    </message>
</context>
<context>
    <name>scalelab::LessonEditor</name>
    <message>
        <source>Lesson Editor</source>
        <translation>Editor de lecciones</translation>
    </message>
    <message>
        <source>my-lesson (lower case, digits and dashes)</source>
        <translation>mi-leccion (minúsculas, dígitos y guiones)</translation>
    </message>
    <message>
        <source>Locked: students can run it but not edit it</source>
        <translation>Bloqueada: el alumnado puede ejecutarla pero no editarla</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Add the Canvas as a Step</source>
        <translation>Añadir el lienzo como paso</translation>
    </message>
    <message>
        <source>The topology on the canvas now, with the actions recorded in its scenario, becomes a new step</source>
        <translation>La topología que hay ahora en el lienzo, con las acciones grabadas en su escenario, se convierte en un paso nuevo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>What the class should notice, and why. Simple HTML: &lt;p&gt;, &lt;b&gt;, &lt;i&gt;.</source>
        <translation>Qué debe observar la clase y por qué. HTML sencillo: &lt;p&gt;, &lt;b&gt;, &lt;i&gt;.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>node ids, separated by commas</source>
        <translation>ids de nodo, separados por comas</translation>
    </message>
    <message>
        <source>Predict first: a question asked before the step runs (optional)</source>
        <translation>Predice primero: una pregunta que se hace antes de ejecutar el paso (opcional)</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>Una opción por línea</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Narración</translation>
    </message>
    <message>
        <source>Runs for</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Resaltar</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Save Lesson As...</source>
        <translation>Guardar lección como...</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;: %2 nodes, %3 recorded actions.</source>
        <translation>Añadido «%1»: %2 nodos, %3 acciones grabadas.</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Guardar lección</translation>
    </message>
    <message>
        <source>ScaleLab lessons (*.lesson.json)</source>
        <translation>Lecciones de ScaleLab (*.lesson.json)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se ha guardado %1.</translation>
    </message>
    <message>
        <source>Saved, but it does not read back as a lesson yet:
%1</source>
        <translation>Se guardó, pero todavía no se puede leer como lección:
%1</translation>
    </message>
    <message>
        <source>This step asks for a number (%1, within %2 %); edit &quot;numeric&quot; in the lesson file to change it</source>
        <translation>Este paso pide un número (%1, con un margen del %2 %); edita «numeric» en el archivo de la lección para cambiarlo</translation>
    </message>
</context>
<context>
    <name>scalelab::LessonExploreBox</name>
    <message>
        <source>Explore</source>
        <translation>Explora</translation>
    </message>
    <message>
        <source>Move to run the step with another value (arrow keys step one value)</source>
        <translation>Muévelo para ejecutar el paso con otro valor (las teclas de flecha avanzan un valor)</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The curve cannot be computed: %1</source>
        <translation>No se puede calcular la curva: %1</translation>
    </message>
    <message>
        <source>Computing the curve: %1 of %2 runs…</source>
        <translation>Calculando la curva: %1 de %2 ejecuciones…</translation>
    </message>
    <message>
        <source>Each point: one run of %1 s (seed 1). The dashed line: the value on the canvas.</source>
        <translation>Cada punto: una ejecución de %1 s (semilla 1). La línea discontinua: el valor del lienzo.</translation>
    </message>
    <message>
        <source>Each point: the mean of %1 runs of %2 s (seeds 1 to %1); the band: lowest to highest. The dashed line: the value on the canvas.</source>
        <translation>Cada punto: la media de %1 ejecuciones de %2 s (semillas 1 a %1); la banda: del valor más bajo al más alto. La línea discontinua: el valor del lienzo.</translation>
    </message>
</context>
<context>
    <name>scalelab::LessonHandout</name>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>The canvas at t = %1 s.</source>
        <translation>El lienzo en t = %1 s.</translation>
    </message>
    <message>
        <source>Predict first</source>
        <translation>Predice primero</translation>
    </message>
    <message>
        <source>Look for</source>
        <translation>Fíjate en</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Soluciones</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir %1</translation>
    </message>
    <message>
        <source>Your prediction:</source>
        <translation>Tu predicción:</translation>
    </message>
    <message>
        <source>%1 %2 (within %3 %)</source>
        <translation>%1 %2 (con un margen del %3 %)</translation>
    </message>
    <message>
        <source>Your turn: a challenge</source>
        <translation>Te toca: un reto</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Explora</translation>
    </message>
    <message>
        <source>%1 from %2 to %3: sketch how %4 changes, then check on the slider.</source>
        <translation>%1 de %2 a %3: dibuja cómo cambia %4 y luego compruébalo con el control deslizante.</translation>
    </message>
    <message>
        <source>One way to reach the goal:</source>
        <translation>Una forma de alcanzar el objetivo:</translation>
    </message>
</context>
<context>
    <name>scalelab::LessonMenu</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lecciones</translation>
    </message>
    <message>
        <source>Open Lesson &amp;File...</source>
        <translation>Abrir &amp;archivo de lección...</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Abrir lección</translation>
    </message>
    <message>
        <source>ScaleLab lessons (*.lesson.json);;All files (*)</source>
        <translation>Lecciones de ScaleLab (*.lesson.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>No se puede abrir la lección</translation>
    </message>
    <message>
        <source>Export &amp;Handout (PDF)...</source>
        <translation>Exportar &amp;ficha (PDF)...</translation>
    </message>
    <message>
        <source>Lesson &amp;Editor...</source>
        <translation>&amp;Editor de lecciones...</translation>
    </message>
    <message>
        <source>&amp;Close Lesson</source>
        <translation>&amp;Cerrar lección</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Exportar ficha</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handout written to %1</source>
        <translation>Ficha guardada en %1</translation>
    </message>
    <message>
        <source>Cannot export handout</source>
        <translation>No se puede exportar la ficha</translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation>Mi lección</translation>
    </message>
</context>
<context>
    <name>scalelab::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Narración</translation>
    </message>
    <message>
        <source>Predict first</source>
        <translation>Predice primero</translation>
    </message>
    <message>
        <source>What this step shows</source>
        <translation>Qué muestra este paso</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>The step before, as it started (Page Up)</source>
        <translation>El paso anterior, tal como empezaba (Re Pág)</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Reiniciar el paso</translation>
    </message>
    <message>
        <source>Run this step again from the beginning</source>
        <translation>Vuelve a ejecutar este paso desde el principio</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>The next step (Page Down)</source>
        <translation>El paso siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>  (locked)</source>
        <translation>  (bloqueada)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;Pick an answer, then press Run: the answer shows when the step has run %1 s.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Elige una respuesta y pulsa Ejecutar: la respuesta aparece cuando el paso lleve %1 s en marcha.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Right.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Correcto.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not quite.&lt;/b&gt; </source>
        <translation>&lt;b&gt;No exactamente.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>○ %1 (at %2 s)</source>
        <translation>○ %1 (a los %2 s)</translation>
    </message>
    <message>
        <source>✗ %1 (%2: not reported in this run)</source>
        <translation>✗ %1 (%2: sin datos en esta ejecución)</translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation>✓ %1 (%2)</translation>
    </message>
    <message>
        <source>✗ %1 (in this run %2)</source>
        <translation>✗ %1 (en esta ejecución: %2)</translation>
    </message>
    <message>
        <source>Questions whose answer has been shown, and how many of your predictions were right</source>
        <translation>Preguntas cuya respuesta ya se ha mostrado, y cuántas de tus predicciones acertaron</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>Tu predicción</translation>
    </message>
    <message>
        <source>&lt;i&gt;Your prediction is in: the answer shows when the step has run %1 s.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Tu predicción está registrada: la respuesta aparece cuando el paso lleve %1 s en marcha.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;The step started before a prediction was made; the answer shows when it has run %1 s.&lt;/i&gt;</source>
        <translation>&lt;i&gt;El paso empezó antes de que se hiciera una predicción; la respuesta aparece cuando lleve %1 s en marcha.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Type your prediction, then press Run: the answer shows when the step has run %1 s.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Escribe tu predicción y pulsa Ejecutar: la respuesta aparece cuando el paso lleve %1 s en marcha.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1The answer: &lt;b&gt;%2&lt;/b&gt; (within %3 % counts as right).</source>
        <translation>%1La respuesta: &lt;b&gt;%2&lt;/b&gt; (se da por buena con un margen del %3 %).</translation>
    </message>
    <message>
        <source>You predicted %1.</source>
        <translation>Tu predicción fue %1.</translation>
    </message>
    <message>
        <source>%1The answer: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>%1La respuesta: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Your choice, “%1”:&lt;/i&gt; %2</source>
        <translation>&lt;i&gt;Tu elección, «%1»:&lt;/i&gt; %2</translation>
    </message>
    <message>
        <source>Predictions: %1 right of %2 so far</source>
        <translation>Predicciones: %1 acertadas de %2 hasta ahora</translation>
    </message>
    <message>
        <source>Challenges met: %1 of %2</source>
        <translation>Retos superados: %1 de %2</translation>
    </message>
</context>
<context>
    <name>scalelab::LiveEditBridge</name>
    <message>
        <source>%1 applied at t = %2 s</source>
        <translation>%1 aplicado en t = %2 s</translation>
    </message>
    <message>
        <source>applied live at t = %1 s</source>
        <translation>aplicado en directo en t = %1 s</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>eliminado: %1</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>añadido: %1</translation>
    </message>
    <message>
        <source>a setting the engine cannot change live</source>
        <translation>un ajuste que el motor no puede cambiar en directo</translation>
    </message>
    <message>
        <source>the alert rules</source>
        <translation>las reglas de alerta</translation>
    </message>
</context>
<context>
    <name>scalelab::MainWindow</name>
    <message>
        <source>ScaleLab</source>
        <translation>ScaleLab</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
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
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
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
        <source>&amp;Simulation</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1[*] — ScaleLab</source>
        <translation>%1[*] — ScaleLab</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <source>Run the topology against a copy with one thing changed, on the same requests</source>
        <translation>Ejecuta la topología frente a una copia con un solo cambio, con las mismas peticiones</translation>
    </message>
</context>
<context>
    <name>scalelab::NodePalette</name>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>Node types</source>
        <translation>Tipos de nodo</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or double-click to add it in the middle.</source>
        <translation>Arrástralo al lienzo o haz doble clic para añadirlo en el centro.</translation>
    </message>
    <message>
        <source>Drag a node onto the canvas. To link two nodes, drag from the ➜ handle on a card&apos;s right edge to the other card.</source>
        <translation>Arrastra un nodo al lienzo. Para enlazar dos nodos, arrastra desde el asa ➜ del borde derecho de una tarjeta hasta la otra tarjeta.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Balanceador de carga</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Servidor web</translation>
    </message>
    <message>
        <source>Session store</source>
        <translation>Almacén de sesiones</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>CDN edge</source>
        <translation>Servidor de borde de la CDN</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Almacenamiento de objetos</translation>
    </message>
    <message>
        <source>Spreads requests over the web servers linked to it (round robin, least connections, IP hash or weights) and stops sending to one that fails.</source>
        <translation>Reparte las peticiones entre los servidores web enlazados a él (round robin, menos conexiones, hash de IP o pesos) y deja de enviar a uno que falla.</translation>
    </message>
    <message>
        <source>Runs the application: serves a limited number of requests at once and queues the rest.</source>
        <translation>Ejecuta la aplicación: atiende un número limitado de peticiones a la vez y pone las demás en cola.</translation>
    </message>
    <message>
        <source>Keeps users&apos; sessions outside the web servers, so that any server can answer any user.</source>
        <translation>Guarda las sesiones de los usuarios fuera de los servidores web, para que cualquier servidor pueda atender a cualquier usuario.</translation>
    </message>
    <message>
        <source>Keeps recent reads in memory, so that most of them never reach the database.</source>
        <translation>Guarda en memoria las lecturas recientes, para que la mayoría nunca lleguen a la base de datos.</translation>
    </message>
    <message>
        <source>Stores the data: the primary takes the writes, replicas copy them and serve reads.</source>
        <translation>Almacena los datos: el primario recibe las escrituras y las réplicas las copian y atienden lecturas.</translation>
    </message>
    <message>
        <source>Serves static files from close to the users, fetching each from the origin on a miss.</source>
        <translation>Sirve archivos estáticos desde cerca de los usuarios y, ante un fallo de caché, trae cada uno del origen.</translation>
    </message>
    <message>
        <source>Holds the static files (images, scripts, videos): the origin a CDN fetches from.</source>
        <translation>Guarda los archivos estáticos (imágenes, scripts, vídeos): el origen del que se abastece una CDN.</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>Cola de mensajes</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Trabajador</translation>
    </message>
    <message>
        <source>The users: they send reads, writes, static requests and jobs at the rate you set, and count what comes back.</source>
        <translation>Los usuarios: envían lecturas, escrituras, peticiones estáticas y tareas al ritmo que elijas y cuentan lo que vuelve.</translation>
    </message>
    <message>
        <source>Holds jobs the web servers hand over (resize a photo, send an email) until a worker takes them, so that users get their answer without waiting for the work.</source>
        <translation>Guarda las tareas que entregan los servidores web (redimensionar una foto, enviar un correo) hasta que un trabajador las toma, para que los usuarios reciban su respuesta sin esperar al trabajo.</translation>
    </message>
    <message>
        <source>Takes jobs from the message queue linked to it and works on them, a few at a time; add workers when the queue grows.</source>
        <translation>Toma tareas de la cola de mensajes enlazada a él y trabaja en ellas, unas pocas a la vez; añade trabajadores cuando la cola crezca.</translation>
    </message>
    <message>
        <source>DNS (geoDNS)</source>
        <translation>DNS (geoDNS)</translation>
    </message>
    <message>
        <source>Tells each group of users which data centre to go to: the nearest one its health checks see up. Users keep its answer for the TTL, so after a failure they move over gradually. Link the clients to it and to each data centre&apos;s entry.</source>
        <translation>Indica a cada grupo de usuarios a qué centro de datos ir: el más cercano que sus comprobaciones de salud ven activo. Los usuarios conservan su respuesta durante el TTL, así que tras un fallo se trasladan poco a poco. Enlaza los clientes con él y con el punto de entrada de cada centro de datos.</translation>
    </message>
</context>
<context>
    <name>scalelab::PresenterMode</name>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>Full screen, large type, no editing chrome: for the projector (F5; Esc leaves)</source>
        <translation>Pantalla completa, texto grande y sin controles de edición: para el proyector (F5; Esc para salir)</translation>
    </message>
    <message>
        <source>Leave Presenter Mode</source>
        <translation>Salir del modo presentación</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>Show one chart beside the canvas while presenting (C)</source>
        <translation>Muestra un gráfico junto al lienzo durante la presentación (C)</translation>
    </message>
</context>
<context>
    <name>scalelab::ProblemBanner</name>
    <message>
        <source>&lt;b&gt;Not running yet.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Aún no se está ejecutando.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>scalelab::RequestFlowItem</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
</context>
<context>
    <name>scalelab::RequestFlowLegend</name>
    <message>
        <source>read</source>
        <translation>lectura</translation>
    </message>
    <message>
        <source>write</source>
        <translation>escritura</translation>
    </message>
    <message>
        <source>static file</source>
        <translation>archivo estático</translation>
    </message>
    <message>
        <source>cache hit</source>
        <translation>acierto de caché</translation>
    </message>
    <message>
        <source>stale read</source>
        <translation>lectura obsoleta</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>wider link = more requests/s</source>
        <translation>enlace más ancho = más peticiones/s</translation>
    </message>
    <message>
        <source>job</source>
        <translation>tarea</translation>
    </message>
</context>
<context>
    <name>scalelab::RunControls</name>
    <message>
        <source>Simulated seconds per real second (+ and - change it)</source>
        <translation>Segundos simulados por segundo real (+ y - la cambian)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>&amp;Step 100 ms</source>
        <translation>&amp;Avanzar 100 ms</translation>
    </message>
    <message>
        <source>Pause and advance the simulation by 100 ms (.)</source>
        <translation>Pausa y avanza la simulación 100 ms (.)</translation>
    </message>
    <message>
        <source>Step &amp;One Event</source>
        <translation>Avanzar &amp;un evento</translation>
    </message>
    <message>
        <source>Pause and process exactly one engine event (Shift+.)</source>
        <translation>Pausa y procesa exactamente un evento del motor (Mayús+.)</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Start the topology again from time zero (Ctrl+R)</source>
        <translation>Vuelve a empezar la topología desde el instante cero (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>&amp;Más rápido</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>Más &amp;lento</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> Velocidad </translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Pause the simulation (Space)</source>
        <translation>Pausa la simulación (Espacio)</translation>
    </message>
    <message>
        <source>Run the simulation (Space)</source>
        <translation>Ejecuta la simulación (Espacio)</translation>
    </message>
</context>
<context>
    <name>scalelab::RunStatus</name>
    <message>
        <source>%1 went down</source>
        <translation>%1 se ha caído</translation>
    </message>
    <message>
        <source>%1 is back up</source>
        <translation>%1 vuelve a estar activo</translation>
    </message>
    <message>
        <source>%1 is draining: no new requests</source>
        <translation>%1 está drenando: no recibe peticiones nuevas</translation>
    </message>
    <message>
        <source>%1 takes new requests again</source>
        <translation>%1 vuelve a aceptar peticiones nuevas</translation>
    </message>
    <message>
        <source>%1 failed its health checks</source>
        <translation>%1 no ha superado sus comprobaciones de salud</translation>
    </message>
    <message>
        <source>%1 passes its health checks again</source>
        <translation>%1 vuelve a superar sus comprobaciones de salud</translation>
    </message>
    <message>
        <source>network partition: %1</source>
        <translation>partición de red: %1</translation>
    </message>
    <message>
        <source>partition healed: %1</source>
        <translation>partición reconectada: %1</translation>
    </message>
    <message>
        <source>%1 promoted to primary</source>
        <translation>%1 promovido a primario</translation>
    </message>
    <message>
        <source>Topology edited: %1 — run replayed from 0 s to %2 s with the change.</source>
        <translation>Topología editada: %1 — ejecución reproducida con el cambio desde 0 s hasta %2 s.</translation>
    </message>
    <message>
        <source>Topology edited: %1 — replaying the run from 0 s: %2 of %3 s…</source>
        <translation>Topología editada: %1 — reproduciendo la ejecución desde 0 s: %2 de %3 s…</translation>
    </message>
    <message>
        <source>%1 s: %2</source>
        <translation>%1 s: %2</translation>
    </message>
    <message>
        <source>no topology</source>
        <translation>sin topología</translation>
    </message>
    <message>
        <source>t = %1 s</source>
        <translation>t = %1 s</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <source>ok %1  ·  errors %2  ·  dropped %3  ·  in flight %4</source>
        <translation>correctas %1  ·  errores %2  ·  descartadas %3  ·  en curso %4</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1× (engine keeps up at %2×)</source>
        <translation>%1× (el motor solo alcanza %2×)</translation>
    </message>
    <message>
        <source>running at %1</source>
        <translation>ejecutándose a %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>alert %1 is firing (%2 = %3)</source>
        <translation>alerta %1 activa (%2 = %3)</translation>
    </message>
    <message>
        <source>alert %1 resolved</source>
        <translation>alerta %1 resuelta</translation>
    </message>
    <message>
        <source>queue %1 is full: new jobs are refused</source>
        <translation>cola %1 llena: se rechazan las tareas nuevas</translation>
    </message>
    <message>
        <source>%1 stopped for a resize to %2</source>
        <translation>%1 detenido para redimensionarse a %2</translation>
    </message>
    <message>
        <source>%1 is back up as %2</source>
        <translation>%1 vuelve a estar en marcha como %2</translation>
    </message>
    <message>
        <source>%1 sees data centre %2 down: it stops sending users there</source>
        <translation>%1 ve caído el centro de datos %2: deja de enviarle usuarios</translation>
    </message>
    <message>
        <source>%1 sees data centre %2 up again</source>
        <translation>%1 vuelve a ver activo el centro de datos %2</translation>
    </message>
    <message>
        <source>the dns sends %1 to %2 now; its users follow as their cached answers expire</source>
        <translation>el DNS envía ahora %1 a %2; sus usuarios lo siguen a medida que caducan sus respuestas en caché</translation>
    </message>
    <message>
        <source>alert %1 is firing (%2 of %3 = %4)</source>
        <translation>alerta %1 activa (%2 de %3 = %4)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 above %4 for %5 s</source>
        <translation>%1: %2 de %3 por encima de %4 durante %5 s</translation>
    </message>
    <message>
        <source>%1: %2 of %3 below %4 for %5 s</source>
        <translation>%1: %2 de %3 por debajo de %4 durante %5 s</translation>
    </message>
    <message>
        <source>%1: %2 above %3 for %4 s</source>
        <translation>%1: %2 por encima de %3 durante %4 s</translation>
    </message>
    <message>
        <source>%1: %2 below %3 for %4 s</source>
        <translation>%1: %2 por debajo de %3 durante %4 s</translation>
    </message>
    <message>
        <source>Alerts firing: %1</source>
        <translation>Alertas activas: %1</translation>
    </message>
    <message>
        <source>Alert rules firing now (edit them in the inspector with nothing selected):</source>
        <translation>Reglas de alerta activas ahora (edítalas en el inspector sin nada seleccionado):</translation>
    </message>
</context>
<context>
    <name>scalelab::RuntimeActions</name>
    <message>
        <source>&amp;Kill Selected Node</source>
        <translation>Apa&amp;gar el nodo seleccionado</translation>
    </message>
    <message>
        <source>Kill the selected node now (K)</source>
        <translation>Apaga ahora el nodo seleccionado (K)</translation>
    </message>
    <message>
        <source>Re&amp;vive Selected Node</source>
        <translation>Reac&amp;tivar el nodo seleccionado</translation>
    </message>
    <message>
        <source>Bring the selected node back (V)</source>
        <translation>Vuelve a encender el nodo seleccionado (V)</translation>
    </message>
    <message>
        <source>&amp;Drain Selected Node</source>
        <translation>&amp;Drenar el nodo seleccionado</translation>
    </message>
    <message>
        <source>Stop sending new requests to the selected node (D)</source>
        <translation>Deja de enviar peticiones nuevas al nodo seleccionado (D)</translation>
    </message>
    <message>
        <source>Select a node first</source>
        <translation>Selecciona primero un nodo</translation>
    </message>
    <message>
        <source>The topology is not running: %1</source>
        <translation>La topología no se está ejecutando: %1</translation>
    </message>
    <message>
        <source>Not running yet</source>
        <translation>Aún no se está ejecutando</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Revive</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Stop draining</source>
        <translation>Dejar de drenar</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Drenar</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Heal the link to %1</source>
        <translation>Reconectar el enlace con %1</translation>
    </message>
    <message>
        <source>Partition from %1</source>
        <translation>Aislar de %1</translation>
    </message>
    <message>
        <source>Add a replica from here</source>
        <translation>Añadir una réplica desde aquí</translation>
    </message>
    <message>
        <source>Provision from</source>
        <translation>Aprovisionar desde</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Heal</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Aislar</translation>
    </message>
    <message>
        <source>Delete Link</source>
        <translation>Eliminar enlace</translation>
    </message>
    <message>
        <source>Add as a new shard now</source>
        <translation>Añadir ahora como fragmento nuevo</translation>
    </message>
    <message>
        <source>Resize to</source>
        <translation>Redimensionar a</translation>
    </message>
    <message>
        <source>%1 — %2 vCPUs, $%3/h</source>
        <translation>%1 — %2 vCPU, %3 $/h</translation>
    </message>
    <message>
        <source>Stops %1 for %2 s, then starts it with %3 workers</source>
        <translation>Detiene %1 durante %2 s y luego lo arranca con %3 trabajadores</translation>
    </message>
    <message>
        <source>%1 is a dns: it never fails in ScaleLab. Take a data centre down instead (right-click one of its machines)</source>
        <translation>%1 es un DNS: en ScaleLab nunca falla. Apaga mejor un centro de datos (clic derecho en una de sus máquinas)</translation>
    </message>
    <message>
        <source>A dns never fails here</source>
        <translation>Aquí un DNS nunca falla</translation>
    </message>
    <message>
        <source>Route 53 and its peers answer from hundreds of places at once; take a data centre down instead</source>
        <translation>Route 53 y sus equivalentes responden desde cientos de lugares a la vez; apaga mejor un centro de datos</translation>
    </message>
    <message>
        <source>Take data centre %1 down</source>
        <translation>Apagar el centro de datos %1</translation>
    </message>
    <message>
        <source>Kills every machine in %1 now, as a power cut would; its users fail until the dns sends them elsewhere</source>
        <translation>Apaga ahora todas las máquinas de %1, como haría un corte de luz; sus usuarios reciben errores hasta que el DNS los envía a otro sitio</translation>
    </message>
    <message>
        <source>Bring data centre %1 back</source>
        <translation>Reactivar el centro de datos %1</translation>
    </message>
    <message>
        <source>Revives every machine in %1; the dns sends users back once its checks see it up</source>
        <translation>Reactiva todas las máquinas de %1; el DNS vuelve a enviarle usuarios cuando sus comprobaciones lo ven activo</translation>
    </message>
    <message>
        <source>Alert when its queue is long…</source>
        <translation>Alertar cuando su cola sea larga…</translation>
    </message>
    <message>
        <source>Add an alert rule that fires when more than half of %1&apos;s queue (%2 requests) waits for 3 s in a row; edit it in the inspector</source>
        <translation>Añade una regla de alerta que se activa cuando más de la mitad de la cola de %1 (%2 peticiones) espera durante 3 s seguidos; edítala en el inspector</translation>
    </message>
    <message>
        <source>%1 has a rule on its queue already: %2</source>
        <translation>%1 ya tiene una regla sobre su cola: %2</translation>
    </message>
    <message>
        <source>Alert rule %1 added: it fires when more than %2 requests wait at %3 for 3 s</source>
        <translation>Regla de alerta %1 añadida: se activa cuando más de %2 peticiones esperan en %3 durante 3 s</translation>
    </message>
</context>
<context>
    <name>scalelab::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (normal)</source>
        <translation>%1 (normal)</translation>
    </message>
    <message>
        <source>Text on the node cards; zoom the canvas (Ctrl+wheel) for everything larger</source>
        <translation>Texto de las tarjetas de nodo; haz zoom en el lienzo (Ctrl+rueda) para ampliarlo todo</translation>
    </message>
    <message>
        <source>The window is rebuilt in the new language; your topology and run stay as they are.</source>
        <translation>La ventana se reconstruye en el nuevo idioma; tu topología y tu ejecución se quedan como están.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Canvas &amp;text size:</source>
        <translation>Tamaño del te&amp;xto del lienzo:</translation>
    </message>
</context>
<context>
    <name>scalelab::SettingsWindowState</name>
    <message>
        <source>&amp;Settings...</source>
        <translation>Co&amp;nfiguración...</translation>
    </message>
    <message>
        <source>Language, light or dark theme and canvas text size</source>
        <translation>Idioma, tema claro u oscuro y tamaño del texto del lienzo</translation>
    </message>
</context>
<context>
    <name>scalelab::SimulationController</name>
    <message>
        <source>nothing is open</source>
        <translation>no hay nada abierto</translation>
    </message>
    <message>
        <source>%1 s is in the past of the run</source>
        <translation>%1 s está en el pasado de la ejecución</translation>
    </message>
</context>
<context>
    <name>scalelab::TimelineBar</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Drag back to see an earlier moment again: the run is replayed to it, exactly</source>
        <translation>Arrastra hacia atrás para volver a ver un momento anterior: la ejecución se reproduce hasta él, exactamente</translation>
    </message>
    <message>
        <source>Simulated time</source>
        <translation>Tiempo simulado</translation>
    </message>
</context>
<context>
    <name>scalelab::TopologyDocument</name>
    <message>
        <source>clients</source>
        <translation>clientes</translation>
    </message>
    <message>
        <source>load balancer</source>
        <translation>balanceador de carga</translation>
    </message>
    <message>
        <source>web server</source>
        <translation>servidor web</translation>
    </message>
    <message>
        <source>session store</source>
        <translation>almacén de sesiones</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>caché</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <source>CDN edge</source>
        <translation>servidor de borde de la CDN</translation>
    </message>
    <message>
        <source>object storage</source>
        <translation>almacenamiento de objetos</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>This lesson is locked: it can be run, but not changed.</source>
        <translation>Esta lección está bloqueada: se puede ejecutar, pero no modificar.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Delete link %1</source>
        <translation>Eliminar el enlace %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>Eliminar %n elemento</numerusform>
            <numerusform>Eliminar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Mover %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n nodes</source>
        <translation>
            <numerusform>Mover %n nodo</numerusform>
            <numerusform>Mover %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>Organizar automáticamente</translation>
    </message>
    <message>
        <source>no node has the id &quot;%1&quot;</source>
        <translation>ningún nodo tiene el id «%1»</translation>
    </message>
    <message>
        <source>a link joins two different nodes</source>
        <translation>un enlace une dos nodos distintos</translation>
    </message>
    <message>
        <source>%1 is already linked to %2</source>
        <translation>%1 ya está enlazado con %2</translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation>Enlazar %1 con %2</translation>
    </message>
    <message>
        <source>a node&apos;s type cannot change; delete it and add a node of the other type</source>
        <translation>el tipo de un nodo no puede cambiar; elimínalo y añade un nodo del otro tipo</translation>
    </message>
    <message>
        <source>Reset %1 of %2</source>
        <translation>Restablecer %1 de %2</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>Cambiar %1 de %2 a %3</translation>
    </message>
    <message>
        <source>no link joins &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>ningún enlace une «%1» y «%2»</translation>
    </message>
    <message>
        <source>a link&apos;s ends cannot change; delete it and draw a new one</source>
        <translation>los extremos de un enlace no pueden cambiar; elimínalo y dibuja uno nuevo</translation>
    </message>
    <message>
        <source>Set latency of %1 to %2 ms</source>
        <translation>Cambiar la latencia de %1 a %2 ms</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting of the topology; expected %2</source>
        <translation>«%1» no es un ajuste de la topología; se esperaba %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Cambiar %1 a %2</translation>
    </message>
    <message>
        <source>expected a non-empty id without spaces at either end</source>
        <translation>se esperaba un id no vacío sin espacios al principio ni al final</translation>
    </message>
    <message>
        <source>id is %1 characters; the limit is %2</source>
        <translation>el id tiene %1 caracteres; el límite es %2</translation>
    </message>
    <message>
        <source>another node already has the id &quot;%1&quot;</source>
        <translation>otro nodo ya tiene el id «%1»</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renombrar %1 como %2</translation>
    </message>
    <message>
        <source>%1 at %2 s</source>
        <translation>%1 a los %2 s</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n nodes</source>
        <translation>
            <numerusform>Pegar %n nodo</numerusform>
            <numerusform>Pegar %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a replica of %1 at %2 s</source>
        <translation>Añadir una réplica de %1 a los %2 s</translation>
    </message>
    <message>
        <source>Cut %1</source>
        <translation>Cortar %1</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n items</source>
        <translation>
            <numerusform>Cortar %n elemento</numerusform>
            <numerusform>Cortar %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>message queue</source>
        <translation>cola de mensajes</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>trabajador</translation>
    </message>
    <message>
        <source>Add shard %1</source>
        <translation>Añadir fragmento %1</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Bring data centre %1 back</source>
        <translation>Reactivar el centro de datos %1</translation>
    </message>
    <message>
        <source>Take data centre %1 down</source>
        <translation>Apagar el centro de datos %1</translation>
    </message>
    <message>
        <source>Take %1 out of data centre %2</source>
        <translation>Sacar %1 del centro de datos %2</translation>
    </message>
    <message>
        <source>Put %1 in data centre %2</source>
        <translation>Poner %1 en el centro de datos %2</translation>
    </message>
    <message>
        <source>another rule is called &quot;%1&quot; already; events and the report name a rule by its name, so each needs its own</source>
        <translation>ya hay otra regla llamada «%1»; los eventos y el informe nombran cada regla por su nombre, así que cada una necesita el suyo</translation>
    </message>
    <message>
        <source>%1 has no workers to be busy or to queue for; watch a server, a database, a cache...</source>
        <translation>%1 no tiene trabajadores que puedan estar ocupados ni cola en la que esperar; vigila un servidor, una base de datos, una caché...</translation>
    </message>
    <message>
        <source>Add alert rule %1</source>
        <translation>Añadir la regla de alerta %1</translation>
    </message>
    <message>
        <source>there is no alert rule %1</source>
        <translation>no existe la regla de alerta %1</translation>
    </message>
    <message>
        <source>Rename alert rule %1 to %2</source>
        <translation>Renombrar la regla de alerta %1 como %2</translation>
    </message>
    <message>
        <source>Alert rule %1 fires above its threshold</source>
        <translation>La regla de alerta %1 se activa por encima de su umbral</translation>
    </message>
    <message>
        <source>Alert rule %1 fires below its threshold</source>
        <translation>La regla de alerta %1 se activa por debajo de su umbral</translation>
    </message>
    <message>
        <source>Set threshold of alert rule %1 to %2</source>
        <translation>Cambiar el umbral de la regla de alerta %1 a %2</translation>
    </message>
    <message>
        <source>Set duration of alert rule %1 to %2 s</source>
        <translation>Cambiar la duración de la regla de alerta %1 a %2 s</translation>
    </message>
    <message>
        <source>Set metric of alert rule %1 to %2</source>
        <translation>Cambiar la métrica de la regla de alerta %1 a %2</translation>
    </message>
    <message>
        <source>Alert rule %1 watches %2</source>
        <translation>La regla de alerta %1 vigila %2</translation>
    </message>
    <message>
        <source>Change alert rule %1</source>
        <translation>Cambiar la regla de alerta %1</translation>
    </message>
    <message>
        <source>Remove alert rule %1</source>
        <translation>Quitar la regla de alerta %1</translation>
    </message>
</context>
<context>
    <name>scalelab::WindowHeader</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>lesson “%1”, step %2 of %3</source>
        <translation>lección «%1», paso %2 de %3</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>aún sin guardar</translation>
    </message>
    <message>
        <source>built-in example %1</source>
        <translation>ejemplo integrado %1</translation>
    </message>
    <message>
        <source>%1  ·  %2 nodes, %3 links  ·  seed %4</source>
        <translation>%1  ·  %2 nodos, %3 enlaces  ·  semilla %4</translation>
    </message>
</context>
<context>
    <name>scalelab::classroom::ClassClient</name>
    <message>
        <source>&quot;%1&quot; is not a class&apos;s address: expected HOST:PORT, as the teacher&apos;s screen shows it (192.168.1.20:8080)</source>
        <translation>«%1» no es la dirección de una clase: se esperaba HOST:PORT, tal como la muestra la pantalla de tu docente (192.168.1.20:8080)</translation>
    </message>
    <message>
        <source>you left the class</source>
        <translation>has salido de la clase</translation>
    </message>
    <message>
        <source>the teacher&apos;s app sent a message ScaleLab does not understand: %1</source>
        <translation>la aplicación de tu docente envió un mensaje que ScaleLab no entiende: %1</translation>
    </message>
    <message>
        <source>no class answers at %1</source>
        <translation>ninguna clase responde en %1</translation>
    </message>
</context>
<context>
    <name>scalelab::classroom::ClassHost</name>
    <message>
        <source>cannot find two free ports next to each other</source>
        <translation>no se encuentran dos puertos libres consecutivos</translation>
    </message>
    <message>
        <source>cannot listen on port %1 or %2: it is in use or not allowed</source>
        <translation>no se puede escuchar en el puerto %1 o %2: está en uso o no está permitido</translation>
    </message>
    <message>
        <source>refused %1: the class is full (%2 students)</source>
        <translation>rechazado %1: la clase está llena (%2 estudiantes)</translation>
    </message>
    <message>
        <source>The class is full.</source>
        <translation>La clase está llena.</translation>
    </message>
    <message>
        <source>sent binary data</source>
        <translation>envió datos binarios</translation>
    </message>
    <message>
        <source>sent too many messages</source>
        <translation>envió demasiados mensajes</translation>
    </message>
    <message>
        <source>sent a message that breaks the protocol: %1</source>
        <translation>envió un mensaje que incumple el protocolo: %1</translation>
    </message>
    <message>
        <source>gave a wrong join code</source>
        <translation>dio un código de acceso incorrecto</translation>
    </message>
    <message>
        <source>answered before joining</source>
        <translation>respondió antes de unirse</translation>
    </message>
    <message>
        <source>answered with a choice the question does not have</source>
        <translation>respondió con una opción que la pregunta no tiene</translation>
    </message>
    <message>
        <source>dropped %1: %2</source>
        <translation>desconectado %1: %2</translation>
    </message>
    <message>
        <source>reported a challenge with figures for goals it does not have</source>
        <translation>informó de un reto con cifras para objetivos que no tiene</translation>
    </message>
</context>
</TS>
