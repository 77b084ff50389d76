<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Lesson</name>
    <message>
        <source>Caching</source>
        <extracomment>caching, lesson title</extracomment>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Most reads are answered by the cache.</source>
        <extracomment>caching, step 1, checkpoint cache.hit_ratio &gt; 0.5</extracomment>
        <translation>La caché responde la mayoría de las lecturas.</translation>
    </message>
    <message>
        <source>The database does about half the work.</source>
        <extracomment>caching, step 1, checkpoint nodes[db1].served &lt; 16000</extracomment>
        <translation>La base de datos hace más o menos la mitad del trabajo.</translation>
    </message>
    <message>
        <source>Entries expire before they are used again.</source>
        <extracomment>caching, step 2, checkpoint cache.expirations &gt; 5000</extracomment>
        <translation>Las entradas caducan antes de volver a usarse.</translation>
    </message>
    <message>
        <source>The hit ratio falls.</source>
        <extracomment>caching, step 2, checkpoint cache.hit_ratio &lt; 0.57</extracomment>
        <translation>La tasa de aciertos baja.</translation>
    </message>
    <message>
        <source>Writes that do not touch the cache</source>
        <extracomment>caching, step 4, title</extracomment>
        <translation>Escrituras que no tocan la caché</translation>
    </message>
    <message>
        <source>Does the hit ratio tell you something is wrong?</source>
        <extracomment>caching, step 4, question</extracomment>
        <translation>¿Te avisa la tasa de aciertos de que algo va mal?</translation>
    </message>
    <message>
        <source>Thousands of hits return old values.</source>
        <extracomment>caching, step 4, checkpoint cache.stale_hits &gt; 5000</extracomment>
        <translation>Miles de aciertos devuelven valores antiguos.</translation>
    </message>
    <message>
        <source>And the hit ratio looks better than ever.</source>
        <extracomment>caching, step 4, checkpoint cache.hit_ratio &gt; 0.6</extracomment>
        <translation>Y la tasa de aciertos parece mejor que nunca.</translation>
    </message>
    <message>
        <source>Eviction: LFU</source>
        <extracomment>caching, step 6, title</extracomment>
        <translation>Expulsión: LFU</translation>
    </message>
    <message>
        <source>&lt;p&gt;A full cache has to &lt;b&gt;evict&lt;/b&gt; an entry to make room. This one holds just 200 keys. With &lt;b&gt;LFU&lt;/b&gt; it evicts the entry used least often, so the keys everyone asks for stay in.&lt;/p&gt;</source>
        <extracomment>caching, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Una caché llena tiene que &lt;b&gt;expulsar&lt;/b&gt; una entrada para hacer sitio. Esta solo guarda 200 claves. Con &lt;b&gt;LFU&lt;/b&gt; expulsa la entrada usada con menos frecuencia, así que las claves que todos piden se quedan dentro.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LFU keeps the popular keys: a hit ratio above 0.42 with only 200 entries.</source>
        <extracomment>caching, step 6, checkpoint cache.hit_ratio &gt; 0.42</extracomment>
        <translation>LFU conserva las claves populares: una tasa de aciertos por encima de 0,42 con solo 200 entradas.</translation>
    </message>
    <message>
        <source>A small cache evicts all the time.</source>
        <extracomment>caching, step 6, checkpoint cache.evictions &gt; 10000</extracomment>
        <translation>Una caché pequeña expulsa entradas todo el rato.</translation>
    </message>
    <message>
        <source>Eviction: FIFO</source>
        <extracomment>caching, step 7, title</extracomment>
        <translation>Expulsión: FIFO</translation>
    </message>
    <message>
        <source>FIFO throws popular keys out: a lower hit ratio.</source>
        <extracomment>caching, step 7, checkpoint cache.hit_ratio &lt; 0.41</extracomment>
        <translation>FIFO tira las claves populares: una tasa de aciertos más baja.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database here has only 8 workers: enough while the cache answers most reads. At 30 s &lt;b&gt;cache1&lt;/b&gt; dies. It comes back at 45 s, empty.&lt;/p&gt;</source>
        <extracomment>caching, step 9, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Aquí la base de datos solo tiene 8 workers: suficientes mientras la caché responde la mayoría de las lecturas. A los 30 s &lt;b&gt;cache1&lt;/b&gt; se cae. Vuelve a los 45 s, vacía.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What do users notice while the cache is down?</source>
        <extracomment>caching, step 9, question</extracomment>
        <translation>¿Qué notan los usuarios mientras la caché está caída?</translation>
    </message>
    <message>
        <source>The database queues up: slow answers.</source>
        <extracomment>caching, step 9, checkpoint latency_ms.p95 &gt; 150</extracomment>
        <translation>La base de datos acumula cola: respuestas lentas.</translation>
    </message>
    <message>
        <source>Every read lands on the database.</source>
        <extracomment>caching, step 9, checkpoint nodes[db1].served &gt; 25000</extracomment>
        <translation>Todas las lecturas llegan a la base de datos.</translation>
    </message>
    <message>
        <source>Content delivery networks</source>
        <extracomment>cdn, lesson title</extracomment>
        <translation>Redes de distribución de contenido (CDN)</translation>
    </message>
    <message>
        <source>Edges near the users serve static files: what they take off the origin, what happens when one fails, how to replace files they hold, and when a CDN costs more than it saves.</source>
        <extracomment>cdn, lesson summary</extracomment>
        <translation>Servidores de borde cerca de los usuarios sirven archivos estáticos: cuánta carga le quitan al origen, qué pasa cuando uno falla, cómo reemplazar los archivos que guardan y cuándo una CDN cuesta más de lo que ahorra.</translation>
    </message>
    <message>
        <source>Edges near the users</source>
        <extracomment>cdn, step 1, title</extracomment>
        <translation>Servidores de borde cerca de los usuarios</translation>
    </message>
    <message>
        <source>About 200 ms</source>
        <extracomment>cdn, step 1, choice 1</extracomment>
        <translation>Unos 200 ms</translation>
    </message>
    <message>
        <source>About 100 ms</source>
        <extracomment>cdn, step 1, choice 2</extracomment>
        <translation>Unos 100 ms</translation>
    </message>
    <message>
        <source>About 20 ms</source>
        <extracomment>cdn, step 1, choice 3</extracomment>
        <translation>Unos 20 ms</translation>
    </message>
    <message>
        <source>The edges take over 80 % of the bytes off the origin.</source>
        <extracomment>cdn, step 1, checkpoint cdn.offload &gt; 0.8</extracomment>
        <translation>Los servidores de borde le quitan al origen más del 80 % de los bytes.</translation>
    </message>
    <message>
        <source>The median file comes from nearby, in under 50 ms.</source>
        <extracomment>cdn, step 1, checkpoint latency_ms.p50 &lt; 50</extracomment>
        <translation>El archivo mediano llega desde cerca, en menos de 50 ms.</translation>
    </message>
    <message>
        <source>An edge fails</source>
        <extracomment>cdn, step 2, title</extracomment>
        <translation>Falla un servidor de borde</translation>
    </message>
    <message>
        <source>How many requests fail while edge-eu is down?</source>
        <extracomment>cdn, step 2, question</extracomment>
        <translation>¿Cuántas peticiones fallan mientras edge-eu está caído?</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>cdn, step 2, choice 3</extracomment>
        <translation>Cero</translation>
    </message>
    <message>
        <source>The fallback to the origin keeps every request working.</source>
        <extracomment>cdn, step 2, checkpoint requests.error == 0</extracomment>
        <translation>El recurso al origen mantiene todas las peticiones funcionando.</translation>
    </message>
    <message>
        <source>Clients fall back to the origin after a timeout.</source>
        <extracomment>cdn, step 2, checkpoint cdn.fallbacks &gt; 1000</extracomment>
        <translation>Tras agotar el tiempo de espera, los clientes recurren al origen.</translation>
    </message>
    <message>
        <source>The origin sends far more bytes.</source>
        <extracomment>cdn, step 2, checkpoint cdn.origin_gb &gt; 2</extracomment>
        <translation>El origen envía muchos más bytes.</translation>
    </message>
    <message>
        <source>Invalidation</source>
        <extracomment>cdn, step 3, title</extracomment>
        <translation>Invalidación</translation>
    </message>
    <message>
        <source>Compared with a minute without invalidation, how many misses?</source>
        <extracomment>cdn, step 3, question</extracomment>
        <translation>Comparado con un minuto sin invalidación, ¿cuántos fallos hay?</translation>
    </message>
    <message>
        <source>About the same</source>
        <extracomment>cdn, step 3, choice 3</extracomment>
        <translation>Más o menos igual</translation>
    </message>
    <message>
        <source>Nearly twice as many</source>
        <extracomment>cdn, step 3, choice 1</extracomment>
        <translation>Casi el doble</translation>
    </message>
    <message>
        <source>Ten times as many</source>
        <extracomment>cdn, step 3, choice 4</extracomment>
        <translation>Diez veces más</translation>
    </message>
    <message>
        <source>About 3,500 objects were dropped, and misses rose from about 4,000 to about 7,000: each popular file is fetched from the origin once more.</source>
        <extracomment>cdn, step 3, answer explanation</extracomment>
        <translation>Se descartaron unos 3.500 objetos, y los fallos subieron de unos 4.000 a unos 7.000: cada archivo popular se trae del origen una vez más.</translation>
    </message>
    <message>
        <source>The edges drop their copies.</source>
        <extracomment>cdn, step 3, checkpoint cdn.invalidated &gt; 3000</extracomment>
        <translation>Los servidores de borde descartan sus copias.</translation>
    </message>
    <message>
        <source>Every dropped file is a miss again.</source>
        <extracomment>cdn, step 3, checkpoint cdn.misses &gt; 5500</extracomment>
        <translation>Cada archivo descartado vuelve a ser un fallo.</translation>
    </message>
    <message>
        <source>Versioned file names</source>
        <extracomment>cdn, step 4, title</extracomment>
        <translation>Nombres de archivo con versión</translation>
    </message>
    <message>
        <source>&lt;p&gt;Instead of invalidating, give every deploy new file names: &lt;b&gt;app.v2.css&lt;/b&gt; instead of app.css. At 30 s the pages start to link the new names. No edge has them yet, so they are misses at once, with no 5 s wait and nothing to invalidate.&lt;/p&gt;</source>
        <extracomment>cdn, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;En lugar de invalidar, da a cada despliegue nombres de archivo nuevos: &lt;b&gt;app.v2.css&lt;/b&gt; en lugar de app.css. A los 30 s las páginas empiezan a enlazar los nombres nuevos. Ningún servidor de borde los tiene todavía, así que son fallos desde el primer momento, sin la espera de 5 s y sin nada que invalidar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the old files on the edges?</source>
        <extracomment>cdn, step 4, question</extracomment>
        <translation>¿Qué pasa con los archivos antiguos en los servidores de borde?</translation>
    </message>
    <message>
        <source>They stay until their TTL runs out or they are evicted</source>
        <extracomment>cdn, step 4, choice 2</extracomment>
        <translation>Se quedan hasta que se agota su TTL o son expulsados</translation>
    </message>
    <message>
        <source>Nothing was invalidated; the old copies simply stop being asked for. The new names cost about 7,000 misses, as many as the invalidation, but a user can never get an old file by mistake.</source>
        <extracomment>cdn, step 4, answer explanation</extracomment>
        <translation>No se invalidó nada; simplemente nadie vuelve a pedir las copias antiguas. Los nombres nuevos cuestan unos 7.000 fallos, tantos como la invalidación, pero un usuario nunca puede recibir un archivo antiguo por error.</translation>
    </message>
    <message>
        <source>Nothing is invalidated.</source>
        <extracomment>cdn, step 4, checkpoint cdn.invalidated == 0</extracomment>
        <translation>No se invalida nada.</translation>
    </message>
    <message>
        <source>The new names are fetched once from the origin.</source>
        <extracomment>cdn, step 4, checkpoint cdn.misses &gt; 5500</extracomment>
        <translation>Los nombres nuevos se traen una vez del origen.</translation>
    </message>
    <message>
        <source>The edges take almost nothing off the origin.</source>
        <extracomment>cdn, step 5, checkpoint cdn.offload &lt; 0.05</extracomment>
        <translation>Los servidores de borde casi no le quitan carga al origen.</translation>
    </message>
    <message>
        <source>The bill is about twice the $0.55 of serving from the origin.</source>
        <extracomment>cdn, step 5, checkpoint cdn.cost_usd &gt; 0.9</extracomment>
        <translation>La factura es más o menos el doble de los 0,55 $ que cuesta servir desde el origen.</translation>
    </message>
    <message>
        <source>Dynamic content and the cache key</source>
        <extracomment>cdn, step 6, title</extracomment>
        <translation>Contenido dinámico y la clave de caché</translation>
    </message>
    <message>
        <source>What happens to the offload when every user has their own copy?</source>
        <extracomment>cdn, step 6, question</extracomment>
        <translation>¿Qué pasa con la descarga del origen (offload) cuando cada usuario tiene su propia copia?</translation>
    </message>
    <message>
        <source>A per-user key makes almost every request a miss.</source>
        <extracomment>cdn, step 6, checkpoint cdn.offload &lt; 0.2</extracomment>
        <translation>Una clave por usuario convierte casi todas las peticiones en fallos.</translation>
    </message>
    <message>
        <source>When the primary dies</source>
        <extracomment>failover, lesson title</extracomment>
        <translation>Cuando el primario se cae</translation>
    </message>
    <message>
        <source>Promoting a replica keeps the site writing, but asynchronous replication loses the writes the primary never shipped. A faster decision, binlog recovery and semi-synchronous replication each trade something for it.</source>
        <extracomment>failover, lesson summary</extracomment>
        <translation>Promover una réplica permite que el sitio siga escribiendo, pero la replicación asíncrona pierde las escrituras que el primario nunca llegó a enviar. Decidir más rápido, recuperar desde el binlog y la replicación semisíncrona cambian cada una algo a cambio.</translation>
    </message>
    <message>
        <source>Does db2 have every write db1 acknowledged?</source>
        <extracomment>failover, step 1, question</extracomment>
        <translation>¿Tiene db2 todas las escrituras que db1 confirmó?</translation>
    </message>
    <message>
        <source>A replica is promoted.</source>
        <extracomment>failover, step 1, checkpoint replication.promotions == 1</extracomment>
        <translation>Se promueve una réplica.</translation>
    </message>
    <message>
        <source>Acknowledged writes are lost.</source>
        <extracomment>failover, step 1, checkpoint replication.lost_writes &gt; 0</extracomment>
        <translation>Se pierden escrituras confirmadas.</translation>
    </message>
    <message>
        <source>Writes fail until the promotion.</source>
        <extracomment>failover, step 1, checkpoint requests.error &gt; 300</extracomment>
        <translation>Las escrituras fallan hasta la promoción.</translation>
    </message>
    <message>
        <source>Deciding faster</source>
        <extracomment>failover, step 2, title</extracomment>
        <translation>Decidir más rápido</translation>
    </message>
    <message>
        <source>&lt;p&gt;Five seconds is a long time to refuse writes. Here the system promotes db2 after 1 s instead. But deciding fast is risky in practice: a primary that was only slow for a moment would be replaced for nothing.&lt;/p&gt;</source>
        <extracomment>failover, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Cinco segundos es mucho tiempo rechazando escrituras. Aquí el sistema promueve db2 tras 1 s. Pero en la práctica decidir rápido es arriesgado: un primario que solo fue lento un momento se reemplazaría para nada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>With a faster promotion, how many acknowledged writes are lost?</source>
        <extracomment>failover, step 2, question</extracomment>
        <translation>Con una promoción más rápida, ¿cuántas escrituras confirmadas se pierden?</translation>
    </message>
    <message>
        <source>A faster promotion means fewer failed writes.</source>
        <extracomment>failover, step 2, checkpoint requests.error &lt; 300</extracomment>
        <translation>Una promoción más rápida significa menos escrituras fallidas.</translation>
    </message>
    <message>
        <source>But the unshipped writes are still lost.</source>
        <extracomment>failover, step 2, checkpoint replication.lost_writes &gt; 0</extracomment>
        <translation>Pero las escrituras no enviadas se siguen perdiendo.</translation>
    </message>
    <message>
        <source>Binlog recovery</source>
        <extracomment>failover, step 4, title</extracomment>
        <translation>Recuperación desde el binlog</translation>
    </message>
    <message>
        <source>What is the price of replaying the binlog?</source>
        <extracomment>failover, step 4, question</extracomment>
        <translation>¿Qué precio tiene volver a aplicar el binlog?</translation>
    </message>
    <message>
        <source>Some writes are lost anyway</source>
        <extracomment>failover, step 4, choice 2</extracomment>
        <translation>Algunas escrituras se pierden de todos modos</translation>
    </message>
    <message>
        <source>Stale reads for ever after</source>
        <extracomment>failover, step 4, choice 3</extracomment>
        <translation>Lecturas obsoletas para siempre</translation>
    </message>
    <message>
        <source>No acknowledged write is lost.</source>
        <extracomment>failover, step 4, checkpoint replication.lost_writes == 0</extracomment>
        <translation>No se pierde ninguna escritura confirmada.</translation>
    </message>
    <message>
        <source>The missing writes are replayed from the binlog.</source>
        <extracomment>failover, step 4, checkpoint replication.recovered_writes &gt; 0</extracomment>
        <translation>Las escrituras que faltan se vuelven a aplicar desde el binlog.</translation>
    </message>
    <message>
        <source>The outage is longer.</source>
        <extracomment>failover, step 4, checkpoint requests.error &gt; 700</extracomment>
        <translation>La interrupción es más larga.</translation>
    </message>
    <message>
        <source>Semi-synchronous replication</source>
        <extracomment>failover, step 5, title</extracomment>
        <translation>Replicación semisíncrona</translation>
    </message>
    <message>
        <source>What does semi-synchronous replication cost?</source>
        <extracomment>failover, step 5, question</extracomment>
        <translation>¿Qué cuesta la replicación semisíncrona?</translation>
    </message>
    <message>
        <source>Slower writes</source>
        <extracomment>failover, step 5, choice 1</extracomment>
        <translation>Escrituras más lentas</translation>
    </message>
    <message>
        <source>Writes wait for a replica: the slowest answers take over 100 ms.</source>
        <extracomment>failover, step 5, checkpoint latency_ms.p95 &gt; 100</extracomment>
        <translation>Las escrituras esperan a una réplica: las respuestas más lentas tardan más de 100 ms.</translation>
    </message>
    <message>
        <source>Health checks and sessions</source>
        <extracomment>health-and-sessions, lesson title</extracomment>
        <translation>Comprobaciones de salud y sesiones</translation>
    </message>
    <message>
        <source>A balancer must know which servers are alive: no checks, active checks and passive checks. Then where a user&apos;s session lives, and why stateless servers survive a crash that stateful ones do not.</source>
        <extracomment>health-and-sessions, lesson summary</extracomment>
        <translation>Un balanceador debe saber qué servidores están vivos: sin comprobaciones, comprobaciones activas y comprobaciones pasivas. Después, dónde vive la sesión de un usuario y por qué los servidores sin estado sobreviven a una caída que los servidores con estado no superan.</translation>
    </message>
    <message>
        <source>A dead server without health checks</source>
        <extracomment>health-and-sessions, step 1, title</extracomment>
        <translation>Un servidor caído sin comprobaciones de salud</translation>
    </message>
    <message>
        <source>About half</source>
        <extracomment>zero-to-millions, step 31, choice 2</extracomment>
        <translation>Más o menos la mitad</translation>
    </message>
    <message>
        <source>Half of all requests fail once web2 is dead.</source>
        <extracomment>health-and-sessions, step 1, checkpoint requests.error &gt; 10000</extracomment>
        <translation>La mitad de todas las peticiones fallan en cuanto web2 está caído.</translation>
    </message>
    <message>
        <source>They all fail on web2.</source>
        <extracomment>health-and-sessions, step 1, checkpoint nodes[web2].errors &gt; 10000</extracomment>
        <translation>Todas fallan en web2.</translation>
    </message>
    <message>
        <source>Active health checks</source>
        <extracomment>health-and-sessions, step 2, title</extracomment>
        <translation>Comprobaciones de salud activas</translation>
    </message>
    <message>
        <source>&lt;p&gt;This balancer sends each server a &lt;b&gt;health check&lt;/b&gt; every 2 seconds. Three failures in a row take a server out of the pool; two successes put it back. &lt;b&gt;web2&lt;/b&gt; dies at 20.5 s and returns at 40.5 s.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Este balanceador envía a cada servidor una &lt;b&gt;comprobación de salud&lt;/b&gt; cada 2 segundos. Tres fallos seguidos sacan a un servidor del grupo; dos éxitos lo devuelven. &lt;b&gt;web2&lt;/b&gt; se cae a los 20,5 s y vuelve a los 40,5 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Only the seconds before the checks notice cost errors.</source>
        <extracomment>health-and-sessions, step 2, checkpoint requests.error &lt; 1500</extracomment>
        <translation>Solo cuestan errores los segundos antes de que las comprobaciones lo detecten.</translation>
    </message>
    <message>
        <source>web2 is back in the pool after it returns.</source>
        <extracomment>health-and-sessions, step 2, checkpoint nodes[web2].served &gt; 6000</extracomment>
        <translation>Cuando web2 vuelve, se reincorpora al grupo.</translation>
    </message>
    <message>
        <source>Passive checks: watching real requests</source>
        <extracomment>health-and-sessions, step 4, title</extracomment>
        <translation>Comprobaciones pasivas: observar las peticiones reales</translation>
    </message>
    <message>
        <source>&lt;p&gt;A balancer can also watch the answers to real requests. Here five errors in a row from one server &lt;b&gt;eject&lt;/b&gt; it from the pool for 30 s, and longer if it fails again after that. &lt;b&gt;web2&lt;/b&gt; dies at 10 s.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Un balanceador también puede observar las respuestas a las peticiones reales. Aquí, cinco errores seguidos de un servidor lo &lt;b&gt;expulsan&lt;/b&gt; del grupo durante 30 s, y más tiempo si vuelve a fallar después. &lt;b&gt;web2&lt;/b&gt; se cae a los 10 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A handful of errors eject the dead server.</source>
        <extracomment>health-and-sessions, step 4, checkpoint requests.error &lt; 20</extracomment>
        <translation>Un puñado de errores basta para expulsar al servidor caído.</translation>
    </message>
    <message>
        <source>The errors that ejected it were web2&apos;s.</source>
        <extracomment>health-and-sessions, step 4, checkpoint nodes[web2].errors &gt; 0</extracomment>
        <translation>Los errores que lo expulsaron eran de web2.</translation>
    </message>
    <message>
        <source>Stateful servers</source>
        <extracomment>health-and-sessions, step 5, title</extracomment>
        <translation>Servidores con estado</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each user has a &lt;b&gt;session&lt;/b&gt;: who they are, what is in their basket. Here it lives in the memory of the server that first served the user, and the balancer sends each user back to that server every time. At 30 s &lt;b&gt;web2&lt;/b&gt; dies.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Cada usuario tiene una &lt;b&gt;sesión&lt;/b&gt;: quién es, qué lleva en la cesta. Aquí vive en la memoria del servidor que atendió al usuario por primera vez, y el balanceador envía a cada usuario a ese servidor cada vez. A los 30 s &lt;b&gt;web2&lt;/b&gt; se cae.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the users whose sessions lived on web2?</source>
        <extracomment>health-and-sessions, step 5, question</extracomment>
        <translation>¿Qué pasa con los usuarios cuyas sesiones vivían en web2?</translation>
    </message>
    <message>
        <source>Their sessions vanished with web2&apos;s memory. The balancer moved them to the other servers, where about 170 users had to log in again.</source>
        <extracomment>health-and-sessions, step 5, answer explanation</extracomment>
        <translation>Sus sesiones desaparecieron con la memoria de web2. El balanceador los llevó a los otros servidores, donde unos 170 usuarios tuvieron que volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>A dead stateful server loses its users&apos; sessions.</source>
        <extracomment>health-and-sessions, step 5, checkpoint sessions.lost &gt; 100</extracomment>
        <translation>Un servidor con estado que se cae pierde las sesiones de sus usuarios.</translation>
    </message>
    <message>
        <source>Stateless servers</source>
        <extracomment>health-and-sessions, step 6, title</extracomment>
        <translation>Servidores sin estado</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now every server fetches the session from a shared &lt;b&gt;session store&lt;/b&gt; and keeps nothing itself. Any server can answer any user, so servers can be added, removed or lost at will. The store adds a hop, 3 ms here, and must itself be kept alive: we moved the state, we did not remove it.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ahora cada servidor obtiene la sesión de un &lt;b&gt;almacén de sesiones&lt;/b&gt; compartido y no guarda nada por su cuenta. Cualquier servidor puede atender a cualquier usuario, así que se pueden añadir, quitar o perder servidores a voluntad. El almacén añade un salto, aquí de 3 ms, y también hay que mantenerlo vivo: hemos movido el estado, no lo hemos eliminado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web2 dies at 30 s. How many sessions are lost?</source>
        <extracomment>health-and-sessions, step 6, question</extracomment>
        <translation>web2 se cae a los 30 s. ¿Cuántas sesiones se pierden?</translation>
    </message>
    <message>
        <source>About 170, as before</source>
        <extracomment>health-and-sessions, step 6, choice 1</extracomment>
        <translation>Unas 170, como antes</translation>
    </message>
    <message>
        <source>All of them</source>
        <extracomment>zero-to-millions, step 9, choice 4</extracomment>
        <translation>La totalidad</translation>
    </message>
    <message>
        <source>Stateless servers lose no session.</source>
        <extracomment>health-and-sessions, step 6, checkpoint sessions.lost == 0</extracomment>
        <translation>Los servidores sin estado no pierden ninguna sesión.</translation>
    </message>
    <message>
        <source>The price: each request waits a little longer for the store.</source>
        <extracomment>health-and-sessions, step 6, checkpoint latency_ms.p50 &gt; 43</extracomment>
        <translation>El precio: cada petición espera un poco más al almacén.</translation>
    </message>
    <message>
        <source>Load balancing</source>
        <extracomment>load-balancing, lesson title</extracomment>
        <translation>Balanceo de carga</translation>
    </message>
    <message>
        <source>How a balancer chooses a server: round robin, least connections, weighted and IP hash, what each does with an unequal pool, and why the balancer itself needs a standby.</source>
        <extracomment>load-balancing, lesson summary</extracomment>
        <translation>Cómo elige servidor un balanceador: round robin, menos conexiones, ponderado y hash de IP, qué hace cada uno con un grupo desigual y por qué el propio balanceador necesita uno de reserva.</translation>
    </message>
    <message>
        <source>Round robin</source>
        <extracomment>load-balancing, step 1, title</extracomment>
        <translation>Round robin</translation>
    </message>
    <message>
        <source>&lt;p&gt;Users send every request to the &lt;b&gt;load balancer&lt;/b&gt;; it forwards each one to a server from its pool. &lt;b&gt;Round robin&lt;/b&gt; is the simplest rule: the servers take turns. With two equal servers and 800 requests a second, each gets 400.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Los usuarios envían cada petición al &lt;b&gt;balanceador de carga&lt;/b&gt;; este la reenvía a un servidor de su grupo. &lt;b&gt;Round robin&lt;/b&gt; es la regla más sencilla: los servidores se turnan. Con dos servidores iguales y 800 peticiones por segundo, cada uno recibe 400.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Why does round robin work well here?</source>
        <extracomment>load-balancing, step 1, question</extracomment>
        <translation>¿Por qué funciona bien aquí round robin?</translation>
    </message>
    <message>
        <source>web1 takes half of the requests...</source>
        <extracomment>load-balancing, step 1, checkpoint nodes[web1].served &gt; 11000</extracomment>
        <translation>web1 recibe la mitad de las peticiones...</translation>
    </message>
    <message>
        <source>...and web2 the other half.</source>
        <extracomment>load-balancing, step 1, checkpoint nodes[web2].served &gt; 11000</extracomment>
        <translation>...y web2 la otra mitad.</translation>
    </message>
    <message>
        <source>Nothing is dropped.</source>
        <extracomment>load-balancing, step 1, checkpoint requests.dropped == 0</extracomment>
        <translation>No se descarta nada.</translation>
    </message>
    <message>
        <source>Round robin and an unequal pool</source>
        <extracomment>load-balancing, step 2, title</extracomment>
        <translation>Round robin y un grupo desigual</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now the pool has an old server, &lt;b&gt;web3&lt;/b&gt;: 10 workers and 120 ms a request, where web1 and web2 have 20 workers and 20 ms. It can finish about 83 requests a second. Round robin still hands it a third of 900 a second.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ahora el grupo tiene un servidor antiguo, &lt;b&gt;web3&lt;/b&gt;: 10 workers y 120 ms por petición, mientras que web1 y web2 tienen 20 workers y 20 ms. Puede terminar unas 83 peticiones por segundo. Round robin le sigue dando un tercio de 900 por segundo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The slow server drops thousands of requests.</source>
        <extracomment>load-balancing, step 2, checkpoint nodes[web3].dropped &gt; 5000</extracomment>
        <translation>El servidor lento descarta miles de peticiones.</translation>
    </message>
    <message>
        <source>Requests queued on web3 wait over half a second.</source>
        <extracomment>load-balancing, step 2, checkpoint latency_ms.p95 &gt; 500</extracomment>
        <translation>Las peticiones en cola en web3 esperan más de medio segundo.</translation>
    </message>
    <message>
        <source>Least connections</source>
        <extracomment>load-balancing, step 3, title</extracomment>
        <translation>Menos conexiones</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Least connections&lt;/b&gt; looks at how many requests each server has in progress and picks the server with the fewest. A slow server keeps its requests longer, so it looks busy and is chosen less often: the balancer adapts without being told anything.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Menos conexiones&lt;/b&gt; (least connections) mira cuántas peticiones tiene en curso cada servidor y elige el que tenga menos. Un servidor lento retiene sus peticiones más tiempo, así que parece ocupado y se elige menos: el balanceador se adapta sin que nadie le diga nada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the drops when we switch to least connections?</source>
        <extracomment>load-balancing, step 3, question</extracomment>
        <translation>¿Qué pasa con los descartes al cambiar a menos conexiones?</translation>
    </message>
    <message>
        <source>Least connections drops nothing.</source>
        <extracomment>load-balancing, step 3, checkpoint requests.dropped == 0</extracomment>
        <translation>Menos conexiones no descarta nada.</translation>
    </message>
    <message>
        <source>The slow server gets only what it can handle.</source>
        <extracomment>load-balancing, step 3, checkpoint nodes[web3].served &lt; 3000</extracomment>
        <translation>El servidor lento recibe solo lo que puede atender.</translation>
    </message>
    <message>
        <source>Weighted round robin</source>
        <extracomment>load-balancing, step 5, title</extracomment>
        <translation>Round robin ponderado</translation>
    </message>
    <message>
        <source>IP hash</source>
        <extracomment>load-balancing, step 6, title</extracomment>
        <translation>Hash de IP</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IP hash&lt;/b&gt; turns the user&apos;s address into a server number, so each user always reaches the same server. That is what a server that keeps something in memory for its users needs. Here 300 users send 600 requests a second, and at 20 s &lt;b&gt;web3&lt;/b&gt; dies; the balancer checks its servers every 2 s.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Hash de IP&lt;/b&gt; convierte la dirección del usuario en un número de servidor, así que cada usuario llega siempre al mismo servidor. Es lo que necesita un servidor que guarda algo en memoria para sus usuarios. Aquí 300 usuarios envían 600 peticiones por segundo, y a los 20 s &lt;b&gt;web3&lt;/b&gt; se cae; el balanceador comprueba sus servidores cada 2 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Is the load shared exactly equally among the three servers?</source>
        <extracomment>load-balancing, step 6, question</extracomment>
        <translation>¿Se reparte la carga exactamente por igual entre los tres servidores?</translation>
    </message>
    <message>
        <source>The split follows the addresses: web1 gets more than a third...</source>
        <extracomment>load-balancing, step 6, checkpoint nodes[web1].served &gt; 3900</extracomment>
        <translation>El reparto sigue a las direcciones: web1 recibe más de un tercio...</translation>
    </message>
    <message>
        <source>...and web2 less.</source>
        <extracomment>load-balancing, step 6, checkpoint nodes[web2].served &lt; 3700</extracomment>
        <translation>...y web2 menos.</translation>
    </message>
    <message>
        <source>Once web3 is out of the pool, its users move to the others.</source>
        <extracomment>load-balancing, step 6, checkpoint requests.error &lt; 1500</extracomment>
        <translation>En cuanto web3 sale del grupo, sus usuarios pasan a los demás.</translation>
    </message>
    <message>
        <source>A standby for the balancer</source>
        <extracomment>load-balancing, step 7, title</extracomment>
        <translation>Un balanceador de reserva</translation>
    </message>
    <message>
        <source>The standby takes over the traffic.</source>
        <extracomment>load-balancing, step 7, checkpoint nodes[lb-standby].served &gt; 2000</extracomment>
        <translation>El balanceador de reserva se hace cargo del tráfico.</translation>
    </message>
    <message>
        <source>Only the seconds before the takeover fail.</source>
        <extracomment>load-balancing, step 7, checkpoint requests.error &lt; 2000</extracomment>
        <translation>Solo fallan los segundos antes del relevo.</translation>
    </message>
    <message>
        <source>Multi-master and circular replication</source>
        <extracomment>multi-master-and-rings, lesson title</extracomment>
        <translation>Multimaestro y replicación circular</translation>
    </message>
    <message>
        <source>When every database takes writes: no promotion is needed, but writes conflict. Two ways to settle a conflict, and a ring of masters whose delays add up hop by hop.</source>
        <extracomment>multi-master-and-rings, lesson summary</extracomment>
        <translation>Cuando todas las bases de datos aceptan escrituras: no hace falta promover nada, pero las escrituras entran en conflicto. Dos formas de resolver un conflicto, y un anillo de maestros cuyos retrasos se suman salto a salto.</translation>
    </message>
    <message>
        <source>Three masters, last writer wins</source>
        <extracomment>multi-master-and-rings, step 1, title</extracomment>
        <translation>Tres maestros: gana la última escritura</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each web server writes to its own master, &lt;b&gt;db1&lt;/b&gt;, &lt;b&gt;db2&lt;/b&gt; or &lt;b&gt;db3&lt;/b&gt;, and every master ships its writes to the other two. A write takes about 60 ms to reach the others. If two masters change the same key within that time, they &lt;b&gt;conflict&lt;/b&gt;; here the later write wins.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Cada servidor web escribe en su propio maestro, &lt;b&gt;db1&lt;/b&gt;, &lt;b&gt;db2&lt;/b&gt; o &lt;b&gt;db3&lt;/b&gt;, y cada maestro envía sus escrituras a los otros dos. Una escritura tarda unos 60 ms en llegar a los demás. Si dos maestros cambian la misma clave dentro de ese tiempo, &lt;b&gt;entran en conflicto&lt;/b&gt;; aquí gana la escritura posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>db3 dies at 20 s. What does the system need to do?</source>
        <extracomment>multi-master-and-rings, step 1, question</extracomment>
        <translation>db3 se cae a los 20 s. ¿Qué tiene que hacer el sistema?</translation>
    </message>
    <message>
        <source>Nothing: the other masters keep taking writes</source>
        <extracomment>multi-master-and-rings, step 1, choice 3</extracomment>
        <translation>Nada: los otros maestros siguen aceptando escrituras</translation>
    </message>
    <message>
        <source>No promotion is needed.</source>
        <extracomment>multi-master-and-rings, step 1, checkpoint replication.promotions == 0</extracomment>
        <translation>No hace falta ninguna promoción.</translation>
    </message>
    <message>
        <source>A dead master costs almost nothing.</source>
        <extracomment>multi-master-and-rings, step 1, checkpoint requests.error &lt; 20</extracomment>
        <translation>Un maestro caído no cuesta casi nada.</translation>
    </message>
    <message>
        <source>Conflicting writes are thrown away without a word.</source>
        <extracomment>multi-master-and-rings, step 1, checkpoint replication.discarded_updates &gt; 200</extracomment>
        <translation>Las escrituras en conflicto se tiran sin avisar.</translation>
    </message>
    <message>
        <source>First committer wins</source>
        <extracomment>multi-master-and-rings, step 3, title</extracomment>
        <translation>Gana el primero en confirmar</translation>
    </message>
    <message>
        <source>With certification, what happens to the losing writes?</source>
        <extracomment>multi-master-and-rings, step 3, question</extracomment>
        <translation>Con la certificación, ¿qué pasa con las escrituras perdedoras?</translation>
    </message>
    <message>
        <source>They are rolled back and their users get an error</source>
        <extracomment>multi-master-and-rings, step 3, choice 1</extracomment>
        <translation>Se revierten y sus usuarios reciben un error</translation>
    </message>
    <message>
        <source>About 950 writes were rolled back, and each of those users got an error; nothing was discarded in silence. Checking costs time: the median request takes about 94 ms.</source>
        <extracomment>multi-master-and-rings, step 3, answer explanation</extracomment>
        <translation>Se revirtieron unas 950 escrituras, y cada uno de esos usuarios recibió un error; no se descartó nada en silencio. Comprobar cuesta tiempo: la petición mediana tarda unos 94 ms.</translation>
    </message>
    <message>
        <source>Conflicting writes are rolled back...</source>
        <extracomment>multi-master-and-rings, step 3, checkpoint replication.rolled_back &gt; 500</extracomment>
        <translation>Las escrituras en conflicto se revierten...</translation>
    </message>
    <message>
        <source>...and none is thrown away silently.</source>
        <extracomment>multi-master-and-rings, step 3, checkpoint replication.discarded_updates == 0</extracomment>
        <translation>...y ninguna se tira en silencio.</translation>
    </message>
    <message>
        <source>Their users are told: errors.</source>
        <extracomment>multi-master-and-rings, step 3, checkpoint requests.error &gt; 500</extracomment>
        <translation>Se avisa a sus usuarios: errores.</translation>
    </message>
    <message>
        <source>A ring of three</source>
        <extracomment>multi-master-and-rings, step 4, title</extracomment>
        <translation>Un anillo de tres</translation>
    </message>
    <message>
        <source>What happens to writes that reached dbB but that dbB had not passed on when it died?</source>
        <extracomment>multi-master-and-rings, step 4, question</extracomment>
        <translation>¿Qué pasa con las escrituras que llegaron a dbB pero que dbB no había pasado aún cuando se cayó?</translation>
    </message>
    <message>
        <source>They are stranded: the rest of the ring never gets them</source>
        <extracomment>multi-master-and-rings, step 4, choice 2</extracomment>
        <translation>Se quedan varadas: el resto del anillo nunca las recibe</translation>
    </message>
    <message>
        <source>They are sent again by the web server</source>
        <extracomment>multi-master-and-rings, step 4, choice 3</extracomment>
        <translation>El servidor web las vuelve a enviar</translation>
    </message>
    <message>
        <source>A ring of ten</source>
        <extracomment>multi-master-and-rings, step 5, title</extracomment>
        <translation>Un anillo de diez</translation>
    </message>
    <message>
        <source>The last node is about 45 ms behind.</source>
        <extracomment>multi-master-and-rings, step 5, checkpoint replication.max_lag_ms &gt; 40</extracomment>
        <translation>El último nodo va unos 45 ms por detrás.</translation>
    </message>
    <message>
        <source>Reads on the far side of the ring can be stale.</source>
        <extracomment>multi-master-and-rings, step 5, checkpoint replication.stale_reads &gt; 0</extracomment>
        <translation>Las lecturas en el otro extremo del anillo pueden ser obsoletas.</translation>
    </message>
    <message>
        <source>From one server to two</source>
        <extracomment>one-server-to-two, lesson title</extracomment>
        <translation>De un servidor a dos</translation>
    </message>
    <message>
        <source>A single server runs out of room; a load balancer and a second server share the load, and survive one of them dying.</source>
        <extracomment>one-server-to-two, lesson summary</extracomment>
        <translation>Un único servidor se queda sin capacidad; un balanceador de carga y un segundo servidor reparten la carga y sobreviven a que uno de ellos se caiga.</translation>
    </message>
    <message>
        <source>One server does everything</source>
        <extracomment>one-server-to-two, step 1, title</extracomment>
        <translation>Un servidor lo hace todo</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every request goes to &lt;b&gt;web1&lt;/b&gt;. It can work on 8 requests at once; each takes 30 ms. At 200 requests a second it keeps up.&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Todas las peticiones van a &lt;b&gt;web1&lt;/b&gt;. Puede trabajar en 8 peticiones a la vez; cada una tarda 30 ms. A 200 peticiones por segundo da abasto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>At 200 requests a second nothing is dropped.</source>
        <extracomment>one-server-to-two, step 1, checkpoint requests.dropped == 0</extracomment>
        <translation>A 200 peticiones por segundo no se descarta nada.</translation>
    </message>
    <message>
        <source>Twice the users</source>
        <extracomment>one-server-to-two, step 2, title</extracomment>
        <translation>El doble de usuarios</translation>
    </message>
    <message>
        <source>Beyond what one server can do, requests are dropped.</source>
        <extracomment>one-server-to-two, step 2, checkpoint requests.dropped &gt; 1000</extracomment>
        <translation>Más allá de lo que puede hacer un servidor, las peticiones se descartan.</translation>
    </message>
    <message>
        <source>A load balancer and a second server</source>
        <extracomment>one-server-to-two, step 3, title</extracomment>
        <translation>Un balanceador de carga y un segundo servidor</translation>
    </message>
    <message>
        <source>&lt;p&gt;The balancer sends requests to web1 and web2 in turn. Each gets about 200 a second: both keep up.&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;El balanceador envía las peticiones a web1 y web2 por turnos. Cada uno recibe unas 200 por segundo: los dos dan abasto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Two servers share 400 requests a second without dropping any.</source>
        <extracomment>one-server-to-two, step 3, checkpoint requests.dropped == 0</extracomment>
        <translation>Dos servidores se reparten 400 peticiones por segundo sin descartar ninguna.</translation>
    </message>
    <message>
        <source>web2 takes its half.</source>
        <extracomment>one-server-to-two, step 3, checkpoint nodes[web2].served &gt; 3000</extracomment>
        <translation>web2 se lleva su mitad.</translation>
    </message>
    <message>
        <source>Database replication</source>
        <extracomment>replication, lesson title</extracomment>
        <translation>Replicación de bases de datos</translation>
    </message>
    <message>
        <source>A primary for writes and replicas for reads: how replicas share the load, why asynchronous replicas return stale data, and what happens to reads when replicas die.</source>
        <extracomment>replication, lesson summary</extracomment>
        <translation>Un primario para las escrituras y réplicas para las lecturas: cómo se reparten la carga las réplicas, por qué las réplicas asíncronas devuelven datos obsoletos y qué pasa con las lecturas cuando las réplicas se caen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;db1&lt;/b&gt; is the primary: every write goes there. It copies each write to two replicas, &lt;b&gt;db2&lt;/b&gt; and &lt;b&gt;db3&lt;/b&gt;, and the web servers send their reads to the replicas. 70 % of the 400 requests a second are reads.&lt;/p&gt;</source>
        <extracomment>replication, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;db1&lt;/b&gt; es el primario: todas las escrituras van allí. Copia cada escritura a dos réplicas, &lt;b&gt;db2&lt;/b&gt; y &lt;b&gt;db3&lt;/b&gt;, y los servidores web envían sus lecturas a las réplicas. El 70 % de las 400 peticiones por segundo son lecturas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>If reads grow and writes do not, what do we add?</source>
        <extracomment>replication, step 1, question</extracomment>
        <translation>Si crecen las lecturas y no las escrituras, ¿qué añadimos?</translation>
    </message>
    <message>
        <source>Another primary</source>
        <extracomment>replication, step 1, choice 1</extracomment>
        <translation>Otro primario</translation>
    </message>
    <message>
        <source>More replicas</source>
        <extracomment>replication, step 1, choice 2</extracomment>
        <translation>Más réplicas</translation>
    </message>
    <message>
        <source>db2 answers reads...</source>
        <extracomment>replication, step 1, checkpoint nodes[db2].served &gt; 4000</extracomment>
        <translation>db2 responde lecturas...</translation>
    </message>
    <message>
        <source>...and so does db3.</source>
        <extracomment>replication, step 1, checkpoint nodes[db3].served &gt; 4000</extracomment>
        <translation>...y db3 también.</translation>
    </message>
    <message>
        <source>The primary handles only the writes.</source>
        <extracomment>replication, step 1, checkpoint nodes[db1].served &lt; 4000</extracomment>
        <translation>El primario solo atiende las escrituras.</translation>
    </message>
    <message>
        <source>Every request succeeds.</source>
        <extracomment>replication, step 1, checkpoint requests.error == 0</extracomment>
        <translation>Todas las peticiones tienen éxito.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Replication here is &lt;b&gt;asynchronous&lt;/b&gt;: db1 commits a write, answers &quot;done&quot;, and ships it to the replicas afterwards, about 100 ms later. In between, a replica still has the old value, and a read sent there gets it: a &lt;b&gt;stale read&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>replication, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Aquí la replicación es &lt;b&gt;asíncrona&lt;/b&gt;: db1 confirma una escritura, responde «hecho» y la envía después a las réplicas, unos 100 ms más tarde. Mientras tanto, una réplica todavía tiene el valor antiguo, y una lectura enviada allí lo recibe: una &lt;b&gt;lectura obsoleta&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Out of about 8,500 reads in 30 s, how many do you expect to be stale?</source>
        <extracomment>replication, step 2, question</extracomment>
        <translation>De unas 8.500 lecturas en 30 s, ¿cuántas esperas que sean obsoletas?</translation>
    </message>
    <message>
        <source>Asynchronous replicas return old values.</source>
        <extracomment>replication, step 2, checkpoint replication.stale_reads &gt; 1000</extracomment>
        <translation>Las réplicas asíncronas devuelven valores antiguos.</translation>
    </message>
    <message>
        <source>They lag about 100 ms behind the primary.</source>
        <extracomment>replication, step 2, checkpoint replication.max_lag_ms &gt;= 100</extracomment>
        <translation>Van unos 100 ms por detrás del primario.</translation>
    </message>
    <message>
        <source>The comment appears twice</source>
        <extracomment>replication, step 3, choice 3</extracomment>
        <translation>El comentario aparece dos veces</translation>
    </message>
    <message>
        <source>A longer delay means more stale reads.</source>
        <extracomment>replication, step 3, checkpoint replication.stale_reads &gt; 4000</extracomment>
        <translation>Un retardo mayor significa más lecturas obsoletas.</translation>
    </message>
    <message>
        <source>Replicas are now half a second behind.</source>
        <extracomment>replication, step 3, checkpoint replication.max_lag_ms &gt;= 500</extracomment>
        <translation>Ahora las réplicas van medio segundo por detrás.</translation>
    </message>
    <message>
        <source>Users miss their own writes.</source>
        <extracomment>replication, step 3, checkpoint replication.read_your_writes_violations &gt; 400</extracomment>
        <translation>Los usuarios no ven sus propias escrituras.</translation>
    </message>
    <message>
        <source>A replica dies</source>
        <extracomment>replication, step 5, title</extracomment>
        <translation>Se cae una réplica</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to 100 ms. At 10 s replica &lt;b&gt;db3&lt;/b&gt; dies. The web servers stop sending it reads and use &lt;b&gt;db2&lt;/b&gt;, the replica that is left; in a real system a new replica would be set up to replace db3.&lt;/p&gt;</source>
        <extracomment>replication, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Volvemos a 100 ms. A los 10 s la réplica &lt;b&gt;db3&lt;/b&gt; se cae. Los servidores web dejan de enviarle lecturas y usan &lt;b&gt;db2&lt;/b&gt;, la réplica que queda; en un sistema real se montaría una réplica nueva para sustituir a db3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What does losing one of two replicas cost?</source>
        <extracomment>replication, step 5, question</extracomment>
        <translation>¿Qué cuesta perder una de las dos réplicas?</translation>
    </message>
    <message>
        <source>Nothing at all</source>
        <extracomment>millions-and-beyond, step 8, choice 3</extracomment>
        <translation>Nada en absoluto</translation>
    </message>
    <message>
        <source>Hardly any request fails.</source>
        <extracomment>replication, step 5, checkpoint requests.error &lt; 20</extracomment>
        <translation>Casi ninguna petición falla.</translation>
    </message>
    <message>
        <source>The remaining replica takes all the reads.</source>
        <extracomment>replication, step 5, checkpoint nodes[db2].served &gt; 6500</extracomment>
        <translation>La réplica que queda asume todas las lecturas.</translation>
    </message>
    <message>
        <source>No replica left</source>
        <extracomment>replication, step 6, title</extracomment>
        <translation>No queda ninguna réplica</translation>
    </message>
    <message>
        <source>What happens to stale reads once only the primary answers?</source>
        <extracomment>replication, step 6, question</extracomment>
        <translation>¿Qué pasa con las lecturas obsoletas cuando solo responde el primario?</translation>
    </message>
    <message>
        <source>They stop</source>
        <extracomment>replication, step 6, choice 3</extracomment>
        <translation>Se acaban</translation>
    </message>
    <message>
        <source>They stay as they were</source>
        <extracomment>replication, step 6, choice 2</extracomment>
        <translation>Siguen como estaban</translation>
    </message>
    <message>
        <source>The primary answers the reads too.</source>
        <extracomment>replication, step 6, checkpoint nodes[db1].served &gt; 5500</extracomment>
        <translation>El primario también responde las lecturas.</translation>
    </message>
    <message>
        <source>No stale reads after the replicas are gone.</source>
        <extracomment>replication, step 6, checkpoint replication.stale_reads &lt; 2200</extracomment>
        <translation>No hay lecturas obsoletas cuando ya no quedan réplicas.</translation>
    </message>
    <message>
        <source>Zero to Millions</source>
        <extracomment>zero-to-millions, lesson title</extracomment>
        <translation>De cero a millones</translation>
    </message>
    <message>
        <source>From one server to an architecture for millions of users, one idea at a time: a separate database, load balancing, health checks, stateless servers, replication and failover, multi-master and rings, a cache and a CDN. Every claim is shown by the live run.</source>
        <extracomment>zero-to-millions, lesson summary</extracomment>
        <translation>De un servidor a una arquitectura para millones de usuarios, una idea cada vez: una base de datos aparte, balanceo de carga, comprobaciones de salud, servidores sin estado, replicación y conmutación por error (failover), multimaestro y anillos, una caché y una CDN. Cada afirmación se demuestra con la simulación en vivo.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every site starts here: all requests go straight to one machine, &lt;b&gt;web1&lt;/b&gt;, which runs the code, keeps the data and sends the files. It has 8 workers, and each request keeps a worker busy for 30 ms. Our users send &lt;b&gt;200 requests a second&lt;/b&gt;, and for now that fits.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Todos los sitios empiezan aquí: todas las peticiones van directamente a una sola máquina, &lt;b&gt;web1&lt;/b&gt;, que ejecuta el código, guarda los datos y envía los archivos. Tiene 8 workers, y cada petición mantiene ocupado a un worker durante 30 ms. Nuestros usuarios envían &lt;b&gt;200 peticiones por segundo&lt;/b&gt;, y por ahora cabe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web1 has 8 workers and every request takes 30 ms. How many requests a second can it finish at most?</source>
        <extracomment>zero-to-millions, step 1, question</extracomment>
        <translation>web1 tiene 8 workers y cada petición tarda 30 ms. ¿Cuántas peticiones por segundo puede terminar como máximo?</translation>
    </message>
    <message>
        <source>At 200 requests a second web1 drops nothing.</source>
        <extracomment>zero-to-millions, step 1, checkpoint requests.dropped == 0</extracomment>
        <translation>A 200 peticiones por segundo web1 no descarta nada.</translation>
    </message>
    <message>
        <source>web1 alone answered all of about 6,000 requests in 30 s.</source>
        <extracomment>zero-to-millions, step 1, checkpoint nodes[web1].served &gt; 5000</extracomment>
        <translation>web1 respondió él solo todas las peticiones: unas 6.000 en 30 s.</translation>
    </message>
    <message>
        <source>Success: twice the users</source>
        <extracomment>zero-to-millions, step 2, title</extracomment>
        <translation>Éxito: el doble de usuarios</translation>
    </message>
    <message>
        <source>&lt;p&gt;The site becomes popular and traffic doubles to &lt;b&gt;400 requests a second&lt;/b&gt;, far past the 267 web1 can finish. The extra requests wait in web1&apos;s queue, which holds 50. Once it is full, there is nowhere left to put a new request.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;El sitio se hace popular y el tráfico se duplica a &lt;b&gt;400 peticiones por segundo&lt;/b&gt;, muy por encima de las 267 que web1 puede terminar. Las peticiones de más esperan en la cola de web1, que admite 50. Cuando está llena, ya no hay dónde poner una petición nueva.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to requests that arrive once web1&apos;s queue is full?</source>
        <extracomment>one-server-to-two, step 2, question</extracomment>
        <translation>¿Qué pasa con las peticiones que llegan cuando la cola de web1 está llena?</translation>
    </message>
    <message>
        <source>Past its limit, one server drops thousands of requests.</source>
        <extracomment>zero-to-millions, step 2, checkpoint requests.dropped &gt; 3000</extracomment>
        <translation>Pasado su límite, un único servidor descarta miles de peticiones.</translation>
    </message>
    <message>
        <source>The requests that get in wait: the median answer takes well over 150 ms.</source>
        <extracomment>zero-to-millions, step 2, checkpoint latency_ms.p50 &gt; 150</extracomment>
        <translation>Las peticiones que entran esperan: la respuesta mediana tarda bastante más de 150 ms.</translation>
    </message>
    <message>
        <source>A separate database</source>
        <extracomment>zero-to-millions, step 3, title</extracomment>
        <translation>Una base de datos aparte</translation>
    </message>
    <message>
        <source>&lt;p&gt;Before adding servers we split the work in two: &lt;b&gt;web1&lt;/b&gt; runs the code and &lt;b&gt;db1&lt;/b&gt; keeps the data. Each tier can now grow on its own, and the web server holds nothing that a user needs later. But every request still needs the one database, and this scenario stops it from 40 s to 45 s.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Antes de añadir servidores dividimos el trabajo en dos: &lt;b&gt;web1&lt;/b&gt; ejecuta el código y &lt;b&gt;db1&lt;/b&gt; guarda los datos. Ahora cada capa puede crecer por su cuenta, y el servidor web no guarda nada que un usuario necesite más tarde. Pero cada petición sigue necesitando la única base de datos, y este escenario la detiene de los 40 s a los 45 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>db1 is down from 40 s to 45 s. What happens to the requests in those five seconds?</source>
        <extracomment>zero-to-millions, step 3, question</extracomment>
        <translation>db1 está caída de los 40 s a los 45 s. ¿Qué pasa con las peticiones de esos cinco segundos?</translation>
    </message>
    <message>
        <source>web1 answers them from its memory</source>
        <extracomment>zero-to-millions, step 3, choice 2</extracomment>
        <translation>web1 las responde desde su memoria</translation>
    </message>
    <message>
        <source>They wait, and succeed when db1 is back</source>
        <extracomment>zero-to-millions, step 3, choice 3</extracomment>
        <translation>Esperan y tienen éxito cuando db1 vuelve</translation>
    </message>
    <message>
        <source>Every request reaches the database: about 9,000 in the first 30 s.</source>
        <extracomment>zero-to-millions, step 3, checkpoint nodes[db1].served &gt; 8000</extracomment>
        <translation>Todas las peticiones llegan a la base de datos: unas 9.000 en los primeros 30 s.</translation>
    </message>
    <message>
        <source>Five seconds without the database fail every request in them.</source>
        <extracomment>zero-to-millions, step 3, checkpoint requests.error &gt; 1000</extracomment>
        <translation>Cinco segundos sin base de datos hacen fallar todas las peticiones de ese intervalo.</translation>
    </message>
    <message>
        <source>A load balancer: round robin</source>
        <extracomment>zero-to-millions, step 4, title</extracomment>
        <translation>Un balanceador de carga: round robin</translation>
    </message>
    <message>
        <source>&lt;p&gt;One web server cannot grow forever, so we add a second one and put a &lt;b&gt;load balancer&lt;/b&gt; in front. Users now talk only to the balancer; it keeps a pool of servers and picks one for each request. &lt;b&gt;Round robin&lt;/b&gt; takes them in turn: web1, web2, web1, web2.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Un servidor web no puede crecer para siempre, así que añadimos un segundo y ponemos delante un &lt;b&gt;balanceador de carga&lt;/b&gt;. Ahora los usuarios solo hablan con el balanceador; este mantiene un grupo de servidores y elige uno para cada petición. &lt;b&gt;Round robin&lt;/b&gt; los va tomando por turnos: web1, web2, web1, web2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Which address do users need to know now?</source>
        <extracomment>zero-to-millions, step 4, question</extracomment>
        <translation>¿Qué dirección necesitan conocer ahora los usuarios?</translation>
    </message>
    <message>
        <source>Both web1&apos;s and web2&apos;s</source>
        <extracomment>zero-to-millions, step 4, choice 1</extracomment>
        <translation>La de web1 y la de web2</translation>
    </message>
    <message>
        <source>Only the balancer&apos;s</source>
        <extracomment>zero-to-millions, step 4, choice 4</extracomment>
        <translation>Solo la del balanceador</translation>
    </message>
    <message>
        <source>Whichever server answered them last</source>
        <extracomment>zero-to-millions, step 4, choice 2</extracomment>
        <translation>La del servidor que les respondió la última vez</translation>
    </message>
    <message>
        <source>The balancer is the front door. Servers can be added or removed behind it and users never notice. Of 800 requests a second, each server got exactly half: about 12,000 each in 30 s.</source>
        <extracomment>zero-to-millions, step 4, answer explanation</extracomment>
        <translation>El balanceador es la puerta de entrada. Detrás de él se pueden añadir o quitar servidores sin que los usuarios lo noten. De 800 peticiones por segundo, cada servidor recibió exactamente la mitad: unas 12.000 cada uno en 30 s.</translation>
    </message>
    <message>
        <source>Two servers carry 800 requests a second without dropping any.</source>
        <extracomment>zero-to-millions, step 4, checkpoint requests.dropped == 0</extracomment>
        <translation>Dos servidores soportan 800 peticiones por segundo sin descartar ninguna.</translation>
    </message>
    <message>
        <source>Round robin meets a slow server</source>
        <extracomment>zero-to-millions, step 5, title</extracomment>
        <translation>Round robin se topa con un servidor lento</translation>
    </message>
    <message>
        <source>&lt;p&gt;Servers are not always equal. &lt;b&gt;web3&lt;/b&gt; is an old machine: 10 workers at 120 ms a request, against 20 workers at 20 ms for web1 and web2. Round robin does not look at that: it still gives web3 a third of the 900 requests a second, about 300, when web3 can finish about 83.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Los servidores no siempre son iguales. &lt;b&gt;web3&lt;/b&gt; es una máquina antigua: 10 workers a 120 ms por petición, frente a 20 workers a 20 ms de web1 y web2. Round robin no se fija en eso: sigue dándole a web3 un tercio de las 900 peticiones por segundo, unas 300, cuando web3 puede terminar unas 83.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the requests round robin sends to web3?</source>
        <extracomment>zero-to-millions, step 5, question</extracomment>
        <translation>¿Qué pasa con las peticiones que round robin envía a web3?</translation>
    </message>
    <message>
        <source>web3 handles them, only more slowly</source>
        <extracomment>zero-to-millions, step 5, choice 1</extracomment>
        <translation>web3 las atiende, solo que más despacio</translation>
    </message>
    <message>
        <source>Its queue overflows and many are dropped</source>
        <extracomment>zero-to-millions, step 5, choice 3</extracomment>
        <translation>Su cola se desborda y muchas se descartan</translation>
    </message>
    <message>
        <source>The balancer notices and sends them elsewhere</source>
        <extracomment>zero-to-millions, step 5, choice 2</extracomment>
        <translation>El balanceador se da cuenta y las envía a otro sitio</translation>
    </message>
    <message>
        <source>Round robin overloads the slow server: thousands of requests are dropped.</source>
        <extracomment>zero-to-millions, step 5, checkpoint nodes[web3].dropped &gt; 5000</extracomment>
        <translation>Round robin sobrecarga el servidor lento: se descartan miles de peticiones.</translation>
    </message>
    <message>
        <source>The slowest answers take over half a second.</source>
        <extracomment>zero-to-millions, step 5, checkpoint latency_ms.p95 &gt; 500</extracomment>
        <translation>Las respuestas más lentas tardan más de medio segundo.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Least connections&lt;/b&gt; sends each request to the server with the fewest requests in progress. A slow server holds on to its requests longer, so it looks busy and gets fewer new ones. Same servers, same traffic: one setting changed.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Menos conexiones&lt;/b&gt; (least connections) envía cada petición al servidor con menos peticiones en curso. Un servidor lento retiene sus peticiones más tiempo, así que parece ocupado y recibe menos peticiones nuevas. Mismos servidores, mismo tráfico: solo ha cambiado un ajuste.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>With least connections, how much of the traffic does the slow web3 get?</source>
        <extracomment>zero-to-millions, step 6, question</extracomment>
        <translation>Con menos conexiones, ¿qué parte del tráfico recibe el lento web3?</translation>
    </message>
    <message>
        <source>Less than a tenth</source>
        <extracomment>zero-to-millions, step 6, choice 2</extracomment>
        <translation>Menos de una décima parte</translation>
    </message>
    <message>
        <source>None at all</source>
        <extracomment>zero-to-millions, step 6, choice 1</extracomment>
        <translation>Nada en absoluto</translation>
    </message>
    <message>
        <source>The slowest answers are back under 200 ms.</source>
        <extracomment>zero-to-millions, step 6, checkpoint latency_ms.p95 &lt; 200</extracomment>
        <translation>Las respuestas más lentas vuelven a estar por debajo de 200 ms.</translation>
    </message>
    <message>
        <source>IP hash: the same user, the same server</source>
        <extracomment>zero-to-millions, step 8, title</extracomment>
        <translation>Hash de IP: el mismo usuario, el mismo servidor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IP hash&lt;/b&gt; picks the server from the user&apos;s address, so each user lands on the same server every time: handy when a server remembers something about its users. With 300 users the split follows their addresses, not turns, so it is a little uneven. At 20 s &lt;b&gt;web3&lt;/b&gt; dies.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 8, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Hash de IP&lt;/b&gt; elige el servidor a partir de la dirección del usuario, así que cada usuario llega siempre al mismo servidor: práctico cuando un servidor recuerda algo de sus usuarios. Con 300 usuarios el reparto sigue sus direcciones, no turnos, así que es un poco desigual. A los 20 s &lt;b&gt;web3&lt;/b&gt; se cae.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web3 dies at 20 s. Whose server changes?</source>
        <extracomment>zero-to-millions, step 8, question</extracomment>
        <translation>web3 se cae a los 20 s. ¿A quién le cambia el servidor?</translation>
    </message>
    <message>
        <source>Everyone&apos;s: all users are spread again</source>
        <extracomment>zero-to-millions, step 8, choice 1</extracomment>
        <translation>A todos: todos los usuarios se reparten de nuevo</translation>
    </message>
    <message>
        <source>Only the users who were on web3</source>
        <extracomment>zero-to-millions, step 8, choice 3</extracomment>
        <translation>Solo a los usuarios que estaban en web3</translation>
    </message>
    <message>
        <source>Nobody&apos;s: web3&apos;s users keep failing</source>
        <extracomment>zero-to-millions, step 8, choice 2</extracomment>
        <translation>A nadie: los usuarios de web3 siguen fallando</translation>
    </message>
    <message>
        <source>Only web3&apos;s users are hashed again, onto web1 and web2; everyone else keeps their server. web3&apos;s users saw about 850 errors before the balancer took web3 out of the pool, which is the next idea.</source>
        <extracomment>zero-to-millions, step 8, answer explanation</extracomment>
        <translation>Solo se vuelve a calcular el hash de los usuarios de web3, que pasan a web1 y web2; todos los demás conservan su servidor. Los usuarios de web3 vieron unos 850 errores antes de que el balanceador sacara a web3 del grupo, que es la siguiente idea.</translation>
    </message>
    <message>
        <source>The split follows addresses, not turns: web1 gets more than its third...</source>
        <extracomment>zero-to-millions, step 8, checkpoint nodes[web1].served &gt; 3900</extracomment>
        <translation>El reparto sigue las direcciones, no turnos: web1 recibe más de su tercio...</translation>
    </message>
    <message>
        <source>Once web3 is out of the pool its users are served by the others.</source>
        <extracomment>zero-to-millions, step 8, checkpoint requests.error &lt; 1500</extracomment>
        <translation>En cuanto web3 sale del grupo, los demás atienden a sus usuarios.</translation>
    </message>
    <message>
        <source>web2 dies at 30 s. What share of the requests fails from then on?</source>
        <extracomment>zero-to-millions, step 9, question</extracomment>
        <translation>web2 se cae a los 30 s. ¿Qué parte de las peticiones falla a partir de entonces?</translation>
    </message>
    <message>
        <source>None: web1 takes over</source>
        <extracomment>zero-to-millions, step 9, choice 2</extracomment>
        <translation>Ninguna: web1 se hace cargo</translation>
    </message>
    <message>
        <source>Every second request still goes to web2 and fails: about 12,000 errors in the last 30 s. A balancer has to know which of its servers are alive.</source>
        <extracomment>zero-to-millions, step 9, answer explanation</extracomment>
        <translation>Una de cada dos peticiones sigue yendo a web2 y falla: unos 12.000 errores en los últimos 30 s. Un balanceador tiene que saber cuáles de sus servidores están vivos.</translation>
    </message>
    <message>
        <source>Without health checks, half of all requests fail after web2 dies.</source>
        <extracomment>zero-to-millions, step 9, checkpoint requests.error &gt; 10000</extracomment>
        <translation>Sin comprobaciones de salud, la mitad de todas las peticiones fallan después de que web2 se caiga.</translation>
    </message>
    <message>
        <source>Health checks</source>
        <extracomment>zero-to-millions, step 10, title</extracomment>
        <translation>Comprobaciones de salud</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now the balancer &lt;b&gt;checks&lt;/b&gt; each server every 2 seconds. Three failed checks in a row mark a server down and take it out of the pool; two good checks bring it back. web2 dies at 20.5 s and comes back at 40.5 s.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 10, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ahora el balanceador &lt;b&gt;comprueba&lt;/b&gt; cada servidor cada 2 segundos. Tres comprobaciones fallidas seguidas marcan un servidor como caído y lo sacan del grupo; dos comprobaciones correctas lo devuelven. web2 se cae a los 20,5 s y vuelve a los 40,5 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How long do requests keep failing after web2 dies?</source>
        <extracomment>zero-to-millions, step 10, question</extracomment>
        <translation>¿Cuánto tiempo siguen fallando las peticiones después de que web2 se caiga?</translation>
    </message>
    <message>
        <source>A few seconds, until three checks have failed</source>
        <extracomment>zero-to-millions, step 10, choice 3</extracomment>
        <translation>Unos segundos, hasta que han fallado tres comprobaciones</translation>
    </message>
    <message>
        <source>Until web2 comes back at 40.5 s</source>
        <extracomment>zero-to-millions, step 10, choice 4</extracomment>
        <translation>Hasta que web2 vuelve a los 40,5 s</translation>
    </message>
    <message>
        <source>Requests to web2 fail until the third failed check, about 5.5 s later: about 1,100 errors, then none. When web2 is back, two good checks return it to the pool and it takes its share again.</source>
        <extracomment>zero-to-millions, step 10, answer explanation</extracomment>
        <translation>Las peticiones a web2 fallan hasta la tercera comprobación fallida, unos 5,5 s después: unos 1.100 errores, y después ninguno. Cuando web2 vuelve, dos comprobaciones correctas lo devuelven al grupo y vuelve a recibir su parte.</translation>
    </message>
    <message>
        <source>Until the checks notice, some requests still fail.</source>
        <extracomment>zero-to-millions, step 10, checkpoint requests.error &gt; 0</extracomment>
        <translation>Hasta que las comprobaciones lo detectan, algunas peticiones siguen fallando.</translation>
    </message>
    <message>
        <source>Health checks limit the damage to a few seconds.</source>
        <extracomment>zero-to-millions, step 10, checkpoint requests.error &lt; 1500</extracomment>
        <translation>Las comprobaciones de salud limitan el daño a unos pocos segundos.</translation>
    </message>
    <message>
        <source>Back in the pool, web2 serves again.</source>
        <extracomment>zero-to-millions, step 10, checkpoint nodes[web2].served &gt; 6000</extracomment>
        <translation>De vuelta en el grupo, web2 vuelve a atender peticiones.</translation>
    </message>
    <message>
        <source>Stateful servers: sessions in memory</source>
        <extracomment>zero-to-millions, step 13, title</extracomment>
        <translation>Servidores con estado: sesiones en memoria</translation>
    </message>
    <message>
        <source>What happens to the users whose sessions were on web2?</source>
        <extracomment>zero-to-millions, step 13, question</extracomment>
        <translation>¿Qué pasa con los usuarios cuyas sesiones estaban en web2?</translation>
    </message>
    <message>
        <source>Nothing: another server has a copy</source>
        <extracomment>zero-to-millions, step 13, choice 1</extracomment>
        <translation>Nada: otro servidor tiene una copia</translation>
    </message>
    <message>
        <source>They wait until web2 is back</source>
        <extracomment>zero-to-millions, step 13, choice 2</extracomment>
        <translation>Esperan hasta que web2 vuelve</translation>
    </message>
    <message>
        <source>Their sessions existed only in web2&apos;s memory. Sent to another server, about 170 users had to log in again.</source>
        <extracomment>zero-to-millions, step 13, answer explanation</extracomment>
        <translation>Sus sesiones solo existían en la memoria de web2. Al enviarlos a otro servidor, unos 170 usuarios tuvieron que volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>A dead stateful server takes its users&apos; sessions with it.</source>
        <extracomment>zero-to-millions, step 13, checkpoint sessions.lost &gt; 100</extracomment>
        <translation>Un servidor con estado que se cae se lleva consigo las sesiones de sus usuarios.</translation>
    </message>
    <message>
        <source>Stateless servers: a shared session store</source>
        <extracomment>zero-to-millions, step 14, title</extracomment>
        <translation>Servidores sin estado: un almacén de sesiones compartido</translation>
    </message>
    <message>
        <source>web2 dies at 30 s again. How many users have to log in again?</source>
        <extracomment>zero-to-millions, step 14, question</extracomment>
        <translation>web2 vuelve a caerse a los 30 s. ¿Cuántos usuarios tienen que volver a iniciar sesión?</translation>
    </message>
    <message>
        <source>With stateless servers, losing one loses no session.</source>
        <extracomment>zero-to-millions, step 14, checkpoint sessions.lost == 0</extracomment>
        <translation>Con servidores sin estado, perder uno no pierde ninguna sesión.</translation>
    </message>
    <message>
        <source>Every request fetched its session from the shared store.</source>
        <extracomment>zero-to-millions, step 14, checkpoint nodes[sessions].served &gt; 15000</extracomment>
        <translation>Todas las peticiones obtuvieron su sesión del almacén compartido.</translation>
    </message>
    <message>
        <source>Replication: a primary and two replicas</source>
        <extracomment>zero-to-millions, step 15, title</extracomment>
        <translation>Replicación: un primario y dos réplicas</translation>
    </message>
    <message>
        <source>Replica db2 answers reads...</source>
        <extracomment>zero-to-millions, step 15, checkpoint nodes[db2].served &gt; 6000</extracomment>
        <translation>La réplica db2 responde lecturas...</translation>
    </message>
    <message>
        <source>...and so does replica db3.</source>
        <extracomment>zero-to-millions, step 15, checkpoint nodes[db3].served &gt; 6000</extracomment>
        <translation>...y la réplica db3 también.</translation>
    </message>
    <message>
        <source>The primary handles the writes only.</source>
        <extracomment>zero-to-millions, step 15, checkpoint nodes[db1].served &lt; 1800</extracomment>
        <translation>El primario solo atiende las escrituras.</translation>
    </message>
    <message>
        <source>A replica is up to 100 ms behind the primary.</source>
        <extracomment>zero-to-millions, step 16, checkpoint replication.max_lag_ms &gt;= 100</extracomment>
        <translation>Una réplica va hasta 100 ms por detrás del primario.</translation>
    </message>
    <message>
        <source>A replica goes down</source>
        <extracomment>zero-to-millions, step 17, title</extracomment>
        <translation>Se cae una réplica</translation>
    </message>
    <message>
        <source>After 20 s both replicas are down. What happens to the reads?</source>
        <extracomment>zero-to-millions, step 17, question</extracomment>
        <translation>Después de los 20 s las dos réplicas están caídas. ¿Qué pasa con las lecturas?</translation>
    </message>
    <message>
        <source>They fail until a replica is back</source>
        <extracomment>zero-to-millions, step 17, choice 2</extracomment>
        <translation>Fallan hasta que vuelve una réplica</translation>
    </message>
    <message>
        <source>Losing replicas costs only the reads in progress on them.</source>
        <extracomment>zero-to-millions, step 17, checkpoint requests.error &lt; 50</extracomment>
        <translation>Perder réplicas solo cuesta las lecturas que estaban en curso en ellas.</translation>
    </message>
    <message>
        <source>With no replica left, the primary answers the reads.</source>
        <extracomment>zero-to-millions, step 17, checkpoint nodes[db1].served &gt; 5500</extracomment>
        <translation>Sin ninguna réplica, el primario responde las lecturas.</translation>
    </message>
    <message>
        <source>db2 receives them when it is promoted</source>
        <extracomment>zero-to-millions, step 19, choice 1</extracomment>
        <translation>db2 las recibe cuando se le promueve</translation>
    </message>
    <message>
        <source>Their users are asked to send them again</source>
        <extracomment>zero-to-millions, step 19, choice 3</extracomment>
        <translation>Se pide a sus usuarios que las vuelvan a enviar</translation>
    </message>
    <message>
        <source>A replica is promoted to primary.</source>
        <extracomment>zero-to-millions, step 19, checkpoint replication.promotions == 1</extracomment>
        <translation>Una réplica es promovida a primario.</translation>
    </message>
    <message>
        <source>Writes the old primary acknowledged but never shipped are lost.</source>
        <extracomment>zero-to-millions, step 19, checkpoint replication.lost_writes &gt; 0</extracomment>
        <translation>Se pierden las escrituras que el antiguo primario confirmó pero nunca envió.</translation>
    </message>
    <message>
        <source>What does replaying the binlog cost?</source>
        <extracomment>zero-to-millions, step 20, question</extracomment>
        <translation>¿Qué cuesta volver a aplicar el binlog?</translation>
    </message>
    <message>
        <source>A longer outage: more failed writes</source>
        <extracomment>failover, step 4, choice 1</extracomment>
        <translation>Una interrupción más larga: más escrituras fallidas</translation>
    </message>
    <message>
        <source>Every read afterwards is stale</source>
        <extracomment>zero-to-millions, step 20, choice 3</extracomment>
        <translation>Todas las lecturas posteriores son obsoletas</translation>
    </message>
    <message>
        <source>Replaying the binlog loses no acknowledged write.</source>
        <extracomment>zero-to-millions, step 20, checkpoint replication.lost_writes == 0</extracomment>
        <translation>Volver a aplicar el binlog no pierde ninguna escritura confirmada.</translation>
    </message>
    <message>
        <source>The writes missing on db2 came back from db1&apos;s binlog.</source>
        <extracomment>zero-to-millions, step 20, checkpoint replication.recovered_writes &gt; 0</extracomment>
        <translation>Las escrituras que faltaban en db2 se recuperaron del binlog de db1.</translation>
    </message>
    <message>
        <source>Multi-master: write conflicts</source>
        <extracomment>zero-to-millions, step 21, title</extracomment>
        <translation>Multimaestro: conflictos de escritura</translation>
    </message>
    <message>
        <source>&lt;p&gt;With &lt;b&gt;multi-master&lt;/b&gt; replication every database takes writes and ships them to the others, so a dead master needs no promotion: when db3 dies at 20 s, the other two carry on. The catch is that two masters can change the same key at almost the same moment, because a write needs about 60 ms to reach the other masters. Here the rule is &lt;b&gt;last writer wins&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 21, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Con la replicación &lt;b&gt;multimaestro&lt;/b&gt; todas las bases de datos aceptan escrituras y las envían a las demás, así que un maestro caído no necesita ninguna promoción: cuando db3 se cae a los 20 s, los otros dos siguen. La pega es que dos maestros pueden cambiar la misma clave casi en el mismo momento, porque una escritura necesita unos 60 ms para llegar a los otros maestros. Aquí la regla es &lt;b&gt;gana la última escritura&lt;/b&gt; (last writer wins).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Two users change the same balance on two masters at once, and the last writer wins. What happens to the other change?</source>
        <extracomment>zero-to-millions, step 21, question</extracomment>
        <translation>Dos usuarios cambian el mismo saldo en dos maestros a la vez, y gana la última escritura. ¿Qué pasa con el otro cambio?</translation>
    </message>
    <message>
        <source>The two changes are merged</source>
        <extracomment>zero-to-millions, step 21, choice 1</extracomment>
        <translation>Los dos cambios se fusionan</translation>
    </message>
    <message>
        <source>It is silently thrown away</source>
        <extracomment>zero-to-millions, step 21, choice 4</extracomment>
        <translation>Se tira en silencio</translation>
    </message>
    <message>
        <source>Its user gets an error</source>
        <extracomment>zero-to-millions, step 21, choice 2</extracomment>
        <translation>Su usuario recibe un error</translation>
    </message>
    <message>
        <source>Masters change the same keys at the same time: conflicts.</source>
        <extracomment>zero-to-millions, step 21, checkpoint replication.conflicts &gt; 200</extracomment>
        <translation>Los maestros cambian las mismas claves a la vez: conflictos.</translation>
    </message>
    <message>
        <source>Last writer wins throws the losing writes away.</source>
        <extracomment>zero-to-millions, step 21, checkpoint replication.discarded_updates &gt; 200</extracomment>
        <translation>«Gana la última escritura» tira las escrituras perdedoras.</translation>
    </message>
    <message>
        <source>A dead master needs no promotion...</source>
        <extracomment>zero-to-millions, step 21, checkpoint replication.promotions == 0</extracomment>
        <translation>Un maestro caído no necesita ninguna promoción...</translation>
    </message>
    <message>
        <source>...and hardly any request fails.</source>
        <extracomment>zero-to-millions, step 21, checkpoint requests.error &lt; 20</extracomment>
        <translation>...y casi ninguna petición falla.</translation>
    </message>
    <message>
        <source>A circular ring</source>
        <extracomment>zero-to-millions, step 22, title</extracomment>
        <translation>Un anillo circular</translation>
    </message>
    <message>
        <source>About 45 ms</source>
        <extracomment>zero-to-millions, step 23, choice 2</extracomment>
        <translation>Unos 45 ms</translation>
    </message>
    <message>
        <source>About half a second</source>
        <extracomment>zero-to-millions, step 23, choice 4</extracomment>
        <translation>Alrededor de medio segundo</translation>
    </message>
    <message>
        <source>Nine hops: the last node is about 45 ms behind.</source>
        <extracomment>zero-to-millions, step 23, checkpoint replication.max_lag_ms &gt; 40</extracomment>
        <translation>Nueve saltos: el último nodo va unos 45 ms por detrás.</translation>
    </message>
    <message>
        <source>Every read on the database</source>
        <extracomment>zero-to-millions, step 24, title</extracomment>
        <translation>Todas las lecturas en la base de datos</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to one primary. 1,000 requests a second, 90 % of them reads, and every read goes to &lt;b&gt;db1&lt;/b&gt;. Many of them ask for the same few popular keys again and again.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 24, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Volvemos a un solo primario. 1.000 peticiones por segundo, el 90 % de ellas lecturas, y cada lectura va a &lt;b&gt;db1&lt;/b&gt;. Muchas piden las mismas pocas claves populares una y otra vez.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Without a cache, db1 answers every request: over 28,000 in 30 s.</source>
        <extracomment>zero-to-millions, step 24, checkpoint nodes[db1].served &gt; 28000</extracomment>
        <translation>Sin caché, db1 responde todas las peticiones: más de 28.000 en 30 s.</translation>
    </message>
    <message>
        <source>More than half of the reads are answered by the cache.</source>
        <extracomment>zero-to-millions, step 25, checkpoint cache.hit_ratio &gt; 0.5</extracomment>
        <translation>La caché responde más de la mitad de las lecturas.</translation>
    </message>
    <message>
        <source>The database does about half the work it did.</source>
        <extracomment>zero-to-millions, step 25, checkpoint nodes[db1].served &lt; 16000</extracomment>
        <translation>La base de datos hace más o menos la mitad del trabajo que hacía.</translation>
    </message>
    <message>
        <source>What happens to the hit ratio with a TTL of 2 s?</source>
        <extracomment>zero-to-millions, step 26, question</extracomment>
        <translation>¿Qué pasa con la tasa de aciertos con un TTL de 2 s?</translation>
    </message>
    <message>
        <source>It stays the same</source>
        <extracomment>zero-to-millions, step 26, choice 4</extracomment>
        <translation>Se queda igual</translation>
    </message>
    <message>
        <source>Entries expire before they are asked for again.</source>
        <extracomment>zero-to-millions, step 26, checkpoint cache.expirations &gt; 5000</extracomment>
        <translation>Las entradas caducan antes de que se vuelvan a pedir.</translation>
    </message>
    <message>
        <source>Consistency: no invalidation</source>
        <extracomment>zero-to-millions, step 27, title</extracomment>
        <translation>Coherencia: sin invalidación</translation>
    </message>
    <message>
        <source>A few dozen</source>
        <extracomment>replication, step 2, choice 2</extracomment>
        <translation>Unas pocas docenas</translation>
    </message>
    <message>
        <source>Eviction policies</source>
        <extracomment>zero-to-millions, step 28, title</extracomment>
        <translation>Políticas de expulsión</translation>
    </message>
    <message>
        <source>With 200 entries for 10,000 keys, LFU still answers over 40 % of the reads.</source>
        <extracomment>zero-to-millions, step 28, checkpoint cache.hit_ratio &gt; 0.4</extracomment>
        <translation>Con 200 entradas para 10.000 claves, LFU sigue respondiendo más del 40 % de las lecturas.</translation>
    </message>
    <message>
        <source>What happens to db1 when the cache dies?</source>
        <extracomment>zero-to-millions, step 29, question</extracomment>
        <translation>¿Qué le pasa a db1 cuando se cae la caché?</translation>
    </message>
    <message>
        <source>Nothing: it had the data all along</source>
        <extracomment>zero-to-millions, step 29, choice 2</extracomment>
        <translation>Nada: tenía los datos desde el principio</translation>
    </message>
    <message>
        <source>It is flooded and answers much more slowly</source>
        <extracomment>zero-to-millions, step 29, choice 1</extracomment>
        <translation>Se ve desbordada y responde mucho más despacio</translation>
    </message>
    <message>
        <source>Without the cache every read lands on the database.</source>
        <extracomment>zero-to-millions, step 29, checkpoint nodes[db1].served &gt; 25000</extracomment>
        <translation>Sin la caché, todas las lecturas llegan a la base de datos.</translation>
    </message>
    <message>
        <source>Static files from far away</source>
        <extracomment>zero-to-millions, step 30, title</extracomment>
        <translation>Archivos estáticos desde muy lejos</translation>
    </message>
    <message>
        <source>The origin sends every file itself.</source>
        <extracomment>zero-to-millions, step 30, checkpoint nodes[assets].served &gt; 28000</extracomment>
        <translation>El origen envía él mismo todos los archivos.</translation>
    </message>
    <message>
        <source>A CDN</source>
        <extracomment>zero-to-millions, step 31, title</extracomment>
        <translation>Una CDN</translation>
    </message>
    <message>
        <source>What share of the bytes does the origin still send?</source>
        <extracomment>zero-to-millions, step 31, question</extracomment>
        <translation>¿Qué parte de los bytes sigue enviando el origen?</translation>
    </message>
    <message>
        <source>Almost all of them</source>
        <extracomment>zero-to-millions, step 31, choice 1</extracomment>
        <translation>Casi todos</translation>
    </message>
    <message>
        <source>Less than a fifth</source>
        <extracomment>zero-to-millions, step 31, choice 3</extracomment>
        <translation>Menos de una quinta parte</translation>
    </message>
    <message>
        <source>The edges send more than 80 % of the bytes.</source>
        <extracomment>cdn, step 7, challenge goal cdn.offload &gt; 0.8</extracomment>
        <translation>Los servidores de borde envían más del 80 % de los bytes.</translation>
    </message>
    <message>
        <source>Files come from nearby: the median takes under 50 ms.</source>
        <extracomment>zero-to-millions, step 31, checkpoint latency_ms.p50 &lt; 50</extracomment>
        <translation>Los archivos llegan desde cerca: la mediana tarda menos de 50 ms.</translation>
    </message>
    <message>
        <source>What a CDN costs</source>
        <extracomment>zero-to-millions, step 32, title</extracomment>
        <translation>Lo que cuesta una CDN</translation>
    </message>
    <message>
        <source>Files that are almost never asked for twice: what does the CDN cost, compared with no CDN?</source>
        <extracomment>zero-to-millions, step 32, question</extracomment>
        <translation>Archivos que casi nunca se piden dos veces: ¿cuánto cuesta la CDN, comparado con no tener CDN?</translation>
    </message>
    <message>
        <source>Less</source>
        <extracomment>zero-to-millions, step 32, choice 1</extracomment>
        <translation>Menos</translation>
    </message>
    <message>
        <source>About twice as much</source>
        <extracomment>zero-to-millions, step 32, choice 3</extracomment>
        <translation>Más o menos el doble</translation>
    </message>
    <message>
        <source>Yet the CDN bill is about twice the $0.55 of serving from the origin.</source>
        <extracomment>zero-to-millions, step 32, checkpoint cdn.cost_usd &gt; 0.9</extracomment>
        <translation>Y aun así la factura de la CDN es más o menos el doble de los 0,55 $ que cuesta servir desde el origen.</translation>
    </message>
    <message>
        <source>When an edge fails</source>
        <extracomment>zero-to-millions, step 33, title</extracomment>
        <translation>Cuando falla un servidor de borde</translation>
    </message>
    <message>
        <source>What do European users see while their edge is down?</source>
        <extracomment>zero-to-millions, step 33, question</extracomment>
        <translation>¿Qué ven los usuarios europeos mientras su servidor de borde está caído?</translation>
    </message>
    <message>
        <source>Slow pages: a timeout, then files from the far origin</source>
        <extracomment>zero-to-millions, step 33, choice 4</extracomment>
        <translation>Páginas lentas: un tiempo de espera agotado y luego archivos desde el lejano origen</translation>
    </message>
    <message>
        <source>Clients fall back to the origin when their edge is dead.</source>
        <extracomment>zero-to-millions, step 33, checkpoint cdn.fallbacks &gt; 1000</extracomment>
        <translation>Los clientes recurren al origen cuando su servidor de borde está caído.</translation>
    </message>
    <message>
        <source>No request fails.</source>
        <extracomment>zero-to-millions, step 33, checkpoint requests.error == 0</extracomment>
        <translation>No falla ninguna petición.</translation>
    </message>
    <message>
        <source>The timeout before the fallback is long.</source>
        <extracomment>zero-to-millions, step 33, checkpoint latency_ms.p99 &gt; 2000</extracomment>
        <translation>El tiempo de espera antes de recurrir al origen es largo.</translation>
    </message>
    <message>
        <source>Invalidating the CDN</source>
        <extracomment>zero-to-millions, step 34, title</extracomment>
        <translation>Invalidar la CDN</translation>
    </message>
    <message>
        <source>What happens to the origin right after the invalidation?</source>
        <extracomment>zero-to-millions, step 34, question</extracomment>
        <translation>¿Qué le pasa al origen justo después de la invalidación?</translation>
    </message>
    <message>
        <source>Nothing changes</source>
        <extracomment>zero-to-millions, step 34, choice 1</extracomment>
        <translation>No cambia nada</translation>
    </message>
    <message>
        <source>A wave of misses: it sends every file again</source>
        <extracomment>zero-to-millions, step 34, choice 2</extracomment>
        <translation>Una oleada de fallos: vuelve a enviar todos los archivos</translation>
    </message>
    <message>
        <source>The edges dropped about 3,500 objects and the misses nearly doubled: about 7,000 in 60 s instead of 4,000. Versioned file names, such as app.v2.css, avoid invalidating at all.</source>
        <extracomment>zero-to-millions, step 34, answer explanation</extracomment>
        <translation>Los servidores de borde descartaron unos 3.500 objetos y los fallos casi se duplicaron: unos 7.000 en 60 s en lugar de 4.000. Los nombres de archivo con versión, como app.v2.css, evitan tener que invalidar.</translation>
    </message>
    <message>
        <source>The edges drop thousands of objects.</source>
        <extracomment>zero-to-millions, step 34, checkpoint cdn.invalidated &gt; 3000</extracomment>
        <translation>Los servidores de borde descartan miles de objetos.</translation>
    </message>
    <message>
        <source>Every dropped file is fetched from the origin again.</source>
        <extracomment>zero-to-millions, step 34, checkpoint cdn.misses &gt; 5500</extracomment>
        <translation>Cada archivo descartado se vuelve a traer del origen.</translation>
    </message>
    <message>
        <source>Millions</source>
        <extracomment>zero-to-millions, step 36, title</extracomment>
        <translation>Millones</translation>
    </message>
    <message>
        <source>&lt;p&gt;Put together, the pieces scale. A balancer spreads &lt;b&gt;20,000 requests a second&lt;/b&gt; over 20 stateless web servers, about 1,000 each: over a million requests a minute, none dropped. To grow further: more servers behind the balancer, replicas behind the database, a cache and a CDN in front.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 36, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Juntas, las piezas escalan. Un balanceador reparte &lt;b&gt;20.000 peticiones por segundo&lt;/b&gt; entre 20 servidores web sin estado, unas 1.000 cada uno: más de un millón de peticiones por minuto, ninguna descartada. Para crecer más: más servidores detrás del balanceador, réplicas detrás de la base de datos, y una caché y una CDN delante.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Over half a million requests answered in 30 s.</source>
        <extracomment>zero-to-millions, step 36, checkpoint requests.ok &gt; 550000</extracomment>
        <translation>Más de medio millón de peticiones respondidas en 30 s.</translation>
    </message>
    <message>
        <source>None dropped.</source>
        <extracomment>zero-to-millions, step 36, checkpoint requests.dropped == 0</extracomment>
        <translation>Ninguna descartada.</translation>
    </message>
    <message>
        <source>&lt;p&gt;What if a write updates the database but leaves the cache alone? Then a cached value stays old until it expires, here after 30 s, and every read of that key gets the old value in the meantime. Here writes are spread over many keys while reads favour a few popular ones, as on most sites; still, the popular keys change now and then.&lt;/p&gt;</source>
        <extracomment>caching, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;¿Y si una escritura actualiza la base de datos pero deja la caché como está? Entonces un valor en caché sigue siendo el antiguo hasta que caduca, aquí a los 30 s, y mientras tanto cada lectura de esa clave obtiene el valor antiguo. Aquí las escrituras se reparten entre muchas claves, mientras que las lecturas se concentran en unas pocas populares, como en la mayoría de los sitios; aun así, las claves populares cambian de vez en cuando.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A CDN charges for the bytes it sends and per request. Here the files are on a &lt;b&gt;custom origin&lt;/b&gt;, outside the CDN&apos;s cloud, whose host also bills every byte it sends to an edge (a fill), at the $0.09/GB it charges for sending to users. Users ask for any of 5 million files at random: almost every request is for a file no edge has.&lt;/p&gt;</source>
        <extracomment>cdn, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Una CDN cobra por los bytes que envía y por petición. Aquí los archivos están en un &lt;b&gt;origen personalizado&lt;/b&gt; (custom origin), fuera de la nube de la CDN, cuyo proveedor también factura cada byte que envía a un servidor de borde (una carga, o fill), a los mismos 0,09 $/GB que cobra por enviar a los usuarios. Los usuarios piden al azar cualquiera de 5 millones de archivos: casi todas las peticiones son de un archivo que no tiene ningún servidor de borde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A CDN can also cache pages built for each request, if it knows what makes one page different from another: the path, the query string, cookies, request headers such as the user&apos;s language. Here the edges put each user&apos;s session cookie and language in the &lt;b&gt;cache key&lt;/b&gt;, so every user gets a private copy of each file.&lt;/p&gt;</source>
        <extracomment>cdn, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Una CDN también puede guardar en caché páginas generadas para cada petición, si sabe qué hace que una página sea distinta de otra: la ruta, la cadena de consulta, las cookies, cabeceras de la petición como el idioma del usuario. Aquí los servidores de borde meten en la &lt;b&gt;clave de caché&lt;/b&gt; la cookie de sesión y el idioma de cada usuario, así que cada usuario recibe una copia privada de cada archivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The offload falls to 0.08: a copy made for one user is useless to the next. Without the cookie and the language in the key the same edges reach 0.98. Put in the key only what really changes the answer.</source>
        <extracomment>cdn, step 6, answer explanation</extracomment>
        <translation>La descarga del origen baja a 0,08: una copia hecha para un usuario no le sirve al siguiente. Sin la cookie ni el idioma en la clave, los mismos servidores de borde llegan a 0,98. Mete en la clave solo lo que de verdad cambia la respuesta.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Another way: the primary does not answer &quot;done&quot; until at least one replica has the write in its relay log. Then no write is acknowledged that only the primary knows about. Each write waits for a round trip to a replica and the ship delay. But having a write is not applying it: these replicas apply a write 50 ms after it reaches their relay log, and answer reads with the old value until then.&lt;/p&gt;</source>
        <extracomment>failover, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Otra forma: el primario no responde «hecho» hasta que al menos una réplica tiene la escritura en su registro de retransmisión (relay log). Así no se confirma ninguna escritura que solo conozca el primario. Cada escritura espera un viaje de ida y vuelta a una réplica y el retardo de envío. Pero tener una escritura no es aplicarla: estas réplicas aplican una escritura 50 ms después de que llegue a su relay log, y hasta entonces responden a las lecturas con el valor antiguo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Semi-sync protects acknowledged writes, not freshness: replicas still serve old values until they apply a write.</source>
        <extracomment>failover, step 5, checkpoint replication.stale_reads &gt; 500</extracomment>
        <translation>La replicación semisíncrona protege las escrituras confirmadas, no la frescura de los datos: las réplicas siguen sirviendo valores antiguos hasta que aplican una escritura.</translation>
    </message>
    <message>
        <source>dbC gets them from dbA once the ring closes</source>
        <extracomment>multi-master-and-rings, step 4, choice 1</extracomment>
        <translation>dbC las recibe de dbA en cuanto se cierra el anillo</translation>
    </message>
    <message>
        <source>Writes held up at the dead node reach dbC once the ring closes.</source>
        <extracomment>multi-master-and-rings, step 4, checkpoint replication.stranded_writes &gt; 0</extracomment>
        <translation>Las escrituras retenidas en el nodo caído llegan a dbC en cuanto se cierra el anillo.</translation>
    </message>
    <message>
        <source>No write is lost: dbB had sent on every write it committed.</source>
        <extracomment>multi-master-and-rings, step 4, checkpoint replication.ring_lost_writes == 0</extracomment>
        <translation>No se pierde ninguna escritura: dbB había reenviado todas las escrituras que confirmó.</translation>
    </message>
    <message>
        <source>While the ring was open, dbC fell about 3 s behind dbA.</source>
        <extracomment>multi-master-and-rings, step 4, checkpoint replication.max_lag_ms &gt; 2000</extracomment>
        <translation>Mientras el anillo estuvo abierto, dbC se quedó unos 3 s por detrás de dbA.</translation>
    </message>
    <message>
        <source>Writes the dead node had not passed on waited for the ring to close...</source>
        <extracomment>zero-to-millions, step 22, checkpoint replication.stranded_writes &gt; 0</extracomment>
        <translation>Las escrituras que el nodo caído no había pasado esperaron a que se cerrara el anillo...</translation>
    </message>
    <message>
        <source>...and then reached dbC: none was lost.</source>
        <extracomment>zero-to-millions, step 22, checkpoint replication.ring_lost_writes == 0</extracomment>
        <translation>...y luego llegaron a dbC: no se perdió ninguna.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A CDN bills for every byte it sends and per request; an origin outside the CDN&apos;s cloud (a &lt;b&gt;custom origin&lt;/b&gt;, as here) also bills every fill it sends to an edge. That pays off for files asked for again and again. Here users ask for 5 million different files, almost none twice, so nearly every request is a miss.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 32, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Una CDN factura cada byte que envía y cada petición; un origen fuera de la nube de la CDN (un &lt;b&gt;origen personalizado&lt;/b&gt; o custom origin, como aquí) también factura cada carga que envía a un servidor de borde. Eso compensa con archivos que se piden una y otra vez. Aquí los usuarios piden 5 millones de archivos distintos, casi ninguno dos veces, así que casi todas las peticiones son fallos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Files that cross the ocean take over 200 ms.</source>
        <extracomment>zero-to-millions, step 30, checkpoint latency_ms.p95 &gt; 200</extracomment>
        <translation>Los archivos que cruzan el océano tardan más de 200 ms.</translation>
    </message>
    <message>
        <source>A cache beside the database (cache-aside): its hit ratio, how long entries should live, keeping it consistent with the database, which entries to evict, and what happens when it fails.</source>
        <extracomment>caching, lesson summary</extracomment>
        <translation>Una caché junto a la base de datos (cache-aside): su tasa de aciertos, cuánto deben vivir las entradas, cómo mantenerla coherente con la base de datos, qué entradas expulsar y qué pasa cuando falla.</translation>
    </message>
    <message>
        <source>A cache beside the database</source>
        <extracomment>caching, step 1, title</extracomment>
        <translation>Una caché junto a la base de datos</translation>
    </message>
    <message>
        <source>The sessions live in the store, not in web2, so none is lost. Some requests still fail: those web2 was serving when it died, and those the balancer goes on sending it until the health checks take it out of the pool.</source>
        <extracomment>zero-to-millions, step 14, answer explanation</extracomment>
        <translation>Las sesiones viven en el almacén, no en web2, así que no se pierde ninguna. Algunas peticiones siguen fallando: las que web2 estaba atendiendo cuando se cayó y las que el balanceador le sigue enviando hasta que las comprobaciones de salud lo sacan del grupo.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In production the promotion is more careful. Before db2 takes over, a recovery script reads the dead primary&apos;s &lt;b&gt;binary log&lt;/b&gt;, the record of every write it committed, and replays the missing writes on db2. It takes 2 s more. It works only because db1 crashed but its disk survived: if the machine or its disk is gone, so is its binary log, and the missing writes with it.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 20, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;En producción la promoción es más cuidadosa. Antes de que db2 tome el relevo, un script de recuperación lee el &lt;b&gt;registro binario&lt;/b&gt; (binlog) del primario caído, donde consta cada escritura que confirmó, y vuelve a aplicar en db2 las escrituras que faltan. Tarda 2 s más. Solo funciona porque db1 se cayó pero su disco sobrevivió: si se pierde la máquina o su disco, se pierde también su registro binario, y con él las escrituras que faltan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;For each read, the web server asks &lt;b&gt;cache1&lt;/b&gt; first. A &lt;b&gt;hit&lt;/b&gt; answers from memory; a &lt;b&gt;miss&lt;/b&gt; reads &lt;b&gt;db1&lt;/b&gt; and the web server stores the answer in the cache: &lt;b&gt;cache-aside&lt;/b&gt;, what the chapter calls a read-through cache (in a strict read-through cache the cache loads the database itself). The share of reads that are hits is the &lt;b&gt;hit ratio&lt;/b&gt;. A write updates db1 and deletes the key from the cache, so the next read fetches the new value. The cache holds 1,000 of the 10,000 keys.&lt;/p&gt;</source>
        <extracomment>caching, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;En cada lectura, el servidor web pregunta primero a &lt;b&gt;cache1&lt;/b&gt;. Un &lt;b&gt;acierto&lt;/b&gt; responde desde la memoria; un &lt;b&gt;fallo&lt;/b&gt; lee &lt;b&gt;db1&lt;/b&gt; y el servidor web guarda la respuesta en la caché: es &lt;b&gt;cache-aside&lt;/b&gt;, lo que el capítulo llama una caché de lectura o read-through (en una caché read-through estricta es la propia caché la que carga los datos de la base de datos). La parte de las lecturas que son aciertos es la &lt;b&gt;tasa de aciertos&lt;/b&gt;. Una escritura actualiza db1 y borra la clave de la caché, así que la siguiente lectura obtiene el valor nuevo. La caché guarda 1.000 de las 10.000 claves.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Without the cache db1 answered about 30,000 requests in 30 s. About how many does it answer now?</source>
        <extracomment>caching, step 1, question</extracomment>
        <translation>Sin la caché, db1 respondió unas 30.000 peticiones en 30 s. ¿Más o menos cuántas responde ahora?</translation>
    </message>
    <message>
        <source>requests</source>
        <extracomment>caching, step 1, unit of the predicted number</extracomment>
        <translation>peticiones</translation>
    </message>
    <message>
        <source>About 59 % of the reads hit (a hit ratio of 0.59), far more than the tenth of the keys the cache holds, because a few keys are read far more than the rest. So db1 answered about 14,000 requests: the writes and the misses. Users win too: the median answer falls from 37 ms to 28.5 ms.</source>
        <extracomment>caching, step 1, answer explanation</extracomment>
        <translation>Alrededor del 59 % de las lecturas son aciertos (una tasa de aciertos de 0,59), mucho más que la décima parte de las claves que guarda la caché, porque unas pocas claves se leen mucho más que el resto. Así que db1 respondió unas 14.000 peticiones: las escrituras y los fallos. Los usuarios también ganan: la respuesta mediana baja de 37 ms a 28,5 ms.</translation>
    </message>
    <message>
        <source>A TTL of 2 seconds</source>
        <extracomment>caching, step 2, title</extracomment>
        <translation>Un TTL de 2 segundos</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each entry expires after its &lt;b&gt;time to live&lt;/b&gt; (&lt;b&gt;TTL&lt;/b&gt;), so that old data does not stay for ever; the next read of an expired key is a miss. Here the TTL drops from 60 s to 2 s.&lt;/p&gt;</source>
        <extracomment>caching, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Cada entrada caduca cuando se acaba su &lt;b&gt;tiempo de vida&lt;/b&gt; (&lt;b&gt;TTL&lt;/b&gt;), para que los datos antiguos no se queden para siempre; la siguiente lectura de una clave caducada es un fallo. Aquí el TTL baja de 60 s a 2 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The hit ratio was 0.59 with a TTL of 60 s. What is it with 2 s?</source>
        <extracomment>caching, step 2, question</extracomment>
        <translation>La tasa de aciertos era de 0,59 con un TTL de 60 s. ¿Cuál es con 2 s?</translation>
    </message>
    <message>
        <source>It rises: fresher entries are hit more often</source>
        <extracomment>caching, step 2, choice 1</extracomment>
        <translation>Sube: las entradas más frescas reciben aciertos más a menudo</translation>
    </message>
    <message>
        <source>It collapses, below 0.1</source>
        <extracomment>caching, step 2, choice 2</extracomment>
        <translation>Se desploma, por debajo de 0,1</translation>
    </message>
    <message>
        <source>It falls a little, to about 0.53</source>
        <extracomment>caching, step 2, choice 3</extracomment>
        <translation>Baja un poco, hasta unos 0,53</translation>
    </message>
    <message>
        <source>It stays the same: a TTL only decides how fresh hits are</source>
        <extracomment>caching, step 2, choice 4</extracomment>
        <translation>Se queda igual: un TTL solo decide lo frescos que son los aciertos</translation>
    </message>
    <message>
        <source>Expiry never adds a hit; it only turns some later reads into misses.</source>
        <extracomment>caching, step 2, feedback on choice 1</extracomment>
        <translation>La caducidad nunca añade un acierto; solo convierte algunas lecturas posteriores en fallos.</translation>
    </message>
    <message>
        <source>Popular keys are read many times a second, so they are fetched again long before 2 s run out.</source>
        <extracomment>caching, step 2, feedback on choice 2</extracomment>
        <translation>Las claves populares se leen muchas veces por segundo, así que se vuelven a leer mucho antes de que pasen los 2 s.</translation>
    </message>
    <message>
        <source>Right: popular keys are read again within 2 s anyway; the less popular ones expire before their next read.</source>
        <extracomment>caching, step 2, feedback on choice 3</extracomment>
        <translation>Correcto: las claves populares se vuelven a leer antes de 2 s de todos modos; las menos populares caducan antes de su siguiente lectura.</translation>
    </message>
    <message>
        <source>An expired entry is gone: the next read of it is a miss and goes to the database.</source>
        <extracomment>caching, step 2, feedback on choice 4</extracomment>
        <translation>Una entrada caducada ya no está: la siguiente lectura de esa clave es un fallo y va a la base de datos.</translation>
    </message>
    <message>
        <source>About 10,000 entries expired before they were read again: the hit ratio fell from 0.59 to 0.53, and db1 answered about 1,700 more requests. Too short a TTL sends reads back to the database; too long keeps old values in the cache.</source>
        <extracomment>caching, step 2, answer explanation</extracomment>
        <translation>Unas 10.000 entradas caducaron antes de volver a leerse: la tasa de aciertos bajó de 0,59 a 0,53, y db1 respondió unas 1.700 peticiones más. Un TTL demasiado corto devuelve las lecturas a la base de datos; uno demasiado largo mantiene valores antiguos en la caché.</translation>
    </message>
    <message>
        <source>Explore: the TTL and the hit ratio</source>
        <extracomment>caching, step 3, title</extracomment>
        <translation>Explora: el TTL y la tasa de aciertos</translation>
    </message>
    <message>
        <source>&lt;p&gt;Slide the TTL of &lt;b&gt;cache1&lt;/b&gt; from 1 s to 30 s, and watch the &lt;b&gt;hit ratio&lt;/b&gt;: the share of reads the cache answers from memory. Before you move it, predict: does a TTL ten times longer give ten times fewer misses?&lt;/p&gt;&lt;p&gt;Look for the point where the curve flattens. A popular key is read again long before it expires; a rare key is pushed out by newer ones (the cache holds 1,000 of the 10,000 keys) before its TTL matters. Past that point a longer TTL buys almost no hits, only older data.&lt;/p&gt;</source>
        <extracomment>caching, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Desliza el TTL de &lt;b&gt;cache1&lt;/b&gt; de 1 s a 30 s y observa la &lt;b&gt;tasa de aciertos&lt;/b&gt;: la parte de las lecturas que la caché responde desde la memoria. Antes de moverlo, haz una predicción: ¿un TTL diez veces más largo da diez veces menos fallos?&lt;/p&gt;&lt;p&gt;Busca el punto en el que la curva se aplana. Una clave popular se vuelve a leer mucho antes de caducar; una clave poco pedida queda desplazada por otras más nuevas (la caché guarda 1.000 de las 10.000 claves) antes de que su TTL llegue a importar. Pasado ese punto, un TTL más largo casi no aporta aciertos, solo datos más antiguos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>TTL of cache1 (s)</source>
        <extracomment>caching, step 3, explore: the slider&apos;s label</extracomment>
        <translation>TTL de cache1 (s)</translation>
    </message>
    <message>
        <source>Hit ratio in 30 s</source>
        <extracomment>caching, step 3, explore: the plotted figure&apos;s label</extracomment>
        <translation>Tasa de aciertos en 30 s</translation>
    </message>
    <message>
        <source>Yes: it falls, because old entries are useless</source>
        <extracomment>caching, step 4, choice 1</extracomment>
        <translation>Sí: baja, porque las entradas antiguas no sirven</translation>
    </message>
    <message>
        <source>There are no hits any more: writes bypass the cache</source>
        <extracomment>caching, step 4, choice 2</extracomment>
        <translation>Ya no hay aciertos: las escrituras se saltan la caché</translation>
    </message>
    <message>
        <source>No: it is as high as ever, while many hits are wrong</source>
        <extracomment>caching, step 4, choice 3</extracomment>
        <translation>No: está tan alta como siempre, mientras muchos aciertos son erróneos</translation>
    </message>
    <message>
        <source>Yes: the database gets more work</source>
        <extracomment>caching, step 4, choice 4</extracomment>
        <translation>Sí: la base de datos recibe más trabajo</translation>
    </message>
    <message>
        <source>The cache cannot tell an old value from a new one: an old entry still answers, and counts as a hit.</source>
        <extracomment>caching, step 4, feedback on choice 1</extracomment>
        <translation>La caché no distingue un valor antiguo de uno nuevo: una entrada antigua sigue respondiendo y cuenta como acierto.</translation>
    </message>
    <message>
        <source>Writes skip the cache, reads do not: every read still asks the cache first.</source>
        <extracomment>caching, step 4, feedback on choice 2</extracomment>
        <translation>Las escrituras se saltan la caché, las lecturas no: cada lectura sigue preguntando primero a la caché.</translation>
    </message>
    <message>
        <source>Right: nothing deletes entries, so the hit ratio is higher than with invalidation; it measures speed, not correctness.</source>
        <extracomment>caching, step 4, feedback on choice 3</extracomment>
        <translation>Correcto: nada borra entradas, así que la tasa de aciertos es más alta que con invalidación; mide la velocidad, no la corrección.</translation>
    </message>
    <message>
        <source>Without invalidation fewer entries are deleted, so fewer reads miss: the database gets less work, not more.</source>
        <extracomment>caching, step 4, feedback on choice 4</extracomment>
        <translation>Sin invalidación se borran menos entradas, así que fallan menos lecturas: la base de datos recibe menos trabajo, no más.</translation>
    </message>
    <message>
        <source>The hit ratio is about 0.66, a little higher than the 0.65 this site gets with invalidation, since nothing deletes entries; but about 7,200 of 18,000 hits returned an old value (5,400 to 9,700 over seeds 1 to 50). A fast cache that returns wrong answers is worse than no cache.</source>
        <extracomment>caching, step 4, answer explanation</extracomment>
        <translation>La tasa de aciertos es de unos 0,66, algo más alta que los 0,65 que consigue este sitio con invalidación, porque nada borra entradas; pero unos 7.200 de 18.000 aciertos devolvieron un valor antiguo (entre 5.400 y 9.700 con las semillas 1 a 50). Una caché rápida que devuelve respuestas erróneas es peor que no tener caché.</translation>
    </message>
    <message>
        <source>Explore: the TTL and stale hits</source>
        <extracomment>caching, step 5, title</extracomment>
        <translation>Explora: el TTL y los aciertos obsoletos</translation>
    </message>
    <message>
        <source>&lt;p&gt;Without invalidation, only the TTL ends the life of an old value. Slide it from 1 s to 30 s and watch the &lt;b&gt;stale hits&lt;/b&gt;: reads the cache answered with a value older than the one in the database.&lt;/p&gt;&lt;p&gt;Ask the class: which TTL would you choose for the price of an item in a shop, and which for the list of countries in a form? A long TTL is right only for data that rarely changes, or where an old value does no harm. The band around the curve is wide: how many stale hits a run shows depends on which popular keys happen to be written while they are cached.&lt;/p&gt;</source>
        <extracomment>caching, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Sin invalidación, solo el TTL pone fin a la vida de un valor antiguo. Deslízalo de 1 s a 30 s y observa los &lt;b&gt;aciertos obsoletos&lt;/b&gt;: lecturas que la caché respondió con un valor más antiguo que el de la base de datos.&lt;/p&gt;&lt;p&gt;Pregunta a la clase qué TTL elegiría para el precio de un artículo en una tienda y cuál para la lista de países de un formulario. Un TTL largo solo es adecuado para datos que cambian poco, o cuando un valor antiguo no hace daño. La banda alrededor de la curva es ancha: cuántos aciertos obsoletos muestra una ejecución depende de qué claves populares se escriban justo mientras están en la caché.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stale hits in 30 s</source>
        <extracomment>caching, step 5, explore: the plotted figure&apos;s label</extracomment>
        <translation>Aciertos obsoletos en 30 s</translation>
    </message>
    <message>
        <source>&lt;p&gt;Same cache, same traffic, but &lt;b&gt;FIFO&lt;/b&gt;: when the cache is full, the entry that came in first goes out first.&lt;/p&gt;</source>
        <extracomment>caching, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;La misma caché, el mismo tráfico, pero con &lt;b&gt;FIFO&lt;/b&gt;: cuando la caché está llena, la entrada que entró primero es la primera en salir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LFU reached a hit ratio of about 0.44. What does FIFO reach?</source>
        <extracomment>caching, step 7, question</extracomment>
        <translation>LFU alcanzó una tasa de aciertos de unos 0,44. ¿Qué alcanza FIFO?</translation>
    </message>
    <message>
        <source>Higher: FIFO keeps the newest entries, the ones being read</source>
        <extracomment>caching, step 7, choice 1</extracomment>
        <translation>Más alta: FIFO conserva las entradas más nuevas, las que se están leyendo</translation>
    </message>
    <message>
        <source>Lower, about 0.38</source>
        <extracomment>caching, step 7, choice 2</extracomment>
        <translation>Más baja, unos 0,38</translation>
    </message>
    <message>
        <source>About the same: the cache&apos;s size decides, not the policy</source>
        <extracomment>caching, step 7, choice 3</extracomment>
        <translation>Más o menos igual: decide el tamaño de la caché, no la política</translation>
    </message>
    <message>
        <source>Far lower, under 0.1</source>
        <extracomment>caching, step 7, choice 4</extracomment>
        <translation>Mucho más baja, por debajo de 0,1</translation>
    </message>
    <message>
        <source>New entries are often one-off reads; FIFO keeps them and throws out a popular key just because it came in early.</source>
        <extracomment>caching, step 7, feedback on choice 1</extracomment>
        <translation>Las entradas nuevas suelen ser lecturas aisladas; FIFO las conserva y tira una clave popular solo porque entró pronto.</translation>
    </message>
    <message>
        <source>Right: FIFO throws popular keys out on schedule, and they must be read from the database again.</source>
        <extracomment>caching, step 7, feedback on choice 2</extracomment>
        <translation>Correcto: FIFO tira las claves populares cuando les toca, y hay que volver a leerlas de la base de datos.</translation>
    </message>
    <message>
        <source>Size matters, but with 200 slots for 10,000 keys, which entries stay matters as much.</source>
        <extracomment>caching, step 7, feedback on choice 3</extracomment>
        <translation>El tamaño importa, pero con 200 huecos para 10.000 claves, qué entradas se quedan importa lo mismo.</translation>
    </message>
    <message>
        <source>A popular key evicted by FIFO is read again and cached again quickly, so FIFO still answers many reads.</source>
        <extracomment>caching, step 7, feedback on choice 4</extracomment>
        <translation>Una clave popular que FIFO expulsa se vuelve a leer y a guardar en la caché enseguida, así que FIFO sigue respondiendo muchas lecturas.</translation>
    </message>
    <message>
        <source>The hit ratio falls from 0.44 to 0.38 and db1 answers about 1,600 more requests: even the most asked-for key is thrown out regularly. LRU lands in between, at 0.41.</source>
        <extracomment>caching, step 7, answer explanation</extracomment>
        <translation>La tasa de aciertos baja de 0,44 a 0,38 y db1 responde unas 1.600 peticiones más: hasta la clave más pedida se tira con regularidad. LRU queda en medio, en 0,41.</translation>
    </message>
    <message>
        <source>Explore: how big a cache?</source>
        <extracomment>caching, step 8, title</extracomment>
        <translation>Explora: ¿qué tamaño de caché?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Memory is expensive, so how many keys should the cache hold? Slide the &lt;b&gt;capacity&lt;/b&gt; of cache1 from 50 to 5,000 of the 10,000 keys. Before you do, predict: does a cache twice as big answer twice as many reads?&lt;/p&gt;&lt;p&gt;Look at the first steps of the curve. A few popular keys get most of the reads, so a small cache already answers a good share of them; each further thousand keys adds fewer hits, because the keys it adds are read less and less often.&lt;/p&gt;</source>
        <extracomment>caching, step 8, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;La memoria es cara, así que ¿cuántas claves debería guardar la caché? Desliza la &lt;b&gt;capacidad&lt;/b&gt; de cache1 de 50 a 5.000 de las 10.000 claves. Antes de hacerlo, haz una predicción: ¿una caché el doble de grande responde el doble de lecturas?&lt;/p&gt;&lt;p&gt;Fíjate en los primeros tramos de la curva. Unas pocas claves populares reciben la mayoría de las lecturas, así que una caché pequeña ya responde una buena parte de ellas; cada millar de claves más añade menos aciertos, porque las claves que se añaden se leen cada vez con menos frecuencia.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Capacity of cache1 (keys)</source>
        <extracomment>caching, step 8, explore: the slider&apos;s label</extracomment>
        <translation>Capacidad de cache1 (claves)</translation>
    </message>
    <message>
        <source>The cache dies</source>
        <extracomment>caching, step 9, title</extracomment>
        <translation>La caché se cae</translation>
    </message>
    <message>
        <source>Much slower answers, and some requests dropped</source>
        <extracomment>caching, step 9, choice 1</extracomment>
        <translation>Respuestas mucho más lentas y algunas peticiones descartadas</translation>
    </message>
    <message>
        <source>Nothing: the database has all the data</source>
        <extracomment>caching, step 9, choice 2</extracomment>
        <translation>Nada: la base de datos tiene todos los datos</translation>
    </message>
    <message>
        <source>Errors on every read until the cache is back</source>
        <extracomment>caching, step 9, choice 3</extracomment>
        <translation>Errores en cada lectura hasta que vuelva la caché</translation>
    </message>
    <message>
        <source>Slightly slower answers, a few ms more per read</source>
        <extracomment>caching, step 9, choice 4</extracomment>
        <translation>Respuestas algo más lentas, unos pocos ms más por lectura</translation>
    </message>
    <message>
        <source>Right: every read now lands on a database sized for the misses only.</source>
        <extracomment>caching, step 9, feedback on choice 1</extracomment>
        <translation>Correcto: ahora todas las lecturas llegan a una base de datos dimensionada solo para los fallos.</translation>
    </message>
    <message>
        <source>It has the data but not the capacity: its 8 workers were sized for the misses only.</source>
        <extracomment>caching, step 9, feedback on choice 2</extracomment>
        <translation>Tiene los datos, pero no la capacidad: sus 8 workers se dimensionaron solo para los fallos.</translation>
    </message>
    <message>
        <source>A dead cache is a miss for every read: the web servers read the database instead.</source>
        <extracomment>caching, step 9, feedback on choice 3</extracomment>
        <translation>Una caché caída es un fallo en cada lectura: los servidores web leen de la base de datos en su lugar.</translation>
    </message>
    <message>
        <source>That would be so if db1 had room; here its queue fills and requests wait hundreds of ms.</source>
        <extracomment>caching, step 9, feedback on choice 4</extracomment>
        <translation>Así sería si db1 tuviera margen; aquí su cola se llena y las peticiones esperan cientos de ms.</translation>
    </message>
    <message>
        <source>Every read now goes to db1. It answers about 15,000 requests in 15 s, all that 8 workers can, while more arrive: its queue fills, the 95th percentile (p95: 95 % of requests are faster) rises from 39 ms to about 420 ms and about 850 to 1,400 requests are dropped. Several cache servers, or a standby gutter pool, protect the database.</source>
        <extracomment>caching, step 9, answer explanation</extracomment>
        <translation>Ahora todas las lecturas van a db1. Responde unas 15.000 peticiones en 15 s, todo lo que dan de sí 8 workers, mientras siguen llegando más: su cola se llena, el percentil 95 (p95: el 95 % de las peticiones son más rápidas) sube de 39 ms a unos 420 ms y se descartan entre unas 850 y 1.400 peticiones. Varios servidores de caché, o un grupo de respaldo (gutter pool) de reserva, protegen la base de datos.</translation>
    </message>
    <message>
        <source>Challenge: survive the cache dying</source>
        <extracomment>caching, step 10, title</extracomment>
        <translation>Reto: sobrevivir a la caída de la caché</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your turn. The same database, with its 8 workers, and the same 1,100 requests a second. This time &lt;b&gt;cache1&lt;/b&gt; dies at 5 s and does not come back. Change the design so that users hardly notice.&lt;/p&gt;</source>
        <extracomment>caching, step 10, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Te toca. La misma base de datos, con sus 8 workers, y las mismas 1.100 peticiones por segundo. Esta vez &lt;b&gt;cache1&lt;/b&gt; se cae a los 5 s y no vuelve. Cambia el diseño para que los usuarios apenas lo noten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 1,100 requests a second, with cache1 dead from 5 s: keep the 95th percentile under &lt;b&gt;100 ms&lt;/b&gt; and drop &lt;b&gt;no request&lt;/b&gt;, with at most &lt;b&gt;3 cache servers&lt;/b&gt;. The database stays as it is.&lt;/p&gt;</source>
        <extracomment>caching, step 10, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A 1.100 peticiones por segundo, con cache1 caída desde los 5 s: mantén el percentil 95 por debajo de &lt;b&gt;100 ms&lt;/b&gt; y no descartes &lt;b&gt;ninguna petición&lt;/b&gt;, con &lt;b&gt;3 servidores de caché&lt;/b&gt; como máximo. La base de datos se queda como está.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The 95th percentile stays under 100 ms.</source>
        <extracomment>caching, step 10, challenge goal latency_ms.p95 &lt; 100</extracomment>
        <translation>El percentil 95 se mantiene por debajo de 100 ms.</translation>
    </message>
    <message>
        <source>No request is dropped.</source>
        <extracomment>caching, step 10, challenge goal requests.dropped == 0</extracomment>
        <translation>No se descarta ninguna petición.</translation>
    </message>
    <message>
        <source>With a single cache, every key it held lands on the database at once. How could the death of one cache server cost only some of the keys?</source>
        <extracomment>caching, step 10, challenge hint 1</extracomment>
        <translation>Con una sola caché, todas las claves que guardaba caen a la vez sobre la base de datos. ¿Cómo podría la caída de un servidor de caché costar solo una parte de las claves?</translation>
    </message>
    <message>
        <source>Several caches linked to the same web servers share the keys between them: each holds its part, and a dead one loses only its part.</source>
        <extracomment>caching, step 10, challenge hint 2</extracomment>
        <translation>Varias cachés enlazadas a los mismos servidores web se reparten las claves: cada una guarda su parte, y una caché caída solo pierde la suya.</translation>
    </message>
    <message>
        <source>Add two caches like cache1 (1,000 keys, TTL 60 s) and link each one from web1 and from web2.</source>
        <extracomment>caching, step 10, challenge hint 3</extracomment>
        <translation>Añade dos cachés como cache1 (1.000 claves, TTL de 60 s) y enlaza cada una desde web1 y desde web2.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Static files come from &lt;b&gt;assets&lt;/b&gt;, a storage bucket in the US: the &lt;b&gt;origin&lt;/b&gt;, where the original files live. Users in Europe and the US each ask their nearest &lt;b&gt;edge&lt;/b&gt;. On a miss the edge fetches the file from the origin and keeps it for a day, its &lt;b&gt;TTL&lt;/b&gt; (time to live); the next user who asks gets it from the edge.&lt;/p&gt;</source>
        <extracomment>cdn, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Los archivos estáticos vienen de &lt;b&gt;assets&lt;/b&gt;, un bucket de almacenamiento en EE. UU.: el &lt;b&gt;origen&lt;/b&gt;, donde están los archivos originales. Los usuarios de Europa y de EE. UU. piden cada uno a su &lt;b&gt;servidor de borde&lt;/b&gt; (edge) más cercano. En un fallo, el servidor de borde trae el archivo del origen y lo guarda durante un día, su &lt;b&gt;TTL&lt;/b&gt; (tiempo de vida); el siguiente usuario que lo pide lo recibe del servidor de borde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Straight from the origin, a European user waited about 230 ms for each file. With the edges, what is the median time (half of the files come faster)?</source>
        <extracomment>cdn, step 1, question</extracomment>
        <translation>Directamente desde el origen, un usuario europeo esperaba unos 230 ms por archivo. Con los servidores de borde, ¿cuál es el tiempo mediano (la mitad de los archivos llegan más rápido)?</translation>
    </message>
    <message>
        <source>About 2 ms</source>
        <extracomment>cdn, step 1, choice 4</extracomment>
        <translation>Unos 2 ms</translation>
    </message>
    <message>
        <source>That would be so if most requests missed; popular files are hits on the nearby edge.</source>
        <extracomment>cdn, step 1, feedback on choice 1</extracomment>
        <translation>Así sería si la mayoría de las peticiones fueran fallos; los archivos populares son aciertos en el servidor de borde cercano.</translation>
    </message>
    <message>
        <source>More than half of the files are hits, so the median file is a hit, not a mix of hits and misses.</source>
        <extracomment>cdn, step 1, feedback on choice 2</extracomment>
        <translation>Más de la mitad de los archivos son aciertos, así que el archivo mediano es un acierto, no una mezcla de aciertos y fallos.</translation>
    </message>
    <message>
        <source>Right: the median request is a hit on an edge a short hop away.</source>
        <extracomment>cdn, step 1, feedback on choice 3</extracomment>
        <translation>Correcto: la petición mediana es un acierto en un servidor de borde a un salto corto.</translation>
    </message>
    <message>
        <source>Even a hit crosses the network to the edge and back: about 20 ms here.</source>
        <extracomment>cdn, step 1, feedback on choice 4</extracomment>
        <translation>Incluso un acierto cruza la red hasta el servidor de borde y vuelve: aquí unos 20 ms.</translation>
    </message>
    <message>
        <source>Most files are hits on a nearby edge: the median takes 21 ms. The edges sent 86 % of the bytes, an offload of 0.86 (the share of bytes the edges send instead of the origin), and the origin answered about 3,400 requests instead of 30,000.</source>
        <extracomment>cdn, step 1, answer explanation</extracomment>
        <translation>La mayoría de los archivos son aciertos en un servidor de borde cercano: la mediana tarda 21 ms. Los servidores de borde enviaron el 86 % de los bytes, una descarga del origen de 0,86 (la parte de los bytes que envían los servidores de borde en lugar del origen), y el origen respondió unas 3.400 peticiones en lugar de 30.000.</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s &lt;b&gt;edge-eu&lt;/b&gt; dies, and comes back at 40 s, empty. A European client that gets no answer from its edge within 3 s stops waiting for it.&lt;/p&gt;</source>
        <extracomment>cdn, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A los 20 s &lt;b&gt;edge-eu&lt;/b&gt; se cae, y vuelve a los 40 s, vacío. Un cliente europeo que no recibe respuesta de su servidor de borde en 3 s deja de esperarla.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All European requests, until the edge is back</source>
        <extracomment>cdn, step 2, choice 1</extracomment>
        <translation>Todas las peticiones europeas, hasta que vuelva el servidor de borde</translation>
    </message>
    <message>
        <source>Only the requests that hit the 3 s timeout</source>
        <extracomment>cdn, step 2, choice 2</extracomment>
        <translation>Solo las peticiones que agotan el tiempo de espera de 3 s</translation>
    </message>
    <message>
        <source>Clients are not tied to their edge: after the timeout they fetch from the origin.</source>
        <extracomment>cdn, step 2, feedback on choice 1</extracomment>
        <translation>Los clientes no están atados a su servidor de borde: tras agotar el tiempo de espera, traen los archivos del origen.</translation>
    </message>
    <message>
        <source>Those wait, but they do not fail: the client asks the origin next.</source>
        <extracomment>cdn, step 2, feedback on choice 2</extracomment>
        <translation>Esas esperan, pero no fallan: el cliente pregunta después al origen.</translation>
    </message>
    <message>
        <source>Right: after the timeout each client fetches from the origin itself, slower but working.</source>
        <extracomment>cdn, step 2, feedback on choice 3</extracomment>
        <translation>Correcto: tras agotar el tiempo de espera, cada cliente trae él mismo los archivos del origen, más despacio pero funcionando.</translation>
    </message>
    <message>
        <source>None fail: about 1,500 requests waited out the 3 s timeout and then fetched from the origin, and for 30 s after that the clients went straight to the origin. The cost is speed, the slowest 1 % took 3.2 s, and the origin sent 3.8 GB instead of 0.8 GB in the minute.</source>
        <extracomment>cdn, step 2, answer explanation</extracomment>
        <translation>No falla ninguna: unas 1.500 peticiones esperaron a que se agotaran los 3 s y luego trajeron el archivo del origen, y durante los 30 s siguientes los clientes fueron directamente al origen. El coste es la velocidad: el 1 % más lento tardó 3,2 s, y el origen envió 3,8 GB en lugar de 0,8 GB en ese minuto.</translation>
    </message>
    <message>
        <source>&lt;p&gt;We deploy new files, but every edge holds the old ones for a day. At 30 s we &lt;b&gt;invalidate&lt;/b&gt; /static/*. The message takes 5 s to reach the edges; then they drop their copies.&lt;/p&gt;</source>
        <extracomment>cdn, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Desplegamos archivos nuevos, pero cada servidor de borde guarda los antiguos durante un día. A los 30 s &lt;b&gt;invalidamos&lt;/b&gt; /static/*. El mensaje tarda 5 s en llegar a los servidores de borde; después descartan sus copias.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fewer: the edges have room again</source>
        <extracomment>cdn, step 3, choice 2</extracomment>
        <translation>Menos: los servidores de borde vuelven a tener sitio</translation>
    </message>
    <message>
        <source>Right: each file the edges held is fetched from the origin once more.</source>
        <extracomment>cdn, step 3, feedback on choice 1</extracomment>
        <translation>Correcto: cada archivo que guardaban los servidores de borde se trae del origen una vez más.</translation>
    </message>
    <message>
        <source>Room does not help: a dropped file is not in the cache, so the next request for it is a miss.</source>
        <extracomment>cdn, step 3, feedback on choice 2</extracomment>
        <translation>El sitio libre no ayuda: un archivo descartado no está en la caché, así que la siguiente petición de ese archivo es un fallo.</translation>
    </message>
    <message>
        <source>The edges threw away every copy: each file they held costs one more miss.</source>
        <extracomment>cdn, step 3, feedback on choice 3</extracomment>
        <translation>Los servidores de borde tiraron todas sus copias: cada archivo que guardaban cuesta un fallo más.</translation>
    </message>
    <message>
        <source>Each dropped file is missed once and then cached again: the misses do not go on.</source>
        <extracomment>cdn, step 3, feedback on choice 4</extracomment>
        <translation>Cada archivo descartado falla una vez y luego vuelve a guardarse en la caché: los fallos no continúan.</translation>
    </message>
    <message>
        <source>They are invalidated automatically</source>
        <extracomment>cdn, step 4, choice 1</extracomment>
        <translation>Se invalidan automáticamente</translation>
    </message>
    <message>
        <source>They are overwritten by the new files</source>
        <extracomment>cdn, step 4, choice 3</extracomment>
        <translation>Los archivos nuevos los sobrescriben</translation>
    </message>
    <message>
        <source>Users keep getting them until they expire</source>
        <extracomment>cdn, step 4, choice 4</extracomment>
        <translation>Los usuarios siguen recibiéndolos hasta que caducan</translation>
    </message>
    <message>
        <source>Nothing invalidates them: nobody asks for the old names any more, that is all.</source>
        <extracomment>cdn, step 4, feedback on choice 1</extracomment>
        <translation>Nada los invalida: simplemente nadie pide ya los nombres antiguos.</translation>
    </message>
    <message>
        <source>Right: they just sit there, unused, until the edge drops them.</source>
        <extracomment>cdn, step 4, feedback on choice 2</extracomment>
        <translation>Correcto: se quedan ahí, sin usarse, hasta que el servidor de borde los descarta.</translation>
    </message>
    <message>
        <source>The new files have new names: app.v2.css is a different key from app.css.</source>
        <extracomment>cdn, step 4, feedback on choice 3</extracomment>
        <translation>Los archivos nuevos tienen nombres nuevos: app.v2.css es una clave distinta de app.css.</translation>
    </message>
    <message>
        <source>The pages now link the new names, so no user asks for the old files.</source>
        <extracomment>cdn, step 4, feedback on choice 4</extracomment>
        <translation>Ahora las páginas enlazan los nombres nuevos, así que ningún usuario pide los archivos antiguos.</translation>
    </message>
    <message>
        <source>Five million files</source>
        <extracomment>cdn, step 5, title</extracomment>
        <translation>Cinco millones de archivos</translation>
    </message>
    <message>
        <source>Served from the origin alone, this traffic costs $0.55. What is the bill with the CDN, in dollars?</source>
        <extracomment>cdn, step 5, question</extracomment>
        <translation>Servido solo desde el origen, este tráfico cuesta 0,55 $. ¿Cuánto es la factura con la CDN, en dólares?</translation>
    </message>
    <message>
        <source>USD</source>
        <extracomment>cdn, step 5, unit of the predicted number</extracomment>
        <translation>USD</translation>
    </message>
    <message>
        <source>Nearly every request is a miss, paid twice: the origin&apos;s host bills the fill, the CDN the delivery. $1.10 against $0.55 without a CDN, and not one bit faster. Twice rests on this example&apos;s prices: the origin&apos;s host bills a fill at the same $0.09/GB as a delivery. From an origin in the CDN&apos;s own cloud (S3 behind CloudFront) fills are free: the bill would be about the $0.55 of no CDN.</source>
        <extracomment>cdn, step 5, answer explanation</extracomment>
        <translation>Casi todas las peticiones son fallos, y se pagan dos veces: el proveedor del origen factura la carga, y la CDN, la entrega. 1,10 $ frente a 0,55 $ sin CDN, y ni un ápice más rápido. El doble se debe a los precios de este ejemplo: el proveedor del origen factura una carga a los mismos 0,09 $/GB que una entrega. Desde un origen en la propia nube de la CDN (S3 detrás de CloudFront) las cargas son gratis: la factura rondaría los 0,55 $ de no tener CDN.</translation>
    </message>
    <message>
        <source>It stays above 0.9: the files are the same</source>
        <extracomment>cdn, step 6, choice 1</extracomment>
        <translation>Se mantiene por encima de 0,9: los archivos son los mismos</translation>
    </message>
    <message>
        <source>It falls to about half</source>
        <extracomment>cdn, step 6, choice 2</extracomment>
        <translation>Baja a más o menos la mitad</translation>
    </message>
    <message>
        <source>It falls below 0.2</source>
        <extracomment>cdn, step 6, choice 3</extracomment>
        <translation>Baja por debajo de 0,2</translation>
    </message>
    <message>
        <source>The edge cannot tell they are the same: a different key is a different entry, fetched again from the origin.</source>
        <extracomment>cdn, step 6, feedback on choice 1</extracomment>
        <translation>El servidor de borde no puede saber que son iguales: una clave distinta es una entrada distinta, que se vuelve a traer del origen.</translation>
    </message>
    <message>
        <source>That would be so if a few users shared each copy; with a session cookie in the key no copy is shared at all.</source>
        <extracomment>cdn, step 6, feedback on choice 2</extracomment>
        <translation>Así sería si unos pocos usuarios compartieran cada copia; con una cookie de sesión en la clave, no se comparte ninguna copia.</translation>
    </message>
    <message>
        <source>Right: a copy made for one user is useless to the next, so almost every request misses.</source>
        <extracomment>cdn, step 6, feedback on choice 3</extracomment>
        <translation>Correcto: una copia hecha para un usuario no le sirve al siguiente, así que casi todas las peticiones son fallos.</translation>
    </message>
    <message>
        <source>Challenge: one copy per language</source>
        <extracomment>cdn, step 7, title</extracomment>
        <translation>Reto: una copia por idioma</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your turn. These pages come in five languages, but they are the same for every user: the session cookie changes nothing in them. Make the edges useful again without ever sending a page in the wrong language.&lt;/p&gt;</source>
        <extracomment>cdn, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Te toca. Estas páginas existen en cinco idiomas, pero son iguales para todos los usuarios: la cookie de sesión no cambia nada en ellas. Haz que los servidores de borde vuelvan a ser útiles sin enviar nunca una página en el idioma equivocado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The median answer takes under 30 ms.</source>
        <extracomment>cdn, step 7, challenge goal latency_ms.p50 &lt; 30</extracomment>
        <translation>La respuesta mediana tarda menos de 30 ms.</translation>
    </message>
    <message>
        <source>How many copies of one file can an edge hold now? Count the users, then the languages.</source>
        <extracomment>cdn, step 7, challenge hint 1</extracomment>
        <translation>¿Cuántas copias de un archivo puede tener ahora un servidor de borde? Cuenta los usuarios y luego los idiomas.</translation>
    </message>
    <message>
        <source>Which part of the cache key changes the page a user gets, and which only makes every copy private?</source>
        <extracomment>cdn, step 7, challenge hint 2</extracomment>
        <translation>¿Qué parte de la clave de caché cambia la página que recibe un usuario, y cuál solo hace que cada copia sea privada?</translation>
    </message>
    <message>
        <source>Take the cookies out of the cache key on both edges; keep Accept-Language in it.</source>
        <extracomment>cdn, step 7, challenge hint 3</extracomment>
        <translation>Quita las cookies de la clave de caché en los dos servidores de borde; deja Accept-Language en ella.</translation>
    </message>
    <message>
        <source>The primary dies</source>
        <extracomment>failover, step 1, title</extracomment>
        <translation>El primario se cae</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s the primary &lt;b&gt;db1&lt;/b&gt; dies. Reads carry on from the replicas, but writes have nowhere to go. After 5 s the most up-to-date replica, &lt;b&gt;db2&lt;/b&gt;, is &lt;b&gt;promoted&lt;/b&gt;: it becomes the primary and takes the writes. Handing the primary&apos;s job to another database like this is &lt;b&gt;failover&lt;/b&gt;. Replication is asynchronous: db1 answers &quot;saved&quot; as soon as it has committed a write, and ships it to the replicas afterwards.&lt;/p&gt;</source>
        <extracomment>failover, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A los 20 s el primario &lt;b&gt;db1&lt;/b&gt; se cae. Las lecturas siguen desde las réplicas, pero las escrituras no tienen adónde ir. Tras 5 s, la réplica más actualizada, &lt;b&gt;db2&lt;/b&gt;, es &lt;b&gt;promovida&lt;/b&gt;: se convierte en el primario y recibe las escrituras. Pasar así el trabajo del primario a otra base de datos es la &lt;b&gt;conmutación por error&lt;/b&gt; (failover). La replicación es asíncrona: db1 responde «guardado» en cuanto ha confirmado una escritura, y después la envía a las réplicas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Yes: db2 is a copy of db1</source>
        <extracomment>failover, step 1, choice 1</extracomment>
        <translation>Sí: db2 es una copia de db1</translation>
    </message>
    <message>
        <source>Yes: the promotion waits until db2 has caught up</source>
        <extracomment>failover, step 1, choice 2</extracomment>
        <translation>Sí: la promoción espera hasta que db2 se ha puesto al día</translation>
    </message>
    <message>
        <source>No: the writes db1 had not shipped yet are gone</source>
        <extracomment>failover, step 1, choice 3</extracomment>
        <translation>No: las escrituras que db1 aún no había enviado se han perdido</translation>
    </message>
    <message>
        <source>No: every write of the 5 s without a primary is lost</source>
        <extracomment>failover, step 1, choice 4</extracomment>
        <translation>No: se pierden todas las escrituras de los 5 s sin primario</translation>
    </message>
    <message>
        <source>A copy only of what db1 shipped: with asynchronous replication db1 says &quot;saved&quot; before the replicas have the write.</source>
        <extracomment>failover, step 1, feedback on choice 1</extracomment>
        <translation>Una copia solo de lo que db1 envió: con replicación asíncrona, db1 dice «guardado» antes de que las réplicas tengan la escritura.</translation>
    </message>
    <message>
        <source>db2 can catch up only with what db1 sent; what db1 never shipped died with it.</source>
        <extracomment>failover, step 1, feedback on choice 2</extracomment>
        <translation>db2 solo puede ponerse al día con lo que db1 envió; lo que db1 nunca envió murió con él.</translation>
    </message>
    <message>
        <source>Right: those writes existed only on db1.</source>
        <extracomment>failover, step 1, feedback on choice 3</extracomment>
        <translation>Correcto: esas escrituras solo existían en db1.</translation>
    </message>
    <message>
        <source>Those writes were refused, not lost: their users got an error and were never told &quot;saved&quot;.</source>
        <extracomment>failover, step 1, feedback on choice 4</extracomment>
        <translation>Esas escrituras se rechazaron, no se perdieron: sus usuarios recibieron un error y nunca se les dijo «guardado».</translation>
    </message>
    <message>
        <source>A handful of acknowledged writes, about ten (5 to 20 depending on the seed), existed only on db1 and were lost: their users were told &quot;saved&quot;. About 600 writes failed, with an error, during the 5 s without a primary.</source>
        <extracomment>failover, step 1, answer explanation</extracomment>
        <translation>Un puñado de escrituras confirmadas, unas diez (de 5 a 20 según la semilla), solo existían en db1 y se perdieron: a sus usuarios se les había dicho «guardado». Unas 600 escrituras fallaron, con un error, durante los 5 s sin primario.</translation>
    </message>
    <message>
        <source>None: db2 takes over before anything is lost</source>
        <extracomment>failover, step 2, choice 1</extracomment>
        <translation>Ninguna: db2 toma el relevo antes de que se pierda nada</translation>
    </message>
    <message>
        <source>Fewer: there is less time without a primary</source>
        <extracomment>failover, step 2, choice 2</extracomment>
        <translation>Menos: hay menos tiempo sin primario</translation>
    </message>
    <message>
        <source>More: a hasty promotion skips the catch-up</source>
        <extracomment>failover, step 2, choice 3</extracomment>
        <translation>Más: una promoción apresurada se salta la puesta al día</translation>
    </message>
    <message>
        <source>The same as with 5 s</source>
        <extracomment>failover, step 2, choice 4</extracomment>
        <translation>Las mismas que con 5 s</translation>
    </message>
    <message>
        <source>Speed does not help writes that were never shipped: they were lost the moment db1 died.</source>
        <extracomment>failover, step 2, feedback on choice 1</extracomment>
        <translation>La rapidez no ayuda a las escrituras que nunca se enviaron: se perdieron en el momento en que db1 se cayó.</translation>
    </message>
    <message>
        <source>Less time refusing writes, yes; but a refused write is an error, not a lost write.</source>
        <extracomment>failover, step 2, feedback on choice 2</extracomment>
        <translation>Menos tiempo rechazando escrituras, sí; pero una escritura rechazada es un error, no una escritura perdida.</translation>
    </message>
    <message>
        <source>db2 applies everything db1 shipped either way; the unshipped writes are the same however long we wait.</source>
        <extracomment>failover, step 2, feedback on choice 3</extracomment>
        <translation>db2 aplica de todos modos todo lo que db1 envió; las escrituras no enviadas son las mismas por mucho que esperemos.</translation>
    </message>
    <message>
        <source>Right: the lost writes are the ones db1 never shipped, decided when it died.</source>
        <extracomment>failover, step 2, feedback on choice 4</extracomment>
        <translation>Correcto: las escrituras perdidas son las que db1 nunca envió, y quedaron decididas cuando se cayó.</translation>
    </message>
    <message>
        <source>The outage shrinks, about 120 failed writes instead of 600, but the same acknowledged writes are lost: they were never shipped, however soon we promote.</source>
        <extracomment>failover, step 2, answer explanation</extracomment>
        <translation>La interrupción se acorta, unas 120 escrituras fallidas en lugar de 600, pero se pierden las mismas escrituras confirmadas: nunca se enviaron, por pronto que promovamos.</translation>
    </message>
    <message>
        <source>Ship delay and lost writes</source>
        <extracomment>failover, step 3, title</extracomment>
        <translation>Retardo de envío y escrituras perdidas</translation>
    </message>
    <message>
        <source>&lt;p&gt;The writes lost at a failover are the ones db1 had acknowledged but not yet shipped when it died. Move the slider to change the ship delay from 0 to 1 second; db1 still dies at 20 s and db2 is promoted 5 s later.&lt;/p&gt;&lt;p&gt;Before you move it: what shape will the curve take? About 120 writes arrive each second (30 % of 400 requests). How many would you expect to lose at 500 ms? What does the curve say about a replica in a data centre far away, chosen as the one to promote?&lt;/p&gt;</source>
        <extracomment>failover, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Las escrituras que se pierden en una conmutación por error son las que db1 había confirmado pero aún no había enviado cuando se cayó. Mueve el control deslizante para cambiar el retardo de envío de 0 a 1 segundo; db1 sigue cayéndose a los 20 s y db2 se promueve 5 s después.&lt;/p&gt;&lt;p&gt;Antes de moverlo: ¿qué forma tendrá la curva? Llegan unas 120 escrituras por segundo (el 30 % de 400 peticiones). ¿Cuántas esperarías perder con 500 ms? ¿Qué dice la curva sobre elegir como réplica a promover una que está en un centro de datos lejano?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ship delay (ms)</source>
        <extracomment>failover, step 3, explore: the slider&apos;s label</extracomment>
        <translation>Retardo de envío (ms)</translation>
    </message>
    <message>
        <source>Acknowledged writes lost</source>
        <extracomment>failover, step 3, explore: the plotted figure&apos;s label</extracomment>
        <translation>Escrituras confirmadas perdidas</translation>
    </message>
    <message>
        <source>&lt;p&gt;The primary wrote every committed write to its &lt;b&gt;binary log&lt;/b&gt; on disk. Before db2 is promoted, a recovery step reads the dead primary&apos;s binlog and replays the writes db2 is missing. This takes 2 s. It works only because db1 crashed but its disk survived: a lost disk takes the binlog with it.&lt;/p&gt;</source>
        <extracomment>failover, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;El primario escribía cada escritura confirmada en su &lt;b&gt;registro binario&lt;/b&gt; (binlog) en disco. Antes de promover db2, un paso de recuperación lee el binlog del primario caído y vuelve a aplicar las escrituras que le faltan a db2. Tarda 2 s. Solo funciona porque db1 se cayó pero su disco sobrevivió: si se pierde el disco, se pierde el binlog con él.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing: the replay runs in the background</source>
        <extracomment>failover, step 4, choice 4</extracomment>
        <translation>Nada: el binlog se vuelve a aplicar en segundo plano</translation>
    </message>
    <message>
        <source>Right: writes are refused until the replay is done.</source>
        <extracomment>failover, step 4, feedback on choice 1</extracomment>
        <translation>Correcto: las escrituras se rechazan hasta que termina de aplicarse el binlog.</translation>
    </message>
    <message>
        <source>The binlog holds every committed write, and db1&apos;s disk survived here: none is lost.</source>
        <extracomment>failover, step 4, feedback on choice 2</extracomment>
        <translation>El binlog contiene todas las escrituras confirmadas, y aquí el disco de db1 sobrevivió: no se pierde ninguna.</translation>
    </message>
    <message>
        <source>Once replayed, db2 has every write; replication then carries on as before.</source>
        <extracomment>failover, step 4, feedback on choice 3</extracomment>
        <translation>Una vez aplicado el binlog, db2 tiene todas las escrituras; después la replicación sigue como antes.</translation>
    </message>
    <message>
        <source>db2 must have the old writes before it takes new ones, or they would land in the wrong order: writes wait.</source>
        <extracomment>failover, step 4, feedback on choice 4</extracomment>
        <translation>db2 debe tener las escrituras antiguas antes de aceptar nuevas, o quedarían en el orden equivocado: las escrituras esperan.</translation>
    </message>
    <message>
        <source>All the missing writes were replayed and none was lost. Writes were refused for 2 s longer: about 850 errors instead of 600.</source>
        <extracomment>failover, step 4, answer explanation</extracomment>
        <translation>Se volvieron a aplicar todas las escrituras que faltaban y no se perdió ninguna. Las escrituras se rechazaron durante 2 s más: unos 850 errores en lugar de 600.</translation>
    </message>
    <message>
        <source>Some acknowledged writes are still lost</source>
        <extracomment>failover, step 5, choice 2</extracomment>
        <translation>Algunas escrituras confirmadas se siguen perdiendo</translation>
    </message>
    <message>
        <source>Slower reads: replicas must confirm first</source>
        <extracomment>failover, step 5, choice 3</extracomment>
        <translation>Lecturas más lentas: las réplicas tienen que confirmar primero</translation>
    </message>
    <message>
        <source>Nothing: only the moment of the answer changes</source>
        <extracomment>failover, step 5, choice 4</extracomment>
        <translation>Nada: solo cambia el momento de la respuesta</translation>
    </message>
    <message>
        <source>Right: each write waits for a replica before the user hears &quot;saved&quot;.</source>
        <extracomment>failover, step 5, feedback on choice 1</extracomment>
        <translation>Correcto: cada escritura espera a una réplica antes de que el usuario reciba «guardado».</translation>
    </message>
    <message>
        <source>A write is acknowledged only once a replica has it, so the primary&apos;s death loses none.</source>
        <extracomment>failover, step 5, feedback on choice 2</extracomment>
        <translation>Una escritura solo se confirma cuando una réplica la tiene, así que la caída del primario no pierde ninguna.</translation>
    </message>
    <message>
        <source>Reads do not wait for replication; replicas answer them as before, sometimes with an old value.</source>
        <extracomment>failover, step 5, feedback on choice 3</extracomment>
        <translation>Las lecturas no esperan a la replicación; las réplicas las responden como antes, a veces con un valor antiguo.</translation>
    </message>
    <message>
        <source>That moment is the cost: each write now waits for a round trip to a replica.</source>
        <extracomment>failover, step 5, feedback on choice 4</extracomment>
        <translation>Ese momento es el coste: ahora cada escritura espera un viaje de ida y vuelta a una réplica.</translation>
    </message>
    <message>
        <source>No acknowledged write is lost. But the slowest requests, the writes, now take about 140 ms at the 95th percentile (p95: 95 % of requests are faster) instead of 37 ms. And replicas are not fresh: about 1,400 reads are still stale (2,800 with async), because semi-sync waits for the relay log, not for the apply. Semi-sync protects acknowledged writes, not freshness.</source>
        <extracomment>failover, step 5, answer explanation</extracomment>
        <translation>No se pierde ninguna escritura confirmada. Pero las peticiones más lentas, las escrituras, tardan ahora unos 140 ms en el percentil 95 (p95: el 95 % de las peticiones son más rápidas) en lugar de 37 ms. Y las réplicas no están al día: unas 1.400 lecturas siguen siendo obsoletas (2.800 con replicación asíncrona), porque la replicación semisíncrona espera al relay log, no a la aplicación. La replicación semisíncrona protege las escrituras confirmadas, no la frescura de los datos.</translation>
    </message>
    <message>
        <source>Challenge: lose nothing, stay fast</source>
        <extracomment>failover, step 6, title</extracomment>
        <translation>Reto: no perder nada y seguir siendo rápido</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to the first step: asynchronous replication, and &lt;b&gt;db1&lt;/b&gt; dies at 20 s. Writes whose users were told &quot;saved&quot; are lost when db2 is promoted: 5 to 20 of them, depending on the run. You have seen more than one way to keep them; they do not cost the same.&lt;/p&gt;</source>
        <extracomment>failover, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Volvemos al primer paso: replicación asíncrona, y &lt;b&gt;db1&lt;/b&gt; se cae a los 20 s. Las escrituras cuyos usuarios recibieron «guardado» se pierden cuando se promueve db2: entre 5 y 20, según la ejecución. Has visto más de una forma de conservarlas; no cuestan lo mismo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;db1 still dies at 20 s. Lose no acknowledged write, and keep the p95 under 80 ms.&lt;/p&gt;</source>
        <extracomment>failover, step 6, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;db1 sigue cayéndose a los 20 s. No pierdas ninguna escritura confirmada y mantén el p95 por debajo de 80 ms.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>95 of every 100 answers take under 80 ms.</source>
        <extracomment>failover, step 6, challenge goal latency_ms.p95 &lt; 80</extracomment>
        <translation>95 de cada 100 respuestas tardan menos de 80 ms.</translation>
    </message>
    <message>
        <source>Semi-synchronous replication loses nothing. What did it do to the p95?</source>
        <extracomment>failover, step 6, challenge hint 1</extracomment>
        <translation>La replicación semisíncrona no pierde nada. ¿Qué le hizo al p95?</translation>
    </message>
    <message>
        <source>A write that only db1 acknowledged is not gone for good: db1 wrote it to its binary log on disk before it answered.</source>
        <extracomment>failover, step 6, challenge hint 2</extracomment>
        <translation>Una escritura que solo db1 confirmó no está perdida para siempre: db1 la escribió en su registro binario en disco antes de responder.</translation>
    </message>
    <message>
        <source>Keep asynchronous replication, and let the failover replay the dead primary&apos;s binlog before db2 is promoted.</source>
        <extracomment>failover, step 6, challenge hint 3</extracomment>
        <translation>Mantén la replicación asíncrona y haz que la conmutación por error vuelva a aplicar el binlog del primario caído antes de promover db2.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Two servers behind a round-robin balancer, 800 requests a second. At 30 s &lt;b&gt;web2&lt;/b&gt; crashes. This balancer never checks its servers.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Dos servidores detrás de un balanceador round robin, 800 peticiones por segundo. A los 30 s &lt;b&gt;web2&lt;/b&gt; se cae. Este balanceador nunca comprueba sus servidores.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>After web2 crashes, what percentage of the requests fails?</source>
        <extracomment>health-and-sessions, step 1, question</extracomment>
        <translation>Después de que web2 se caiga, ¿qué porcentaje de las peticiones falla?</translation>
    </message>
    <message>
        <source>%</source>
        <extracomment>health-and-sessions, step 1, unit of the predicted number</extracomment>
        <translation>%</translation>
    </message>
    <message>
        <source>Round robin still gives the dead web2 every other turn: about 12,000 of the 24,000 requests of the last 30 s fail, half, while web1 has room to take them all.</source>
        <extracomment>health-and-sessions, step 1, answer explanation</extracomment>
        <translation>Round robin le sigue dando un turno de cada dos al web2 caído: fallan unas 12.000 de las 24.000 peticiones de los últimos 30 s, la mitad, mientras que web1 tiene margen para atenderlas todas.</translation>
    </message>
    <message>
        <source>web2 dies at 20.5 s. For about how many seconds do requests keep failing?</source>
        <extracomment>health-and-sessions, step 2, question</extracomment>
        <translation>web2 se cae a los 20,5 s. ¿Durante más o menos cuántos segundos siguen fallando las peticiones?</translation>
    </message>
    <message>
        <source>s</source>
        <extracomment>health-and-sessions, step 2, unit of the predicted number</extracomment>
        <translation>s</translation>
    </message>
    <message>
        <source>It takes three failed checks to be sure: about 5.5 s, or about 1,100 errors at the 200 requests a second web2 was getting. After that, none. When web2 is back, two good checks return it to the pool and it takes its third again.</source>
        <extracomment>health-and-sessions, step 2, answer explanation</extracomment>
        <translation>Hacen falta tres comprobaciones fallidas para estar seguro: unos 5,5 s, o unos 1.100 errores a las 200 peticiones por segundo que recibía web2. Después, ninguno. Cuando web2 vuelve, dos comprobaciones correctas lo devuelven al grupo y vuelve a recibir su tercio.</translation>
    </message>
    <message>
        <source>How often should the balancer check?</source>
        <extracomment>health-and-sessions, step 3, title</extracomment>
        <translation>¿Cada cuánto debe comprobar el balanceador?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same three servers at 600 requests a second; &lt;b&gt;web2&lt;/b&gt; dies at 20.5 s. Every &lt;b&gt;check interval&lt;/b&gt; the balancer asks each server whether it is alive, and three failed checks in a row take a server out of the pool. Move the slider from a quarter of a second to 6 seconds.&lt;/p&gt;&lt;p&gt;Before you move it: how should the failed requests grow with the interval, steadily or in a curve? Roughly how many requests does web2 get in one interval? In this simulation a check costs nothing; what would checking every few milliseconds cost a real site with hundreds of servers and several balancers?&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Los mismos tres servidores a 600 peticiones por segundo; &lt;b&gt;web2&lt;/b&gt; se cae a los 20,5 s. En cada &lt;b&gt;intervalo de comprobación&lt;/b&gt; el balanceador pregunta a cada servidor si está vivo, y tres comprobaciones fallidas seguidas sacan a un servidor del grupo. Mueve el control deslizante desde un cuarto de segundo hasta 6 segundos.&lt;/p&gt;&lt;p&gt;Antes de moverlo: ¿cómo deberían crecer las peticiones fallidas con el intervalo, en línea recta o en curva? ¿Cuántas peticiones recibe web2, más o menos, en un intervalo? En esta simulación una comprobación no cuesta nada; ¿qué le costaría a un sitio real con cientos de servidores y varios balanceadores comprobar cada pocos milisegundos?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Health-check interval (ms)</source>
        <extracomment>health-and-sessions, step 3, explore: the slider&apos;s label</extracomment>
        <translation>Intervalo de comprobación de salud (ms)</translation>
    </message>
    <message>
        <source>Failed requests in 40 s</source>
        <extracomment>health-and-sessions, step 3, explore: the plotted figure&apos;s label</extracomment>
        <translation>Peticiones fallidas en 40 s</translation>
    </message>
    <message>
        <source>web2 dies at 10 s. About how many requests fail before it is ejected?</source>
        <extracomment>health-and-sessions, step 4, question</extracomment>
        <translation>web2 se cae a los 10 s. ¿Más o menos cuántas peticiones fallan antes de que sea expulsado?</translation>
    </message>
    <message>
        <source>Five or six: the five errors in a row that eject web2, sometimes one more already on its way. Passive checks react within a few requests, where active checks take seconds; but only a server that gets traffic can be judged, so balancers use both kinds.</source>
        <extracomment>health-and-sessions, step 4, answer explanation</extracomment>
        <translation>Cinco o seis: los cinco errores seguidos que expulsan a web2, y a veces uno más que ya iba de camino. Las comprobaciones pasivas reaccionan en unas pocas peticiones, mientras que las activas tardan segundos; pero solo se puede juzgar a un servidor que recibe tráfico, así que los balanceadores usan los dos tipos.</translation>
    </message>
    <message>
        <source>They must log in again on another server</source>
        <extracomment>health-and-sessions, step 5, choice 1</extracomment>
        <translation>Tienen que volver a iniciar sesión en otro servidor</translation>
    </message>
    <message>
        <source>They carry on, on web1 or web3, logged in as before</source>
        <extracomment>health-and-sessions, step 5, choice 2</extracomment>
        <translation>Siguen, en web1 o web3, con la sesión iniciada como antes</translation>
    </message>
    <message>
        <source>They get errors until web2 returns</source>
        <extracomment>health-and-sessions, step 5, choice 3</extracomment>
        <translation>Reciben errores hasta que vuelve web2</translation>
    </message>
    <message>
        <source>They carry on: the balancer kept a copy of their sessions</source>
        <extracomment>health-and-sessions, step 5, choice 4</extracomment>
        <translation>Siguen: el balanceador guardaba una copia de sus sesiones</translation>
    </message>
    <message>
        <source>Right: the sessions vanished with web2&apos;s memory, so the other servers treat them as strangers.</source>
        <extracomment>health-and-sessions, step 5, feedback on choice 1</extracomment>
        <translation>Correcto: las sesiones desaparecieron con la memoria de web2, así que los otros servidores los tratan como desconocidos.</translation>
    </message>
    <message>
        <source>Their sessions were only in web2&apos;s memory; web1 and web3 have never seen them.</source>
        <extracomment>health-and-sessions, step 5, feedback on choice 2</extracomment>
        <translation>Sus sesiones solo estaban en la memoria de web2; web1 y web3 nunca las han visto.</translation>
    </message>
    <message>
        <source>A few requests in flight fail, but the balancer moves these users to the live servers at once.</source>
        <extracomment>health-and-sessions, step 5, feedback on choice 3</extracomment>
        <translation>Fallan unas pocas peticiones en curso, pero el balanceador lleva enseguida a estos usuarios a los servidores vivos.</translation>
    </message>
    <message>
        <source>A balancer forwards requests; it keeps no copy of what the servers hold in memory.</source>
        <extracomment>health-and-sessions, step 5, feedback on choice 4</extracomment>
        <translation>Un balanceador reenvía peticiones; no guarda ninguna copia de lo que los servidores tienen en memoria.</translation>
    </message>
    <message>
        <source>Only those of the users web2 was serving at that moment</source>
        <extracomment>health-and-sessions, step 6, choice 2</extracomment>
        <translation>Solo las de los usuarios a los que web2 atendía en ese momento</translation>
    </message>
    <message>
        <source>None: web2 held no session</source>
        <extracomment>health-and-sessions, step 6, choice 3</extracomment>
        <translation>Ninguna: web2 no guardaba ninguna sesión</translation>
    </message>
    <message>
        <source>Those were lost because they lived in web2&apos;s memory; now web2 keeps nothing between requests.</source>
        <extracomment>health-and-sessions, step 6, feedback on choice 1</extracomment>
        <translation>Esas se perdieron porque vivían en la memoria de web2; ahora web2 no guarda nada entre una petición y otra.</translation>
    </message>
    <message>
        <source>Those requests fail, but their sessions are safe in the store: the next request finds them.</source>
        <extracomment>health-and-sessions, step 6, feedback on choice 2</extracomment>
        <translation>Esas peticiones fallan, pero sus sesiones están a salvo en el almacén: la siguiente petición las encuentra.</translation>
    </message>
    <message>
        <source>Right: the sessions are in the store, and web2 held none of them.</source>
        <extracomment>health-and-sessions, step 6, feedback on choice 3</extracomment>
        <translation>Correcto: las sesiones están en el almacén, y web2 no guardaba ninguna.</translation>
    </message>
    <message>
        <source>No session is lost: they are in the store. About 400 requests still fail: those in progress on web2 when it died, and those sent to it until the health checks take it out of the pool.</source>
        <extracomment>health-and-sessions, step 6, answer explanation</extracomment>
        <translation>No se pierde ninguna sesión: están en el almacén. Aun así fallan unas 400 peticiones: las que estaban en curso en web2 cuando se cayó y las que se le enviaron hasta que las comprobaciones de salud lo sacaron del grupo.</translation>
    </message>
    <message>
        <source>Challenge: a crash that logs nobody out</source>
        <extracomment>health-and-sessions, step 7, title</extracomment>
        <translation>Reto: una caída que no cierre la sesión de nadie</translation>
    </message>
    <message>
        <source>&lt;p&gt;The stateful servers again: each user&apos;s session lives in the memory of one server, and the balancer keeps sending the user there. At 10 s &lt;b&gt;web2&lt;/b&gt; dies, and about 150 users must log in again.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;session store&lt;/b&gt; stands on the canvas, linked to nothing yet. Can you change where the sessions live so that a dead server costs nobody their session?&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Otra vez los servidores con estado: la sesión de cada usuario vive en la memoria de un servidor, y el balanceador sigue enviando allí al usuario. A los 10 s &lt;b&gt;web2&lt;/b&gt; se cae, y unos 150 usuarios tienen que volver a iniciar sesión.&lt;/p&gt;&lt;p&gt;En el lienzo hay un &lt;b&gt;almacén de sesiones&lt;/b&gt;, todavía sin enlazar a nada. ¿Puedes cambiar dónde viven las sesiones para que un servidor caído no le cueste la sesión a nadie?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;web2 still dies at 10 s. No user may lose their session, and every session must be kept in the session store.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 7, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;web2 sigue cayéndose a los 10 s. Ningún usuario puede perder su sesión, y todas las sesiones deben guardarse en el almacén de sesiones.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No user loses their session.</source>
        <extracomment>health-and-sessions, step 7, challenge goal sessions.lost == 0</extracomment>
        <translation>Ningún usuario pierde su sesión.</translation>
    </message>
    <message>
        <source>The servers fetch the sessions from the store.</source>
        <extracomment>health-and-sessions, step 7, challenge goal nodes[sessions].served &gt; 5000</extracomment>
        <translation>Los servidores obtienen las sesiones del almacén.</translation>
    </message>
    <message>
        <source>Where does a user&apos;s session live now, and what happens to it when web2 dies?</source>
        <extracomment>health-and-sessions, step 7, challenge hint 1</extracomment>
        <translation>¿Dónde vive ahora la sesión de un usuario, y qué le pasa cuando web2 se cae?</translation>
    </message>
    <message>
        <source>A server that keeps nothing in its own memory can fetch every session from a shared store. The servers need a link to the store.</source>
        <extracomment>health-and-sessions, step 7, challenge hint 2</extracomment>
        <translation>Un servidor que no guarda nada en su propia memoria puede obtener todas las sesiones de un almacén compartido. Los servidores necesitan un enlace al almacén.</translation>
    </message>
    <message>
        <source>A web server&apos;s sessions setting says where sessions live: local keeps them in the server&apos;s memory, stateless fetches them from a linked store. Link web1, web2 and web3 to the store and make them stateless.</source>
        <extracomment>health-and-sessions, step 7, challenge hint 3</extracomment>
        <translation>El ajuste «Sesiones» de un servidor web indica dónde viven las sesiones: local las guarda en la memoria del servidor; stateless las obtiene de un almacén enlazado. Enlaza web1, web2 y web3 al almacén y ponlos en stateless.</translation>
    </message>
    <message>
        <source>The balancer measures each server&apos;s load and evens it out</source>
        <extracomment>load-balancing, step 1, choice 1</extracomment>
        <translation>El balanceador mide la carga de cada servidor y la iguala</translation>
    </message>
    <message>
        <source>Each user sticks to one server, and users are split evenly</source>
        <extracomment>load-balancing, step 1, choice 2</extracomment>
        <translation>Cada usuario se queda en un servidor, y los usuarios se reparten a partes iguales</translation>
    </message>
    <message>
        <source>The servers are identical, so equal turns mean equal work</source>
        <extracomment>load-balancing, step 1, choice 3</extracomment>
        <translation>Los servidores son idénticos, así que turnos iguales significan trabajo igual</translation>
    </message>
    <message>
        <source>That is least connections; round robin counts turns and looks at nothing else.</source>
        <extracomment>load-balancing, step 1, feedback on choice 1</extracomment>
        <translation>Eso es menos conexiones; round robin cuenta turnos y no mira nada más.</translation>
    </message>
    <message>
        <source>Round robin spreads requests, not users: a user&apos;s next request goes to the other server.</source>
        <extracomment>load-balancing, step 1, feedback on choice 2</extracomment>
        <translation>Round robin reparte peticiones, no usuarios: la siguiente petición de un usuario va al otro servidor.</translation>
    </message>
    <message>
        <source>Right: equal turns are only fair when the servers are equal.</source>
        <extracomment>load-balancing, step 1, feedback on choice 3</extracomment>
        <translation>Correcto: los turnos iguales solo son justos cuando los servidores son iguales.</translation>
    </message>
    <message>
        <source>Round robin counts turns and looks at nothing else. With two identical servers equal turns mean equal work: about 12,000 requests each in 30 s, none dropped.</source>
        <extracomment>load-balancing, step 1, answer explanation</extracomment>
        <translation>Round robin cuenta turnos y no mira nada más. Con dos servidores idénticos, turnos iguales significan trabajo igual: unas 12.000 peticiones cada uno en 30 s, ninguna descartada.</translation>
    </message>
    <message>
        <source>Round robin gives web3 300 requests a second; it can finish about 83. About how many requests does web3 drop in 30 s?</source>
        <extracomment>load-balancing, step 2, question</extracomment>
        <translation>Round robin le da a web3 300 peticiones por segundo; puede terminar unas 83. ¿Más o menos cuántas peticiones descarta web3 en 30 s?</translation>
    </message>
    <message>
        <source>Round robin does not know web3 is struggling. About 217 requests a second more than it can finish arrive, its queue overflows, and about 6,500 are dropped in 30 s (6,300 to 6,600 over seeds 1-50), while web1 and web2 are half idle. Requests that do get into web3 wait: the 95th percentile (p95: 95 % of requests are faster than it) reaches about 740 ms.</source>
        <extracomment>load-balancing, step 2, answer explanation</extracomment>
        <translation>Round robin no sabe que web3 va apurado. Le llegan unas 217 peticiones por segundo más de las que puede terminar, su cola se desborda y se descartan unas 6.500 en 30 s (entre 6.300 y 6.600 con las semillas 1-50), mientras web1 y web2 están medio ociosos. Las peticiones que sí entran en web3 esperan: el percentil 95 (p95: el 95 % de las peticiones son más rápidas) llega a unos 740 ms.</translation>
    </message>
    <message>
        <source>They fall by about half</source>
        <extracomment>load-balancing, step 3, choice 1</extracomment>
        <translation>Bajan más o menos a la mitad</translation>
    </message>
    <message>
        <source>They disappear: not one is dropped</source>
        <extracomment>load-balancing, step 3, choice 2</extracomment>
        <translation>Desaparecen: no se descarta ni una</translation>
    </message>
    <message>
        <source>They stay the same: web3 still gets its turns</source>
        <extracomment>load-balancing, step 3, choice 3</extracomment>
        <translation>Se quedan igual: web3 sigue recibiendo sus turnos</translation>
    </message>
    <message>
        <source>They move to web1 and web2, which drop instead</source>
        <extracomment>load-balancing, step 3, choice 4</extracomment>
        <translation>Pasan a web1 y web2, que son los que descartan</translation>
    </message>
    <message>
        <source>Least connections does more than thin out web3&apos;s share: web3 gets new work only when it has the fewest requests in progress, so its queue never overflows.</source>
        <extracomment>load-balancing, step 3, feedback on choice 1</extracomment>
        <translation>Menos conexiones hace algo más que reducir la parte de web3: web3 solo recibe trabajo nuevo cuando es el que tiene menos peticiones en curso, así que su cola nunca se desborda.</translation>
    </message>
    <message>
        <source>Right: web3 is picked only when it is less busy than the others, so it is never flooded.</source>
        <extracomment>load-balancing, step 3, feedback on choice 2</extracomment>
        <translation>Correcto: web3 solo se elige cuando está menos ocupado que los demás, así que nunca se ve desbordado.</translation>
    </message>
    <message>
        <source>Turns are round robin&apos;s rule; least connections has no turns.</source>
        <extracomment>load-balancing, step 3, feedback on choice 3</extracomment>
        <translation>Los turnos son la regla de round robin; menos conexiones no tiene turnos.</translation>
    </message>
    <message>
        <source>web1 and web2 have room: each can finish about 1,000 a second, more than the whole 900.</source>
        <extracomment>load-balancing, step 3, feedback on choice 4</extracomment>
        <translation>web1 y web2 tienen margen: cada uno puede terminar unas 1.000 por segundo, más que las 900 del total.</translation>
    </message>
    <message>
        <source>Not one request is dropped. web3 gets about 2,350 of 27,000 requests, about what it can finish, and the 95th percentile falls from about 740 ms to about 140 ms.</source>
        <extracomment>load-balancing, step 3, answer explanation</extracomment>
        <translation>No se descarta ni una petición. web3 recibe unas 2.350 de 27.000 peticiones, más o menos lo que puede terminar, y el percentil 95 baja de unos 740 ms a unos 140 ms.</translation>
    </message>
    <message>
        <source>How much slower can web3 be?</source>
        <extracomment>load-balancing, step 4, title</extracomment>
        <translation>¿Cuánto más lento puede ser web3?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Round robin again, 900 requests a second over web1, web2 and web3, so each gets 300 a second whatever it can do. Move the slider to change how long &lt;b&gt;web3&lt;/b&gt; takes for a request, from 20 ms (as fast as the others) to 120 ms (the old server of the last steps). web3 has 10 workers.&lt;/p&gt;&lt;p&gt;Before you move it: from what time per request on will requests be dropped? Will the drops start slowly or suddenly? And do web1 and web2 help while web3 drowns?&lt;/p&gt;</source>
        <extracomment>load-balancing, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Otra vez round robin, 900 peticiones por segundo entre web1, web2 y web3, así que cada uno recibe 300 por segundo, pueda lo que pueda. Mueve el control deslizante para cambiar cuánto tarda &lt;b&gt;web3&lt;/b&gt; en una petición, desde 20 ms (tan rápido como los demás) hasta 120 ms (el servidor antiguo de los pasos anteriores). web3 tiene 10 workers.&lt;/p&gt;&lt;p&gt;Antes de moverlo: ¿a partir de qué tiempo por petición se descartarán peticiones? ¿Los descartes empezarán poco a poco o de golpe? ¿Y ayudan web1 y web2 mientras web3 se ahoga?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web3&apos;s time per request (ms)</source>
        <extracomment>load-balancing, step 4, explore: the slider&apos;s label</extracomment>
        <translation>Tiempo por petición de web3 (ms)</translation>
    </message>
    <message>
        <source>Requests dropped in 30 s</source>
        <extracomment>load-balancing, step 4, explore: the plotted figure&apos;s label</extracomment>
        <translation>Peticiones descartadas en 30 s</translation>
    </message>
    <message>
        <source>&lt;p&gt;If we know the sizes of our servers, we can give each a &lt;b&gt;weight&lt;/b&gt;. &lt;b&gt;web1&lt;/b&gt; has 50 workers, web2 and web3 have 20, and a request takes 20 ms: web1 can finish 2,500 requests a second, the others 1,000 each. Weights 5, 2 and 2 follow those sizes: web1 takes five turns for every two of each of the others. 3,600 requests a second arrive. At 20 s we switch to plain round robin, to see what the weights were doing.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Si conocemos el tamaño de nuestros servidores, podemos darle a cada uno un &lt;b&gt;peso&lt;/b&gt;. &lt;b&gt;web1&lt;/b&gt; tiene 50 workers, web2 y web3 tienen 20, y una petición tarda 20 ms: web1 puede terminar 2.500 peticiones por segundo, y los otros, 1.000 cada uno. Los pesos 5, 2 y 2 siguen esos tamaños: web1 recibe cinco turnos por cada dos de cada uno de los otros. Llegan 3.600 peticiones por segundo. A los 20 s cambiamos a round robin simple, para ver qué estaban haciendo los pesos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>With weights 5, 2 and 2, how many of the 3,600 requests a second go to web1?</source>
        <extracomment>load-balancing, step 5, question</extracomment>
        <translation>Con pesos 5, 2 y 2, ¿cuántas de las 3.600 peticiones por segundo van a web1?</translation>
    </message>
    <message>
        <source>requests a second</source>
        <extracomment>load-balancing, step 5, unit of the predicted number</extracomment>
        <translation>peticiones por segundo</translation>
    </message>
    <message>
        <source>Five turns out of nine: 5/9 × 3,600 = 2,000 a second, and 800 to each small server: every server at 80 % of what it can finish, nothing dropped. After the switch each server got 1,200 a second: web1 had room to spare, while web2 and web3, able to finish 1,000, each dropped about 2,000 requests in 10 s.</source>
        <extracomment>load-balancing, step 5, answer explanation</extracomment>
        <translation>Cinco turnos de cada nueve: 5/9 × 3.600 = 2.000 por segundo, y 800 a cada servidor pequeño: cada servidor al 80 % de lo que puede terminar, sin descartar nada. Tras el cambio, cada servidor recibió 1.200 por segundo: web1 tenía margen de sobra, mientras que web2 y web3, capaces de terminar 1.000, descartaron cada uno unas 2.000 peticiones en 10 s.</translation>
    </message>
    <message>
        <source>The big server takes five of every nine requests.</source>
        <extracomment>load-balancing, step 5, checkpoint nodes[web1].served &gt; 37000</extracomment>
        <translation>El servidor grande recibe cinco de cada nueve peticiones.</translation>
    </message>
    <message>
        <source>A small server takes two of every nine.</source>
        <extracomment>load-balancing, step 5, checkpoint nodes[web3].served &lt; 17000</extracomment>
        <translation>Un servidor pequeño recibe dos de cada nueve.</translation>
    </message>
    <message>
        <source>With round robin the small servers drop requests.</source>
        <extracomment>load-balancing, step 5, checkpoint nodes[web3].dropped &gt; 1000</extracomment>
        <translation>Con round robin, los servidores pequeños descartan peticiones.</translation>
    </message>
    <message>
        <source>Roughly: each server gets the users whose addresses hash to it</source>
        <extracomment>load-balancing, step 6, choice 1</extracomment>
        <translation>Más o menos: cada servidor recibe a los usuarios cuyas direcciones le corresponden por el hash</translation>
    </message>
    <message>
        <source>Yes, exactly a third each, as with round robin</source>
        <extracomment>load-balancing, step 6, choice 2</extracomment>
        <translation>Sí, exactamente un tercio cada uno, como con round robin</translation>
    </message>
    <message>
        <source>No: the server with the most free workers gets more</source>
        <extracomment>load-balancing, step 6, choice 3</extracomment>
        <translation>No: el servidor con más workers libres recibe más</translation>
    </message>
    <message>
        <source>Exactly equal until web3 dies, then uneven</source>
        <extracomment>load-balancing, step 6, choice 4</extracomment>
        <translation>Exactamente igual hasta que web3 se cae; después, desigual</translation>
    </message>
    <message>
        <source>Right: close to a third each, but never exact.</source>
        <extracomment>load-balancing, step 6, feedback on choice 1</extracomment>
        <translation>Correcto: cerca de un tercio cada uno, pero nunca exacto.</translation>
    </message>
    <message>
        <source>IP hash takes no turns: the split follows the addresses, and 300 addresses do not hash into three equal groups.</source>
        <extracomment>load-balancing, step 6, feedback on choice 2</extracomment>
        <translation>Hash de IP no usa turnos: el reparto sigue las direcciones, y el hash de 300 direcciones no las divide en tres grupos iguales.</translation>
    </message>
    <message>
        <source>IP hash looks only at the address, never at the servers&apos; load: that would be least connections.</source>
        <extracomment>load-balancing, step 6, feedback on choice 3</extracomment>
        <translation>Hash de IP solo mira la dirección, nunca la carga de los servidores: eso sería menos conexiones.</translation>
    </message>
    <message>
        <source>It is uneven from the start: by 19 s web1 had served about 4,200 requests and web2 about 3,400.</source>
        <extracomment>load-balancing, step 6, feedback on choice 4</extracomment>
        <translation>Es desigual desde el principio: a los 19 s, web1 había atendido unas 4.200 peticiones y web2, unas 3.400.</translation>
    </message>
    <message>
        <source>By 19 s web1 had served about 4,200 requests, web3 about 3,900 and web2 about 3,400: the split follows the users. When web3 died only its users were hashed again, after about 850 errors while the checks noticed.</source>
        <extracomment>load-balancing, step 6, answer explanation</extracomment>
        <translation>A los 19 s, web1 había atendido unas 4.200 peticiones, web3 unas 3.900 y web2 unas 3.400: el reparto sigue a los usuarios. Cuando web3 se cayó, solo se volvió a calcular el hash de sus usuarios, tras unos 850 errores mientras las comprobaciones lo detectaban.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every request passes through the balancer, so if it dies, the whole site is down. Here a &lt;b&gt;standby&lt;/b&gt; balancer watches the active one. When &lt;b&gt;lb&lt;/b&gt; dies at 20 s the standby takes over 3 s later, and hands back when lb returns at 40 s. Users send 400 requests a second.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Todas las peticiones pasan por el balanceador, así que si se cae, todo el sitio deja de funcionar. Aquí un balanceador &lt;b&gt;de reserva&lt;/b&gt; vigila al activo. Cuando &lt;b&gt;lb&lt;/b&gt; se cae a los 20 s, el de reserva toma el relevo 3 s después, y lo devuelve cuando lb vuelve a los 40 s. Los usuarios envían 400 peticiones por segundo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>At 400 requests a second, how many requests fail in the whole minute?</source>
        <extracomment>load-balancing, step 7, question</extracomment>
        <translation>A 400 peticiones por segundo, ¿cuántas peticiones fallan en todo el minuto?</translation>
    </message>
    <message>
        <source>Requests fail only until the standby takes over: 3 s of traffic, about 1,200 errors (1,130 to 1,270 over seeds 1-50); handing back at 40 s costs nothing. Without a standby, the 20 s until lb came back would have failed: about 8,000 requests.</source>
        <extracomment>load-balancing, step 7, answer explanation</extracomment>
        <translation>Las peticiones solo fallan hasta que el balanceador de reserva toma el relevo: 3 s de tráfico, unos 1.200 errores (entre 1.130 y 1.270 con las semillas 1-50); devolver el relevo a los 40 s no cuesta nada. Sin balanceador de reserva, habrían fallado los 20 s hasta que lb volvió: unas 8.000 peticiones.</translation>
    </message>
    <message>
        <source>Challenge: fast answers from an unequal pool</source>
        <extracomment>load-balancing, step 8, title</extracomment>
        <translation>Reto: respuestas rápidas de un grupo desigual</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to the pool with the old server: &lt;b&gt;web3&lt;/b&gt; has 10 workers and takes 120 ms a request, so it finishes about 83 requests a second; web1 and web2 have 20 workers and take 20 ms, about 1,000 a second each. 900 requests a second arrive, and the balancer uses round robin again.&lt;/p&gt;&lt;p&gt;Least connections stopped the drops, but every request it still gives web3 takes at least 120 ms. The site must keep all three servers: web3 cannot be switched off.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 8, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Volvemos al grupo con el servidor antiguo: &lt;b&gt;web3&lt;/b&gt; tiene 10 workers y tarda 120 ms por petición, así que termina unas 83 peticiones por segundo; web1 y web2 tienen 20 workers y tardan 20 ms, unas 1.000 por segundo cada uno. Llegan 900 peticiones por segundo, y el balanceador vuelve a usar round robin.&lt;/p&gt;&lt;p&gt;Menos conexiones acabó con los descartes, pero cada petición que sigue dándole a web3 tarda al menos 120 ms. El sitio tiene que mantener los tres servidores: web3 no se puede apagar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 900 requests a second, with web1, web2 and web3 all in the pool: drop no request and keep the p95 under 100 ms.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 8, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A 900 peticiones por segundo, con web1, web2 y web3 en el grupo: no descartes ninguna petición y mantén el p95 por debajo de 100 ms.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>95 of every 100 answers take under 100 ms.</source>
        <extracomment>load-balancing, step 8, challenge goal latency_ms.p95 &lt; 100</extracomment>
        <translation>95 de cada 100 respuestas tardan menos de 100 ms.</translation>
    </message>
    <message>
        <source>Try least connections and read the p95. Which server gives the slowest answers?</source>
        <extracomment>load-balancing, step 8, challenge hint 1</extracomment>
        <translation>Prueba menos conexiones y mira el p95. ¿Qué servidor da las respuestas más lentas?</translation>
    </message>
    <message>
        <source>The p95 is fast only if fewer than 5 of every 100 requests go to web3. Which algorithm lets you set each server&apos;s share?</source>
        <extracomment>load-balancing, step 8, challenge hint 2</extracomment>
        <translation>El p95 solo es rápido si menos de 5 de cada 100 peticiones van a web3. ¿Qué algoritmo te permite fijar la parte de cada servidor?</translation>
    </message>
    <message>
        <source>Weighted round robin: give web1 and web2 at least ten times web3&apos;s weight, so web3 gets fewer than 1 request in 20.</source>
        <extracomment>load-balancing, step 8, challenge hint 3</extracomment>
        <translation>Round robin ponderado: dale a web1 y web2 al menos diez veces el peso de web3, para que web3 reciba menos de 1 petición de cada 20.</translation>
    </message>
    <message>
        <source>Promote another master to replace db3</source>
        <extracomment>multi-master-and-rings, step 1, choice 1</extracomment>
        <translation>Promover otro maestro para sustituir a db3</translation>
    </message>
    <message>
        <source>Stop all writes until db3 is back, so it misses none</source>
        <extracomment>multi-master-and-rings, step 1, choice 2</extracomment>
        <translation>Parar todas las escrituras hasta que vuelva db3, para que no se le escape ninguna</translation>
    </message>
    <message>
        <source>Every master already takes writes: there is nothing to promote.</source>
        <extracomment>multi-master-and-rings, step 1, feedback on choice 1</extracomment>
        <translation>Todos los maestros ya aceptan escrituras: no hay nada que promover.</translation>
    </message>
    <message>
        <source>The others go on; db3 catches up on what it missed when it returns.</source>
        <extracomment>multi-master-and-rings, step 1, feedback on choice 2</extracomment>
        <translation>Los demás siguen; cuando db3 vuelve, se pone al día con lo que se perdió.</translation>
    </message>
    <message>
        <source>Right: no promotion, only db3&apos;s own requests in progress fail.</source>
        <extracomment>multi-master-and-rings, step 1, feedback on choice 3</extracomment>
        <translation>Correcto: no hay promoción; solo fallan las peticiones que db3 tenía en curso.</translation>
    </message>
    <message>
        <source>No promotion is needed: only a few requests failed (0 to 5), those inside db3 as it died. But about 300 to 350 writes were silently overwritten by conflicting ones in 30 s.</source>
        <extracomment>multi-master-and-rings, step 1, answer explanation</extracomment>
        <translation>No hace falta ninguna promoción: solo fallaron unas pocas peticiones (de 0 a 5), las que estaban dentro de db3 cuando se cayó. Pero en 30 s, entre unas 300 y 350 escrituras fueron sobrescritas en silencio por otras en conflicto.</translation>
    </message>
    <message>
        <source>Explore: the conflict window</source>
        <extracomment>multi-master-and-rings, step 2, title</extracomment>
        <translation>Explora: la ventana de conflicto</translation>
    </message>
    <message>
        <source>&lt;p&gt;Two writes of the same key conflict when each reaches the other master only after the other was committed. Here no master dies; slide the &lt;b&gt;ship delay&lt;/b&gt;, the time a master waits before shipping a write, from 0 to 200 ms, and watch the conflicts.&lt;/p&gt;&lt;p&gt;Ask the class first: with no delay at all, are there still conflicts? (The masters are 40 ms apart, so a write is never seen at once.) Then look at the shape: the longer a write takes to arrive, the wider the window in which another user can change the same key somewhere else.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Dos escrituras de la misma clave entran en conflicto cuando cada una llega al otro maestro solo después de que allí se haya confirmado la otra. Aquí no se cae ningún maestro; desliza el &lt;b&gt;retardo de envío&lt;/b&gt;, el tiempo que un maestro espera antes de enviar una escritura, de 0 a 200 ms, y observa los conflictos.&lt;/p&gt;&lt;p&gt;Pregunta primero a la clase: sin ningún retardo, ¿sigue habiendo conflictos? (Los maestros están a 40 ms unos de otros, así que una escritura nunca se ve al instante.) Luego fíjate en la forma: cuanto más tarda una escritura en llegar, más ancha es la ventana en la que otro usuario puede cambiar la misma clave en otro sitio.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Conflicts in 30 s</source>
        <extracomment>multi-master-and-rings, step 2, explore: the plotted figure&apos;s label</extracomment>
        <translation>Conflictos en 30 s</translation>
    </message>
    <message>
        <source>&lt;p&gt;Throwing a user&apos;s write away without telling them is often unacceptable. With &lt;b&gt;certification&lt;/b&gt; the masters check each write against the others before it counts: of two conflicting writes, the one that committed first wins.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Tirar la escritura de un usuario sin decírselo suele ser inaceptable. Con la &lt;b&gt;certificación&lt;/b&gt;, los maestros comprueban cada escritura frente a las demás antes de que cuente: de dos escrituras en conflicto, gana la que se confirmó primero.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>They are silently discarded, as before</source>
        <extracomment>multi-master-and-rings, step 3, choice 2</extracomment>
        <translation>Se descartan en silencio, como antes</translation>
    </message>
    <message>
        <source>They are merged with the winning writes</source>
        <extracomment>multi-master-and-rings, step 3, choice 3</extracomment>
        <translation>Se fusionan con las escrituras ganadoras</translation>
    </message>
    <message>
        <source>They wait and are applied after the winner</source>
        <extracomment>multi-master-and-rings, step 3, choice 4</extracomment>
        <translation>Esperan y se aplican después de la ganadora</translation>
    </message>
    <message>
        <source>Right: the user learns the write failed and can try again.</source>
        <extracomment>multi-master-and-rings, step 3, feedback on choice 1</extracomment>
        <translation>Correcto: el usuario se entera de que la escritura falló y puede volver a intentarlo.</translation>
    </message>
    <message>
        <source>Silently is what certification avoids: the loser is refused and its user is told.</source>
        <extracomment>multi-master-and-rings, step 3, feedback on choice 2</extracomment>
        <translation>«En silencio» es justo lo que evita la certificación: la perdedora se rechaza y se avisa a su usuario.</translation>
    </message>
    <message>
        <source>A database cannot know how to merge two balances; it keeps one and refuses the other.</source>
        <extracomment>multi-master-and-rings, step 3, feedback on choice 3</extracomment>
        <translation>Una base de datos no puede saber cómo fusionar dos saldos; se queda con uno y rechaza el otro.</translation>
    </message>
    <message>
        <source>Applied after, the later write would simply overwrite the winner: last writer wins again.</source>
        <extracomment>multi-master-and-rings, step 3, feedback on choice 4</extracomment>
        <translation>Si se aplicara después, la escritura posterior simplemente sobrescribiría a la ganadora: otra vez gana la última escritura.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In &lt;b&gt;circular&lt;/b&gt; replication each master ships only to the next: A → B → C → A. Each hop here takes 5 ms. How far a node is behind the node where a write started is its &lt;b&gt;replication lag&lt;/b&gt;. At 20 s &lt;b&gt;dbB&lt;/b&gt; dies; after 3 s the ring closes around it, A → C → A.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;En la replicación &lt;b&gt;circular&lt;/b&gt; cada maestro envía solo al siguiente: A → B → C → A. Aquí cada salto tarda 5 ms. Lo que un nodo va por detrás del nodo donde empezó una escritura es su &lt;b&gt;retraso de replicación&lt;/b&gt;. A los 20 s &lt;b&gt;dbB&lt;/b&gt; se cae; tras 3 s, el anillo se cierra a su alrededor: A → C → A.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>dbC never needed them: it hears from dbA directly</source>
        <extracomment>multi-master-and-rings, step 4, choice 4</extracomment>
        <translation>dbC nunca las necesitó: las recibe directamente de dbA</translation>
    </message>
    <message>
        <source>Right: dbA still has them, and dbC asks it for every write it has not seen.</source>
        <extracomment>multi-master-and-rings, step 4, feedback on choice 1</extracomment>
        <translation>Correcto: dbA todavía las tiene, y dbC le pide todas las escrituras que no ha visto.</translation>
    </message>
    <message>
        <source>dbA still has them; once the ring closes dbC asks dbA for what it is missing.</source>
        <extracomment>multi-master-and-rings, step 4, feedback on choice 2</extracomment>
        <translation>dbA todavía las tiene; en cuanto se cierra el anillo, dbC le pide a dbA lo que le falta.</translation>
    </message>
    <message>
        <source>The web server got its answer from dbA and forgot the write; replication must repair this, not the client.</source>
        <extracomment>multi-master-and-rings, step 4, feedback on choice 3</extracomment>
        <translation>El servidor web recibió su respuesta de dbA y se olvidó de la escritura; esto lo tiene que reparar la replicación, no el cliente.</translation>
    </message>
    <message>
        <source>In a ring each node ships only to the next: until the ring closes, dbC hears nothing from dbA.</source>
        <extracomment>multi-master-and-rings, step 4, feedback on choice 4</extracomment>
        <translation>En un anillo cada nodo envía solo al siguiente: hasta que se cierra el anillo, dbC no recibe nada de dbA.</translation>
    </message>
    <message>
        <source>About 90 writes were held up at dbB. When the ring closed, dbC asked dbA for every write it had not seen yet (MySQL knows which by their GTIDs) and all of them arrived: in the end the live nodes agree. Until then dbC&apos;s lag grew to about 3 s. Only writes dbB had committed itself and not yet sent would be lost; here the web server writes to dbA.</source>
        <extracomment>multi-master-and-rings, step 4, answer explanation</extracomment>
        <translation>Unas 90 escrituras se quedaron retenidas en dbB. Cuando se cerró el anillo, dbC le pidió a dbA todas las escrituras que aún no había visto (MySQL sabe cuáles por sus GTID) y llegaron todas: al final, los nodos vivos coinciden. Hasta entonces, el retraso de dbC creció hasta unos 3 s. Solo se perderían las escrituras que dbB hubiera confirmado él mismo y aún no hubiera enviado; aquí el servidor web escribe en dbA.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same ring with ten masters, &lt;b&gt;dbA&lt;/b&gt; to &lt;b&gt;dbJ&lt;/b&gt;; each hop still takes 5 ms. A write on dbA goes round the ring to dbJ, the last one.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;El mismo anillo con diez maestros, de &lt;b&gt;dbA&lt;/b&gt; a &lt;b&gt;dbJ&lt;/b&gt;; cada salto sigue tardando 5 ms. Una escritura en dbA recorre el anillo hasta dbJ, el último.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A write commits on dbA. How many ms later does dbJ have it?</source>
        <extracomment>multi-master-and-rings, step 5, question</extracomment>
        <translation>Una escritura se confirma en dbA. ¿Cuántos ms después la tiene dbJ?</translation>
    </message>
    <message>
        <source>ms</source>
        <extracomment>multi-master-and-rings, step 5, unit of the predicted number</extracomment>
        <translation>ms</translation>
    </message>
    <message>
        <source>Nine hops of 5 ms: 45 ms, the largest lag measured. Ten nodes but nine hops: counting 50 ms counts the hop back to dbA. The bigger the ring, the longer some node is out of date: 65 to 100 stale reads in 30 s.</source>
        <extracomment>multi-master-and-rings, step 5, answer explanation</extracomment>
        <translation>Nueve saltos de 5 ms: 45 ms, el mayor retraso medido. Diez nodos pero nueve saltos: quien cuenta 50 ms está contando el salto de vuelta a dbA. Cuanto mayor es el anillo, más tiempo está desactualizado algún nodo: entre 65 y 100 lecturas obsoletas en 30 s.</translation>
    </message>
    <message>
        <source>Challenge: fresh reads from ten masters</source>
        <extracomment>multi-master-and-rings, step 6, title</extracomment>
        <translation>Reto: lecturas al día con diez maestros</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your turn, with the ring of ten. Each write hops from master to master, 5 ms a hop, so the last master sees it 45 ms after it committed, and a read there in the meantime is &lt;b&gt;stale&lt;/b&gt;: it returns an older value than the newest committed write of that key. Change how the masters replicate so that reads are fresh again.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Te toca, con el anillo de diez. Cada escritura salta de maestro en maestro, 5 ms por salto, así que el último maestro la ve 45 ms después de que se confirmara, y una lectura allí mientras tanto es &lt;b&gt;obsoleta&lt;/b&gt;: devuelve un valor más antiguo que la última escritura confirmada de esa clave. Cambia cómo replican los maestros para que las lecturas vuelvan a estar al día.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;With the same load (100 requests a second, 30 % of them writes): a replication lag under &lt;b&gt;20 ms&lt;/b&gt; on every master, and fewer than &lt;b&gt;30 stale reads&lt;/b&gt; in 30 s.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 6, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Con la misma carga (100 peticiones por segundo, el 30 % de ellas escrituras): un retraso de replicación por debajo de &lt;b&gt;20 ms&lt;/b&gt; en cada maestro, y menos de &lt;b&gt;30 lecturas obsoletas&lt;/b&gt; en 30 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every master has every write within 20 ms.</source>
        <extracomment>multi-master-and-rings, step 6, challenge goal replication.max_lag_ms &lt; 20</extracomment>
        <translation>Cada maestro tiene cada escritura en menos de 20 ms.</translation>
    </message>
    <message>
        <source>Almost every read is fresh.</source>
        <extracomment>multi-master-and-rings, step 6, challenge goal replication.stale_reads &lt; 30</extracomment>
        <translation>Casi todas las lecturas están al día.</translation>
    </message>
    <message>
        <source>Count the hops a write on dbA takes to reach dbJ, and multiply by 5 ms. What would make that path shorter?</source>
        <extracomment>multi-master-and-rings, step 6, challenge hint 1</extracomment>
        <translation>Cuenta los saltos que da una escritura en dbA hasta llegar a dbJ y multiplícalos por 5 ms. ¿Qué acortaría ese camino?</translation>
    </message>
    <message>
        <source>In the first two steps of this lesson, did a master pass its writes along to a neighbour, or send them to every other master itself?</source>
        <extracomment>multi-master-and-rings, step 6, challenge hint 2</extracomment>
        <translation>En los dos primeros pasos de esta lección, ¿un maestro pasaba sus escrituras a un vecino, o las enviaba él mismo a todos los demás maestros?</translation>
    </message>
    <message>
        <source>Switch replication.mode from circular to multi_master: each master ships its writes straight to all the others, one 5 ms hop. (A ring of three masters works too, but keeps only three.)</source>
        <extracomment>multi-master-and-rings, step 6, challenge hint 3</extracomment>
        <translation>Cambia replication.mode de circular a multi_master: cada maestro envía sus escrituras directamente a todos los demás, en un solo salto de 5 ms. (Un anillo de tres maestros también funciona, pero solo te deja tres.)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Traffic doubles to 400 requests a second. One server can finish at most 8 / 0.030 ≈ 267 a second. Requests it cannot start at once wait in its queue, which holds 50.&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;El tráfico se duplica a 400 peticiones por segundo. Un servidor puede terminar como máximo 8 / 0,030 ≈ 267 por segundo. Las peticiones que no puede empezar enseguida esperan en su cola, que admite 50.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>They wait in line until a worker is free</source>
        <extracomment>one-server-to-two, step 2, choice 1</extracomment>
        <translation>Esperan su turno hasta que queda libre un worker</translation>
    </message>
    <message>
        <source>web1 answers them all, only more slowly</source>
        <extracomment>one-server-to-two, step 2, choice 2</extracomment>
        <translation>web1 las responde todas, solo que más despacio</translation>
    </message>
    <message>
        <source>They are refused and dropped</source>
        <extracomment>one-server-to-two, step 2, choice 3</extracomment>
        <translation>Se rechazan y se descartan</translation>
    </message>
    <message>
        <source>The users&apos; browsers retry until they get in</source>
        <extracomment>one-server-to-two, step 2, choice 4</extracomment>
        <translation>Los navegadores de los usuarios reintentan hasta que entran</translation>
    </message>
    <message>
        <source>The line is the queue, and it holds only 50: once it is full there is nowhere left to wait.</source>
        <extracomment>one-server-to-two, step 2, feedback on choice 1</extracomment>
        <translation>Esperar su turno es estar en la cola, y solo admite 50: cuando está llena, ya no queda dónde esperar.</translation>
    </message>
    <message>
        <source>A server does not stretch to fit more in: its 8 workers already run flat out.</source>
        <extracomment>one-server-to-two, step 2, feedback on choice 2</extracomment>
        <translation>Un servidor no se estira para que quepa más: sus 8 workers ya van a tope.</translation>
    </message>
    <message>
        <source>Right: a full queue has no room, so web1 refuses the request at once.</source>
        <extracomment>one-server-to-two, step 2, feedback on choice 3</extracomment>
        <translation>Correcto: una cola llena no tiene sitio, así que web1 rechaza la petición al instante.</translation>
    </message>
    <message>
        <source>These users do not retry, and retries would only add load to a server that is already full.</source>
        <extracomment>one-server-to-two, step 2, feedback on choice 4</extracomment>
        <translation>Estos usuarios no reintentan, y los reintentos solo añadirían carga a un servidor que ya está lleno.</translation>
    </message>
    <message>
        <source>A full queue cannot take more: web1 refuses new requests and they are dropped, about 2,600 in 20 s. web1 still finishes about 268 a second, no more.</source>
        <extracomment>one-server-to-two, step 2, answer explanation</extracomment>
        <translation>Una cola llena no admite más: web1 rechaza las peticiones nuevas y se descartan, unas 2.600 en 20 s. web1 sigue terminando unas 268 por segundo, no más.</translation>
    </message>
    <message>
        <source>Where one server runs out</source>
        <extracomment>one-server-to-two, step 4, title</extracomment>
        <translation>Donde un servidor se queda sin capacidad</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to one server. Move the slider to send it from 50 to 400 requests a second and watch the &lt;b&gt;p95&lt;/b&gt;, the 95th percentile of the response time: 95 of every 100 answers arrive faster than it. web1 can finish at most 8 / 0.030 ≈ 267 requests a second.&lt;/p&gt;&lt;p&gt;Before you move it, sketch the curve you expect. Does the p95 grow steadily with the load, or does it stay flat and then jump? Why does it stop rising at about 260 ms, even at 400 requests a second?&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Volvemos a un solo servidor. Mueve el control deslizante para enviarle de 50 a 400 peticiones por segundo y observa el &lt;b&gt;p95&lt;/b&gt;, el percentil 95 del tiempo de respuesta: 95 de cada 100 respuestas llegan antes que ese valor. web1 puede terminar como máximo 8 / 0,030 ≈ 267 peticiones por segundo.&lt;/p&gt;&lt;p&gt;Antes de moverlo, dibuja la curva que esperas. ¿El p95 crece de forma gradual con la carga, o se mantiene plano y luego da un salto? ¿Por qué deja de subir en torno a 260 ms, incluso a 400 peticiones por segundo?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Requests a second</source>
        <extracomment>one-server-to-two, step 4, explore: the slider&apos;s label</extracomment>
        <translation>Peticiones por segundo</translation>
    </message>
    <message>
        <source>p95 response time (ms)</source>
        <extracomment>one-server-to-two, step 4, explore: the plotted figure&apos;s label</extracomment>
        <translation>Tiempo de respuesta p95 (ms)</translation>
    </message>
    <message>
        <source>Challenge: room for 900 requests a second</source>
        <extracomment>one-server-to-two, step 5, title</extracomment>
        <translation>Reto: capacidad para 900 peticiones por segundo</translation>
    </message>
    <message>
        <source>&lt;p&gt;The site keeps growing: 900 requests a second now reach the balancer. web1 and web2 can finish about 2 × 267 = 534 of them; the rest wait in full queues or are dropped.&lt;/p&gt;&lt;p&gt;Adding more machines of the same kind behind the balancer is called &lt;b&gt;scaling out&lt;/b&gt;, or horizontal scaling. How many servers does this load need?&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;El sitio sigue creciendo: ahora llegan al balanceador 900 peticiones por segundo. web1 y web2 pueden terminar unas 2 × 267 = 534; el resto espera en colas llenas o se descarta.&lt;/p&gt;&lt;p&gt;Añadir más máquinas del mismo tipo detrás del balanceador se llama &lt;b&gt;escalado horizontal&lt;/b&gt; (scaling out). ¿Cuántos servidores necesita esta carga?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 900 requests a second: drop no request and keep the p95 under 150 ms, with at most 4 web servers. Each new server is like web1: 8 workers, 30 ms a request.&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 5, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A 900 peticiones por segundo: no descartes ninguna petición y mantén el p95 por debajo de 150 ms, con 4 servidores web como máximo. Cada servidor nuevo es como web1: 8 workers, 30 ms por petición.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>95 of every 100 answers take under 150 ms.</source>
        <extracomment>one-server-to-two, step 5, challenge goal latency_ms.p95 &lt; 150</extracomment>
        <translation>95 de cada 100 respuestas tardan menos de 150 ms.</translation>
    </message>
    <message>
        <source>One server like web1 finishes at most 8 / 0.030 ≈ 267 requests a second. How many of them make 900?</source>
        <extracomment>one-server-to-two, step 5, challenge hint 1</extracomment>
        <translation>Un servidor como web1 termina como mucho 8 / 0,030 ≈ 267 peticiones por segundo. ¿Cuántos hacen falta para llegar a 900?</translation>
    </message>
    <message>
        <source>A new server gets requests only once the balancer links to it: draw a link from lb to it.</source>
        <extracomment>one-server-to-two, step 5, challenge hint 2</extracomment>
        <translation>Un servidor nuevo solo recibe peticiones cuando el balanceador está enlazado con él: dibuja un enlace de lb al servidor.</translation>
    </message>
    <message>
        <source>Three servers finish about 800 a second: still short of 900. It takes four.</source>
        <extracomment>one-server-to-two, step 5, challenge hint 3</extracomment>
        <translation>Tres servidores terminan unas 800 por segundo: todavía no llegan a 900. Hacen falta cuatro.</translation>
    </message>
    <message>
        <source>A primary and two replicas</source>
        <extracomment>replication, step 1, title</extracomment>
        <translation>Un primario y dos réplicas</translation>
    </message>
    <message>
        <source>A bigger primary</source>
        <extracomment>replication, step 1, choice 3</extracomment>
        <translation>Un primario más grande</translation>
    </message>
    <message>
        <source>More web servers</source>
        <extracomment>replication, step 1, choice 4</extracomment>
        <translation>Más servidores web</translation>
    </message>
    <message>
        <source>A second primary would have to take every write as well and settle conflicts between the two; it answers no more reads than a replica does.</source>
        <extracomment>replication, step 1, feedback on choice 1</extracomment>
        <translation>Un segundo primario también tendría que aceptar todas las escrituras y resolver los conflictos entre los dos; no responde más lecturas que una réplica.</translation>
    </message>
    <message>
        <source>Right: reads are spread over the replicas, so each new replica takes its share of them.</source>
        <extracomment>replication, step 1, feedback on choice 2</extracomment>
        <translation>Correcto: las lecturas se reparten entre las réplicas, así que cada réplica nueva asume su parte.</translation>
    </message>
    <message>
        <source>Here the primary answers no reads at all: making it bigger leaves the replicas just as busy.</source>
        <extracomment>replication, step 1, feedback on choice 3</extracomment>
        <translation>Aquí el primario no responde ninguna lectura: hacerlo más grande deja las réplicas igual de ocupadas.</translation>
    </message>
    <message>
        <source>Every read still ends at a replica: more web servers send the replicas the same reads.</source>
        <extracomment>replication, step 1, feedback on choice 4</extracomment>
        <translation>Cada lectura sigue acabando en una réplica: con más servidores web, las réplicas reciben las mismas lecturas.</translation>
    </message>
    <message>
        <source>Reads are spread over the replicas: about 4,300 each in 30 s, while db1 handled only the 3,600 writes. But each replica also applied all 3,600 writes, to stay a copy. More reads? More replicas. More writes? Replicas do not help: every one of them applies every write.</source>
        <extracomment>replication, step 1, answer explanation</extracomment>
        <translation>Las lecturas se reparten entre las réplicas: unas 4.300 cada una en 30 s, mientras que db1 solo atendió las 3.600 escrituras. Pero cada réplica también aplicó las 3.600 escrituras, para seguir siendo una copia. ¿Más lecturas? Más réplicas. ¿Más escrituras? Las réplicas no ayudan: cada una de ellas aplica todas las escrituras.</translation>
    </message>
    <message>
        <source>Each replica also applies every write.</source>
        <extracomment>replication, step 1, checkpoint nodes[db2].applied &gt; 3000</extracomment>
        <translation>Cada réplica también aplica todas las escrituras.</translation>
    </message>
    <message>
        <source>Asynchronous replication</source>
        <extracomment>replication, step 2, title</extracomment>
        <translation>Replicación asíncrona</translation>
    </message>
    <message>
        <source>None: the primary only says &quot;done&quot; once the write is safe</source>
        <extracomment>replication, step 2, choice 1</extracomment>
        <translation>Ninguna: el primario solo dice «hecho» cuando la escritura está a salvo</translation>
    </message>
    <message>
        <source>A few hundred</source>
        <extracomment>replication, step 2, choice 3</extracomment>
        <translation>Unos pocos cientos</translation>
    </message>
    <message>
        <source>A few thousand</source>
        <extracomment>replication, step 2, choice 4</extracomment>
        <translation>Unos pocos miles</translation>
    </message>
    <message>
        <source>Asynchronous: &quot;done&quot; means committed on the primary; the replicas get the write about 100 ms later.</source>
        <extracomment>replication, step 2, feedback on choice 1</extracomment>
        <translation>Asíncrona: «hecho» significa confirmada en el primario; las réplicas reciben la escritura unos 100 ms más tarde.</translation>
    </message>
    <message>
        <source>100 ms is short, but the popular keys are written many times a second, so reads of them often land inside that window.</source>
        <extracomment>replication, step 2, feedback on choice 2</extracomment>
        <translation>100 ms es poco, pero las claves populares se escriben muchas veces por segundo, así que las lecturas de esas claves caen a menudo dentro de esa ventana.</translation>
    </message>
    <message>
        <source>The popular keys take most of the reads and most of the writes: the window is open for them much of the time.</source>
        <extracomment>replication, step 2, feedback on choice 3</extracomment>
        <translation>Las claves populares se llevan la mayoría de las lecturas y de las escrituras: para ellas la ventana está abierta buena parte del tiempo.</translation>
    </message>
    <message>
        <source>Right: about a third of the reads hit a key written less than 100 ms before.</source>
        <extracomment>replication, step 2, feedback on choice 4</extracomment>
        <translation>Correcto: más o menos un tercio de las lecturas tocan una clave escrita menos de 100 ms antes.</translation>
    </message>
    <message>
        <source>About 2,700. The popular keys are written often, so a read of one of them is quite likely to arrive within 100 ms of a write. The largest lag was 105 ms: the ship delay plus the link.</source>
        <extracomment>replication, step 2, answer explanation</extracomment>
        <translation>Unas 2.700. Las claves populares se escriben a menudo, así que es bastante probable que una lectura de una de ellas llegue menos de 100 ms después de una escritura. El mayor retraso fue de 105 ms: el retardo de envío más el enlace.</translation>
    </message>
    <message>
        <source>A longer delay</source>
        <extracomment>replication, step 3, title</extracomment>
        <translation>Un retardo mayor</translation>
    </message>
    <message>
        <source>&lt;p&gt;Suppose the replicas are farther away, or busier, and a write now takes 500 ms to reach them. The window in which a replica answers with old data is five times longer. Some users check what they have just saved: for 2 in 10 writes, the user reloads the page 200 ms after the answer, and the read goes to a replica like any other.&lt;/p&gt;</source>
        <extracomment>replication, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Supón que las réplicas están más lejos, o más ocupadas, y que ahora una escritura tarda 500 ms en llegarles. La ventana en la que una réplica responde con datos antiguos es cinco veces más larga. Algunos usuarios comprueban lo que acaban de guardar: en 2 de cada 10 escrituras, el usuario recarga la página 200 ms después de la respuesta, y la lectura va a una réplica como cualquier otra.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A user saves a comment and reloads the page 200 ms after &quot;saved&quot;; the read goes to a replica. What can happen?</source>
        <extracomment>replication, step 3, question</extracomment>
        <translation>Un usuario guarda un comentario y recarga la página 200 ms después de «guardado»; la lectura va a una réplica. ¿Qué puede pasar?</translation>
    </message>
    <message>
        <source>The user&apos;s own comment is missing</source>
        <extracomment>replication, step 3, choice 1</extracomment>
        <translation>Falta el propio comentario del usuario</translation>
    </message>
    <message>
        <source>The comment is there: 200 ms is plenty</source>
        <extracomment>replication, step 3, choice 2</extracomment>
        <translation>El comentario está: 200 ms es de sobra</translation>
    </message>
    <message>
        <source>The page waits until the replica has the comment</source>
        <extracomment>replication, step 3, choice 4</extracomment>
        <translation>La página espera hasta que la réplica tiene el comentario</translation>
    </message>
    <message>
        <source>Right: the replica has not applied the write yet, so the user&apos;s own comment is not there.</source>
        <extracomment>replication, step 3, feedback on choice 1</extracomment>
        <translation>Correcto: la réplica aún no ha aplicado la escritura, así que el propio comentario del usuario no está.</translation>
    </message>
    <message>
        <source>It would be with the 100 ms of the last step; now the replicas get the write 500 ms after the commit.</source>
        <extracomment>replication, step 3, feedback on choice 2</extracomment>
        <translation>Lo estaría con los 100 ms del paso anterior; ahora las réplicas reciben la escritura 500 ms después de la confirmación.</translation>
    </message>
    <message>
        <source>A replica applies each write once, when it arrives; a reload only reads.</source>
        <extracomment>replication, step 3, feedback on choice 3</extracomment>
        <translation>Una réplica aplica cada escritura una sola vez, cuando llega; una recarga solo lee.</translation>
    </message>
    <message>
        <source>A replica can be made to wait for a write (MySQL&apos;s WAIT_FOR_EXECUTED_GTID_SET), but only if the application asks for it; nothing here does.</source>
        <extracomment>replication, step 3, feedback on choice 4</extracomment>
        <translation>Se puede hacer que una réplica espere a una escritura (WAIT_FOR_EXECUTED_GTID_SET de MySQL), pero solo si la aplicación lo pide; aquí nada lo hace.</translation>
    </message>
    <message>
        <source>That is a read-your-writes violation: about 700 users in 30 s (670 to 790 over seeds 1 to 50) did not see their own write. Stale reads rose from about 2,700 to about 5,500. Real sites send a user&apos;s reads to the primary for a moment after they write, or make the replica wait for that write; ScaleLab shows the problem, not those fixes.</source>
        <extracomment>replication, step 3, answer explanation</extracomment>
        <translation>Eso es un incumplimiento de «leer tus escrituras»: unos 700 usuarios en 30 s (de 670 a 790 con las semillas 1 a 50) no vieron su propia escritura. Las lecturas obsoletas subieron de unas 2.700 a unas 5.500. Los sitios reales envían las lecturas de un usuario al primario durante un momento después de que escriba, o hacen que la réplica espere a esa escritura; ScaleLab muestra el problema, no esas soluciones.</translation>
    </message>
    <message>
        <source>Ship delay and stale reads</source>
        <extracomment>replication, step 4, title</extracomment>
        <translation>Retardo de envío y lecturas obsoletas</translation>
    </message>
    <message>
        <source>&lt;p&gt;How many stale reads the replicas serve depends on the &lt;b&gt;ship delay&lt;/b&gt;: how long a committed write takes to travel from the primary to a replica. Move the slider from 0 to 3 seconds; each point is 30 s of the same 400 requests a second.&lt;/p&gt;&lt;p&gt;Before you move it: if the delay doubles, do the stale reads double? Watch where the curve flattens and think about the popular keys: how often is one of them read while it is still stale? And why are there a few stale reads even at 0 ms?&lt;/p&gt;</source>
        <extracomment>replication, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Cuántas lecturas obsoletas sirven las réplicas depende del &lt;b&gt;retardo de envío&lt;/b&gt; (ship delay): cuánto tarda una escritura confirmada en viajar del primario a una réplica. Mueve el control deslizante de 0 a 3 segundos; cada punto son 30 s de las mismas 400 peticiones por segundo.&lt;/p&gt;&lt;p&gt;Antes de moverlo: si el retardo se duplica, ¿se duplican las lecturas obsoletas? Fíjate en dónde se aplana la curva y piensa en las claves populares: ¿con qué frecuencia se lee una de ellas mientras sigue obsoleta? ¿Y por qué hay unas pocas lecturas obsoletas incluso con 0 ms?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stale reads in 30 s</source>
        <extracomment>replication, step 4, explore: the plotted figure&apos;s label</extracomment>
        <translation>Lecturas obsoletas en 30 s</translation>
    </message>
    <message>
        <source>Every read fails until db3 is back</source>
        <extracomment>replication, step 5, choice 1</extracomment>
        <translation>Todas las lecturas fallan hasta que vuelve db3</translation>
    </message>
    <message>
        <source>Writes stop: the primary waits for its replicas</source>
        <extracomment>replication, step 5, choice 3</extracomment>
        <translation>Las escrituras se detienen: el primario espera a sus réplicas</translation>
    </message>
    <message>
        <source>A few reads that were on db3, and more work for db2</source>
        <extracomment>replication, step 5, choice 4</extracomment>
        <translation>Unas pocas lecturas que estaban en db3, y más trabajo para db2</translation>
    </message>
    <message>
        <source>The web servers stop using a dead replica and send its reads to the one that is left.</source>
        <extracomment>replication, step 5, feedback on choice 1</extracomment>
        <translation>Los servidores web dejan de usar una réplica caída y envían sus lecturas a la que queda.</translation>
    </message>
    <message>
        <source>db2 now does twice the work, and any read inside db3 as it died fails.</source>
        <extracomment>replication, step 5, feedback on choice 2</extracomment>
        <translation>Ahora db2 hace el doble de trabajo, y falla cualquier lectura que estuviera dentro de db3 cuando se cayó.</translation>
    </message>
    <message>
        <source>An asynchronous primary answers before it ships: it never waits for a replica.</source>
        <extracomment>replication, step 5, feedback on choice 3</extracomment>
        <translation>Un primario asíncrono responde antes de enviar: nunca espera a una réplica.</translation>
    </message>
    <message>
        <source>Right: only the reads inside db3 as it died fail; db2 takes the rest.</source>
        <extracomment>replication, step 5, feedback on choice 4</extracomment>
        <translation>Correcto: solo fallan las lecturas que estaban dentro de db3 cuando se cayó; db2 asume el resto.</translation>
    </message>
    <message>
        <source>At most a handful of requests failed (0 to 4 over seeds 1 to 50): the ones inside db3 as it died. db2 took over its reads: about 7,200 requests instead of 4,300.</source>
        <extracomment>replication, step 5, answer explanation</extracomment>
        <translation>Fallaron como mucho un puñado de peticiones (de 0 a 4 con las semillas 1 a 50): las que estaban dentro de db3 cuando se cayó. db2 asumió sus lecturas: unas 7.200 peticiones en lugar de 4.300.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The chapter calls them master and slave; we say primary and replica. How far a replica is behind the primary is its &lt;b&gt;replication lag&lt;/b&gt;. Now &lt;b&gt;db2&lt;/b&gt; dies too, at 20 s. There is no replica left, but the primary has every write: until a new replica is ready, the primary answers the reads as well.&lt;/p&gt;</source>
        <extracomment>replication, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;El capítulo los llama maestro y esclavo (master y slave); nosotros decimos primario y réplica. Lo que una réplica va por detrás del primario es su &lt;b&gt;retraso de replicación&lt;/b&gt; (replication lag). Ahora &lt;b&gt;db2&lt;/b&gt; también se cae, a los 20 s. No queda ninguna réplica, pero el primario tiene todas las escrituras: hasta que haya una réplica nueva lista, el primario también responde las lecturas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>They go up: the primary is overloaded</source>
        <extracomment>replication, step 6, choice 1</extracomment>
        <translation>Aumentan: el primario está sobrecargado</translation>
    </message>
    <message>
        <source>The primary is busier, but it answers with the newest value: busy is not stale.</source>
        <extracomment>replication, step 6, feedback on choice 1</extracomment>
        <translation>El primario está más ocupado, pero responde con el valor más reciente: ocupado no es obsoleto.</translation>
    </message>
    <message>
        <source>Stale reads come from replication lag; with no replica answering there is no lag to read through.</source>
        <extracomment>replication, step 6, feedback on choice 2</extracomment>
        <translation>Las lecturas obsoletas vienen del retraso de replicación; si no responde ninguna réplica, no hay retraso que pueda afectar a una lectura.</translation>
    </message>
    <message>
        <source>Right: the primary always has the newest value of every key.</source>
        <extracomment>replication, step 6, feedback on choice 3</extracomment>
        <translation>Correcto: el primario siempre tiene el valor más reciente de cada clave.</translation>
    </message>
    <message>
        <source>The primary always has the newest value, so after 20 s no read is stale: about 1,800 stale reads by 30 s instead of 2,700. db1 served about 6,400 requests instead of 3,600.</source>
        <extracomment>replication, step 6, answer explanation</extracomment>
        <translation>El primario siempre tiene el valor más reciente, así que después de los 20 s ninguna lectura es obsoleta: unas 1.800 lecturas obsoletas hasta los 30 s en lugar de 2.700. db1 atendió unas 6.400 peticiones en lugar de 3.600.</translation>
    </message>
    <message>
        <source>Challenge: the reads keep growing</source>
        <extracomment>replication, step 7, title</extracomment>
        <translation>Reto: las lecturas siguen creciendo</translation>
    </message>
    <message>
        <source>&lt;p&gt;The site is a success: 1,200 requests a second, nine of every ten of them reads. The replicas here are small machines: each has 2 workers and takes 4 ms a read, so it answers about 500 reads a second. The primary still has room to spare, but it takes only the writes.&lt;/p&gt;</source>
        <extracomment>replication, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;El sitio es un éxito: 1.200 peticiones por segundo, nueve de cada diez de ellas lecturas. Aquí las réplicas son máquinas pequeñas: cada una tiene 2 workers y tarda 4 ms por lectura, así que responde unas 500 lecturas por segundo. El primario todavía tiene capacidad de sobra, pero solo acepta las escrituras.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 1,200 requests a second, nine in ten of them reads: drop no request and keep the p95 under 60 ms, with at most 4 databases. A new database is like db2: 2 workers, 4 ms a request, a queue of 100.&lt;/p&gt;</source>
        <extracomment>replication, step 7, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A 1.200 peticiones por segundo, nueve de cada diez de ellas lecturas: no descartes ninguna petición y mantén el p95 por debajo de 60 ms, con 4 bases de datos como máximo. Una base de datos nueva es como db2: 2 workers, 4 ms por petición, una cola de 100.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>95 of every 100 answers take under 60 ms.</source>
        <extracomment>replication, step 7, challenge goal latency_ms.p95 &lt; 60</extracomment>
        <translation>95 de cada 100 respuestas tardan menos de 60 ms.</translation>
    </message>
    <message>
        <source>How many reads arrive each second, and how many can two replicas answer?</source>
        <extracomment>replication, step 7, challenge hint 1</extracomment>
        <translation>¿Cuántas lecturas llegan cada segundo y cuántas pueden responder dos réplicas?</translation>
    </message>
    <message>
        <source>The web servers share their reads among the replicas they link to. A new replica gets reads only from the web servers linked to it.</source>
        <extracomment>replication, step 7, challenge hint 2</extracomment>
        <translation>Los servidores web reparten sus lecturas entre las réplicas con las que están enlazados. Una réplica nueva solo recibe lecturas de los servidores web enlazados con ella.</translation>
    </message>
    <message>
        <source>0.9 × 1,200 = 1,080 reads a second, and two replicas answer about 1,000. Add a third replica, linked from web1 and web2 and fed by db1.</source>
        <extracomment>replication, step 7, challenge hint 3</extracomment>
        <translation>0,9 × 1.200 = 1.080 lecturas por segundo, y dos réplicas responden unas 1.000. Añade una tercera réplica, enlazada desde web1 y web2 y alimentada por db1.</translation>
    </message>
    <message>
        <source>One worker finishes 1 ÷ 0.030 ≈ 33 requests a second, so 8 workers finish about 267. Our 200 fit, with a little room to spare: nothing is dropped. In the next step, pushed to 400 a second, web1 finishes about 268 a second and not one more.</source>
        <extracomment>zero-to-millions, step 1, answer explanation</extracomment>
        <translation>Un worker termina 1 ÷ 0,030 ≈ 33 peticiones por segundo, así que 8 workers terminan unas 267. Nuestras 200 caben, con un poco de margen: no se descarta nada. En el siguiente paso, llevado a 400 por segundo, web1 termina unas 268 por segundo y ni una más.</translation>
    </message>
    <message>
        <source>400 requests arrive a second and web1 finishes about 267. About how many requests are dropped in 30 s?</source>
        <extracomment>zero-to-millions, step 2, question</extracomment>
        <translation>Llegan 400 peticiones por segundo y web1 termina unas 267. ¿Cuántas peticiones se descartan, aproximadamente, en 30 s?</translation>
    </message>
    <message>
        <source>About 133 requests a second have nowhere to go: about 4,000 were dropped in 30 s (3,700 to 4,300 depending on the seed). Those that got in waited in the queue: the median answer (half of the answers are faster) took about 250 ms instead of 70 ms.</source>
        <extracomment>zero-to-millions, step 2, answer explanation</extracomment>
        <translation>Unas 133 peticiones por segundo no tienen adónde ir: se descartaron unas 4.000 en 30 s (de 3.700 a 4.300 según la semilla). Las que entraron esperaron en la cola: la respuesta mediana (la mitad de las respuestas son más rápidas) tardó unos 250 ms en lugar de 70 ms.</translation>
    </message>
    <message>
        <source>They fail with an error</source>
        <extracomment>zero-to-millions, step 3, choice 1</extracomment>
        <translation>Fallan con un error</translation>
    </message>
    <message>
        <source>Only writes fail; reads still work</source>
        <extracomment>zero-to-millions, step 3, choice 4</extracomment>
        <translation>Solo fallan las escrituras; las lecturas siguen funcionando</translation>
    </message>
    <message>
        <source>Right: without its database web1 can only answer with an error.</source>
        <extracomment>zero-to-millions, step 3, feedback on choice 1</extracomment>
        <translation>Correcto: sin su base de datos, web1 solo puede responder con un error.</translation>
    </message>
    <message>
        <source>web1 now keeps no data of its own: that is what splitting off the database means.</source>
        <extracomment>zero-to-millions, step 3, feedback on choice 2</extracomment>
        <translation>Ahora web1 no guarda datos propios: eso es lo que significa separar la base de datos.</translation>
    </message>
    <message>
        <source>web1 does not hold requests for seconds: it answers with an error as soon as db1 does not respond.</source>
        <extracomment>zero-to-millions, step 3, feedback on choice 3</extracomment>
        <translation>web1 no retiene las peticiones durante segundos: responde con un error en cuanto db1 no contesta.</translation>
    </message>
    <message>
        <source>Reads need the data too, and the data is in db1.</source>
        <extracomment>zero-to-millions, step 3, feedback on choice 4</extracomment>
        <translation>Las lecturas también necesitan los datos, y los datos están en db1.</translation>
    </message>
    <message>
        <source>web1 keeps no data of its own, so without db1 it can only answer with an error: about 1,500 requests failed. A single database is a single point of failure; replication, later in this lesson, deals with it.</source>
        <extracomment>zero-to-millions, step 3, answer explanation</extracomment>
        <translation>web1 no guarda datos propios, así que sin db1 solo puede responder con un error: fallaron unas 1.500 peticiones. Una única base de datos es un punto único de fallo; la replicación, más adelante en esta lección, se ocupa de ello.</translation>
    </message>
    <message>
        <source>The database&apos;s</source>
        <extracomment>zero-to-millions, step 4, choice 3</extracomment>
        <translation>La de la base de datos</translation>
    </message>
    <message>
        <source>Users never see the servers: they talk to the balancer, which picks one for them.</source>
        <extracomment>zero-to-millions, step 4, feedback on choice 1</extracomment>
        <translation>Los usuarios nunca ven los servidores: hablan con el balanceador, que elige uno por ellos.</translation>
    </message>
    <message>
        <source>That would tie users to servers; the balancer hides the servers and can change them at will.</source>
        <extracomment>zero-to-millions, step 4, feedback on choice 2</extracomment>
        <translation>Eso ataría a los usuarios a los servidores; el balanceador oculta los servidores y puede cambiarlos a voluntad.</translation>
    </message>
    <message>
        <source>Users never talk to the database; only the web servers do.</source>
        <extracomment>zero-to-millions, step 4, feedback on choice 3</extracomment>
        <translation>Los usuarios nunca hablan con la base de datos; solo lo hacen los servidores web.</translation>
    </message>
    <message>
        <source>Right: the balancer is the one front door.</source>
        <extracomment>zero-to-millions, step 4, feedback on choice 4</extracomment>
        <translation>Correcto: el balanceador es la única puerta de entrada.</translation>
    </message>
    <message>
        <source>web1 and web2 take over part of web3&apos;s queue</source>
        <extracomment>zero-to-millions, step 5, choice 4</extracomment>
        <translation>web1 y web2 se hacen cargo de parte de la cola de web3</translation>
    </message>
    <message>
        <source>web3 can finish about 83 a second; the rest pile up in its queue until it overflows.</source>
        <extracomment>zero-to-millions, step 5, feedback on choice 1</extracomment>
        <translation>web3 puede terminar unas 83 por segundo; el resto se amontona en su cola hasta que se desborda.</translation>
    </message>
    <message>
        <source>Round robin looks at nothing but turns: it never notices that web3 is behind.</source>
        <extracomment>zero-to-millions, step 5, feedback on choice 2</extracomment>
        <translation>Round robin no mira nada más que los turnos: nunca se da cuenta de que web3 va retrasado.</translation>
    </message>
    <message>
        <source>Right: about 217 requests a second more than web3 can finish.</source>
        <extracomment>zero-to-millions, step 5, feedback on choice 3</extracomment>
        <translation>Correcto: unas 217 peticiones por segundo más de las que web3 puede terminar.</translation>
    </message>
    <message>
        <source>Servers do not share queues: a request given to web3 stays with web3.</source>
        <extracomment>zero-to-millions, step 5, feedback on choice 4</extracomment>
        <translation>Los servidores no comparten colas: una petición entregada a web3 se queda en web3.</translation>
    </message>
    <message>
        <source>web3&apos;s queue fills up and it refuses the rest: about 6,500 requests dropped in 30 s, while web1 and web2 have workers to spare. Requests that do get into web3 wait: the 95th percentile (p95: 95 % of requests are faster than it) reaches about 740 ms.</source>
        <extracomment>zero-to-millions, step 5, answer explanation</extracomment>
        <translation>La cola de web3 se llena y rechaza el resto: se descartan unas 6.500 peticiones en 30 s, mientras que a web1 y web2 les sobran workers. Las peticiones que sí entran en web3 esperan: el percentil 95 (p95: el 95 % de las peticiones son más rápidas) llega a unos 740 ms.</translation>
    </message>
    <message>
        <source>About a fifth</source>
        <extracomment>zero-to-millions, step 6, choice 3</extracomment>
        <translation>Más o menos una quinta parte</translation>
    </message>
    <message>
        <source>Still a third, handled better</source>
        <extracomment>zero-to-millions, step 6, choice 4</extracomment>
        <translation>Sigue siendo un tercio, pero mejor gestionado</translation>
    </message>
    <message>
        <source>web3 still gets a request whenever it has the fewest in progress, just far less often.</source>
        <extracomment>zero-to-millions, step 6, feedback on choice 1</extracomment>
        <translation>web3 sigue recibiendo una petición siempre que es el que tiene menos en curso, solo que mucho menos a menudo.</translation>
    </message>
    <message>
        <source>Right: about what web3 can finish, 83 of 900 a second.</source>
        <extracomment>zero-to-millions, step 6, feedback on choice 2</extracomment>
        <translation>Correcto: más o menos lo que web3 puede terminar, 83 de 900 por segundo.</translation>
    </message>
    <message>
        <source>web3 can finish only about 83 of 900 a second, under a tenth; more would pile up in its queue.</source>
        <extracomment>zero-to-millions, step 6, feedback on choice 3</extracomment>
        <translation>web3 solo puede terminar unas 83 de 900 por segundo, menos de una décima parte; lo que recibiera de más se amontonaría en su cola.</translation>
    </message>
    <message>
        <source>Least connections has no turns: a server gets a new request only when it has the fewest in progress.</source>
        <extracomment>zero-to-millions, step 6, feedback on choice 4</extracomment>
        <translation>Menos conexiones no tiene turnos: un servidor solo recibe una petición nueva cuando es el que tiene menos en curso.</translation>
    </message>
    <message>
        <source>web3 answered about 2,350 of 27,000 requests, under 9 %: about as much as it can finish. Nothing is dropped, and the 95th percentile falls from about 740 ms to about 140 ms.</source>
        <extracomment>zero-to-millions, step 6, answer explanation</extracomment>
        <translation>web3 respondió unas 2.350 de 27.000 peticiones, menos del 9 %: más o menos lo que puede terminar. No se descarta nada, y el percentil 95 baja de unos 740 ms a unos 140 ms.</translation>
    </message>
    <message>
        <source>&lt;p&gt;When we know how big each server is, we can tell the balancer. &lt;b&gt;web1&lt;/b&gt; has 50 workers, web2 and web3 have 20 each, and a request takes 20 ms: web1 can finish 2,500 requests a second, the small ones 1,000 each. Weights 5, 2 and 2 follow those sizes: of every 9 requests, web1 gets 5 and the others 2 each. 3,600 requests a second arrive, so every server runs at 80 % of what it can do. At 15 s we switch the balancer to plain round robin, which gives each server the same share.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Cuando sabemos lo grande que es cada servidor, podemos decírselo al balanceador. &lt;b&gt;web1&lt;/b&gt; tiene 50 workers, web2 y web3 tienen 20 cada uno, y una petición tarda 20 ms: web1 puede terminar 2.500 peticiones por segundo, y los pequeños, 1.000 cada uno. Los pesos 5, 2 y 2 siguen esos tamaños: de cada 9 peticiones, web1 recibe 5 y los otros 2 cada uno. Llegan 3.600 peticiones por segundo, así que cada servidor funciona al 80 % de lo que puede hacer. A los 15 s cambiamos el balanceador a round robin simple, que da a cada servidor la misma parte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Together the three servers can finish 4,500 requests a second, and 3,600 arrive. What happens after the switch to round robin at 15 s?</source>
        <extracomment>zero-to-millions, step 7, question</extracomment>
        <translation>Juntos, los tres servidores pueden terminar 4.500 peticiones por segundo, y llegan 3.600. ¿Qué pasa después del cambio a round robin a los 15 s?</translation>
    </message>
    <message>
        <source>Nothing changes: the pool still has room for 900 more a second</source>
        <extracomment>zero-to-millions, step 7, choice 1</extracomment>
        <translation>No cambia nada: el grupo aún tiene capacidad para 900 más por segundo</translation>
    </message>
    <message>
        <source>web2 and web3 fall behind and drop requests, while web1 has room to spare</source>
        <extracomment>zero-to-millions, step 7, choice 2</extracomment>
        <translation>web2 y web3 se quedan atrás y descartan peticiones, mientras que a web1 le sobra capacidad</translation>
    </message>
    <message>
        <source>web1 is overloaded: it still gets five of every nine requests</source>
        <extracomment>zero-to-millions, step 7, choice 3</extracomment>
        <translation>web1 se sobrecarga: sigue recibiendo cinco de cada nueve peticiones</translation>
    </message>
    <message>
        <source>All three slow down a little, but nothing is dropped</source>
        <extracomment>zero-to-millions, step 7, choice 4</extracomment>
        <translation>Los tres van un poco más lentos, pero no se descarta nada</translation>
    </message>
    <message>
        <source>Spare room on web1 does not help web2 and web3: round robin gives each server a third, 1,200 a second, whatever its size.</source>
        <extracomment>zero-to-millions, step 7, feedback on choice 1</extracomment>
        <translation>La capacidad que le sobra a web1 no ayuda a web2 y web3: round robin da a cada servidor un tercio, 1.200 por segundo, sea cual sea su tamaño.</translation>
    </message>
    <message>
        <source>Right: each small server gets 1,200 a second and finishes 1,000; its queue fills and the rest is dropped. web1 runs at half its capacity.</source>
        <extracomment>zero-to-millions, step 7, feedback on choice 2</extracomment>
        <translation>Correcto: cada servidor pequeño recibe 1.200 por segundo y termina 1.000; su cola se llena y el resto se descarta. web1 funciona a la mitad de su capacidad.</translation>
    </message>
    <message>
        <source>Round robin ignores the weights: web1 now gets a third, 1,200 of the 2,500 a second it could finish.</source>
        <extracomment>zero-to-millions, step 7, feedback on choice 3</extracomment>
        <translation>Round robin ignora los pesos: ahora web1 recibe un tercio, 1.200 de las 2.500 por segundo que podría terminar.</translation>
    </message>
    <message>
        <source>A server that gets more than it can finish does not just slow down: its queue grows until it is full, then requests are dropped.</source>
        <extracomment>zero-to-millions, step 7, feedback on choice 4</extracomment>
        <translation>Un servidor que recibe más de lo que puede terminar no solo va más lento: su cola crece hasta llenarse, y entonces se descartan peticiones.</translation>
    </message>
    <message>
        <source>Until 15 s web1 answered about 2,000 requests a second and web2 and web3 about 800 each; nothing was dropped and 95 % of answers took under 43 ms. With round robin each server got 1,200 a second: web2 and web3 each dropped about 3,000 requests in 15 s, and their answers took 140 ms, waiting in a full queue.</source>
        <extracomment>zero-to-millions, step 7, answer explanation</extracomment>
        <translation>Hasta los 15 s, web1 respondía unas 2.000 peticiones por segundo, y web2 y web3 unas 800 cada uno; no se descartaba nada y el 95 % de las respuestas tardaba menos de 43 ms. Con round robin cada servidor recibió 1.200 por segundo: web2 y web3 descartaron unas 3.000 peticiones cada uno en 15 s, y sus respuestas tardaban 140 ms, esperando en una cola llena.</translation>
    </message>
    <message>
        <source>With weights that match the servers, nothing is dropped.</source>
        <extracomment>zero-to-millions, step 7, checkpoint requests.dropped == 0</extracomment>
        <translation>Con pesos que se ajustan a los servidores, no se descarta nada.</translation>
    </message>
    <message>
        <source>web1 takes five of every nine requests.</source>
        <extracomment>zero-to-millions, step 7, checkpoint nodes[web1].served &gt; 27000</extracomment>
        <translation>web1 recibe cinco de cada nueve peticiones.</translation>
    </message>
    <message>
        <source>With round robin the small servers drop requests...</source>
        <extracomment>zero-to-millions, step 7, checkpoint nodes[web2].dropped &gt; 1500</extracomment>
        <translation>Con round robin, los servidores pequeños descartan peticiones...</translation>
    </message>
    <message>
        <source>...while the big one has room to spare.</source>
        <extracomment>zero-to-millions, step 7, checkpoint nodes[web1].dropped == 0</extracomment>
        <translation>...mientras que al grande le sobra capacidad.</translation>
    </message>
    <message>
        <source>Like nginx&apos;s ip_hash, this balancer hashes over the whole pool and picks again only when the server it found is out: everyone else keeps theirs.</source>
        <extracomment>zero-to-millions, step 8, feedback on choice 1</extracomment>
        <translation>Como ip_hash de nginx, este balanceador calcula el hash sobre todo el grupo y solo vuelve a elegir cuando el servidor que encontró está fuera: todos los demás conservan el suyo.</translation>
    </message>
    <message>
        <source>They fail only until the health checks take web3 out of the pool; then they are hashed onto web1 and web2.</source>
        <extracomment>zero-to-millions, step 8, feedback on choice 2</extracomment>
        <translation>Solo fallan hasta que las comprobaciones de salud sacan a web3 del grupo; entonces el hash los reparte entre web1 y web2.</translation>
    </message>
    <message>
        <source>Right: only a user whose server is gone gets a new one.</source>
        <extracomment>zero-to-millions, step 8, feedback on choice 3</extracomment>
        <translation>Correcto: solo un usuario cuyo servidor ha desaparecido recibe uno nuevo.</translation>
    </message>
    <message>
        <source>A server dies</source>
        <extracomment>zero-to-millions, step 9, title</extracomment>
        <translation>Se cae un servidor</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to our two servers behind round robin. At 30 s &lt;b&gt;web2&lt;/b&gt; crashes. This balancer does not check its servers.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 9, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Volvemos a nuestros dos servidores detrás de round robin. A los 30 s &lt;b&gt;web2&lt;/b&gt; se cae. Este balanceador no comprueba sus servidores.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About half of them</source>
        <extracomment>zero-to-millions, step 9, choice 1</extracomment>
        <translation>Más o menos la mitad</translation>
    </message>
    <message>
        <source>A few, until the balancer notices</source>
        <extracomment>zero-to-millions, step 9, choice 3</extracomment>
        <translation>Unas pocas, hasta que el balanceador se da cuenta</translation>
    </message>
    <message>
        <source>Right: every second turn goes to a dead server.</source>
        <extracomment>zero-to-millions, step 9, feedback on choice 1</extracomment>
        <translation>Correcto: uno de cada dos turnos va a un servidor caído.</translation>
    </message>
    <message>
        <source>web1 could, but nobody tells the balancer: it still gives web2 its turns.</source>
        <extracomment>zero-to-millions, step 9, feedback on choice 2</extracomment>
        <translation>web1 podría, pero nadie se lo dice al balanceador: sigue dándole a web2 sus turnos.</translation>
    </message>
    <message>
        <source>This balancer has no way to notice: without health checks it never learns web2 is dead.</source>
        <extracomment>zero-to-millions, step 9, feedback on choice 3</extracomment>
        <translation>Este balanceador no tiene forma de darse cuenta: sin comprobaciones de salud nunca se entera de que web2 está caído.</translation>
    </message>
    <message>
        <source>web1 is alive and answers its turns; only web2&apos;s turns fail.</source>
        <extracomment>zero-to-millions, step 9, feedback on choice 4</extracomment>
        <translation>web1 está vivo y responde en sus turnos; solo fallan los turnos de web2.</translation>
    </message>
    <message>
        <source>Not at all: the balancer sees the crash</source>
        <extracomment>zero-to-millions, step 10, choice 1</extracomment>
        <translation>Ni un momento: el balanceador ve la caída</translation>
    </message>
    <message>
        <source>About 2 seconds: one failed check</source>
        <extracomment>zero-to-millions, step 10, choice 2</extracomment>
        <translation>Unos 2 segundos: una comprobación fallida</translation>
    </message>
    <message>
        <source>The balancer learns only from its checks, and they run every 2 s.</source>
        <extracomment>zero-to-millions, step 10, feedback on choice 1</extracomment>
        <translation>El balanceador solo se entera por sus comprobaciones, y estas se hacen cada 2 s.</translation>
    </message>
    <message>
        <source>One failure is not enough here: it takes three in a row, so that one lost check does not eject a healthy server.</source>
        <extracomment>zero-to-millions, step 10, feedback on choice 2</extracomment>
        <translation>Aquí un fallo no basta: hacen falta tres seguidos, para que una sola comprobación perdida no expulse a un servidor sano.</translation>
    </message>
    <message>
        <source>Right: three checks 2 s apart, about 5.5 s after the crash.</source>
        <extracomment>zero-to-millions, step 10, feedback on choice 3</extracomment>
        <translation>Correcto: tres comprobaciones con 2 s de separación, unos 5,5 s después de la caída.</translation>
    </message>
    <message>
        <source>Three failed checks take web2 out of the pool long before that.</source>
        <extracomment>zero-to-millions, step 10, feedback on choice 4</extracomment>
        <translation>Tres comprobaciones fallidas sacan a web2 del grupo mucho antes.</translation>
    </message>
    <message>
        <source>Explore: how often to check</source>
        <extracomment>zero-to-millions, step 11, title</extracomment>
        <translation>Explora: con qué frecuencia comprobar</translation>
    </message>
    <message>
        <source>&lt;p&gt;web2 dies at 10.5 s. The balancer takes a server out of the pool after three failed checks in a row, so how long users get errors depends on how often it checks. Slide the check &lt;b&gt;interval&lt;/b&gt; from 250 ms to 5 s.&lt;/p&gt;&lt;p&gt;Is the curve a straight line? Look for the values where the errors jump and those where they barely move: the first failed check comes only at the next tick after the crash. And ask the class what checking four times a second costs: every check is a request to every server, and a server that is only slow for a moment may be marked down.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 11, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;web2 se cae a los 10,5 s. El balanceador saca a un servidor del grupo tras tres comprobaciones fallidas seguidas, así que el tiempo que los usuarios reciben errores depende de la frecuencia con que comprueba. Desliza el &lt;b&gt;intervalo&lt;/b&gt; de comprobación de 250 ms a 5 s.&lt;/p&gt;&lt;p&gt;¿Es la curva una línea recta? Busca los valores en los que los errores dan un salto y aquellos en los que apenas se mueven: la primera comprobación fallida solo llega en el siguiente tic después de la caída. Y pregunta a la clase qué cuesta comprobar cuatro veces por segundo: cada comprobación es una petición a cada servidor, y un servidor que solo va lento un momento puede acabar marcado como caído.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Check interval (ms)</source>
        <extracomment>zero-to-millions, step 11, explore: the slider&apos;s label</extracomment>
        <translation>Intervalo de comprobación (ms)</translation>
    </message>
    <message>
        <source>Errors in 30 s</source>
        <extracomment>zero-to-millions, step 11, explore: the plotted figure&apos;s label</extracomment>
        <translation>Errores en 30 s</translation>
    </message>
    <message>
        <source>Challenge: a server dies at rush hour</source>
        <extracomment>zero-to-millions, step 12, title</extracomment>
        <translation>Reto: un servidor se cae en hora punta</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your turn. Two web servers, 1,000 requests a second, a balancer with no health checks, and at 10 s &lt;b&gt;web2&lt;/b&gt; dies. Change the design so that the site rides through the crash.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 12, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Te toca. Dos servidores web, 1.000 peticiones por segundo, un balanceador sin comprobaciones de salud, y a los 10 s &lt;b&gt;web2&lt;/b&gt; se cae. Cambia el diseño para que el sitio aguante la caída.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 1,000 requests a second, with web2 dead from 10 s: fewer than &lt;b&gt;2,000 errors&lt;/b&gt; in 30 s, &lt;b&gt;no request dropped&lt;/b&gt; and a 95th percentile under &lt;b&gt;100 ms&lt;/b&gt; (95 % of the answers are faster than that), with at most &lt;b&gt;3 web servers&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 12, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A 1.000 peticiones por segundo, con web2 caído desde los 10 s: menos de &lt;b&gt;2.000 errores&lt;/b&gt; en 30 s, &lt;b&gt;ninguna petición descartada&lt;/b&gt; y un percentil 95 por debajo de &lt;b&gt;100 ms&lt;/b&gt; (el 95 % de las respuestas son más rápidas), con &lt;b&gt;3 servidores web&lt;/b&gt; como máximo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fewer than 2,000 requests fail.</source>
        <extracomment>zero-to-millions, step 12, challenge goal requests.error &lt; 2000</extracomment>
        <translation>Fallan menos de 2.000 peticiones.</translation>
    </message>
    <message>
        <source>Without health checks the balancer keeps sending a share of the requests to the dead server until the end of the run.</source>
        <extracomment>zero-to-millions, step 12, challenge hint 1</extracomment>
        <translation>Sin comprobaciones de salud, el balanceador sigue enviando una parte de las peticiones al servidor caído hasta el final de la ejecución.</translation>
    </message>
    <message>
        <source>Once web2 is out of the pool, can web1 alone carry 1,000 requests a second? Each request holds one of its 20 workers while it waits for the database too.</source>
        <extracomment>zero-to-millions, step 12, challenge hint 2</extracomment>
        <translation>Cuando web2 esté fuera del grupo, ¿puede web1 solo con 1.000 peticiones por segundo? Cada petición ocupa uno de sus 20 workers mientras espera también a la base de datos.</translation>
    </message>
    <message>
        <source>Give lb health checks (every second, say) and add a third web server, linked from lb and to db1.</source>
        <extracomment>zero-to-millions, step 12, challenge hint 3</extracomment>
        <translation>Dale a lb comprobaciones de salud (cada segundo, por ejemplo) y añade un tercer servidor web, enlazado desde lb y hacia db1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A logged-in user has a &lt;b&gt;session&lt;/b&gt;. Here each server keeps its users&apos; sessions in its own memory, so the balancer has to stick each user to the same server. At 30 s &lt;b&gt;web2&lt;/b&gt; dies.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 13, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Un usuario que ha iniciado sesión tiene una &lt;b&gt;sesión&lt;/b&gt;. Aquí cada servidor guarda las sesiones de sus usuarios en su propia memoria, así que el balanceador tiene que mandar a cada usuario siempre al mismo servidor. A los 30 s &lt;b&gt;web2&lt;/b&gt; se cae.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Only those with a request in progress must log in again</source>
        <extracomment>zero-to-millions, step 13, choice 3</extracomment>
        <translation>Solo los que tienen una petición en curso deben volver a iniciar sesión</translation>
    </message>
    <message>
        <source>They have to log in again elsewhere</source>
        <extracomment>zero-to-millions, step 13, choice 4</extracomment>
        <translation>Tienen que volver a iniciar sesión en otro servidor</translation>
    </message>
    <message>
        <source>Nobody copies them: each session lives only in the memory of its server.</source>
        <extracomment>zero-to-millions, step 13, feedback on choice 1</extracomment>
        <translation>Nadie las copia: cada sesión vive solo en la memoria de su servidor.</translation>
    </message>
    <message>
        <source>The balancer moves them to a live server at once: they are served, but as strangers.</source>
        <extracomment>zero-to-millions, step 13, feedback on choice 2</extracomment>
        <translation>El balanceador los pasa enseguida a un servidor vivo: se les atiende, pero como a desconocidos.</translation>
    </message>
    <message>
        <source>Every session on web2 is gone, busy or not; the others notice on their next request.</source>
        <extracomment>zero-to-millions, step 13, feedback on choice 3</extracomment>
        <translation>Todas las sesiones de web2 han desaparecido, tuvieran una petición en curso o no; los demás lo notan en su siguiente petición.</translation>
    </message>
    <message>
        <source>Right: their sessions died with web2&apos;s memory.</source>
        <extracomment>zero-to-millions, step 13, feedback on choice 4</extracomment>
        <translation>Correcto: sus sesiones murieron con la memoria de web2.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now the servers keep nothing between requests: each request fetches its session from a shared &lt;b&gt;session store&lt;/b&gt;. Any server can handle any user, so the balancer needs no stickiness. The price is one more hop per request, and a store that must itself stay up.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 14, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ahora los servidores no guardan nada entre peticiones: cada petición obtiene su sesión de un &lt;b&gt;almacén de sesiones&lt;/b&gt; compartido. Cualquier servidor puede atender a cualquier usuario, así que el balanceador no necesita sesiones persistentes (sticky). El precio es un salto más por petición, y un almacén que también tiene que seguir funcionando.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About a third, those who were on web2</source>
        <extracomment>zero-to-millions, step 14, choice 2</extracomment>
        <translation>Más o menos un tercio, los que estaban en web2</translation>
    </message>
    <message>
        <source>Only those with a request in progress on web2</source>
        <extracomment>zero-to-millions, step 14, choice 3</extracomment>
        <translation>Solo los que tenían una petición en curso en web2</translation>
    </message>
    <message>
        <source>Right: the sessions are in the store, and the store is up.</source>
        <extracomment>zero-to-millions, step 14, feedback on choice 1</extracomment>
        <translation>Correcto: las sesiones están en el almacén, y el almacén funciona.</translation>
    </message>
    <message>
        <source>Those users&apos; sessions were never on web2: they are in the store.</source>
        <extracomment>zero-to-millions, step 14, feedback on choice 2</extracomment>
        <translation>Las sesiones de esos usuarios nunca estuvieron en web2: están en el almacén.</translation>
    </message>
    <message>
        <source>Those requests fail, but their sessions are in the store: the next request finds them.</source>
        <extracomment>zero-to-millions, step 14, feedback on choice 3</extracomment>
        <translation>Esas peticiones fallan, pero sus sesiones están en el almacén: la siguiente petición las encuentra.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database is now both the bottleneck and a single point of failure, so we keep copies. &lt;b&gt;db1&lt;/b&gt;, the primary, takes every write and ships it to the replicas &lt;b&gt;db2&lt;/b&gt; and &lt;b&gt;db3&lt;/b&gt;, which answer the reads. Most sites read far more than they write: here 90 % of the 500 requests a second are reads, 10 % writes.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 15, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ahora la base de datos es a la vez el cuello de botella y un punto único de fallo, así que guardamos copias. &lt;b&gt;db1&lt;/b&gt;, el primario, acepta todas las escrituras y las envía a las réplicas &lt;b&gt;db2&lt;/b&gt; y &lt;b&gt;db3&lt;/b&gt;, que responden las lecturas. La mayoría de los sitios leen mucho más de lo que escriben: aquí el 90 % de las 500 peticiones por segundo son lecturas, y el 10 %, escrituras.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>In 30 s db1 commits about 1,500 writes, and each replica answers about 6,700 reads. How many of those writes does each replica apply as well?</source>
        <extracomment>zero-to-millions, step 15, question</extracomment>
        <translation>En 30 s db1 confirma unas 1.500 escrituras, y cada réplica responde unas 6.700 lecturas. ¿Cuántas de esas escrituras aplica además cada réplica?</translation>
    </message>
    <message>
        <source>None: writes go to the primary only</source>
        <extracomment>zero-to-millions, step 15, choice 1</extracomment>
        <translation>Ninguna: las escrituras solo van al primario</translation>
    </message>
    <message>
        <source>About 750: the two replicas share the writes as they share the reads</source>
        <extracomment>zero-to-millions, step 15, choice 2</extracomment>
        <translation>Unas 750: las dos réplicas se reparten las escrituras igual que las lecturas</translation>
    </message>
    <message>
        <source>All 1,500, as many as the primary</source>
        <extracomment>zero-to-millions, step 15, choice 3</extracomment>
        <translation>Las 1.500, tantas como el primario</translation>
    </message>
    <message>
        <source>Only the writes to keys that are read often</source>
        <extracomment>zero-to-millions, step 15, choice 4</extracomment>
        <translation>Solo las escrituras en claves que se leen a menudo</translation>
    </message>
    <message>
        <source>Then a replica would never see a change: the primary ships every write to every replica, and each one applies it.</source>
        <extracomment>zero-to-millions, step 15, feedback on choice 1</extracomment>
        <translation>Entonces una réplica nunca vería un cambio: el primario envía cada escritura a cada réplica, y cada una la aplica.</translation>
    </message>
    <message>
        <source>Reads are shared, writes are copied: a replica must have every change to answer any read.</source>
        <extracomment>zero-to-millions, step 15, feedback on choice 2</extracomment>
        <translation>Las lecturas se reparten, las escrituras se copian: una réplica necesita tener todos los cambios para responder cualquier lectura.</translation>
    </message>
    <message>
        <source>Right: every replica repeats every write, so replicas take reads off the primary, never writes.</source>
        <extracomment>zero-to-millions, step 15, feedback on choice 3</extracomment>
        <translation>Correcto: cada réplica repite cada escritura, así que las réplicas le quitan lecturas al primario, nunca escrituras.</translation>
    </message>
    <message>
        <source>Replication copies the whole stream of changes, popular or not; keeping only popular data is what a cache does.</source>
        <extracomment>zero-to-millions, step 15, feedback on choice 4</extracomment>
        <translation>La replicación copia todo el flujo de cambios, populares o no; quedarse solo con los datos populares es lo que hace una caché.</translation>
    </message>
    <message>
        <source>db2 and db3 each applied about 1,500 writes, every one db1 committed, besides about 6,700 reads each; db1 answered only the writes. So more reads? Add replicas. More writes? Every replica has to apply them too: replicas do not help writes.</source>
        <extracomment>zero-to-millions, step 15, answer explanation</extracomment>
        <translation>db2 y db3 aplicaron cada una unas 1.500 escrituras, todas las que confirmó db1, además de unas 6.700 lecturas cada una; db1 solo respondió las escrituras. Así que, ¿más lecturas? Añade réplicas. ¿Más escrituras? Cada réplica también tiene que aplicarlas: las réplicas no ayudan con las escrituras.</translation>
    </message>
    <message>
        <source>Each replica also applies every write...</source>
        <extracomment>zero-to-millions, step 15, checkpoint nodes[db2].applied &gt; 1300</extracomment>
        <translation>Cada réplica también aplica todas las escrituras...</translation>
    </message>
    <message>
        <source>...both of them.</source>
        <extracomment>zero-to-millions, step 15, checkpoint nodes[db3].applied &gt; 1300</extracomment>
        <translation>...las dos.</translation>
    </message>
    <message>
        <source>Reloading right after saving</source>
        <extracomment>zero-to-millions, step 16, title</extracomment>
        <translation>Recargar justo después de guardar</translation>
    </message>
    <message>
        <source>&lt;p&gt;The primary commits a write, answers the user, and only then ships the write to the replicas: this is &lt;b&gt;asynchronous&lt;/b&gt; replication. Here a write needs about 100 ms to reach a replica. Some users check what they have just saved: for 3 in 10 writes, the user reloads the page 50 ms after the answer, and that read goes to a replica like any other.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 16, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;El primario confirma una escritura, responde al usuario y solo entonces envía la escritura a las réplicas: esto es la replicación &lt;b&gt;asíncrona&lt;/b&gt;. Aquí una escritura necesita unos 100 ms para llegar a una réplica. Algunos usuarios comprueban lo que acaban de guardar: en 3 de cada 10 escrituras, el usuario recarga la página 50 ms después de la respuesta, y esa lectura va a una réplica como cualquier otra.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A user saves a new profile picture, gets &quot;saved&quot;, and reloads the page 50 ms later; the read goes to a replica. What does the user see?</source>
        <extracomment>zero-to-millions, step 16, question</extracomment>
        <translation>Un usuario guarda una foto de perfil nueva, recibe «guardado» y recarga la página 50 ms después; la lectura va a una réplica. ¿Qué ve el usuario?</translation>
    </message>
    <message>
        <source>The new picture: the save was confirmed</source>
        <extracomment>zero-to-millions, step 16, choice 1</extracomment>
        <translation>La foto nueva: el guardado se confirmó</translation>
    </message>
    <message>
        <source>An error: the replica knows it is behind</source>
        <extracomment>zero-to-millions, step 16, choice 2</extracomment>
        <translation>Un error: la réplica sabe que va retrasada</translation>
    </message>
    <message>
        <source>The old picture, as if the save had been lost</source>
        <extracomment>zero-to-millions, step 16, choice 3</extracomment>
        <translation>La foto antigua, como si el guardado se hubiera perdido</translation>
    </message>
    <message>
        <source>The new picture, once the replica has waited for the write</source>
        <extracomment>zero-to-millions, step 16, choice 4</extracomment>
        <translation>La foto nueva, una vez que la réplica ha esperado a la escritura</translation>
    </message>
    <message>
        <source>&quot;Saved&quot; means the primary committed it; with asynchronous replication the replicas get it about 100 ms later.</source>
        <extracomment>zero-to-millions, step 16, feedback on choice 1</extracomment>
        <translation>«Guardado» significa que el primario la confirmó; con replicación asíncrona, las réplicas la reciben unos 100 ms más tarde.</translation>
    </message>
    <message>
        <source>A replica does not know which writes it has not received yet; it answers with the data it has.</source>
        <extracomment>zero-to-millions, step 16, feedback on choice 2</extracomment>
        <translation>Una réplica no sabe qué escrituras no ha recibido todavía; responde con los datos que tiene.</translation>
    </message>
    <message>
        <source>Right: the replica has not applied the write yet and answers with what it has.</source>
        <extracomment>zero-to-millions, step 16, feedback on choice 3</extracomment>
        <translation>Correcto: la réplica aún no ha aplicado la escritura y responde con lo que tiene.</translation>
    </message>
    <message>
        <source>About 450 users in 30 s did not see what they had just saved: a read-your-writes violation. The replicas were up to 105 ms behind (the ship delay plus the link), and the reload reached a replica about 85 ms after the commit. Real sites send a user&apos;s reads to the primary for a moment after they write, or make the replica wait for that write; ScaleLab shows the problem, not those fixes.</source>
        <extracomment>zero-to-millions, step 16, answer explanation</extracomment>
        <translation>Unos 450 usuarios en 30 s no vieron lo que acababan de guardar: un incumplimiento de «leer tus escrituras». Las réplicas iban hasta 105 ms por detrás (el retardo de envío más el enlace), y la recarga llegaba a una réplica unos 85 ms después de la confirmación. Los sitios reales envían las lecturas de un usuario al primario durante un momento después de que escriba, o hacen que la réplica espere a esa escritura; ScaleLab muestra el problema, no esas soluciones.</translation>
    </message>
    <message>
        <source>Users do not see their own writes.</source>
        <extracomment>zero-to-millions, step 16, checkpoint replication.read_your_writes_violations &gt; 300</extracomment>
        <translation>Los usuarios no ven sus propias escrituras.</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 10 s replica &lt;b&gt;db3&lt;/b&gt; dies, and at 20 s &lt;b&gt;db2&lt;/b&gt; dies too.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 17, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A los 10 s la réplica &lt;b&gt;db3&lt;/b&gt; se cae, y a los 20 s &lt;b&gt;db2&lt;/b&gt; también se cae.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The primary answers them as well</source>
        <extracomment>zero-to-millions, step 17, choice 1</extracomment>
        <translation>El primario también las responde</translation>
    </message>
    <message>
        <source>They wait until a new replica is ready</source>
        <extracomment>zero-to-millions, step 17, choice 3</extracomment>
        <translation>Esperan hasta que hay una réplica nueva lista</translation>
    </message>
    <message>
        <source>Right: db1 has all the data, so it takes the reads too.</source>
        <extracomment>zero-to-millions, step 17, feedback on choice 1</extracomment>
        <translation>Correcto: db1 tiene todos los datos, así que también asume las lecturas.</translation>
    </message>
    <message>
        <source>The primary has every write, so it has all the data the replicas had.</source>
        <extracomment>zero-to-millions, step 17, feedback on choice 2</extracomment>
        <translation>El primario tiene todas las escrituras, así que tiene todos los datos que tenían las réplicas.</translation>
    </message>
    <message>
        <source>Nothing waits for a new replica: another database already has the data.</source>
        <extracomment>zero-to-millions, step 17, feedback on choice 3</extracomment>
        <translation>Nada espera a una réplica nueva: otra base de datos ya tiene los datos.</translation>
    </message>
    <message>
        <source>db1 has all the data, so it takes the reads too: it answered about 6,100 requests instead of 1,500 (its writes alone). Only the few reads in progress on a replica as it died failed: 5 to 21 in all.</source>
        <extracomment>zero-to-millions, step 17, answer explanation</extracomment>
        <translation>db1 tiene todos los datos, así que también asume las lecturas: respondió unas 6.100 peticiones en lugar de 1.500 (solo sus escrituras). Solo fallaron las pocas lecturas que estaban en curso en una réplica cuando se cayó: de 5 a 21 en total.</translation>
    </message>
    <message>
        <source>Challenge: reads swamp the primary</source>
        <extracomment>zero-to-millions, step 18, title</extracomment>
        <translation>Reto: las lecturas desbordan al primario</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your turn. Traffic has grown to 4,000 requests a second and the replicas are gone: &lt;b&gt;db1&lt;/b&gt;, with 8 workers, takes every read and every write alone, and its queue overflows. Change the design so that it copes.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 18, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Te toca. El tráfico ha crecido a 4.000 peticiones por segundo y las réplicas ya no están: &lt;b&gt;db1&lt;/b&gt;, con 8 workers, asume sola todas las lecturas y todas las escrituras, y su cola se desborda. Cambia el diseño para que pueda con ello.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 4,000 requests a second (70 % reads): a 95th percentile under &lt;b&gt;100 ms&lt;/b&gt; and &lt;b&gt;no request dropped&lt;/b&gt;, with at most &lt;b&gt;3 databases&lt;/b&gt;. Give any database you add 8 workers, like db1: a bigger machine is not the point here.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 18, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A 4.000 peticiones por segundo (70 % de lecturas): un percentil 95 por debajo de &lt;b&gt;100 ms&lt;/b&gt; y &lt;b&gt;ninguna petición descartada&lt;/b&gt;, con &lt;b&gt;3 bases de datos&lt;/b&gt; como máximo. Dale 8 workers a cualquier base de datos que añadas, como db1: aquí no se trata de usar una máquina más grande.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Which requests could another database answer without taking the data away from db1?</source>
        <extracomment>zero-to-millions, step 18, challenge hint 1</extracomment>
        <translation>¿Qué peticiones podría responder otra base de datos sin quitarle los datos a db1?</translation>
    </message>
    <message>
        <source>A replica answers reads; the primary still takes every write and ships it to each replica over a link from db1. Is one replica enough for 2,800 reads a second?</source>
        <extracomment>zero-to-millions, step 18, challenge hint 2</extracomment>
        <translation>Una réplica responde lecturas; el primario sigue aceptando todas las escrituras y las envía a cada réplica por un enlace desde db1. ¿Basta una réplica para 2.800 lecturas por segundo?</translation>
    </message>
    <message>
        <source>Add two replicas with 8 workers each, linked from db1 and from web1 and web2.</source>
        <extracomment>zero-to-millions, step 18, challenge hint 3</extracomment>
        <translation>Añade dos réplicas con 8 workers cada una, enlazadas desde db1 y desde web1 y web2.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The chapter calls them master and slave; we say primary and replica. At 20 s the primary &lt;b&gt;db1&lt;/b&gt; dies. Writes fail for 5 s while the system decides what to do; then the most up-to-date replica, &lt;b&gt;db2&lt;/b&gt;, is &lt;b&gt;promoted&lt;/b&gt; to primary. Handing the primary&apos;s job to another database is &lt;b&gt;failover&lt;/b&gt;. Replication is asynchronous: db1 answers &quot;saved&quot; once it has committed a write, and ships it afterwards.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 19, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;El capítulo los llama maestro y esclavo (master y slave); nosotros decimos primario y réplica. A los 20 s el primario &lt;b&gt;db1&lt;/b&gt; se cae. Las escrituras fallan durante 5 s mientras el sistema decide qué hacer; después la réplica más actualizada, &lt;b&gt;db2&lt;/b&gt;, es &lt;b&gt;promovida&lt;/b&gt; a primario. Pasar el trabajo del primario a otra base de datos es la &lt;b&gt;conmutación por error&lt;/b&gt; (failover). La replicación es asíncrona: db1 responde «guardado» en cuanto ha confirmado una escritura, y la envía después.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the writes db1 acknowledged but had not shipped yet?</source>
        <extracomment>zero-to-millions, step 19, question</extracomment>
        <translation>¿Qué pasa con las escrituras que db1 confirmó pero aún no había enviado?</translation>
    </message>
    <message>
        <source>They are lost for good</source>
        <extracomment>zero-to-millions, step 19, choice 2</extracomment>
        <translation>Se pierden para siempre</translation>
    </message>
    <message>
        <source>db2 reads them from db1&apos;s disk before taking over</source>
        <extracomment>zero-to-millions, step 19, choice 4</extracomment>
        <translation>db2 las lee del disco de db1 antes de tomar el relevo</translation>
    </message>
    <message>
        <source>db2 can only get what db1 sent, and db1 is dead.</source>
        <extracomment>zero-to-millions, step 19, feedback on choice 1</extracomment>
        <translation>db2 solo puede recibir lo que db1 envió, y db1 se ha caído.</translation>
    </message>
    <message>
        <source>Right: they existed only on db1.</source>
        <extracomment>zero-to-millions, step 19, feedback on choice 2</extracomment>
        <translation>Correcto: solo existían en db1.</translation>
    </message>
    <message>
        <source>Their users were told &quot;saved&quot; and have moved on; nobody knows to resend.</source>
        <extracomment>zero-to-millions, step 19, feedback on choice 3</extracomment>
        <translation>A sus usuarios se les dijo «guardado» y han seguido a lo suyo; nadie sabe que tiene que volver a enviarlas.</translation>
    </message>
    <message>
        <source>Nothing reads db1&apos;s disk here; that is the next step, binlog recovery.</source>
        <extracomment>zero-to-millions, step 19, feedback on choice 4</extracomment>
        <translation>Aquí nada lee el disco de db1; eso es el siguiente paso, la recuperación desde el binlog.</translation>
    </message>
    <message>
        <source>With asynchronous replication they existed only on db1: about ten acknowledged writes were lost (5 to 20 depending on the seed). About 600 writes failed in the 5 s without a primary; reads went on from the replicas.</source>
        <extracomment>zero-to-millions, step 19, answer explanation</extracomment>
        <translation>Con replicación asíncrona solo existían en db1: se perdieron unas diez escrituras confirmadas (de 5 a 20 según la semilla). Unas 600 escrituras fallaron en los 5 s sin primario; las lecturas siguieron funcionando desde las réplicas.</translation>
    </message>
    <message>
        <source>Nothing: it runs in the background</source>
        <extracomment>zero-to-millions, step 20, choice 1</extracomment>
        <translation>Nada: se ejecuta en segundo plano</translation>
    </message>
    <message>
        <source>Once replayed, db2 has every write; replication carries on as before.</source>
        <extracomment>zero-to-millions, step 20, feedback on choice 3</extracomment>
        <translation>Tras volver a aplicar el binlog, db2 tiene todas las escrituras; la replicación sigue como antes.</translation>
    </message>
    <message>
        <source>All the missing writes were replayed and none was lost, but writes failed for longer: about 850 errors instead of 600.</source>
        <extracomment>zero-to-millions, step 20, answer explanation</extracomment>
        <translation>Todas las escrituras que faltaban se volvieron a aplicar y no se perdió ninguna, pero las escrituras fallaron durante más tiempo: unos 850 errores en lugar de 600.</translation>
    </message>
    <message>
        <source>Both stay, each on its own master</source>
        <extracomment>zero-to-millions, step 21, choice 3</extracomment>
        <translation>Se quedan los dos, cada uno en su propio maestro</translation>
    </message>
    <message>
        <source>A database cannot add up two balances it knows nothing about: it keeps one value.</source>
        <extracomment>zero-to-millions, step 21, feedback on choice 1</extracomment>
        <translation>Una base de datos no puede sumar dos saldos de los que no sabe nada: se queda con un solo valor.</translation>
    </message>
    <message>
        <source>That is the other rule, first committer wins; last writer wins tells nobody.</source>
        <extracomment>zero-to-millions, step 21, feedback on choice 2</extracomment>
        <translation>Esa es la otra regla, gana el primero en confirmar; con «gana la última escritura» no se avisa a nadie.</translation>
    </message>
    <message>
        <source>The masters ship their writes to each other and end up agreeing on one value.</source>
        <extracomment>zero-to-millions, step 21, feedback on choice 3</extracomment>
        <translation>Los maestros se envían sus escrituras entre sí y acaban coincidiendo en un solo valor.</translation>
    </message>
    <message>
        <source>Right: its user was told &quot;saved&quot;, and the value is gone.</source>
        <extracomment>zero-to-millions, step 21, feedback on choice 4</extracomment>
        <translation>Correcto: a su usuario se le dijo «guardado», y el valor ha desaparecido.</translation>
    </message>
    <message>
        <source>About 300 to 350 writes in 30 s were overwritten without a word to their users; in the end all masters agree. For a balance that means lost money, and which write counts as the last is decided by the masters&apos; clocks, which can be skewed: the change that wins may not even be the later one. The other rule, first committer wins, refuses the later write and tells its user instead.</source>
        <extracomment>zero-to-millions, step 21, answer explanation</extracomment>
        <translation>Entre 300 y 350 escrituras en 30 s se sobrescribieron sin decir nada a sus usuarios; al final todos los maestros coinciden. En un saldo eso significa dinero perdido, y qué escritura cuenta como la última lo deciden los relojes de los maestros, que pueden estar desfasados: puede que el cambio que gana ni siquiera sea el posterior. La otra regla, gana el primero en confirmar, rechaza en cambio la escritura posterior y se lo comunica a su usuario.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Circular&lt;/b&gt; replication links the masters in a ring, A → B → C → A: each passes every write on to the next. Here each hop takes 5 ms. How far a node is behind the node where a write started is its &lt;b&gt;replication lag&lt;/b&gt;. At 20 s &lt;b&gt;dbB&lt;/b&gt; dies; 3 s later the ring closes around it, A → C.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 22, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;La replicación &lt;b&gt;circular&lt;/b&gt; enlaza los maestros en un anillo, A → B → C → A: cada uno pasa cada escritura al siguiente. Aquí cada salto tarda 5 ms. Lo que un nodo va por detrás del nodo donde empezó una escritura es su &lt;b&gt;retraso de replicación&lt;/b&gt;. A los 20 s &lt;b&gt;dbB&lt;/b&gt; se cae; 3 s después el anillo se cierra saltándoselo, A → C.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>While the ring is whole, how many ms after a write commits on dbA does dbC have it?</source>
        <extracomment>zero-to-millions, step 22, question</extracomment>
        <translation>Mientras el anillo está completo, ¿cuántos ms después de confirmarse una escritura en dbA la tiene dbC?</translation>
    </message>
    <message>
        <source>A → B → C is two hops: dbC&apos;s lag was 10 ms while the ring was whole. When dbB died, about 90 writes it had not passed on were held up and dbC fell about 3 s behind; when the ring closed, dbC got all of them from dbA.</source>
        <extracomment>zero-to-millions, step 22, answer explanation</extracomment>
        <translation>A → B → C son dos saltos: el retraso de dbC fue de 10 ms mientras el anillo estuvo completo. Cuando dbB se cayó, unas 90 escrituras que no había pasado quedaron retenidas y dbC se quedó unos 3 s por detrás; cuando el anillo se cerró, dbC las recibió todas de dbA.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same ring with ten masters, &lt;b&gt;dbA&lt;/b&gt; to &lt;b&gt;dbJ&lt;/b&gt;, and 5 ms a hop. Until a write arrives, anyone reading from a node further round the ring sees old data.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 23, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;El mismo anillo con diez maestros, de &lt;b&gt;dbA&lt;/b&gt; a &lt;b&gt;dbJ&lt;/b&gt;, y 5 ms por salto. Hasta que llega una escritura, cualquiera que lea de un nodo más adelante en el anillo ve datos antiguos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How long until dbJ, the last of ten masters, sees a write made on dbA?</source>
        <extracomment>zero-to-millions, step 23, question</extracomment>
        <translation>¿Cuánto tarda dbJ, el último de diez maestros, en ver una escritura hecha en dbA?</translation>
    </message>
    <message>
        <source>5 ms: every master hears from dbA</source>
        <extracomment>zero-to-millions, step 23, choice 1</extracomment>
        <translation>5 ms: todos los maestros la reciben directamente de dbA</translation>
    </message>
    <message>
        <source>About 50 ms</source>
        <extracomment>zero-to-millions, step 23, choice 3</extracomment>
        <translation>Unos 50 ms</translation>
    </message>
    <message>
        <source>In a ring each master hears only from the one before it.</source>
        <extracomment>zero-to-millions, step 23, feedback on choice 1</extracomment>
        <translation>En un anillo, cada maestro solo recibe del anterior.</translation>
    </message>
    <message>
        <source>Right: nine hops of 5 ms.</source>
        <extracomment>zero-to-millions, step 23, feedback on choice 2</extracomment>
        <translation>Correcto: nueve saltos de 5 ms.</translation>
    </message>
    <message>
        <source>Ten masters, but only nine hops from dbA to dbJ.</source>
        <extracomment>zero-to-millions, step 23, feedback on choice 3</extracomment>
        <translation>Diez maestros, pero solo nueve saltos de dbA a dbJ.</translation>
    </message>
    <message>
        <source>Hops do not slow each other down here: nine hops of 5 ms are 45 ms.</source>
        <extracomment>zero-to-millions, step 23, feedback on choice 4</extracomment>
        <translation>Aquí los saltos no se ralentizan entre sí: nueve saltos de 5 ms son 45 ms.</translation>
    </message>
    <message>
        <source>Nine hops of 5 ms: the largest lag measured is 45 ms. Even at this light load, 65 to 100 reads in 30 s were stale.</source>
        <extracomment>zero-to-millions, step 23, answer explanation</extracomment>
        <translation>Nueve saltos de 5 ms: el mayor retraso medido es de 45 ms. Incluso con esta carga ligera, entre 65 y 100 lecturas en 30 s fueron obsoletas.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;cache&lt;/b&gt; keeps recent answers in memory. For each read the server asks &lt;b&gt;cache1&lt;/b&gt; first: a &lt;b&gt;hit&lt;/b&gt; answers in half a millisecond; a &lt;b&gt;miss&lt;/b&gt; reads db1 and the server puts the answer in the cache for next time. This is &lt;b&gt;cache-aside&lt;/b&gt;, what the chapter calls a read-through cache (in a strict read-through cache the cache loads the database itself). The share of reads that are hits is the &lt;b&gt;hit ratio&lt;/b&gt;. This cache holds 1,000 of the 10,000 keys.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 25, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Una &lt;b&gt;caché&lt;/b&gt; guarda en memoria respuestas recientes. Para cada lectura, el servidor pregunta primero a &lt;b&gt;cache1&lt;/b&gt;: un &lt;b&gt;acierto&lt;/b&gt; responde en medio milisegundo; un &lt;b&gt;fallo&lt;/b&gt; lee db1, y el servidor pone la respuesta en la caché para la próxima vez. Esto es &lt;b&gt;cache-aside&lt;/b&gt;, lo que el capítulo llama una caché read-through (en una caché read-through estricta es la propia caché la que lee la base de datos). La proporción de lecturas que son aciertos es la &lt;b&gt;tasa de aciertos&lt;/b&gt;. Esta caché guarda 1.000 de las 10.000 claves.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The cache holds a tenth of the keys. What hit ratio do you expect, in % of the reads?</source>
        <extracomment>zero-to-millions, step 25, question</extracomment>
        <translation>La caché guarda una décima parte de las claves. ¿Qué tasa de aciertos esperas, en % de las lecturas?</translation>
    </message>
    <message>
        <source>Popular keys are asked for far more often than the rest, and the cache keeps them: the hit ratio is about 0.59, 59 %, not the 10 % a tenth of the keys suggests. db1 answered about 14,000 requests instead of 30,000, and the median answer fell from 37 ms to 28.5 ms.</source>
        <extracomment>zero-to-millions, step 25, answer explanation</extracomment>
        <translation>Las claves populares se piden mucho más a menudo que el resto, y la caché las conserva: la tasa de aciertos es de unos 0,59, un 59 %, no el 10 % que sugiere una décima parte de las claves. db1 respondió unas 14.000 peticiones en lugar de 30.000, y la respuesta mediana bajó de 37 ms a 28,5 ms.</translation>
    </message>
    <message>
        <source>Expiration: a TTL of 2 s</source>
        <extracomment>zero-to-millions, step 26, title</extracomment>
        <translation>Caducidad: un TTL de 2 s</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each entry has a &lt;b&gt;time to live&lt;/b&gt; (&lt;b&gt;TTL&lt;/b&gt;): once it runs out the entry expires, and the next read of that key is a miss. Here the TTL drops from 60 s to 2 s.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 26, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Cada entrada tiene un &lt;b&gt;tiempo de vida&lt;/b&gt; (&lt;b&gt;TTL&lt;/b&gt;): cuando se agota, la entrada caduca, y la siguiente lectura de esa clave es un fallo. Aquí el TTL baja de 60 s a 2 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It rises: entries are fresher</source>
        <extracomment>zero-to-millions, step 26, choice 1</extracomment>
        <translation>Sube: las entradas son más frescas</translation>
    </message>
    <message>
        <source>It falls a little</source>
        <extracomment>zero-to-millions, step 26, choice 2</extracomment>
        <translation>Baja un poco</translation>
    </message>
    <message>
        <source>It collapses to almost nothing</source>
        <extracomment>zero-to-millions, step 26, choice 3</extracomment>
        <translation>Se desploma hasta casi nada</translation>
    </message>
    <message>
        <source>Fresher, yes, but expiry never adds a hit: it only turns later reads into misses.</source>
        <extracomment>zero-to-millions, step 26, feedback on choice 1</extracomment>
        <translation>Más frescas, sí, pero la caducidad nunca añade un acierto: solo convierte lecturas posteriores en fallos.</translation>
    </message>
    <message>
        <source>Right: popular keys are read again well within 2 s; the rest expire first.</source>
        <extracomment>zero-to-millions, step 26, feedback on choice 2</extracomment>
        <translation>Correcto: las claves populares se vuelven a leer mucho antes de 2 s; el resto caduca antes.</translation>
    </message>
    <message>
        <source>Popular keys are read many times a second, so they stay cached even with a 2 s TTL.</source>
        <extracomment>zero-to-millions, step 26, feedback on choice 3</extracomment>
        <translation>Las claves populares se leen muchas veces por segundo, así que siguen en caché incluso con un TTL de 2 s.</translation>
    </message>
    <message>
        <source>An expired entry is gone: its next read is a miss.</source>
        <extracomment>zero-to-millions, step 26, feedback on choice 4</extracomment>
        <translation>Una entrada caducada ya no está: su siguiente lectura es un fallo.</translation>
    </message>
    <message>
        <source>About 10,000 entries expired before they were used again: the hit ratio falls from 0.59 to 0.53, and db1 answers about 1,700 more requests. Too short a TTL sends reads back to the database; too long keeps old values.</source>
        <extracomment>zero-to-millions, step 26, answer explanation</extracomment>
        <translation>Unas 10.000 entradas caducaron antes de volver a usarse: la tasa de aciertos baja de 0,59 a 0,53, y db1 responde unas 1.700 peticiones más. Un TTL demasiado corto devuelve las lecturas a la base de datos; uno demasiado largo conserva valores antiguos.</translation>
    </message>
    <message>
        <source>&lt;p&gt;So far every write deleted its key from the cache. Here writes go to the database and leave the cache alone: a value changed in the database stays old in the cache until its entry expires. On this site, as on most, reads favour a few popular keys while writes are spread over all 10,000 keys. With a 2 s TTL it gets a hit ratio of about 0.57, and about 900 hits in 30 s return an old value. Now entries live 30 s.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 27, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Hasta ahora cada escritura borraba su clave de la caché. Aquí las escrituras van a la base de datos y dejan la caché como está: un valor cambiado en la base de datos sigue siendo el antiguo en la caché hasta que su entrada caduca. En este sitio, como en la mayoría, las lecturas se concentran en unas pocas claves populares, mientras que las escrituras se reparten entre las 10.000 claves. Con un TTL de 2 s obtiene una tasa de aciertos de unos 0,57, y unos 900 aciertos en 30 s devuelven un valor antiguo. Ahora las entradas viven 30 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Entries now live 30 s instead of 2 s, and writes still leave the cache alone. What do you expect?</source>
        <extracomment>zero-to-millions, step 27, question</extracomment>
        <translation>Ahora las entradas viven 30 s en lugar de 2 s, y las escrituras siguen dejando la caché como está. ¿Qué esperas?</translation>
    </message>
    <message>
        <source>More hits, and many more of them stale</source>
        <extracomment>zero-to-millions, step 27, choice 1</extracomment>
        <translation>Más aciertos, y muchos más de ellos obsoletos</translation>
    </message>
    <message>
        <source>More hits, and about as many stale ones as before</source>
        <extracomment>zero-to-millions, step 27, choice 2</extracomment>
        <translation>Más aciertos, y más o menos tantos obsoletos como antes</translation>
    </message>
    <message>
        <source>Fewer hits: the cache fills up with old entries</source>
        <extracomment>zero-to-millions, step 27, choice 3</extracomment>
        <translation>Menos aciertos: la caché se llena de entradas antiguas</translation>
    </message>
    <message>
        <source>Fewer stale hits: popular entries stay in the cache and stay right</source>
        <extracomment>zero-to-millions, step 27, choice 4</extracomment>
        <translation>Menos aciertos obsoletos: las entradas populares se quedan en la caché y siguen siendo correctas</translation>
    </message>
    <message>
        <source>Right: fewer entries expire, so more reads hit, and an entry kept longer is more likely to have been changed in the database since.</source>
        <extracomment>zero-to-millions, step 27, feedback on choice 1</extracomment>
        <translation>Correcto: caducan menos entradas, así que más lecturas aciertan, y es más probable que una entrada que se conserva más tiempo haya cambiado desde entonces en la base de datos.</translation>
    </message>
    <message>
        <source>An entry that lives 15 times longer has 15 times as long to be overwritten in the database, and without invalidation nothing removes it.</source>
        <extracomment>zero-to-millions, step 27, feedback on choice 2</extracomment>
        <translation>Una entrada que vive 15 veces más tiene 15 veces más tiempo para que la sobrescriban en la base de datos, y sin invalidación nada la elimina.</translation>
    </message>
    <message>
        <source>The cache holds 1,000 entries either way and evicts the least recently used; a longer TTL only means fewer entries expire, so fewer misses.</source>
        <extracomment>zero-to-millions, step 27, feedback on choice 3</extracomment>
        <translation>La caché guarda 1.000 entradas en ambos casos y expulsa la usada menos recientemente; un TTL más largo solo significa que caducan menos entradas, y por tanto hay menos fallos.</translation>
    </message>
    <message>
        <source>Staying in the cache does not keep a value right: only an invalidation or the end of its TTL replaces it with the new one.</source>
        <extracomment>zero-to-millions, step 27, feedback on choice 4</extracomment>
        <translation>Quedarse en la caché no mantiene correcto un valor: solo una invalidación o el final de su TTL lo sustituye por el nuevo.</translation>
    </message>
    <message>
        <source>The hit ratio rose to about 0.66, but about 7,200 of 18,000 hits returned an old value (5,400 to 9,700 over seeds 1 to 50), against about 900 with 2 s. A longer TTL buys a few more hits and pays with many more wrong answers: set it from how old a value may be, not from the hit ratio alone.</source>
        <extracomment>zero-to-millions, step 27, answer explanation</extracomment>
        <translation>La tasa de aciertos subió a unos 0,66, pero unos 7.200 de 18.000 aciertos devolvieron un valor antiguo (de 5.400 a 9.700 con las semillas 1 a 50), frente a unos 900 con 2 s. Un TTL más largo compra unos pocos aciertos más y los paga con muchas más respuestas erróneas: fíjalo según lo antiguo que puede llegar a ser un valor, no solo por la tasa de aciertos.</translation>
    </message>
    <message>
        <source>More hits than with a 2 s TTL (about 0.57)...</source>
        <extracomment>zero-to-millions, step 27, checkpoint cache.hit_ratio &gt; 0.62</extracomment>
        <translation>Más aciertos que con un TTL de 2 s (unos 0,57)...</translation>
    </message>
    <message>
        <source>...but thousands of them stale, against about 900 with 2 s.</source>
        <extracomment>zero-to-millions, step 27, checkpoint cache.stale_hits &gt; 3000</extracomment>
        <translation>...pero miles de ellos obsoletos, frente a unos 900 con 2 s.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A full cache must &lt;b&gt;evict&lt;/b&gt; an entry to make room for a new one. This cache holds only 200 keys, 2 % of them, and uses &lt;b&gt;LFU&lt;/b&gt;: it gives up the key used least often. &lt;b&gt;LRU&lt;/b&gt; would give up the one unused for longest, &lt;b&gt;FIFO&lt;/b&gt; the oldest.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 28, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Una caché llena tiene que &lt;b&gt;expulsar&lt;/b&gt; una entrada para hacer sitio a una nueva. Esta caché solo guarda 200 claves, el 2 % del total, y usa &lt;b&gt;LFU&lt;/b&gt;: renuncia a la clave usada con menos frecuencia. &lt;b&gt;LRU&lt;/b&gt; renunciaría a la que lleva más tiempo sin usarse, y &lt;b&gt;FIFO&lt;/b&gt;, a la más antigua.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This cache holds 2 % of the keys. What share of the reads does it answer with LFU?</source>
        <extracomment>zero-to-millions, step 28, question</extracomment>
        <translation>Esta caché guarda el 2 % de las claves. ¿Qué parte de las lecturas responde con LFU?</translation>
    </message>
    <message>
        <source>About 2 %</source>
        <extracomment>zero-to-millions, step 28, choice 1</extracomment>
        <translation>Alrededor del 2 %</translation>
    </message>
    <message>
        <source>About 20 %</source>
        <extracomment>zero-to-millions, step 28, choice 2</extracomment>
        <translation>Alrededor del 20 %</translation>
    </message>
    <message>
        <source>About 45 %</source>
        <extracomment>zero-to-millions, step 28, choice 3</extracomment>
        <translation>Alrededor del 45 %</translation>
    </message>
    <message>
        <source>About 90 %</source>
        <extracomment>zero-to-millions, step 28, choice 4</extracomment>
        <translation>Alrededor del 90 %</translation>
    </message>
    <message>
        <source>That would be so if every key were equally popular; a few keys get most reads, and LFU keeps those.</source>
        <extracomment>zero-to-millions, step 28, feedback on choice 1</extracomment>
        <translation>Así sería si todas las claves fueran igual de populares; unas pocas claves reciben la mayoría de las lecturas, y LFU conserva esas.</translation>
    </message>
    <message>
        <source>The 200 most popular keys draw far more than that: more than twice as much.</source>
        <extracomment>zero-to-millions, step 28, feedback on choice 2</extracomment>
        <translation>Las 200 claves más populares atraen mucho más que eso: más del doble.</translation>
    </message>
    <message>
        <source>Right: a few popular keys get most of the reads, and LFU keeps exactly those.</source>
        <extracomment>zero-to-millions, step 28, feedback on choice 3</extracomment>
        <translation>Correcto: unas pocas claves populares reciben la mayoría de las lecturas, y LFU conserva precisamente esas.</translation>
    </message>
    <message>
        <source>Many keys are read often; 200 slots cannot hold all of them.</source>
        <extracomment>zero-to-millions, step 28, feedback on choice 4</extracomment>
        <translation>Muchas claves se leen a menudo; en 200 huecos no caben todas.</translation>
    </message>
    <message>
        <source>LFU reaches a hit ratio of about 0.44 here; the same cache reaches 0.41 with LRU and 0.38 with FIFO. Which is best depends on how the keys are used.</source>
        <extracomment>zero-to-millions, step 28, answer explanation</extracomment>
        <translation>Aquí LFU alcanza una tasa de aciertos de unos 0,44; la misma caché alcanza 0,41 con LRU y 0,38 con FIFO. Cuál es mejor depende de cómo se usen las claves.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database was sized counting on the cache: 8 workers. At 30 s &lt;b&gt;cache1&lt;/b&gt; dies. It comes back at 45 s, empty.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 29, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;La base de datos se dimensionó contando con la caché: 8 workers. A los 30 s &lt;b&gt;cache1&lt;/b&gt; se cae. Vuelve a los 45 s, vacía.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It crashes too</source>
        <extracomment>zero-to-millions, step 29, choice 3</extracomment>
        <translation>También se cae</translation>
    </message>
    <message>
        <source>It works a little harder, a few ms slower</source>
        <extracomment>zero-to-millions, step 29, choice 4</extracomment>
        <translation>Trabaja un poco más, unos pocos ms más lenta</translation>
    </message>
    <message>
        <source>Right: every read lands on a database sized for the misses.</source>
        <extracomment>zero-to-millions, step 29, feedback on choice 1</extracomment>
        <translation>Correcto: todas las lecturas llegan a una base de datos dimensionada para los fallos.</translation>
    </message>
    <message>
        <source>It has the data, but not the workers: 8 were sized for the cache&apos;s misses only.</source>
        <extracomment>zero-to-millions, step 29, feedback on choice 2</extracomment>
        <translation>Tiene los datos, pero no los workers: sus 8 se dimensionaron solo para los fallos de la caché.</translation>
    </message>
    <message>
        <source>An overloaded database does not crash here: it queues, and refuses requests once the queue is full.</source>
        <extracomment>zero-to-millions, step 29, feedback on choice 3</extracomment>
        <translation>Aquí una base de datos sobrecargada no se cae: encola, y rechaza peticiones cuando la cola está llena.</translation>
    </message>
    <message>
        <source>With the cache gone it gets about twice the requests it had: its queue fills and answers take hundreds of ms.</source>
        <extracomment>zero-to-millions, step 29, feedback on choice 4</extracomment>
        <translation>Sin la caché recibe más o menos el doble de peticiones que antes: su cola se llena y las respuestas tardan cientos de ms.</translation>
    </message>
    <message>
        <source>db1 answered about 15,000 requests in those 15 s, as many as in the 30 s before, and could take no more: the 95th percentile rose from 39 ms to about 420 ms and about 850 to 1,400 requests were dropped. Several cache servers, or a standby gutter pool, avoid this.</source>
        <extracomment>zero-to-millions, step 29, answer explanation</extracomment>
        <translation>db1 respondió unas 15.000 peticiones en esos 15 s, tantas como en los 30 s anteriores, y no podía con más: el percentil 95 subió de 39 ms a unos 420 ms y se descartaron entre 850 y 1.400 peticiones. Varios servidores de caché, o un grupo de respaldo (gutter) en reserva, evitan esto.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Images, scripts and style sheets are &lt;b&gt;static&lt;/b&gt;: the same for every user. Here they all come from &lt;b&gt;assets&lt;/b&gt;, a storage bucket in the US: the &lt;b&gt;origin&lt;/b&gt;, where the original files live. Users in Europe pay for the ocean crossing on every single file.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 30, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Las imágenes, los scripts y las hojas de estilo son &lt;b&gt;estáticos&lt;/b&gt;: iguales para todos los usuarios. Aquí todos vienen de &lt;b&gt;assets&lt;/b&gt;, un bucket de almacenamiento en EE. UU.: el &lt;b&gt;origen&lt;/b&gt;, donde viven los archivos originales. Los usuarios de Europa pagan la travesía del océano en todos y cada uno de los archivos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;CDN&lt;/b&gt; keeps copies of static files on &lt;b&gt;edge&lt;/b&gt; servers close to the users. Each user asks the nearest edge; on a miss, the edge fetches the file from the origin once and keeps it. The share of the bytes the edges send instead of the origin is the &lt;b&gt;offload&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 31, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Una &lt;b&gt;CDN&lt;/b&gt; guarda copias de los archivos estáticos en servidores de &lt;b&gt;borde&lt;/b&gt; (edge) cerca de los usuarios. Cada usuario pregunta al servidor de borde más cercano; en un fallo, el servidor de borde trae el archivo del origen una vez y se lo queda. La proporción de bytes que envían los servidores de borde en lugar del origen es la &lt;b&gt;descarga del origen&lt;/b&gt; (offload).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Each file is fetched from the origin once per edge, then served from the edge many times.</source>
        <extracomment>zero-to-millions, step 31, feedback on choice 1</extracomment>
        <translation>Cada archivo se trae del origen una vez por servidor de borde, y luego se sirve desde el servidor de borde muchas veces.</translation>
    </message>
    <message>
        <source>Popular files are asked for again and again: most bytes are repeats, sent by the edges.</source>
        <extracomment>zero-to-millions, step 31, feedback on choice 2</extracomment>
        <translation>Los archivos populares se piden una y otra vez: la mayoría de los bytes son repeticiones, enviadas por los servidores de borde.</translation>
    </message>
    <message>
        <source>Right: the edges send most bytes; the origin sends each file about once per edge, plus the rare ones.</source>
        <extracomment>zero-to-millions, step 31, feedback on choice 3</extracomment>
        <translation>Correcto: los servidores de borde envían la mayoría de los bytes; el origen envía cada archivo más o menos una vez por servidor de borde, además de los poco pedidos.</translation>
    </message>
    <message>
        <source>A file an edge does not have yet is a miss, fetched from the origin: new and rare files still come from there.</source>
        <extracomment>zero-to-millions, step 31, feedback on choice 4</extracomment>
        <translation>Un archivo que un servidor de borde aún no tiene es un fallo y se trae del origen: los archivos nuevos y los poco pedidos siguen viniendo de allí.</translation>
    </message>
    <message>
        <source>The edges took 86 % of the bytes off the origin (offload 0.86): it answered about 3,400 requests instead of 30,000. The median file takes 21 ms; the slowest files, from Europe to the US origin, took about 230 ms without the edges.</source>
        <extracomment>zero-to-millions, step 31, answer explanation</extracomment>
        <translation>Los servidores de borde le quitaron al origen el 86 % de los bytes (descarga del origen de 0,86): respondió unas 3.400 peticiones en lugar de 30.000. El archivo mediano tarda 21 ms; los archivos más lentos, de Europa al origen en EE. UU., tardaban unos 230 ms sin los servidores de borde.</translation>
    </message>
    <message>
        <source>About ten times as much</source>
        <extracomment>zero-to-millions, step 32, choice 4</extracomment>
        <translation>Unas diez veces más</translation>
    </message>
    <message>
        <source>A CDN saves only when a file it holds is sent many times; here almost every request is a miss.</source>
        <extracomment>zero-to-millions, step 32, feedback on choice 1</extracomment>
        <translation>Una CDN solo ahorra cuando un archivo que guarda se envía muchas veces; aquí casi todas las peticiones son fallos.</translation>
    </message>
    <message>
        <source>Every miss is paid twice: the origin&apos;s host bills the fill, the CDN bills the delivery.</source>
        <extracomment>zero-to-millions, step 32, feedback on choice 2</extracomment>
        <translation>Cada fallo se paga dos veces: el proveedor del origen factura la carga y la CDN factura la entrega.</translation>
    </message>
    <message>
        <source>Right: two bills for nearly every byte.</source>
        <extracomment>zero-to-millions, step 32, feedback on choice 3</extracomment>
        <translation>Correcto: dos facturas por casi cada byte.</translation>
    </message>
    <message>
        <source>Both bills are per GB at similar prices here: two bills, not ten.</source>
        <extracomment>zero-to-millions, step 32, feedback on choice 4</extracomment>
        <translation>Aquí las dos facturas son por GB y a precios parecidos: dos facturas, no diez.</translation>
    </message>
    <message>
        <source>$1.10 with the CDN against $0.55 without, and nothing is faster: the offload is 0.2 %. Every miss is paid twice: the fill to the origin&apos;s host, the delivery to the CDN. Twice rests on this example&apos;s prices: the origin&apos;s host bills a fill at the same $0.09/GB as a delivery. Put the files people ask for often on a CDN, not the rest.</source>
        <extracomment>zero-to-millions, step 32, answer explanation</extracomment>
        <translation>1,10 $ con la CDN frente a 0,55 $ sin ella, y nada va más rápido: la descarga del origen es del 0,2 %. Cada fallo se paga dos veces: la carga, al proveedor del origen; la entrega, a la CDN. Lo del doble depende de los precios de este ejemplo: el proveedor del origen factura una carga a los mismos 0,09 $/GB que una entrega. Pon en una CDN los archivos que la gente pide a menudo, no el resto.</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s the European edge dies. A client that gets no answer from its edge within 3 s stops waiting for it.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 33, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A los 20 s se cae el servidor de borde europeo. Un cliente que no recibe respuesta de su servidor de borde en 3 s deja de esperarlo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Errors until the edge is back</source>
        <extracomment>zero-to-millions, step 33, choice 1</extracomment>
        <translation>Errores hasta que vuelve el servidor de borde</translation>
    </message>
    <message>
        <source>No difference: another edge takes over</source>
        <extracomment>zero-to-millions, step 33, choice 2</extracomment>
        <translation>Ninguna diferencia: otro servidor de borde toma el relevo</translation>
    </message>
    <message>
        <source>Slower files, but no wait for a timeout</source>
        <extracomment>zero-to-millions, step 33, choice 3</extracomment>
        <translation>Archivos más lentos, pero sin esperar a que se agote un tiempo de espera</translation>
    </message>
    <message>
        <source>Clients fall back to the origin after the timeout; nothing fails.</source>
        <extracomment>zero-to-millions, step 33, feedback on choice 1</extracomment>
        <translation>Los clientes recurren al origen tras agotarse el tiempo de espera; no falla nada.</translation>
    </message>
    <message>
        <source>No other edge steps in here: clients must notice and fetch from the origin themselves.</source>
        <extracomment>zero-to-millions, step 33, feedback on choice 2</extracomment>
        <translation>Aquí ningún otro servidor de borde interviene: los clientes tienen que darse cuenta y traer los archivos del origen ellos mismos.</translation>
    </message>
    <message>
        <source>A client cannot tell a dead edge from a slow one until its 3 s timeout has run out.</source>
        <extracomment>zero-to-millions, step 33, feedback on choice 3</extracomment>
        <translation>Un cliente no puede distinguir un servidor de borde caído de uno lento hasta que se agota su tiempo de espera de 3 s.</translation>
    </message>
    <message>
        <source>Right: a 3 s wait once, then the long way to the US for 30 s.</source>
        <extracomment>zero-to-millions, step 33, feedback on choice 4</extracomment>
        <translation>Correcto: una espera de 3 s una vez, y luego el camino largo hasta EE. UU. durante 30 s.</translation>
    </message>
    <message>
        <source>About 1,500 requests waited out the 3 s timeout before falling back, so the 99th percentile is 3.2 s; not one failed. After that the clients fetched from the origin directly for 30 s before trying their edge again: slower, but working.</source>
        <extracomment>zero-to-millions, step 33, answer explanation</extracomment>
        <translation>Unas 1.500 peticiones esperaron a que se agotara el tiempo de espera de 3 s antes de recurrir al origen, así que el percentil 99 es de 3,2 s; no falló ni una. Después, los clientes trajeron los archivos directamente del origen durante 30 s antes de volver a probar con su servidor de borde: más lento, pero funcionando.</translation>
    </message>
    <message>
        <source>&lt;p&gt;We deploy a new style sheet, but the edges would keep the old one for a day, their TTL. At 30 s we &lt;b&gt;invalidate&lt;/b&gt; /static/*: 5 s later every edge drops its copies.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 34, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Desplegamos una hoja de estilo nueva, pero los servidores de borde conservarían la antigua durante un día, su TTL. A los 30 s &lt;b&gt;invalidamos&lt;/b&gt; /static/*: 5 s después todos los servidores de borde descartan sus copias.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It goes down under the load</source>
        <extracomment>zero-to-millions, step 34, choice 3</extracomment>
        <translation>Se cae por la carga</translation>
    </message>
    <message>
        <source>It pushes the new files to the edges</source>
        <extracomment>zero-to-millions, step 34, choice 4</extracomment>
        <translation>Envía los archivos nuevos a los servidores de borde</translation>
    </message>
    <message>
        <source>The edges no longer have the files: the next request for each is a miss the origin must answer.</source>
        <extracomment>zero-to-millions, step 34, feedback on choice 1</extracomment>
        <translation>Los servidores de borde ya no tienen los archivos: la siguiente petición de cada uno es un fallo que el origen tiene que responder.</translation>
    </message>
    <message>
        <source>Right: each file is fetched once more per edge, then cached again.</source>
        <extracomment>zero-to-millions, step 34, feedback on choice 2</extracomment>
        <translation>Correcto: cada archivo se trae una vez más por servidor de borde y luego se vuelve a guardar en caché.</translation>
    </message>
    <message>
        <source>Each file is fetched once per edge and cached again: a wave, not a flood.</source>
        <extracomment>zero-to-millions, step 34, feedback on choice 3</extracomment>
        <translation>Cada archivo se trae una vez por servidor de borde y se vuelve a guardar en caché: una oleada, no una inundación.</translation>
    </message>
    <message>
        <source>Edges pull, origins do not push: the next request for each file fetches it.</source>
        <extracomment>zero-to-millions, step 34, feedback on choice 4</extracomment>
        <translation>Son los servidores de borde los que piden los archivos; el origen no se los envía por su cuenta: la siguiente petición de cada archivo lo trae.</translation>
    </message>
    <message>
        <source>Challenge: ready for the launch</source>
        <extracomment>zero-to-millions, step 35, title</extracomment>
        <translation>Reto: listos para el lanzamiento</translation>
    </message>
    <message>
        <source>&lt;p&gt;Put the chapter together. A launch will bring 3,000 requests a second, 90 % of them reads. Two small web servers with 20 workers each and one database with 16 workers cannot take it: requests queue up and are dropped. Change the design before the launch.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 35, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Junta todo el capítulo. Un lanzamiento traerá 3.000 peticiones por segundo, el 90 % de ellas lecturas. Dos servidores web pequeños con 20 workers cada uno y una base de datos con 16 workers no pueden con ello: las peticiones se acumulan en cola y se descartan. Cambia el diseño antes del lanzamiento.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 3,000 requests a second: a 95th percentile under &lt;b&gt;100 ms&lt;/b&gt; and &lt;b&gt;no request dropped&lt;/b&gt;, with at most &lt;b&gt;4 web servers&lt;/b&gt; and &lt;b&gt;1 cache&lt;/b&gt;. The database stays as it is.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 35, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A 3.000 peticiones por segundo: un percentil 95 por debajo de &lt;b&gt;100 ms&lt;/b&gt; y &lt;b&gt;ninguna petición descartada&lt;/b&gt;, con &lt;b&gt;4 servidores web&lt;/b&gt; y &lt;b&gt;1 caché&lt;/b&gt; como máximo. La base de datos se queda como está.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Two tiers are full. Look at which nodes drop requests: the web servers, and the database behind them.</source>
        <extracomment>zero-to-millions, step 35, challenge hint 1</extracomment>
        <translation>Hay dos capas llenas. Mira qué nodos descartan peticiones: los servidores web, y la base de datos que tienen detrás.</translation>
    </message>
    <message>
        <source>More web servers share the requests, but every read still reaches db1, and a web server waits for it. What keeps most reads away from the database?</source>
        <extracomment>zero-to-millions, step 35, challenge hint 2</extracomment>
        <translation>Más servidores web se reparten las peticiones, pero cada lectura sigue llegando a db1, y un servidor web la espera. ¿Qué aleja a la mayoría de las lecturas de la base de datos?</translation>
    </message>
    <message>
        <source>Add a web server (linked from lb and to db1) and a cache linked from every web server.</source>
        <extracomment>zero-to-millions, step 35, challenge hint 3</extracomment>
        <translation>Añade un servidor web (enlazado desde lb y hacia db1) y una caché enlazada desde cada servidor web.</translation>
    </message>
    <message>
        <source>&lt;p&gt;An &lt;b&gt;offload&lt;/b&gt; above &lt;b&gt;0.8&lt;/b&gt; (the share of the bytes users receive that the origin does not send) and a median answer under &lt;b&gt;30 ms&lt;/b&gt;, with the language still in the cache key.&lt;/p&gt;</source>
        <extracomment>cdn, step 7, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Una &lt;b&gt;descarga del origen&lt;/b&gt; (offload) por encima de &lt;b&gt;0,8&lt;/b&gt; (la parte de los bytes que reciben los usuarios y que no envía el origen) y una respuesta mediana por debajo de &lt;b&gt;30 ms&lt;/b&gt;, con el idioma todavía en la clave de caché.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Millions and beyond</source>
        <extracomment>millions-and-beyond, lesson title</extracomment>
        <translation>Millones y más allá</translation>
    </message>
    <message>
        <source>Alerts: let a machine watch</source>
        <extracomment>millions-and-beyond, step 1, title</extracomment>
        <translation>Alertas: que vigile una máquina</translation>
    </message>
    <message>
        <source>&lt;p&gt;A site of many servers is too big to watch by eye. &lt;b&gt;Alert rules&lt;/b&gt; watch the figures for us: this one has three. &lt;b&gt;HighLatency&lt;/b&gt; fires when the p95 latency stays above 100 ms for 3 s, &lt;b&gt;Errors&lt;/b&gt; when more than 5 % of requests fail for 2 s, &lt;b&gt;TrafficGone&lt;/b&gt; when fewer than 100 requests a second arrive for 5 s. 800 requests a second need both web servers; at 30 s &lt;b&gt;web2&lt;/b&gt; dies, and it comes back at 60 s.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Un sitio con muchos servidores es demasiado grande para vigilarlo a ojo. Las &lt;b&gt;reglas de alerta&lt;/b&gt; vigilan las cifras por nosotros: este tiene tres. &lt;b&gt;HighLatency&lt;/b&gt; se dispara cuando la latencia p95 se mantiene por encima de 100 ms durante 3 s; &lt;b&gt;Errors&lt;/b&gt;, cuando fallan más del 5 % de las peticiones durante 2 s; &lt;b&gt;TrafficGone&lt;/b&gt;, cuando llegan menos de 100 peticiones por segundo durante 5 s. 800 peticiones por segundo necesitan los dos servidores web; a los 30 s se cae &lt;b&gt;web2&lt;/b&gt;, y vuelve a los 60 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web2 dies at 30 s. Which alert fires first?</source>
        <extracomment>millions-and-beyond, step 1, question</extracomment>
        <translation>web2 se cae a los 30 s. ¿Qué alerta se dispara primero?</translation>
    </message>
    <message>
        <source>HighLatency</source>
        <extracomment>millions-and-beyond, step 1, choice 1</extracomment>
        <translation>HighLatency</translation>
    </message>
    <message>
        <source>Errors</source>
        <extracomment>millions-and-beyond, step 1, choice 2</extracomment>
        <translation>Errors</translation>
    </message>
    <message>
        <source>TrafficGone</source>
        <extracomment>millions-and-beyond, step 1, choice 3</extracomment>
        <translation>TrafficGone</translation>
    </message>
    <message>
        <source>None: the balancer hides the failure</source>
        <extracomment>millions-and-beyond, step 1, choice 4</extracomment>
        <translation>Ninguna: el balanceador oculta el fallo</translation>
    </message>
    <message>
        <source>It fires too, but later: web1&apos;s queue takes a few seconds to fill, and the rule waits 3 s more.</source>
        <extracomment>millions-and-beyond, step 1, feedback on choice 1</extracomment>
        <translation>También se dispara, pero más tarde: la cola de web1 tarda unos segundos en llenarse y la regla espera 3 s más.</translation>
    </message>
    <message>
        <source>Right: until the health checks take web2 out, the requests sent to it fail at once, and two bad seconds are enough.</source>
        <extracomment>millions-and-beyond, step 1, feedback on choice 2</extracomment>
        <translation>Correcto: hasta que las comprobaciones de salud sacan a web2, las peticiones que se le envían fallan al instante, y bastan dos segundos malos.</translation>
    </message>
    <message>
        <source>The users keep sending: failed requests are traffic too, so this rule stays quiet.</source>
        <extracomment>millions-and-beyond, step 1, feedback on choice 3</extracomment>
        <translation>Los usuarios siguen enviando: las peticiones fallidas también son tráfico, así que esta regla no salta.</translation>
    </message>
    <message>
        <source>The balancer needs three failed health checks, 6 s, to notice; until then half the requests fail.</source>
        <extracomment>millions-and-beyond, step 1, feedback on choice 4</extracomment>
        <translation>El balanceador necesita tres comprobaciones de salud fallidas, 6 s, para darse cuenta; hasta entonces falla la mitad de las peticiones.</translation>
    </message>
    <message>
        <source>Errors fires about 2 s after the kill: half the requests fail on web2 until the balancer&apos;s health checks take it out. Then web1 carries everything, its queue fills, and HighLatency fires a few seconds later. Both resolve soon after web2 is back; TrafficGone never fires.</source>
        <extracomment>millions-and-beyond, step 1, answer explanation</extracomment>
        <translation>Errors se dispara unos 2 s después del apagado: la mitad de las peticiones fallan en web2 hasta que las comprobaciones de salud del balanceador lo sacan. Entonces web1 lo soporta todo, su cola se llena y HighLatency se dispara unos segundos después. Ambas se resuelven poco después de que vuelva web2; TrafficGone nunca se dispara.</translation>
    </message>
    <message>
        <source>Errors fires within a few seconds of the kill.</source>
        <extracomment>millions-and-beyond, step 1, checkpoint alerts[Errors].first_fired_s &lt;= 34</extracomment>
        <translation>Errors se dispara pocos segundos después del apagado.</translation>
    </message>
    <message>
        <source>HighLatency fires once.</source>
        <extracomment>millions-and-beyond, step 1, checkpoint alerts[HighLatency].fired == 1</extracomment>
        <translation>HighLatency se dispara una vez.</translation>
    </message>
    <message>
        <source>It has resolved by the end.</source>
        <extracomment>millions-and-beyond, step 1, checkpoint alerts[HighLatency].firing_now == 0</extracomment>
        <translation>Al final está resuelta.</translation>
    </message>
    <message>
        <source>TrafficGone never fires.</source>
        <extracomment>millions-and-beyond, step 1, checkpoint alerts[TrafficGone].fired == 0</extracomment>
        <translation>TrafficGone nunca se dispara.</translation>
    </message>
    <message>
        <source>A message queue: answer now, work later</source>
        <extracomment>millions-and-beyond, step 2, title</extracomment>
        <translation>Una cola de mensajes: responder ahora, trabajar después</translation>
    </message>
    <message>
        <source>&lt;p&gt;Some work should not keep the user waiting: resizing an uploaded photo, sending an email. Here a fifth of the requests are such &lt;b&gt;jobs&lt;/b&gt;. The web server puts each job on the message queue &lt;b&gt;jobs&lt;/b&gt; and answers at once; three &lt;b&gt;workers&lt;/b&gt; take jobs off the queue, each job 150 ms of work.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Hay trabajo que no debería hacer esperar al usuario: redimensionar una foto subida, enviar un correo. Aquí una quinta parte de las peticiones son &lt;b&gt;tareas&lt;/b&gt; de ese tipo. El servidor web pone cada tarea en la cola de mensajes &lt;b&gt;jobs&lt;/b&gt; y responde al instante; tres &lt;b&gt;trabajadores&lt;/b&gt; sacan tareas de la cola, cada una con 150 ms de trabajo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A read takes 39 ms from click to answer. How long does a user wait for the answer to an upload, whose job needs 150 ms of work?</source>
        <extracomment>millions-and-beyond, step 2, question</extracomment>
        <translation>Una lectura tarda 39 ms desde el clic hasta la respuesta. ¿Cuánto espera un usuario la respuesta a una subida cuya tarea necesita 150 ms de trabajo?</translation>
    </message>
    <message>
        <source>About 40 ms</source>
        <extracomment>millions-and-beyond, step 2, choice 1</extracomment>
        <translation>Unos 40 ms</translation>
    </message>
    <message>
        <source>About 190 ms</source>
        <extracomment>millions-and-beyond, step 2, choice 2</extracomment>
        <translation>Unos 190 ms</translation>
    </message>
    <message>
        <source>About 340 ms</source>
        <extracomment>millions-and-beyond, step 2, choice 3</extracomment>
        <translation>Unos 340 ms</translation>
    </message>
    <message>
        <source>Seconds, when the queue is long</source>
        <extracomment>millions-and-beyond, step 2, choice 4</extracomment>
        <translation>Segundos, cuando la cola es larga</translation>
    </message>
    <message>
        <source>Right: the web server answers once the queue has the job; the work happens later.</source>
        <extracomment>millions-and-beyond, step 2, feedback on choice 1</extracomment>
        <translation>Correcto: el servidor web responde en cuanto la cola tiene la tarea; el trabajo se hace después.</translation>
    </message>
    <message>
        <source>That is what the user would wait if the web server did the work itself.</source>
        <extracomment>millions-and-beyond, step 2, feedback on choice 2</extracomment>
        <translation>Eso es lo que esperaría el usuario si el servidor web hiciera el trabajo él mismo.</translation>
    </message>
    <message>
        <source>The user waits neither for the work nor for a worker.</source>
        <extracomment>millions-and-beyond, step 2, feedback on choice 3</extracomment>
        <translation>El usuario no espera ni al trabajo ni a un trabajador.</translation>
    </message>
    <message>
        <source>A long queue delays the work, not the answer: the queue takes the job at once.</source>
        <extracomment>millions-and-beyond, step 2, feedback on choice 4</extracomment>
        <translation>Una cola larga retrasa el trabajo, no la respuesta: la cola acepta la tarea al instante.</translation>
    </message>
    <message>
        <source>Every answer, uploads included, takes 39 ms: the job waits on the queue for a worker, the user does not.</source>
        <extracomment>millions-and-beyond, step 2, answer explanation</extracomment>
        <translation>Todas las respuestas, incluidas las de las subidas, tardan 39 ms: la tarea espera en la cola a un trabajador; el usuario, no.</translation>
    </message>
    <message>
        <source>Even the slowest answers take under 60 ms.</source>
        <extracomment>millions-and-beyond, step 2, checkpoint latency_ms.p99 &lt; 60</extracomment>
        <translation>Incluso las respuestas más lentas tardan menos de 60 ms.</translation>
    </message>
    <message>
        <source>The workers process the jobs.</source>
        <extracomment>millions-and-beyond, step 2, checkpoint queue.processed &gt; 700</extracomment>
        <translation>Los trabajadores procesan las tareas.</translation>
    </message>
    <message>
        <source>The queue refuses nothing.</source>
        <extracomment>millions-and-beyond, step 2, checkpoint queue.rejected == 0</extracomment>
        <translation>La cola no rechaza nada.</translation>
    </message>
    <message>
        <source>A worker dies mid-job</source>
        <extracomment>millions-and-beyond, step 3, title</extracomment>
        <translation>Un trabajador se cae a mitad de una tarea</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s &lt;b&gt;worker1&lt;/b&gt; dies while it works on jobs. A worker deletes a job from the queue only when it is done; until then the queue hides the job from the other workers for its &lt;b&gt;visibility timeout&lt;/b&gt;, here 10 s.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A los 20 s se cae &lt;b&gt;worker1&lt;/b&gt; mientras trabaja en varias tareas. Un trabajador borra una tarea de la cola solo cuando la ha terminado; hasta entonces, la cola oculta la tarea a los demás trabajadores durante su &lt;b&gt;tiempo de espera de visibilidad&lt;/b&gt;, aquí 10 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the jobs worker1 was working on?</source>
        <extracomment>millions-and-beyond, step 3, question</extracomment>
        <translation>¿Qué pasa con las tareas en las que trabajaba worker1?</translation>
    </message>
    <message>
        <source>They are lost</source>
        <extracomment>millions-and-beyond, step 3, choice 1</extracomment>
        <translation>Se pierden</translation>
    </message>
    <message>
        <source>Another worker takes them at once</source>
        <extracomment>millions-and-beyond, step 3, choice 2</extracomment>
        <translation>Otro trabajador las toma al instante</translation>
    </message>
    <message>
        <source>They come back after 10 s and another worker does them again</source>
        <extracomment>millions-and-beyond, step 3, choice 3</extracomment>
        <translation>Vuelven a los 10 s y otro trabajador las hace de nuevo</translation>
    </message>
    <message>
        <source>The web server sends them again</source>
        <extracomment>millions-and-beyond, step 3, choice 4</extracomment>
        <translation>El servidor web las vuelve a enviar</translation>
    </message>
    <message>
        <source>The queue never deleted them: only a worker&apos;s delete does that.</source>
        <extracomment>millions-and-beyond, step 3, feedback on choice 1</extracomment>
        <translation>La cola nunca las borró: eso solo lo hace el borrado de un trabajador.</translation>
    </message>
    <message>
        <source>The queue cannot tell a dead worker from a slow one: it waits for the visibility timeout.</source>
        <extracomment>millions-and-beyond, step 3, feedback on choice 2</extracomment>
        <translation>La cola no distingue un trabajador caído de uno lento: espera a que venza el tiempo de espera de visibilidad.</translation>
    </message>
    <message>
        <source>Right: delivery is at least once, so a worker must be able to do a job twice without harm.</source>
        <extracomment>millions-and-beyond, step 3, feedback on choice 3</extracomment>
        <translation>Correcto: la entrega es «al menos una vez», así que un trabajador debe poder hacer una tarea dos veces sin causar daños.</translation>
    </message>
    <message>
        <source>The web server answered the user long ago and forgot the job: the queue keeps it.</source>
        <extracomment>millions-and-beyond, step 3, feedback on choice 4</extracomment>
        <translation>El servidor web respondió al usuario hace tiempo y se olvidó de la tarea: la cola la conserva.</translation>
    </message>
    <message>
        <source>The jobs worker1 held become visible again 10 s after they were handed out (job_redelivered in the event log) and another worker does them. The report counts them as redelivered and as duplicates: whatever worker1 did before it died is done again.</source>
        <extracomment>millions-and-beyond, step 3, answer explanation</extracomment>
        <translation>Las tareas que tenía worker1 vuelven a ser visibles 10 s después de entregarse (job_redelivered en el registro de eventos) y otro trabajador las hace. El informe las cuenta como reentregadas y como duplicadas: lo que worker1 hizo antes de caerse se vuelve a hacer.</translation>
    </message>
    <message>
        <source>The dead worker&apos;s jobs come back.</source>
        <extracomment>millions-and-beyond, step 3, checkpoint queue.redelivered &gt; 0</extracomment>
        <translation>Las tareas del trabajador caído vuelven.</translation>
    </message>
    <message>
        <source>A job is worked on twice.</source>
        <extracomment>millions-and-beyond, step 3, checkpoint queue.duplicates &gt; 0</extracomment>
        <translation>Una tarea se procesa dos veces.</translation>
    </message>
    <message>
        <source>No user sees an error.</source>
        <extracomment>millions-and-beyond, step 3, checkpoint requests.error == 0</extracomment>
        <translation>Ningún usuario ve un error.</translation>
    </message>
    <message>
        <source>The backlog and a full queue</source>
        <extracomment>millions-and-beyond, step 4, title</extracomment>
        <translation>El trabajo acumulado y una cola llena</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 25 s &lt;b&gt;worker2&lt;/b&gt; dies too. One worker does about 27 jobs a second; 60 arrive. The queue holds at most 400 jobs. Both workers come back at 40 s.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A los 25 s también se cae &lt;b&gt;worker2&lt;/b&gt;. Un trabajador hace unas 27 tareas por segundo; llegan 60. La cola admite como máximo 400 tareas. Los dos trabajadores vuelven a los 40 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>While only worker3 is left, what do the users see?</source>
        <extracomment>millions-and-beyond, step 4, question</extracomment>
        <translation>Mientras solo queda worker3, ¿qué ven los usuarios?</translation>
    </message>
    <message>
        <source>Nothing: the queue absorbs it all</source>
        <extracomment>millions-and-beyond, step 4, choice 1</extracomment>
        <translation>Nada: la cola lo absorbe todo</translation>
    </message>
    <message>
        <source>Slower answers to every request</source>
        <extracomment>millions-and-beyond, step 4, choice 2</extracomment>
        <translation>Respuestas más lentas a todas las peticiones</translation>
    </message>
    <message>
        <source>Errors on some uploads once the queue is full</source>
        <extracomment>millions-and-beyond, step 4, choice 3</extracomment>
        <translation>Errores en algunas subidas cuando la cola se llena</translation>
    </message>
    <message>
        <source>Every request fails</source>
        <extracomment>millions-and-beyond, step 4, choice 4</extracomment>
        <translation>Todas las peticiones fallan</translation>
    </message>
    <message>
        <source>It absorbs a burst, up to its capacity: 400 jobs last about 12 s at this rate.</source>
        <extracomment>millions-and-beyond, step 4, feedback on choice 1</extracomment>
        <translation>Absorbe una ráfaga, pero solo hasta su capacidad: a este ritmo, 400 tareas dan para unos 12 s.</translation>
    </message>
    <message>
        <source>Answers do not wait for workers; they stay fast until the queue is full.</source>
        <extracomment>millions-and-beyond, step 4, feedback on choice 2</extracomment>
        <translation>Las respuestas no esperan a los trabajadores; siguen siendo rápidas hasta que la cola se llena.</translation>
    </message>
    <message>
        <source>Right: a full queue refuses new jobs, and those users get an error; reads and writes are not touched.</source>
        <extracomment>millions-and-beyond, step 4, feedback on choice 3</extracomment>
        <translation>Correcto: una cola llena rechaza las tareas nuevas y esos usuarios reciben un error; las lecturas y escrituras no se ven afectadas.</translation>
    </message>
    <message>
        <source>Only jobs need the queue: reads and writes go on as before.</source>
        <extracomment>millions-and-beyond, step 4, feedback on choice 4</extracomment>
        <translation>Solo las tareas necesitan la cola: las lecturas y escrituras siguen como antes.</translation>
    </message>
    <message>
        <source>The queue grows by about 33 jobs a second and is full about 11 s after worker2 dies: from then on, new jobs are refused until the workers are back. Then the three drain the backlog, and every job the queue took is processed.</source>
        <extracomment>millions-and-beyond, step 4, answer explanation</extracomment>
        <translation>La cola crece unas 33 tareas por segundo y se llena unos 11 s después de que se caiga worker2: desde entonces se rechazan las tareas nuevas hasta que vuelven los trabajadores. Después, los tres vacían el trabajo acumulado y se procesan todas las tareas que la cola aceptó.</translation>
    </message>
    <message>
        <source>The queue fills up.</source>
        <extracomment>millions-and-beyond, step 4, checkpoint queue.max_depth == 400</extracomment>
        <translation>La cola se llena.</translation>
    </message>
    <message>
        <source>A full queue refuses jobs.</source>
        <extracomment>millions-and-beyond, step 4, checkpoint queue.rejected &gt; 20</extracomment>
        <translation>Una cola llena rechaza tareas.</translation>
    </message>
    <message>
        <source>Reads and writes are not touched.</source>
        <extracomment>millions-and-beyond, step 4, checkpoint requests.dropped == 0</extracomment>
        <translation>Las lecturas y escrituras no se ven afectadas.</translation>
    </message>
    <message>
        <source>The answers stay fast.</source>
        <extracomment>millions-and-beyond, step 4, checkpoint latency_ms.p99 &lt; 60</extracomment>
        <translation>Las respuestas siguen siendo rápidas.</translation>
    </message>
    <message>
        <source>Autoscaling: a flash crowd</source>
        <extracomment>millions-and-beyond, step 5, title</extracomment>
        <translation>Escalado automático: una avalancha repentina</translation>
    </message>
    <message>
        <source>&lt;p&gt;The balancer&apos;s pool is now an &lt;b&gt;auto scaling group&lt;/b&gt;: it keeps each web server about half busy by launching copies of &lt;b&gt;web1&lt;/b&gt; when they get busier and retiring them when they idle, between 2 and 10 servers. A new server takes &lt;b&gt;20 s&lt;/b&gt; to boot. At 30 s a flash crowd arrives: 2,400 requests a second instead of 300.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;El grupo de servidores del balanceador es ahora un &lt;b&gt;grupo de escalado automático&lt;/b&gt; (Auto Scaling): mantiene cada servidor web ocupado más o menos a la mitad lanzando copias de &lt;b&gt;web1&lt;/b&gt; cuando se ocupan más y retirándolas cuando están ociosas, entre 2 y 10 servidores. Un servidor nuevo tarda &lt;b&gt;20 s&lt;/b&gt; en arrancar. A los 30 s llega una avalancha repentina de usuarios (flash crowd): 2.400 peticiones por segundo en vez de 300.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A second after the crowd arrives, the group launches seven servers. When do the dropped requests stop?</source>
        <extracomment>millions-and-beyond, step 5, question</extracomment>
        <translation>Un segundo después de que llegue la avalancha, el grupo lanza siete servidores. ¿Cuándo se dejan de descartar peticiones?</translation>
    </message>
    <message>
        <source>At once, at 31 s</source>
        <extracomment>millions-and-beyond, step 5, choice 1</extracomment>
        <translation>Enseguida, a los 31 s</translation>
    </message>
    <message>
        <source>About 20 s later, when the new servers have booted</source>
        <extracomment>millions-and-beyond, step 5, choice 2</extracomment>
        <translation>Unos 20 s después, cuando los servidores nuevos han arrancado</translation>
    </message>
    <message>
        <source>Only when the crowd leaves at 90 s</source>
        <extracomment>millions-and-beyond, step 5, choice 3</extracomment>
        <translation>Solo cuando la avalancha se va, a los 90 s</translation>
    </message>
    <message>
        <source>Never: the crowd is too big</source>
        <extracomment>millions-and-beyond, step 5, choice 4</extracomment>
        <translation>Nunca: la avalancha es demasiado grande</translation>
    </message>
    <message>
        <source>A launched server is not a running one: it boots for 20 s first.</source>
        <extracomment>millions-and-beyond, step 5, feedback on choice 1</extracomment>
        <translation>Un servidor lanzado no es un servidor en marcha: primero tarda 20 s en arrancar.</translation>
    </message>
    <message>
        <source>Right: until then the two old servers carry the crowd alone, and their queues overflow.</source>
        <extracomment>millions-and-beyond, step 5, feedback on choice 2</extracomment>
        <translation>Correcto: hasta entonces los dos servidores antiguos soportan solos la avalancha, y sus colas se desbordan.</translation>
    </message>
    <message>
        <source>Nine servers carry 2,400 requests a second easily once they are up.</source>
        <extracomment>millions-and-beyond, step 5, feedback on choice 3</extracomment>
        <translation>Nueve servidores soportan sin problemas 2.400 peticiones por segundo en cuanto están en marcha.</translation>
    </message>
    <message>
        <source>The group may run up to ten servers, enough for the crowd.</source>
        <extracomment>millions-and-beyond, step 5, feedback on choice 4</extracomment>
        <translation>El grupo puede tener hasta diez servidores, suficientes para la avalancha.</translation>
    </message>
    <message>
        <source>Scaling lags behind the load: for the 20 s the new servers boot, the two old ones drop most of the crowd, about 32,000 requests. From about 51 s on nine servers carry it without a drop, and the tenth comes after the 30 s cooldown.</source>
        <extracomment>millions-and-beyond, step 5, answer explanation</extracomment>
        <translation>El escalado va por detrás de la carga: durante los 20 s que tardan en arrancar los servidores nuevos, los dos antiguos descartan la mayor parte de la avalancha, unas 32.000 peticiones. Desde los 51 s, más o menos, nueve servidores la soportan sin descartar nada, y el décimo llega tras el periodo de recuperación (cooldown) de 30 s.</translation>
    </message>
    <message>
        <source>Requests are dropped while the new servers boot.</source>
        <extracomment>millions-and-beyond, step 5, checkpoint requests.dropped &gt; 20000</extracomment>
        <translation>Se descartan peticiones mientras arrancan los servidores nuevos.</translation>
    </message>
    <message>
        <source>The group launches servers.</source>
        <extracomment>millions-and-beyond, step 5, checkpoint autoscale.scale_outs &gt;= 7</extracomment>
        <translation>El grupo lanza servidores.</translation>
    </message>
    <message>
        <source>Nine servers or more carry the crowd.</source>
        <extracomment>millions-and-beyond, step 5, checkpoint autoscale.max_servers &gt;= 9</extracomment>
        <translation>Nueve servidores o más soportan la avalancha.</translation>
    </message>
    <message>
        <source>The crowd leaves</source>
        <extracomment>millions-and-beyond, step 6, title</extracomment>
        <translation>La avalancha se va</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 90 s the crowd is gone: 300 requests a second again. The group retires servers only when the load has stayed under its target for three whole seconds, and it never retires the servers of the file.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A los 90 s la avalancha ha pasado: de nuevo 300 peticiones por segundo. El grupo solo retira servidores cuando la carga se ha mantenido por debajo de su objetivo durante tres segundos enteros, y nunca retira los servidores del archivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How many web servers run once the crowd has left?</source>
        <extracomment>millions-and-beyond, step 6, question</extracomment>
        <translation>¿Cuántos servidores web funcionan cuando la avalancha se ha ido?</translation>
    </message>
    <message>
        <source>Ten: a cloud keeps what it launched</source>
        <extracomment>millions-and-beyond, step 6, choice 1</extracomment>
        <translation>Diez: una nube conserva lo que ha lanzado</translation>
    </message>
    <message>
        <source>Nine</source>
        <extracomment>millions-and-beyond, step 6, choice 2</extracomment>
        <translation>Nueve</translation>
    </message>
    <message>
        <source>Two, the minimum</source>
        <extracomment>millions-and-beyond, step 6, choice 3</extracomment>
        <translation>Dos, el mínimo</translation>
    </message>
    <message>
        <source>An auto scaling group gives servers back: you pay for every second one runs.</source>
        <extracomment>millions-and-beyond, step 6, feedback on choice 1</extracomment>
        <translation>Un grupo de escalado automático devuelve los servidores: pagas cada segundo que uno está en marcha.</translation>
    </message>
    <message>
        <source>300 requests a second keep two servers only a third busy: the group goes back to its minimum.</source>
        <extracomment>millions-and-beyond, step 6, feedback on choice 2</extracomment>
        <translation>300 peticiones por segundo solo ocupan un tercio de dos servidores: el grupo vuelve a su mínimo.</translation>
    </message>
    <message>
        <source>Right: the eight copies leave the pool at once, finish their requests and are terminated.</source>
        <extracomment>millions-and-beyond, step 6, feedback on choice 3</extracomment>
        <translation>Correcto: las ocho copias salen a la vez del grupo de servidores, terminan sus peticiones y se apagan.</translation>
    </message>
    <message>
        <source>The group keeps its minimum of two servers, and it never retires the servers of the file.</source>
        <extracomment>millions-and-beyond, step 6, feedback on choice 4</extracomment>
        <translation>El grupo conserva su mínimo de dos servidores, y nunca retira los servidores del archivo.</translation>
    </message>
    <message>
        <source>Three seconds after the crowd leaves, the group retires its eight copies. It paid for about 700 server-seconds, against 1,200 for ten servers all along. With sessions kept in a server&apos;s memory, every user on a retired copy would have to log in again: that is why an autoscaled tier is stateless.</source>
        <extracomment>millions-and-beyond, step 6, answer explanation</extracomment>
        <translation>Tres segundos después de que se vaya la avalancha, el grupo retira sus ocho copias. Ha pagado unos 700 segundos-servidor, frente a 1.200 por diez servidores todo el tiempo. Con las sesiones guardadas en la memoria de un servidor, cada usuario de una copia retirada tendría que volver a iniciar sesión: por eso una capa con escalado automático es sin estado.</translation>
    </message>
    <message>
        <source>All eight copies are retired.</source>
        <extracomment>millions-and-beyond, step 6, checkpoint autoscale.scale_ins == 8</extracomment>
        <translation>Se retiran las ocho copias.</translation>
    </message>
    <message>
        <source>The group pays for far fewer server-seconds than ten servers all along.</source>
        <extracomment>millions-and-beyond, step 6, checkpoint autoscale.server_seconds &lt; 800</extracomment>
        <translation>El grupo paga muchos menos segundos-servidor que diez servidores todo el tiempo.</translation>
    </message>
    <message>
        <source>Scale up: a bigger machine</source>
        <extracomment>millions-and-beyond, step 7, title</extracomment>
        <translation>Escalado vertical: una máquina más grande</translation>
    </message>
    <message>
        <source>&lt;p&gt;The simplest way to grow is a bigger machine: &lt;b&gt;vertical scaling&lt;/b&gt;. &lt;b&gt;web1&lt;/b&gt; is a &lt;b&gt;small&lt;/b&gt; server, 2 vCPUs and 50 workers for $0.096 an hour, and 800 requests a second are too many for it: it drops some. At 20 s it is resized to &lt;b&gt;xlarge&lt;/b&gt;, 16 vCPUs and 400 workers for $0.768 an hour. A cloud resizes a machine by stopping it, changing its type and starting it again: here that takes 15 s.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;La forma más sencilla de crecer es una máquina más grande: el &lt;b&gt;escalado vertical&lt;/b&gt;. &lt;b&gt;web1&lt;/b&gt; es un servidor &lt;b&gt;small&lt;/b&gt;, con 2 vCPU y 50 workers por 0,096 $ la hora, y 800 peticiones por segundo son demasiadas para él: descarta algunas. A los 20 s se redimensiona a &lt;b&gt;xlarge&lt;/b&gt;, 16 vCPU y 400 workers por 0,768 $ la hora. Una nube redimensiona una máquina deteniéndola, cambiando su tipo y volviéndola a arrancar: aquí eso tarda 15 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What do the users see during those 15 s?</source>
        <extracomment>millions-and-beyond, step 7, question</extracomment>
        <translation>¿Qué ven los usuarios durante esos 15 s?</translation>
    </message>
    <message>
        <source>Nothing: the cloud moves the server while it runs</source>
        <extracomment>millions-and-beyond, step 7, choice 1</extracomment>
        <translation>Nada: la nube mueve el servidor mientras funciona</translation>
    </message>
    <message>
        <source>Slower answers</source>
        <extracomment>millions-and-beyond, step 7, choice 2</extracomment>
        <translation>Respuestas más lentas</translation>
    </message>
    <message>
        <source>Half the requests fail</source>
        <extracomment>millions-and-beyond, step 7, choice 4</extracomment>
        <translation>Falla la mitad de las peticiones</translation>
    </message>
    <message>
        <source>Changing a machine&apos;s type needs it stopped: there is no second machine to take over.</source>
        <extracomment>millions-and-beyond, step 7, feedback on choice 1</extracomment>
        <translation>Para cambiar el tipo de una máquina hay que detenerla: no hay una segunda máquina que tome el relevo.</translation>
    </message>
    <message>
        <source>A stopped server gives no answers at all, slow or fast.</source>
        <extracomment>millions-and-beyond, step 7, feedback on choice 2</extracomment>
        <translation>Un servidor detenido no da ninguna respuesta, ni lenta ni rápida.</translation>
    </message>
    <message>
        <source>Right: web1 is the only server, so while it is stopped nothing answers.</source>
        <extracomment>millions-and-beyond, step 7, feedback on choice 3</extracomment>
        <translation>Correcto: web1 es el único servidor, así que mientras está detenido no responde nada.</translation>
    </message>
    <message>
        <source>There is nobody to take the other half: web1 is alone.</source>
        <extracomment>millions-and-beyond, step 7, feedback on choice 4</extracomment>
        <translation>No hay nadie que se quede con la otra mitad: web1 está solo.</translation>
    </message>
    <message>
        <source>For 15 s every request fails, about 12,000 of them; before the resize web1 dropped what its 50 workers could not take. After it, 400 workers carry the load with room to spare, at eight times the price. Bigger machines stop at a ceiling (here 8xlarge, 96 vCPUs) and stay a single point of failure.</source>
        <extracomment>millions-and-beyond, step 7, answer explanation</extracomment>
        <translation>Durante 15 s fallan todas las peticiones, unas 12.000; antes del redimensionado, web1 descartaba lo que sus 50 workers no podían atender. Después, 400 workers soportan la carga con margen de sobra, a ocho veces el precio. Las máquinas más grandes tienen un techo (aquí 8xlarge, 96 vCPU) y siguen siendo un punto único de fallo.</translation>
    </message>
    <message>
        <source>The small server drops requests before the resize.</source>
        <extracomment>millions-and-beyond, step 7, checkpoint requests.dropped &gt; 3000</extracomment>
        <translation>El servidor small descarta peticiones antes del redimensionado.</translation>
    </message>
    <message>
        <source>Every request fails while web1 is stopped.</source>
        <extracomment>millions-and-beyond, step 7, checkpoint requests.error &gt; 10000</extracomment>
        <translation>Todas las peticiones fallan mientras web1 está detenido.</translation>
    </message>
    <message>
        <source>The xlarge costs $0.768 an hour.</source>
        <extracomment>millions-and-beyond, step 7, checkpoint cost.dollars_per_hour == 0.768</extracomment>
        <translation>El xlarge cuesta 0,768 $ la hora.</translation>
    </message>
    <message>
        <source>Scale out instead</source>
        <extracomment>millions-and-beyond, step 8, title</extracomment>
        <translation>En su lugar, escalado horizontal</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same money buys two &lt;b&gt;large&lt;/b&gt; servers behind a balancer: 2 × $0.384 an hour, the price of one xlarge. At 50 s &lt;b&gt;web1&lt;/b&gt; dies, as any machine eventually does.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 8, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Con el mismo dinero se compran dos servidores &lt;b&gt;large&lt;/b&gt; detrás de un balanceador: 2 × 0,384 $ la hora, el precio de un xlarge. A los 50 s se cae &lt;b&gt;web1&lt;/b&gt;, como le acaba pasando a cualquier máquina.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What do the users see when web1 dies?</source>
        <extracomment>millions-and-beyond, step 8, question</extracomment>
        <translation>¿Qué ven los usuarios cuando se cae web1?</translation>
    </message>
    <message>
        <source>Every request fails until web1 is back</source>
        <extracomment>millions-and-beyond, step 8, choice 1</extracomment>
        <translation>Todas las peticiones fallan hasta que web1 vuelve</translation>
    </message>
    <message>
        <source>Some requests fail for about two seconds, then none</source>
        <extracomment>millions-and-beyond, step 8, choice 2</extracomment>
        <translation>Algunas peticiones fallan durante unos dos segundos, y luego ninguna</translation>
    </message>
    <message>
        <source>web2 is overloaded and drops requests</source>
        <extracomment>millions-and-beyond, step 8, choice 4</extracomment>
        <translation>web2 se sobrecarga y descarta peticiones</translation>
    </message>
    <message>
        <source>web2 is still there: the balancer sends everything to it once its health checks see web1 down.</source>
        <extracomment>millions-and-beyond, step 8, feedback on choice 1</extracomment>
        <translation>web2 sigue ahí: el balanceador se lo envía todo en cuanto sus comprobaciones de salud ven caído a web1.</translation>
    </message>
    <message>
        <source>Right: until two failed health checks take web1 out, half the requests go to a dead server.</source>
        <extracomment>millions-and-beyond, step 8, feedback on choice 2</extracomment>
        <translation>Correcto: hasta que dos comprobaciones de salud fallidas sacan a web1, la mitad de las peticiones van a un servidor caído.</translation>
    </message>
    <message>
        <source>The balancer needs two failed checks, 1 s apart, to notice; until then web1&apos;s share fails.</source>
        <extracomment>millions-and-beyond, step 8, feedback on choice 3</extracomment>
        <translation>El balanceador necesita dos comprobaciones fallidas, separadas 1 s, para darse cuenta; hasta entonces falla la parte de web1.</translation>
    </message>
    <message>
        <source>A large server has 200 workers: it carries 800 requests a second alone.</source>
        <extracomment>millions-and-beyond, step 8, feedback on choice 4</extracomment>
        <translation>Un servidor large tiene 200 workers: soporta él solo 800 peticiones por segundo.</translation>
    </message>
    <message>
        <source>About 450 requests fail in the two seconds before the balancer takes web1 out; then web2 carries everything. One xlarge would have failed every request until it was repaired. Scaling out costs the same and survives a failure, which is why the web tier scales horizontally.</source>
        <extracomment>millions-and-beyond, step 8, answer explanation</extracomment>
        <translation>Unas 450 peticiones fallan en los dos segundos antes de que el balanceador saque a web1; después, web2 lo soporta todo. Con un solo xlarge habrían fallado todas las peticiones hasta repararlo. Escalar horizontalmente cuesta lo mismo y sobrevive a un fallo: por eso la capa web escala horizontalmente.</translation>
    </message>
    <message>
        <source>Nothing is dropped: two large servers have room.</source>
        <extracomment>millions-and-beyond, step 8, checkpoint requests.dropped == 0</extracomment>
        <translation>No se descarta nada: dos servidores large tienen margen.</translation>
    </message>
    <message>
        <source>Only the requests sent to web1 before the balancer noticed fail.</source>
        <extracomment>millions-and-beyond, step 8, checkpoint requests.error &lt; 1500</extracomment>
        <translation>Solo fallan las peticiones enviadas a web1 antes de que el balanceador se diera cuenta.</translation>
    </message>
    <message>
        <source>The failure is seen, briefly.</source>
        <extracomment>millions-and-beyond, step 8, checkpoint requests.error &gt; 0</extracomment>
        <translation>El fallo se ve, brevemente.</translation>
    </message>
    <message>
        <source>Sharding: a celebrity key</source>
        <extracomment>millions-and-beyond, step 9, title</extracomment>
        <translation>Fragmentación (sharding): la clave de un famoso</translation>
    </message>
    <message>
        <source>&lt;p&gt;One database cannot hold every user&apos;s data or take every query, so the data is split into &lt;b&gt;shards&lt;/b&gt;: here four databases, each holding a quarter of the keys. A key&apos;s shard is &lt;b&gt;hash(key) mod 4&lt;/b&gt;, so the web server knows where each key lives. The users&apos; reads and writes are very uneven: one key, say a celebrity&apos;s profile, is wanted far more than any other.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 9, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Una sola base de datos no puede guardar los datos de todos los usuarios ni atender todas las consultas, así que los datos se dividen en &lt;b&gt;fragmentos&lt;/b&gt; (shards): aquí cuatro bases de datos, cada una con una cuarta parte de las claves. El fragmento de una clave es &lt;b&gt;hash(key) mod 4&lt;/b&gt;, así que el servidor web sabe dónde está cada clave. Las lecturas y escrituras de los usuarios están muy desequilibradas: una clave, por ejemplo el perfil de un famoso, se pide mucho más que cualquier otra.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Each shard holds a quarter of the keys. Which shards drop requests?</source>
        <extracomment>millions-and-beyond, step 9, question</extracomment>
        <translation>Cada fragmento guarda una cuarta parte de las claves. ¿Qué fragmentos descartan peticiones?</translation>
    </message>
    <message>
        <source>None: the load is split four ways</source>
        <extracomment>millions-and-beyond, step 9, choice 1</extracomment>
        <translation>Ninguno: la carga se reparte entre cuatro</translation>
    </message>
    <message>
        <source>All four a little</source>
        <extracomment>millions-and-beyond, step 9, choice 2</extracomment>
        <translation>Los cuatro, un poco</translation>
    </message>
    <message>
        <source>Only the shard that holds the hot key</source>
        <extracomment>millions-and-beyond, step 9, choice 3</extracomment>
        <translation>Solo el fragmento que guarda la clave caliente</translation>
    </message>
    <message>
        <source>Only the first shard, db1</source>
        <extracomment>millions-and-beyond, step 9, choice 4</extracomment>
        <translation>Solo el primer fragmento, db1</translation>
    </message>
    <message>
        <source>The keys are split evenly, the requests are not: one key takes a large share of them.</source>
        <extracomment>millions-and-beyond, step 9, feedback on choice 1</extracomment>
        <translation>Las claves se reparten por igual; las peticiones, no: una sola clave se lleva una gran parte de ellas.</translation>
    </message>
    <message>
        <source>Three shards stay well under their 500 calls a second.</source>
        <extracomment>millions-and-beyond, step 9, feedback on choice 2</extracomment>
        <translation>Tres fragmentos se quedan muy por debajo de sus 500 llamadas por segundo.</translation>
    </message>
    <message>
        <source>Right: every request for that key goes to the same shard, however many shards there are.</source>
        <extracomment>millions-and-beyond, step 9, feedback on choice 3</extracomment>
        <translation>Correcto: todas las peticiones de esa clave van al mismo fragmento, haya los fragmentos que haya.</translation>
    </message>
    <message>
        <source>A hash puts the hot key wherever its hash lands; here it is db4.</source>
        <extracomment>millions-and-beyond, step 9, feedback on choice 4</extracomment>
        <translation>Un hash pone la clave caliente allí donde caiga su hash; aquí es db4.</translation>
    </message>
    <message>
        <source>About 36 % of all calls go to db4, the shard of the hot key; an even split would give it 25 %. db4 drops requests while db1, db2 and db3 have room to spare. More shards do not help: the hot key stays on one of them. Real systems give such keys a shard of their own, replicas for their reads, or a cache in front.</source>
        <extracomment>millions-and-beyond, step 9, answer explanation</extracomment>
        <translation>Cerca del 36 % de todas las llamadas van a db4, el fragmento de la clave caliente; un reparto uniforme le daría el 25 %. db4 descarta peticiones mientras db1, db2 y db3 tienen margen de sobra. Más fragmentos no ayudan: la clave caliente sigue en uno de ellos. Los sistemas reales dan a esas claves un fragmento propio, réplicas para sus lecturas o una caché delante.</translation>
    </message>
    <message>
        <source>The busiest shard takes more than a third of the calls, not a quarter.</source>
        <extracomment>millions-and-beyond, step 9, checkpoint sharding.max_shard_share &gt; 0.33</extracomment>
        <translation>El fragmento más ocupado recibe más de un tercio de las llamadas, no un cuarto.</translation>
    </message>
    <message>
        <source>The hot key&apos;s shard drops requests.</source>
        <extracomment>millions-and-beyond, step 9, checkpoint nodes[db4].dropped &gt; 500</extracomment>
        <translation>El fragmento de la clave caliente descarta peticiones.</translation>
    </message>
    <message>
        <source>db1 drops nothing.</source>
        <extracomment>millions-and-beyond, step 9, checkpoint nodes[db1].dropped == 0</extracomment>
        <translation>db1 no descarta nada.</translation>
    </message>
    <message>
        <source>db2 drops nothing.</source>
        <extracomment>millions-and-beyond, step 9, checkpoint nodes[db2].dropped == 0</extracomment>
        <translation>db2 no descarta nada.</translation>
    </message>
    <message>
        <source>db3 drops nothing.</source>
        <extracomment>millions-and-beyond, step 9, checkpoint nodes[db3].dropped == 0</extracomment>
        <translation>db3 no descarta nada.</translation>
    </message>
    <message>
        <source>Resharding with hash mod N</source>
        <extracomment>millions-and-beyond, step 10, title</extracomment>
        <translation>Refragmentación con hash mod N</translation>
    </message>
    <message>
        <source>&lt;p&gt;Four shards can no longer keep up: they drop requests. At 20 s a fifth shard, &lt;b&gt;db5&lt;/b&gt;, joins. Every key whose shard changes must be copied to its new shard; here each key&apos;s rows weigh 100 KB and the copy runs at 25 MB/s. Until the copy reaches a key, it stays on its old shard.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 10, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Cuatro fragmentos ya no dan abasto: descartan peticiones. A los 20 s se une un quinto fragmento, &lt;b&gt;db5&lt;/b&gt;. Cada clave cuyo fragmento cambia debe copiarse a su nuevo fragmento; aquí las filas de cada clave pesan 100 KB y la copia va a 25 MB/s. Hasta que la copia llega a una clave, esta sigue en su fragmento antiguo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The rule is hash(key) mod N, and N goes from 4 to 5. How many of the 10,000 keys move?</source>
        <extracomment>millions-and-beyond, step 10, question</extracomment>
        <translation>La regla es hash(key) mod N, y N pasa de 4 a 5. ¿Cuántas de las 10.000 claves se mueven?</translation>
    </message>
    <message>
        <source>About 2,000: the fifth shard&apos;s share</source>
        <extracomment>millions-and-beyond, step 10, choice 1</extracomment>
        <translation>Unas 2.000: la parte del quinto fragmento</translation>
    </message>
    <message>
        <source>About 5,000</source>
        <extracomment>millions-and-beyond, step 10, choice 2</extracomment>
        <translation>Unas 5.000</translation>
    </message>
    <message>
        <source>About 8,000</source>
        <extracomment>millions-and-beyond, step 10, choice 3</extracomment>
        <translation>Unas 8.000</translation>
    </message>
    <message>
        <source>All 10,000</source>
        <extracomment>millions-and-beyond, step 10, choice 4</extracomment>
        <translation>Las 10.000</translation>
    </message>
    <message>
        <source>That is what the new shard ends up holding, but the others swap keys among themselves too.</source>
        <extracomment>millions-and-beyond, step 10, feedback on choice 1</extracomment>
        <translation>Eso es lo que acaba guardando el fragmento nuevo, pero los demás también se intercambian claves entre sí.</translation>
    </message>
    <message>
        <source>More: a key stays only when its hash gives the same remainder mod 4 and mod 5.</source>
        <extracomment>millions-and-beyond, step 10, feedback on choice 2</extracomment>
        <translation>Más: una clave solo se queda donde está si su hash da el mismo resto mod 4 y mod 5.</translation>
    </message>
    <message>
        <source>Right: only one key in five keeps its shard when N changes.</source>
        <extracomment>millions-and-beyond, step 10, feedback on choice 3</extracomment>
        <translation>Correcto: solo una de cada cinco claves conserva su fragmento cuando cambia N.</translation>
    </message>
    <message>
        <source>A fifth of them land where they were.</source>
        <extracomment>millions-and-beyond, step 10, feedback on choice 4</extracomment>
        <translation>Una quinta parte cae donde ya estaba.</translation>
    </message>
    <message>
        <source>About 7,900 keys move, so the copy takes about 31 s, and during it thousands of reads ask for a key that is still on its way. Changing N reshuffles almost everything: that is the weakness of mod N.</source>
        <extracomment>millions-and-beyond, step 10, answer explanation</extracomment>
        <translation>Se mueven unas 7.900 claves, así que la copia tarda unos 31 s, y mientras dura, miles de lecturas piden una clave que todavía está de camino. Cambiar N lo reorganiza casi todo: esa es la debilidad de mod N.</translation>
    </message>
    <message>
        <source>A fifth shard joined.</source>
        <extracomment>millions-and-beyond, step 10, checkpoint sharding.shards == 5</extracomment>
        <translation>Se unió un quinto fragmento.</translation>
    </message>
    <message>
        <source>Most keys move.</source>
        <extracomment>millions-and-beyond, step 10, checkpoint sharding.moved_keys &gt; 7000</extracomment>
        <translation>La mayoría de las claves se mueven.</translation>
    </message>
    <message>
        <source>Thousands of reads ask for a key in transit.</source>
        <extracomment>millions-and-beyond, step 10, checkpoint sharding.moving_reads &gt; 3000</extracomment>
        <translation>Miles de lecturas piden una clave en tránsito.</translation>
    </message>
    <message>
        <source>Resharding with consistent hashing</source>
        <extracomment>millions-and-beyond, step 11, title</extracomment>
        <translation>Refragmentación con hash consistente</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same four shards, the same fifth one at 20 s, but now the keys sit on a &lt;b&gt;consistent-hash ring&lt;/b&gt;: each shard owns the arcs before its points on the ring, and a new shard takes arcs only from its neighbours.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 11, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Los mismos cuatro fragmentos, el mismo quinto a los 20 s, pero ahora las claves están en un &lt;b&gt;anillo de hash consistente&lt;/b&gt;: cada fragmento es dueño de los arcos que preceden a sus puntos del anillo, y un fragmento nuevo solo toma arcos de sus vecinos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How many of the 10,000 keys move this time?</source>
        <extracomment>millions-and-beyond, step 11, question</extracomment>
        <translation>¿Cuántas de las 10.000 claves se mueven esta vez?</translation>
    </message>
    <message>
        <source>About 2,000</source>
        <extracomment>millions-and-beyond, step 11, choice 1</extracomment>
        <translation>Unas 2.000</translation>
    </message>
    <message>
        <source>None until the copy is over</source>
        <extracomment>millions-and-beyond, step 11, choice 4</extracomment>
        <translation>Ninguna hasta que termina la copia</translation>
    </message>
    <message>
        <source>Right: only the keys the new shard takes over move, about 1/5 of them.</source>
        <extracomment>millions-and-beyond, step 11, feedback on choice 1</extracomment>
        <translation>Correcto: solo se mueven las claves de las que se hace cargo el fragmento nuevo, cerca de 1/5.</translation>
    </message>
    <message>
        <source>Fewer: no key moves between the old shards.</source>
        <extracomment>millions-and-beyond, step 11, feedback on choice 2</extracomment>
        <translation>Menos: ninguna clave se mueve entre los fragmentos antiguos.</translation>
    </message>
    <message>
        <source>That was mod N; the ring moves only what the new shard takes.</source>
        <extracomment>millions-and-beyond, step 11, feedback on choice 3</extracomment>
        <translation>Eso era mod N; el anillo solo mueve lo que toma el fragmento nuevo.</translation>
    </message>
    <message>
        <source>Keys still move; the question is how many.</source>
        <extracomment>millions-and-beyond, step 11, feedback on choice 4</extracomment>
        <translation>Las claves se mueven igualmente; la cuestión es cuántas.</translation>
    </message>
    <message>
        <source>About 2,200 keys move, every one of them to db5; the copy is over in about 9 s instead of 31, and far fewer reads meet a key in transit. That is why caches and sharded databases use consistent hashing.</source>
        <extracomment>millions-and-beyond, step 11, answer explanation</extracomment>
        <translation>Se mueven unas 2.200 claves, todas ellas a db5; la copia termina en unos 9 s en lugar de 31, y muchas menos lecturas se topan con una clave en tránsito. Por eso las cachés y las bases de datos fragmentadas usan hash consistente.</translation>
    </message>
    <message>
        <source>About a fifth of the keys move.</source>
        <extracomment>millions-and-beyond, step 11, checkpoint sharding.moved_keys &lt; 3300</extracomment>
        <translation>Se mueve cerca de una quinta parte de las claves.</translation>
    </message>
    <message>
        <source>The new shard takes its share.</source>
        <extracomment>millions-and-beyond, step 11, checkpoint sharding.moved_keys &gt; 1200</extracomment>
        <translation>El fragmento nuevo toma su parte.</translation>
    </message>
    <message>
        <source>Few reads meet a key in transit.</source>
        <extracomment>millions-and-beyond, step 11, checkpoint sharding.moving_reads &lt; 2000</extracomment>
        <translation>Pocas lecturas se topan con una clave en tránsito.</translation>
    </message>
    <message>
        <source>A query over every shard</source>
        <extracomment>millions-and-beyond, step 12, title</extracomment>
        <translation>Una consulta a todos los fragmentos</translation>
    </message>
    <message>
        <source>&lt;p&gt;Some queries need every shard: a search over all users, a feed of everyone&apos;s posts. Here a tenth of the reads are such a &lt;b&gt;fan-out&lt;/b&gt;: the web server asks all four shards at once and answers when all have. One shard, &lt;b&gt;db4&lt;/b&gt;, is slow: 80 ms a call instead of 5.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 12, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Algunas consultas necesitan todos los fragmentos: una búsqueda entre todos los usuarios, un feed con las publicaciones de todos. Aquí una décima parte de las lecturas son una de estas &lt;b&gt;consultas en abanico&lt;/b&gt; (fan-out): el servidor web pregunta a los cuatro fragmentos a la vez y responde cuando todos han contestado. Un fragmento, &lt;b&gt;db4&lt;/b&gt;, es lento: 80 ms por llamada en lugar de 5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How long does a fan-out read take?</source>
        <extracomment>millions-and-beyond, step 12, question</extracomment>
        <translation>¿Cuánto tarda una lectura en abanico?</translation>
    </message>
    <message>
        <source>As long as the fastest shard</source>
        <extracomment>millions-and-beyond, step 12, choice 1</extracomment>
        <translation>Lo mismo que el fragmento más rápido</translation>
    </message>
    <message>
        <source>About the average of the four shards</source>
        <extracomment>millions-and-beyond, step 12, choice 2</extracomment>
        <translation>Más o menos la media de los cuatro fragmentos</translation>
    </message>
    <message>
        <source>As long as the slowest shard, db4</source>
        <extracomment>millions-and-beyond, step 12, choice 3</extracomment>
        <translation>Lo mismo que el fragmento más lento, db4</translation>
    </message>
    <message>
        <source>The four shards&apos; times added up</source>
        <extracomment>millions-and-beyond, step 12, choice 4</extracomment>
        <translation>La suma de los tiempos de los cuatro fragmentos</translation>
    </message>
    <message>
        <source>The answer needs every shard&apos;s part: the web server waits for all of them.</source>
        <extracomment>millions-and-beyond, step 12, feedback on choice 1</extracomment>
        <translation>La respuesta necesita la parte de cada fragmento: el servidor web los espera a todos.</translation>
    </message>
    <message>
        <source>Waiting for all of them means waiting for the slowest.</source>
        <extracomment>millions-and-beyond, step 12, feedback on choice 2</extracomment>
        <translation>Esperarlos a todos significa esperar al más lento.</translation>
    </message>
    <message>
        <source>Right: about 107 ms, every time, while most single-key reads take about 32 ms.</source>
        <extracomment>millions-and-beyond, step 12, feedback on choice 3</extracomment>
        <translation>Correcto: unos 107 ms, siempre, mientras que la mayoría de las lecturas de una sola clave tardan unos 32 ms.</translation>
    </message>
    <message>
        <source>The calls go out at the same time, not one after the other.</source>
        <extracomment>millions-and-beyond, step 12, feedback on choice 4</extracomment>
        <translation>Las llamadas salen a la vez, no una detrás de otra.</translation>
    </message>
    <message>
        <source>Every fan-out read waits for db4, so it takes about 107 ms, while the median request takes about 32 ms. The more shards a query touches, the likelier one of them is slow: keep fan-out queries rare, or answer them from a separate index.</source>
        <extracomment>millions-and-beyond, step 12, answer explanation</extracomment>
        <translation>Cada lectura en abanico espera a db4, así que tarda unos 107 ms, mientras que la petición mediana tarda unos 32 ms. Cuantos más fragmentos toca una consulta, más probable es que uno de ellos sea lento: conviene que las consultas en abanico sean raras, o responderlas desde un índice aparte.</translation>
    </message>
    <message>
        <source>Fan-out reads take as long as the slowest shard.</source>
        <extracomment>millions-and-beyond, step 12, checkpoint sharding.fan_out_mean_ms &gt; 100</extracomment>
        <translation>Las lecturas en abanico tardan lo mismo que el fragmento más lento.</translation>
    </message>
    <message>
        <source>The median request is far faster.</source>
        <extracomment>millions-and-beyond, step 12, checkpoint latency_ms.p50 &lt; 50</extracomment>
        <translation>La petición mediana es mucho más rápida.</translation>
    </message>
    <message>
        <source>Nothing fails: it is only slow.</source>
        <extracomment>millions-and-beyond, step 12, checkpoint requests.error == 0</extracomment>
        <translation>No falla nada: solo es lento.</translation>
    </message>
    <message>
        <source>Where Zero to Millions stops, the site keeps growing: machines that watch the figures and page somebody, a message queue that takes slow work off the user&apos;s request, a web tier that grows and shrinks with its load, bigger machines against more machines, databases split into shards, and a second data centre for when a whole one goes dark. Every claim is shown by the live run.</source>
        <extracomment>millions-and-beyond, lesson summary</extracomment>
        <translation>Donde termina «De cero a millones», el sitio sigue creciendo: máquinas que vigilan las cifras y avisan a alguien, una cola de mensajes que saca el trabajo lento de la petición del usuario, una capa web que crece y se encoge con su carga, máquinas más grandes frente a más máquinas, bases de datos divididas en fragmentos (shards) y un segundo centro de datos para cuando uno entero se queda a oscuras. Cada afirmación se ve en la simulación en curso.</translation>
    </message>
    <message>
        <source>Two data centres</source>
        <extracomment>millions-and-beyond, step 13, title</extracomment>
        <translation>Dos centros de datos</translation>
    </message>
    <message>
        <source>&lt;p&gt;The site now runs in two data centres, &lt;b&gt;us-east&lt;/b&gt; and &lt;b&gt;eu-west&lt;/b&gt;, each with its own balancer, web servers and database. Users look the site&apos;s name up at &lt;b&gt;geoDNS&lt;/b&gt;, which answers with the entry of the nearest data centre: 15 ms away instead of 55 ms across the ocean. The primary database is in us-east; eu-west has a replica that takes its side&apos;s reads.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 13, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;El sitio funciona ahora en dos centros de datos, &lt;b&gt;us-east&lt;/b&gt; y &lt;b&gt;eu-west&lt;/b&gt;, cada uno con su propio balanceador, sus servidores web y su base de datos. Los usuarios buscan el nombre del sitio en &lt;b&gt;geoDNS&lt;/b&gt;, que responde con el punto de entrada del centro de datos más cercano: a 15 ms en lugar de a 55 ms al otro lado del océano. La base de datos primaria está en us-east; eu-west tiene una réplica que atiende las lecturas de su lado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A European user saves a change. Where does the write go?</source>
        <extracomment>millions-and-beyond, step 13, question</extracomment>
        <translation>Un usuario europeo guarda un cambio. ¿Adónde va la escritura?</translation>
    </message>
    <message>
        <source>To db-eu, the database in their own data centre</source>
        <extracomment>millions-and-beyond, step 13, choice 1</extracomment>
        <translation>A db-eu, la base de datos de su propio centro de datos</translation>
    </message>
    <message>
        <source>Across the ocean to the primary, db-us</source>
        <extracomment>millions-and-beyond, step 13, choice 2</extracomment>
        <translation>Al otro lado del océano, al primario, db-us</translation>
    </message>
    <message>
        <source>To both databases at once</source>
        <extracomment>millions-and-beyond, step 13, choice 3</extracomment>
        <translation>A las dos bases de datos a la vez</translation>
    </message>
    <message>
        <source>Nowhere until the DNS answers again</source>
        <extracomment>millions-and-beyond, step 13, choice 4</extracomment>
        <translation>A ninguna parte hasta que el DNS vuelva a responder</translation>
    </message>
    <message>
        <source>db-eu is a replica: it takes reads, but every write must reach the primary.</source>
        <extracomment>millions-and-beyond, step 13, feedback on choice 1</extracomment>
        <translation>db-eu es una réplica: atiende lecturas, pero toda escritura debe llegar al primario.</translation>
    </message>
    <message>
        <source>Right: reads stay in Europe, writes cross the ocean and back, so they take about 80 ms longer.</source>
        <extracomment>millions-and-beyond, step 13, feedback on choice 2</extracomment>
        <translation>Correcto: las lecturas se quedan en Europa y las escrituras cruzan el océano y vuelven, así que tardan unos 80 ms más.</translation>
    </message>
    <message>
        <source>The primary takes it, then ships it to the replica asynchronously.</source>
        <extracomment>millions-and-beyond, step 13, feedback on choice 3</extracomment>
        <translation>La recibe el primario, que luego la envía a la réplica de forma asíncrona.</translation>
    </message>
    <message>
        <source>The DNS answer only chooses the front door; the write goes on from there.</source>
        <extracomment>millions-and-beyond, step 13, feedback on choice 4</extracomment>
        <translation>La respuesta DNS solo elige la puerta de entrada; a partir de ahí, la escritura sigue su camino.</translation>
    </message>
    <message>
        <source>The web servers in eu-west read from their local replica and send every write to the primary in us-east, 40 ms away each way. So most European requests take about 57 ms, but their writes about 135 ms: the slowest few percent of all requests.</source>
        <extracomment>millions-and-beyond, step 13, answer explanation</extracomment>
        <translation>Los servidores web de eu-west leen de su réplica local y envían cada escritura al primario de us-east, a 40 ms en cada sentido. Así, la mayoría de las peticiones europeas tardan unos 57 ms, pero sus escrituras unos 135 ms: el pequeño porcentaje más lento de todas las peticiones.</translation>
    </message>
    <message>
        <source>Every request is answered.</source>
        <extracomment>millions-and-beyond, step 13, checkpoint requests.error == 0</extracomment>
        <translation>Todas las peticiones reciben respuesta.</translation>
    </message>
    <message>
        <source>Most users are served near home.</source>
        <extracomment>millions-and-beyond, step 13, checkpoint latency_ms.p50 &lt; 70</extracomment>
        <translation>La mayoría de los usuarios reciben servicio cerca de casa.</translation>
    </message>
    <message>
        <source>European writes cross the ocean to the primary.</source>
        <extracomment>millions-and-beyond, step 13, checkpoint latency_ms.p99 &gt; 100</extracomment>
        <translation>Las escrituras europeas cruzan el océano hasta el primario.</translation>
    </message>
    <message>
        <source>European users go to eu-west.</source>
        <extracomment>millions-and-beyond, step 13, checkpoint datacenters[eu-west].requests &gt; 5000</extracomment>
        <translation>Los usuarios europeos van a eu-west.</translation>
    </message>
    <message>
        <source>A whole data centre goes dark</source>
        <extracomment>millions-and-beyond, step 14, title</extracomment>
        <translation>Un centro de datos entero se queda a oscuras</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 60 s us-east loses power: its balancer, web servers and primary database all die. The DNS probes each data centre every 10 s and calls one down after 3 failed probes. But the users&apos; resolvers keep the old answer for the record&apos;s &lt;b&gt;TTL&lt;/b&gt;, 60 s here, before they ask again.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 14, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A los 60 s us-east se queda sin corriente: su balanceador, sus servidores web y su base de datos primaria se caen a la vez. El DNS sondea cada centro de datos cada 10 s y lo da por caído tras 3 sondeos fallidos. Pero los resolutores de los usuarios conservan la respuesta antigua durante el &lt;b&gt;TTL&lt;/b&gt; del registro, aquí 60 s, antes de volver a preguntar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When are all American users served again?</source>
        <extracomment>millions-and-beyond, step 14, question</extracomment>
        <translation>¿Cuándo vuelven a recibir servicio todos los usuarios americanos?</translation>
    </message>
    <message>
        <source>At once, at 60 s</source>
        <extracomment>millions-and-beyond, step 14, choice 1</extracomment>
        <translation>Enseguida, a los 60 s</translation>
    </message>
    <message>
        <source>At about 80 s, when the DNS calls us-east down</source>
        <extracomment>millions-and-beyond, step 14, choice 2</extracomment>
        <translation>Hacia los 80 s, cuando el DNS da por caído us-east</translation>
    </message>
    <message>
        <source>Gradually, until about 140 s</source>
        <extracomment>millions-and-beyond, step 14, choice 3</extracomment>
        <translation>Poco a poco, hasta unos 140 s</translation>
    </message>
    <message>
        <source>Never: their data centre is gone</source>
        <extracomment>millions-and-beyond, step 14, choice 4</extracomment>
        <translation>Nunca: su centro de datos ha desaparecido</translation>
    </message>
    <message>
        <source>Nobody has told the DNS yet, and the users still hold its old answer.</source>
        <extracomment>millions-and-beyond, step 14, feedback on choice 1</extracomment>
        <translation>Nadie se lo ha dicho aún al DNS, y los usuarios siguen teniendo su respuesta antigua.</translation>
    </message>
    <message>
        <source>From then on the DNS answers eu-west, but each user only asks again when their cached answer expires.</source>
        <extracomment>millions-and-beyond, step 14, feedback on choice 2</extracomment>
        <translation>A partir de entonces el DNS responde eu-west, pero cada usuario solo vuelve a preguntar cuando caduca su respuesta en caché.</translation>
    </message>
    <message>
        <source>Right: detection takes until 80 s, then each user moves when their 60 s TTL runs out.</source>
        <extracomment>millions-and-beyond, step 14, feedback on choice 3</extracomment>
        <translation>Correcto: la detección tarda hasta los 80 s, y luego cada usuario se traslada cuando se agota su TTL de 60 s.</translation>
    </message>
    <message>
        <source>eu-west takes them, once the DNS sends them there.</source>
        <extracomment>millions-and-beyond, step 14, feedback on choice 4</extracomment>
        <translation>eu-west los atiende en cuanto el DNS los envía allí.</translation>
    </message>
    <message>
        <source>Until 80 s every American request fails at the dead balancer; then fewer and fewer do, as resolvers refresh over the next 60 s. Meanwhile the replica in eu-west became the primary, without the few writes not yet shipped across. And eu-west, sized for its own users, now gets three times its load: it drops requests and its queues make everyone wait. A second data centre only saves you if it can carry the first one&apos;s users.</source>
        <extracomment>millions-and-beyond, step 14, answer explanation</extracomment>
        <translation>Hasta los 80 s, todas las peticiones americanas fallan en el balanceador caído; luego fallan cada vez menos, a medida que los resolutores se actualizan durante los 60 s siguientes. Mientras tanto, la réplica de eu-west se convirtió en el primario, sin las pocas escrituras que aún no se habían enviado al otro lado. Y eu-west, dimensionado para sus propios usuarios, recibe ahora el triple de carga: descarta peticiones y sus colas hacen esperar a todos. Un segundo centro de datos solo te salva si puede con los usuarios del primero.</translation>
    </message>
    <message>
        <source>Cached DNS answers kept sending users to the dead data centre.</source>
        <extracomment>millions-and-beyond, step 14, checkpoint datacenters[us-east].stale_dns &gt; 5000</extracomment>
        <translation>Las respuestas DNS en caché siguieron enviando usuarios al centro de datos caído.</translation>
    </message>
    <message>
        <source>The replica in eu-west was promoted.</source>
        <extracomment>millions-and-beyond, step 14, checkpoint replication.promotions == 1</extracomment>
        <translation>La réplica de eu-west fue promovida.</translation>
    </message>
    <message>
        <source>Writes not yet shipped across were lost.</source>
        <extracomment>millions-and-beyond, step 14, checkpoint replication.lost_writes &gt;= 1</extracomment>
        <translation>Se perdieron escrituras que aún no se habían enviado al otro lado.</translation>
    </message>
    <message>
        <source>eu-west cannot carry both continents.</source>
        <extracomment>millions-and-beyond, step 14, checkpoint nodes[web-eu1].dropped &gt; 500</extracomment>
        <translation>eu-west no puede con los dos continentes.</translation>
    </message>
    <message>
        <source>A long TTL</source>
        <extracomment>millions-and-beyond, step 15, title</extracomment>
        <translation>Un TTL largo</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same outage, but the DNS record&apos;s TTL is 300 s, as many sites set to save lookups.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 15, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;La misma caída, pero el TTL del registro DNS es de 300 s, como lo configuran muchos sitios para ahorrarse consultas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What does the longer TTL change after us-east goes dark?</source>
        <extracomment>millions-and-beyond, step 15, question</extracomment>
        <translation>¿Qué cambia el TTL más largo después de que us-east se quede a oscuras?</translation>
    </message>
    <message>
        <source>Nothing: the DNS notices just as fast</source>
        <extracomment>millions-and-beyond, step 15, choice 1</extracomment>
        <translation>Nada: el DNS lo detecta igual de rápido</translation>
    </message>
    <message>
        <source>Users move away five times more slowly, so many more requests fail</source>
        <extracomment>millions-and-beyond, step 15, choice 2</extracomment>
        <translation>Los usuarios se van cinco veces más despacio, así que fallan muchas más peticiones</translation>
    </message>
    <message>
        <source>Fewer requests fail, because eu-west is less crowded</source>
        <extracomment>millions-and-beyond, step 15, choice 3</extracomment>
        <translation>Fallan menos peticiones, porque eu-west está menos saturado</translation>
    </message>
    <message>
        <source>The users never move</source>
        <extracomment>millions-and-beyond, step 15, choice 4</extracomment>
        <translation>Los usuarios nunca se van</translation>
    </message>
    <message>
        <source>It notices as fast, but the users ask it five times less often.</source>
        <extracomment>millions-and-beyond, step 15, feedback on choice 1</extracomment>
        <translation>Lo detecta igual de rápido, pero los usuarios le preguntan cinco veces menos.</translation>
    </message>
    <message>
        <source>Right: by 200 s most American users still hold the old answer.</source>
        <extracomment>millions-and-beyond, step 15, feedback on choice 2</extracomment>
        <translation>Correcto: a los 200 s la mayoría de los usuarios americanos aún conservan la respuesta antigua.</translation>
    </message>
    <message>
        <source>eu-west is less crowded only because the users are still failing at the dead data centre.</source>
        <extracomment>millions-and-beyond, step 15, feedback on choice 3</extracomment>
        <translation>eu-west está menos saturado solo porque los usuarios siguen fallando en el centro de datos caído.</translation>
    </message>
    <message>
        <source>They move, one by one, as their 300 s run out.</source>
        <extracomment>millions-and-beyond, step 15, feedback on choice 4</extracomment>
        <translation>Se van, uno a uno, a medida que se agotan sus 300 s.</translation>
    </message>
    <message>
        <source>A long TTL means fewer DNS lookups and slightly faster pages on a normal day, but during an outage users keep going to the dead data centre for up to five minutes. Sites that rely on DNS failover keep their TTL short, around a minute.</source>
        <extracomment>millions-and-beyond, step 15, answer explanation</extracomment>
        <translation>Un TTL largo significa menos consultas DNS y páginas algo más rápidas en un día normal, pero durante una caída los usuarios siguen yendo al centro de datos caído hasta cinco minutos. Los sitios que dependen de la conmutación por error por DNS mantienen un TTL corto, de alrededor de un minuto.</translation>
    </message>
    <message>
        <source>Far more requests go to the dead data centre than with a 60 s TTL (about 12,000).</source>
        <extracomment>millions-and-beyond, step 15, checkpoint datacenters[us-east].stale_dns &gt; 25000</extracomment>
        <translation>Van muchas más peticiones al centro de datos caído que con un TTL de 60 s (unas 12.000).</translation>
    </message>
    <message>
        <source>Many more requests fail.</source>
        <extracomment>millions-and-beyond, step 15, checkpoint requests.error &gt; 30000</extracomment>
        <translation>Fallan muchas más peticiones.</translation>
    </message>
</context>
</TS>
