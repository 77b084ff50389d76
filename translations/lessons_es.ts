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
        <source>Without the cache db1 answered about 30,000 requests in 30 s. How many now?</source>
        <extracomment>caching, step 1, question</extracomment>
        <translation>Sin la caché, db1 respondía unas 30.000 peticiones en 30 s. ¿Cuántas responde ahora?</translation>
    </message>
    <message>
        <source>About 27,000</source>
        <extracomment>caching, step 1, choice 1</extracomment>
        <translation>Unas 27.000</translation>
    </message>
    <message>
        <source>About 14,000</source>
        <extracomment>caching, step 1, choice 2</extracomment>
        <translation>Unas 14.000</translation>
    </message>
    <message>
        <source>About 3,000</source>
        <extracomment>caching, step 1, choice 3</extracomment>
        <translation>Unas 3.000</translation>
    </message>
    <message>
        <source>About 59 % of the reads hit, so db1 answered about 14,000 requests: the writes and the misses. Users win too: the median answer falls from 37 ms to 28.5 ms.</source>
        <extracomment>caching, step 1, answer explanation</extracomment>
        <translation>Alrededor del 59 % de las lecturas son aciertos, así que db1 respondió unas 14.000 peticiones: las escrituras y los fallos. Los usuarios también salen ganando: la respuesta mediana baja de 37 ms a 28,5 ms.</translation>
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
        <source>A TTL that is too short</source>
        <extracomment>caching, step 2, title</extracomment>
        <translation>Un TTL demasiado corto</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each entry expires after its &lt;b&gt;time to live&lt;/b&gt;, so that old data does not stay for ever. Shorten the TTL from 60 s to 2 s, and many entries expire before anyone reads them again.&lt;/p&gt;</source>
        <extracomment>caching, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Cada entrada caduca tras su &lt;b&gt;tiempo de vida&lt;/b&gt; (TTL), para que los datos antiguos no se queden para siempre. Acorta el TTL de 60 s a 2 s y muchas entradas caducarán antes de que alguien vuelva a leerlas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where do the reads of expired entries go?</source>
        <extracomment>caching, step 2, question</extracomment>
        <translation>¿Adónde van las lecturas de las entradas caducadas?</translation>
    </message>
    <message>
        <source>To the database</source>
        <extracomment>caching, step 2, choice 1</extracomment>
        <translation>A la base de datos</translation>
    </message>
    <message>
        <source>To another cache</source>
        <extracomment>caching, step 2, choice 2</extracomment>
        <translation>A otra caché</translation>
    </message>
    <message>
        <source>Nowhere: they fail</source>
        <extracomment>caching, step 2, choice 3</extracomment>
        <translation>A ningún sitio: fallan</translation>
    </message>
    <message>
        <source>An expired entry is a miss, and a miss reads the database. About 10,000 entries expired, the hit ratio fell from 0.59 to 0.53, and db1 answered about 1,700 more requests.</source>
        <extracomment>caching, step 2, answer explanation</extracomment>
        <translation>Una entrada caducada es un fallo, y un fallo lee de la base de datos. Caducaron unas 10.000 entradas, la tasa de aciertos bajó de 0,59 a 0,53 y db1 respondió unas 1.700 peticiones más.</translation>
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
        <extracomment>caching, step 3, title</extracomment>
        <translation>Escrituras que no tocan la caché</translation>
    </message>
    <message>
        <source>Does the hit ratio tell you something is wrong?</source>
        <extracomment>caching, step 3, question</extracomment>
        <translation>¿Te avisa la tasa de aciertos de que algo va mal?</translation>
    </message>
    <message>
        <source>Yes: it falls sharply</source>
        <extracomment>caching, step 3, choice 1</extracomment>
        <translation>Sí: baja bruscamente</translation>
    </message>
    <message>
        <source>No: it even rises, while many hits are wrong</source>
        <extracomment>caching, step 3, choice 2</extracomment>
        <translation>No: incluso sube, mientras muchos aciertos son erróneos</translation>
    </message>
    <message>
        <source>There are no hits any more</source>
        <extracomment>caching, step 3, choice 3</extracomment>
        <translation>Ya no hay aciertos</translation>
    </message>
    <message>
        <source>Thousands of hits return old values.</source>
        <extracomment>caching, step 3, checkpoint cache.stale_hits &gt; 5000</extracomment>
        <translation>Miles de aciertos devuelven valores antiguos.</translation>
    </message>
    <message>
        <source>And the hit ratio looks better than ever.</source>
        <extracomment>caching, step 3, checkpoint cache.hit_ratio &gt; 0.6</extracomment>
        <translation>Y la tasa de aciertos parece mejor que nunca.</translation>
    </message>
    <message>
        <source>Eviction: LFU</source>
        <extracomment>caching, step 4, title</extracomment>
        <translation>Expulsión: LFU</translation>
    </message>
    <message>
        <source>&lt;p&gt;A full cache has to &lt;b&gt;evict&lt;/b&gt; an entry to make room. This one holds just 200 keys. With &lt;b&gt;LFU&lt;/b&gt; it evicts the entry used least often, so the keys everyone asks for stay in.&lt;/p&gt;</source>
        <extracomment>caching, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Una caché llena tiene que &lt;b&gt;expulsar&lt;/b&gt; una entrada para hacer sitio. Esta solo guarda 200 claves. Con &lt;b&gt;LFU&lt;/b&gt; expulsa la entrada usada con menos frecuencia, así que las claves que todos piden se quedan dentro.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LFU keeps the popular keys: a hit ratio above 0.42 with only 200 entries.</source>
        <extracomment>caching, step 4, checkpoint cache.hit_ratio &gt; 0.42</extracomment>
        <translation>LFU conserva las claves populares: una tasa de aciertos por encima de 0,42 con solo 200 entradas.</translation>
    </message>
    <message>
        <source>A small cache evicts all the time.</source>
        <extracomment>caching, step 4, checkpoint cache.evictions &gt; 10000</extracomment>
        <translation>Una caché pequeña expulsa entradas todo el rato.</translation>
    </message>
    <message>
        <source>Eviction: FIFO</source>
        <extracomment>caching, step 5, title</extracomment>
        <translation>Expulsión: FIFO</translation>
    </message>
    <message>
        <source>&lt;p&gt;Same cache, same traffic, but &lt;b&gt;FIFO&lt;/b&gt;: the entry that came in first goes out first, however popular it is. Even the most asked-for key is thrown out regularly and has to be read from the database again.&lt;/p&gt;</source>
        <extracomment>caching, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;La misma caché, el mismo tráfico, pero con &lt;b&gt;FIFO&lt;/b&gt;: la entrada que llegó primero sale primero, por muy popular que sea. Incluso la clave más pedida se tira cada cierto tiempo y hay que volver a leerla de la base de datos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How does FIFO compare with LFU here?</source>
        <extracomment>caching, step 5, question</extracomment>
        <translation>¿Cómo se compara FIFO con LFU aquí?</translation>
    </message>
    <message>
        <source>Better</source>
        <extracomment>caching, step 5, choice 1</extracomment>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>The same</source>
        <extracomment>caching, step 5, choice 2</extracomment>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Worse</source>
        <extracomment>caching, step 5, choice 3</extracomment>
        <translation>Peor</translation>
    </message>
    <message>
        <source>The hit ratio falls from 0.44 to 0.38 and db1 answers about 1,600 more requests. LRU lands in between, at 0.41.</source>
        <extracomment>caching, step 5, answer explanation</extracomment>
        <translation>La tasa de aciertos baja de 0,44 a 0,38 y db1 responde unas 1.600 peticiones más. LRU queda en medio, con 0,41.</translation>
    </message>
    <message>
        <source>FIFO throws popular keys out: a lower hit ratio.</source>
        <extracomment>caching, step 5, checkpoint cache.hit_ratio &lt; 0.41</extracomment>
        <translation>FIFO tira las claves populares: una tasa de aciertos más baja.</translation>
    </message>
    <message>
        <source>One cache, one point of failure</source>
        <extracomment>caching, step 6, title</extracomment>
        <translation>Una caché, un único punto de fallo</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database here has only 8 workers: enough while the cache answers most reads. At 30 s &lt;b&gt;cache1&lt;/b&gt; dies. It comes back at 45 s, empty.&lt;/p&gt;</source>
        <extracomment>caching, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Aquí la base de datos solo tiene 8 workers: suficientes mientras la caché responde la mayoría de las lecturas. A los 30 s &lt;b&gt;cache1&lt;/b&gt; se cae. Vuelve a los 45 s, vacía.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What do users notice while the cache is down?</source>
        <extracomment>caching, step 6, question</extracomment>
        <translation>¿Qué notan los usuarios mientras la caché está caída?</translation>
    </message>
    <message>
        <source>Nothing</source>
        <extracomment>caching, step 6, choice 1</extracomment>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Much slower answers</source>
        <extracomment>caching, step 6, choice 2</extracomment>
        <translation>Respuestas mucho más lentas</translation>
    </message>
    <message>
        <source>They are logged out</source>
        <extracomment>caching, step 6, choice 3</extracomment>
        <translation>Se les cierra la sesión</translation>
    </message>
    <message>
        <source>The database queues up: slow answers.</source>
        <extracomment>caching, step 6, checkpoint latency_ms.p95 &gt; 150</extracomment>
        <translation>La base de datos acumula cola: respuestas lentas.</translation>
    </message>
    <message>
        <source>Every read lands on the database.</source>
        <extracomment>caching, step 6, checkpoint nodes[db1].served &gt; 25000</extracomment>
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
        <source>&lt;p&gt;Static files come from &lt;b&gt;assets&lt;/b&gt;, a storage bucket in the US. Users in Europe and the US each ask their nearest &lt;b&gt;edge&lt;/b&gt;. On a miss the edge fetches the file from assets and keeps it for a day; the next user who asks gets it from the edge.&lt;/p&gt;</source>
        <extracomment>cdn, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Los archivos estáticos vienen de &lt;b&gt;assets&lt;/b&gt;, un bucket de almacenamiento en EE. UU. Los usuarios de Europa y de EE. UU. piden cada uno a su &lt;b&gt;servidor de borde&lt;/b&gt; más cercano. En un fallo, el servidor de borde trae el archivo de assets y lo guarda durante un día; el siguiente usuario que lo pide lo recibe del servidor de borde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Straight from the origin, the median file took 229 ms. With the edges?</source>
        <extracomment>cdn, step 1, question</extracomment>
        <translation>Directamente desde el origen, el archivo mediano tardaba 229 ms. ¿Y con los servidores de borde?</translation>
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
        <source>Most files are hits on a nearby edge: the median takes 21 ms. The edges sent 86 % of the bytes, and the origin answered 3,500 requests instead of 30,000.</source>
        <extracomment>cdn, step 1, answer explanation</extracomment>
        <translation>La mayoría de los archivos son aciertos en un servidor de borde cercano: la mediana tarda 21 ms. Los servidores de borde enviaron el 86 % de los bytes, y el origen respondió 3.500 peticiones en lugar de 30.000.</translation>
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
        <source>&lt;p&gt;At 20 s &lt;b&gt;edge-eu&lt;/b&gt; dies, and comes back at 40 s, empty. European clients wait 3 s for an answer that never comes, then fetch from the origin directly and keep doing so for 30 s before trying their edge again.&lt;/p&gt;</source>
        <extracomment>cdn, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A los 20 s &lt;b&gt;edge-eu&lt;/b&gt; se cae, y vuelve a los 40 s, vacío. Los clientes europeos esperan 3 s una respuesta que nunca llega; después piden directamente al origen y siguen haciéndolo durante 30 s antes de volver a probar su servidor de borde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How many requests fail while edge-eu is down?</source>
        <extracomment>cdn, step 2, question</extracomment>
        <translation>¿Cuántas peticiones fallan mientras edge-eu está caído?</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>cdn, step 2, choice 1</extracomment>
        <translation>Cero</translation>
    </message>
    <message>
        <source>About a third</source>
        <extracomment>cdn, step 2, choice 2</extracomment>
        <translation>Más o menos un tercio</translation>
    </message>
    <message>
        <source>All European requests</source>
        <extracomment>cdn, step 2, choice 3</extracomment>
        <translation>Todas las peticiones europeas</translation>
    </message>
    <message>
        <source>None fail: about 1,500 requests waited out the timeout and then fetched from the origin. The cost is speed, and the origin sent 3.8 GB instead of 0.8 GB in the minute.</source>
        <extracomment>cdn, step 2, answer explanation</extracomment>
        <translation>No falla ninguna: unas 1.500 peticiones esperaron hasta agotar el tiempo de espera y luego pidieron al origen. El precio es la velocidad, y el origen envió 3,8 GB en lugar de 0,8 GB en ese minuto.</translation>
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
        <source>&lt;p&gt;We deploy new files, but every edge holds the old ones for a day. At 30 s we &lt;b&gt;invalidate&lt;/b&gt; /static/*. The message takes 5 s to reach the edges; then they drop their copies, and each file is a miss again.&lt;/p&gt;</source>
        <extracomment>cdn, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Desplegamos archivos nuevos, pero cada servidor de borde guarda los antiguos durante un día. A los 30 s &lt;b&gt;invalidamos&lt;/b&gt; /static/*. El mensaje tarda 5 s en llegar a los servidores de borde; entonces descartan sus copias y cada archivo vuelve a ser un fallo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Compared with a minute without invalidation, how many misses?</source>
        <extracomment>cdn, step 3, question</extracomment>
        <translation>Comparado con un minuto sin invalidación, ¿cuántos fallos hay?</translation>
    </message>
    <message>
        <source>About the same</source>
        <extracomment>cdn, step 3, choice 1</extracomment>
        <translation>Más o menos igual</translation>
    </message>
    <message>
        <source>Nearly twice as many</source>
        <extracomment>cdn, step 3, choice 2</extracomment>
        <translation>Casi el doble</translation>
    </message>
    <message>
        <source>Ten times as many</source>
        <extracomment>cdn, step 3, choice 3</extracomment>
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
        <source>They are invalidated</source>
        <extracomment>cdn, step 4, choice 1</extracomment>
        <translation>Se invalidan</translation>
    </message>
    <message>
        <source>They stay until their TTL runs out or they are evicted</source>
        <extracomment>cdn, step 4, choice 2</extracomment>
        <translation>Se quedan hasta que se agota su TTL o son expulsados</translation>
    </message>
    <message>
        <source>They are renamed</source>
        <extracomment>cdn, step 4, choice 3</extracomment>
        <translation>Se renombran</translation>
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
        <source>Files nobody asks for twice</source>
        <extracomment>cdn, step 5, title</extracomment>
        <translation>Archivos que nadie pide dos veces</translation>
    </message>
    <message>
        <source>Does the CDN save money here?</source>
        <extracomment>cdn, step 5, question</extracomment>
        <translation>¿Ahorra dinero la CDN aquí?</translation>
    </message>
    <message>
        <source>Yes, a lot</source>
        <extracomment>cdn, step 5, choice 1</extracomment>
        <translation>Sí, mucho</translation>
    </message>
    <message>
        <source>No: it costs about twice as much as no CDN</source>
        <extracomment>cdn, step 5, choice 2</extracomment>
        <translation>No: cuesta más o menos el doble que no tener CDN</translation>
    </message>
    <message>
        <source>It costs the same</source>
        <extracomment>cdn, step 5, choice 3</extracomment>
        <translation>Cuesta lo mismo</translation>
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
        <source>It stays above 0.9</source>
        <extracomment>cdn, step 6, choice 1</extracomment>
        <translation>Se mantiene por encima de 0,9</translation>
    </message>
    <message>
        <source>It collapses</source>
        <extracomment>cdn, step 6, choice 2</extracomment>
        <translation>Se desploma</translation>
    </message>
    <message>
        <source>It doubles</source>
        <extracomment>cdn, step 6, choice 3</extracomment>
        <translation>Se duplica</translation>
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
        <source>Promotion, and lost writes</source>
        <extracomment>failover, step 1, title</extracomment>
        <translation>Promoción y escrituras perdidas</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s the primary &lt;b&gt;db1&lt;/b&gt; dies. Reads carry on from the replicas, but writes have nowhere to go. After 5 s the most up-to-date replica, &lt;b&gt;db2&lt;/b&gt;, is &lt;b&gt;promoted&lt;/b&gt; and takes the writes. Replication was asynchronous, so db1 had answered &quot;saved&quot; for writes it had not shipped yet.&lt;/p&gt;</source>
        <extracomment>failover, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A los 20 s el primario &lt;b&gt;db1&lt;/b&gt; se cae. Las lecturas siguen desde las réplicas, pero las escrituras no tienen adónde ir. Tras 5 s la réplica más actualizada, &lt;b&gt;db2&lt;/b&gt;, es &lt;b&gt;promovida&lt;/b&gt; y recibe las escrituras. La replicación era asíncrona, así que db1 había respondido «guardado» a escrituras que aún no había enviado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Does db2 have every write db1 acknowledged?</source>
        <extracomment>failover, step 1, question</extracomment>
        <translation>¿Tiene db2 todas las escrituras que db1 confirmó?</translation>
    </message>
    <message>
        <source>Yes, db2 is a copy of db1</source>
        <extracomment>failover, step 1, choice 1</extracomment>
        <translation>Sí, db2 es una copia de db1</translation>
    </message>
    <message>
        <source>No: the writes db1 had not shipped are gone</source>
        <extracomment>failover, step 1, choice 2</extracomment>
        <translation>No: las escrituras que db1 no había enviado se han perdido</translation>
    </message>
    <message>
        <source>Yes, the web servers resend them</source>
        <extracomment>failover, step 1, choice 3</extracomment>
        <translation>Sí, los servidores web las reenvían</translation>
    </message>
    <message>
        <source>9 acknowledged writes existed only on db1 and were lost: their users were told &quot;saved&quot;. About 570 writes failed during the 5 s without a primary.</source>
        <extracomment>failover, step 1, answer explanation</extracomment>
        <translation>9 escrituras confirmadas solo existían en db1 y se perdieron: a sus usuarios se les dijo «guardado». Unas 570 escrituras fallaron durante los 5 s sin primario.</translation>
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
        <source>The same 9</source>
        <extracomment>failover, step 2, choice 2</extracomment>
        <translation>Las mismas 9</translation>
    </message>
    <message>
        <source>More</source>
        <extracomment>failover, step 2, choice 3</extracomment>
        <translation>Más</translation>
    </message>
    <message>
        <source>The outage shrinks, about 115 failed writes instead of 570, but the same 9 writes are lost: they were never shipped, however soon we promote.</source>
        <extracomment>failover, step 2, answer explanation</extracomment>
        <translation>La interrupción se acorta, unas 115 escrituras fallidas en lugar de 570, pero se pierden las mismas 9 escrituras: nunca se enviaron, por muy pronto que promovamos.</translation>
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
        <extracomment>failover, step 3, title</extracomment>
        <translation>Recuperación desde el binlog</translation>
    </message>
    <message>
        <source>&lt;p&gt;The primary wrote every committed write to its &lt;b&gt;binary log&lt;/b&gt; on disk. Before db2 is promoted, a recovery step reads the dead primary&apos;s binlog and replays the writes db2 is missing. This takes 2 s.&lt;/p&gt;</source>
        <extracomment>failover, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;El primario escribía cada escritura confirmada en su &lt;b&gt;registro binario&lt;/b&gt; (binlog) en disco. Antes de promover db2, un paso de recuperación lee el binlog del primario caído y vuelve a aplicar las escrituras que le faltan a db2. Esto tarda 2 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What is the price of replaying the binlog?</source>
        <extracomment>failover, step 3, question</extracomment>
        <translation>¿Qué precio tiene volver a aplicar el binlog?</translation>
    </message>
    <message>
        <source>Some writes are lost anyway</source>
        <extracomment>failover, step 3, choice 1</extracomment>
        <translation>Algunas escrituras se pierden de todos modos</translation>
    </message>
    <message>
        <source>A longer outage</source>
        <extracomment>failover, step 3, choice 2</extracomment>
        <translation>Una interrupción más larga</translation>
    </message>
    <message>
        <source>Stale reads for ever after</source>
        <extracomment>failover, step 3, choice 3</extracomment>
        <translation>Lecturas obsoletas para siempre</translation>
    </message>
    <message>
        <source>All 9 writes were replayed and none was lost. Writes were refused for 2 s longer: about 840 errors instead of 570.</source>
        <extracomment>failover, step 3, answer explanation</extracomment>
        <translation>Las 9 escrituras se volvieron a aplicar y no se perdió ninguna. Las escrituras se rechazaron durante 2 s más: unos 840 errores en lugar de 570.</translation>
    </message>
    <message>
        <source>No acknowledged write is lost.</source>
        <extracomment>failover, step 3, checkpoint replication.lost_writes == 0</extracomment>
        <translation>No se pierde ninguna escritura confirmada.</translation>
    </message>
    <message>
        <source>The missing writes are replayed from the binlog.</source>
        <extracomment>failover, step 3, checkpoint replication.recovered_writes &gt; 0</extracomment>
        <translation>Las escrituras que faltan se vuelven a aplicar desde el binlog.</translation>
    </message>
    <message>
        <source>The outage is longer.</source>
        <extracomment>failover, step 3, checkpoint requests.error &gt; 700</extracomment>
        <translation>La interrupción es más larga.</translation>
    </message>
    <message>
        <source>Semi-synchronous replication</source>
        <extracomment>failover, step 4, title</extracomment>
        <translation>Replicación semisíncrona</translation>
    </message>
    <message>
        <source>What does semi-synchronous replication cost?</source>
        <extracomment>failover, step 4, question</extracomment>
        <translation>¿Qué cuesta la replicación semisíncrona?</translation>
    </message>
    <message>
        <source>Lost writes</source>
        <extracomment>failover, step 4, choice 1</extracomment>
        <translation>Escrituras perdidas</translation>
    </message>
    <message>
        <source>Slower writes</source>
        <extracomment>failover, step 4, choice 2</extracomment>
        <translation>Escrituras más lentas</translation>
    </message>
    <message>
        <source>Writes wait for a replica: the slowest answers take over 100 ms.</source>
        <extracomment>failover, step 4, checkpoint latency_ms.p95 &gt; 100</extracomment>
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
        <source>&lt;p&gt;Two servers behind a round-robin balancer, 800 requests a second. At 30 s &lt;b&gt;web2&lt;/b&gt; crashes. This balancer never checks its servers, so it goes on giving web2 its turn.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Dos servidores detrás de un balanceador round robin, 800 peticiones por segundo. A los 30 s &lt;b&gt;web2&lt;/b&gt; se cae. Este balanceador nunca comprueba sus servidores, así que sigue dándole a web2 su turno.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What share of the requests fails after web2 crashes?</source>
        <extracomment>health-and-sessions, step 1, question</extracomment>
        <translation>¿Qué parte de las peticiones falla después de que web2 se caiga?</translation>
    </message>
    <message>
        <source>About half</source>
        <extracomment>health-and-sessions, step 1, choice 2</extracomment>
        <translation>Más o menos la mitad</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>health-and-sessions, step 1, choice 3</extracomment>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Every other request still goes to the dead web2: about 12,000 errors in 30 s, while web1 has room to take them all.</source>
        <extracomment>health-and-sessions, step 1, answer explanation</extracomment>
        <translation>Una de cada dos peticiones sigue yendo al web2 caído: unos 12.000 errores en 30 s, mientras que web1 tiene capacidad de sobra para atenderlas todas.</translation>
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
        <source>After web2 dies, how long until no request fails any more?</source>
        <extracomment>health-and-sessions, step 2, question</extracomment>
        <translation>Después de que web2 se caiga, ¿cuánto tiempo pasa hasta que ya no falla ninguna petición?</translation>
    </message>
    <message>
        <source>At once</source>
        <extracomment>health-and-sessions, step 2, choice 1</extracomment>
        <translation>Al instante</translation>
    </message>
    <message>
        <source>About 6 seconds: three checks 2 s apart</source>
        <extracomment>health-and-sessions, step 2, choice 2</extracomment>
        <translation>Unos 6 segundos: tres comprobaciones separadas 2 s</translation>
    </message>
    <message>
        <source>Until web2 is back</source>
        <extracomment>health-and-sessions, step 2, choice 3</extracomment>
        <translation>Hasta que web2 vuelve</translation>
    </message>
    <message>
        <source>It takes three failed checks to be sure: about 5.5 s, or 1,100 errors. After that, none. When web2 is back, two good checks return it to the pool and it takes its third again.</source>
        <extracomment>health-and-sessions, step 2, answer explanation</extracomment>
        <translation>Hacen falta tres comprobaciones fallidas para estar seguro: unos 5,5 s, o 1.100 errores. Después, ninguno. Cuando web2 vuelve, dos comprobaciones correctas lo devuelven al grupo y vuelve a recibir su tercio.</translation>
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
        <extracomment>health-and-sessions, step 3, title</extracomment>
        <translation>Comprobaciones pasivas: observar las peticiones reales</translation>
    </message>
    <message>
        <source>&lt;p&gt;A balancer can also watch the answers to real requests. Here five errors in a row from one server &lt;b&gt;eject&lt;/b&gt; it from the pool for 30 s, and longer if it fails again after that. &lt;b&gt;web2&lt;/b&gt; dies at 10 s.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Un balanceador también puede observar las respuestas a las peticiones reales. Aquí, cinco errores seguidos de un servidor lo &lt;b&gt;expulsan&lt;/b&gt; del grupo durante 30 s, y más tiempo si vuelve a fallar después. &lt;b&gt;web2&lt;/b&gt; se cae a los 10 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About how many requests fail before web2 is ejected?</source>
        <extracomment>health-and-sessions, step 3, question</extracomment>
        <translation>¿Más o menos cuántas peticiones fallan antes de que web2 sea expulsado?</translation>
    </message>
    <message>
        <source>About five</source>
        <extracomment>health-and-sessions, step 3, choice 1</extracomment>
        <translation>Unas cinco</translation>
    </message>
    <message>
        <source>About a thousand</source>
        <extracomment>health-and-sessions, step 3, choice 2</extracomment>
        <translation>Unas mil</translation>
    </message>
    <message>
        <source>Six requests failed, then web2 was out. Passive checks react within a few requests, but only a server that gets traffic can be judged, so balancers use both kinds.</source>
        <extracomment>health-and-sessions, step 3, answer explanation</extracomment>
        <translation>Fallaron seis peticiones y después web2 quedó fuera. Las comprobaciones pasivas reaccionan en pocas peticiones, pero solo se puede juzgar a un servidor que recibe tráfico, así que los balanceadores usan los dos tipos.</translation>
    </message>
    <message>
        <source>A handful of errors eject the dead server.</source>
        <extracomment>health-and-sessions, step 3, checkpoint requests.error &lt; 20</extracomment>
        <translation>Un puñado de errores basta para expulsar al servidor caído.</translation>
    </message>
    <message>
        <source>The errors that ejected it were web2&apos;s.</source>
        <extracomment>health-and-sessions, step 3, checkpoint nodes[web2].errors &gt; 0</extracomment>
        <translation>Los errores que lo expulsaron eran de web2.</translation>
    </message>
    <message>
        <source>Stateful servers</source>
        <extracomment>health-and-sessions, step 4, title</extracomment>
        <translation>Servidores con estado</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each user has a &lt;b&gt;session&lt;/b&gt;: who they are, what is in their basket. Here it lives in the memory of the server that first served the user, and the balancer sends each user back to that server every time. At 30 s &lt;b&gt;web2&lt;/b&gt; dies.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Cada usuario tiene una &lt;b&gt;sesión&lt;/b&gt;: quién es, qué lleva en la cesta. Aquí vive en la memoria del servidor que atendió al usuario por primera vez, y el balanceador envía a cada usuario a ese servidor cada vez. A los 30 s &lt;b&gt;web2&lt;/b&gt; se cae.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the users whose sessions lived on web2?</source>
        <extracomment>health-and-sessions, step 4, question</extracomment>
        <translation>¿Qué pasa con los usuarios cuyas sesiones vivían en web2?</translation>
    </message>
    <message>
        <source>They continue on web1 or web3 as before</source>
        <extracomment>health-and-sessions, step 4, choice 1</extracomment>
        <translation>Siguen en web1 o web3 como antes</translation>
    </message>
    <message>
        <source>They must log in again</source>
        <extracomment>health-and-sessions, step 4, choice 2</extracomment>
        <translation>Tienen que volver a iniciar sesión</translation>
    </message>
    <message>
        <source>They are blocked until web2 returns</source>
        <extracomment>health-and-sessions, step 4, choice 3</extracomment>
        <translation>Quedan bloqueados hasta que web2 vuelve</translation>
    </message>
    <message>
        <source>Their sessions vanished with web2&apos;s memory. The balancer moved them to the other servers, where about 170 users had to log in again.</source>
        <extracomment>health-and-sessions, step 4, answer explanation</extracomment>
        <translation>Sus sesiones desaparecieron con la memoria de web2. El balanceador los llevó a los otros servidores, donde unos 170 usuarios tuvieron que volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>A dead stateful server loses its users&apos; sessions.</source>
        <extracomment>health-and-sessions, step 4, checkpoint sessions.lost &gt; 100</extracomment>
        <translation>Un servidor con estado que se cae pierde las sesiones de sus usuarios.</translation>
    </message>
    <message>
        <source>Stateless servers</source>
        <extracomment>health-and-sessions, step 5, title</extracomment>
        <translation>Servidores sin estado</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now every server fetches the session from a shared &lt;b&gt;session store&lt;/b&gt; and keeps nothing itself. Any server can answer any user, so servers can be added, removed or lost at will. The store adds a hop, 3 ms here, and must itself be kept alive: we moved the state, we did not remove it.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ahora cada servidor obtiene la sesión de un &lt;b&gt;almacén de sesiones&lt;/b&gt; compartido y no guarda nada por su cuenta. Cualquier servidor puede atender a cualquier usuario, así que se pueden añadir, quitar o perder servidores a voluntad. El almacén añade un salto, aquí de 3 ms, y también hay que mantenerlo vivo: hemos movido el estado, no lo hemos eliminado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web2 dies at 30 s. How many sessions are lost?</source>
        <extracomment>health-and-sessions, step 5, question</extracomment>
        <translation>web2 se cae a los 30 s. ¿Cuántas sesiones se pierden?</translation>
    </message>
    <message>
        <source>About 170, as before</source>
        <extracomment>health-and-sessions, step 5, choice 2</extracomment>
        <translation>Unas 170, como antes</translation>
    </message>
    <message>
        <source>All of them</source>
        <extracomment>health-and-sessions, step 5, choice 3</extracomment>
        <translation>La totalidad</translation>
    </message>
    <message>
        <source>No session is lost: they are in the store. The requests in progress on web2 when it died still fail, until the health checks take it out of the pool.</source>
        <extracomment>health-and-sessions, step 5, answer explanation</extracomment>
        <translation>No se pierde ninguna sesión: están en el almacén. Las peticiones que web2 estaba procesando cuando se cayó siguen fallando, hasta que las comprobaciones de salud lo sacan del grupo.</translation>
    </message>
    <message>
        <source>Stateless servers lose no session.</source>
        <extracomment>health-and-sessions, step 5, checkpoint sessions.lost == 0</extracomment>
        <translation>Los servidores sin estado no pierden ninguna sesión.</translation>
    </message>
    <message>
        <source>The price: each request waits a little longer for the store.</source>
        <extracomment>health-and-sessions, step 5, checkpoint latency_ms.p50 &gt; 43</extracomment>
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
        <source>Because the servers are identical</source>
        <extracomment>load-balancing, step 1, choice 1</extracomment>
        <translation>Porque los servidores son idénticos</translation>
    </message>
    <message>
        <source>Because the balancer measures each server&apos;s load</source>
        <extracomment>load-balancing, step 1, choice 2</extracomment>
        <translation>Porque el balanceador mide la carga de cada servidor</translation>
    </message>
    <message>
        <source>Because users pick their server</source>
        <extracomment>load-balancing, step 1, choice 3</extracomment>
        <translation>Porque los usuarios eligen su servidor</translation>
    </message>
    <message>
        <source>Round robin counts turns and looks at nothing else. With two identical servers equal turns mean equal work: about 12,100 requests each in 30 s, none dropped.</source>
        <extracomment>load-balancing, step 1, answer explanation</extracomment>
        <translation>Round robin cuenta turnos y no mira nada más. Con dos servidores idénticos, turnos iguales significan trabajo igual: unas 12.100 peticiones cada uno en 30 s, ninguna descartada.</translation>
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
        <source>web1 and web2 have capacity to spare. Does that help web3?</source>
        <extracomment>load-balancing, step 2, question</extracomment>
        <translation>web1 y web2 tienen capacidad de sobra. ¿Ayuda eso a web3?</translation>
    </message>
    <message>
        <source>Yes: the balancer moves the extra work to them</source>
        <extracomment>load-balancing, step 2, choice 1</extracomment>
        <translation>Sí: el balanceador les pasa el trabajo extra</translation>
    </message>
    <message>
        <source>No: web3 drops what it cannot take</source>
        <extracomment>load-balancing, step 2, choice 2</extracomment>
        <translation>No: web3 descarta lo que no puede atender</translation>
    </message>
    <message>
        <source>Yes: web3 borrows their workers</source>
        <extracomment>load-balancing, step 2, choice 3</extracomment>
        <translation>Sí: web3 toma prestados sus workers</translation>
    </message>
    <message>
        <source>Round robin does not know web3 is struggling. Its queue overflows and about 6,500 requests are dropped in 30 s, while web1 and web2 are half idle.</source>
        <extracomment>load-balancing, step 2, answer explanation</extracomment>
        <translation>Round robin no sabe que web3 va con apuros. Su cola se desborda y se descartan unas 6.500 peticiones en 30 s, mientras web1 y web2 están medio ociosos.</translation>
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
        <source>They halve</source>
        <extracomment>load-balancing, step 3, choice 1</extracomment>
        <translation>Se reducen a la mitad</translation>
    </message>
    <message>
        <source>They disappear</source>
        <extracomment>load-balancing, step 3, choice 2</extracomment>
        <translation>Desaparecen</translation>
    </message>
    <message>
        <source>They stay the same</source>
        <extracomment>load-balancing, step 3, choice 3</extracomment>
        <translation>Siguen igual</translation>
    </message>
    <message>
        <source>Not one request is dropped. web3 gets about 2,400 of 27,000 requests, about what it can finish, and the 95th percentile falls from about 740 ms to about 140 ms.</source>
        <extracomment>load-balancing, step 3, answer explanation</extracomment>
        <translation>No se descarta ni una petición. web3 recibe unas 2.400 de 27.000 peticiones, más o menos lo que puede terminar, y el percentil 95 baja de unos 740 ms a unos 140 ms.</translation>
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
        <extracomment>load-balancing, step 4, title</extracomment>
        <translation>Round robin ponderado</translation>
    </message>
    <message>
        <source>&lt;p&gt;If we know the sizes of our servers, we can give each a &lt;b&gt;weight&lt;/b&gt;. &lt;b&gt;web1&lt;/b&gt; has 50 workers, web2 and web3 have 20: with weights 5, 1 and 1, web1 takes five turns for every one of the others.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Si conocemos el tamaño de nuestros servidores, podemos darle a cada uno un &lt;b&gt;peso&lt;/b&gt;. &lt;b&gt;web1&lt;/b&gt; tiene 50 workers, web2 y web3 tienen 20: con pesos 5, 1 y 1, web1 toma cinco turnos por cada uno de los demás.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Of 700 requests a second, how many go to web1?</source>
        <extracomment>load-balancing, step 4, question</extracomment>
        <translation>¿De 700 peticiones por segundo, cuántas van a web1?</translation>
    </message>
    <message>
        <source>About 100</source>
        <extracomment>load-balancing, step 4, choice 1</extracomment>
        <translation>Unas 100</translation>
    </message>
    <message>
        <source>About 233</source>
        <extracomment>load-balancing, step 4, choice 2</extracomment>
        <translation>Unas 233</translation>
    </message>
    <message>
        <source>About 500</source>
        <extracomment>load-balancing, step 4, choice 3</extracomment>
        <translation>Unas 500</translation>
    </message>
    <message>
        <source>Five turns out of seven: 5/7 × 700 = 500 a second. In 30 s web1 answered about 15,100 requests, web2 and web3 about 3,000 each, and none was dropped.</source>
        <extracomment>load-balancing, step 4, answer explanation</extracomment>
        <translation>Cinco turnos de cada siete: 5/7 × 700 = 500 por segundo. En 30 s web1 respondió unas 15.100 peticiones, web2 y web3 unas 3.000 cada uno, y no se descartó ninguna.</translation>
    </message>
    <message>
        <source>The big server takes five sevenths of the traffic.</source>
        <extracomment>load-balancing, step 4, checkpoint nodes[web1].served &gt; 14000</extracomment>
        <translation>El servidor grande recibe cinco séptimos del tráfico.</translation>
    </message>
    <message>
        <source>A small server takes one seventh.</source>
        <extracomment>load-balancing, step 4, checkpoint nodes[web3].served &lt; 3500</extracomment>
        <translation>Un servidor pequeño recibe un séptimo.</translation>
    </message>
    <message>
        <source>IP hash</source>
        <extracomment>load-balancing, step 5, title</extracomment>
        <translation>Hash de IP</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IP hash&lt;/b&gt; turns the user&apos;s address into a server number, so each user always reaches the same server. That is what a server that keeps something in memory for its users needs. Here 300 users send 600 requests a second, and at 20 s &lt;b&gt;web3&lt;/b&gt; dies; the balancer checks its servers every 2 s.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Hash de IP&lt;/b&gt; convierte la dirección del usuario en un número de servidor, así que cada usuario llega siempre al mismo servidor. Es lo que necesita un servidor que guarda algo en memoria para sus usuarios. Aquí 300 usuarios envían 600 peticiones por segundo, y a los 20 s &lt;b&gt;web3&lt;/b&gt; se cae; el balanceador comprueba sus servidores cada 2 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Is the load shared exactly equally among the three servers?</source>
        <extracomment>load-balancing, step 5, question</extracomment>
        <translation>¿Se reparte la carga exactamente por igual entre los tres servidores?</translation>
    </message>
    <message>
        <source>Yes, exactly a third each</source>
        <extracomment>load-balancing, step 5, choice 1</extracomment>
        <translation>Sí, exactamente un tercio cada uno</translation>
    </message>
    <message>
        <source>Roughly: it depends on how the addresses hash</source>
        <extracomment>load-balancing, step 5, choice 2</extracomment>
        <translation>Aproximadamente: depende de cómo salga el hash de las direcciones</translation>
    </message>
    <message>
        <source>No: one server gets everything</source>
        <extracomment>load-balancing, step 5, choice 3</extracomment>
        <translation>No: un servidor se lo lleva todo</translation>
    </message>
    <message>
        <source>By 19 s web1 had served about 4,200 requests, web3 about 3,900 and web2 about 3,500: the split follows the users. When web3 died only its users were hashed again, after about 850 errors while the checks noticed.</source>
        <extracomment>load-balancing, step 5, answer explanation</extracomment>
        <translation>Hasta los 19 s, web1 había atendido unas 4.200 peticiones, web3 unas 3.900 y web2 unas 3.500: el reparto sigue a los usuarios. Cuando web3 se cayó, solo se volvió a calcular el hash de sus usuarios, tras unos 850 errores mientras las comprobaciones lo detectaban.</translation>
    </message>
    <message>
        <source>The split follows the addresses: web1 gets more than a third...</source>
        <extracomment>load-balancing, step 5, checkpoint nodes[web1].served &gt; 3900</extracomment>
        <translation>El reparto sigue a las direcciones: web1 recibe más de un tercio...</translation>
    </message>
    <message>
        <source>...and web2 less.</source>
        <extracomment>load-balancing, step 5, checkpoint nodes[web2].served &lt; 3700</extracomment>
        <translation>...y web2 menos.</translation>
    </message>
    <message>
        <source>Once web3 is out of the pool, its users move to the others.</source>
        <extracomment>load-balancing, step 5, checkpoint requests.error &lt; 1500</extracomment>
        <translation>En cuanto web3 sale del grupo, sus usuarios pasan a los demás.</translation>
    </message>
    <message>
        <source>A standby for the balancer</source>
        <extracomment>load-balancing, step 6, title</extracomment>
        <translation>Un balanceador de reserva</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every request passes through the balancer, so if it dies, the whole site is down. Here a &lt;b&gt;standby&lt;/b&gt; balancer watches the active one. When &lt;b&gt;lb&lt;/b&gt; dies at 20 s the standby takes over 3 s later, and hands back when lb returns at 40 s.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Todas las peticiones pasan por el balanceador, así que si se cae, todo el sitio deja de funcionar. Aquí un balanceador &lt;b&gt;de reserva&lt;/b&gt; vigila al activo. Cuando &lt;b&gt;lb&lt;/b&gt; se cae a los 20 s, el de reserva toma el relevo 3 s después, y lo devuelve cuando lb vuelve a los 40 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How long does the site fail when lb dies?</source>
        <extracomment>load-balancing, step 6, question</extracomment>
        <translation>¿Cuánto tiempo falla el sitio cuando lb se cae?</translation>
    </message>
    <message>
        <source>Not at all</source>
        <extracomment>load-balancing, step 6, choice 1</extracomment>
        <translation>Ni un momento</translation>
    </message>
    <message>
        <source>About 3 seconds</source>
        <extracomment>load-balancing, step 6, choice 2</extracomment>
        <translation>Unos 3 segundos</translation>
    </message>
    <message>
        <source>20 seconds, until lb is back</source>
        <extracomment>load-balancing, step 6, choice 3</extracomment>
        <translation>20 segundos, hasta que lb vuelve</translation>
    </message>
    <message>
        <source>Requests fail until the standby takes over: about 1,200 errors, 3 s of traffic. Without a standby the 20 s until lb came back would have failed, about 8,100 requests.</source>
        <extracomment>load-balancing, step 6, answer explanation</extracomment>
        <translation>Las peticiones fallan hasta que el de reserva toma el relevo: unos 1.200 errores, 3 s de tráfico. Sin balanceador de reserva habrían fallado los 20 s hasta que lb volvió, unas 8.100 peticiones.</translation>
    </message>
    <message>
        <source>The standby takes over the traffic.</source>
        <extracomment>load-balancing, step 6, checkpoint nodes[lb-standby].served &gt; 2000</extracomment>
        <translation>El balanceador de reserva se hace cargo del tráfico.</translation>
    </message>
    <message>
        <source>Only the seconds before the takeover fail.</source>
        <extracomment>load-balancing, step 6, checkpoint requests.error &lt; 2000</extracomment>
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
        <source>Promote another master</source>
        <extracomment>multi-master-and-rings, step 1, choice 1</extracomment>
        <translation>Promover otro maestro</translation>
    </message>
    <message>
        <source>Nothing: the other masters keep taking writes</source>
        <extracomment>multi-master-and-rings, step 1, choice 2</extracomment>
        <translation>Nada: los otros maestros siguen aceptando escrituras</translation>
    </message>
    <message>
        <source>Stop all writes until db3 is back</source>
        <extracomment>multi-master-and-rings, step 1, choice 3</extracomment>
        <translation>Detener todas las escrituras hasta que db3 vuelva</translation>
    </message>
    <message>
        <source>No promotion is needed: only 2 requests failed, those inside db3 as it died. But about 350 writes were silently overwritten by conflicting ones in 30 s.</source>
        <extracomment>multi-master-and-rings, step 1, answer explanation</extracomment>
        <translation>No hace falta promover a nadie: solo fallaron 2 peticiones, las que estaban dentro de db3 cuando se cayó. Pero unas 350 escrituras fueron sobrescritas en silencio por otras en conflicto en 30 s.</translation>
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
        <extracomment>multi-master-and-rings, step 2, title</extracomment>
        <translation>Gana el primero en confirmar</translation>
    </message>
    <message>
        <source>&lt;p&gt;Throwing a user&apos;s write away without telling them is often unacceptable. With &lt;b&gt;certification&lt;/b&gt; the masters check each write against the others: if a conflicting write committed first, the later one is &lt;b&gt;rolled back&lt;/b&gt; and its user gets an error they can act on.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Tirar la escritura de un usuario sin decírselo suele ser inaceptable. Con la &lt;b&gt;certificación&lt;/b&gt;, los maestros comprueban cada escritura frente a las demás: si una escritura en conflicto se confirmó antes, la posterior se &lt;b&gt;revierte&lt;/b&gt; y su usuario recibe un error con el que puede hacer algo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>With certification, what happens to the losing writes?</source>
        <extracomment>multi-master-and-rings, step 2, question</extracomment>
        <translation>Con la certificación, ¿qué pasa con las escrituras perdedoras?</translation>
    </message>
    <message>
        <source>They are silently discarded</source>
        <extracomment>multi-master-and-rings, step 2, choice 1</extracomment>
        <translation>Se descartan en silencio</translation>
    </message>
    <message>
        <source>They are rolled back and their users get an error</source>
        <extracomment>multi-master-and-rings, step 2, choice 2</extracomment>
        <translation>Se revierten y sus usuarios reciben un error</translation>
    </message>
    <message>
        <source>They are merged with the winners</source>
        <extracomment>multi-master-and-rings, step 2, choice 3</extracomment>
        <translation>Se fusionan con las ganadoras</translation>
    </message>
    <message>
        <source>About 950 writes were rolled back, and each of those users got an error; nothing was discarded in silence. Checking costs time: the median request takes about 94 ms.</source>
        <extracomment>multi-master-and-rings, step 2, answer explanation</extracomment>
        <translation>Se revirtieron unas 950 escrituras, y cada uno de esos usuarios recibió un error; no se descartó nada en silencio. Comprobar cuesta tiempo: la petición mediana tarda unos 94 ms.</translation>
    </message>
    <message>
        <source>Conflicting writes are rolled back...</source>
        <extracomment>multi-master-and-rings, step 2, checkpoint replication.rolled_back &gt; 500</extracomment>
        <translation>Las escrituras en conflicto se revierten...</translation>
    </message>
    <message>
        <source>...and none is thrown away silently.</source>
        <extracomment>multi-master-and-rings, step 2, checkpoint replication.discarded_updates == 0</extracomment>
        <translation>...y ninguna se tira en silencio.</translation>
    </message>
    <message>
        <source>Their users are told: errors.</source>
        <extracomment>multi-master-and-rings, step 2, checkpoint requests.error &gt; 500</extracomment>
        <translation>Se avisa a sus usuarios: errores.</translation>
    </message>
    <message>
        <source>A ring of three</source>
        <extracomment>multi-master-and-rings, step 3, title</extracomment>
        <translation>Un anillo de tres</translation>
    </message>
    <message>
        <source>&lt;p&gt;In &lt;b&gt;circular&lt;/b&gt; replication each master ships only to the next: A → B → C → A. Each hop here takes 5 ms. At 20 s &lt;b&gt;dbB&lt;/b&gt; dies; after 3 s the ring closes around it, A → C → A.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;En la replicación &lt;b&gt;circular&lt;/b&gt; cada maestro envía solo al siguiente: A → B → C → A. Aquí cada salto tarda 5 ms. A los 20 s &lt;b&gt;dbB&lt;/b&gt; se cae; tras 3 s el anillo se cierra sin él, A → C → A.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to writes that reached dbB but that dbB had not passed on when it died?</source>
        <extracomment>multi-master-and-rings, step 3, question</extracomment>
        <translation>¿Qué pasa con las escrituras que llegaron a dbB pero que dbB no había pasado aún cuando se cayó?</translation>
    </message>
    <message>
        <source>They are stranded: the rest of the ring never gets them</source>
        <extracomment>multi-master-and-rings, step 3, choice 2</extracomment>
        <translation>Se quedan varadas: el resto del anillo nunca las recibe</translation>
    </message>
    <message>
        <source>They are sent again by the web server</source>
        <extracomment>multi-master-and-rings, step 3, choice 3</extracomment>
        <translation>El servidor web las vuelve a enviar</translation>
    </message>
    <message>
        <source>A ring of ten</source>
        <extracomment>multi-master-and-rings, step 4, title</extracomment>
        <translation>Un anillo de diez</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same ring with ten masters. A write on &lt;b&gt;dbA&lt;/b&gt; passes through eight others before it reaches &lt;b&gt;dbJ&lt;/b&gt;. Every hop adds its 5 ms.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;El mismo anillo con diez maestros. Una escritura en &lt;b&gt;dbA&lt;/b&gt; pasa por otros ocho antes de llegar a &lt;b&gt;dbJ&lt;/b&gt;. Cada salto añade sus 5 ms.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How far behind dbA is dbJ?</source>
        <extracomment>multi-master-and-rings, step 4, question</extracomment>
        <translation>¿Cuánto va dbJ por detrás de dbA?</translation>
    </message>
    <message>
        <source>5 ms</source>
        <extracomment>multi-master-and-rings, step 4, choice 1</extracomment>
        <translation>5 ms</translation>
    </message>
    <message>
        <source>45 ms</source>
        <extracomment>multi-master-and-rings, step 4, choice 2</extracomment>
        <translation>45 ms</translation>
    </message>
    <message>
        <source>50 ms</source>
        <extracomment>multi-master-and-rings, step 4, choice 3</extracomment>
        <translation>50 ms</translation>
    </message>
    <message>
        <source>Nine hops of 5 ms: 45 ms, which is the largest lag measured. The bigger the ring, the longer some node is out of date: 85 stale reads in 30 s.</source>
        <extracomment>multi-master-and-rings, step 4, answer explanation</extracomment>
        <translation>Nueve saltos de 5 ms: 45 ms, que es el mayor retraso medido. Cuanto más grande es el anillo, más tiempo está desactualizado algún nodo: 85 lecturas obsoletas en 30 s.</translation>
    </message>
    <message>
        <source>The last node is about 45 ms behind.</source>
        <extracomment>multi-master-and-rings, step 4, checkpoint replication.max_lag_ms &gt; 40</extracomment>
        <translation>El último nodo va unos 45 ms por detrás.</translation>
    </message>
    <message>
        <source>Reads on the far side of the ring can be stale.</source>
        <extracomment>multi-master-and-rings, step 4, checkpoint replication.stale_reads &gt; 0</extracomment>
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
        <source>&lt;p&gt;Traffic doubles to 400 requests a second. One server can finish at most 8 / 0.030 ≈ 267 a second.&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;El tráfico se duplica a 400 peticiones por segundo. Un servidor puede terminar como mucho 8 / 0,030 ≈ 267 por segundo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to requests once web1&apos;s queue is full?</source>
        <extracomment>one-server-to-two, step 2, question</extracomment>
        <translation>¿Qué pasa con las peticiones cuando la cola de web1 está llena?</translation>
    </message>
    <message>
        <source>They wait longer</source>
        <extracomment>one-server-to-two, step 2, choice 1</extracomment>
        <translation>Esperan más</translation>
    </message>
    <message>
        <source>They are dropped</source>
        <extracomment>one-server-to-two, step 2, choice 2</extracomment>
        <translation>Se descartan</translation>
    </message>
    <message>
        <source>web1 speeds up</source>
        <extracomment>one-server-to-two, step 2, choice 3</extracomment>
        <translation>web1 se acelera</translation>
    </message>
    <message>
        <source>A full queue cannot take more: web1 refuses new requests and they are dropped.</source>
        <extracomment>one-server-to-two, step 2, answer explanation</extracomment>
        <translation>Una cola llena no admite más: web1 rechaza las peticiones nuevas y se descartan.</translation>
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
        <source>Reads on replicas, writes on the primary</source>
        <extracomment>replication, step 1, title</extracomment>
        <translation>Lecturas en las réplicas, escrituras en el primario</translation>
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
        <source>A bigger web server</source>
        <extracomment>replication, step 1, choice 3</extracomment>
        <translation>Un servidor web más grande</translation>
    </message>
    <message>
        <source>Reads are spread over the replicas: about 4,300 each in 30 s, while db1 handled only the 3,600 writes. More reads, more replicas.</source>
        <extracomment>replication, step 1, answer explanation</extracomment>
        <translation>Las lecturas se reparten entre las réplicas: unas 4.300 cada una en 30 s, mientras que db1 solo atendió las 3.600 escrituras. Más lecturas, más réplicas.</translation>
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
        <source>Replicas are a little behind</source>
        <extracomment>replication, step 2, title</extracomment>
        <translation>Las réplicas van un poco por detrás</translation>
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
        <source>A few</source>
        <extracomment>replication, step 2, choice 2</extracomment>
        <translation>Unas pocas</translation>
    </message>
    <message>
        <source>Thousands</source>
        <extracomment>replication, step 2, choice 3</extracomment>
        <translation>Miles</translation>
    </message>
    <message>
        <source>About 2,700. The popular keys are written often, so a read of one of them is quite likely to arrive within 100 ms of a write. The largest lag was 105 ms.</source>
        <extracomment>replication, step 2, answer explanation</extracomment>
        <translation>Unas 2.700. Las claves populares se escriben a menudo, así que es bastante probable que una lectura de una de ellas llegue menos de 100 ms después de una escritura. El mayor retraso fue de 105 ms.</translation>
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
        <source>A longer delay, more stale reads</source>
        <extracomment>replication, step 3, title</extracomment>
        <translation>Un retardo mayor, más lecturas obsoletas</translation>
    </message>
    <message>
        <source>&lt;p&gt;Suppose the replicas are farther away, or busier, and a write now takes 500 ms to reach them. The window in which a replica answers with old data is five times longer.&lt;/p&gt;</source>
        <extracomment>replication, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Supongamos que las réplicas están más lejos, o más ocupadas, y que ahora una escritura tarda 500 ms en llegarles. La ventana en la que una réplica responde con datos antiguos es cinco veces más larga.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A user saves a comment, and the page reloads from a replica. What can happen?</source>
        <extracomment>replication, step 3, question</extracomment>
        <translation>Un usuario guarda un comentario y la página se recarga desde una réplica. ¿Qué puede pasar?</translation>
    </message>
    <message>
        <source>The comment is always there</source>
        <extracomment>replication, step 3, choice 1</extracomment>
        <translation>El comentario siempre está ahí</translation>
    </message>
    <message>
        <source>The user&apos;s own comment may be missing</source>
        <extracomment>replication, step 3, choice 2</extracomment>
        <translation>Puede que falte el propio comentario del usuario</translation>
    </message>
    <message>
        <source>The comment appears twice</source>
        <extracomment>replication, step 3, choice 3</extracomment>
        <translation>El comentario aparece dos veces</translation>
    </message>
    <message>
        <source>That is a read-your-writes violation: 8 of them in 30 s, against 1 with 100 ms. Stale reads rose from about 2,700 to about 5,000. Sending a user&apos;s reads to the primary for a moment after they write avoids it.</source>
        <extracomment>replication, step 3, answer explanation</extracomment>
        <translation>Eso es una violación de «leer tus propias escrituras» (read-your-writes): 8 en 30 s, frente a 1 con 100 ms. Las lecturas obsoletas subieron de unas 2.700 a unas 5.000. Enviar las lecturas de un usuario al primario durante un momento después de que escriba lo evita.</translation>
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
        <extracomment>replication, step 3, checkpoint replication.read_your_writes_violations &gt; 3</extracomment>
        <translation>Los usuarios no ven sus propias escrituras.</translation>
    </message>
    <message>
        <source>A replica dies</source>
        <extracomment>replication, step 4, title</extracomment>
        <translation>Se cae una réplica</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to 100 ms. At 10 s replica &lt;b&gt;db3&lt;/b&gt; dies. The web servers stop sending it reads and use &lt;b&gt;db2&lt;/b&gt;, the replica that is left; in a real system a new replica would be set up to replace db3.&lt;/p&gt;</source>
        <extracomment>replication, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Volvemos a 100 ms. A los 10 s la réplica &lt;b&gt;db3&lt;/b&gt; se cae. Los servidores web dejan de enviarle lecturas y usan &lt;b&gt;db2&lt;/b&gt;, la réplica que queda; en un sistema real se montaría una réplica nueva para sustituir a db3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What does losing one of two replicas cost?</source>
        <extracomment>replication, step 4, question</extracomment>
        <translation>¿Qué cuesta perder una de las dos réplicas?</translation>
    </message>
    <message>
        <source>Every read fails</source>
        <extracomment>replication, step 4, choice 1</extracomment>
        <translation>Todas las lecturas fallan</translation>
    </message>
    <message>
        <source>A couple of reads that were on db3, and more work for db2</source>
        <extracomment>replication, step 4, choice 2</extracomment>
        <translation>Un par de lecturas que estaban en db3, y más trabajo para db2</translation>
    </message>
    <message>
        <source>Nothing at all</source>
        <extracomment>replication, step 4, choice 3</extracomment>
        <translation>Nada en absoluto</translation>
    </message>
    <message>
        <source>2 requests failed, the ones inside db3 as it died. db2 took over its reads: about 7,200 requests instead of 4,300.</source>
        <extracomment>replication, step 4, answer explanation</extracomment>
        <translation>Fallaron 2 peticiones, las que estaban dentro de db3 cuando se cayó. db2 asumió sus lecturas: unas 7.200 peticiones en lugar de 4.300.</translation>
    </message>
    <message>
        <source>Hardly any request fails.</source>
        <extracomment>replication, step 4, checkpoint requests.error &lt; 20</extracomment>
        <translation>Casi ninguna petición falla.</translation>
    </message>
    <message>
        <source>The remaining replica takes all the reads.</source>
        <extracomment>replication, step 4, checkpoint nodes[db2].served &gt; 6500</extracomment>
        <translation>La réplica que queda asume todas las lecturas.</translation>
    </message>
    <message>
        <source>No replica left</source>
        <extracomment>replication, step 5, title</extracomment>
        <translation>No queda ninguna réplica</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now &lt;b&gt;db2&lt;/b&gt; dies too, at 20 s. There is no replica left, but the primary has every write: until a new replica is ready, the primary answers the reads as well.&lt;/p&gt;</source>
        <extracomment>replication, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ahora también se cae &lt;b&gt;db2&lt;/b&gt;, a los 20 s. No queda ninguna réplica, pero el primario tiene todas las escrituras: hasta que haya una réplica nueva lista, el primario responde también las lecturas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to stale reads once only the primary answers?</source>
        <extracomment>replication, step 5, question</extracomment>
        <translation>¿Qué pasa con las lecturas obsoletas cuando solo responde el primario?</translation>
    </message>
    <message>
        <source>They go up</source>
        <extracomment>replication, step 5, choice 1</extracomment>
        <translation>Aumentan</translation>
    </message>
    <message>
        <source>They stop</source>
        <extracomment>replication, step 5, choice 2</extracomment>
        <translation>Se acaban</translation>
    </message>
    <message>
        <source>They stay as they were</source>
        <extracomment>replication, step 5, choice 3</extracomment>
        <translation>Siguen como estaban</translation>
    </message>
    <message>
        <source>The primary always has the newest value, so after 20 s no read is stale: 1,800 stale reads by 30 s instead of 2,700. db1 served about 6,500 requests instead of 3,600.</source>
        <extracomment>replication, step 5, answer explanation</extracomment>
        <translation>El primario siempre tiene el valor más reciente, así que después de los 20 s ninguna lectura es obsoleta: 1.800 lecturas obsoletas a los 30 s en lugar de 2.700. db1 atendió unas 6.500 peticiones en lugar de 3.600.</translation>
    </message>
    <message>
        <source>The primary answers the reads too.</source>
        <extracomment>replication, step 5, checkpoint nodes[db1].served &gt; 5500</extracomment>
        <translation>El primario también responde las lecturas.</translation>
    </message>
    <message>
        <source>No stale reads after the replicas are gone.</source>
        <extracomment>replication, step 5, checkpoint replication.stale_reads &lt; 2200</extracomment>
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
        <source>About 8</source>
        <extracomment>zero-to-millions, step 1, choice 1</extracomment>
        <translation>Unas 8</translation>
    </message>
    <message>
        <source>About 267</source>
        <extracomment>zero-to-millions, step 1, choice 2</extracomment>
        <translation>Unas 267</translation>
    </message>
    <message>
        <source>About 2,400</source>
        <extracomment>zero-to-millions, step 1, choice 3</extracomment>
        <translation>Unas 2.400</translation>
    </message>
    <message>
        <source>One worker finishes 1 ÷ 0.030 ≈ 33 requests a second, so 8 workers finish about 267. Our 200 fit, with a little room to spare: nothing is dropped.</source>
        <extracomment>zero-to-millions, step 1, answer explanation</extracomment>
        <translation>Un worker termina 1 ÷ 0,030 ≈ 33 peticiones por segundo, así que 8 workers terminan unas 267. Nuestras 200 caben, con un poco de margen: no se descarta nada.</translation>
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
        <extracomment>zero-to-millions, step 2, question</extracomment>
        <translation>¿Qué pasa con las peticiones que llegan cuando la cola de web1 está llena?</translation>
    </message>
    <message>
        <source>They wait until a worker is free</source>
        <extracomment>zero-to-millions, step 2, choice 1</extracomment>
        <translation>Esperan hasta que haya un worker libre</translation>
    </message>
    <message>
        <source>web1 works faster to catch up</source>
        <extracomment>zero-to-millions, step 2, choice 3</extracomment>
        <translation>web1 trabaja más rápido para ponerse al día</translation>
    </message>
    <message>
        <source>A full queue cannot take more, so web1 refuses them: over 4,000 requests were dropped in 30 s. Those that got in waited in the queue: the median answer took about 250 ms instead of 70 ms.</source>
        <extracomment>zero-to-millions, step 2, answer explanation</extracomment>
        <translation>Una cola llena no admite más, así que web1 las rechaza: se descartaron más de 4.000 peticiones en 30 s. Las que entraron esperaron en la cola: la respuesta mediana tardó unos 250 ms en lugar de 70 ms.</translation>
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
        <extracomment>zero-to-millions, step 3, choice 1</extracomment>
        <translation>web1 las responde desde su memoria</translation>
    </message>
    <message>
        <source>They fail</source>
        <extracomment>zero-to-millions, step 3, choice 2</extracomment>
        <translation>Fallan</translation>
    </message>
    <message>
        <source>They wait, and succeed when db1 is back</source>
        <extracomment>zero-to-millions, step 3, choice 3</extracomment>
        <translation>Esperan y tienen éxito cuando db1 vuelve</translation>
    </message>
    <message>
        <source>web1 keeps no data of its own, so without db1 it can only answer with an error: 1,500 requests failed. A single database is a single point of failure; replication, later in this lesson, deals with it.</source>
        <extracomment>zero-to-millions, step 3, answer explanation</extracomment>
        <translation>web1 no guarda datos propios, así que sin db1 solo puede responder con un error: fallaron 1.500 peticiones. Una única base de datos es un único punto de fallo; la replicación, más adelante en esta lección, lo resuelve.</translation>
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
        <extracomment>zero-to-millions, step 4, choice 2</extracomment>
        <translation>Solo la del balanceador</translation>
    </message>
    <message>
        <source>Whichever server answered them last</source>
        <extracomment>zero-to-millions, step 4, choice 3</extracomment>
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
        <extracomment>zero-to-millions, step 5, choice 2</extracomment>
        <translation>Su cola se desborda y muchas se descartan</translation>
    </message>
    <message>
        <source>The balancer notices and sends them elsewhere</source>
        <extracomment>zero-to-millions, step 5, choice 3</extracomment>
        <translation>El balanceador se da cuenta y las envía a otro sitio</translation>
    </message>
    <message>
        <source>web3&apos;s queue fills up and it refuses the rest: about 6,500 requests dropped in 30 s, while web1 and web2 have workers to spare. Requests that do get into web3 wait: the 95th percentile reaches about 740 ms.</source>
        <extracomment>zero-to-millions, step 5, answer explanation</extracomment>
        <translation>La cola de web3 se llena y rechaza el resto: unas 6.500 peticiones descartadas en 30 s, mientras web1 y web2 tienen workers de sobra. Las peticiones que sí entran en web3 esperan: el percentil 95 llega a unos 740 ms.</translation>
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
        <source>Still a third</source>
        <extracomment>zero-to-millions, step 6, choice 1</extracomment>
        <translation>Sigue siendo un tercio</translation>
    </message>
    <message>
        <source>Less than a tenth</source>
        <extracomment>zero-to-millions, step 6, choice 2</extracomment>
        <translation>Menos de una décima parte</translation>
    </message>
    <message>
        <source>None at all</source>
        <extracomment>zero-to-millions, step 6, choice 3</extracomment>
        <translation>Nada en absoluto</translation>
    </message>
    <message>
        <source>web3 answered about 2,400 of 27,000 requests, under 9 %: about as much as it can finish. Nothing is dropped, and the 95th percentile falls from about 740 ms to about 140 ms.</source>
        <extracomment>zero-to-millions, step 6, answer explanation</extracomment>
        <translation>web3 respondió unas 2.400 de 27.000 peticiones, menos del 9 %: más o menos lo que puede terminar. No se descarta nada, y el percentil 95 baja de unos 740 ms a unos 140 ms.</translation>
    </message>
    <message>
        <source>The slowest answers are back under 200 ms.</source>
        <extracomment>zero-to-millions, step 6, checkpoint latency_ms.p95 &lt; 200</extracomment>
        <translation>Las respuestas más lentas vuelven a estar por debajo de 200 ms.</translation>
    </message>
    <message>
        <source>&lt;p&gt;When we know how big each server is, we can tell the balancer. &lt;b&gt;web1&lt;/b&gt; has 50 workers, web2 and web3 have 20 each. Weights 5, 1 and 1 mean: for every request web2 or web3 gets, web1 gets five.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Si sabemos lo grande que es cada servidor, se lo podemos decir al balanceador. &lt;b&gt;web1&lt;/b&gt; tiene 50 workers, web2 y web3 tienen 20 cada uno. Los pesos 5, 1 y 1 significan: por cada petición que recibe web2 o web3, web1 recibe cinco.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>700 requests a second, weights 5, 1, 1. About how many a second go to web1?</source>
        <extracomment>zero-to-millions, step 7, question</extracomment>
        <translation>700 peticiones por segundo, pesos 5, 1, 1. ¿Más o menos cuántas por segundo van a web1?</translation>
    </message>
    <message>
        <source>About 233, a third</source>
        <extracomment>zero-to-millions, step 7, choice 1</extracomment>
        <translation>Unas 233, un tercio</translation>
    </message>
    <message>
        <source>About 500, five sevenths</source>
        <extracomment>zero-to-millions, step 7, choice 2</extracomment>
        <translation>Unas 500, cinco séptimos</translation>
    </message>
    <message>
        <source>All 700</source>
        <extracomment>zero-to-millions, step 7, choice 3</extracomment>
        <translation>Las 700</translation>
    </message>
    <message>
        <source>5 ÷ (5 + 1 + 1) of 700 is 500 a second. In 30 s web1 answered about 15,100 requests, web2 and web3 about 3,000 each.</source>
        <extracomment>zero-to-millions, step 7, answer explanation</extracomment>
        <translation>5 ÷ (5 + 1 + 1) de 700 son 500 por segundo. En 30 s web1 respondió unas 15.100 peticiones, web2 y web3 unas 3.000 cada uno.</translation>
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
        <extracomment>zero-to-millions, step 8, choice 2</extracomment>
        <translation>Solo a los usuarios que estaban en web3</translation>
    </message>
    <message>
        <source>Nobody&apos;s: web3&apos;s users keep failing</source>
        <extracomment>zero-to-millions, step 8, choice 3</extracomment>
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
        <source>A server dies, and nobody notices</source>
        <extracomment>zero-to-millions, step 9, title</extracomment>
        <translation>Un servidor se cae y nadie se da cuenta</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to our two servers behind round robin. At 30 s &lt;b&gt;web2&lt;/b&gt; crashes. This balancer does not check its servers: it has no idea, and keeps sending every second request to a dead machine.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 9, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Volvemos a nuestros dos servidores detrás de round robin. A los 30 s &lt;b&gt;web2&lt;/b&gt; se cae. Este balanceador no comprueba sus servidores: no tiene ni idea, y sigue enviando una de cada dos peticiones a una máquina caída.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web2 dies at 30 s. What share of the requests fails from then on?</source>
        <extracomment>zero-to-millions, step 9, question</extracomment>
        <translation>web2 se cae a los 30 s. ¿Qué parte de las peticiones falla a partir de entonces?</translation>
    </message>
    <message>
        <source>None: web1 takes over</source>
        <extracomment>zero-to-millions, step 9, choice 1</extracomment>
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
        <extracomment>zero-to-millions, step 10, choice 2</extracomment>
        <translation>Unos segundos, hasta que han fallado tres comprobaciones</translation>
    </message>
    <message>
        <source>Until web2 comes back at 40.5 s</source>
        <extracomment>zero-to-millions, step 10, choice 3</extracomment>
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
        <extracomment>zero-to-millions, step 11, title</extracomment>
        <translation>Servidores con estado: sesiones en memoria</translation>
    </message>
    <message>
        <source>&lt;p&gt;A logged-in user has a &lt;b&gt;session&lt;/b&gt;. Here each server keeps its users&apos; sessions in its own memory, so the balancer has to stick each user to the same server. That works until a server dies: at 30 s &lt;b&gt;web2&lt;/b&gt; goes, and the sessions in its memory go with it.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 11, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Un usuario que ha iniciado sesión tiene una &lt;b&gt;sesión&lt;/b&gt;. Aquí cada servidor guarda las sesiones de sus usuarios en su propia memoria, así que el balanceador tiene que enviar siempre a cada usuario al mismo servidor. Eso funciona hasta que un servidor se cae: a los 30 s &lt;b&gt;web2&lt;/b&gt; desaparece, y las sesiones de su memoria desaparecen con él.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the users whose sessions were on web2?</source>
        <extracomment>zero-to-millions, step 11, question</extracomment>
        <translation>¿Qué pasa con los usuarios cuyas sesiones estaban en web2?</translation>
    </message>
    <message>
        <source>Nothing: another server has a copy</source>
        <extracomment>zero-to-millions, step 11, choice 1</extracomment>
        <translation>Nada: otro servidor tiene una copia</translation>
    </message>
    <message>
        <source>They have to log in again</source>
        <extracomment>zero-to-millions, step 11, choice 2</extracomment>
        <translation>Tienen que volver a iniciar sesión</translation>
    </message>
    <message>
        <source>They wait until web2 is back</source>
        <extracomment>zero-to-millions, step 11, choice 3</extracomment>
        <translation>Esperan hasta que web2 vuelve</translation>
    </message>
    <message>
        <source>Their sessions existed only in web2&apos;s memory. Sent to another server, about 170 users had to log in again.</source>
        <extracomment>zero-to-millions, step 11, answer explanation</extracomment>
        <translation>Sus sesiones solo existían en la memoria de web2. Al enviarlos a otro servidor, unos 170 usuarios tuvieron que volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>A dead stateful server takes its users&apos; sessions with it.</source>
        <extracomment>zero-to-millions, step 11, checkpoint sessions.lost &gt; 100</extracomment>
        <translation>Un servidor con estado que se cae se lleva consigo las sesiones de sus usuarios.</translation>
    </message>
    <message>
        <source>Stateless servers: a shared session store</source>
        <extracomment>zero-to-millions, step 12, title</extracomment>
        <translation>Servidores sin estado: un almacén de sesiones compartido</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now the servers keep nothing between requests: each request fetches its session from a shared &lt;b&gt;session store&lt;/b&gt;. Any server can handle any user, so the balancer needs no stickiness, and adding, removing or losing a server costs nobody a login. The price is one more hop per request, and a store that must itself stay up.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 12, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ahora los servidores no guardan nada entre peticiones: cada petición obtiene su sesión de un &lt;b&gt;almacén de sesiones&lt;/b&gt; compartido. Cualquier servidor puede atender a cualquier usuario, así que el balanceador no necesita afinidad de sesión (sticky sessions), y añadir, quitar o perder un servidor no obliga a nadie a volver a iniciar sesión. El precio es un salto más por petición, y un almacén que también tiene que mantenerse en pie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web2 dies at 30 s again. How many users have to log in again?</source>
        <extracomment>zero-to-millions, step 12, question</extracomment>
        <translation>web2 vuelve a caerse a los 30 s. ¿Cuántos usuarios tienen que volver a iniciar sesión?</translation>
    </message>
    <message>
        <source>With stateless servers, losing one loses no session.</source>
        <extracomment>zero-to-millions, step 12, checkpoint sessions.lost == 0</extracomment>
        <translation>Con servidores sin estado, perder uno no pierde ninguna sesión.</translation>
    </message>
    <message>
        <source>Every request fetched its session from the shared store.</source>
        <extracomment>zero-to-millions, step 12, checkpoint nodes[sessions].served &gt; 15000</extracomment>
        <translation>Todas las peticiones obtuvieron su sesión del almacén compartido.</translation>
    </message>
    <message>
        <source>Replication: a primary and two replicas</source>
        <extracomment>zero-to-millions, step 13, title</extracomment>
        <translation>Replicación: un primario y dos réplicas</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database is now both the bottleneck and a single point of failure, so we keep copies. &lt;b&gt;db1&lt;/b&gt;, the primary, takes every write and ships it to the replicas &lt;b&gt;db2&lt;/b&gt; and &lt;b&gt;db3&lt;/b&gt;, which answer the reads. Most sites read far more than they write; here 70 % of requests are reads.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 13, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;La base de datos es ahora a la vez el cuello de botella y un único punto de fallo, así que guardamos copias. &lt;b&gt;db1&lt;/b&gt;, el primario, recibe todas las escrituras y las envía a las réplicas &lt;b&gt;db2&lt;/b&gt; y &lt;b&gt;db3&lt;/b&gt;, que responden las lecturas. La mayoría de los sitios leen mucho más de lo que escriben; aquí el 70 % de las peticiones son lecturas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>70 % reads, 30 % writes. Which database does the most work?</source>
        <extracomment>zero-to-millions, step 13, question</extracomment>
        <translation>70 % lecturas, 30 % escrituras. ¿Qué base de datos hace más trabajo?</translation>
    </message>
    <message>
        <source>db1, the primary</source>
        <extracomment>zero-to-millions, step 13, choice 1</extracomment>
        <translation>db1, el primario</translation>
    </message>
    <message>
        <source>Each of the replicas</source>
        <extracomment>zero-to-millions, step 13, choice 2</extracomment>
        <translation>Cada una de las réplicas</translation>
    </message>
    <message>
        <source>All three the same</source>
        <extracomment>zero-to-millions, step 13, choice 3</extracomment>
        <translation>Las tres por igual</translation>
    </message>
    <message>
        <source>Replica db2 answers reads...</source>
        <extracomment>zero-to-millions, step 13, checkpoint nodes[db2].served &gt; 4000</extracomment>
        <translation>La réplica db2 responde lecturas...</translation>
    </message>
    <message>
        <source>...and so does replica db3.</source>
        <extracomment>zero-to-millions, step 13, checkpoint nodes[db3].served &gt; 4000</extracomment>
        <translation>...y la réplica db3 también.</translation>
    </message>
    <message>
        <source>The primary handles the writes only.</source>
        <extracomment>zero-to-millions, step 13, checkpoint nodes[db1].served &lt; 4000</extracomment>
        <translation>El primario solo atiende las escrituras.</translation>
    </message>
    <message>
        <source>Stale reads</source>
        <extracomment>zero-to-millions, step 14, title</extracomment>
        <translation>Lecturas obsoletas</translation>
    </message>
    <message>
        <source>&lt;p&gt;The primary commits a write, answers the user, and only then ships the write to the replicas: this is &lt;b&gt;asynchronous&lt;/b&gt; replication. Here a write needs about 100 ms to reach a replica. A read that lands on a replica within that window gets the old value: a &lt;b&gt;stale read&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 14, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;El primario confirma una escritura, responde al usuario y solo entonces envía la escritura a las réplicas: esto es replicación &lt;b&gt;asíncrona&lt;/b&gt;. Aquí una escritura necesita unos 100 ms para llegar a una réplica. Una lectura que llega a una réplica dentro de esa ventana obtiene el valor antiguo: una &lt;b&gt;lectura obsoleta&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A user saves a new profile picture and reloads the page 50 ms later; the read goes to a replica. What does the user see?</source>
        <extracomment>zero-to-millions, step 14, question</extracomment>
        <translation>Un usuario guarda una nueva foto de perfil y recarga la página 50 ms después; la lectura va a una réplica. ¿Qué ve el usuario?</translation>
    </message>
    <message>
        <source>The new picture</source>
        <extracomment>zero-to-millions, step 14, choice 1</extracomment>
        <translation>La foto nueva</translation>
    </message>
    <message>
        <source>Probably the old picture</source>
        <extracomment>zero-to-millions, step 14, choice 2</extracomment>
        <translation>Probablemente la foto antigua</translation>
    </message>
    <message>
        <source>An error</source>
        <extracomment>zero-to-millions, step 14, choice 3</extracomment>
        <translation>Un error</translation>
    </message>
    <message>
        <source>The replica does not have the write yet. About 2,700 reads in 30 s returned an old value, and the largest lag measured was 105 ms: the ship delay plus the link.</source>
        <extracomment>zero-to-millions, step 14, answer explanation</extracomment>
        <translation>La réplica todavía no tiene la escritura. Unas 2.700 lecturas en 30 s devolvieron un valor antiguo, y el mayor retraso medido fue de 105 ms: el retardo de envío más el enlace.</translation>
    </message>
    <message>
        <source>Replicas serve old values: thousands of stale reads.</source>
        <extracomment>zero-to-millions, step 14, checkpoint replication.stale_reads &gt; 1000</extracomment>
        <translation>Las réplicas sirven valores antiguos: miles de lecturas obsoletas.</translation>
    </message>
    <message>
        <source>A replica is up to 100 ms behind the primary.</source>
        <extracomment>zero-to-millions, step 14, checkpoint replication.max_lag_ms &gt;= 100</extracomment>
        <translation>Una réplica va hasta 100 ms por detrás del primario.</translation>
    </message>
    <message>
        <source>A replica goes down</source>
        <extracomment>zero-to-millions, step 15, title</extracomment>
        <translation>Se cae una réplica</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 10 s replica &lt;b&gt;db3&lt;/b&gt; dies: its reads simply move to db2. At 20 s &lt;b&gt;db2&lt;/b&gt; dies too. With no replica left, the reads go to the primary until a new replica is set up.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 15, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A los 10 s la réplica &lt;b&gt;db3&lt;/b&gt; se cae: sus lecturas simplemente pasan a db2. A los 20 s &lt;b&gt;db2&lt;/b&gt; también se cae. Sin ninguna réplica, las lecturas van al primario hasta que se monta una réplica nueva.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>After 20 s both replicas are down. What happens to the reads?</source>
        <extracomment>zero-to-millions, step 15, question</extracomment>
        <translation>Después de los 20 s las dos réplicas están caídas. ¿Qué pasa con las lecturas?</translation>
    </message>
    <message>
        <source>They fail until a replica is back</source>
        <extracomment>zero-to-millions, step 15, choice 1</extracomment>
        <translation>Fallan hasta que vuelve una réplica</translation>
    </message>
    <message>
        <source>The primary answers them</source>
        <extracomment>zero-to-millions, step 15, choice 2</extracomment>
        <translation>El primario las responde</translation>
    </message>
    <message>
        <source>The balancer answers them from memory</source>
        <extracomment>zero-to-millions, step 15, choice 3</extracomment>
        <translation>El balanceador las responde desde memoria</translation>
    </message>
    <message>
        <source>db1 has all the data, so it takes the reads too: it answered about 6,500 requests instead of 3,600. Only the few reads inside a replica as it died failed: 4 in all.</source>
        <extracomment>zero-to-millions, step 15, answer explanation</extracomment>
        <translation>db1 tiene todos los datos, así que también asume las lecturas: respondió unas 6.500 peticiones en lugar de 3.600. Solo fallaron las pocas lecturas que estaban dentro de una réplica cuando se cayó: 4 en total.</translation>
    </message>
    <message>
        <source>Losing replicas costs only the reads in progress on them.</source>
        <extracomment>zero-to-millions, step 15, checkpoint requests.error &lt; 50</extracomment>
        <translation>Perder réplicas solo cuesta las lecturas que estaban en curso en ellas.</translation>
    </message>
    <message>
        <source>With no replica left, the primary answers the reads.</source>
        <extracomment>zero-to-millions, step 15, checkpoint nodes[db1].served &gt; 5500</extracomment>
        <translation>Sin ninguna réplica, el primario responde las lecturas.</translation>
    </message>
    <message>
        <source>The primary dies: promotion and lost writes</source>
        <extracomment>zero-to-millions, step 16, title</extracomment>
        <translation>El primario se cae: promoción y escrituras perdidas</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s the primary &lt;b&gt;db1&lt;/b&gt; dies. Writes fail for 5 s while the system decides what to do; then the most up-to-date replica, &lt;b&gt;db2&lt;/b&gt;, is &lt;b&gt;promoted&lt;/b&gt; to primary. But db1 had told some users &quot;saved&quot; for writes it had not shipped yet.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 16, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A los 20 s el primario &lt;b&gt;db1&lt;/b&gt; se cae. Las escrituras fallan durante 5 s mientras el sistema decide qué hacer; después la réplica más actualizada, &lt;b&gt;db2&lt;/b&gt;, es &lt;b&gt;promovida&lt;/b&gt; a primario. Pero db1 había dicho «guardado» a algunos usuarios por escrituras que todavía no había enviado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the writes db1 acknowledged but never shipped?</source>
        <extracomment>zero-to-millions, step 16, question</extracomment>
        <translation>¿Qué pasa con las escrituras que db1 confirmó pero nunca envió?</translation>
    </message>
    <message>
        <source>db2 receives them when it is promoted</source>
        <extracomment>zero-to-millions, step 16, choice 1</extracomment>
        <translation>db2 las recibe cuando se le promueve</translation>
    </message>
    <message>
        <source>They are lost</source>
        <extracomment>zero-to-millions, step 16, choice 2</extracomment>
        <translation>Se pierden</translation>
    </message>
    <message>
        <source>Their users are asked to send them again</source>
        <extracomment>zero-to-millions, step 16, choice 3</extracomment>
        <translation>Se pide a sus usuarios que las vuelvan a enviar</translation>
    </message>
    <message>
        <source>With asynchronous replication they existed only on db1: 9 acknowledged writes were lost. About 570 writes failed in the 5 s without a primary; reads went on from the replicas.</source>
        <extracomment>zero-to-millions, step 16, answer explanation</extracomment>
        <translation>Con replicación asíncrona solo existían en db1: se perdieron 9 escrituras confirmadas. Unas 570 escrituras fallaron en los 5 s sin primario; las lecturas siguieron desde las réplicas.</translation>
    </message>
    <message>
        <source>A replica is promoted to primary.</source>
        <extracomment>zero-to-millions, step 16, checkpoint replication.promotions == 1</extracomment>
        <translation>Una réplica es promovida a primario.</translation>
    </message>
    <message>
        <source>Writes the old primary acknowledged but never shipped are lost.</source>
        <extracomment>zero-to-millions, step 16, checkpoint replication.lost_writes &gt; 0</extracomment>
        <translation>Se pierden las escrituras que el antiguo primario confirmó pero nunca envió.</translation>
    </message>
    <message>
        <source>What does replaying the binlog cost?</source>
        <extracomment>zero-to-millions, step 17, question</extracomment>
        <translation>¿Qué cuesta volver a aplicar el binlog?</translation>
    </message>
    <message>
        <source>A longer outage: more failed writes</source>
        <extracomment>zero-to-millions, step 17, choice 2</extracomment>
        <translation>Una interrupción más larga: más escrituras fallidas</translation>
    </message>
    <message>
        <source>Every read afterwards is stale</source>
        <extracomment>zero-to-millions, step 17, choice 3</extracomment>
        <translation>Todas las lecturas posteriores son obsoletas</translation>
    </message>
    <message>
        <source>All 9 writes were replayed and none was lost, but writes failed for longer: about 840 errors instead of 570.</source>
        <extracomment>zero-to-millions, step 17, answer explanation</extracomment>
        <translation>Las 9 escrituras se volvieron a aplicar y no se perdió ninguna, pero las escrituras fallaron durante más tiempo: unos 840 errores en lugar de 570.</translation>
    </message>
    <message>
        <source>Replaying the binlog loses no acknowledged write.</source>
        <extracomment>zero-to-millions, step 17, checkpoint replication.lost_writes == 0</extracomment>
        <translation>Volver a aplicar el binlog no pierde ninguna escritura confirmada.</translation>
    </message>
    <message>
        <source>The writes missing on db2 came back from db1&apos;s binlog.</source>
        <extracomment>zero-to-millions, step 17, checkpoint replication.recovered_writes &gt; 0</extracomment>
        <translation>Las escrituras que faltaban en db2 se recuperaron del binlog de db1.</translation>
    </message>
    <message>
        <source>Multi-master: write conflicts</source>
        <extracomment>zero-to-millions, step 18, title</extracomment>
        <translation>Multimaestro: conflictos de escritura</translation>
    </message>
    <message>
        <source>&lt;p&gt;With &lt;b&gt;multi-master&lt;/b&gt; replication every database takes writes and ships them to the others, so a dead master needs no promotion: when db3 dies at 20 s, the other two carry on. The catch is that two masters can change the same key at almost the same moment, because a write needs about 60 ms to reach the other masters. Here the rule is &lt;b&gt;last writer wins&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 18, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Con la replicación &lt;b&gt;multimaestro&lt;/b&gt; todas las bases de datos aceptan escrituras y las envían a las demás, así que un maestro caído no necesita ninguna promoción: cuando db3 se cae a los 20 s, los otros dos siguen. La pega es que dos maestros pueden cambiar la misma clave casi en el mismo momento, porque una escritura necesita unos 60 ms para llegar a los otros maestros. Aquí la regla es &lt;b&gt;gana la última escritura&lt;/b&gt; (last writer wins).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Two users change the same balance on two masters at once, and the last writer wins. What happens to the other change?</source>
        <extracomment>zero-to-millions, step 18, question</extracomment>
        <translation>Dos usuarios cambian el mismo saldo en dos maestros a la vez, y gana la última escritura. ¿Qué pasa con el otro cambio?</translation>
    </message>
    <message>
        <source>The two changes are merged</source>
        <extracomment>zero-to-millions, step 18, choice 1</extracomment>
        <translation>Los dos cambios se fusionan</translation>
    </message>
    <message>
        <source>It is silently thrown away</source>
        <extracomment>zero-to-millions, step 18, choice 2</extracomment>
        <translation>Se tira en silencio</translation>
    </message>
    <message>
        <source>Its user gets an error</source>
        <extracomment>zero-to-millions, step 18, choice 3</extracomment>
        <translation>Su usuario recibe un error</translation>
    </message>
    <message>
        <source>Masters change the same keys at the same time: conflicts.</source>
        <extracomment>zero-to-millions, step 18, checkpoint replication.conflicts &gt; 200</extracomment>
        <translation>Los maestros cambian las mismas claves a la vez: conflictos.</translation>
    </message>
    <message>
        <source>Last writer wins throws the losing writes away.</source>
        <extracomment>zero-to-millions, step 18, checkpoint replication.discarded_updates &gt; 200</extracomment>
        <translation>«Gana la última escritura» tira las escrituras perdedoras.</translation>
    </message>
    <message>
        <source>A dead master needs no promotion...</source>
        <extracomment>zero-to-millions, step 18, checkpoint replication.promotions == 0</extracomment>
        <translation>Un maestro caído no necesita ninguna promoción...</translation>
    </message>
    <message>
        <source>...and hardly any request fails.</source>
        <extracomment>zero-to-millions, step 18, checkpoint requests.error &lt; 20</extracomment>
        <translation>...y casi ninguna petición falla.</translation>
    </message>
    <message>
        <source>A circular ring</source>
        <extracomment>zero-to-millions, step 19, title</extracomment>
        <translation>Un anillo circular</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Circular&lt;/b&gt; replication links the masters in a ring, A → B → C → A: each passes every write on to the next. Here each hop takes 5 ms. At 20 s &lt;b&gt;dbB&lt;/b&gt; dies; 3 s later the ring closes around it, A → C.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 19, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;La replicación &lt;b&gt;circular&lt;/b&gt; une los maestros en un anillo, A → B → C → A: cada uno pasa cada escritura al siguiente. Aquí cada salto tarda 5 ms. A los 20 s &lt;b&gt;dbB&lt;/b&gt; se cae; 3 s después el anillo se cierra sin él, A → C.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Each hop takes 5 ms. How long after a write commits on dbA does dbC have it?</source>
        <extracomment>zero-to-millions, step 19, question</extracomment>
        <translation>Cada salto tarda 5 ms. ¿Cuánto tiempo después de confirmarse una escritura en dbA la tiene dbC?</translation>
    </message>
    <message>
        <source>10 ms</source>
        <extracomment>zero-to-millions, step 19, choice 2</extracomment>
        <translation>10 ms</translation>
    </message>
    <message>
        <source>15 ms</source>
        <extracomment>zero-to-millions, step 19, choice 3</extracomment>
        <translation>15 ms</translation>
    </message>
    <message>
        <source>A longer ring, longer delays</source>
        <extracomment>zero-to-millions, step 20, title</extracomment>
        <translation>Un anillo más largo, retrasos más largos</translation>
    </message>
    <message>
        <source>&lt;p&gt;Delays add up hop by hop. In a ring of ten masters a write on dbA needs nine hops to reach &lt;b&gt;dbJ&lt;/b&gt;, the last one. Until it arrives, anyone reading from the far side of the ring sees old data.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 20, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Los retrasos se suman salto a salto. En un anillo de diez maestros, una escritura en dbA necesita nueve saltos para llegar a &lt;b&gt;dbJ&lt;/b&gt;, el último. Hasta que llega, quien lea del otro extremo del anillo ve datos antiguos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How long until the last of ten masters sees a write?</source>
        <extracomment>zero-to-millions, step 20, question</extracomment>
        <translation>¿Cuánto tarda el último de diez maestros en ver una escritura?</translation>
    </message>
    <message>
        <source>About 45 ms</source>
        <extracomment>zero-to-millions, step 20, choice 2</extracomment>
        <translation>Unos 45 ms</translation>
    </message>
    <message>
        <source>About half a second</source>
        <extracomment>zero-to-millions, step 20, choice 3</extracomment>
        <translation>Alrededor de medio segundo</translation>
    </message>
    <message>
        <source>Nine hops of 5 ms: the largest lag measured is 45 ms. Even at this light load, 85 reads in 30 s were stale.</source>
        <extracomment>zero-to-millions, step 20, answer explanation</extracomment>
        <translation>Nueve saltos de 5 ms: el mayor retraso medido es de 45 ms. Incluso con esta carga tan ligera, 85 lecturas en 30 s fueron obsoletas.</translation>
    </message>
    <message>
        <source>Nine hops: the last node is about 45 ms behind.</source>
        <extracomment>zero-to-millions, step 20, checkpoint replication.max_lag_ms &gt; 40</extracomment>
        <translation>Nueve saltos: el último nodo va unos 45 ms por detrás.</translation>
    </message>
    <message>
        <source>Every read on the database</source>
        <extracomment>zero-to-millions, step 21, title</extracomment>
        <translation>Todas las lecturas en la base de datos</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to one primary. 1,000 requests a second, 90 % of them reads, and every read goes to &lt;b&gt;db1&lt;/b&gt;. Many of them ask for the same few popular keys again and again.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 21, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Volvemos a un solo primario. 1.000 peticiones por segundo, el 90 % de ellas lecturas, y cada lectura va a &lt;b&gt;db1&lt;/b&gt;. Muchas piden las mismas pocas claves populares una y otra vez.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Without a cache, db1 answers every request: over 28,000 in 30 s.</source>
        <extracomment>zero-to-millions, step 21, checkpoint nodes[db1].served &gt; 28000</extracomment>
        <translation>Sin caché, db1 responde todas las peticiones: más de 28.000 en 30 s.</translation>
    </message>
    <message>
        <source>The cache holds a tenth of the keys. What share of the reads do you expect it to answer?</source>
        <extracomment>zero-to-millions, step 22, question</extracomment>
        <translation>La caché guarda una décima parte de las claves. ¿Qué parte de las lecturas esperas que responda?</translation>
    </message>
    <message>
        <source>About 10 %</source>
        <extracomment>zero-to-millions, step 22, choice 1</extracomment>
        <translation>Alrededor del 10 %</translation>
    </message>
    <message>
        <source>About 60 %</source>
        <extracomment>zero-to-millions, step 22, choice 2</extracomment>
        <translation>Alrededor del 60 %</translation>
    </message>
    <message>
        <source>Popular keys are asked for far more often than the rest, and the cache keeps them: the hit ratio is about 0.59. db1 answered about 14,000 requests instead of 30,000, and the median answer fell from 37 ms to 28.5 ms.</source>
        <extracomment>zero-to-millions, step 22, answer explanation</extracomment>
        <translation>Las claves populares se piden mucho más a menudo que el resto, y la caché las conserva: la tasa de aciertos es de unos 0,59. db1 respondió unas 14.000 peticiones en lugar de 30.000, y la respuesta mediana bajó de 37 ms a 28,5 ms.</translation>
    </message>
    <message>
        <source>More than half of the reads are answered by the cache.</source>
        <extracomment>zero-to-millions, step 22, checkpoint cache.hit_ratio &gt; 0.5</extracomment>
        <translation>La caché responde más de la mitad de las lecturas.</translation>
    </message>
    <message>
        <source>The database does about half the work it did.</source>
        <extracomment>zero-to-millions, step 22, checkpoint nodes[db1].served &lt; 16000</extracomment>
        <translation>La base de datos hace más o menos la mitad del trabajo que hacía.</translation>
    </message>
    <message>
        <source>Expiration: a TTL too short</source>
        <extracomment>zero-to-millions, step 23, title</extracomment>
        <translation>Caducidad: un TTL demasiado corto</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each entry has a &lt;b&gt;time to live&lt;/b&gt;. Too long, and the cache may keep an old value; too short, and entries expire before anyone asks again, so reads go back to the database. Here the TTL drops from 60 s to 2 s.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 23, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Cada entrada tiene un &lt;b&gt;tiempo de vida&lt;/b&gt; (TTL). Si es demasiado largo, la caché puede conservar un valor antiguo; si es demasiado corto, las entradas caducan antes de que alguien vuelva a pedirlas, y las lecturas vuelven a la base de datos. Aquí el TTL baja de 60 s a 2 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the hit ratio with a TTL of 2 s?</source>
        <extracomment>zero-to-millions, step 23, question</extracomment>
        <translation>¿Qué pasa con la tasa de aciertos con un TTL de 2 s?</translation>
    </message>
    <message>
        <source>It rises</source>
        <extracomment>zero-to-millions, step 23, choice 1</extracomment>
        <translation>Sube</translation>
    </message>
    <message>
        <source>It falls</source>
        <extracomment>zero-to-millions, step 23, choice 2</extracomment>
        <translation>Baja</translation>
    </message>
    <message>
        <source>It stays the same</source>
        <extracomment>zero-to-millions, step 23, choice 3</extracomment>
        <translation>Se queda igual</translation>
    </message>
    <message>
        <source>About 10,000 entries expired before they were used again: the hit ratio falls from 0.59 to 0.53, and db1 answers about 1,700 more requests.</source>
        <extracomment>zero-to-millions, step 23, answer explanation</extracomment>
        <translation>Unas 10.000 entradas caducaron antes de volver a usarse: la tasa de aciertos baja de 0,59 a 0,53, y db1 responde unas 1.700 peticiones más.</translation>
    </message>
    <message>
        <source>Entries expire before they are asked for again.</source>
        <extracomment>zero-to-millions, step 23, checkpoint cache.expirations &gt; 5000</extracomment>
        <translation>Las entradas caducan antes de que se vuelvan a pedir.</translation>
    </message>
    <message>
        <source>Consistency: no invalidation</source>
        <extracomment>zero-to-millions, step 24, title</extracomment>
        <translation>Coherencia: sin invalidación</translation>
    </message>
    <message>
        <source>&lt;p&gt;So far every write deleted its key from the cache. Here writes go to the database and leave the cache alone, and entries live 30 s. A value changed in the database stays old in the cache until it expires.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 24, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Hasta ahora cada escritura borraba su clave de la caché. Aquí las escrituras van a la base de datos y dejan la caché como está, y las entradas viven 30 s. Un valor que cambia en la base de datos sigue siendo el antiguo en la caché hasta que caduca.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How many reads do you expect to return an old value?</source>
        <extracomment>zero-to-millions, step 24, question</extracomment>
        <translation>¿Cuántas lecturas esperas que devuelvan un valor antiguo?</translation>
    </message>
    <message>
        <source>None: the database is always right</source>
        <extracomment>zero-to-millions, step 24, choice 1</extracomment>
        <translation>Ninguna: la base de datos siempre tiene razón</translation>
    </message>
    <message>
        <source>A few dozen</source>
        <extracomment>zero-to-millions, step 24, choice 2</extracomment>
        <translation>Unas pocas docenas</translation>
    </message>
    <message>
        <source>Eviction policies</source>
        <extracomment>zero-to-millions, step 25, title</extracomment>
        <translation>Políticas de expulsión</translation>
    </message>
    <message>
        <source>&lt;p&gt;A full cache must &lt;b&gt;evict&lt;/b&gt; an entry to make room for a new one. This cache holds only 200 keys and uses &lt;b&gt;LFU&lt;/b&gt;: it gives up the key used least often, so the popular ones stay. &lt;b&gt;LRU&lt;/b&gt; would give up the one unused for longest, &lt;b&gt;FIFO&lt;/b&gt; the oldest.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 25, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Una caché llena debe &lt;b&gt;expulsar&lt;/b&gt; una entrada para hacer sitio a una nueva. Esta caché solo guarda 200 claves y usa &lt;b&gt;LFU&lt;/b&gt;: renuncia a la clave usada con menos frecuencia, así que las populares se quedan. &lt;b&gt;LRU&lt;/b&gt; renunciaría a la que lleva más tiempo sin usarse, y &lt;b&gt;FIFO&lt;/b&gt; a la más antigua.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Which policy keeps the popular keys best when the cache is small?</source>
        <extracomment>zero-to-millions, step 25, question</extracomment>
        <translation>¿Qué política conserva mejor las claves populares cuando la caché es pequeña?</translation>
    </message>
    <message>
        <source>FIFO</source>
        <extracomment>zero-to-millions, step 25, choice 1</extracomment>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>LFU</source>
        <extracomment>zero-to-millions, step 25, choice 2</extracomment>
        <translation>LFU</translation>
    </message>
    <message>
        <source>They all do equally well</source>
        <extracomment>zero-to-millions, step 25, choice 3</extracomment>
        <translation>Todas funcionan igual de bien</translation>
    </message>
    <message>
        <source>LFU reaches a hit ratio of 0.44 here; the same cache reaches 0.41 with LRU and 0.38 with FIFO. Which is best depends on how the keys are used.</source>
        <extracomment>zero-to-millions, step 25, answer explanation</extracomment>
        <translation>Aquí LFU alcanza una tasa de aciertos de 0,44; la misma caché alcanza 0,41 con LRU y 0,38 con FIFO. Cuál es mejor depende de cómo se usen las claves.</translation>
    </message>
    <message>
        <source>With 200 entries for 10,000 keys, LFU still answers over 40 % of the reads.</source>
        <extracomment>zero-to-millions, step 25, checkpoint cache.hit_ratio &gt; 0.4</extracomment>
        <translation>Con 200 entradas para 10.000 claves, LFU sigue respondiendo más del 40 % de las lecturas.</translation>
    </message>
    <message>
        <source>The cache as a single point of failure</source>
        <extracomment>zero-to-millions, step 26, title</extracomment>
        <translation>La caché como único punto de fallo</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database was sized counting on the cache: 8 workers. At 30 s &lt;b&gt;cache1&lt;/b&gt; dies, and every read lands on db1 at once. The cache comes back at 45 s, empty.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 26, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;La base de datos se dimensionó contando con la caché: 8 workers. A los 30 s &lt;b&gt;cache1&lt;/b&gt; se cae, y todas las lecturas llegan de golpe a db1. La caché vuelve a los 45 s, vacía.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to db1 when the cache dies?</source>
        <extracomment>zero-to-millions, step 26, question</extracomment>
        <translation>¿Qué le pasa a db1 cuando se cae la caché?</translation>
    </message>
    <message>
        <source>Nothing: it had the data all along</source>
        <extracomment>zero-to-millions, step 26, choice 1</extracomment>
        <translation>Nada: tenía los datos desde el principio</translation>
    </message>
    <message>
        <source>It is flooded and answers much more slowly</source>
        <extracomment>zero-to-millions, step 26, choice 2</extracomment>
        <translation>Se ve desbordada y responde mucho más despacio</translation>
    </message>
    <message>
        <source>It shuts down too</source>
        <extracomment>zero-to-millions, step 26, choice 3</extracomment>
        <translation>También se apaga</translation>
    </message>
    <message>
        <source>Without the cache every read lands on the database.</source>
        <extracomment>zero-to-millions, step 26, checkpoint nodes[db1].served &gt; 25000</extracomment>
        <translation>Sin la caché, todas las lecturas llegan a la base de datos.</translation>
    </message>
    <message>
        <source>Static files from far away</source>
        <extracomment>zero-to-millions, step 27, title</extracomment>
        <translation>Archivos estáticos desde muy lejos</translation>
    </message>
    <message>
        <source>&lt;p&gt;Images, scripts and style sheets are &lt;b&gt;static&lt;/b&gt;: the same for every user. Here they all come from &lt;b&gt;assets&lt;/b&gt;, a storage bucket in the US. Users in Europe pay for the ocean crossing on every single file.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 27, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Las imágenes, los scripts y las hojas de estilo son &lt;b&gt;estáticos&lt;/b&gt;: iguales para todos los usuarios. Aquí todos vienen de &lt;b&gt;assets&lt;/b&gt;, un bucket de almacenamiento en EE. UU. Los usuarios de Europa pagan la travesía del océano en todos y cada uno de los archivos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The origin sends every file itself.</source>
        <extracomment>zero-to-millions, step 27, checkpoint nodes[assets].served &gt; 28000</extracomment>
        <translation>El origen envía él mismo todos los archivos.</translation>
    </message>
    <message>
        <source>A CDN</source>
        <extracomment>zero-to-millions, step 28, title</extracomment>
        <translation>Una CDN</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;CDN&lt;/b&gt; keeps copies of static files on &lt;b&gt;edge&lt;/b&gt; servers close to the users. Each user asks the nearest edge; on a miss, the edge fetches the file from the origin once and keeps it. A popular file is fetched once and then served thousands of times.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 28, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Una &lt;b&gt;CDN&lt;/b&gt; guarda copias de los archivos estáticos en &lt;b&gt;servidores de borde&lt;/b&gt; cercanos a los usuarios. Cada usuario pide al servidor de borde más cercano; en un fallo, el servidor de borde trae el archivo del origen una vez y lo guarda. Un archivo popular se trae una vez y luego se sirve miles de veces.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What share of the bytes does the origin still send?</source>
        <extracomment>zero-to-millions, step 28, question</extracomment>
        <translation>¿Qué parte de los bytes sigue enviando el origen?</translation>
    </message>
    <message>
        <source>Almost all of them</source>
        <extracomment>zero-to-millions, step 28, choice 1</extracomment>
        <translation>Casi todos</translation>
    </message>
    <message>
        <source>Less than a fifth</source>
        <extracomment>zero-to-millions, step 28, choice 3</extracomment>
        <translation>Menos de una quinta parte</translation>
    </message>
    <message>
        <source>The edges took 86 % of the bytes off the origin (offload 0.86): it answered 3,500 requests instead of 30,000. The median file takes 21 ms instead of 229 ms.</source>
        <extracomment>zero-to-millions, step 28, answer explanation</extracomment>
        <translation>Los servidores de borde le quitaron al origen el 86 % de los bytes (descarga del origen 0,86): respondió 3.500 peticiones en lugar de 30.000. El archivo mediano tarda 21 ms en lugar de 229 ms.</translation>
    </message>
    <message>
        <source>The edges send more than 80 % of the bytes.</source>
        <extracomment>zero-to-millions, step 28, checkpoint cdn.offload &gt; 0.8</extracomment>
        <translation>Los servidores de borde envían más del 80 % de los bytes.</translation>
    </message>
    <message>
        <source>Files come from nearby: the median takes under 50 ms.</source>
        <extracomment>zero-to-millions, step 28, checkpoint latency_ms.p50 &lt; 50</extracomment>
        <translation>Los archivos llegan desde cerca: la mediana tarda menos de 50 ms.</translation>
    </message>
    <message>
        <source>What a CDN costs</source>
        <extracomment>zero-to-millions, step 29, title</extracomment>
        <translation>Lo que cuesta una CDN</translation>
    </message>
    <message>
        <source>Files that are almost never asked for twice: what does the CDN cost, compared with no CDN?</source>
        <extracomment>zero-to-millions, step 29, question</extracomment>
        <translation>Archivos que casi nunca se piden dos veces: ¿cuánto cuesta la CDN, comparado con no tener CDN?</translation>
    </message>
    <message>
        <source>Less</source>
        <extracomment>zero-to-millions, step 29, choice 1</extracomment>
        <translation>Menos</translation>
    </message>
    <message>
        <source>About twice as much</source>
        <extracomment>zero-to-millions, step 29, choice 3</extracomment>
        <translation>Más o menos el doble</translation>
    </message>
    <message>
        <source>Yet the CDN bill is about twice the $0.55 of serving from the origin.</source>
        <extracomment>zero-to-millions, step 29, checkpoint cdn.cost_usd &gt; 0.9</extracomment>
        <translation>Y aun así la factura de la CDN es más o menos el doble de los 0,55 $ que cuesta servir desde el origen.</translation>
    </message>
    <message>
        <source>When an edge fails</source>
        <extracomment>zero-to-millions, step 30, title</extracomment>
        <translation>Cuando falla un servidor de borde</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s the European edge dies. Clients have to notice and fetch from the origin instead: each waits for a 3 s timeout, then goes straight to the origin for the next 30 s before trying the edge again.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 30, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;A los 20 s se cae el servidor de borde europeo. Los clientes tienen que darse cuenta y pedir al origen en su lugar: cada uno espera a que se agote un tiempo de espera de 3 s y después va directamente al origen durante los 30 s siguientes, antes de volver a probar el servidor de borde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What do European users see while their edge is down?</source>
        <extracomment>zero-to-millions, step 30, question</extracomment>
        <translation>¿Qué ven los usuarios europeos mientras su servidor de borde está caído?</translation>
    </message>
    <message>
        <source>Errors</source>
        <extracomment>zero-to-millions, step 30, choice 1</extracomment>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Slow pages: a timeout, then files from the far origin</source>
        <extracomment>zero-to-millions, step 30, choice 2</extracomment>
        <translation>Páginas lentas: un tiempo de espera agotado y luego archivos desde el lejano origen</translation>
    </message>
    <message>
        <source>No difference</source>
        <extracomment>zero-to-millions, step 30, choice 3</extracomment>
        <translation>Ninguna diferencia</translation>
    </message>
    <message>
        <source>Clients fall back to the origin when their edge is dead.</source>
        <extracomment>zero-to-millions, step 30, checkpoint cdn.fallbacks &gt; 1000</extracomment>
        <translation>Los clientes recurren al origen cuando su servidor de borde está caído.</translation>
    </message>
    <message>
        <source>No request fails.</source>
        <extracomment>zero-to-millions, step 30, checkpoint requests.error == 0</extracomment>
        <translation>No falla ninguna petición.</translation>
    </message>
    <message>
        <source>The timeout before the fallback is long.</source>
        <extracomment>zero-to-millions, step 30, checkpoint latency_ms.p99 &gt; 2000</extracomment>
        <translation>El tiempo de espera antes de recurrir al origen es largo.</translation>
    </message>
    <message>
        <source>Invalidating the CDN</source>
        <extracomment>zero-to-millions, step 31, title</extracomment>
        <translation>Invalidar la CDN</translation>
    </message>
    <message>
        <source>&lt;p&gt;We deploy a new style sheet, but the edges would keep the old one for a day, their TTL. At 30 s we &lt;b&gt;invalidate&lt;/b&gt; /static/*: 5 s later every edge drops its copies, and the next request for each file is a miss that goes back to the origin.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 31, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Desplegamos una hoja de estilo nueva, pero los servidores de borde conservarían la antigua durante un día, su TTL. A los 30 s &lt;b&gt;invalidamos&lt;/b&gt; /static/*: 5 s después cada servidor de borde descarta sus copias, y la siguiente petición de cada archivo es un fallo que vuelve al origen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the origin right after the invalidation?</source>
        <extracomment>zero-to-millions, step 31, question</extracomment>
        <translation>¿Qué le pasa al origen justo después de la invalidación?</translation>
    </message>
    <message>
        <source>Nothing changes</source>
        <extracomment>zero-to-millions, step 31, choice 1</extracomment>
        <translation>No cambia nada</translation>
    </message>
    <message>
        <source>A wave of misses: it sends every file again</source>
        <extracomment>zero-to-millions, step 31, choice 2</extracomment>
        <translation>Una oleada de fallos: vuelve a enviar todos los archivos</translation>
    </message>
    <message>
        <source>It goes down</source>
        <extracomment>zero-to-millions, step 31, choice 3</extracomment>
        <translation>Se cae</translation>
    </message>
    <message>
        <source>The edges dropped about 3,500 objects and the misses nearly doubled: about 7,000 in 60 s instead of 4,000. Versioned file names, such as app.v2.css, avoid invalidating at all.</source>
        <extracomment>zero-to-millions, step 31, answer explanation</extracomment>
        <translation>Los servidores de borde descartaron unos 3.500 objetos y los fallos casi se duplicaron: unos 7.000 en 60 s en lugar de 4.000. Los nombres de archivo con versión, como app.v2.css, evitan tener que invalidar.</translation>
    </message>
    <message>
        <source>The edges drop thousands of objects.</source>
        <extracomment>zero-to-millions, step 31, checkpoint cdn.invalidated &gt; 3000</extracomment>
        <translation>Los servidores de borde descartan miles de objetos.</translation>
    </message>
    <message>
        <source>Every dropped file is fetched from the origin again.</source>
        <extracomment>zero-to-millions, step 31, checkpoint cdn.misses &gt; 5500</extracomment>
        <translation>Cada archivo descartado se vuelve a traer del origen.</translation>
    </message>
    <message>
        <source>Millions</source>
        <extracomment>zero-to-millions, step 32, title</extracomment>
        <translation>Millones</translation>
    </message>
    <message>
        <source>&lt;p&gt;Put together, the pieces scale. A balancer spreads &lt;b&gt;20,000 requests a second&lt;/b&gt; over 20 stateless web servers, about 1,000 each: over a million requests a minute, none dropped. To grow further: more servers behind the balancer, replicas behind the database, a cache and a CDN in front.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 32, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Juntas, las piezas escalan. Un balanceador reparte &lt;b&gt;20.000 peticiones por segundo&lt;/b&gt; entre 20 servidores web sin estado, unas 1.000 cada uno: más de un millón de peticiones por minuto, ninguna descartada. Para crecer más: más servidores detrás del balanceador, réplicas detrás de la base de datos, y una caché y una CDN delante.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Over half a million requests answered in 30 s.</source>
        <extracomment>zero-to-millions, step 32, checkpoint requests.ok &gt; 550000</extracomment>
        <translation>Más de medio millón de peticiones respondidas en 30 s.</translation>
    </message>
    <message>
        <source>None dropped.</source>
        <extracomment>zero-to-millions, step 32, checkpoint requests.dropped == 0</extracomment>
        <translation>Ninguna descartada.</translation>
    </message>
    <message>
        <source>&lt;p&gt;What if a write updates the database but leaves the cache alone? Then a cached value stays old until it expires, here after 30 s, and every read of that key gets the old value in the meantime. Here writes are spread over many keys while reads favour a few popular ones, as on most sites; still, the popular keys change now and then.&lt;/p&gt;</source>
        <extracomment>caching, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;¿Y si una escritura actualiza la base de datos pero deja la caché como está? Entonces un valor en caché sigue siendo el antiguo hasta que caduca, aquí a los 30 s, y mientras tanto cada lectura de esa clave obtiene el valor antiguo. Aquí las escrituras se reparten entre muchas claves, mientras que las lecturas se concentran en unas pocas populares, como en la mayoría de los sitios; aun así, las claves populares cambian de vez en cuando.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The hit ratio rose to 0.66, since nothing deletes entries, but about 7,200 of 18,000 hits returned an old value. A fast cache that returns wrong answers is worse than no cache.</source>
        <extracomment>caching, step 3, answer explanation</extracomment>
        <translation>La tasa de aciertos subió a 0,66, porque nada borra entradas, pero unos 7.200 de 18.000 aciertos devolvieron un valor antiguo. Una caché rápida que da respuestas erróneas es peor que no tener caché.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A CDN charges for the bytes it sends and per request. Here the files are on a &lt;b&gt;custom origin&lt;/b&gt;, outside the CDN&apos;s cloud, whose host also bills every byte it sends to an edge (a fill), at the $0.09/GB it charges for sending to users. Users ask for any of 5 million files at random: almost every request is for a file no edge has.&lt;/p&gt;</source>
        <extracomment>cdn, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Una CDN cobra por los bytes que envía y por petición. Aquí los archivos están en un &lt;b&gt;origen personalizado&lt;/b&gt; (custom origin), fuera de la nube de la CDN, cuyo proveedor también factura cada byte que envía a un servidor de borde (una carga, o fill), a los mismos 0,09 $/GB que cobra por enviar a los usuarios. Los usuarios piden al azar cualquiera de 5 millones de archivos: casi todas las peticiones son de un archivo que no tiene ningún servidor de borde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nearly every request is a miss, paid twice: the origin&apos;s host bills the fill, the CDN the delivery. $1.10 against $0.55 without a CDN, and not one bit faster. From an origin in the CDN&apos;s own cloud (S3 behind CloudFront) fills are free: the bill would be about the $0.55 of no CDN.</source>
        <extracomment>cdn, step 5, answer explanation</extracomment>
        <translation>Casi todas las peticiones son fallos, y se pagan dos veces: el proveedor del origen factura la carga y la CDN, la entrega. 1,10 $ frente a 0,55 $ sin CDN, y ni un ápice más rápido. Desde un origen en la propia nube de la CDN (S3 detrás de CloudFront) las cargas son gratuitas: la factura rondaría los 0,55 $ de no tener CDN.</translation>
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
        <extracomment>failover, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Otra forma: el primario no responde «hecho» hasta que al menos una réplica tiene la escritura en su registro de retransmisión (relay log). Así no se confirma ninguna escritura que solo conozca el primario. Cada escritura espera un viaje de ida y vuelta a una réplica y el retardo de envío. Pero tener una escritura no es aplicarla: estas réplicas aplican una escritura 50 ms después de que llegue a su relay log, y hasta entonces responden a las lecturas con el valor antiguo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No acknowledged write is lost. But the slowest requests, the writes, now take about 140 ms at the 95th percentile instead of 37 ms. And replicas are not fresh: about 1,500 reads are still stale (2,800 with async), because semi-sync waits for the relay log, not for the apply. Semi-sync protects acknowledged writes, not freshness.</source>
        <extracomment>failover, step 4, answer explanation</extracomment>
        <translation>No se pierde ninguna escritura confirmada. Pero las peticiones más lentas, las escrituras, tardan ahora unos 140 ms en el percentil 95 en lugar de 37 ms. Y las réplicas no están al día: unas 1.500 lecturas siguen siendo obsoletas (2.800 con replicación asíncrona), porque la replicación semisíncrona espera al relay log, no a que se aplique la escritura. La replicación semisíncrona protege las escrituras confirmadas, no la frescura de los datos.</translation>
    </message>
    <message>
        <source>Semi-sync protects acknowledged writes, not freshness: replicas still serve old values until they apply a write.</source>
        <extracomment>failover, step 4, checkpoint replication.stale_reads &gt; 500</extracomment>
        <translation>La replicación semisíncrona protege las escrituras confirmadas, no la frescura de los datos: las réplicas siguen sirviendo valores antiguos hasta que aplican una escritura.</translation>
    </message>
    <message>
        <source>dbC gets them from dbA once the ring closes</source>
        <extracomment>multi-master-and-rings, step 3, choice 1</extracomment>
        <translation>dbC las recibe de dbA en cuanto se cierra el anillo</translation>
    </message>
    <message>
        <source>91 writes were held up at dbB. When the ring closed, dbC asked dbA for every write it had not seen yet (MySQL knows which by their GTIDs) and all 91 arrived: in the end the live nodes agree. Until then dbC fell 3 s behind. Only writes dbB had committed itself and not yet sent would be lost; here the web server writes to dbA.</source>
        <extracomment>multi-master-and-rings, step 3, answer explanation</extracomment>
        <translation>91 escrituras se quedaron retenidas en dbB. Cuando se cerró el anillo, dbC pidió a dbA todas las escrituras que aún no había visto (MySQL sabe cuáles por sus GTID) y llegaron las 91: al final los nodos vivos coinciden. Hasta entonces dbC se quedó 3 s por detrás. Solo se perderían las escrituras que el propio dbB hubiera confirmado y aún no hubiera enviado; aquí el servidor web escribe en dbA.</translation>
    </message>
    <message>
        <source>Writes held up at the dead node reach dbC once the ring closes.</source>
        <extracomment>multi-master-and-rings, step 3, checkpoint replication.stranded_writes &gt; 0</extracomment>
        <translation>Las escrituras retenidas en el nodo caído llegan a dbC en cuanto se cierra el anillo.</translation>
    </message>
    <message>
        <source>No write is lost: dbB had sent on every write it committed.</source>
        <extracomment>multi-master-and-rings, step 3, checkpoint replication.ring_lost_writes == 0</extracomment>
        <translation>No se pierde ninguna escritura: dbB había reenviado todas las escrituras que confirmó.</translation>
    </message>
    <message>
        <source>While the ring was open, dbC fell about 3 s behind dbA.</source>
        <extracomment>multi-master-and-rings, step 3, checkpoint replication.max_lag_ms &gt; 2000</extracomment>
        <translation>Mientras el anillo estuvo abierto, dbC se quedó unos 3 s por detrás de dbA.</translation>
    </message>
    <message>
        <source>A → B → C is two hops: 10 ms while the ring is whole. When dbB died, 91 writes it had not passed on were held up and dbC fell 3 s behind; when the ring closed, dbC got all of them from dbA.</source>
        <extracomment>zero-to-millions, step 19, answer explanation</extracomment>
        <translation>A → B → C son dos saltos: 10 ms mientras el anillo está entero. Cuando dbB se cayó, 91 escrituras que aún no había pasado se quedaron retenidas y dbC se quedó 3 s por detrás; cuando se cerró el anillo, dbC las recibió todas de dbA.</translation>
    </message>
    <message>
        <source>Writes the dead node had not passed on waited for the ring to close...</source>
        <extracomment>zero-to-millions, step 19, checkpoint replication.stranded_writes &gt; 0</extracomment>
        <translation>Las escrituras que el nodo caído no había pasado esperaron a que se cerrara el anillo...</translation>
    </message>
    <message>
        <source>...and then reached dbC: none was lost.</source>
        <extracomment>zero-to-millions, step 19, checkpoint replication.ring_lost_writes == 0</extracomment>
        <translation>...y luego llegaron a dbC: no se perdió ninguna.</translation>
    </message>
    <message>
        <source>About 7,200 of 18,000 hits returned an old value; with invalidation it was about 50. Keeping the cache in step with the database is the hard part of caching.</source>
        <extracomment>zero-to-millions, step 24, answer explanation</extracomment>
        <translation>Unos 7.200 de 18.000 aciertos devolvieron un valor antiguo; con invalidación eran unos 50. Mantener la caché al día con la base de datos es la parte difícil del cacheo.</translation>
    </message>
    <message>
        <source>Without invalidation, thousands of hits are stale.</source>
        <extracomment>zero-to-millions, step 24, checkpoint cache.stale_hits &gt; 5000</extracomment>
        <translation>Sin invalidación, miles de aciertos son obsoletos.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A CDN bills for every byte it sends and per request; an origin outside the CDN&apos;s cloud (a &lt;b&gt;custom origin&lt;/b&gt;, as here) also bills every fill it sends to an edge. That pays off for files asked for again and again. Here users ask for 5 million different files, almost none twice, so nearly every request is a miss.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 29, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Una CDN factura cada byte que envía y cada petición; un origen fuera de la nube de la CDN (un &lt;b&gt;origen personalizado&lt;/b&gt; o custom origin, como aquí) también factura cada carga que envía a un servidor de borde. Eso compensa con archivos que se piden una y otra vez. Aquí los usuarios piden 5 millones de archivos distintos, casi ninguno dos veces, así que casi todas las peticiones son fallos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>$1.10 with the CDN against $0.55 without, and nothing is faster: the offload is 0.2 %. Every miss is paid twice: the fill to the origin&apos;s host, the delivery to the CDN. Put the files people ask for often on a CDN, not the rest.</source>
        <extracomment>zero-to-millions, step 29, answer explanation</extracomment>
        <translation>1,10 $ con la CDN frente a 0,55 $ sin ella, y nada va más rápido: la descarga del origen es del 0,2 %. Cada fallo se paga dos veces: la carga, al proveedor del origen; la entrega, a la CDN. Pon en una CDN los archivos que se piden a menudo, no el resto.</translation>
    </message>
    <message>
        <source>Every read now goes to db1. It answers about 15,000 requests in 15 s, all that 8 workers can, while more arrive: its queue fills, the 95th percentile rises from 39 ms to about 420 ms and about 1,100 requests are dropped. Several cache servers, or a standby gutter pool, protect the database.</source>
        <extracomment>caching, step 6, answer explanation</extracomment>
        <translation>Todas las lecturas van ahora a db1. Responde unas 15.000 peticiones en 15 s, todo lo que pueden sus 8 workers, mientras siguen llegando más: su cola se llena, el percentil 95 sube de 39 ms a unos 420 ms y se descartan unas 1.100 peticiones. Varios servidores de caché, o un grupo de respaldo (gutter) en espera, protegen la base de datos.</translation>
    </message>
    <message>
        <source>db1 answered about 15,000 requests in those 15 s, as many as in the 30 s before, and could take no more: the 95th percentile rose from 39 ms to about 420 ms and about 1,100 requests were dropped. Several cache servers, or a standby gutter pool, avoid this.</source>
        <extracomment>zero-to-millions, step 26, answer explanation</extracomment>
        <translation>db1 respondió unas 15.000 peticiones en esos 15 s, tantas como en los 30 s anteriores, y no podía asumir más: el percentil 95 subió de 39 ms a unos 420 ms y se descartaron unas 1.100 peticiones. Varios servidores de caché, o un grupo de respaldo (gutter) en espera, lo evitan.</translation>
    </message>
    <message>
        <source>Files that cross the ocean take over 200 ms.</source>
        <extracomment>zero-to-millions, step 27, checkpoint latency_ms.p95 &gt; 200</extracomment>
        <translation>Los archivos que cruzan el océano tardan más de 200 ms.</translation>
    </message>
    <message>
        <source>About 1,500 requests waited out the 3 s timeout before falling back, so the 99th percentile is 3.2 s; not one failed. After that the origin served them directly: slower, but working.</source>
        <extracomment>zero-to-millions, step 30, answer explanation</extracomment>
        <translation>Unas 1.500 peticiones esperaron a que se agotara el tiempo de espera de 3 s antes de recurrir al origen, así que el percentil 99 es de 3,2 s; no falló ni una. Después el origen las atendió directamente: más lento, pero funciona.</translation>
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
        <source>&lt;p&gt;For each read, the web server asks &lt;b&gt;cache1&lt;/b&gt; first. A &lt;b&gt;hit&lt;/b&gt; answers from memory; a &lt;b&gt;miss&lt;/b&gt; reads &lt;b&gt;db1&lt;/b&gt; and the web server stores the answer in the cache: &lt;b&gt;cache-aside&lt;/b&gt;, what the chapter calls a read-through cache (in a strict read-through cache the cache loads the database itself). A write updates db1 and deletes the key from the cache, so the next read fetches the new value. The cache holds 1,000 of the 10,000 keys.&lt;/p&gt;</source>
        <extracomment>caching, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;En cada lectura, el servidor web pregunta primero a &lt;b&gt;cache1&lt;/b&gt;. Un &lt;b&gt;acierto&lt;/b&gt; responde desde memoria; un &lt;b&gt;fallo&lt;/b&gt; lee de &lt;b&gt;db1&lt;/b&gt; y el servidor web guarda la respuesta en la caché: &lt;b&gt;cache-aside&lt;/b&gt;, lo que el capítulo llama una caché read-through (en una caché read-through estricta, es la propia caché la que carga los datos desde la base de datos). Una escritura actualiza db1 y borra la clave de la caché, así que la siguiente lectura obtiene el valor nuevo. La caché guarda 1.000 de las 10.000 claves.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The sessions live in the store, not in web2, so none is lost. Some requests still fail: those web2 was serving when it died, and those the balancer goes on sending it until the health checks take it out of the pool.</source>
        <extracomment>zero-to-millions, step 12, answer explanation</extracomment>
        <translation>Las sesiones viven en el almacén, no en web2, así que no se pierde ninguna. Algunas peticiones siguen fallando: las que web2 estaba atendiendo cuando se cayó y las que el balanceador le sigue enviando hasta que las comprobaciones de salud lo sacan del grupo.</translation>
    </message>
    <message>
        <source>Writes go to db1 alone, about 3,600 in 30 s; the reads are shared by db2 and db3, about 4,300 each. But every replica also applies every write it is shipped: replicas take reads off the primary, not writes. More reads? Add replicas. More writes? Replicas do not help.</source>
        <extracomment>zero-to-millions, step 13, answer explanation</extracomment>
        <translation>Las escrituras van solo a db1, unas 3.600 en 30 s; las lecturas se las reparten db2 y db3, unas 4.300 cada una. Pero cada réplica también aplica cada escritura que se le envía: las réplicas le quitan lecturas al primario, no escrituras. ¿Más lecturas? Añade réplicas. ¿Más escrituras? Las réplicas no ayudan.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In production the promotion is more careful. Before db2 takes over, a recovery script reads the dead primary&apos;s &lt;b&gt;binary log&lt;/b&gt;, the record of every write it committed, and replays the missing writes on db2. It takes 2 s more. It works only because db1 crashed but its disk survived: if the machine or its disk is gone, so is its binary log, and the missing writes with it.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 17, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;En producción la promoción es más cuidadosa. Antes de que db2 tome el relevo, un script de recuperación lee el &lt;b&gt;registro binario&lt;/b&gt; (binlog) del primario caído, donde consta cada escritura que confirmó, y vuelve a aplicar en db2 las escrituras que faltan. Tarda 2 s más. Solo funciona porque db1 se cayó pero su disco sobrevivió: si se pierde la máquina o su disco, se pierde también su registro binario, y con él las escrituras que faltan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About 350 writes in 30 s were overwritten without a word to their users; in the end all masters agree. For a balance that means lost money, and which write counts as the last is decided by the masters&apos; clocks, which can be skewed: the change that wins may not even be the later one. The other rule, first committer wins, refuses the later write and tells its user instead.</source>
        <extracomment>zero-to-millions, step 18, answer explanation</extracomment>
        <translation>Unas 350 escrituras en 30 s fueron sobrescritas sin avisar a sus usuarios; al final todos los maestros coinciden. En un saldo eso significa dinero perdido, y qué escritura cuenta como la última lo deciden los relojes de los maestros, que pueden estar desfasados: puede que el cambio que gana ni siquiera sea el posterior. La otra regla, «gana el primero en confirmar», rechaza en cambio la escritura posterior y se lo dice a su usuario.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;cache&lt;/b&gt; keeps recent answers in memory. For each read the server asks &lt;b&gt;cache1&lt;/b&gt; first: a &lt;b&gt;hit&lt;/b&gt; answers in half a millisecond; a &lt;b&gt;miss&lt;/b&gt; reads db1 and the server puts the answer in the cache for next time. This is &lt;b&gt;cache-aside&lt;/b&gt;, what the chapter calls a read-through cache (in a strict read-through cache the cache loads the database itself). This cache holds 1,000 of the 10,000 keys.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 22, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Una &lt;b&gt;caché&lt;/b&gt; guarda en memoria las respuestas recientes. En cada lectura el servidor pregunta primero a &lt;b&gt;cache1&lt;/b&gt;: un &lt;b&gt;acierto&lt;/b&gt; responde en medio milisegundo; un &lt;b&gt;fallo&lt;/b&gt; lee de db1 y el servidor guarda la respuesta en la caché para la próxima vez. Esto es &lt;b&gt;cache-aside&lt;/b&gt;, lo que el capítulo llama una caché read-through (en una caché read-through estricta, es la propia caché la que carga los datos desde la base de datos). Esta caché guarda 1.000 de las 10.000 claves.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
