<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Lesson</name>
    <message>
        <source>Caching</source>
        <extracomment>caching, lesson title</extracomment>
        <translation>Caching</translation>
    </message>
    <message>
        <source>Most reads are answered by the cache.</source>
        <extracomment>caching, step 1, checkpoint cache.hit_ratio &gt; 0.5</extracomment>
        <translation>Die meisten Lesezugriffe beantwortet der Cache.</translation>
    </message>
    <message>
        <source>The database does about half the work.</source>
        <extracomment>caching, step 1, checkpoint nodes[db1].served &lt; 16000</extracomment>
        <translation>Die Datenbank leistet nur noch etwa die Hälfte der Arbeit.</translation>
    </message>
    <message>
        <source>Entries expire before they are used again.</source>
        <extracomment>caching, step 2, checkpoint cache.expirations &gt; 5000</extracomment>
        <translation>Einträge laufen ab, bevor sie wieder genutzt werden.</translation>
    </message>
    <message>
        <source>The hit ratio falls.</source>
        <extracomment>caching, step 2, checkpoint cache.hit_ratio &lt; 0.57</extracomment>
        <translation>Die Trefferquote sinkt.</translation>
    </message>
    <message>
        <source>Writes that do not touch the cache</source>
        <extracomment>caching, step 4, title</extracomment>
        <translation>Schreibzugriffe, die den Cache nicht anrühren</translation>
    </message>
    <message>
        <source>Does the hit ratio tell you something is wrong?</source>
        <extracomment>caching, step 4, question</extracomment>
        <translation>Verrät die Trefferquote, dass etwas nicht stimmt?</translation>
    </message>
    <message>
        <source>Thousands of hits return old values.</source>
        <extracomment>caching, step 4, checkpoint cache.stale_hits &gt; 5000</extracomment>
        <translation>Tausende Treffer liefern alte Werte.</translation>
    </message>
    <message>
        <source>And the hit ratio looks better than ever.</source>
        <extracomment>caching, step 4, checkpoint cache.hit_ratio &gt; 0.6</extracomment>
        <translation>Und die Trefferquote sieht besser aus denn je.</translation>
    </message>
    <message>
        <source>Eviction: LFU</source>
        <extracomment>caching, step 6, title</extracomment>
        <translation>Verdrängung: LFU</translation>
    </message>
    <message>
        <source>&lt;p&gt;A full cache has to &lt;b&gt;evict&lt;/b&gt; an entry to make room. This one holds just 200 keys. With &lt;b&gt;LFU&lt;/b&gt; it evicts the entry used least often, so the keys everyone asks for stay in.&lt;/p&gt;</source>
        <extracomment>caching, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein voller Cache muss einen Eintrag &lt;b&gt;verdrängen&lt;/b&gt;, um Platz zu schaffen. Dieser hier fasst nur 200 Schlüssel. Mit &lt;b&gt;LFU&lt;/b&gt; verdrängt er den am seltensten genutzten Eintrag, sodass die Schlüssel, nach denen alle fragen, im Cache bleiben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LFU keeps the popular keys: a hit ratio above 0.42 with only 200 entries.</source>
        <extracomment>caching, step 6, checkpoint cache.hit_ratio &gt; 0.42</extracomment>
        <translation>LFU behält die beliebten Schlüssel: eine Trefferquote über 0,42 mit nur 200 Einträgen.</translation>
    </message>
    <message>
        <source>A small cache evicts all the time.</source>
        <extracomment>caching, step 6, checkpoint cache.evictions &gt; 10000</extracomment>
        <translation>Ein kleiner Cache verdrängt ständig.</translation>
    </message>
    <message>
        <source>Eviction: FIFO</source>
        <extracomment>caching, step 7, title</extracomment>
        <translation>Verdrängung: FIFO</translation>
    </message>
    <message>
        <source>FIFO throws popular keys out: a lower hit ratio.</source>
        <extracomment>caching, step 7, checkpoint cache.hit_ratio &lt; 0.41</extracomment>
        <translation>FIFO wirft beliebte Schlüssel hinaus: eine niedrigere Trefferquote.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database here has only 8 workers: enough while the cache answers most reads. At 30 s &lt;b&gt;cache1&lt;/b&gt; dies. It comes back at 45 s, empty.&lt;/p&gt;</source>
        <extracomment>caching, step 9, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Die Datenbank hat hier nur 8 Worker: genug, solange der Cache die meisten Lesezugriffe beantwortet. Bei 30 s fällt &lt;b&gt;cache1&lt;/b&gt; aus. Bei 45 s kommt er zurück, leer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What do users notice while the cache is down?</source>
        <extracomment>caching, step 9, question</extracomment>
        <translation>Was merken die Nutzer, solange der Cache ausgefallen ist?</translation>
    </message>
    <message>
        <source>The database queues up: slow answers.</source>
        <extracomment>caching, step 9, checkpoint latency_ms.p95 &gt; 150</extracomment>
        <translation>Bei der Datenbank staut es sich: langsame Antworten.</translation>
    </message>
    <message>
        <source>Every read lands on the database.</source>
        <extracomment>caching, step 9, checkpoint nodes[db1].served &gt; 25000</extracomment>
        <translation>Jeder Lesezugriff landet bei der Datenbank.</translation>
    </message>
    <message>
        <source>Content delivery networks</source>
        <extracomment>cdn, lesson title</extracomment>
        <translation>Content Delivery Networks</translation>
    </message>
    <message>
        <source>Edges near the users serve static files: what they take off the origin, what happens when one fails, how to replace files they hold, and when a CDN costs more than it saves.</source>
        <extracomment>cdn, lesson summary</extracomment>
        <translation>CDN-Edge-Server in der Nähe der Nutzer liefern statische Dateien aus: was sie dem Ursprungsserver abnehmen, was passiert, wenn einer ausfällt, wie man Dateien ersetzt, die sie vorhalten, und wann ein CDN mehr kostet, als es spart.</translation>
    </message>
    <message>
        <source>Edges near the users</source>
        <extracomment>cdn, step 1, title</extracomment>
        <translation>Edge-Server in der Nähe der Nutzer</translation>
    </message>
    <message>
        <source>About 200 ms</source>
        <extracomment>cdn, step 1, choice 1</extracomment>
        <translation>Etwa 200 ms</translation>
    </message>
    <message>
        <source>About 100 ms</source>
        <extracomment>cdn, step 1, choice 2</extracomment>
        <translation>Etwa 100 ms</translation>
    </message>
    <message>
        <source>About 20 ms</source>
        <extracomment>cdn, step 1, choice 3</extracomment>
        <translation>Etwa 20 ms</translation>
    </message>
    <message>
        <source>The edges take over 80 % of the bytes off the origin.</source>
        <extracomment>cdn, step 1, checkpoint cdn.offload &gt; 0.8</extracomment>
        <translation>Die Edge-Server nehmen dem Ursprungsserver über 80 % der Bytes ab.</translation>
    </message>
    <message>
        <source>The median file comes from nearby, in under 50 ms.</source>
        <extracomment>cdn, step 1, checkpoint latency_ms.p50 &lt; 50</extracomment>
        <translation>Im Median kommt eine Datei aus der Nähe, in unter 50 ms.</translation>
    </message>
    <message>
        <source>An edge fails</source>
        <extracomment>cdn, step 2, title</extracomment>
        <translation>Ein Edge-Server fällt aus</translation>
    </message>
    <message>
        <source>How many requests fail while edge-eu is down?</source>
        <extracomment>cdn, step 2, question</extracomment>
        <translation>Wie viele Anfragen schlagen fehl, solange edge-eu ausgefallen ist?</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>cdn, step 2, choice 3</extracomment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The fallback to the origin keeps every request working.</source>
        <extracomment>cdn, step 2, checkpoint requests.error == 0</extracomment>
        <translation>Durch das Ausweichen auf den Ursprungsserver gelingt jede Anfrage.</translation>
    </message>
    <message>
        <source>Clients fall back to the origin after a timeout.</source>
        <extracomment>cdn, step 2, checkpoint cdn.fallbacks &gt; 1000</extracomment>
        <translation>Clients weichen nach einem Timeout auf den Ursprungsserver aus.</translation>
    </message>
    <message>
        <source>The origin sends far more bytes.</source>
        <extracomment>cdn, step 2, checkpoint cdn.origin_gb &gt; 2</extracomment>
        <translation>Der Ursprungsserver sendet weit mehr Bytes.</translation>
    </message>
    <message>
        <source>Invalidation</source>
        <extracomment>cdn, step 3, title</extracomment>
        <translation>Invalidierung</translation>
    </message>
    <message>
        <source>Compared with a minute without invalidation, how many misses?</source>
        <extracomment>cdn, step 3, question</extracomment>
        <translation>Wie viele Fehlzugriffe gibt es im Vergleich zu einer Minute ohne Invalidierung?</translation>
    </message>
    <message>
        <source>About the same</source>
        <extracomment>cdn, step 3, choice 3</extracomment>
        <translation>Etwa gleich viel</translation>
    </message>
    <message>
        <source>Nearly twice as many</source>
        <extracomment>cdn, step 3, choice 1</extracomment>
        <translation>Fast doppelt so viele</translation>
    </message>
    <message>
        <source>Ten times as many</source>
        <extracomment>cdn, step 3, choice 4</extracomment>
        <translation>Zehnmal so viele</translation>
    </message>
    <message>
        <source>About 3,500 objects were dropped, and misses rose from about 4,000 to about 7,000: each popular file is fetched from the origin once more.</source>
        <extracomment>cdn, step 3, answer explanation</extracomment>
        <translation>Etwa 3.500 Objekte wurden verworfen, und die Fehlzugriffe stiegen von etwa 4.000 auf etwa 7.000: Jede beliebte Datei wird noch einmal vom Ursprungsserver geholt.</translation>
    </message>
    <message>
        <source>The edges drop their copies.</source>
        <extracomment>cdn, step 3, checkpoint cdn.invalidated &gt; 3000</extracomment>
        <translation>Die Edge-Server verwerfen ihre Kopien.</translation>
    </message>
    <message>
        <source>Every dropped file is a miss again.</source>
        <extracomment>cdn, step 3, checkpoint cdn.misses &gt; 5500</extracomment>
        <translation>Jede verworfene Datei ist wieder ein Fehlzugriff.</translation>
    </message>
    <message>
        <source>Versioned file names</source>
        <extracomment>cdn, step 4, title</extracomment>
        <translation>Versionierte Dateinamen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Instead of invalidating, give every deploy new file names: &lt;b&gt;app.v2.css&lt;/b&gt; instead of app.css. At 30 s the pages start to link the new names. No edge has them yet, so they are misses at once, with no 5 s wait and nothing to invalidate.&lt;/p&gt;</source>
        <extracomment>cdn, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Statt zu invalidieren, gibt man jedem Deployment neue Dateinamen: &lt;b&gt;app.v2.css&lt;/b&gt; statt app.css. Ab 30 s verlinken die Seiten die neuen Namen. Noch kein Edge-Server hat sie, also sind sie sofort Fehlzugriffe, ohne 5 s Wartezeit und ohne dass etwas invalidiert werden muss.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the old files on the edges?</source>
        <extracomment>cdn, step 4, question</extracomment>
        <translation>Was passiert mit den alten Dateien auf den Edge-Servern?</translation>
    </message>
    <message>
        <source>They stay until their TTL runs out or they are evicted</source>
        <extracomment>cdn, step 4, choice 2</extracomment>
        <translation>Sie bleiben, bis ihre TTL abläuft oder sie verdrängt werden</translation>
    </message>
    <message>
        <source>Nothing was invalidated; the old copies simply stop being asked for. The new names cost about 7,000 misses, as many as the invalidation, but a user can never get an old file by mistake.</source>
        <extracomment>cdn, step 4, answer explanation</extracomment>
        <translation>Nichts wurde invalidiert; nach den alten Kopien fragt einfach niemand mehr. Die neuen Namen kosten etwa 7.000 Fehlzugriffe, so viele wie die Invalidierung, aber kein Nutzer kann versehentlich eine alte Datei bekommen.</translation>
    </message>
    <message>
        <source>Nothing is invalidated.</source>
        <extracomment>cdn, step 4, checkpoint cdn.invalidated == 0</extracomment>
        <translation>Nichts wird invalidiert.</translation>
    </message>
    <message>
        <source>The new names are fetched once from the origin.</source>
        <extracomment>cdn, step 4, checkpoint cdn.misses &gt; 5500</extracomment>
        <translation>Die neuen Namen werden einmal vom Ursprungsserver geholt.</translation>
    </message>
    <message>
        <source>The edges take almost nothing off the origin.</source>
        <extracomment>cdn, step 5, checkpoint cdn.offload &lt; 0.05</extracomment>
        <translation>Die Edge-Server nehmen dem Ursprungsserver fast nichts ab.</translation>
    </message>
    <message>
        <source>The bill is about twice the $0.55 of serving from the origin.</source>
        <extracomment>cdn, step 5, checkpoint cdn.cost_usd &gt; 0.9</extracomment>
        <translation>Die Rechnung beträgt etwa das Doppelte der 0,55 $, die die Auslieferung direkt vom Ursprungsserver kostet.</translation>
    </message>
    <message>
        <source>Dynamic content and the cache key</source>
        <extracomment>cdn, step 6, title</extracomment>
        <translation>Dynamische Inhalte und der Cache-Schlüssel</translation>
    </message>
    <message>
        <source>What happens to the offload when every user has their own copy?</source>
        <extracomment>cdn, step 6, question</extracomment>
        <translation>Was passiert mit der Entlastung (Offload), wenn jeder Nutzer seine eigene Kopie hat?</translation>
    </message>
    <message>
        <source>A per-user key makes almost every request a miss.</source>
        <extracomment>cdn, step 6, checkpoint cdn.offload &lt; 0.2</extracomment>
        <translation>Ein Schlüssel pro Nutzer macht fast jede Anfrage zum Fehlzugriff.</translation>
    </message>
    <message>
        <source>When the primary dies</source>
        <extracomment>failover, lesson title</extracomment>
        <translation>Wenn der Primärserver ausfällt</translation>
    </message>
    <message>
        <source>Promoting a replica keeps the site writing, but asynchronous replication loses the writes the primary never shipped. A faster decision, binlog recovery and semi-synchronous replication each trade something for it.</source>
        <extracomment>failover, lesson summary</extracomment>
        <translation>Wird ein Replikat zum Primärserver befördert, kann die Website weiter schreiben, aber asynchrone Replikation verliert die Schreibzugriffe, die der Primärserver nie übertragen hat. Eine schnellere Entscheidung, Binlog-Wiederherstellung und semisynchrone Replikation helfen, haben aber jeweils ihren Preis.</translation>
    </message>
    <message>
        <source>Does db2 have every write db1 acknowledged?</source>
        <extracomment>failover, step 1, question</extracomment>
        <translation>Hat db2 jeden Schreibzugriff, den db1 bestätigt hat?</translation>
    </message>
    <message>
        <source>A replica is promoted.</source>
        <extracomment>failover, step 1, checkpoint replication.promotions == 1</extracomment>
        <translation>Ein Replikat wird befördert.</translation>
    </message>
    <message>
        <source>Acknowledged writes are lost.</source>
        <extracomment>failover, step 1, checkpoint replication.lost_writes &gt; 0</extracomment>
        <translation>Bestätigte Schreibzugriffe gehen verloren.</translation>
    </message>
    <message>
        <source>Writes fail until the promotion.</source>
        <extracomment>failover, step 1, checkpoint requests.error &gt; 300</extracomment>
        <translation>Schreibzugriffe schlagen bis zur Beförderung fehl.</translation>
    </message>
    <message>
        <source>Deciding faster</source>
        <extracomment>failover, step 2, title</extracomment>
        <translation>Schneller entscheiden</translation>
    </message>
    <message>
        <source>&lt;p&gt;Five seconds is a long time to refuse writes. Here the system promotes db2 after 1 s instead. But deciding fast is risky in practice: a primary that was only slow for a moment would be replaced for nothing.&lt;/p&gt;</source>
        <extracomment>failover, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Fünf Sekunden sind lang, wenn so lange Schreibzugriffe abgelehnt werden. Hier befördert das System db2 schon nach 1 s. In der Praxis ist eine schnelle Entscheidung aber riskant: Ein Primärserver, der nur kurz langsam war, würde grundlos ersetzt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>With a faster promotion, how many acknowledged writes are lost?</source>
        <extracomment>failover, step 2, question</extracomment>
        <translation>Wie viele bestätigte Schreibzugriffe gehen bei einer schnelleren Beförderung verloren?</translation>
    </message>
    <message>
        <source>A faster promotion means fewer failed writes.</source>
        <extracomment>failover, step 2, checkpoint requests.error &lt; 300</extracomment>
        <translation>Eine schnellere Beförderung bedeutet weniger fehlgeschlagene Schreibzugriffe.</translation>
    </message>
    <message>
        <source>But the unshipped writes are still lost.</source>
        <extracomment>failover, step 2, checkpoint replication.lost_writes &gt; 0</extracomment>
        <translation>Aber die nicht übertragenen Schreibzugriffe gehen trotzdem verloren.</translation>
    </message>
    <message>
        <source>Binlog recovery</source>
        <extracomment>failover, step 4, title</extracomment>
        <translation>Binlog-Wiederherstellung</translation>
    </message>
    <message>
        <source>What is the price of replaying the binlog?</source>
        <extracomment>failover, step 4, question</extracomment>
        <translation>Was ist der Preis für das Nachspielen des Binlogs?</translation>
    </message>
    <message>
        <source>Some writes are lost anyway</source>
        <extracomment>failover, step 4, choice 2</extracomment>
        <translation>Einige Schreibzugriffe gehen trotzdem verloren</translation>
    </message>
    <message>
        <source>Stale reads for ever after</source>
        <extracomment>failover, step 4, choice 3</extracomment>
        <translation>Für immer veraltete Lesezugriffe</translation>
    </message>
    <message>
        <source>No acknowledged write is lost.</source>
        <extracomment>failover, step 4, checkpoint replication.lost_writes == 0</extracomment>
        <translation>Kein bestätigter Schreibzugriff geht verloren.</translation>
    </message>
    <message>
        <source>The missing writes are replayed from the binlog.</source>
        <extracomment>failover, step 4, checkpoint replication.recovered_writes &gt; 0</extracomment>
        <translation>Die fehlenden Schreibzugriffe werden aus dem Binlog nachgespielt.</translation>
    </message>
    <message>
        <source>The outage is longer.</source>
        <extracomment>failover, step 4, checkpoint requests.error &gt; 700</extracomment>
        <translation>Der Ausfall dauert länger.</translation>
    </message>
    <message>
        <source>Semi-synchronous replication</source>
        <extracomment>failover, step 5, title</extracomment>
        <translation>Semisynchrone Replikation</translation>
    </message>
    <message>
        <source>What does semi-synchronous replication cost?</source>
        <extracomment>failover, step 5, question</extracomment>
        <translation>Was kostet semisynchrone Replikation?</translation>
    </message>
    <message>
        <source>Slower writes</source>
        <extracomment>failover, step 5, choice 1</extracomment>
        <translation>Langsamere Schreibzugriffe</translation>
    </message>
    <message>
        <source>Writes wait for a replica: the slowest answers take over 100 ms.</source>
        <extracomment>failover, step 5, checkpoint latency_ms.p95 &gt; 100</extracomment>
        <translation>Schreibzugriffe warten auf ein Replikat: Die langsamsten Antworten dauern über 100 ms.</translation>
    </message>
    <message>
        <source>Health checks and sessions</source>
        <extracomment>health-and-sessions, lesson title</extracomment>
        <translation>Health Checks und Sitzungen</translation>
    </message>
    <message>
        <source>A balancer must know which servers are alive: no checks, active checks and passive checks. Then where a user&apos;s session lives, and why stateless servers survive a crash that stateful ones do not.</source>
        <extracomment>health-and-sessions, lesson summary</extracomment>
        <translation>Ein Load Balancer muss wissen, welche Server noch laufen: keine Checks, aktive Checks und passive Checks. Danach: wo die Sitzung eines Nutzers liegt und warum zustandslose Server einen Absturz überstehen, zustandsbehaftete aber nicht.</translation>
    </message>
    <message>
        <source>A dead server without health checks</source>
        <extracomment>health-and-sessions, step 1, title</extracomment>
        <translation>Ein ausgefallener Server ohne Health Checks</translation>
    </message>
    <message>
        <source>About half</source>
        <extracomment>zero-to-millions, step 31, choice 2</extracomment>
        <translation>Etwa die Hälfte</translation>
    </message>
    <message>
        <source>Half of all requests fail once web2 is dead.</source>
        <extracomment>health-and-sessions, step 1, checkpoint requests.error &gt; 10000</extracomment>
        <translation>Die Hälfte aller Anfragen schlägt fehl, sobald web2 ausgefallen ist.</translation>
    </message>
    <message>
        <source>They all fail on web2.</source>
        <extracomment>health-and-sessions, step 1, checkpoint nodes[web2].errors &gt; 10000</extracomment>
        <translation>Sie alle scheitern an web2.</translation>
    </message>
    <message>
        <source>Active health checks</source>
        <extracomment>health-and-sessions, step 2, title</extracomment>
        <translation>Aktive Health Checks</translation>
    </message>
    <message>
        <source>&lt;p&gt;This balancer sends each server a &lt;b&gt;health check&lt;/b&gt; every 2 seconds. Three failures in a row take a server out of the pool; two successes put it back. &lt;b&gt;web2&lt;/b&gt; dies at 20.5 s and returns at 40.5 s.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Dieser Load Balancer schickt jedem Server alle 2 Sekunden einen &lt;b&gt;Health Check&lt;/b&gt;. Drei Fehlschläge in Folge nehmen einen Server aus dem Pool; zwei Erfolge nehmen ihn wieder auf. &lt;b&gt;web2&lt;/b&gt; fällt bei 20,5 s aus und kommt bei 40,5 s zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Only the seconds before the checks notice cost errors.</source>
        <extracomment>health-and-sessions, step 2, checkpoint requests.error &lt; 1500</extracomment>
        <translation>Nur die Sekunden, bis die Checks den Ausfall bemerken, kosten Fehler.</translation>
    </message>
    <message>
        <source>web2 is back in the pool after it returns.</source>
        <extracomment>health-and-sessions, step 2, checkpoint nodes[web2].served &gt; 6000</extracomment>
        <translation>web2 ist nach seiner Rückkehr wieder im Pool.</translation>
    </message>
    <message>
        <source>Passive checks: watching real requests</source>
        <extracomment>health-and-sessions, step 4, title</extracomment>
        <translation>Passive Checks: echte Anfragen beobachten</translation>
    </message>
    <message>
        <source>&lt;p&gt;A balancer can also watch the answers to real requests. Here five errors in a row from one server &lt;b&gt;eject&lt;/b&gt; it from the pool for 30 s, and longer if it fails again after that. &lt;b&gt;web2&lt;/b&gt; dies at 10 s.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein Load Balancer kann auch die Antworten auf echte Anfragen beobachten. Hier wird ein Server nach fünf Fehlern in Folge für 30 s aus dem Pool &lt;b&gt;ausgeschlossen&lt;/b&gt;, und länger, wenn er danach erneut versagt. &lt;b&gt;web2&lt;/b&gt; fällt bei 10 s aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A handful of errors eject the dead server.</source>
        <extracomment>health-and-sessions, step 4, checkpoint requests.error &lt; 20</extracomment>
        <translation>Eine Handvoll Fehler schließt den ausgefallenen Server aus.</translation>
    </message>
    <message>
        <source>The errors that ejected it were web2&apos;s.</source>
        <extracomment>health-and-sessions, step 4, checkpoint nodes[web2].errors &gt; 0</extracomment>
        <translation>Die Fehler, die zum Ausschluss führten, kamen von web2.</translation>
    </message>
    <message>
        <source>Stateful servers</source>
        <extracomment>health-and-sessions, step 5, title</extracomment>
        <translation>Zustandsbehaftete Server</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each user has a &lt;b&gt;session&lt;/b&gt;: who they are, what is in their basket. Here it lives in the memory of the server that first served the user, and the balancer sends each user back to that server every time. At 30 s &lt;b&gt;web2&lt;/b&gt; dies.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Jeder Nutzer hat eine &lt;b&gt;Sitzung&lt;/b&gt;: wer er ist, was in seinem Warenkorb liegt. Hier liegt sie im Speicher des Servers, der den Nutzer zuerst bedient hat, und der Load Balancer schickt jeden Nutzer jedes Mal zu diesem Server zurück. Bei 30 s fällt &lt;b&gt;web2&lt;/b&gt; aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the users whose sessions lived on web2?</source>
        <extracomment>health-and-sessions, step 5, question</extracomment>
        <translation>Was passiert mit den Nutzern, deren Sitzungen auf web2 lagen?</translation>
    </message>
    <message>
        <source>Their sessions vanished with web2&apos;s memory. The balancer moved them to the other servers, where about 170 users had to log in again.</source>
        <extracomment>health-and-sessions, step 5, answer explanation</extracomment>
        <translation>Ihre Sitzungen verschwanden mit dem Speicher von web2. Der Load Balancer verteilte sie auf die anderen Server, wo sich etwa 170 Nutzer neu anmelden mussten.</translation>
    </message>
    <message>
        <source>A dead stateful server loses its users&apos; sessions.</source>
        <extracomment>health-and-sessions, step 5, checkpoint sessions.lost &gt; 100</extracomment>
        <translation>Ein ausgefallener zustandsbehafteter Server verliert die Sitzungen seiner Nutzer.</translation>
    </message>
    <message>
        <source>Stateless servers</source>
        <extracomment>health-and-sessions, step 6, title</extracomment>
        <translation>Zustandslose Server</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now every server fetches the session from a shared &lt;b&gt;session store&lt;/b&gt; and keeps nothing itself. Any server can answer any user, so servers can be added, removed or lost at will. The store adds a hop, 3 ms here, and must itself be kept alive: we moved the state, we did not remove it.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Jetzt holt jeder Server die Sitzung aus einem gemeinsamen &lt;b&gt;Sitzungsspeicher&lt;/b&gt; und hält selbst nichts vor. Jeder Server kann jeden Nutzer bedienen, also lassen sich Server beliebig hinzufügen, entfernen oder verlieren. Der Sitzungsspeicher kostet einen zusätzlichen Hop, hier 3 ms, und muss selbst am Laufen gehalten werden: Wir haben den Zustand verlagert, nicht beseitigt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web2 dies at 30 s. How many sessions are lost?</source>
        <extracomment>health-and-sessions, step 6, question</extracomment>
        <translation>web2 fällt bei 30 s aus. Wie viele Sitzungen gehen verloren?</translation>
    </message>
    <message>
        <source>About 170, as before</source>
        <extracomment>health-and-sessions, step 6, choice 1</extracomment>
        <translation>Etwa 170, wie vorher</translation>
    </message>
    <message>
        <source>All of them</source>
        <extracomment>zero-to-millions, step 9, choice 4</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Stateless servers lose no session.</source>
        <extracomment>health-and-sessions, step 6, checkpoint sessions.lost == 0</extracomment>
        <translation>Zustandslose Server verlieren keine Sitzung.</translation>
    </message>
    <message>
        <source>The price: each request waits a little longer for the store.</source>
        <extracomment>health-and-sessions, step 6, checkpoint latency_ms.p50 &gt; 43</extracomment>
        <translation>Der Preis: Jede Anfrage wartet etwas länger auf den Sitzungsspeicher.</translation>
    </message>
    <message>
        <source>Load balancing</source>
        <extracomment>load-balancing, lesson title</extracomment>
        <translation>Load Balancing</translation>
    </message>
    <message>
        <source>How a balancer chooses a server: round robin, least connections, weighted and IP hash, what each does with an unequal pool, and why the balancer itself needs a standby.</source>
        <extracomment>load-balancing, lesson summary</extracomment>
        <translation>Wie ein Load Balancer einen Server auswählt: Round Robin, Least Connections, gewichtet und IP-Hash; was jedes Verfahren mit einem ungleichen Pool macht und warum der Load Balancer selbst einen Standby braucht.</translation>
    </message>
    <message>
        <source>Round robin</source>
        <extracomment>load-balancing, step 1, title</extracomment>
        <translation>Round Robin</translation>
    </message>
    <message>
        <source>&lt;p&gt;Users send every request to the &lt;b&gt;load balancer&lt;/b&gt;; it forwards each one to a server from its pool. &lt;b&gt;Round robin&lt;/b&gt; is the simplest rule: the servers take turns. With two equal servers and 800 requests a second, each gets 400.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Die Nutzer schicken jede Anfrage an den &lt;b&gt;Load Balancer&lt;/b&gt;; er leitet jede an einen Server aus seinem Pool weiter. &lt;b&gt;Round Robin&lt;/b&gt; ist die einfachste Regel: Die Server sind abwechselnd an der Reihe. Bei zwei gleichen Servern und 800 Anfragen pro Sekunde bekommt jeder 400.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Why does round robin work well here?</source>
        <extracomment>load-balancing, step 1, question</extracomment>
        <translation>Warum funktioniert Round Robin hier gut?</translation>
    </message>
    <message>
        <source>web1 takes half of the requests...</source>
        <extracomment>load-balancing, step 1, checkpoint nodes[web1].served &gt; 11000</extracomment>
        <translation>web1 übernimmt die Hälfte der Anfragen...</translation>
    </message>
    <message>
        <source>...and web2 the other half.</source>
        <extracomment>load-balancing, step 1, checkpoint nodes[web2].served &gt; 11000</extracomment>
        <translation>...und web2 die andere Hälfte.</translation>
    </message>
    <message>
        <source>Nothing is dropped.</source>
        <extracomment>load-balancing, step 1, checkpoint requests.dropped == 0</extracomment>
        <translation>Keine Anfrage wird verworfen.</translation>
    </message>
    <message>
        <source>Round robin and an unequal pool</source>
        <extracomment>load-balancing, step 2, title</extracomment>
        <translation>Round Robin und ein ungleicher Pool</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now the pool has an old server, &lt;b&gt;web3&lt;/b&gt;: 10 workers and 120 ms a request, where web1 and web2 have 20 workers and 20 ms. It can finish about 83 requests a second. Round robin still hands it a third of 900 a second.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Jetzt gehört ein alter Server zum Pool, &lt;b&gt;web3&lt;/b&gt;: 10 Worker und 120 ms pro Anfrage, während web1 und web2 je 20 Worker und 20 ms haben. Er schafft etwa 83 Anfragen pro Sekunde. Round Robin gibt ihm trotzdem ein Drittel von 900 pro Sekunde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The slow server drops thousands of requests.</source>
        <extracomment>load-balancing, step 2, checkpoint nodes[web3].dropped &gt; 5000</extracomment>
        <translation>Der langsame Server verwirft Tausende Anfragen.</translation>
    </message>
    <message>
        <source>Requests queued on web3 wait over half a second.</source>
        <extracomment>load-balancing, step 2, checkpoint latency_ms.p95 &gt; 500</extracomment>
        <translation>Anfragen in der Warteschlange von web3 warten über eine halbe Sekunde.</translation>
    </message>
    <message>
        <source>Least connections</source>
        <extracomment>load-balancing, step 3, title</extracomment>
        <translation>Least Connections</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Least connections&lt;/b&gt; looks at how many requests each server has in progress and picks the server with the fewest. A slow server keeps its requests longer, so it looks busy and is chosen less often: the balancer adapts without being told anything.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Least Connections&lt;/b&gt; schaut, wie viele Anfragen jeder Server gerade bearbeitet, und wählt den Server mit den wenigsten. Ein langsamer Server behält seine Anfragen länger, wirkt also beschäftigt und wird seltener gewählt: Der Load Balancer passt sich an, ohne dass man ihm etwas sagen muss.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the drops when we switch to least connections?</source>
        <extracomment>load-balancing, step 3, question</extracomment>
        <translation>Was passiert mit den verworfenen Anfragen, wenn wir auf Least Connections umstellen?</translation>
    </message>
    <message>
        <source>Least connections drops nothing.</source>
        <extracomment>load-balancing, step 3, checkpoint requests.dropped == 0</extracomment>
        <translation>Least Connections verwirft nichts.</translation>
    </message>
    <message>
        <source>The slow server gets only what it can handle.</source>
        <extracomment>load-balancing, step 3, checkpoint nodes[web3].served &lt; 3000</extracomment>
        <translation>Der langsame Server bekommt nur so viel, wie er bewältigen kann.</translation>
    </message>
    <message>
        <source>Weighted round robin</source>
        <extracomment>load-balancing, step 5, title</extracomment>
        <translation>Gewichtetes Round Robin</translation>
    </message>
    <message>
        <source>IP hash</source>
        <extracomment>load-balancing, step 6, title</extracomment>
        <translation>IP-Hash</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IP hash&lt;/b&gt; turns the user&apos;s address into a server number, so each user always reaches the same server. That is what a server that keeps something in memory for its users needs. Here 300 users send 600 requests a second, and at 20 s &lt;b&gt;web3&lt;/b&gt; dies; the balancer checks its servers every 2 s.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;IP-Hash&lt;/b&gt; macht aus der Adresse des Nutzers eine Servernummer, sodass jeder Nutzer immer beim selben Server landet. Genau das braucht ein Server, der sich für seine Nutzer etwas im Speicher merkt. Hier senden 300 Nutzer 600 Anfragen pro Sekunde, und bei 20 s fällt &lt;b&gt;web3&lt;/b&gt; aus; der Load Balancer prüft seine Server alle 2 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Is the load shared exactly equally among the three servers?</source>
        <extracomment>load-balancing, step 6, question</extracomment>
        <translation>Wird die Last genau gleichmäßig auf die drei Server verteilt?</translation>
    </message>
    <message>
        <source>The split follows the addresses: web1 gets more than a third...</source>
        <extracomment>load-balancing, step 6, checkpoint nodes[web1].served &gt; 3900</extracomment>
        <translation>Die Aufteilung folgt den Adressen: web1 bekommt mehr als ein Drittel...</translation>
    </message>
    <message>
        <source>...and web2 less.</source>
        <extracomment>load-balancing, step 6, checkpoint nodes[web2].served &lt; 3700</extracomment>
        <translation>...und web2 weniger.</translation>
    </message>
    <message>
        <source>Once web3 is out of the pool, its users move to the others.</source>
        <extracomment>load-balancing, step 6, checkpoint requests.error &lt; 1500</extracomment>
        <translation>Sobald web3 aus dem Pool ist, wechseln seine Nutzer zu den anderen.</translation>
    </message>
    <message>
        <source>A standby for the balancer</source>
        <extracomment>load-balancing, step 7, title</extracomment>
        <translation>Ein Standby für den Load Balancer</translation>
    </message>
    <message>
        <source>The standby takes over the traffic.</source>
        <extracomment>load-balancing, step 7, checkpoint nodes[lb-standby].served &gt; 2000</extracomment>
        <translation>Der Standby übernimmt den Verkehr.</translation>
    </message>
    <message>
        <source>Only the seconds before the takeover fail.</source>
        <extracomment>load-balancing, step 7, checkpoint requests.error &lt; 2000</extracomment>
        <translation>Nur die Sekunden vor der Übernahme schlagen fehl.</translation>
    </message>
    <message>
        <source>Multi-master and circular replication</source>
        <extracomment>multi-master-and-rings, lesson title</extracomment>
        <translation>Multi-Master und zirkuläre Replikation</translation>
    </message>
    <message>
        <source>When every database takes writes: no promotion is needed, but writes conflict. Two ways to settle a conflict, and a ring of masters whose delays add up hop by hop.</source>
        <extracomment>multi-master-and-rings, lesson summary</extracomment>
        <translation>Wenn jede Datenbank Schreibzugriffe annimmt: Es braucht keine Beförderung, aber Schreibzugriffe geraten in Konflikt. Zwei Wege, einen Konflikt aufzulösen, und ein Ring aus Mastern, dessen Verzögerungen sich von Hop zu Hop addieren.</translation>
    </message>
    <message>
        <source>Three masters, last writer wins</source>
        <extracomment>multi-master-and-rings, step 1, title</extracomment>
        <translation>Drei Master, der letzte Schreiber gewinnt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each web server writes to its own master, &lt;b&gt;db1&lt;/b&gt;, &lt;b&gt;db2&lt;/b&gt; or &lt;b&gt;db3&lt;/b&gt;, and every master ships its writes to the other two. A write takes about 60 ms to reach the others. If two masters change the same key within that time, they &lt;b&gt;conflict&lt;/b&gt;; here the later write wins.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Jeder Webserver schreibt auf seinen eigenen Master, &lt;b&gt;db1&lt;/b&gt;, &lt;b&gt;db2&lt;/b&gt; oder &lt;b&gt;db3&lt;/b&gt;, und jeder Master überträgt seine Schreibzugriffe an die beiden anderen. Ein Schreibzugriff braucht etwa 60 ms bis zu den anderen. Ändern zwei Master in dieser Zeit denselben Schlüssel, geraten sie in &lt;b&gt;Konflikt&lt;/b&gt;; hier gewinnt der spätere Schreibzugriff.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>db3 dies at 20 s. What does the system need to do?</source>
        <extracomment>multi-master-and-rings, step 1, question</extracomment>
        <translation>db3 fällt bei 20 s aus. Was muss das System tun?</translation>
    </message>
    <message>
        <source>Nothing: the other masters keep taking writes</source>
        <extracomment>multi-master-and-rings, step 1, choice 3</extracomment>
        <translation>Nichts: Die anderen Master nehmen weiter Schreibzugriffe an</translation>
    </message>
    <message>
        <source>No promotion is needed.</source>
        <extracomment>multi-master-and-rings, step 1, checkpoint replication.promotions == 0</extracomment>
        <translation>Keine Beförderung nötig.</translation>
    </message>
    <message>
        <source>A dead master costs almost nothing.</source>
        <extracomment>multi-master-and-rings, step 1, checkpoint requests.error &lt; 20</extracomment>
        <translation>Ein ausgefallener Master kostet fast nichts.</translation>
    </message>
    <message>
        <source>Conflicting writes are thrown away without a word.</source>
        <extracomment>multi-master-and-rings, step 1, checkpoint replication.discarded_updates &gt; 200</extracomment>
        <translation>Konkurrierende Schreibzugriffe werden kommentarlos verworfen.</translation>
    </message>
    <message>
        <source>First committer wins</source>
        <extracomment>multi-master-and-rings, step 3, title</extracomment>
        <translation>Wer zuerst festschreibt, gewinnt</translation>
    </message>
    <message>
        <source>With certification, what happens to the losing writes?</source>
        <extracomment>multi-master-and-rings, step 3, question</extracomment>
        <translation>Was passiert bei Zertifizierung mit den unterlegenen Schreibzugriffen?</translation>
    </message>
    <message>
        <source>They are rolled back and their users get an error</source>
        <extracomment>multi-master-and-rings, step 3, choice 1</extracomment>
        <translation>Sie werden zurückgerollt, und ihre Nutzer bekommen einen Fehler</translation>
    </message>
    <message>
        <source>About 950 writes were rolled back, and each of those users got an error; nothing was discarded in silence. Checking costs time: the median request takes about 94 ms.</source>
        <extracomment>multi-master-and-rings, step 3, answer explanation</extracomment>
        <translation>Etwa 950 Schreibzugriffe wurden zurückgerollt, und jeder dieser Nutzer bekam einen Fehler; nichts wurde stillschweigend verworfen. Die Prüfung kostet Zeit: Eine Anfrage dauert im Median etwa 94 ms.</translation>
    </message>
    <message>
        <source>Conflicting writes are rolled back...</source>
        <extracomment>multi-master-and-rings, step 3, checkpoint replication.rolled_back &gt; 500</extracomment>
        <translation>Konkurrierende Schreibzugriffe werden zurückgerollt...</translation>
    </message>
    <message>
        <source>...and none is thrown away silently.</source>
        <extracomment>multi-master-and-rings, step 3, checkpoint replication.discarded_updates == 0</extracomment>
        <translation>...und keiner wird stillschweigend verworfen.</translation>
    </message>
    <message>
        <source>Their users are told: errors.</source>
        <extracomment>multi-master-and-rings, step 3, checkpoint requests.error &gt; 500</extracomment>
        <translation>Ihre Nutzer erfahren davon: Fehler.</translation>
    </message>
    <message>
        <source>A ring of three</source>
        <extracomment>multi-master-and-rings, step 4, title</extracomment>
        <translation>Ein Ring aus drei Mastern</translation>
    </message>
    <message>
        <source>What happens to writes that reached dbB but that dbB had not passed on when it died?</source>
        <extracomment>multi-master-and-rings, step 4, question</extracomment>
        <translation>Was passiert mit Schreibzugriffen, die dbB schon erreicht hatten, die dbB aber vor seinem Ausfall noch nicht weitergegeben hatte?</translation>
    </message>
    <message>
        <source>They are stranded: the rest of the ring never gets them</source>
        <extracomment>multi-master-and-rings, step 4, choice 2</extracomment>
        <translation>Sie stranden: Der Rest des Rings bekommt sie nie</translation>
    </message>
    <message>
        <source>They are sent again by the web server</source>
        <extracomment>multi-master-and-rings, step 4, choice 3</extracomment>
        <translation>Der Webserver sendet sie erneut</translation>
    </message>
    <message>
        <source>A ring of ten</source>
        <extracomment>multi-master-and-rings, step 5, title</extracomment>
        <translation>Ein Ring aus zehn Mastern</translation>
    </message>
    <message>
        <source>The last node is about 45 ms behind.</source>
        <extracomment>multi-master-and-rings, step 5, checkpoint replication.max_lag_ms &gt; 40</extracomment>
        <translation>Der letzte Knoten liegt etwa 45 ms zurück.</translation>
    </message>
    <message>
        <source>Reads on the far side of the ring can be stale.</source>
        <extracomment>multi-master-and-rings, step 5, checkpoint replication.stale_reads &gt; 0</extracomment>
        <translation>Lesezugriffe auf der anderen Seite des Rings können veraltet sein.</translation>
    </message>
    <message>
        <source>From one server to two</source>
        <extracomment>one-server-to-two, lesson title</extracomment>
        <translation>Von einem Server zu zwei</translation>
    </message>
    <message>
        <source>A single server runs out of room; a load balancer and a second server share the load, and survive one of them dying.</source>
        <extracomment>one-server-to-two, lesson summary</extracomment>
        <translation>Ein einzelner Server stößt an seine Grenzen; ein Load Balancer und ein zweiter Server teilen sich die Last und überstehen den Ausfall eines der beiden.</translation>
    </message>
    <message>
        <source>One server does everything</source>
        <extracomment>one-server-to-two, step 1, title</extracomment>
        <translation>Ein Server macht alles</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every request goes to &lt;b&gt;web1&lt;/b&gt;. It can work on 8 requests at once; each takes 30 ms. At 200 requests a second it keeps up.&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Jede Anfrage geht an &lt;b&gt;web1&lt;/b&gt;. Er kann 8 Anfragen gleichzeitig bearbeiten; jede dauert 30 ms. Bei 200 Anfragen pro Sekunde kommt er hinterher.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>At 200 requests a second nothing is dropped.</source>
        <extracomment>one-server-to-two, step 1, checkpoint requests.dropped == 0</extracomment>
        <translation>Bei 200 Anfragen pro Sekunde wird nichts verworfen.</translation>
    </message>
    <message>
        <source>Twice the users</source>
        <extracomment>one-server-to-two, step 2, title</extracomment>
        <translation>Doppelt so viele Nutzer</translation>
    </message>
    <message>
        <source>Beyond what one server can do, requests are dropped.</source>
        <extracomment>one-server-to-two, step 2, checkpoint requests.dropped &gt; 1000</extracomment>
        <translation>Mehr, als ein Server schafft, wird verworfen.</translation>
    </message>
    <message>
        <source>A load balancer and a second server</source>
        <extracomment>one-server-to-two, step 3, title</extracomment>
        <translation>Ein Load Balancer und ein zweiter Server</translation>
    </message>
    <message>
        <source>&lt;p&gt;The balancer sends requests to web1 and web2 in turn. Each gets about 200 a second: both keep up.&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Der Load Balancer schickt die Anfragen abwechselnd an web1 und web2. Jeder bekommt etwa 200 pro Sekunde: Beide kommen hinterher.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Two servers share 400 requests a second without dropping any.</source>
        <extracomment>one-server-to-two, step 3, checkpoint requests.dropped == 0</extracomment>
        <translation>Zwei Server teilen sich 400 Anfragen pro Sekunde, ohne eine zu verwerfen.</translation>
    </message>
    <message>
        <source>web2 takes its half.</source>
        <extracomment>one-server-to-two, step 3, checkpoint nodes[web2].served &gt; 3000</extracomment>
        <translation>web2 übernimmt seine Hälfte.</translation>
    </message>
    <message>
        <source>Database replication</source>
        <extracomment>replication, lesson title</extracomment>
        <translation>Datenbankreplikation</translation>
    </message>
    <message>
        <source>A primary for writes and replicas for reads: how replicas share the load, why asynchronous replicas return stale data, and what happens to reads when replicas die.</source>
        <extracomment>replication, lesson summary</extracomment>
        <translation>Ein Primärserver für Schreibzugriffe und Replikate für Lesezugriffe: wie Replikate die Last teilen, warum asynchrone Replikate veraltete Daten liefern und was mit den Lesezugriffen passiert, wenn Replikate ausfallen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;db1&lt;/b&gt; is the primary: every write goes there. It copies each write to two replicas, &lt;b&gt;db2&lt;/b&gt; and &lt;b&gt;db3&lt;/b&gt;, and the web servers send their reads to the replicas. 70 % of the 400 requests a second are reads.&lt;/p&gt;</source>
        <extracomment>replication, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;db1&lt;/b&gt; ist der Primärserver: Jeder Schreibzugriff geht dorthin. Er kopiert jeden Schreibzugriff auf zwei Replikate, &lt;b&gt;db2&lt;/b&gt; und &lt;b&gt;db3&lt;/b&gt;, und die Webserver schicken ihre Lesezugriffe an die Replikate. 70 % der 400 Anfragen pro Sekunde sind Lesezugriffe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>If reads grow and writes do not, what do we add?</source>
        <extracomment>replication, step 1, question</extracomment>
        <translation>Wenn die Lesezugriffe wachsen, die Schreibzugriffe aber nicht: Was fügen wir hinzu?</translation>
    </message>
    <message>
        <source>Another primary</source>
        <extracomment>replication, step 1, choice 1</extracomment>
        <translation>Einen weiteren Primärserver</translation>
    </message>
    <message>
        <source>More replicas</source>
        <extracomment>replication, step 1, choice 2</extracomment>
        <translation>Mehr Replikate</translation>
    </message>
    <message>
        <source>db2 answers reads...</source>
        <extracomment>replication, step 1, checkpoint nodes[db2].served &gt; 4000</extracomment>
        <translation>db2 beantwortet Lesezugriffe...</translation>
    </message>
    <message>
        <source>...and so does db3.</source>
        <extracomment>replication, step 1, checkpoint nodes[db3].served &gt; 4000</extracomment>
        <translation>...und db3 ebenso.</translation>
    </message>
    <message>
        <source>The primary handles only the writes.</source>
        <extracomment>replication, step 1, checkpoint nodes[db1].served &lt; 4000</extracomment>
        <translation>Der Primärserver bearbeitet nur die Schreibzugriffe.</translation>
    </message>
    <message>
        <source>Every request succeeds.</source>
        <extracomment>replication, step 1, checkpoint requests.error == 0</extracomment>
        <translation>Jede Anfrage gelingt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Replication here is &lt;b&gt;asynchronous&lt;/b&gt;: db1 commits a write, answers &quot;done&quot;, and ships it to the replicas afterwards, about 100 ms later. In between, a replica still has the old value, and a read sent there gets it: a &lt;b&gt;stale read&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>replication, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Die Replikation ist hier &lt;b&gt;asynchron&lt;/b&gt;: db1 schreibt einen Schreibzugriff fest, antwortet „fertig“ und überträgt ihn erst danach an die Replikate, etwa 100 ms später. Dazwischen hat ein Replikat noch den alten Wert, und ein Lesezugriff, der dort landet, bekommt ihn: ein &lt;b&gt;veralteter Lesezugriff&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Out of about 8,500 reads in 30 s, how many do you expect to be stale?</source>
        <extracomment>replication, step 2, question</extracomment>
        <translation>Wie viele von etwa 8.500 Lesezugriffen in 30 s sind vermutlich veraltet?</translation>
    </message>
    <message>
        <source>Asynchronous replicas return old values.</source>
        <extracomment>replication, step 2, checkpoint replication.stale_reads &gt; 1000</extracomment>
        <translation>Asynchrone Replikate liefern alte Werte.</translation>
    </message>
    <message>
        <source>They lag about 100 ms behind the primary.</source>
        <extracomment>replication, step 2, checkpoint replication.max_lag_ms &gt;= 100</extracomment>
        <translation>Sie hinken etwa 100 ms hinter dem Primärserver her.</translation>
    </message>
    <message>
        <source>The comment appears twice</source>
        <extracomment>replication, step 3, choice 3</extracomment>
        <translation>Der Kommentar erscheint doppelt</translation>
    </message>
    <message>
        <source>A longer delay means more stale reads.</source>
        <extracomment>replication, step 3, checkpoint replication.stale_reads &gt; 4000</extracomment>
        <translation>Längere Verzögerung heißt mehr veraltete Lesezugriffe.</translation>
    </message>
    <message>
        <source>Replicas are now half a second behind.</source>
        <extracomment>replication, step 3, checkpoint replication.max_lag_ms &gt;= 500</extracomment>
        <translation>Die Replikate liegen jetzt eine halbe Sekunde zurück.</translation>
    </message>
    <message>
        <source>Users miss their own writes.</source>
        <extracomment>replication, step 3, checkpoint replication.read_your_writes_violations &gt; 400</extracomment>
        <translation>Nutzer sehen ihre eigenen Schreibzugriffe nicht.</translation>
    </message>
    <message>
        <source>A replica dies</source>
        <extracomment>replication, step 5, title</extracomment>
        <translation>Ein Replikat fällt aus</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to 100 ms. At 10 s replica &lt;b&gt;db3&lt;/b&gt; dies. The web servers stop sending it reads and use &lt;b&gt;db2&lt;/b&gt;, the replica that is left; in a real system a new replica would be set up to replace db3.&lt;/p&gt;</source>
        <extracomment>replication, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Zurück zu 100 ms. Bei 10 s fällt das Replikat &lt;b&gt;db3&lt;/b&gt; aus. Die Webserver schicken ihm keine Lesezugriffe mehr und nutzen &lt;b&gt;db2&lt;/b&gt;, das verbliebene Replikat; in einem echten System würde ein neues Replikat als Ersatz für db3 aufgesetzt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What does losing one of two replicas cost?</source>
        <extracomment>replication, step 5, question</extracomment>
        <translation>Was kostet der Verlust eines von zwei Replikaten?</translation>
    </message>
    <message>
        <source>Nothing at all</source>
        <extracomment>millions-and-beyond, step 8, choice 3</extracomment>
        <translation>Gar nichts</translation>
    </message>
    <message>
        <source>Hardly any request fails.</source>
        <extracomment>replication, step 5, checkpoint requests.error &lt; 20</extracomment>
        <translation>Kaum eine Anfrage schlägt fehl.</translation>
    </message>
    <message>
        <source>The remaining replica takes all the reads.</source>
        <extracomment>replication, step 5, checkpoint nodes[db2].served &gt; 6500</extracomment>
        <translation>Das verbliebene Replikat übernimmt alle Lesezugriffe.</translation>
    </message>
    <message>
        <source>No replica left</source>
        <extracomment>replication, step 6, title</extracomment>
        <translation>Kein Replikat mehr übrig</translation>
    </message>
    <message>
        <source>What happens to stale reads once only the primary answers?</source>
        <extracomment>replication, step 6, question</extracomment>
        <translation>Was passiert mit veralteten Lesezugriffen, sobald nur noch der Primärserver antwortet?</translation>
    </message>
    <message>
        <source>They stop</source>
        <extracomment>replication, step 6, choice 3</extracomment>
        <translation>Sie hören auf</translation>
    </message>
    <message>
        <source>They stay as they were</source>
        <extracomment>replication, step 6, choice 2</extracomment>
        <translation>Sie bleiben wie bisher</translation>
    </message>
    <message>
        <source>The primary answers the reads too.</source>
        <extracomment>replication, step 6, checkpoint nodes[db1].served &gt; 5500</extracomment>
        <translation>Der Primärserver beantwortet auch die Lesezugriffe.</translation>
    </message>
    <message>
        <source>No stale reads after the replicas are gone.</source>
        <extracomment>replication, step 6, checkpoint replication.stale_reads &lt; 2200</extracomment>
        <translation>Keine veralteten Lesezugriffe mehr, nachdem die Replikate weg sind.</translation>
    </message>
    <message>
        <source>Zero to Millions</source>
        <extracomment>zero-to-millions, lesson title</extracomment>
        <translation>Von null auf Millionen</translation>
    </message>
    <message>
        <source>From one server to an architecture for millions of users, one idea at a time: a separate database, load balancing, health checks, stateless servers, replication and failover, multi-master and rings, a cache and a CDN. Every claim is shown by the live run.</source>
        <extracomment>zero-to-millions, lesson summary</extracomment>
        <translation>Von einem Server zu einer Architektur für Millionen von Nutzern, eine Idee nach der anderen: eine separate Datenbank, Load Balancing, Health Checks, zustandslose Server, Replikation und Failover, Multi-Master und Ringe, ein Cache und ein CDN. Jede Aussage wird durch die Live-Simulation belegt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every site starts here: all requests go straight to one machine, &lt;b&gt;web1&lt;/b&gt;, which runs the code, keeps the data and sends the files. It has 8 workers, and each request keeps a worker busy for 30 ms. Our users send &lt;b&gt;200 requests a second&lt;/b&gt;, and for now that fits.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Jede Website fängt so an: Alle Anfragen gehen direkt an eine Maschine, &lt;b&gt;web1&lt;/b&gt;, die den Code ausführt, die Daten hält und die Dateien verschickt. Sie hat 8 Worker, und jede Anfrage beschäftigt einen Worker 30 ms lang. Unsere Nutzer senden &lt;b&gt;200 Anfragen pro Sekunde&lt;/b&gt;, und das passt vorerst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web1 has 8 workers and every request takes 30 ms. How many requests a second can it finish at most?</source>
        <extracomment>zero-to-millions, step 1, question</extracomment>
        <translation>web1 hat 8 Worker, und jede Anfrage dauert 30 ms. Wie viele Anfragen pro Sekunde kann er höchstens abarbeiten?</translation>
    </message>
    <message>
        <source>At 200 requests a second web1 drops nothing.</source>
        <extracomment>zero-to-millions, step 1, checkpoint requests.dropped == 0</extracomment>
        <translation>Bei 200 Anfragen pro Sekunde verwirft web1 nichts.</translation>
    </message>
    <message>
        <source>web1 alone answered all of about 6,000 requests in 30 s.</source>
        <extracomment>zero-to-millions, step 1, checkpoint nodes[web1].served &gt; 5000</extracomment>
        <translation>web1 hat die etwa 6.000 Anfragen in 30 s ganz allein beantwortet.</translation>
    </message>
    <message>
        <source>Success: twice the users</source>
        <extracomment>zero-to-millions, step 2, title</extracomment>
        <translation>Erfolg: doppelt so viele Nutzer</translation>
    </message>
    <message>
        <source>&lt;p&gt;The site becomes popular and traffic doubles to &lt;b&gt;400 requests a second&lt;/b&gt;, far past the 267 web1 can finish. The extra requests wait in web1&apos;s queue, which holds 50. Once it is full, there is nowhere left to put a new request.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Die Website wird beliebt, und der Verkehr verdoppelt sich auf &lt;b&gt;400 Anfragen pro Sekunde&lt;/b&gt;, weit über die 267, die web1 schafft. Die überzähligen Anfragen warten in der Warteschlange von web1, die 50 fasst. Ist sie voll, gibt es keinen Platz mehr für eine neue Anfrage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to requests that arrive once web1&apos;s queue is full?</source>
        <extracomment>one-server-to-two, step 2, question</extracomment>
        <translation>Was passiert mit Anfragen, die ankommen, wenn die Warteschlange von web1 voll ist?</translation>
    </message>
    <message>
        <source>Past its limit, one server drops thousands of requests.</source>
        <extracomment>zero-to-millions, step 2, checkpoint requests.dropped &gt; 3000</extracomment>
        <translation>Über seiner Grenze verwirft ein Server Tausende Anfragen.</translation>
    </message>
    <message>
        <source>The requests that get in wait: the median answer takes well over 150 ms.</source>
        <extracomment>zero-to-millions, step 2, checkpoint latency_ms.p50 &gt; 150</extracomment>
        <translation>Die Anfragen, die hineinkommen, warten: Die Antwort dauert im Median weit über 150 ms.</translation>
    </message>
    <message>
        <source>A separate database</source>
        <extracomment>zero-to-millions, step 3, title</extracomment>
        <translation>Eine separate Datenbank</translation>
    </message>
    <message>
        <source>&lt;p&gt;Before adding servers we split the work in two: &lt;b&gt;web1&lt;/b&gt; runs the code and &lt;b&gt;db1&lt;/b&gt; keeps the data. Each tier can now grow on its own, and the web server holds nothing that a user needs later. But every request still needs the one database, and this scenario stops it from 40 s to 45 s.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bevor wir Server hinzufügen, teilen wir die Arbeit auf: &lt;b&gt;web1&lt;/b&gt; führt den Code aus, und &lt;b&gt;db1&lt;/b&gt; hält die Daten. Jede Schicht kann jetzt für sich wachsen, und der Webserver hält nichts, was ein Nutzer später braucht. Aber jede Anfrage braucht weiterhin die eine Datenbank, und dieses Szenario hält sie von 40 s bis 45 s an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>db1 is down from 40 s to 45 s. What happens to the requests in those five seconds?</source>
        <extracomment>zero-to-millions, step 3, question</extracomment>
        <translation>db1 ist von 40 s bis 45 s ausgefallen. Was passiert mit den Anfragen in diesen fünf Sekunden?</translation>
    </message>
    <message>
        <source>web1 answers them from its memory</source>
        <extracomment>zero-to-millions, step 3, choice 2</extracomment>
        <translation>web1 beantwortet sie aus seinem Speicher</translation>
    </message>
    <message>
        <source>They wait, and succeed when db1 is back</source>
        <extracomment>zero-to-millions, step 3, choice 3</extracomment>
        <translation>Sie warten und gelingen, sobald db1 zurück ist</translation>
    </message>
    <message>
        <source>Every request reaches the database: about 9,000 in the first 30 s.</source>
        <extracomment>zero-to-millions, step 3, checkpoint nodes[db1].served &gt; 8000</extracomment>
        <translation>Jede Anfrage erreicht die Datenbank: etwa 9.000 in den ersten 30 s.</translation>
    </message>
    <message>
        <source>Five seconds without the database fail every request in them.</source>
        <extracomment>zero-to-millions, step 3, checkpoint requests.error &gt; 1000</extracomment>
        <translation>Fünf Sekunden ohne Datenbank: Jede Anfrage in dieser Zeit schlägt fehl.</translation>
    </message>
    <message>
        <source>A load balancer: round robin</source>
        <extracomment>zero-to-millions, step 4, title</extracomment>
        <translation>Ein Load Balancer: Round Robin</translation>
    </message>
    <message>
        <source>&lt;p&gt;One web server cannot grow forever, so we add a second one and put a &lt;b&gt;load balancer&lt;/b&gt; in front. Users now talk only to the balancer; it keeps a pool of servers and picks one for each request. &lt;b&gt;Round robin&lt;/b&gt; takes them in turn: web1, web2, web1, web2.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein Webserver kann nicht ewig wachsen, also fügen wir einen zweiten hinzu und stellen einen &lt;b&gt;Load Balancer&lt;/b&gt; davor. Die Nutzer sprechen jetzt nur noch mit dem Load Balancer; er verwaltet einen Pool von Servern und wählt für jede Anfrage einen aus. &lt;b&gt;Round Robin&lt;/b&gt; nimmt sie abwechselnd: web1, web2, web1, web2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Which address do users need to know now?</source>
        <extracomment>zero-to-millions, step 4, question</extracomment>
        <translation>Welche Adresse müssen die Nutzer jetzt kennen?</translation>
    </message>
    <message>
        <source>Both web1&apos;s and web2&apos;s</source>
        <extracomment>zero-to-millions, step 4, choice 1</extracomment>
        <translation>Die von web1 und die von web2</translation>
    </message>
    <message>
        <source>Only the balancer&apos;s</source>
        <extracomment>zero-to-millions, step 4, choice 4</extracomment>
        <translation>Nur die des Load Balancers</translation>
    </message>
    <message>
        <source>Whichever server answered them last</source>
        <extracomment>zero-to-millions, step 4, choice 2</extracomment>
        <translation>Die des Servers, der zuletzt geantwortet hat</translation>
    </message>
    <message>
        <source>The balancer is the front door. Servers can be added or removed behind it and users never notice. Of 800 requests a second, each server got exactly half: about 12,000 each in 30 s.</source>
        <extracomment>zero-to-millions, step 4, answer explanation</extracomment>
        <translation>Der Load Balancer ist die Eingangstür. Dahinter lassen sich Server hinzufügen oder entfernen, ohne dass die Nutzer es merken. Von 800 Anfragen pro Sekunde bekam jeder Server genau die Hälfte: etwa 12.000 pro Server in 30 s.</translation>
    </message>
    <message>
        <source>Two servers carry 800 requests a second without dropping any.</source>
        <extracomment>zero-to-millions, step 4, checkpoint requests.dropped == 0</extracomment>
        <translation>Zwei Server bewältigen 800 Anfragen pro Sekunde, ohne eine zu verwerfen.</translation>
    </message>
    <message>
        <source>Round robin meets a slow server</source>
        <extracomment>zero-to-millions, step 5, title</extracomment>
        <translation>Round Robin trifft auf einen langsamen Server</translation>
    </message>
    <message>
        <source>&lt;p&gt;Servers are not always equal. &lt;b&gt;web3&lt;/b&gt; is an old machine: 10 workers at 120 ms a request, against 20 workers at 20 ms for web1 and web2. Round robin does not look at that: it still gives web3 a third of the 900 requests a second, about 300, when web3 can finish about 83.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Server sind nicht immer gleich. &lt;b&gt;web3&lt;/b&gt; ist eine alte Maschine: 10 Worker mit 120 ms pro Anfrage, gegenüber 20 Workern mit 20 ms bei web1 und web2. Round Robin achtet nicht darauf: Es gibt web3 trotzdem ein Drittel der 900 Anfragen pro Sekunde, etwa 300, obwohl web3 nur etwa 83 schafft.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the requests round robin sends to web3?</source>
        <extracomment>zero-to-millions, step 5, question</extracomment>
        <translation>Was passiert mit den Anfragen, die Round Robin an web3 schickt?</translation>
    </message>
    <message>
        <source>web3 handles them, only more slowly</source>
        <extracomment>zero-to-millions, step 5, choice 1</extracomment>
        <translation>web3 bearbeitet sie, nur langsamer</translation>
    </message>
    <message>
        <source>Its queue overflows and many are dropped</source>
        <extracomment>zero-to-millions, step 5, choice 3</extracomment>
        <translation>Seine Warteschlange läuft über, und viele werden verworfen</translation>
    </message>
    <message>
        <source>The balancer notices and sends them elsewhere</source>
        <extracomment>zero-to-millions, step 5, choice 2</extracomment>
        <translation>Der Load Balancer bemerkt es und schickt sie woandershin</translation>
    </message>
    <message>
        <source>Round robin overloads the slow server: thousands of requests are dropped.</source>
        <extracomment>zero-to-millions, step 5, checkpoint nodes[web3].dropped &gt; 5000</extracomment>
        <translation>Round Robin überlastet den langsamen Server: Tausende Anfragen werden verworfen.</translation>
    </message>
    <message>
        <source>The slowest answers take over half a second.</source>
        <extracomment>zero-to-millions, step 5, checkpoint latency_ms.p95 &gt; 500</extracomment>
        <translation>Die langsamsten Antworten dauern über eine halbe Sekunde.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Least connections&lt;/b&gt; sends each request to the server with the fewest requests in progress. A slow server holds on to its requests longer, so it looks busy and gets fewer new ones. Same servers, same traffic: one setting changed.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Least Connections&lt;/b&gt; schickt jede Anfrage an den Server mit den wenigsten laufenden Anfragen. Ein langsamer Server hält seine Anfragen länger fest, wirkt also beschäftigt und bekommt weniger neue. Dieselben Server, derselbe Verkehr: Nur eine Einstellung wurde geändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>With least connections, how much of the traffic does the slow web3 get?</source>
        <extracomment>zero-to-millions, step 6, question</extracomment>
        <translation>Wie viel des Verkehrs bekommt der langsame web3 mit Least Connections?</translation>
    </message>
    <message>
        <source>Less than a tenth</source>
        <extracomment>zero-to-millions, step 6, choice 2</extracomment>
        <translation>Weniger als ein Zehntel</translation>
    </message>
    <message>
        <source>None at all</source>
        <extracomment>zero-to-millions, step 6, choice 1</extracomment>
        <translation>Gar nichts</translation>
    </message>
    <message>
        <source>The slowest answers are back under 200 ms.</source>
        <extracomment>zero-to-millions, step 6, checkpoint latency_ms.p95 &lt; 200</extracomment>
        <translation>Die langsamsten Antworten liegen wieder unter 200 ms.</translation>
    </message>
    <message>
        <source>IP hash: the same user, the same server</source>
        <extracomment>zero-to-millions, step 8, title</extracomment>
        <translation>IP-Hash: derselbe Nutzer, derselbe Server</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IP hash&lt;/b&gt; picks the server from the user&apos;s address, so each user lands on the same server every time: handy when a server remembers something about its users. With 300 users the split follows their addresses, not turns, so it is a little uneven. At 20 s &lt;b&gt;web3&lt;/b&gt; dies.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 8, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;IP-Hash&lt;/b&gt; wählt den Server anhand der Adresse des Nutzers, sodass jeder Nutzer jedes Mal beim selben Server landet: praktisch, wenn sich ein Server etwas über seine Nutzer merkt. Bei 300 Nutzern folgt die Aufteilung ihren Adressen, nicht der Reihenfolge, und ist daher etwas ungleich. Bei 20 s fällt &lt;b&gt;web3&lt;/b&gt; aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web3 dies at 20 s. Whose server changes?</source>
        <extracomment>zero-to-millions, step 8, question</extracomment>
        <translation>web3 fällt bei 20 s aus. Bei wem ändert sich der Server?</translation>
    </message>
    <message>
        <source>Everyone&apos;s: all users are spread again</source>
        <extracomment>zero-to-millions, step 8, choice 1</extracomment>
        <translation>Bei allen: Alle Nutzer werden neu verteilt</translation>
    </message>
    <message>
        <source>Only the users who were on web3</source>
        <extracomment>zero-to-millions, step 8, choice 3</extracomment>
        <translation>Nur bei den Nutzern, die auf web3 waren</translation>
    </message>
    <message>
        <source>Nobody&apos;s: web3&apos;s users keep failing</source>
        <extracomment>zero-to-millions, step 8, choice 2</extracomment>
        <translation>Bei niemandem: Die Nutzer von web3 bekommen weiter Fehler</translation>
    </message>
    <message>
        <source>Only web3&apos;s users are hashed again, onto web1 and web2; everyone else keeps their server. web3&apos;s users saw about 850 errors before the balancer took web3 out of the pool, which is the next idea.</source>
        <extracomment>zero-to-millions, step 8, answer explanation</extracomment>
        <translation>Nur die Nutzer von web3 werden neu gehasht, auf web1 und web2; alle anderen behalten ihren Server. Die Nutzer von web3 sahen etwa 850 Fehler, bevor der Load Balancer web3 aus dem Pool nahm, und genau darum geht es im nächsten Schritt.</translation>
    </message>
    <message>
        <source>The split follows addresses, not turns: web1 gets more than its third...</source>
        <extracomment>zero-to-millions, step 8, checkpoint nodes[web1].served &gt; 3900</extracomment>
        <translation>Die Aufteilung folgt den Adressen, nicht der Reihenfolge: web1 bekommt mehr als sein Drittel...</translation>
    </message>
    <message>
        <source>Once web3 is out of the pool its users are served by the others.</source>
        <extracomment>zero-to-millions, step 8, checkpoint requests.error &lt; 1500</extracomment>
        <translation>Sobald web3 aus dem Pool ist, werden seine Nutzer von den anderen bedient.</translation>
    </message>
    <message>
        <source>web2 dies at 30 s. What share of the requests fails from then on?</source>
        <extracomment>zero-to-millions, step 9, question</extracomment>
        <translation>web2 fällt bei 30 s aus. Welcher Anteil der Anfragen schlägt ab dann fehl?</translation>
    </message>
    <message>
        <source>None: web1 takes over</source>
        <extracomment>zero-to-millions, step 9, choice 2</extracomment>
        <translation>Keiner: web1 übernimmt</translation>
    </message>
    <message>
        <source>Every second request still goes to web2 and fails: about 12,000 errors in the last 30 s. A balancer has to know which of its servers are alive.</source>
        <extracomment>zero-to-millions, step 9, answer explanation</extracomment>
        <translation>Jede zweite Anfrage geht weiterhin an web2 und schlägt fehl: etwa 12.000 Fehler in den letzten 30 s. Ein Load Balancer muss wissen, welche seiner Server noch laufen.</translation>
    </message>
    <message>
        <source>Without health checks, half of all requests fail after web2 dies.</source>
        <extracomment>zero-to-millions, step 9, checkpoint requests.error &gt; 10000</extracomment>
        <translation>Ohne Health Checks schlägt nach dem Ausfall von web2 die Hälfte aller Anfragen fehl.</translation>
    </message>
    <message>
        <source>Health checks</source>
        <extracomment>zero-to-millions, step 10, title</extracomment>
        <translation>Health Checks</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now the balancer &lt;b&gt;checks&lt;/b&gt; each server every 2 seconds. Three failed checks in a row mark a server down and take it out of the pool; two good checks bring it back. web2 dies at 20.5 s and comes back at 40.5 s.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 10, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Jetzt &lt;b&gt;prüft&lt;/b&gt; der Load Balancer jeden Server alle 2 Sekunden. Drei fehlgeschlagene Checks in Folge markieren einen Server als ausgefallen und nehmen ihn aus dem Pool; zwei erfolgreiche Checks holen ihn zurück. web2 fällt bei 20,5 s aus und kommt bei 40,5 s zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How long do requests keep failing after web2 dies?</source>
        <extracomment>zero-to-millions, step 10, question</extracomment>
        <translation>Wie lange schlagen nach dem Ausfall von web2 noch Anfragen fehl?</translation>
    </message>
    <message>
        <source>A few seconds, until three checks have failed</source>
        <extracomment>zero-to-millions, step 10, choice 3</extracomment>
        <translation>Ein paar Sekunden, bis drei Checks fehlgeschlagen sind</translation>
    </message>
    <message>
        <source>Until web2 comes back at 40.5 s</source>
        <extracomment>zero-to-millions, step 10, choice 4</extracomment>
        <translation>Bis web2 bei 40,5 s zurückkommt</translation>
    </message>
    <message>
        <source>Requests to web2 fail until the third failed check, about 5.5 s later: about 1,100 errors, then none. When web2 is back, two good checks return it to the pool and it takes its share again.</source>
        <extracomment>zero-to-millions, step 10, answer explanation</extracomment>
        <translation>Anfragen an web2 schlagen bis zum dritten fehlgeschlagenen Check fehl, etwa 5,5 s lang: etwa 1.100 Fehler, danach keine mehr. Wenn web2 zurück ist, bringen zwei erfolgreiche Checks ihn wieder in den Pool, und er übernimmt wieder seinen Anteil.</translation>
    </message>
    <message>
        <source>Until the checks notice, some requests still fail.</source>
        <extracomment>zero-to-millions, step 10, checkpoint requests.error &gt; 0</extracomment>
        <translation>Bis die Checks den Ausfall bemerken, schlagen noch einige Anfragen fehl.</translation>
    </message>
    <message>
        <source>Health checks limit the damage to a few seconds.</source>
        <extracomment>zero-to-millions, step 10, checkpoint requests.error &lt; 1500</extracomment>
        <translation>Health Checks begrenzen den Schaden auf wenige Sekunden.</translation>
    </message>
    <message>
        <source>Back in the pool, web2 serves again.</source>
        <extracomment>zero-to-millions, step 10, checkpoint nodes[web2].served &gt; 6000</extracomment>
        <translation>Wieder im Pool, bedient web2 erneut Anfragen.</translation>
    </message>
    <message>
        <source>Stateful servers: sessions in memory</source>
        <extracomment>zero-to-millions, step 13, title</extracomment>
        <translation>Zustandsbehaftete Server: Sitzungen im Speicher</translation>
    </message>
    <message>
        <source>What happens to the users whose sessions were on web2?</source>
        <extracomment>zero-to-millions, step 13, question</extracomment>
        <translation>Was passiert mit den Nutzern, deren Sitzungen auf web2 waren?</translation>
    </message>
    <message>
        <source>Nothing: another server has a copy</source>
        <extracomment>zero-to-millions, step 13, choice 1</extracomment>
        <translation>Nichts: Ein anderer Server hat eine Kopie</translation>
    </message>
    <message>
        <source>They wait until web2 is back</source>
        <extracomment>zero-to-millions, step 13, choice 2</extracomment>
        <translation>Sie warten, bis web2 zurück ist</translation>
    </message>
    <message>
        <source>Their sessions existed only in web2&apos;s memory. Sent to another server, about 170 users had to log in again.</source>
        <extracomment>zero-to-millions, step 13, answer explanation</extracomment>
        <translation>Ihre Sitzungen existierten nur im Speicher von web2. Zu einem anderen Server geschickt, mussten sich etwa 170 Nutzer neu anmelden.</translation>
    </message>
    <message>
        <source>A dead stateful server takes its users&apos; sessions with it.</source>
        <extracomment>zero-to-millions, step 13, checkpoint sessions.lost &gt; 100</extracomment>
        <translation>Ein ausgefallener zustandsbehafteter Server nimmt die Sitzungen seiner Nutzer mit.</translation>
    </message>
    <message>
        <source>Stateless servers: a shared session store</source>
        <extracomment>zero-to-millions, step 14, title</extracomment>
        <translation>Zustandslose Server: ein gemeinsamer Sitzungsspeicher</translation>
    </message>
    <message>
        <source>web2 dies at 30 s again. How many users have to log in again?</source>
        <extracomment>zero-to-millions, step 14, question</extracomment>
        <translation>web2 fällt wieder bei 30 s aus. Wie viele Nutzer müssen sich neu anmelden?</translation>
    </message>
    <message>
        <source>With stateless servers, losing one loses no session.</source>
        <extracomment>zero-to-millions, step 14, checkpoint sessions.lost == 0</extracomment>
        <translation>Mit zustandslosen Servern kostet der Verlust eines Servers keine Sitzung.</translation>
    </message>
    <message>
        <source>Every request fetched its session from the shared store.</source>
        <extracomment>zero-to-millions, step 14, checkpoint nodes[sessions].served &gt; 15000</extracomment>
        <translation>Jede Anfrage hat ihre Sitzung aus dem gemeinsamen Sitzungsspeicher geholt.</translation>
    </message>
    <message>
        <source>Replication: a primary and two replicas</source>
        <extracomment>zero-to-millions, step 15, title</extracomment>
        <translation>Replikation: ein Primärserver und zwei Replikate</translation>
    </message>
    <message>
        <source>Replica db2 answers reads...</source>
        <extracomment>zero-to-millions, step 15, checkpoint nodes[db2].served &gt; 6000</extracomment>
        <translation>Das Replikat db2 beantwortet Lesezugriffe...</translation>
    </message>
    <message>
        <source>...and so does replica db3.</source>
        <extracomment>zero-to-millions, step 15, checkpoint nodes[db3].served &gt; 6000</extracomment>
        <translation>...und das Replikat db3 ebenso.</translation>
    </message>
    <message>
        <source>The primary handles the writes only.</source>
        <extracomment>zero-to-millions, step 15, checkpoint nodes[db1].served &lt; 1800</extracomment>
        <translation>Der Primärserver bearbeitet nur die Schreibzugriffe.</translation>
    </message>
    <message>
        <source>A replica is up to 100 ms behind the primary.</source>
        <extracomment>zero-to-millions, step 16, checkpoint replication.max_lag_ms &gt;= 100</extracomment>
        <translation>Ein Replikat liegt bis zu 100 ms hinter dem Primärserver zurück.</translation>
    </message>
    <message>
        <source>A replica goes down</source>
        <extracomment>zero-to-millions, step 17, title</extracomment>
        <translation>Ein Replikat fällt aus</translation>
    </message>
    <message>
        <source>After 20 s both replicas are down. What happens to the reads?</source>
        <extracomment>zero-to-millions, step 17, question</extracomment>
        <translation>Nach 20 s sind beide Replikate ausgefallen. Was passiert mit den Lesezugriffen?</translation>
    </message>
    <message>
        <source>They fail until a replica is back</source>
        <extracomment>zero-to-millions, step 17, choice 2</extracomment>
        <translation>Sie schlagen fehl, bis ein Replikat zurück ist</translation>
    </message>
    <message>
        <source>Losing replicas costs only the reads in progress on them.</source>
        <extracomment>zero-to-millions, step 17, checkpoint requests.error &lt; 50</extracomment>
        <translation>Der Verlust von Replikaten kostet nur die Lesezugriffe, die gerade auf ihnen laufen.</translation>
    </message>
    <message>
        <source>With no replica left, the primary answers the reads.</source>
        <extracomment>zero-to-millions, step 17, checkpoint nodes[db1].served &gt; 5500</extracomment>
        <translation>Ohne verbliebenes Replikat beantwortet der Primärserver die Lesezugriffe.</translation>
    </message>
    <message>
        <source>db2 receives them when it is promoted</source>
        <extracomment>zero-to-millions, step 19, choice 1</extracomment>
        <translation>db2 erhält sie bei seiner Beförderung</translation>
    </message>
    <message>
        <source>Their users are asked to send them again</source>
        <extracomment>zero-to-millions, step 19, choice 3</extracomment>
        <translation>Ihre Nutzer werden gebeten, sie erneut zu senden</translation>
    </message>
    <message>
        <source>A replica is promoted to primary.</source>
        <extracomment>zero-to-millions, step 19, checkpoint replication.promotions == 1</extracomment>
        <translation>Ein Replikat wird zum Primärserver befördert.</translation>
    </message>
    <message>
        <source>Writes the old primary acknowledged but never shipped are lost.</source>
        <extracomment>zero-to-millions, step 19, checkpoint replication.lost_writes &gt; 0</extracomment>
        <translation>Schreibzugriffe, die der alte Primärserver bestätigt, aber nie übertragen hat, gehen verloren.</translation>
    </message>
    <message>
        <source>What does replaying the binlog cost?</source>
        <extracomment>zero-to-millions, step 20, question</extracomment>
        <translation>Was kostet das Nachspielen des Binlogs?</translation>
    </message>
    <message>
        <source>A longer outage: more failed writes</source>
        <extracomment>failover, step 4, choice 1</extracomment>
        <translation>Einen längeren Ausfall: mehr fehlgeschlagene Schreibzugriffe</translation>
    </message>
    <message>
        <source>Every read afterwards is stale</source>
        <extracomment>zero-to-millions, step 20, choice 3</extracomment>
        <translation>Jeder spätere Lesezugriff ist veraltet</translation>
    </message>
    <message>
        <source>Replaying the binlog loses no acknowledged write.</source>
        <extracomment>zero-to-millions, step 20, checkpoint replication.lost_writes == 0</extracomment>
        <translation>Durch das Nachspielen des Binlogs geht kein bestätigter Schreibzugriff verloren.</translation>
    </message>
    <message>
        <source>The writes missing on db2 came back from db1&apos;s binlog.</source>
        <extracomment>zero-to-millions, step 20, checkpoint replication.recovered_writes &gt; 0</extracomment>
        <translation>Die auf db2 fehlenden Schreibzugriffe kamen aus dem Binlog von db1 zurück.</translation>
    </message>
    <message>
        <source>Multi-master: write conflicts</source>
        <extracomment>zero-to-millions, step 21, title</extracomment>
        <translation>Multi-Master: Schreibkonflikte</translation>
    </message>
    <message>
        <source>&lt;p&gt;With &lt;b&gt;multi-master&lt;/b&gt; replication every database takes writes and ships them to the others, so a dead master needs no promotion: when db3 dies at 20 s, the other two carry on. The catch is that two masters can change the same key at almost the same moment, because a write needs about 60 ms to reach the other masters. Here the rule is &lt;b&gt;last writer wins&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 21, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei &lt;b&gt;Multi-Master&lt;/b&gt;-Replikation nimmt jede Datenbank Schreibzugriffe an und überträgt sie an die anderen, sodass ein ausgefallener Master keine Beförderung braucht: Wenn db3 bei 20 s ausfällt, machen die beiden anderen weiter. Der Haken: Zwei Master können fast im selben Moment denselben Schlüssel ändern, denn ein Schreibzugriff braucht etwa 60 ms bis zu den anderen Mastern. Hier gilt die Regel &lt;b&gt;„der letzte Schreiber gewinnt“&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Two users change the same balance on two masters at once, and the last writer wins. What happens to the other change?</source>
        <extracomment>zero-to-millions, step 21, question</extracomment>
        <translation>Zwei Nutzer ändern gleichzeitig denselben Kontostand auf zwei Mastern, und der letzte Schreiber gewinnt. Was passiert mit der anderen Änderung?</translation>
    </message>
    <message>
        <source>The two changes are merged</source>
        <extracomment>zero-to-millions, step 21, choice 1</extracomment>
        <translation>Die beiden Änderungen werden zusammengeführt</translation>
    </message>
    <message>
        <source>It is silently thrown away</source>
        <extracomment>zero-to-millions, step 21, choice 4</extracomment>
        <translation>Sie wird stillschweigend verworfen</translation>
    </message>
    <message>
        <source>Its user gets an error</source>
        <extracomment>zero-to-millions, step 21, choice 2</extracomment>
        <translation>Der Nutzer, der sie gemacht hat, bekommt einen Fehler</translation>
    </message>
    <message>
        <source>Masters change the same keys at the same time: conflicts.</source>
        <extracomment>zero-to-millions, step 21, checkpoint replication.conflicts &gt; 200</extracomment>
        <translation>Master ändern gleichzeitig dieselben Schlüssel: Konflikte.</translation>
    </message>
    <message>
        <source>Last writer wins throws the losing writes away.</source>
        <extracomment>zero-to-millions, step 21, checkpoint replication.discarded_updates &gt; 200</extracomment>
        <translation>„Der letzte Schreiber gewinnt“ wirft die unterlegenen Schreibzugriffe weg.</translation>
    </message>
    <message>
        <source>A dead master needs no promotion...</source>
        <extracomment>zero-to-millions, step 21, checkpoint replication.promotions == 0</extracomment>
        <translation>Ein ausgefallener Master braucht keine Beförderung...</translation>
    </message>
    <message>
        <source>...and hardly any request fails.</source>
        <extracomment>zero-to-millions, step 21, checkpoint requests.error &lt; 20</extracomment>
        <translation>...und kaum eine Anfrage schlägt fehl.</translation>
    </message>
    <message>
        <source>A circular ring</source>
        <extracomment>zero-to-millions, step 22, title</extracomment>
        <translation>Ein Replikationsring</translation>
    </message>
    <message>
        <source>About 45 ms</source>
        <extracomment>zero-to-millions, step 23, choice 2</extracomment>
        <translation>Etwa 45 ms</translation>
    </message>
    <message>
        <source>About half a second</source>
        <extracomment>zero-to-millions, step 23, choice 4</extracomment>
        <translation>Etwa eine halbe Sekunde</translation>
    </message>
    <message>
        <source>Nine hops: the last node is about 45 ms behind.</source>
        <extracomment>zero-to-millions, step 23, checkpoint replication.max_lag_ms &gt; 40</extracomment>
        <translation>Neun Hops: Der letzte Knoten liegt etwa 45 ms zurück.</translation>
    </message>
    <message>
        <source>Every read on the database</source>
        <extracomment>zero-to-millions, step 24, title</extracomment>
        <translation>Jeder Lesezugriff geht an die Datenbank</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to one primary. 1,000 requests a second, 90 % of them reads, and every read goes to &lt;b&gt;db1&lt;/b&gt;. Many of them ask for the same few popular keys again and again.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 24, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Zurück zu einem einzigen Primärserver. 1.000 Anfragen pro Sekunde, 90 % davon Lesezugriffe, und jeder Lesezugriff geht an &lt;b&gt;db1&lt;/b&gt;. Viele davon fragen immer wieder nach denselben wenigen beliebten Schlüsseln.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Without a cache, db1 answers every request: over 28,000 in 30 s.</source>
        <extracomment>zero-to-millions, step 24, checkpoint nodes[db1].served &gt; 28000</extracomment>
        <translation>Ohne Cache beantwortet db1 jede Anfrage: über 28.000 in 30 s.</translation>
    </message>
    <message>
        <source>More than half of the reads are answered by the cache.</source>
        <extracomment>zero-to-millions, step 25, checkpoint cache.hit_ratio &gt; 0.5</extracomment>
        <translation>Mehr als die Hälfte der Lesezugriffe beantwortet der Cache.</translation>
    </message>
    <message>
        <source>The database does about half the work it did.</source>
        <extracomment>zero-to-millions, step 25, checkpoint nodes[db1].served &lt; 16000</extracomment>
        <translation>Die Datenbank leistet etwa die Hälfte der Arbeit von vorher.</translation>
    </message>
    <message>
        <source>What happens to the hit ratio with a TTL of 2 s?</source>
        <extracomment>zero-to-millions, step 26, question</extracomment>
        <translation>Was passiert mit der Trefferquote bei einer TTL von 2 s?</translation>
    </message>
    <message>
        <source>It stays the same</source>
        <extracomment>zero-to-millions, step 26, choice 4</extracomment>
        <translation>Sie bleibt gleich</translation>
    </message>
    <message>
        <source>Entries expire before they are asked for again.</source>
        <extracomment>zero-to-millions, step 26, checkpoint cache.expirations &gt; 5000</extracomment>
        <translation>Einträge laufen ab, bevor erneut nach ihnen gefragt wird.</translation>
    </message>
    <message>
        <source>Consistency: no invalidation</source>
        <extracomment>zero-to-millions, step 27, title</extracomment>
        <translation>Konsistenz: keine Invalidierung</translation>
    </message>
    <message>
        <source>A few dozen</source>
        <extracomment>replication, step 2, choice 2</extracomment>
        <translation>Ein paar Dutzend</translation>
    </message>
    <message>
        <source>Eviction policies</source>
        <extracomment>zero-to-millions, step 28, title</extracomment>
        <translation>Verdrängungsstrategien</translation>
    </message>
    <message>
        <source>With 200 entries for 10,000 keys, LFU still answers over 40 % of the reads.</source>
        <extracomment>zero-to-millions, step 28, checkpoint cache.hit_ratio &gt; 0.4</extracomment>
        <translation>Mit 200 Einträgen für 10.000 Schlüssel beantwortet LFU trotzdem über 40 % der Lesezugriffe.</translation>
    </message>
    <message>
        <source>What happens to db1 when the cache dies?</source>
        <extracomment>zero-to-millions, step 29, question</extracomment>
        <translation>Was passiert mit db1, wenn der Cache ausfällt?</translation>
    </message>
    <message>
        <source>Nothing: it had the data all along</source>
        <extracomment>zero-to-millions, step 29, choice 2</extracomment>
        <translation>Nichts: Er hatte die Daten ja die ganze Zeit</translation>
    </message>
    <message>
        <source>It is flooded and answers much more slowly</source>
        <extracomment>zero-to-millions, step 29, choice 1</extracomment>
        <translation>Er wird überflutet und antwortet viel langsamer</translation>
    </message>
    <message>
        <source>Without the cache every read lands on the database.</source>
        <extracomment>zero-to-millions, step 29, checkpoint nodes[db1].served &gt; 25000</extracomment>
        <translation>Ohne Cache landet jeder Lesezugriff bei der Datenbank.</translation>
    </message>
    <message>
        <source>Static files from far away</source>
        <extracomment>zero-to-millions, step 30, title</extracomment>
        <translation>Statische Dateien von weit weg</translation>
    </message>
    <message>
        <source>The origin sends every file itself.</source>
        <extracomment>zero-to-millions, step 30, checkpoint nodes[assets].served &gt; 28000</extracomment>
        <translation>Der Ursprungsserver sendet jede Datei selbst.</translation>
    </message>
    <message>
        <source>A CDN</source>
        <extracomment>zero-to-millions, step 31, title</extracomment>
        <translation>Ein CDN</translation>
    </message>
    <message>
        <source>What share of the bytes does the origin still send?</source>
        <extracomment>zero-to-millions, step 31, question</extracomment>
        <translation>Welchen Anteil der Bytes sendet der Ursprungsserver noch?</translation>
    </message>
    <message>
        <source>Almost all of them</source>
        <extracomment>zero-to-millions, step 31, choice 1</extracomment>
        <translation>Fast alle</translation>
    </message>
    <message>
        <source>Less than a fifth</source>
        <extracomment>zero-to-millions, step 31, choice 3</extracomment>
        <translation>Weniger als ein Fünftel</translation>
    </message>
    <message>
        <source>The edges send more than 80 % of the bytes.</source>
        <extracomment>cdn, step 7, challenge goal cdn.offload &gt; 0.8</extracomment>
        <translation>Die Edge-Server senden mehr als 80 % der Bytes.</translation>
    </message>
    <message>
        <source>Files come from nearby: the median takes under 50 ms.</source>
        <extracomment>zero-to-millions, step 31, checkpoint latency_ms.p50 &lt; 50</extracomment>
        <translation>Die Dateien kommen aus der Nähe: im Median unter 50 ms.</translation>
    </message>
    <message>
        <source>What a CDN costs</source>
        <extracomment>zero-to-millions, step 32, title</extracomment>
        <translation>Was ein CDN kostet</translation>
    </message>
    <message>
        <source>Files that are almost never asked for twice: what does the CDN cost, compared with no CDN?</source>
        <extracomment>zero-to-millions, step 32, question</extracomment>
        <translation>Dateien, die fast nie zweimal abgerufen werden: Was kostet das CDN im Vergleich zum Betrieb ohne CDN?</translation>
    </message>
    <message>
        <source>Less</source>
        <extracomment>zero-to-millions, step 32, choice 1</extracomment>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>About twice as much</source>
        <extracomment>zero-to-millions, step 32, choice 3</extracomment>
        <translation>Etwa doppelt so viel</translation>
    </message>
    <message>
        <source>Yet the CDN bill is about twice the $0.55 of serving from the origin.</source>
        <extracomment>zero-to-millions, step 32, checkpoint cdn.cost_usd &gt; 0.9</extracomment>
        <translation>Trotzdem ist die CDN-Rechnung etwa doppelt so hoch wie die 0,55 $ für die Auslieferung direkt vom Ursprungsserver.</translation>
    </message>
    <message>
        <source>When an edge fails</source>
        <extracomment>zero-to-millions, step 33, title</extracomment>
        <translation>Wenn ein Edge-Server ausfällt</translation>
    </message>
    <message>
        <source>What do European users see while their edge is down?</source>
        <extracomment>zero-to-millions, step 33, question</extracomment>
        <translation>Was sehen europäische Nutzer, solange ihr Edge-Server ausgefallen ist?</translation>
    </message>
    <message>
        <source>Slow pages: a timeout, then files from the far origin</source>
        <extracomment>zero-to-millions, step 33, choice 4</extracomment>
        <translation>Langsame Seiten: ein Timeout, dann Dateien vom fernen Ursprungsserver</translation>
    </message>
    <message>
        <source>Clients fall back to the origin when their edge is dead.</source>
        <extracomment>zero-to-millions, step 33, checkpoint cdn.fallbacks &gt; 1000</extracomment>
        <translation>Clients weichen auf den Ursprungsserver aus, wenn ihr Edge-Server ausgefallen ist.</translation>
    </message>
    <message>
        <source>No request fails.</source>
        <extracomment>zero-to-millions, step 33, checkpoint requests.error == 0</extracomment>
        <translation>Keine Anfrage schlägt fehl.</translation>
    </message>
    <message>
        <source>The timeout before the fallback is long.</source>
        <extracomment>zero-to-millions, step 33, checkpoint latency_ms.p99 &gt; 2000</extracomment>
        <translation>Das Timeout vor dem Ausweichen ist lang.</translation>
    </message>
    <message>
        <source>Invalidating the CDN</source>
        <extracomment>zero-to-millions, step 34, title</extracomment>
        <translation>Das CDN invalidieren</translation>
    </message>
    <message>
        <source>What happens to the origin right after the invalidation?</source>
        <extracomment>zero-to-millions, step 34, question</extracomment>
        <translation>Was passiert mit dem Ursprungsserver direkt nach der Invalidierung?</translation>
    </message>
    <message>
        <source>Nothing changes</source>
        <extracomment>zero-to-millions, step 34, choice 1</extracomment>
        <translation>Nichts ändert sich</translation>
    </message>
    <message>
        <source>A wave of misses: it sends every file again</source>
        <extracomment>zero-to-millions, step 34, choice 2</extracomment>
        <translation>Eine Welle von Fehlzugriffen: Er sendet jede Datei erneut</translation>
    </message>
    <message>
        <source>The edges dropped about 3,500 objects and the misses nearly doubled: about 7,000 in 60 s instead of 4,000. Versioned file names, such as app.v2.css, avoid invalidating at all.</source>
        <extracomment>zero-to-millions, step 34, answer explanation</extracomment>
        <translation>Die Edge-Server verwarfen etwa 3.500 Objekte, und die Fehlzugriffe verdoppelten sich fast: etwa 7.000 in 60 s statt 4.000. Mit versionierten Dateinamen wie app.v2.css muss man gar nicht erst invalidieren.</translation>
    </message>
    <message>
        <source>The edges drop thousands of objects.</source>
        <extracomment>zero-to-millions, step 34, checkpoint cdn.invalidated &gt; 3000</extracomment>
        <translation>Die Edge-Server verwerfen Tausende Objekte.</translation>
    </message>
    <message>
        <source>Every dropped file is fetched from the origin again.</source>
        <extracomment>zero-to-millions, step 34, checkpoint cdn.misses &gt; 5500</extracomment>
        <translation>Jede verworfene Datei wird erneut vom Ursprungsserver geholt.</translation>
    </message>
    <message>
        <source>Millions</source>
        <extracomment>zero-to-millions, step 36, title</extracomment>
        <translation>Millionen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Put together, the pieces scale. A balancer spreads &lt;b&gt;20,000 requests a second&lt;/b&gt; over 20 stateless web servers, about 1,000 each: over a million requests a minute, none dropped. To grow further: more servers behind the balancer, replicas behind the database, a cache and a CDN in front.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 36, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Zusammengesetzt skalieren die Bausteine. Ein Load Balancer verteilt &lt;b&gt;20.000 Anfragen pro Sekunde&lt;/b&gt; auf 20 zustandslose Webserver, etwa 1.000 pro Server: über eine Million Anfragen pro Minute, keine verworfen. Um weiter zu wachsen: mehr Server hinter dem Load Balancer, Replikate hinter der Datenbank, ein Cache und ein CDN davor.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Over half a million requests answered in 30 s.</source>
        <extracomment>zero-to-millions, step 36, checkpoint requests.ok &gt; 550000</extracomment>
        <translation>Über eine halbe Million Anfragen in 30 s beantwortet.</translation>
    </message>
    <message>
        <source>None dropped.</source>
        <extracomment>zero-to-millions, step 36, checkpoint requests.dropped == 0</extracomment>
        <translation>Keine verworfen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;What if a write updates the database but leaves the cache alone? Then a cached value stays old until it expires, here after 30 s, and every read of that key gets the old value in the meantime. Here writes are spread over many keys while reads favour a few popular ones, as on most sites; still, the popular keys change now and then.&lt;/p&gt;</source>
        <extracomment>caching, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Was, wenn ein Schreibzugriff die Datenbank aktualisiert, den Cache aber in Ruhe lässt? Dann bleibt ein Wert im Cache alt, bis er abläuft, hier nach 30 s, und jeder Lesezugriff auf diesen Schlüssel bekommt so lange den alten Wert. Hier verteilen sich die Schreibzugriffe auf viele Schlüssel, während die Lesezugriffe einige wenige beliebte bevorzugen, wie auf den meisten Websites; trotzdem ändern sich auch die beliebten Schlüssel ab und zu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A CDN charges for the bytes it sends and per request. Here the files are on a &lt;b&gt;custom origin&lt;/b&gt;, outside the CDN&apos;s cloud, whose host also bills every byte it sends to an edge (a fill), at the $0.09/GB it charges for sending to users. Users ask for any of 5 million files at random: almost every request is for a file no edge has.&lt;/p&gt;</source>
        <extracomment>cdn, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein CDN berechnet die gesendeten Bytes und jede Anfrage. Hier liegen die Dateien auf einem &lt;b&gt;Custom Origin&lt;/b&gt;, einem eigenen Ursprungsserver außerhalb der Cloud des CDN. Dessen Hoster stellt außerdem jedes Byte in Rechnung, das er an einen Edge-Server sendet (eine Befüllung), und zwar zu denselben 0,09 $/GB, die er für das Senden an Nutzer verlangt. Die Nutzer fragen zufällig nach irgendeiner von 5 Millionen Dateien: Fast jede Anfrage gilt einer Datei, die kein Edge-Server hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A CDN can also cache pages built for each request, if it knows what makes one page different from another: the path, the query string, cookies, request headers such as the user&apos;s language. Here the edges put each user&apos;s session cookie and language in the &lt;b&gt;cache key&lt;/b&gt;, so every user gets a private copy of each file.&lt;/p&gt;</source>
        <extracomment>cdn, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein CDN kann auch Seiten cachen, die für jede Anfrage eigens erzeugt werden, wenn es weiß, was eine Seite von einer anderen unterscheidet: der Pfad, der Query-String, Cookies, Request-Header wie die Sprache des Nutzers. Hier nehmen die Edge-Server das Sitzungscookie und die Sprache jedes Nutzers in den &lt;b&gt;Cache-Schlüssel&lt;/b&gt; auf, sodass jeder Nutzer von jeder Datei eine eigene Kopie bekommt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The offload falls to 0.08: a copy made for one user is useless to the next. Without the cookie and the language in the key the same edges reach 0.98. Put in the key only what really changes the answer.</source>
        <extracomment>cdn, step 6, answer explanation</extracomment>
        <translation>Die Entlastung fällt auf 0,08: Eine für einen Nutzer angelegte Kopie nützt dem nächsten nichts. Ohne Cookie und Sprache im Schlüssel erreichen dieselben Edge-Server 0,98. In den Schlüssel gehört nur, was die Antwort wirklich verändert.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Another way: the primary does not answer &quot;done&quot; until at least one replica has the write in its relay log. Then no write is acknowledged that only the primary knows about. Each write waits for a round trip to a replica and the ship delay. But having a write is not applying it: these replicas apply a write 50 ms after it reaches their relay log, and answer reads with the old value until then.&lt;/p&gt;</source>
        <extracomment>failover, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein anderer Weg: Der Primärserver antwortet erst dann „erledigt“, wenn mindestens ein Replikat den Schreibzugriff in seinem Relay-Log hat. Dann wird kein Schreibzugriff bestätigt, von dem nur der Primärserver weiß. Jeder Schreibzugriff wartet auf einen Roundtrip zu einem Replikat und auf die Versandverzögerung. Aber einen Schreibzugriff zu haben heißt nicht, ihn übernommen zu haben: Diese Replikate übernehmen einen Schreibzugriff 50 ms, nachdem er ihr Relay-Log erreicht hat, und beantworten Lesezugriffe bis dahin mit dem alten Wert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Semi-sync protects acknowledged writes, not freshness: replicas still serve old values until they apply a write.</source>
        <extracomment>failover, step 5, checkpoint replication.stale_reads &gt; 500</extracomment>
        <translation>Semisynchrone Replikation schützt bestätigte Schreibzugriffe, nicht die Aktualität: Replikate liefern weiter alte Werte, bis sie einen Schreibzugriff übernehmen.</translation>
    </message>
    <message>
        <source>dbC gets them from dbA once the ring closes</source>
        <extracomment>multi-master-and-rings, step 4, choice 1</extracomment>
        <translation>dbC bekommt sie von dbA, sobald sich der Ring schließt</translation>
    </message>
    <message>
        <source>Writes held up at the dead node reach dbC once the ring closes.</source>
        <extracomment>multi-master-and-rings, step 4, checkpoint replication.stranded_writes &gt; 0</extracomment>
        <translation>Schreibzugriffe, die am ausgefallenen Knoten festhingen, erreichen dbC, sobald sich der Ring schließt.</translation>
    </message>
    <message>
        <source>No write is lost: dbB had sent on every write it committed.</source>
        <extracomment>multi-master-and-rings, step 4, checkpoint replication.ring_lost_writes == 0</extracomment>
        <translation>Kein Schreibzugriff geht verloren: dbB hatte jeden Schreibzugriff weitergesendet, den er festgeschrieben hatte.</translation>
    </message>
    <message>
        <source>While the ring was open, dbC fell about 3 s behind dbA.</source>
        <extracomment>multi-master-and-rings, step 4, checkpoint replication.max_lag_ms &gt; 2000</extracomment>
        <translation>Solange der Ring offen war, fiel dbC etwa 3 s hinter dbA zurück.</translation>
    </message>
    <message>
        <source>Writes the dead node had not passed on waited for the ring to close...</source>
        <extracomment>zero-to-millions, step 22, checkpoint replication.stranded_writes &gt; 0</extracomment>
        <translation>Schreibzugriffe, die der ausgefallene Knoten nicht weitergegeben hatte, warteten darauf, dass sich der Ring schließt...</translation>
    </message>
    <message>
        <source>...and then reached dbC: none was lost.</source>
        <extracomment>zero-to-millions, step 22, checkpoint replication.ring_lost_writes == 0</extracomment>
        <translation>...und erreichten dann dbC: Keiner ging verloren.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A CDN bills for every byte it sends and per request; an origin outside the CDN&apos;s cloud (a &lt;b&gt;custom origin&lt;/b&gt;, as here) also bills every fill it sends to an edge. That pays off for files asked for again and again. Here users ask for 5 million different files, almost none twice, so nearly every request is a miss.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 32, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein CDN berechnet jedes gesendete Byte und jede Anfrage; ein Ursprungsserver außerhalb der Cloud des CDN (ein &lt;b&gt;Custom Origin&lt;/b&gt; wie hier) stellt außerdem jede Befüllung in Rechnung, die er an einen Edge-Server sendet. Das lohnt sich für Dateien, die immer wieder abgerufen werden. Hier fragen die Nutzer nach 5 Millionen verschiedenen Dateien, fast keine davon zweimal, also ist fast jede Anfrage ein Fehlzugriff.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Files that cross the ocean take over 200 ms.</source>
        <extracomment>zero-to-millions, step 30, checkpoint latency_ms.p95 &gt; 200</extracomment>
        <translation>Dateien, die über den Ozean kommen, dauern über 200 ms.</translation>
    </message>
    <message>
        <source>A cache beside the database (cache-aside): its hit ratio, how long entries should live, keeping it consistent with the database, which entries to evict, and what happens when it fails.</source>
        <extracomment>caching, lesson summary</extracomment>
        <translation>Ein Cache neben der Datenbank (Cache-Aside): seine Trefferquote, wie lange Einträge leben sollten, wie er mit der Datenbank konsistent bleibt, welche Einträge verdrängt werden und was passiert, wenn er ausfällt.</translation>
    </message>
    <message>
        <source>A cache beside the database</source>
        <extracomment>caching, step 1, title</extracomment>
        <translation>Ein Cache neben der Datenbank</translation>
    </message>
    <message>
        <source>The sessions live in the store, not in web2, so none is lost. Some requests still fail: those web2 was serving when it died, and those the balancer goes on sending it until the health checks take it out of the pool.</source>
        <extracomment>zero-to-millions, step 14, answer explanation</extracomment>
        <translation>Die Sitzungen liegen im Sitzungsspeicher, nicht in web2, also geht keine verloren. Einige Anfragen schlagen trotzdem fehl: die, die gerade in web2 steckten, als er ausfiel, und die, die der Load Balancer ihm weiterhin schickt, bis die Health Checks ihn aus dem Pool nehmen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In production the promotion is more careful. Before db2 takes over, a recovery script reads the dead primary&apos;s &lt;b&gt;binary log&lt;/b&gt;, the record of every write it committed, and replays the missing writes on db2. It takes 2 s more. It works only because db1 crashed but its disk survived: if the machine or its disk is gone, so is its binary log, and the missing writes with it.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 20, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Im Produktivbetrieb läuft die Beförderung sorgfältiger ab. Bevor db2 übernimmt, liest ein Wiederherstellungsskript das &lt;b&gt;Binärlog (Binlog)&lt;/b&gt; des ausgefallenen Primärservers, also das Protokoll aller Schreibzugriffe, die er festgeschrieben hat, und spielt die fehlenden Schreibzugriffe auf db2 nach. Das dauert 2 s länger. Es funktioniert nur, weil db1 abgestürzt ist, seine Festplatte aber überlebt hat: Ist die Maschine oder ihre Festplatte verloren, dann auch ihr Binlog und mit ihm die fehlenden Schreibzugriffe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;For each read, the web server asks &lt;b&gt;cache1&lt;/b&gt; first. A &lt;b&gt;hit&lt;/b&gt; answers from memory; a &lt;b&gt;miss&lt;/b&gt; reads &lt;b&gt;db1&lt;/b&gt; and the web server stores the answer in the cache: &lt;b&gt;cache-aside&lt;/b&gt;, what the chapter calls a read-through cache (in a strict read-through cache the cache loads the database itself). The share of reads that are hits is the &lt;b&gt;hit ratio&lt;/b&gt;. A write updates db1 and deletes the key from the cache, so the next read fetches the new value. The cache holds 1,000 of the 10,000 keys.&lt;/p&gt;</source>
        <extracomment>caching, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei jedem Lesezugriff fragt der Webserver zuerst &lt;b&gt;cache1&lt;/b&gt;. Ein &lt;b&gt;Treffer&lt;/b&gt; wird aus dem Speicher beantwortet; bei einem &lt;b&gt;Fehlzugriff&lt;/b&gt; wird &lt;b&gt;db1&lt;/b&gt; gelesen, und der Webserver legt die Antwort im Cache ab: &lt;b&gt;Cache-Aside&lt;/b&gt;, im Kapitel Read-Through-Cache genannt (bei einem strengen Read-Through-Cache lädt der Cache selbst aus der Datenbank). Der Anteil der Lesezugriffe, die Treffer sind, ist die &lt;b&gt;Trefferquote&lt;/b&gt;. Ein Schreibzugriff aktualisiert db1 und löscht den Schlüssel aus dem Cache, sodass der nächste Lesezugriff den neuen Wert holt. Der Cache fasst 1.000 der 10.000 Schlüssel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Without the cache db1 answered about 30,000 requests in 30 s. About how many does it answer now?</source>
        <extracomment>caching, step 1, question</extracomment>
        <translation>Ohne Cache beantwortete db1 etwa 30.000 Anfragen in 30 s. Etwa wie viele beantwortet er jetzt?</translation>
    </message>
    <message>
        <source>requests</source>
        <extracomment>caching, step 1, unit of the predicted number</extracomment>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>About 59 % of the reads hit (a hit ratio of 0.59), far more than the tenth of the keys the cache holds, because a few keys are read far more than the rest. So db1 answered about 14,000 requests: the writes and the misses. Users win too: the median answer falls from 37 ms to 28.5 ms.</source>
        <extracomment>caching, step 1, answer explanation</extracomment>
        <translation>Etwa 59 % der Lesezugriffe sind Treffer (eine Trefferquote von 0,59), weit mehr als das Zehntel der Schlüssel, das der Cache fasst, denn einige wenige Schlüssel werden weit häufiger gelesen als der Rest. Also beantwortete db1 etwa 14.000 Anfragen: die Schreibzugriffe und die Fehlzugriffe. Auch die Nutzer gewinnen: Die Antwortzeit im Median sinkt von 37 ms auf 28,5 ms.</translation>
    </message>
    <message>
        <source>A TTL of 2 seconds</source>
        <extracomment>caching, step 2, title</extracomment>
        <translation>Eine TTL von 2 Sekunden</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each entry expires after its &lt;b&gt;time to live&lt;/b&gt; (&lt;b&gt;TTL&lt;/b&gt;), so that old data does not stay for ever; the next read of an expired key is a miss. Here the TTL drops from 60 s to 2 s.&lt;/p&gt;</source>
        <extracomment>caching, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Jeder Eintrag läuft nach seiner &lt;b&gt;Lebensdauer&lt;/b&gt; (&lt;b&gt;TTL&lt;/b&gt;, Time to Live) ab, damit alte Daten nicht ewig bleiben; der nächste Lesezugriff auf einen abgelaufenen Schlüssel ist ein Fehlzugriff. Hier sinkt die TTL von 60 s auf 2 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The hit ratio was 0.59 with a TTL of 60 s. What is it with 2 s?</source>
        <extracomment>caching, step 2, question</extracomment>
        <translation>Die Trefferquote lag bei einer TTL von 60 s bei 0,59. Wie hoch ist sie bei 2 s?</translation>
    </message>
    <message>
        <source>It rises: fresher entries are hit more often</source>
        <extracomment>caching, step 2, choice 1</extracomment>
        <translation>Sie steigt: Frischere Einträge werden öfter getroffen</translation>
    </message>
    <message>
        <source>It collapses, below 0.1</source>
        <extracomment>caching, step 2, choice 2</extracomment>
        <translation>Sie bricht ein, unter 0,1</translation>
    </message>
    <message>
        <source>It falls a little, to about 0.53</source>
        <extracomment>caching, step 2, choice 3</extracomment>
        <translation>Sie sinkt leicht, auf etwa 0,53</translation>
    </message>
    <message>
        <source>It stays the same: a TTL only decides how fresh hits are</source>
        <extracomment>caching, step 2, choice 4</extracomment>
        <translation>Sie bleibt gleich: Eine TTL entscheidet nur, wie frisch Treffer sind</translation>
    </message>
    <message>
        <source>Expiry never adds a hit; it only turns some later reads into misses.</source>
        <extracomment>caching, step 2, feedback on choice 1</extracomment>
        <translation>Das Ablaufen bringt nie einen zusätzlichen Treffer; es macht nur aus manchen späteren Lesezugriffen Fehlzugriffe.</translation>
    </message>
    <message>
        <source>Popular keys are read many times a second, so they are fetched again long before 2 s run out.</source>
        <extracomment>caching, step 2, feedback on choice 2</extracomment>
        <translation>Beliebte Schlüssel werden viele Male pro Sekunde gelesen, also werden sie erneut geholt, lange bevor 2 s abgelaufen sind.</translation>
    </message>
    <message>
        <source>Right: popular keys are read again within 2 s anyway; the less popular ones expire before their next read.</source>
        <extracomment>caching, step 2, feedback on choice 3</extracomment>
        <translation>Richtig: Beliebte Schlüssel werden ohnehin innerhalb von 2 s wieder gelesen; die weniger beliebten laufen vor ihrem nächsten Lesezugriff ab.</translation>
    </message>
    <message>
        <source>An expired entry is gone: the next read of it is a miss and goes to the database.</source>
        <extracomment>caching, step 2, feedback on choice 4</extracomment>
        <translation>Ein abgelaufener Eintrag ist weg: Der nächste Lesezugriff darauf ist ein Fehlzugriff und geht an die Datenbank.</translation>
    </message>
    <message>
        <source>About 10,000 entries expired before they were read again: the hit ratio fell from 0.59 to 0.53, and db1 answered about 1,700 more requests. Too short a TTL sends reads back to the database; too long keeps old values in the cache.</source>
        <extracomment>caching, step 2, answer explanation</extracomment>
        <translation>Etwa 10.000 Einträge liefen ab, bevor sie wieder gelesen wurden: Die Trefferquote sank von 0,59 auf 0,53, und db1 beantwortete etwa 1.700 Anfragen mehr. Eine zu kurze TTL schickt Lesezugriffe zurück an die Datenbank; eine zu lange hält alte Werte im Cache.</translation>
    </message>
    <message>
        <source>Explore: the TTL and the hit ratio</source>
        <extracomment>caching, step 3, title</extracomment>
        <translation>Erkunden: die TTL und die Trefferquote</translation>
    </message>
    <message>
        <source>&lt;p&gt;Slide the TTL of &lt;b&gt;cache1&lt;/b&gt; from 1 s to 30 s, and watch the &lt;b&gt;hit ratio&lt;/b&gt;: the share of reads the cache answers from memory. Before you move it, predict: does a TTL ten times longer give ten times fewer misses?&lt;/p&gt;&lt;p&gt;Look for the point where the curve flattens. A popular key is read again long before it expires; a rare key is pushed out by newer ones (the cache holds 1,000 of the 10,000 keys) before its TTL matters. Past that point a longer TTL buys almost no hits, only older data.&lt;/p&gt;</source>
        <extracomment>caching, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Schieben Sie die TTL von &lt;b&gt;cache1&lt;/b&gt; von 1 s bis 30 s und beobachten Sie die &lt;b&gt;Trefferquote&lt;/b&gt;: den Anteil der Lesezugriffe, die der Cache aus dem Speicher beantwortet. Sagen Sie vorher, bevor Sie den Regler bewegen: Ergibt eine zehnmal längere TTL zehnmal weniger Fehlzugriffe?&lt;/p&gt;&lt;p&gt;Suchen Sie die Stelle, an der die Kurve abflacht. Ein beliebter Schlüssel wird wieder gelesen, lange bevor er abläuft; ein seltener Schlüssel wird von neueren verdrängt (der Cache fasst 1.000 der 10.000 Schlüssel), bevor seine TTL eine Rolle spielt. Jenseits dieser Stelle bringt eine längere TTL kaum noch Treffer, nur ältere Daten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>TTL of cache1 (s)</source>
        <extracomment>caching, step 3, explore: the slider&apos;s label</extracomment>
        <translation>TTL von cache1 (s)</translation>
    </message>
    <message>
        <source>Hit ratio in 30 s</source>
        <extracomment>caching, step 3, explore: the plotted figure&apos;s label</extracomment>
        <translation>Trefferquote in 30 s</translation>
    </message>
    <message>
        <source>Yes: it falls, because old entries are useless</source>
        <extracomment>caching, step 4, choice 1</extracomment>
        <translation>Ja: Sie sinkt, weil alte Einträge nutzlos sind</translation>
    </message>
    <message>
        <source>There are no hits any more: writes bypass the cache</source>
        <extracomment>caching, step 4, choice 2</extracomment>
        <translation>Es gibt keine Treffer mehr: Schreibzugriffe umgehen den Cache</translation>
    </message>
    <message>
        <source>No: it is as high as ever, while many hits are wrong</source>
        <extracomment>caching, step 4, choice 3</extracomment>
        <translation>Nein: Sie ist so hoch wie eh und je, während viele Treffer falsch sind</translation>
    </message>
    <message>
        <source>Yes: the database gets more work</source>
        <extracomment>caching, step 4, choice 4</extracomment>
        <translation>Ja: Die Datenbank bekommt mehr Arbeit</translation>
    </message>
    <message>
        <source>The cache cannot tell an old value from a new one: an old entry still answers, and counts as a hit.</source>
        <extracomment>caching, step 4, feedback on choice 1</extracomment>
        <translation>Der Cache kann einen alten Wert nicht von einem neuen unterscheiden: Ein alter Eintrag antwortet trotzdem und zählt als Treffer.</translation>
    </message>
    <message>
        <source>Writes skip the cache, reads do not: every read still asks the cache first.</source>
        <extracomment>caching, step 4, feedback on choice 2</extracomment>
        <translation>Schreibzugriffe übergehen den Cache, Lesezugriffe nicht: Jeder Lesezugriff fragt weiterhin zuerst den Cache.</translation>
    </message>
    <message>
        <source>Right: nothing deletes entries, so the hit ratio is higher than with invalidation; it measures speed, not correctness.</source>
        <extracomment>caching, step 4, feedback on choice 3</extracomment>
        <translation>Richtig: Nichts löscht Einträge, also ist die Trefferquote höher als mit Invalidierung; sie misst Geschwindigkeit, nicht Korrektheit.</translation>
    </message>
    <message>
        <source>Without invalidation fewer entries are deleted, so fewer reads miss: the database gets less work, not more.</source>
        <extracomment>caching, step 4, feedback on choice 4</extracomment>
        <translation>Ohne Invalidierung werden weniger Einträge gelöscht, also gibt es weniger Fehlzugriffe: Die Datenbank bekommt weniger Arbeit, nicht mehr.</translation>
    </message>
    <message>
        <source>The hit ratio is about 0.66, a little higher than the 0.65 this site gets with invalidation, since nothing deletes entries; but about 7,200 of 18,000 hits returned an old value (5,400 to 9,700 over seeds 1 to 50). A fast cache that returns wrong answers is worse than no cache.</source>
        <extracomment>caching, step 4, answer explanation</extracomment>
        <translation>Die Trefferquote liegt bei etwa 0,66, etwas höher als die 0,65, die diese Website mit Invalidierung erreicht, da nichts Einträge löscht; aber etwa 7.200 von 18.000 Treffern lieferten einen alten Wert (5.400 bis 9.700 über die Seeds 1 bis 50). Ein schneller Cache, der falsche Antworten liefert, ist schlimmer als gar kein Cache.</translation>
    </message>
    <message>
        <source>Explore: the TTL and stale hits</source>
        <extracomment>caching, step 5, title</extracomment>
        <translation>Erkunden: die TTL und veraltete Treffer</translation>
    </message>
    <message>
        <source>&lt;p&gt;Without invalidation, only the TTL ends the life of an old value. Slide it from 1 s to 30 s and watch the &lt;b&gt;stale hits&lt;/b&gt;: reads the cache answered with a value older than the one in the database.&lt;/p&gt;&lt;p&gt;Ask the class: which TTL would you choose for the price of an item in a shop, and which for the list of countries in a form? A long TTL is right only for data that rarely changes, or where an old value does no harm. The band around the curve is wide: how many stale hits a run shows depends on which popular keys happen to be written while they are cached.&lt;/p&gt;</source>
        <extracomment>caching, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ohne Invalidierung beendet nur die TTL das Leben eines alten Werts. Schieben Sie sie von 1 s bis 30 s und beobachten Sie die &lt;b&gt;veralteten Treffer&lt;/b&gt;: Lesezugriffe, die der Cache mit einem Wert beantwortet hat, der älter ist als der in der Datenbank.&lt;/p&gt;&lt;p&gt;Fragen Sie die Klasse: Welche TTL würden Sie für den Preis eines Artikels in einem Shop wählen, und welche für die Länderliste in einem Formular? Eine lange TTL ist nur für Daten richtig, die sich selten ändern oder bei denen ein alter Wert keinen Schaden anrichtet. Das Band um die Kurve ist breit: Wie viele veraltete Treffer ein Lauf zeigt, hängt davon ab, welche beliebten Schlüssel zufällig geschrieben werden, während sie im Cache liegen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stale hits in 30 s</source>
        <extracomment>caching, step 5, explore: the plotted figure&apos;s label</extracomment>
        <translation>Veraltete Treffer in 30 s</translation>
    </message>
    <message>
        <source>&lt;p&gt;Same cache, same traffic, but &lt;b&gt;FIFO&lt;/b&gt;: when the cache is full, the entry that came in first goes out first.&lt;/p&gt;</source>
        <extracomment>caching, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Derselbe Cache, derselbe Verkehr, aber &lt;b&gt;FIFO&lt;/b&gt;: Wenn der Cache voll ist, fliegt der Eintrag, der zuerst hineinkam, als Erster hinaus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LFU reached a hit ratio of about 0.44. What does FIFO reach?</source>
        <extracomment>caching, step 7, question</extracomment>
        <translation>LFU erreichte eine Trefferquote von etwa 0,44. Was erreicht FIFO?</translation>
    </message>
    <message>
        <source>Higher: FIFO keeps the newest entries, the ones being read</source>
        <extracomment>caching, step 7, choice 1</extracomment>
        <translation>Höher: FIFO behält die neuesten Einträge, also die, die gelesen werden</translation>
    </message>
    <message>
        <source>Lower, about 0.38</source>
        <extracomment>caching, step 7, choice 2</extracomment>
        <translation>Niedriger, etwa 0,38</translation>
    </message>
    <message>
        <source>About the same: the cache&apos;s size decides, not the policy</source>
        <extracomment>caching, step 7, choice 3</extracomment>
        <translation>Etwa gleich: Die Größe des Caches entscheidet, nicht die Strategie</translation>
    </message>
    <message>
        <source>Far lower, under 0.1</source>
        <extracomment>caching, step 7, choice 4</extracomment>
        <translation>Weit niedriger, unter 0,1</translation>
    </message>
    <message>
        <source>New entries are often one-off reads; FIFO keeps them and throws out a popular key just because it came in early.</source>
        <extracomment>caching, step 7, feedback on choice 1</extracomment>
        <translation>Neue Einträge sind oft einmalige Lesezugriffe; FIFO behält sie und wirft einen beliebten Schlüssel hinaus, nur weil er früh hineinkam.</translation>
    </message>
    <message>
        <source>Right: FIFO throws popular keys out on schedule, and they must be read from the database again.</source>
        <extracomment>caching, step 7, feedback on choice 2</extracomment>
        <translation>Richtig: FIFO wirft beliebte Schlüssel turnusmäßig hinaus, und sie müssen erneut aus der Datenbank gelesen werden.</translation>
    </message>
    <message>
        <source>Size matters, but with 200 slots for 10,000 keys, which entries stay matters as much.</source>
        <extracomment>caching, step 7, feedback on choice 3</extracomment>
        <translation>Die Größe zählt, aber bei 200 Plätzen für 10.000 Schlüssel zählt ebenso sehr, welche Einträge bleiben.</translation>
    </message>
    <message>
        <source>A popular key evicted by FIFO is read again and cached again quickly, so FIFO still answers many reads.</source>
        <extracomment>caching, step 7, feedback on choice 4</extracomment>
        <translation>Ein beliebter Schlüssel, den FIFO verdrängt hat, wird schnell wieder gelesen und wieder in den Cache aufgenommen, also beantwortet FIFO trotzdem viele Lesezugriffe.</translation>
    </message>
    <message>
        <source>The hit ratio falls from 0.44 to 0.38 and db1 answers about 1,600 more requests: even the most asked-for key is thrown out regularly. LRU lands in between, at 0.41.</source>
        <extracomment>caching, step 7, answer explanation</extracomment>
        <translation>Die Trefferquote sinkt von 0,44 auf 0,38, und db1 beantwortet etwa 1.600 Anfragen mehr: Selbst der meistgefragte Schlüssel wird regelmäßig hinausgeworfen. LRU liegt mit 0,41 dazwischen.</translation>
    </message>
    <message>
        <source>Explore: how big a cache?</source>
        <extracomment>caching, step 8, title</extracomment>
        <translation>Erkunden: Wie groß soll der Cache sein?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Memory is expensive, so how many keys should the cache hold? Slide the &lt;b&gt;capacity&lt;/b&gt; of cache1 from 50 to 5,000 of the 10,000 keys. Before you do, predict: does a cache twice as big answer twice as many reads?&lt;/p&gt;&lt;p&gt;Look at the first steps of the curve. A few popular keys get most of the reads, so a small cache already answers a good share of them; each further thousand keys adds fewer hits, because the keys it adds are read less and less often.&lt;/p&gt;</source>
        <extracomment>caching, step 8, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Speicher ist teuer, also: Wie viele Schlüssel sollte der Cache fassen? Schieben Sie die &lt;b&gt;Kapazität&lt;/b&gt; von cache1 von 50 bis 5.000 der 10.000 Schlüssel. Sagen Sie vorher, bevor Sie es tun: Beantwortet ein doppelt so großer Cache doppelt so viele Lesezugriffe?&lt;/p&gt;&lt;p&gt;Sehen Sie sich die ersten Schritte der Kurve an. Einige wenige beliebte Schlüssel bekommen die meisten Lesezugriffe, also beantwortet schon ein kleiner Cache einen guten Teil davon; jedes weitere Tausend Schlüssel bringt weniger Treffer, weil die hinzukommenden Schlüssel immer seltener gelesen werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Capacity of cache1 (keys)</source>
        <extracomment>caching, step 8, explore: the slider&apos;s label</extracomment>
        <translation>Kapazität von cache1 (Schlüssel)</translation>
    </message>
    <message>
        <source>The cache dies</source>
        <extracomment>caching, step 9, title</extracomment>
        <translation>Der Cache fällt aus</translation>
    </message>
    <message>
        <source>Much slower answers, and some requests dropped</source>
        <extracomment>caching, step 9, choice 1</extracomment>
        <translation>Viel langsamere Antworten, und einige Anfragen werden verworfen</translation>
    </message>
    <message>
        <source>Nothing: the database has all the data</source>
        <extracomment>caching, step 9, choice 2</extracomment>
        <translation>Nichts: Die Datenbank hat alle Daten</translation>
    </message>
    <message>
        <source>Errors on every read until the cache is back</source>
        <extracomment>caching, step 9, choice 3</extracomment>
        <translation>Fehler bei jedem Lesezugriff, bis der Cache zurück ist</translation>
    </message>
    <message>
        <source>Slightly slower answers, a few ms more per read</source>
        <extracomment>caching, step 9, choice 4</extracomment>
        <translation>Etwas langsamere Antworten, ein paar ms mehr pro Lesezugriff</translation>
    </message>
    <message>
        <source>Right: every read now lands on a database sized for the misses only.</source>
        <extracomment>caching, step 9, feedback on choice 1</extracomment>
        <translation>Richtig: Jeder Lesezugriff landet jetzt bei einer Datenbank, die nur für die Fehlzugriffe ausgelegt ist.</translation>
    </message>
    <message>
        <source>It has the data but not the capacity: its 8 workers were sized for the misses only.</source>
        <extracomment>caching, step 9, feedback on choice 2</extracomment>
        <translation>Sie hat die Daten, aber nicht die Kapazität: Ihre 8 Worker waren nur für die Fehlzugriffe ausgelegt.</translation>
    </message>
    <message>
        <source>A dead cache is a miss for every read: the web servers read the database instead.</source>
        <extracomment>caching, step 9, feedback on choice 3</extracomment>
        <translation>Ein ausgefallener Cache ist ein Fehlzugriff für jeden Lesezugriff: Die Webserver lesen stattdessen aus der Datenbank.</translation>
    </message>
    <message>
        <source>That would be so if db1 had room; here its queue fills and requests wait hundreds of ms.</source>
        <extracomment>caching, step 9, feedback on choice 4</extracomment>
        <translation>Das wäre so, wenn db1 Luft hätte; hier füllt sich seine Warteschlange, und Anfragen warten Hunderte von ms.</translation>
    </message>
    <message>
        <source>Every read now goes to db1. It answers about 15,000 requests in 15 s, all that 8 workers can, while more arrive: its queue fills, the 95th percentile (p95: 95 % of requests are faster) rises from 39 ms to about 420 ms and about 850 to 1,400 requests are dropped. Several cache servers, or a standby gutter pool, protect the database.</source>
        <extracomment>caching, step 9, answer explanation</extracomment>
        <translation>Jeder Lesezugriff geht jetzt an db1. Er beantwortet etwa 15.000 Anfragen in 15 s, alles, was 8 Worker schaffen, während weitere ankommen: Seine Warteschlange füllt sich, das 95. Perzentil (p95: 95 % der Anfragen sind schneller) steigt von 39 ms auf etwa 420 ms, und etwa 850 bis 1.400 Anfragen werden verworfen. Mehrere Cache-Server oder ein Gutter-Pool in Bereitschaft schützen die Datenbank.</translation>
    </message>
    <message>
        <source>Challenge: survive the cache dying</source>
        <extracomment>caching, step 10, title</extracomment>
        <translation>Aufgabe: den Ausfall des Caches überstehen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your turn. The same database, with its 8 workers, and the same 1,100 requests a second. This time &lt;b&gt;cache1&lt;/b&gt; dies at 5 s and does not come back. Change the design so that users hardly notice.&lt;/p&gt;</source>
        <extracomment>caching, step 10, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Sie sind dran. Dieselbe Datenbank mit ihren 8 Workern und dieselben 1.100 Anfragen pro Sekunde. Diesmal fällt &lt;b&gt;cache1&lt;/b&gt; bei 5 s aus und kommt nicht zurück. Ändern Sie den Aufbau so, dass die Nutzer kaum etwas merken.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 1,100 requests a second, with cache1 dead from 5 s: keep the 95th percentile under &lt;b&gt;100 ms&lt;/b&gt; and drop &lt;b&gt;no request&lt;/b&gt;, with at most &lt;b&gt;3 cache servers&lt;/b&gt;. The database stays as it is.&lt;/p&gt;</source>
        <extracomment>caching, step 10, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 1.100 Anfragen pro Sekunde und ab 5 s ausgefallenem cache1: Halten Sie das 95. Perzentil unter &lt;b&gt;100 ms&lt;/b&gt; und verwerfen Sie &lt;b&gt;keine Anfrage&lt;/b&gt;, mit höchstens &lt;b&gt;3 Cache-Servern&lt;/b&gt;. Die Datenbank bleibt, wie sie ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The 95th percentile stays under 100 ms.</source>
        <extracomment>caching, step 10, challenge goal latency_ms.p95 &lt; 100</extracomment>
        <translation>Das 95. Perzentil bleibt unter 100 ms.</translation>
    </message>
    <message>
        <source>No request is dropped.</source>
        <extracomment>caching, step 10, challenge goal requests.dropped == 0</extracomment>
        <translation>Keine Anfrage wird verworfen.</translation>
    </message>
    <message>
        <source>With a single cache, every key it held lands on the database at once. How could the death of one cache server cost only some of the keys?</source>
        <extracomment>caching, step 10, challenge hint 1</extracomment>
        <translation>Mit einem einzigen Cache landet jeder Schlüssel, den er hielt, auf einmal bei der Datenbank. Wie könnte der Ausfall eines Cache-Servers nur einen Teil der Schlüssel kosten?</translation>
    </message>
    <message>
        <source>Several caches linked to the same web servers share the keys between them: each holds its part, and a dead one loses only its part.</source>
        <extracomment>caching, step 10, challenge hint 2</extracomment>
        <translation>Mehrere Caches, die mit denselben Webservern verbunden sind, teilen die Schlüssel unter sich auf: Jeder hält seinen Teil, und ein ausgefallener verliert nur seinen Teil.</translation>
    </message>
    <message>
        <source>Add two caches like cache1 (1,000 keys, TTL 60 s) and link each one from web1 and from web2.</source>
        <extracomment>caching, step 10, challenge hint 3</extracomment>
        <translation>Fügen Sie zwei Caches wie cache1 hinzu (1.000 Schlüssel, TTL 60 s) und verbinden Sie web1 und web2 mit jedem der beiden.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Static files come from &lt;b&gt;assets&lt;/b&gt;, a storage bucket in the US: the &lt;b&gt;origin&lt;/b&gt;, where the original files live. Users in Europe and the US each ask their nearest &lt;b&gt;edge&lt;/b&gt;. On a miss the edge fetches the file from the origin and keeps it for a day, its &lt;b&gt;TTL&lt;/b&gt; (time to live); the next user who asks gets it from the edge.&lt;/p&gt;</source>
        <extracomment>cdn, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Statische Dateien kommen von &lt;b&gt;assets&lt;/b&gt;, einem Storage-Bucket in den USA: dem &lt;b&gt;Ursprungsserver&lt;/b&gt; (Origin), wo die Originaldateien liegen. Nutzer in Europa und in den USA fragen jeweils ihren nächstgelegenen &lt;b&gt;Edge-Server&lt;/b&gt;. Bei einem Fehlzugriff holt der Edge-Server die Datei vom Ursprungsserver und behält sie einen Tag lang, ihre &lt;b&gt;TTL&lt;/b&gt; (Time to Live); der nächste Nutzer, der danach fragt, bekommt sie vom Edge-Server.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Straight from the origin, a European user waited about 230 ms for each file. With the edges, what is the median time (half of the files come faster)?</source>
        <extracomment>cdn, step 1, question</extracomment>
        <translation>Direkt vom Ursprungsserver wartete ein europäischer Nutzer etwa 230 ms auf jede Datei. Wie lange dauert es mit den Edge-Servern im Median (die Hälfte der Dateien kommt schneller)?</translation>
    </message>
    <message>
        <source>About 2 ms</source>
        <extracomment>cdn, step 1, choice 4</extracomment>
        <translation>Etwa 2 ms</translation>
    </message>
    <message>
        <source>That would be so if most requests missed; popular files are hits on the nearby edge.</source>
        <extracomment>cdn, step 1, feedback on choice 1</extracomment>
        <translation>Das wäre so, wenn die meisten Anfragen Fehlzugriffe wären; beliebte Dateien sind Treffer auf dem nahen Edge-Server.</translation>
    </message>
    <message>
        <source>More than half of the files are hits, so the median file is a hit, not a mix of hits and misses.</source>
        <extracomment>cdn, step 1, feedback on choice 2</extracomment>
        <translation>Mehr als die Hälfte der Dateien sind Treffer, also ist die Datei im Median ein Treffer, keine Mischung aus Treffern und Fehlzugriffen.</translation>
    </message>
    <message>
        <source>Right: the median request is a hit on an edge a short hop away.</source>
        <extracomment>cdn, step 1, feedback on choice 3</extracomment>
        <translation>Richtig: Die Anfrage im Median ist ein Treffer auf einem Edge-Server, nur einen kurzen Hop entfernt.</translation>
    </message>
    <message>
        <source>Even a hit crosses the network to the edge and back: about 20 ms here.</source>
        <extracomment>cdn, step 1, feedback on choice 4</extracomment>
        <translation>Selbst ein Treffer geht über das Netzwerk zum Edge-Server und zurück: hier etwa 20 ms.</translation>
    </message>
    <message>
        <source>Most files are hits on a nearby edge: the median takes 21 ms. The edges sent 86 % of the bytes, an offload of 0.86 (the share of bytes the edges send instead of the origin), and the origin answered about 3,400 requests instead of 30,000.</source>
        <extracomment>cdn, step 1, answer explanation</extracomment>
        <translation>Die meisten Dateien sind Treffer auf einem nahen Edge-Server: Im Median dauert es 21 ms. Die Edge-Server sendeten 86 % der Bytes, eine Entlastung von 0,86 (der Anteil der Bytes, den die Edge-Server statt des Ursprungsservers senden), und der Ursprungsserver beantwortete etwa 3.400 statt 30.000 Anfragen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s &lt;b&gt;edge-eu&lt;/b&gt; dies, and comes back at 40 s, empty. A European client that gets no answer from its edge within 3 s stops waiting for it.&lt;/p&gt;</source>
        <extracomment>cdn, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 20 s fällt &lt;b&gt;edge-eu&lt;/b&gt; aus und kommt bei 40 s leer zurück. Ein europäischer Client, der von seinem Edge-Server innerhalb von 3 s keine Antwort bekommt, hört auf, darauf zu warten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All European requests, until the edge is back</source>
        <extracomment>cdn, step 2, choice 1</extracomment>
        <translation>Alle europäischen Anfragen, bis der Edge-Server zurück ist</translation>
    </message>
    <message>
        <source>Only the requests that hit the 3 s timeout</source>
        <extracomment>cdn, step 2, choice 2</extracomment>
        <translation>Nur die Anfragen, die in das 3-s-Timeout laufen</translation>
    </message>
    <message>
        <source>Clients are not tied to their edge: after the timeout they fetch from the origin.</source>
        <extracomment>cdn, step 2, feedback on choice 1</extracomment>
        <translation>Clients sind nicht an ihren Edge-Server gebunden: Nach dem Timeout holen sie die Dateien vom Ursprungsserver.</translation>
    </message>
    <message>
        <source>Those wait, but they do not fail: the client asks the origin next.</source>
        <extracomment>cdn, step 2, feedback on choice 2</extracomment>
        <translation>Diese warten, aber sie schlagen nicht fehl: Der Client fragt als Nächstes den Ursprungsserver.</translation>
    </message>
    <message>
        <source>Right: after the timeout each client fetches from the origin itself, slower but working.</source>
        <extracomment>cdn, step 2, feedback on choice 3</extracomment>
        <translation>Richtig: Nach dem Timeout holt jeder Client die Dateien selbst vom Ursprungsserver, langsamer, aber es funktioniert.</translation>
    </message>
    <message>
        <source>None fail: about 1,500 requests waited out the 3 s timeout and then fetched from the origin, and for 30 s after that the clients went straight to the origin. The cost is speed, the slowest 1 % took 3.2 s, and the origin sent 3.8 GB instead of 0.8 GB in the minute.</source>
        <extracomment>cdn, step 2, answer explanation</extracomment>
        <translation>Keine schlägt fehl: Etwa 1.500 Anfragen warteten das 3-s-Timeout ab und holten die Dateien dann vom Ursprungsserver, und 30 s lang danach gingen die Clients direkt zum Ursprungsserver. Der Preis ist die Geschwindigkeit: Die langsamsten 1 % dauerten 3,2 s, und der Ursprungsserver sendete in dieser Minute 3,8 GB statt 0,8 GB.</translation>
    </message>
    <message>
        <source>&lt;p&gt;We deploy new files, but every edge holds the old ones for a day. At 30 s we &lt;b&gt;invalidate&lt;/b&gt; /static/*. The message takes 5 s to reach the edges; then they drop their copies.&lt;/p&gt;</source>
        <extracomment>cdn, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Wir spielen neue Dateien aus, aber jeder Edge-Server hält die alten einen Tag lang vor. Bei 30 s &lt;b&gt;invalidieren&lt;/b&gt; wir /static/*. Die Nachricht braucht 5 s bis zu den Edge-Servern; dann verwerfen sie ihre Kopien.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fewer: the edges have room again</source>
        <extracomment>cdn, step 3, choice 2</extracomment>
        <translation>Weniger: Die Edge-Server haben wieder Platz</translation>
    </message>
    <message>
        <source>Right: each file the edges held is fetched from the origin once more.</source>
        <extracomment>cdn, step 3, feedback on choice 1</extracomment>
        <translation>Richtig: Jede Datei, die die Edge-Server vorhielten, wird noch einmal vom Ursprungsserver geholt.</translation>
    </message>
    <message>
        <source>Room does not help: a dropped file is not in the cache, so the next request for it is a miss.</source>
        <extracomment>cdn, step 3, feedback on choice 2</extracomment>
        <translation>Platz hilft nicht: Eine verworfene Datei ist nicht im Cache, also ist die nächste Anfrage danach ein Fehlzugriff.</translation>
    </message>
    <message>
        <source>The edges threw away every copy: each file they held costs one more miss.</source>
        <extracomment>cdn, step 3, feedback on choice 3</extracomment>
        <translation>Die Edge-Server haben jede Kopie weggeworfen: Jede Datei, die sie vorhielten, kostet einen Fehlzugriff mehr.</translation>
    </message>
    <message>
        <source>Each dropped file is missed once and then cached again: the misses do not go on.</source>
        <extracomment>cdn, step 3, feedback on choice 4</extracomment>
        <translation>Jede verworfene Datei verursacht einmal einen Fehlzugriff und wird dann wieder gecacht: Die Fehlzugriffe gehen nicht immer weiter.</translation>
    </message>
    <message>
        <source>They are invalidated automatically</source>
        <extracomment>cdn, step 4, choice 1</extracomment>
        <translation>Sie werden automatisch invalidiert</translation>
    </message>
    <message>
        <source>They are overwritten by the new files</source>
        <extracomment>cdn, step 4, choice 3</extracomment>
        <translation>Sie werden von den neuen Dateien überschrieben</translation>
    </message>
    <message>
        <source>Users keep getting them until they expire</source>
        <extracomment>cdn, step 4, choice 4</extracomment>
        <translation>Die Nutzer bekommen sie weiterhin, bis sie ablaufen</translation>
    </message>
    <message>
        <source>Nothing invalidates them: nobody asks for the old names any more, that is all.</source>
        <extracomment>cdn, step 4, feedback on choice 1</extracomment>
        <translation>Nichts invalidiert sie: Es fragt einfach niemand mehr nach den alten Namen, das ist alles.</translation>
    </message>
    <message>
        <source>Right: they just sit there, unused, until the edge drops them.</source>
        <extracomment>cdn, step 4, feedback on choice 2</extracomment>
        <translation>Richtig: Sie liegen einfach ungenutzt herum, bis der Edge-Server sie verwirft.</translation>
    </message>
    <message>
        <source>The new files have new names: app.v2.css is a different key from app.css.</source>
        <extracomment>cdn, step 4, feedback on choice 3</extracomment>
        <translation>Die neuen Dateien haben neue Namen: app.v2.css ist ein anderer Schlüssel als app.css.</translation>
    </message>
    <message>
        <source>The pages now link the new names, so no user asks for the old files.</source>
        <extracomment>cdn, step 4, feedback on choice 4</extracomment>
        <translation>Die Seiten verlinken jetzt die neuen Namen, also fragt kein Nutzer nach den alten Dateien.</translation>
    </message>
    <message>
        <source>Five million files</source>
        <extracomment>cdn, step 5, title</extracomment>
        <translation>Fünf Millionen Dateien</translation>
    </message>
    <message>
        <source>Served from the origin alone, this traffic costs $0.55. What is the bill with the CDN, in dollars?</source>
        <extracomment>cdn, step 5, question</extracomment>
        <translation>Allein vom Ursprungsserver ausgeliefert, kostet dieser Verkehr 0,55 $. Wie hoch ist die Rechnung mit dem CDN, in Dollar?</translation>
    </message>
    <message>
        <source>USD</source>
        <extracomment>cdn, step 5, unit of the predicted number</extracomment>
        <translation>USD</translation>
    </message>
    <message>
        <source>Nearly every request is a miss, paid twice: the origin&apos;s host bills the fill, the CDN the delivery. $1.10 against $0.55 without a CDN, and not one bit faster. Twice rests on this example&apos;s prices: the origin&apos;s host bills a fill at the same $0.09/GB as a delivery. From an origin in the CDN&apos;s own cloud (S3 behind CloudFront) fills are free: the bill would be about the $0.55 of no CDN.</source>
        <extracomment>cdn, step 5, answer explanation</extracomment>
        <translation>Fast jede Anfrage ist ein Fehlzugriff und wird doppelt bezahlt: Der Hoster des Ursprungsservers berechnet die Befüllung, das CDN die Auslieferung. 1,10 $ gegenüber 0,55 $ ohne CDN, und kein bisschen schneller. Das Doppelte ergibt sich aus den Preisen dieses Beispiels: Der Hoster des Ursprungsservers berechnet eine Befüllung mit denselben 0,09 $/GB wie eine Auslieferung. Von einem Ursprungsserver in der eigenen Cloud des CDN (S3 hinter CloudFront) sind Befüllungen kostenlos: Die Rechnung läge dann etwa bei den 0,55 $ ohne CDN.</translation>
    </message>
    <message>
        <source>It stays above 0.9: the files are the same</source>
        <extracomment>cdn, step 6, choice 1</extracomment>
        <translation>Sie bleibt über 0,9: Die Dateien sind dieselben</translation>
    </message>
    <message>
        <source>It falls to about half</source>
        <extracomment>cdn, step 6, choice 2</extracomment>
        <translation>Sie fällt auf etwa die Hälfte</translation>
    </message>
    <message>
        <source>It falls below 0.2</source>
        <extracomment>cdn, step 6, choice 3</extracomment>
        <translation>Sie fällt unter 0,2</translation>
    </message>
    <message>
        <source>The edge cannot tell they are the same: a different key is a different entry, fetched again from the origin.</source>
        <extracomment>cdn, step 6, feedback on choice 1</extracomment>
        <translation>Der Edge-Server kann nicht erkennen, dass sie dieselben sind: Ein anderer Schlüssel ist ein anderer Eintrag, der erneut vom Ursprungsserver geholt wird.</translation>
    </message>
    <message>
        <source>That would be so if a few users shared each copy; with a session cookie in the key no copy is shared at all.</source>
        <extracomment>cdn, step 6, feedback on choice 2</extracomment>
        <translation>Das wäre so, wenn sich einige Nutzer jede Kopie teilten; mit einem Sitzungscookie im Schlüssel wird überhaupt keine Kopie geteilt.</translation>
    </message>
    <message>
        <source>Right: a copy made for one user is useless to the next, so almost every request misses.</source>
        <extracomment>cdn, step 6, feedback on choice 3</extracomment>
        <translation>Richtig: Eine für einen Nutzer angelegte Kopie nützt dem nächsten nichts, also ist fast jede Anfrage ein Fehlzugriff.</translation>
    </message>
    <message>
        <source>Challenge: one copy per language</source>
        <extracomment>cdn, step 7, title</extracomment>
        <translation>Aufgabe: eine Kopie pro Sprache</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your turn. These pages come in five languages, but they are the same for every user: the session cookie changes nothing in them. Make the edges useful again without ever sending a page in the wrong language.&lt;/p&gt;</source>
        <extracomment>cdn, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Sie sind dran. Diese Seiten gibt es in fünf Sprachen, aber sie sind für jeden Nutzer gleich: Das Sitzungscookie ändert nichts an ihnen. Machen Sie die Edge-Server wieder nützlich, ohne jemals eine Seite in der falschen Sprache auszuliefern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The median answer takes under 30 ms.</source>
        <extracomment>cdn, step 7, challenge goal latency_ms.p50 &lt; 30</extracomment>
        <translation>Die Antwort dauert im Median unter 30 ms.</translation>
    </message>
    <message>
        <source>How many copies of one file can an edge hold now? Count the users, then the languages.</source>
        <extracomment>cdn, step 7, challenge hint 1</extracomment>
        <translation>Wie viele Kopien einer Datei kann ein Edge-Server jetzt vorhalten? Zählen Sie die Nutzer, dann die Sprachen.</translation>
    </message>
    <message>
        <source>Which part of the cache key changes the page a user gets, and which only makes every copy private?</source>
        <extracomment>cdn, step 7, challenge hint 2</extracomment>
        <translation>Welcher Teil des Cache-Schlüssels ändert die Seite, die ein Nutzer bekommt, und welcher macht nur jede Kopie privat?</translation>
    </message>
    <message>
        <source>Take the cookies out of the cache key on both edges; keep Accept-Language in it.</source>
        <extracomment>cdn, step 7, challenge hint 3</extracomment>
        <translation>Nehmen Sie auf beiden Edge-Servern die Cookies aus dem Cache-Schlüssel; lassen Sie Accept-Language darin.</translation>
    </message>
    <message>
        <source>The primary dies</source>
        <extracomment>failover, step 1, title</extracomment>
        <translation>Der Primärserver fällt aus</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s the primary &lt;b&gt;db1&lt;/b&gt; dies. Reads carry on from the replicas, but writes have nowhere to go. After 5 s the most up-to-date replica, &lt;b&gt;db2&lt;/b&gt;, is &lt;b&gt;promoted&lt;/b&gt;: it becomes the primary and takes the writes. Handing the primary&apos;s job to another database like this is &lt;b&gt;failover&lt;/b&gt;. Replication is asynchronous: db1 answers &quot;saved&quot; as soon as it has committed a write, and ships it to the replicas afterwards.&lt;/p&gt;</source>
        <extracomment>failover, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 20 s fällt der Primärserver &lt;b&gt;db1&lt;/b&gt; aus. Lesezugriffe laufen über die Replikate weiter, aber Schreibzugriffe können nirgendwohin. Nach 5 s wird das aktuellste Replikat, &lt;b&gt;db2&lt;/b&gt;, &lt;b&gt;befördert&lt;/b&gt;: Es wird zum Primärserver und nimmt die Schreibzugriffe an. Die Aufgabe des Primärservers so an eine andere Datenbank zu übergeben, nennt man &lt;b&gt;Failover&lt;/b&gt;. Die Replikation ist asynchron: db1 antwortet „gespeichert“, sobald er einen Schreibzugriff festgeschrieben hat, und überträgt ihn erst danach an die Replikate.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Yes: db2 is a copy of db1</source>
        <extracomment>failover, step 1, choice 1</extracomment>
        <translation>Ja: db2 ist eine Kopie von db1</translation>
    </message>
    <message>
        <source>Yes: the promotion waits until db2 has caught up</source>
        <extracomment>failover, step 1, choice 2</extracomment>
        <translation>Ja: Die Beförderung wartet, bis db2 aufgeholt hat</translation>
    </message>
    <message>
        <source>No: the writes db1 had not shipped yet are gone</source>
        <extracomment>failover, step 1, choice 3</extracomment>
        <translation>Nein: Die Schreibzugriffe, die db1 noch nicht übertragen hatte, sind weg</translation>
    </message>
    <message>
        <source>No: every write of the 5 s without a primary is lost</source>
        <extracomment>failover, step 1, choice 4</extracomment>
        <translation>Nein: Jeder Schreibzugriff aus den 5 s ohne Primärserver geht verloren</translation>
    </message>
    <message>
        <source>A copy only of what db1 shipped: with asynchronous replication db1 says &quot;saved&quot; before the replicas have the write.</source>
        <extracomment>failover, step 1, feedback on choice 1</extracomment>
        <translation>Eine Kopie nur dessen, was db1 übertragen hat: Bei asynchroner Replikation sagt db1 „gespeichert“, bevor die Replikate den Schreibzugriff haben.</translation>
    </message>
    <message>
        <source>db2 can catch up only with what db1 sent; what db1 never shipped died with it.</source>
        <extracomment>failover, step 1, feedback on choice 2</extracomment>
        <translation>db2 kann nur mit dem aufholen, was db1 gesendet hat; was db1 nie übertragen hat, ist mit ihm untergegangen.</translation>
    </message>
    <message>
        <source>Right: those writes existed only on db1.</source>
        <extracomment>failover, step 1, feedback on choice 3</extracomment>
        <translation>Richtig: Diese Schreibzugriffe existierten nur auf db1.</translation>
    </message>
    <message>
        <source>Those writes were refused, not lost: their users got an error and were never told &quot;saved&quot;.</source>
        <extracomment>failover, step 1, feedback on choice 4</extracomment>
        <translation>Diese Schreibzugriffe wurden abgelehnt, nicht verloren: Ihre Nutzer bekamen einen Fehler, und niemand sagte ihnen „gespeichert“.</translation>
    </message>
    <message>
        <source>A handful of acknowledged writes, about ten (5 to 20 depending on the seed), existed only on db1 and were lost: their users were told &quot;saved&quot;. About 600 writes failed, with an error, during the 5 s without a primary.</source>
        <extracomment>failover, step 1, answer explanation</extracomment>
        <translation>Eine Handvoll bestätigter Schreibzugriffe, etwa zehn (je nach Seed 5 bis 20), existierte nur auf db1 und ging verloren: Ihren Nutzern war „gespeichert“ gemeldet worden. Etwa 600 Schreibzugriffe schlugen in den 5 s ohne Primärserver mit einem Fehler fehl.</translation>
    </message>
    <message>
        <source>None: db2 takes over before anything is lost</source>
        <extracomment>failover, step 2, choice 1</extracomment>
        <translation>Keine: db2 übernimmt, bevor etwas verloren geht</translation>
    </message>
    <message>
        <source>Fewer: there is less time without a primary</source>
        <extracomment>failover, step 2, choice 2</extracomment>
        <translation>Weniger: Es gibt weniger Zeit ohne Primärserver</translation>
    </message>
    <message>
        <source>More: a hasty promotion skips the catch-up</source>
        <extracomment>failover, step 2, choice 3</extracomment>
        <translation>Mehr: Eine überhastete Beförderung überspringt das Aufholen</translation>
    </message>
    <message>
        <source>The same as with 5 s</source>
        <extracomment>failover, step 2, choice 4</extracomment>
        <translation>Genauso viele wie bei 5 s</translation>
    </message>
    <message>
        <source>Speed does not help writes that were never shipped: they were lost the moment db1 died.</source>
        <extracomment>failover, step 2, feedback on choice 1</extracomment>
        <translation>Geschwindigkeit hilft nicht bei Schreibzugriffen, die nie übertragen wurden: Sie gingen in dem Moment verloren, in dem db1 ausfiel.</translation>
    </message>
    <message>
        <source>Less time refusing writes, yes; but a refused write is an error, not a lost write.</source>
        <extracomment>failover, step 2, feedback on choice 2</extracomment>
        <translation>Weniger Zeit, in der Schreibzugriffe abgelehnt werden, ja; aber ein abgelehnter Schreibzugriff ist ein Fehler, kein verlorener Schreibzugriff.</translation>
    </message>
    <message>
        <source>db2 applies everything db1 shipped either way; the unshipped writes are the same however long we wait.</source>
        <extracomment>failover, step 2, feedback on choice 3</extracomment>
        <translation>db2 übernimmt so oder so alles, was db1 übertragen hat; die nicht übertragenen Schreibzugriffe bleiben dieselben, egal wie lange wir warten.</translation>
    </message>
    <message>
        <source>Right: the lost writes are the ones db1 never shipped, decided when it died.</source>
        <extracomment>failover, step 2, feedback on choice 4</extracomment>
        <translation>Richtig: Die verlorenen Schreibzugriffe sind die, die db1 nie übertragen hat, und welche das sind, stand fest, als er ausfiel.</translation>
    </message>
    <message>
        <source>The outage shrinks, about 120 failed writes instead of 600, but the same acknowledged writes are lost: they were never shipped, however soon we promote.</source>
        <extracomment>failover, step 2, answer explanation</extracomment>
        <translation>Der Ausfall schrumpft, etwa 120 fehlgeschlagene Schreibzugriffe statt 600, aber dieselben bestätigten Schreibzugriffe gehen verloren: Sie wurden nie übertragen, wie schnell wir auch befördern.</translation>
    </message>
    <message>
        <source>Ship delay and lost writes</source>
        <extracomment>failover, step 3, title</extracomment>
        <translation>Versandverzögerung und verlorene Schreibzugriffe</translation>
    </message>
    <message>
        <source>&lt;p&gt;The writes lost at a failover are the ones db1 had acknowledged but not yet shipped when it died. Move the slider to change the ship delay from 0 to 1 second; db1 still dies at 20 s and db2 is promoted 5 s later.&lt;/p&gt;&lt;p&gt;Before you move it: what shape will the curve take? About 120 writes arrive each second (30 % of 400 requests). How many would you expect to lose at 500 ms? What does the curve say about a replica in a data centre far away, chosen as the one to promote?&lt;/p&gt;</source>
        <extracomment>failover, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Die bei einem Failover verlorenen Schreibzugriffe sind die, die db1 bestätigt, aber bei seinem Ausfall noch nicht übertragen hatte. Bewegen Sie den Regler, um die Versandverzögerung von 0 bis 1 Sekunde zu ändern; db1 fällt weiterhin bei 20 s aus, und db2 wird 5 s später befördert.&lt;/p&gt;&lt;p&gt;Bevor Sie ihn bewegen: Welche Form wird die Kurve haben? Pro Sekunde kommen etwa 120 Schreibzugriffe an (30 % von 400 Anfragen). Wie viele würden Sie bei 500 ms zu verlieren erwarten? Was sagt die Kurve über ein Replikat in einem weit entfernten Rechenzentrum, wenn gerade dieses für die Beförderung ausgewählt ist?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ship delay (ms)</source>
        <extracomment>failover, step 3, explore: the slider&apos;s label</extracomment>
        <translation>Versandverzögerung (ms)</translation>
    </message>
    <message>
        <source>Acknowledged writes lost</source>
        <extracomment>failover, step 3, explore: the plotted figure&apos;s label</extracomment>
        <translation>Verlorene bestätigte Schreibzugriffe</translation>
    </message>
    <message>
        <source>&lt;p&gt;The primary wrote every committed write to its &lt;b&gt;binary log&lt;/b&gt; on disk. Before db2 is promoted, a recovery step reads the dead primary&apos;s binlog and replays the writes db2 is missing. This takes 2 s. It works only because db1 crashed but its disk survived: a lost disk takes the binlog with it.&lt;/p&gt;</source>
        <extracomment>failover, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Der Primärserver hat jeden festgeschriebenen Schreibzugriff in sein &lt;b&gt;Binärlog&lt;/b&gt; auf der Festplatte geschrieben. Bevor db2 befördert wird, liest ein Wiederherstellungsschritt das Binlog des ausgefallenen Primärservers und spielt die Schreibzugriffe nach, die db2 fehlen. Das dauert 2 s. Es funktioniert nur, weil db1 abgestürzt ist, seine Festplatte aber überlebt hat: Mit einer verlorenen Festplatte ist auch das Binlog verloren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing: the replay runs in the background</source>
        <extracomment>failover, step 4, choice 4</extracomment>
        <translation>Nichts: Das Nachspielen läuft im Hintergrund</translation>
    </message>
    <message>
        <source>Right: writes are refused until the replay is done.</source>
        <extracomment>failover, step 4, feedback on choice 1</extracomment>
        <translation>Richtig: Schreibzugriffe werden abgelehnt, bis das Nachspielen fertig ist.</translation>
    </message>
    <message>
        <source>The binlog holds every committed write, and db1&apos;s disk survived here: none is lost.</source>
        <extracomment>failover, step 4, feedback on choice 2</extracomment>
        <translation>Das Binlog enthält jeden festgeschriebenen Schreibzugriff, und die Festplatte von db1 hat hier überlebt: Keiner geht verloren.</translation>
    </message>
    <message>
        <source>Once replayed, db2 has every write; replication then carries on as before.</source>
        <extracomment>failover, step 4, feedback on choice 3</extracomment>
        <translation>Nach dem Nachspielen hat db2 jeden Schreibzugriff; danach läuft die Replikation weiter wie zuvor.</translation>
    </message>
    <message>
        <source>db2 must have the old writes before it takes new ones, or they would land in the wrong order: writes wait.</source>
        <extracomment>failover, step 4, feedback on choice 4</extracomment>
        <translation>db2 muss die alten Schreibzugriffe haben, bevor er neue annimmt, sonst kämen sie in der falschen Reihenfolge an: Schreibzugriffe warten.</translation>
    </message>
    <message>
        <source>All the missing writes were replayed and none was lost. Writes were refused for 2 s longer: about 850 errors instead of 600.</source>
        <extracomment>failover, step 4, answer explanation</extracomment>
        <translation>Alle fehlenden Schreibzugriffe wurden nachgespielt, und keiner ging verloren. Schreibzugriffe wurden 2 s länger abgelehnt: etwa 850 Fehler statt 600.</translation>
    </message>
    <message>
        <source>Some acknowledged writes are still lost</source>
        <extracomment>failover, step 5, choice 2</extracomment>
        <translation>Einige bestätigte Schreibzugriffe gehen trotzdem verloren</translation>
    </message>
    <message>
        <source>Slower reads: replicas must confirm first</source>
        <extracomment>failover, step 5, choice 3</extracomment>
        <translation>Langsamere Lesezugriffe: Replikate müssen zuerst bestätigen</translation>
    </message>
    <message>
        <source>Nothing: only the moment of the answer changes</source>
        <extracomment>failover, step 5, choice 4</extracomment>
        <translation>Nichts: Nur der Zeitpunkt der Antwort ändert sich</translation>
    </message>
    <message>
        <source>Right: each write waits for a replica before the user hears &quot;saved&quot;.</source>
        <extracomment>failover, step 5, feedback on choice 1</extracomment>
        <translation>Richtig: Jeder Schreibzugriff wartet auf ein Replikat, bevor der Nutzer „gespeichert“ hört.</translation>
    </message>
    <message>
        <source>A write is acknowledged only once a replica has it, so the primary&apos;s death loses none.</source>
        <extracomment>failover, step 5, feedback on choice 2</extracomment>
        <translation>Ein Schreibzugriff wird erst bestätigt, wenn ein Replikat ihn hat, also kostet der Ausfall des Primärservers keinen.</translation>
    </message>
    <message>
        <source>Reads do not wait for replication; replicas answer them as before, sometimes with an old value.</source>
        <extracomment>failover, step 5, feedback on choice 3</extracomment>
        <translation>Lesezugriffe warten nicht auf die Replikation; Replikate beantworten sie wie zuvor, manchmal mit einem alten Wert.</translation>
    </message>
    <message>
        <source>That moment is the cost: each write now waits for a round trip to a replica.</source>
        <extracomment>failover, step 5, feedback on choice 4</extracomment>
        <translation>Genau dieser Zeitpunkt ist der Preis: Jeder Schreibzugriff wartet jetzt auf einen Roundtrip zu einem Replikat.</translation>
    </message>
    <message>
        <source>No acknowledged write is lost. But the slowest requests, the writes, now take about 140 ms at the 95th percentile (p95: 95 % of requests are faster) instead of 37 ms. And replicas are not fresh: about 1,400 reads are still stale (2,800 with async), because semi-sync waits for the relay log, not for the apply. Semi-sync protects acknowledged writes, not freshness.</source>
        <extracomment>failover, step 5, answer explanation</extracomment>
        <translation>Kein bestätigter Schreibzugriff geht verloren. Aber die langsamsten Anfragen, die Schreibzugriffe, dauern jetzt beim 95. Perzentil (p95: 95 % der Anfragen sind schneller) etwa 140 ms statt 37 ms. Und die Replikate sind nicht aktuell: Etwa 1.400 Lesezugriffe sind weiterhin veraltet (2.800 bei asynchroner Replikation), weil semisynchrone Replikation auf das Relay-Log wartet, nicht auf das Übernehmen. Semisynchrone Replikation schützt bestätigte Schreibzugriffe, nicht die Aktualität.</translation>
    </message>
    <message>
        <source>Challenge: lose nothing, stay fast</source>
        <extracomment>failover, step 6, title</extracomment>
        <translation>Aufgabe: nichts verlieren, schnell bleiben</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to the first step: asynchronous replication, and &lt;b&gt;db1&lt;/b&gt; dies at 20 s. Writes whose users were told &quot;saved&quot; are lost when db2 is promoted: 5 to 20 of them, depending on the run. You have seen more than one way to keep them; they do not cost the same.&lt;/p&gt;</source>
        <extracomment>failover, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Zurück zum ersten Schritt: asynchrone Replikation, und &lt;b&gt;db1&lt;/b&gt; fällt bei 20 s aus. Schreibzugriffe, deren Nutzern „gespeichert“ gemeldet wurde, gehen verloren, wenn db2 befördert wird: je nach Lauf 5 bis 20. Sie haben mehr als einen Weg gesehen, sie zu bewahren; die Wege kosten nicht dasselbe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;db1 still dies at 20 s. Lose no acknowledged write, and keep the p95 under 80 ms.&lt;/p&gt;</source>
        <extracomment>failover, step 6, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;db1 fällt weiterhin bei 20 s aus. Verlieren Sie keinen bestätigten Schreibzugriff, und halten Sie das p95 unter 80 ms.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>95 of every 100 answers take under 80 ms.</source>
        <extracomment>failover, step 6, challenge goal latency_ms.p95 &lt; 80</extracomment>
        <translation>95 von 100 Antworten dauern weniger als 80 ms.</translation>
    </message>
    <message>
        <source>Semi-synchronous replication loses nothing. What did it do to the p95?</source>
        <extracomment>failover, step 6, challenge hint 1</extracomment>
        <translation>Semisynchrone Replikation verliert nichts. Was hat sie mit dem p95 gemacht?</translation>
    </message>
    <message>
        <source>A write that only db1 acknowledged is not gone for good: db1 wrote it to its binary log on disk before it answered.</source>
        <extracomment>failover, step 6, challenge hint 2</extracomment>
        <translation>Ein Schreibzugriff, den nur db1 bestätigt hat, ist nicht endgültig weg: db1 hat ihn in sein Binärlog auf der Festplatte geschrieben, bevor er antwortete.</translation>
    </message>
    <message>
        <source>Keep asynchronous replication, and let the failover replay the dead primary&apos;s binlog before db2 is promoted.</source>
        <extracomment>failover, step 6, challenge hint 3</extracomment>
        <translation>Behalten Sie die asynchrone Replikation bei, und lassen Sie das Failover das Binlog des ausgefallenen Primärservers nachspielen, bevor db2 befördert wird.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Two servers behind a round-robin balancer, 800 requests a second. At 30 s &lt;b&gt;web2&lt;/b&gt; crashes. This balancer never checks its servers.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Zwei Server hinter einem Load Balancer mit Round Robin, 800 Anfragen pro Sekunde. Bei 30 s stürzt &lt;b&gt;web2&lt;/b&gt; ab. Dieser Load Balancer prüft seine Server nie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>After web2 crashes, what percentage of the requests fails?</source>
        <extracomment>health-and-sessions, step 1, question</extracomment>
        <translation>Wie viel Prozent der Anfragen schlagen fehl, nachdem web2 abgestürzt ist?</translation>
    </message>
    <message>
        <source>%</source>
        <extracomment>health-and-sessions, step 1, unit of the predicted number</extracomment>
        <translation>%</translation>
    </message>
    <message>
        <source>Round robin still gives the dead web2 every other turn: about 12,000 of the 24,000 requests of the last 30 s fail, half, while web1 has room to take them all.</source>
        <extracomment>health-and-sessions, step 1, answer explanation</extracomment>
        <translation>Round Robin lässt den ausgefallenen web2 weiterhin jedes zweite Mal an die Reihe kommen: Etwa 12.000 der 24.000 Anfragen der letzten 30 s schlagen fehl, die Hälfte, obwohl web1 Platz hätte, sie alle zu übernehmen.</translation>
    </message>
    <message>
        <source>web2 dies at 20.5 s. For about how many seconds do requests keep failing?</source>
        <extracomment>health-and-sessions, step 2, question</extracomment>
        <translation>web2 fällt bei 20,5 s aus. Etwa wie viele Sekunden lang schlagen noch Anfragen fehl?</translation>
    </message>
    <message>
        <source>s</source>
        <extracomment>health-and-sessions, step 2, unit of the predicted number</extracomment>
        <translation>s</translation>
    </message>
    <message>
        <source>It takes three failed checks to be sure: about 5.5 s, or about 1,100 errors at the 200 requests a second web2 was getting. After that, none. When web2 is back, two good checks return it to the pool and it takes its third again.</source>
        <extracomment>health-and-sessions, step 2, answer explanation</extracomment>
        <translation>Erst drei fehlgeschlagene Checks geben Gewissheit: etwa 5,5 s, also etwa 1.100 Fehler bei den 200 Anfragen pro Sekunde, die web2 bekam. Danach keine mehr. Wenn web2 zurück ist, bringen zwei erfolgreiche Checks ihn wieder in den Pool, und er übernimmt wieder sein Drittel.</translation>
    </message>
    <message>
        <source>How often should the balancer check?</source>
        <extracomment>health-and-sessions, step 3, title</extracomment>
        <translation>Wie oft sollte der Load Balancer prüfen?</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same three servers at 600 requests a second; &lt;b&gt;web2&lt;/b&gt; dies at 20.5 s. Every &lt;b&gt;check interval&lt;/b&gt; the balancer asks each server whether it is alive, and three failed checks in a row take a server out of the pool. Move the slider from a quarter of a second to 6 seconds.&lt;/p&gt;&lt;p&gt;Before you move it: how should the failed requests grow with the interval, steadily or in a curve? Roughly how many requests does web2 get in one interval? In this simulation a check costs nothing; what would checking every few milliseconds cost a real site with hundreds of servers and several balancers?&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Dieselben drei Server bei 600 Anfragen pro Sekunde; &lt;b&gt;web2&lt;/b&gt; fällt bei 20,5 s aus. In jedem &lt;b&gt;Check-Intervall&lt;/b&gt; fragt der Load Balancer jeden Server, ob er noch läuft, und drei fehlgeschlagene Checks in Folge nehmen einen Server aus dem Pool. Bewegen Sie den Regler von einer Viertelsekunde bis 6 Sekunden.&lt;/p&gt;&lt;p&gt;Bevor Sie ihn bewegen: Wie sollten die fehlgeschlagenen Anfragen mit dem Intervall wachsen, gleichmäßig oder in einer Kurve? Etwa wie viele Anfragen bekommt web2 in einem Intervall? In dieser Simulation kostet ein Check nichts; was würde es eine echte Website mit Hunderten von Servern und mehreren Load Balancern kosten, alle paar Millisekunden zu prüfen?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Health-check interval (ms)</source>
        <extracomment>health-and-sessions, step 3, explore: the slider&apos;s label</extracomment>
        <translation>Health-Check-Intervall (ms)</translation>
    </message>
    <message>
        <source>Failed requests in 40 s</source>
        <extracomment>health-and-sessions, step 3, explore: the plotted figure&apos;s label</extracomment>
        <translation>Fehlgeschlagene Anfragen in 40 s</translation>
    </message>
    <message>
        <source>web2 dies at 10 s. About how many requests fail before it is ejected?</source>
        <extracomment>health-and-sessions, step 4, question</extracomment>
        <translation>web2 fällt bei 10 s aus. Etwa wie viele Anfragen schlagen fehl, bevor er ausgeschlossen wird?</translation>
    </message>
    <message>
        <source>Five or six: the five errors in a row that eject web2, sometimes one more already on its way. Passive checks react within a few requests, where active checks take seconds; but only a server that gets traffic can be judged, so balancers use both kinds.</source>
        <extracomment>health-and-sessions, step 4, answer explanation</extracomment>
        <translation>Fünf oder sechs: die fünf Fehler in Folge, die web2 ausschließen, manchmal noch einer mehr, der schon unterwegs war. Passive Checks reagieren innerhalb weniger Anfragen, während aktive Checks Sekunden brauchen; aber beurteilen lässt sich nur ein Server, der Verkehr bekommt, deshalb nutzen Load Balancer beide Arten.</translation>
    </message>
    <message>
        <source>They must log in again on another server</source>
        <extracomment>health-and-sessions, step 5, choice 1</extracomment>
        <translation>Sie müssen sich auf einem anderen Server neu anmelden</translation>
    </message>
    <message>
        <source>They carry on, on web1 or web3, logged in as before</source>
        <extracomment>health-and-sessions, step 5, choice 2</extracomment>
        <translation>Sie machen auf web1 oder web3 weiter, angemeldet wie zuvor</translation>
    </message>
    <message>
        <source>They get errors until web2 returns</source>
        <extracomment>health-and-sessions, step 5, choice 3</extracomment>
        <translation>Sie bekommen Fehler, bis web2 zurück ist</translation>
    </message>
    <message>
        <source>They carry on: the balancer kept a copy of their sessions</source>
        <extracomment>health-and-sessions, step 5, choice 4</extracomment>
        <translation>Sie machen weiter: Der Load Balancer hat eine Kopie ihrer Sitzungen behalten</translation>
    </message>
    <message>
        <source>Right: the sessions vanished with web2&apos;s memory, so the other servers treat them as strangers.</source>
        <extracomment>health-and-sessions, step 5, feedback on choice 1</extracomment>
        <translation>Richtig: Die Sitzungen verschwanden mit dem Speicher von web2, also behandeln die anderen Server diese Nutzer als Fremde.</translation>
    </message>
    <message>
        <source>Their sessions were only in web2&apos;s memory; web1 and web3 have never seen them.</source>
        <extracomment>health-and-sessions, step 5, feedback on choice 2</extracomment>
        <translation>Ihre Sitzungen lagen nur im Speicher von web2; web1 und web3 haben sie nie gesehen.</translation>
    </message>
    <message>
        <source>A few requests in flight fail, but the balancer moves these users to the live servers at once.</source>
        <extracomment>health-and-sessions, step 5, feedback on choice 3</extracomment>
        <translation>Einige gerade unterwegs befindliche Anfragen schlagen fehl, aber der Load Balancer verschiebt diese Nutzer sofort auf die noch laufenden Server.</translation>
    </message>
    <message>
        <source>A balancer forwards requests; it keeps no copy of what the servers hold in memory.</source>
        <extracomment>health-and-sessions, step 5, feedback on choice 4</extracomment>
        <translation>Ein Load Balancer leitet Anfragen weiter; er behält keine Kopie dessen, was die Server im Speicher halten.</translation>
    </message>
    <message>
        <source>Only those of the users web2 was serving at that moment</source>
        <extracomment>health-and-sessions, step 6, choice 2</extracomment>
        <translation>Nur die der Nutzer, die web2 in diesem Moment gerade bediente</translation>
    </message>
    <message>
        <source>None: web2 held no session</source>
        <extracomment>health-and-sessions, step 6, choice 3</extracomment>
        <translation>Keine: web2 hielt keine Sitzung</translation>
    </message>
    <message>
        <source>Those were lost because they lived in web2&apos;s memory; now web2 keeps nothing between requests.</source>
        <extracomment>health-and-sessions, step 6, feedback on choice 1</extracomment>
        <translation>Diese gingen verloren, weil sie im Speicher von web2 lagen; jetzt behält web2 zwischen den Anfragen nichts.</translation>
    </message>
    <message>
        <source>Those requests fail, but their sessions are safe in the store: the next request finds them.</source>
        <extracomment>health-and-sessions, step 6, feedback on choice 2</extracomment>
        <translation>Diese Anfragen schlagen fehl, aber ihre Sitzungen sind im Sitzungsspeicher sicher: Die nächste Anfrage findet sie.</translation>
    </message>
    <message>
        <source>Right: the sessions are in the store, and web2 held none of them.</source>
        <extracomment>health-and-sessions, step 6, feedback on choice 3</extracomment>
        <translation>Richtig: Die Sitzungen liegen im Sitzungsspeicher, und web2 hielt keine davon.</translation>
    </message>
    <message>
        <source>No session is lost: they are in the store. About 400 requests still fail: those in progress on web2 when it died, and those sent to it until the health checks take it out of the pool.</source>
        <extracomment>health-and-sessions, step 6, answer explanation</extracomment>
        <translation>Keine Sitzung geht verloren: Sie liegen im Sitzungsspeicher. Etwa 400 Anfragen schlagen trotzdem fehl: die, die gerade auf web2 liefen, als er ausfiel, und die, die an ihn geschickt werden, bis die Health Checks ihn aus dem Pool nehmen.</translation>
    </message>
    <message>
        <source>Challenge: a crash that logs nobody out</source>
        <extracomment>health-and-sessions, step 7, title</extracomment>
        <translation>Aufgabe: ein Absturz, der niemanden abmeldet</translation>
    </message>
    <message>
        <source>&lt;p&gt;The stateful servers again: each user&apos;s session lives in the memory of one server, and the balancer keeps sending the user there. At 10 s &lt;b&gt;web2&lt;/b&gt; dies, and about 150 users must log in again.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;session store&lt;/b&gt; stands on the canvas, linked to nothing yet. Can you change where the sessions live so that a dead server costs nobody their session?&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Wieder die zustandsbehafteten Server: Die Sitzung jedes Nutzers liegt im Speicher eines Servers, und der Load Balancer schickt den Nutzer immer wieder dorthin. Bei 10 s fällt &lt;b&gt;web2&lt;/b&gt; aus, und etwa 150 Nutzer müssen sich neu anmelden.&lt;/p&gt;&lt;p&gt;Ein &lt;b&gt;Sitzungsspeicher&lt;/b&gt; steht auf der Zeichenfläche, noch mit nichts verbunden. Können Sie ändern, wo die Sitzungen liegen, sodass ein ausgefallener Server niemanden seine Sitzung kostet?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;web2 still dies at 10 s. No user may lose their session, and every session must be kept in the session store.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 7, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;web2 fällt weiterhin bei 10 s aus. Kein Nutzer darf seine Sitzung verlieren, und jede Sitzung muss im Sitzungsspeicher gehalten werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No user loses their session.</source>
        <extracomment>health-and-sessions, step 7, challenge goal sessions.lost == 0</extracomment>
        <translation>Kein Nutzer verliert seine Sitzung.</translation>
    </message>
    <message>
        <source>The servers fetch the sessions from the store.</source>
        <extracomment>health-and-sessions, step 7, challenge goal nodes[sessions].served &gt; 5000</extracomment>
        <translation>Die Server holen die Sitzungen aus dem Sitzungsspeicher.</translation>
    </message>
    <message>
        <source>Where does a user&apos;s session live now, and what happens to it when web2 dies?</source>
        <extracomment>health-and-sessions, step 7, challenge hint 1</extracomment>
        <translation>Wo liegt die Sitzung eines Nutzers jetzt, und was passiert mit ihr, wenn web2 ausfällt?</translation>
    </message>
    <message>
        <source>A server that keeps nothing in its own memory can fetch every session from a shared store. The servers need a link to the store.</source>
        <extracomment>health-and-sessions, step 7, challenge hint 2</extracomment>
        <translation>Ein Server, der nichts in seinem eigenen Speicher hält, kann jede Sitzung aus einem gemeinsamen Sitzungsspeicher holen. Die Server brauchen eine Verbindung zum Sitzungsspeicher.</translation>
    </message>
    <message>
        <source>A web server&apos;s sessions setting says where sessions live: local keeps them in the server&apos;s memory, stateless fetches them from a linked store. Link web1, web2 and web3 to the store and make them stateless.</source>
        <extracomment>health-and-sessions, step 7, challenge hint 3</extracomment>
        <translation>Die Einstellung „Sitzungen“ eines Webservers legt fest, wo die Sitzungen liegen: local hält sie im Speicher des Servers, stateless holt sie aus einem verbundenen Sitzungsspeicher. Verbinden Sie web1, web2 und web3 mit dem Sitzungsspeicher und stellen Sie sie auf stateless.</translation>
    </message>
    <message>
        <source>The balancer measures each server&apos;s load and evens it out</source>
        <extracomment>load-balancing, step 1, choice 1</extracomment>
        <translation>Der Load Balancer misst die Last jedes Servers und gleicht sie aus</translation>
    </message>
    <message>
        <source>Each user sticks to one server, and users are split evenly</source>
        <extracomment>load-balancing, step 1, choice 2</extracomment>
        <translation>Jeder Nutzer bleibt bei einem Server, und die Nutzer werden gleichmäßig aufgeteilt</translation>
    </message>
    <message>
        <source>The servers are identical, so equal turns mean equal work</source>
        <extracomment>load-balancing, step 1, choice 3</extracomment>
        <translation>Die Server sind identisch, also heißt gleich oft an der Reihe gleich viel Arbeit</translation>
    </message>
    <message>
        <source>That is least connections; round robin counts turns and looks at nothing else.</source>
        <extracomment>load-balancing, step 1, feedback on choice 1</extracomment>
        <translation>Das ist Least Connections; Round Robin zählt nur, wer an der Reihe ist, und schaut auf nichts anderes.</translation>
    </message>
    <message>
        <source>Round robin spreads requests, not users: a user&apos;s next request goes to the other server.</source>
        <extracomment>load-balancing, step 1, feedback on choice 2</extracomment>
        <translation>Round Robin verteilt Anfragen, nicht Nutzer: Die nächste Anfrage eines Nutzers geht an den anderen Server.</translation>
    </message>
    <message>
        <source>Right: equal turns are only fair when the servers are equal.</source>
        <extracomment>load-balancing, step 1, feedback on choice 3</extracomment>
        <translation>Richtig: Gleich oft an der Reihe zu sein ist nur fair, wenn die Server gleich sind.</translation>
    </message>
    <message>
        <source>Round robin counts turns and looks at nothing else. With two identical servers equal turns mean equal work: about 12,000 requests each in 30 s, none dropped.</source>
        <extracomment>load-balancing, step 1, answer explanation</extracomment>
        <translation>Round Robin zählt nur, wer an der Reihe ist, und schaut auf nichts anderes. Bei zwei identischen Servern heißt gleich oft an der Reihe gleich viel Arbeit: etwa 12.000 Anfragen pro Server in 30 s, keine verworfen.</translation>
    </message>
    <message>
        <source>Round robin gives web3 300 requests a second; it can finish about 83. About how many requests does web3 drop in 30 s?</source>
        <extracomment>load-balancing, step 2, question</extracomment>
        <translation>Round Robin gibt web3 300 Anfragen pro Sekunde; er schafft etwa 83. Etwa wie viele Anfragen verwirft web3 in 30 s?</translation>
    </message>
    <message>
        <source>Round robin does not know web3 is struggling. About 217 requests a second more than it can finish arrive, its queue overflows, and about 6,500 are dropped in 30 s (6,300 to 6,600 over seeds 1-50), while web1 and web2 are half idle. Requests that do get into web3 wait: the 95th percentile (p95: 95 % of requests are faster than it) reaches about 740 ms.</source>
        <extracomment>load-balancing, step 2, answer explanation</extracomment>
        <translation>Round Robin weiß nicht, dass web3 zu kämpfen hat. Pro Sekunde kommen etwa 217 Anfragen mehr an, als er schafft, seine Warteschlange läuft über, und etwa 6.500 werden in 30 s verworfen (6.300 bis 6.600 über die Seeds 1 bis 50), während web1 und web2 zur Hälfte untätig sind. Anfragen, die es in web3 hineinschaffen, warten: Das 95. Perzentil (p95: 95 % der Anfragen sind schneller) erreicht etwa 740 ms.</translation>
    </message>
    <message>
        <source>They fall by about half</source>
        <extracomment>load-balancing, step 3, choice 1</extracomment>
        <translation>Sie sinken um etwa die Hälfte</translation>
    </message>
    <message>
        <source>They disappear: not one is dropped</source>
        <extracomment>load-balancing, step 3, choice 2</extracomment>
        <translation>Sie verschwinden: Keine einzige wird verworfen</translation>
    </message>
    <message>
        <source>They stay the same: web3 still gets its turns</source>
        <extracomment>load-balancing, step 3, choice 3</extracomment>
        <translation>Sie bleiben gleich: web3 ist weiterhin an der Reihe</translation>
    </message>
    <message>
        <source>They move to web1 and web2, which drop instead</source>
        <extracomment>load-balancing, step 3, choice 4</extracomment>
        <translation>Sie wandern zu web1 und web2, die stattdessen verwerfen</translation>
    </message>
    <message>
        <source>Least connections does more than thin out web3&apos;s share: web3 gets new work only when it has the fewest requests in progress, so its queue never overflows.</source>
        <extracomment>load-balancing, step 3, feedback on choice 1</extracomment>
        <translation>Least Connections tut mehr, als den Anteil von web3 auszudünnen: web3 bekommt nur dann neue Arbeit, wenn er die wenigsten laufenden Anfragen hat, also läuft seine Warteschlange nie über.</translation>
    </message>
    <message>
        <source>Right: web3 is picked only when it is less busy than the others, so it is never flooded.</source>
        <extracomment>load-balancing, step 3, feedback on choice 2</extracomment>
        <translation>Richtig: web3 wird nur gewählt, wenn er weniger beschäftigt ist als die anderen, also wird er nie überflutet.</translation>
    </message>
    <message>
        <source>Turns are round robin&apos;s rule; least connections has no turns.</source>
        <extracomment>load-balancing, step 3, feedback on choice 3</extracomment>
        <translation>Abwechselnd an der Reihe zu sein ist die Regel von Round Robin; Least Connections kennt keine Reihenfolge.</translation>
    </message>
    <message>
        <source>web1 and web2 have room: each can finish about 1,000 a second, more than the whole 900.</source>
        <extracomment>load-balancing, step 3, feedback on choice 4</extracomment>
        <translation>web1 und web2 haben Luft: Jeder schafft etwa 1.000 pro Sekunde, mehr als die gesamten 900.</translation>
    </message>
    <message>
        <source>Not one request is dropped. web3 gets about 2,350 of 27,000 requests, about what it can finish, and the 95th percentile falls from about 740 ms to about 140 ms.</source>
        <extracomment>load-balancing, step 3, answer explanation</extracomment>
        <translation>Keine einzige Anfrage wird verworfen. web3 bekommt etwa 2.350 von 27.000 Anfragen, etwa so viele, wie er schafft, und das 95. Perzentil sinkt von etwa 740 ms auf etwa 140 ms.</translation>
    </message>
    <message>
        <source>How much slower can web3 be?</source>
        <extracomment>load-balancing, step 4, title</extracomment>
        <translation>Wie viel langsamer darf web3 sein?</translation>
    </message>
    <message>
        <source>&lt;p&gt;Round robin again, 900 requests a second over web1, web2 and web3, so each gets 300 a second whatever it can do. Move the slider to change how long &lt;b&gt;web3&lt;/b&gt; takes for a request, from 20 ms (as fast as the others) to 120 ms (the old server of the last steps). web3 has 10 workers.&lt;/p&gt;&lt;p&gt;Before you move it: from what time per request on will requests be dropped? Will the drops start slowly or suddenly? And do web1 and web2 help while web3 drowns?&lt;/p&gt;</source>
        <extracomment>load-balancing, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Wieder Round Robin, 900 Anfragen pro Sekunde auf web1, web2 und web3, also bekommt jeder 300 pro Sekunde, egal was er schafft. Bewegen Sie den Regler, um zu ändern, wie lange &lt;b&gt;web3&lt;/b&gt; für eine Anfrage braucht, von 20 ms (so schnell wie die anderen) bis 120 ms (der alte Server der letzten Schritte). web3 hat 10 Worker.&lt;/p&gt;&lt;p&gt;Bevor Sie ihn bewegen: Ab welcher Zeit pro Anfrage werden Anfragen verworfen? Beginnt das Verwerfen langsam oder plötzlich? Und helfen web1 und web2, während web3 untergeht?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web3&apos;s time per request (ms)</source>
        <extracomment>load-balancing, step 4, explore: the slider&apos;s label</extracomment>
        <translation>Zeit pro Anfrage von web3 (ms)</translation>
    </message>
    <message>
        <source>Requests dropped in 30 s</source>
        <extracomment>load-balancing, step 4, explore: the plotted figure&apos;s label</extracomment>
        <translation>Verworfene Anfragen in 30 s</translation>
    </message>
    <message>
        <source>&lt;p&gt;If we know the sizes of our servers, we can give each a &lt;b&gt;weight&lt;/b&gt;. &lt;b&gt;web1&lt;/b&gt; has 50 workers, web2 and web3 have 20, and a request takes 20 ms: web1 can finish 2,500 requests a second, the others 1,000 each. Weights 5, 2 and 2 follow those sizes: web1 takes five turns for every two of each of the others. 3,600 requests a second arrive. At 20 s we switch to plain round robin, to see what the weights were doing.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Wenn wir die Größen unserer Server kennen, können wir jedem ein &lt;b&gt;Gewicht&lt;/b&gt; geben. &lt;b&gt;web1&lt;/b&gt; hat 50 Worker, web2 und web3 haben je 20, und eine Anfrage dauert 20 ms: web1 schafft 2.500 Anfragen pro Sekunde, die anderen je 1.000. Die Gewichte 5, 2 und 2 folgen diesen Größen: web1 ist fünfmal an der Reihe, während jeder der anderen zweimal an der Reihe ist. Es kommen 3.600 Anfragen pro Sekunde an. Bei 20 s schalten wir auf einfaches Round Robin um, um zu sehen, was die Gewichte bewirkt haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>With weights 5, 2 and 2, how many of the 3,600 requests a second go to web1?</source>
        <extracomment>load-balancing, step 5, question</extracomment>
        <translation>Wie viele der 3.600 Anfragen pro Sekunde gehen bei den Gewichten 5, 2 und 2 an web1?</translation>
    </message>
    <message>
        <source>requests a second</source>
        <extracomment>load-balancing, step 5, unit of the predicted number</extracomment>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Five turns out of nine: 5/9 × 3,600 = 2,000 a second, and 800 to each small server: every server at 80 % of what it can finish, nothing dropped. After the switch each server got 1,200 a second: web1 had room to spare, while web2 and web3, able to finish 1,000, each dropped about 2,000 requests in 10 s.</source>
        <extracomment>load-balancing, step 5, answer explanation</extracomment>
        <translation>web1 ist bei fünf von neun Anfragen an der Reihe: 5/9 × 3.600 = 2.000 pro Sekunde, und je 800 an jeden kleinen Server: Jeder Server läuft bei 80 % dessen, was er schafft, nichts wird verworfen. Nach dem Umschalten bekam jeder Server 1.200 pro Sekunde: web1 hatte Luft, während web2 und web3, die je 1.000 schaffen, jeweils etwa 2.000 Anfragen in 10 s verwarfen.</translation>
    </message>
    <message>
        <source>The big server takes five of every nine requests.</source>
        <extracomment>load-balancing, step 5, checkpoint nodes[web1].served &gt; 37000</extracomment>
        <translation>Der große Server übernimmt fünf von je neun Anfragen.</translation>
    </message>
    <message>
        <source>A small server takes two of every nine.</source>
        <extracomment>load-balancing, step 5, checkpoint nodes[web3].served &lt; 17000</extracomment>
        <translation>Ein kleiner Server übernimmt zwei von je neun.</translation>
    </message>
    <message>
        <source>With round robin the small servers drop requests.</source>
        <extracomment>load-balancing, step 5, checkpoint nodes[web3].dropped &gt; 1000</extracomment>
        <translation>Mit Round Robin verwerfen die kleinen Server Anfragen.</translation>
    </message>
    <message>
        <source>Roughly: each server gets the users whose addresses hash to it</source>
        <extracomment>load-balancing, step 6, choice 1</extracomment>
        <translation>Ungefähr: Jeder Server bekommt die Nutzer, deren Adressen auf ihn gehasht werden</translation>
    </message>
    <message>
        <source>Yes, exactly a third each, as with round robin</source>
        <extracomment>load-balancing, step 6, choice 2</extracomment>
        <translation>Ja, genau ein Drittel pro Server, wie bei Round Robin</translation>
    </message>
    <message>
        <source>No: the server with the most free workers gets more</source>
        <extracomment>load-balancing, step 6, choice 3</extracomment>
        <translation>Nein: Der Server mit den meisten freien Workern bekommt mehr</translation>
    </message>
    <message>
        <source>Exactly equal until web3 dies, then uneven</source>
        <extracomment>load-balancing, step 6, choice 4</extracomment>
        <translation>Genau gleich, bis web3 ausfällt, dann ungleich</translation>
    </message>
    <message>
        <source>Right: close to a third each, but never exact.</source>
        <extracomment>load-balancing, step 6, feedback on choice 1</extracomment>
        <translation>Richtig: nahe an einem Drittel pro Server, aber nie exakt.</translation>
    </message>
    <message>
        <source>IP hash takes no turns: the split follows the addresses, and 300 addresses do not hash into three equal groups.</source>
        <extracomment>load-balancing, step 6, feedback on choice 2</extracomment>
        <translation>IP-Hash kennt keine Reihenfolge: Die Aufteilung folgt den Adressen, und 300 Adressen ergeben gehasht keine drei gleich großen Gruppen.</translation>
    </message>
    <message>
        <source>IP hash looks only at the address, never at the servers&apos; load: that would be least connections.</source>
        <extracomment>load-balancing, step 6, feedback on choice 3</extracomment>
        <translation>IP-Hash schaut nur auf die Adresse, nie auf die Last der Server: Das wäre Least Connections.</translation>
    </message>
    <message>
        <source>It is uneven from the start: by 19 s web1 had served about 4,200 requests and web2 about 3,400.</source>
        <extracomment>load-balancing, step 6, feedback on choice 4</extracomment>
        <translation>Die Aufteilung ist von Anfang an ungleich: Bis 19 s hatte web1 etwa 4.200 Anfragen bedient und web2 etwa 3.400.</translation>
    </message>
    <message>
        <source>By 19 s web1 had served about 4,200 requests, web3 about 3,900 and web2 about 3,400: the split follows the users. When web3 died only its users were hashed again, after about 850 errors while the checks noticed.</source>
        <extracomment>load-balancing, step 6, answer explanation</extracomment>
        <translation>Bis 19 s hatte web1 etwa 4.200 Anfragen bedient, web3 etwa 3.900 und web2 etwa 3.400: Die Aufteilung folgt den Nutzern. Als web3 ausfiel, wurden nur seine Nutzer neu gehasht, nach etwa 850 Fehlern, bis die Checks den Ausfall bemerkten.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every request passes through the balancer, so if it dies, the whole site is down. Here a &lt;b&gt;standby&lt;/b&gt; balancer watches the active one. When &lt;b&gt;lb&lt;/b&gt; dies at 20 s the standby takes over 3 s later, and hands back when lb returns at 40 s. Users send 400 requests a second.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Jede Anfrage geht durch den Load Balancer; fällt er aus, ist die ganze Website nicht erreichbar. Hier überwacht ein &lt;b&gt;Standby&lt;/b&gt;-Load-Balancer den aktiven. Wenn &lt;b&gt;lb&lt;/b&gt; bei 20 s ausfällt, übernimmt der Standby 3 s später und gibt wieder ab, wenn lb bei 40 s zurückkommt. Die Nutzer senden 400 Anfragen pro Sekunde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>At 400 requests a second, how many requests fail in the whole minute?</source>
        <extracomment>load-balancing, step 7, question</extracomment>
        <translation>Wie viele Anfragen schlagen bei 400 Anfragen pro Sekunde in der ganzen Minute fehl?</translation>
    </message>
    <message>
        <source>Requests fail only until the standby takes over: 3 s of traffic, about 1,200 errors (1,130 to 1,270 over seeds 1-50); handing back at 40 s costs nothing. Without a standby, the 20 s until lb came back would have failed: about 8,000 requests.</source>
        <extracomment>load-balancing, step 7, answer explanation</extracomment>
        <translation>Anfragen schlagen nur fehl, bis der Standby übernimmt: 3 s Verkehr, etwa 1.200 Fehler (1.130 bis 1.270 über die Seeds 1 bis 50); die Rückgabe bei 40 s kostet nichts. Ohne Standby wären die 20 s bis zur Rückkehr von lb fehlgeschlagen: etwa 8.000 Anfragen.</translation>
    </message>
    <message>
        <source>Challenge: fast answers from an unequal pool</source>
        <extracomment>load-balancing, step 8, title</extracomment>
        <translation>Aufgabe: schnelle Antworten aus einem ungleichen Pool</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to the pool with the old server: &lt;b&gt;web3&lt;/b&gt; has 10 workers and takes 120 ms a request, so it finishes about 83 requests a second; web1 and web2 have 20 workers and take 20 ms, about 1,000 a second each. 900 requests a second arrive, and the balancer uses round robin again.&lt;/p&gt;&lt;p&gt;Least connections stopped the drops, but every request it still gives web3 takes at least 120 ms. The site must keep all three servers: web3 cannot be switched off.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 8, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Zurück zum Pool mit dem alten Server: &lt;b&gt;web3&lt;/b&gt; hat 10 Worker und braucht 120 ms pro Anfrage, schafft also etwa 83 Anfragen pro Sekunde; web1 und web2 haben je 20 Worker und brauchen 20 ms, schaffen also je etwa 1.000 pro Sekunde. Es kommen 900 Anfragen pro Sekunde an, und der Load Balancer nutzt wieder Round Robin.&lt;/p&gt;&lt;p&gt;Least Connections hat das Verwerfen beendet, aber jede Anfrage, die es web3 noch gibt, dauert mindestens 120 ms. Die Website muss alle drei Server behalten: web3 darf nicht abgeschaltet werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 900 requests a second, with web1, web2 and web3 all in the pool: drop no request and keep the p95 under 100 ms.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 8, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 900 Anfragen pro Sekunde, mit web1, web2 und web3 alle im Pool: Verwerfen Sie keine Anfrage, und halten Sie das p95 unter 100 ms.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>95 of every 100 answers take under 100 ms.</source>
        <extracomment>load-balancing, step 8, challenge goal latency_ms.p95 &lt; 100</extracomment>
        <translation>95 von 100 Antworten dauern weniger als 100 ms.</translation>
    </message>
    <message>
        <source>Try least connections and read the p95. Which server gives the slowest answers?</source>
        <extracomment>load-balancing, step 8, challenge hint 1</extracomment>
        <translation>Probieren Sie Least Connections aus und lesen Sie das p95 ab. Welcher Server liefert die langsamsten Antworten?</translation>
    </message>
    <message>
        <source>The p95 is fast only if fewer than 5 of every 100 requests go to web3. Which algorithm lets you set each server&apos;s share?</source>
        <extracomment>load-balancing, step 8, challenge hint 2</extracomment>
        <translation>Das p95 ist nur dann schnell, wenn weniger als 5 von 100 Anfragen an web3 gehen. Mit welchem Algorithmus können Sie den Anteil jedes Servers festlegen?</translation>
    </message>
    <message>
        <source>Weighted round robin: give web1 and web2 at least ten times web3&apos;s weight, so web3 gets fewer than 1 request in 20.</source>
        <extracomment>load-balancing, step 8, challenge hint 3</extracomment>
        <translation>Gewichtetes Round Robin: Geben Sie web1 und web2 mindestens das Zehnfache des Gewichts von web3, sodass web3 weniger als 1 von 20 Anfragen bekommt.</translation>
    </message>
    <message>
        <source>Promote another master to replace db3</source>
        <extracomment>multi-master-and-rings, step 1, choice 1</extracomment>
        <translation>Einen anderen Master befördern, der db3 ersetzt</translation>
    </message>
    <message>
        <source>Stop all writes until db3 is back, so it misses none</source>
        <extracomment>multi-master-and-rings, step 1, choice 2</extracomment>
        <translation>Alle Schreibzugriffe anhalten, bis db3 zurück ist, damit er keinen verpasst</translation>
    </message>
    <message>
        <source>Every master already takes writes: there is nothing to promote.</source>
        <extracomment>multi-master-and-rings, step 1, feedback on choice 1</extracomment>
        <translation>Jeder Master nimmt bereits Schreibzugriffe an: Es gibt nichts zu befördern.</translation>
    </message>
    <message>
        <source>The others go on; db3 catches up on what it missed when it returns.</source>
        <extracomment>multi-master-and-rings, step 1, feedback on choice 2</extracomment>
        <translation>Die anderen machen weiter; db3 holt nach seiner Rückkehr nach, was er verpasst hat.</translation>
    </message>
    <message>
        <source>Right: no promotion, only db3&apos;s own requests in progress fail.</source>
        <extracomment>multi-master-and-rings, step 1, feedback on choice 3</extracomment>
        <translation>Richtig: keine Beförderung, nur die gerade laufenden Anfragen von db3 selbst schlagen fehl.</translation>
    </message>
    <message>
        <source>No promotion is needed: only a few requests failed (0 to 5), those inside db3 as it died. But about 300 to 350 writes were silently overwritten by conflicting ones in 30 s.</source>
        <extracomment>multi-master-and-rings, step 1, answer explanation</extracomment>
        <translation>Es ist keine Beförderung nötig: Nur wenige Anfragen schlugen fehl (0 bis 5), die, die gerade in db3 steckten, als er ausfiel. Aber in 30 s wurden etwa 300 bis 350 Schreibzugriffe stillschweigend von konkurrierenden überschrieben.</translation>
    </message>
    <message>
        <source>Explore: the conflict window</source>
        <extracomment>multi-master-and-rings, step 2, title</extracomment>
        <translation>Erkunden: das Konfliktfenster</translation>
    </message>
    <message>
        <source>&lt;p&gt;Two writes of the same key conflict when each reaches the other master only after the other was committed. Here no master dies; slide the &lt;b&gt;ship delay&lt;/b&gt;, the time a master waits before shipping a write, from 0 to 200 ms, and watch the conflicts.&lt;/p&gt;&lt;p&gt;Ask the class first: with no delay at all, are there still conflicts? (The masters are 40 ms apart, so a write is never seen at once.) Then look at the shape: the longer a write takes to arrive, the wider the window in which another user can change the same key somewhere else.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Zwei Schreibzugriffe auf denselben Schlüssel geraten in Konflikt, wenn jeder den anderen Master erst erreicht, nachdem dort der andere festgeschrieben wurde. Hier fällt kein Master aus; schieben Sie die &lt;b&gt;Versandverzögerung&lt;/b&gt;, also die Zeit, die ein Master wartet, bevor er einen Schreibzugriff überträgt, von 0 bis 200 ms und beobachten Sie die Konflikte.&lt;/p&gt;&lt;p&gt;Fragen Sie zuerst die Klasse: Gibt es ganz ohne Verzögerung trotzdem Konflikte? (Die Master sind 40 ms voneinander entfernt, also wird ein Schreibzugriff nie sofort gesehen.) Sehen Sie sich dann die Form an: Je länger ein Schreibzugriff bis zur Ankunft braucht, desto breiter ist das Fenster, in dem ein anderer Nutzer denselben Schlüssel anderswo ändern kann.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Conflicts in 30 s</source>
        <extracomment>multi-master-and-rings, step 2, explore: the plotted figure&apos;s label</extracomment>
        <translation>Konflikte in 30 s</translation>
    </message>
    <message>
        <source>&lt;p&gt;Throwing a user&apos;s write away without telling them is often unacceptable. With &lt;b&gt;certification&lt;/b&gt; the masters check each write against the others before it counts: of two conflicting writes, the one that committed first wins.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Den Schreibzugriff eines Nutzers wegzuwerfen, ohne es ihm zu sagen, ist oft nicht hinnehmbar. Mit &lt;b&gt;Zertifizierung&lt;/b&gt; prüfen die Master jeden Schreibzugriff gegen die anderen, bevor er zählt: Von zwei konkurrierenden Schreibzugriffen gewinnt der, der zuerst festgeschrieben wurde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>They are silently discarded, as before</source>
        <extracomment>multi-master-and-rings, step 3, choice 2</extracomment>
        <translation>Sie werden stillschweigend verworfen, wie zuvor</translation>
    </message>
    <message>
        <source>They are merged with the winning writes</source>
        <extracomment>multi-master-and-rings, step 3, choice 3</extracomment>
        <translation>Sie werden mit den gewinnenden Schreibzugriffen zusammengeführt</translation>
    </message>
    <message>
        <source>They wait and are applied after the winner</source>
        <extracomment>multi-master-and-rings, step 3, choice 4</extracomment>
        <translation>Sie warten und werden nach dem Gewinner übernommen</translation>
    </message>
    <message>
        <source>Right: the user learns the write failed and can try again.</source>
        <extracomment>multi-master-and-rings, step 3, feedback on choice 1</extracomment>
        <translation>Richtig: Der Nutzer erfährt, dass der Schreibzugriff fehlgeschlagen ist, und kann es erneut versuchen.</translation>
    </message>
    <message>
        <source>Silently is what certification avoids: the loser is refused and its user is told.</source>
        <extracomment>multi-master-and-rings, step 3, feedback on choice 2</extracomment>
        <translation>Genau das Stillschweigen vermeidet die Zertifizierung: Der Verlierer wird abgelehnt, und sein Nutzer erfährt davon.</translation>
    </message>
    <message>
        <source>A database cannot know how to merge two balances; it keeps one and refuses the other.</source>
        <extracomment>multi-master-and-rings, step 3, feedback on choice 3</extracomment>
        <translation>Eine Datenbank kann nicht wissen, wie man zwei Kontostände zusammenführt; sie behält einen und lehnt den anderen ab.</translation>
    </message>
    <message>
        <source>Applied after, the later write would simply overwrite the winner: last writer wins again.</source>
        <extracomment>multi-master-and-rings, step 3, feedback on choice 4</extracomment>
        <translation>Danach übernommen, würde der spätere Schreibzugriff den Gewinner einfach überschreiben: Wieder gewinnt der letzte Schreiber.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In &lt;b&gt;circular&lt;/b&gt; replication each master ships only to the next: A → B → C → A. Each hop here takes 5 ms. How far a node is behind the node where a write started is its &lt;b&gt;replication lag&lt;/b&gt;. At 20 s &lt;b&gt;dbB&lt;/b&gt; dies; after 3 s the ring closes around it, A → C → A.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei &lt;b&gt;zirkulärer&lt;/b&gt; Replikation überträgt jeder Master nur an den nächsten: A → B → C → A. Jeder Hop dauert hier 5 ms. Wie weit ein Knoten hinter dem Knoten zurückliegt, auf dem ein Schreibzugriff begann, ist seine &lt;b&gt;Replikationsverzögerung&lt;/b&gt;. Bei 20 s fällt &lt;b&gt;dbB&lt;/b&gt; aus; nach 3 s schließt sich der Ring um ihn herum: A → C → A.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>dbC never needed them: it hears from dbA directly</source>
        <extracomment>multi-master-and-rings, step 4, choice 4</extracomment>
        <translation>dbC hat sie nie gebraucht: Er hört direkt von dbA</translation>
    </message>
    <message>
        <source>Right: dbA still has them, and dbC asks it for every write it has not seen.</source>
        <extracomment>multi-master-and-rings, step 4, feedback on choice 1</extracomment>
        <translation>Richtig: dbA hat sie noch, und dbC fragt ihn nach jedem Schreibzugriff, den er noch nicht gesehen hat.</translation>
    </message>
    <message>
        <source>dbA still has them; once the ring closes dbC asks dbA for what it is missing.</source>
        <extracomment>multi-master-and-rings, step 4, feedback on choice 2</extracomment>
        <translation>dbA hat sie noch; sobald sich der Ring schließt, fragt dbC bei dbA nach, was ihm fehlt.</translation>
    </message>
    <message>
        <source>The web server got its answer from dbA and forgot the write; replication must repair this, not the client.</source>
        <extracomment>multi-master-and-rings, step 4, feedback on choice 3</extracomment>
        <translation>Der Webserver hat seine Antwort von dbA bekommen und den Schreibzugriff vergessen; das muss die Replikation reparieren, nicht der Client.</translation>
    </message>
    <message>
        <source>In a ring each node ships only to the next: until the ring closes, dbC hears nothing from dbA.</source>
        <extracomment>multi-master-and-rings, step 4, feedback on choice 4</extracomment>
        <translation>In einem Ring überträgt jeder Knoten nur an den nächsten: Bis sich der Ring schließt, hört dbC nichts von dbA.</translation>
    </message>
    <message>
        <source>About 90 writes were held up at dbB. When the ring closed, dbC asked dbA for every write it had not seen yet (MySQL knows which by their GTIDs) and all of them arrived: in the end the live nodes agree. Until then dbC&apos;s lag grew to about 3 s. Only writes dbB had committed itself and not yet sent would be lost; here the web server writes to dbA.</source>
        <extracomment>multi-master-and-rings, step 4, answer explanation</extracomment>
        <translation>Etwa 90 Schreibzugriffe hingen bei dbB fest. Als sich der Ring schloss, fragte dbC bei dbA nach jedem Schreibzugriff, den er noch nicht gesehen hatte (MySQL erkennt sie an ihren GTIDs), und alle kamen an: Am Ende stimmen die laufenden Knoten überein. Bis dahin wuchs die Verzögerung von dbC auf etwa 3 s. Verloren gehen könnten nur Schreibzugriffe, die dbB selbst festgeschrieben und noch nicht weitergesendet hatte; hier aber schreibt der Webserver auf dbA.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same ring with ten masters, &lt;b&gt;dbA&lt;/b&gt; to &lt;b&gt;dbJ&lt;/b&gt;; each hop still takes 5 ms. A write on dbA goes round the ring to dbJ, the last one.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Derselbe Ring mit zehn Mastern, &lt;b&gt;dbA&lt;/b&gt; bis &lt;b&gt;dbJ&lt;/b&gt;; jeder Hop dauert weiterhin 5 ms. Ein Schreibzugriff auf dbA wandert den Ring entlang bis zu dbJ, dem letzten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A write commits on dbA. How many ms later does dbJ have it?</source>
        <extracomment>multi-master-and-rings, step 5, question</extracomment>
        <translation>Ein Schreibzugriff wird auf dbA festgeschrieben. Wie viele ms später hat dbJ ihn?</translation>
    </message>
    <message>
        <source>ms</source>
        <extracomment>multi-master-and-rings, step 5, unit of the predicted number</extracomment>
        <translation>ms</translation>
    </message>
    <message>
        <source>Nine hops of 5 ms: 45 ms, the largest lag measured. Ten nodes but nine hops: counting 50 ms counts the hop back to dbA. The bigger the ring, the longer some node is out of date: 65 to 100 stale reads in 30 s.</source>
        <extracomment>multi-master-and-rings, step 5, answer explanation</extracomment>
        <translation>Neun Hops zu je 5 ms: 45 ms, die größte gemessene Verzögerung. Zehn Knoten, aber neun Hops: Wer 50 ms rechnet, zählt den Hop zurück zu dbA mit. Je größer der Ring, desto länger ist irgendein Knoten nicht auf dem neuesten Stand: 65 bis 100 veraltete Lesezugriffe in 30 s.</translation>
    </message>
    <message>
        <source>Challenge: fresh reads from ten masters</source>
        <extracomment>multi-master-and-rings, step 6, title</extracomment>
        <translation>Aufgabe: aktuelle Lesezugriffe bei zehn Mastern</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your turn, with the ring of ten. Each write hops from master to master, 5 ms a hop, so the last master sees it 45 ms after it committed, and a read there in the meantime is &lt;b&gt;stale&lt;/b&gt;: it returns an older value than the newest committed write of that key. Change how the masters replicate so that reads are fresh again.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Sie sind dran, mit dem Ring aus zehn Mastern. Jeder Schreibzugriff springt von Master zu Master, 5 ms pro Hop, also sieht der letzte Master ihn erst 45 ms nach dem Festschreiben, und ein Lesezugriff dort in der Zwischenzeit ist &lt;b&gt;veraltet&lt;/b&gt;: Er liefert einen älteren Wert als den des neuesten festgeschriebenen Schreibzugriffs auf diesen Schlüssel. Ändern Sie, wie die Master replizieren, sodass die Lesezugriffe wieder aktuell sind.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;With the same load (100 requests a second, 30 % of them writes): a replication lag under &lt;b&gt;20 ms&lt;/b&gt; on every master, and fewer than &lt;b&gt;30 stale reads&lt;/b&gt; in 30 s.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 6, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei derselben Last (100 Anfragen pro Sekunde, 30 % davon Schreibzugriffe): eine Replikationsverzögerung unter &lt;b&gt;20 ms&lt;/b&gt; auf jedem Master und weniger als &lt;b&gt;30 veraltete Lesezugriffe&lt;/b&gt; in 30 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every master has every write within 20 ms.</source>
        <extracomment>multi-master-and-rings, step 6, challenge goal replication.max_lag_ms &lt; 20</extracomment>
        <translation>Jeder Master hat jeden Schreibzugriff innerhalb von 20 ms.</translation>
    </message>
    <message>
        <source>Almost every read is fresh.</source>
        <extracomment>multi-master-and-rings, step 6, challenge goal replication.stale_reads &lt; 30</extracomment>
        <translation>Fast jeder Lesezugriff ist aktuell.</translation>
    </message>
    <message>
        <source>Count the hops a write on dbA takes to reach dbJ, and multiply by 5 ms. What would make that path shorter?</source>
        <extracomment>multi-master-and-rings, step 6, challenge hint 1</extracomment>
        <translation>Zählen Sie die Hops, die ein Schreibzugriff auf dbA bis zu dbJ braucht, und multiplizieren Sie mit 5 ms. Was würde diesen Weg verkürzen?</translation>
    </message>
    <message>
        <source>In the first two steps of this lesson, did a master pass its writes along to a neighbour, or send them to every other master itself?</source>
        <extracomment>multi-master-and-rings, step 6, challenge hint 2</extracomment>
        <translation>Hat in den ersten beiden Schritten dieser Lektion ein Master seine Schreibzugriffe an einen Nachbarn weitergereicht, oder hat er sie selbst an jeden anderen Master gesendet?</translation>
    </message>
    <message>
        <source>Switch replication.mode from circular to multi_master: each master ships its writes straight to all the others, one 5 ms hop. (A ring of three masters works too, but keeps only three.)</source>
        <extracomment>multi-master-and-rings, step 6, challenge hint 3</extracomment>
        <translation>Stellen Sie replication.mode von circular auf multi_master um: Jeder Master überträgt seine Schreibzugriffe direkt an alle anderen, ein einziger Hop von 5 ms. (Ein Ring aus drei Mastern funktioniert auch, behält aber nur drei.)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Traffic doubles to 400 requests a second. One server can finish at most 8 / 0.030 ≈ 267 a second. Requests it cannot start at once wait in its queue, which holds 50.&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Der Verkehr verdoppelt sich auf 400 Anfragen pro Sekunde. Ein Server schafft höchstens 8 / 0,030 ≈ 267 pro Sekunde. Anfragen, die er nicht sofort beginnen kann, warten in seiner Warteschlange, die 50 fasst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>They wait in line until a worker is free</source>
        <extracomment>one-server-to-two, step 2, choice 1</extracomment>
        <translation>Sie stellen sich an, bis ein Worker frei ist</translation>
    </message>
    <message>
        <source>web1 answers them all, only more slowly</source>
        <extracomment>one-server-to-two, step 2, choice 2</extracomment>
        <translation>web1 beantwortet sie alle, nur langsamer</translation>
    </message>
    <message>
        <source>They are refused and dropped</source>
        <extracomment>one-server-to-two, step 2, choice 3</extracomment>
        <translation>Sie werden abgewiesen und verworfen</translation>
    </message>
    <message>
        <source>The users&apos; browsers retry until they get in</source>
        <extracomment>one-server-to-two, step 2, choice 4</extracomment>
        <translation>Die Browser der Nutzer versuchen es erneut, bis sie durchkommen</translation>
    </message>
    <message>
        <source>The line is the queue, and it holds only 50: once it is full there is nowhere left to wait.</source>
        <extracomment>one-server-to-two, step 2, feedback on choice 1</extracomment>
        <translation>Die Schlange, in der sie anstehen, ist die Warteschlange, und sie fasst nur 50: Ist sie voll, gibt es keinen Platz mehr zum Warten.</translation>
    </message>
    <message>
        <source>A server does not stretch to fit more in: its 8 workers already run flat out.</source>
        <extracomment>one-server-to-two, step 2, feedback on choice 2</extracomment>
        <translation>Ein Server dehnt sich nicht, um mehr aufzunehmen: Seine 8 Worker arbeiten schon auf Hochtouren.</translation>
    </message>
    <message>
        <source>Right: a full queue has no room, so web1 refuses the request at once.</source>
        <extracomment>one-server-to-two, step 2, feedback on choice 3</extracomment>
        <translation>Richtig: Eine volle Warteschlange hat keinen Platz, also weist web1 die Anfrage sofort ab.</translation>
    </message>
    <message>
        <source>These users do not retry, and retries would only add load to a server that is already full.</source>
        <extracomment>one-server-to-two, step 2, feedback on choice 4</extracomment>
        <translation>Diese Nutzer versuchen es nicht erneut, und Wiederholungen würden einen ohnehin vollen Server nur zusätzlich belasten.</translation>
    </message>
    <message>
        <source>A full queue cannot take more: web1 refuses new requests and they are dropped, about 2,600 in 20 s. web1 still finishes about 268 a second, no more.</source>
        <extracomment>one-server-to-two, step 2, answer explanation</extracomment>
        <translation>Eine volle Warteschlange kann nichts mehr aufnehmen: web1 weist neue Anfragen ab, und sie werden verworfen, etwa 2.600 in 20 s. web1 schafft weiterhin etwa 268 pro Sekunde, nicht mehr.</translation>
    </message>
    <message>
        <source>Where one server runs out</source>
        <extracomment>one-server-to-two, step 4, title</extracomment>
        <translation>Wo ein Server an seine Grenzen stößt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to one server. Move the slider to send it from 50 to 400 requests a second and watch the &lt;b&gt;p95&lt;/b&gt;, the 95th percentile of the response time: 95 of every 100 answers arrive faster than it. web1 can finish at most 8 / 0.030 ≈ 267 requests a second.&lt;/p&gt;&lt;p&gt;Before you move it, sketch the curve you expect. Does the p95 grow steadily with the load, or does it stay flat and then jump? Why does it stop rising at about 260 ms, even at 400 requests a second?&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Zurück zu einem Server. Bewegen Sie den Regler, um ihm 50 bis 400 Anfragen pro Sekunde zu schicken, und beobachten Sie das &lt;b&gt;p95&lt;/b&gt;, das 95. Perzentil der Antwortzeit: 95 von 100 Antworten kommen schneller an. web1 schafft höchstens 8 / 0,030 ≈ 267 Anfragen pro Sekunde.&lt;/p&gt;&lt;p&gt;Skizzieren Sie, bevor Sie ihn bewegen, die Kurve, die Sie erwarten. Wächst das p95 gleichmäßig mit der Last, oder bleibt es flach und springt dann? Warum hört es bei etwa 260 ms auf zu steigen, selbst bei 400 Anfragen pro Sekunde?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Requests a second</source>
        <extracomment>one-server-to-two, step 4, explore: the slider&apos;s label</extracomment>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>p95 response time (ms)</source>
        <extracomment>one-server-to-two, step 4, explore: the plotted figure&apos;s label</extracomment>
        <translation>p95-Antwortzeit (ms)</translation>
    </message>
    <message>
        <source>Challenge: room for 900 requests a second</source>
        <extracomment>one-server-to-two, step 5, title</extracomment>
        <translation>Aufgabe: Platz für 900 Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>&lt;p&gt;The site keeps growing: 900 requests a second now reach the balancer. web1 and web2 can finish about 2 × 267 = 534 of them; the rest wait in full queues or are dropped.&lt;/p&gt;&lt;p&gt;Adding more machines of the same kind behind the balancer is called &lt;b&gt;scaling out&lt;/b&gt;, or horizontal scaling. How many servers does this load need?&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Die Website wächst weiter: Jetzt erreichen 900 Anfragen pro Sekunde den Load Balancer. web1 und web2 schaffen zusammen etwa 2 × 267 = 534 davon; der Rest wartet in vollen Warteschlangen oder wird verworfen.&lt;/p&gt;&lt;p&gt;Weitere Maschinen derselben Art hinter den Load Balancer zu stellen, nennt man &lt;b&gt;Scale-out&lt;/b&gt; oder horizontale Skalierung. Wie viele Server braucht diese Last?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 900 requests a second: drop no request and keep the p95 under 150 ms, with at most 4 web servers. Each new server is like web1: 8 workers, 30 ms a request.&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 5, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 900 Anfragen pro Sekunde: keine Anfrage verwerfen und das p95 unter 150 ms halten, mit höchstens 4 Webservern. Jeder neue Server ist wie web1: 8 Worker, 30 ms pro Anfrage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>95 of every 100 answers take under 150 ms.</source>
        <extracomment>one-server-to-two, step 5, challenge goal latency_ms.p95 &lt; 150</extracomment>
        <translation>95 von 100 Antworten dauern unter 150 ms.</translation>
    </message>
    <message>
        <source>One server like web1 finishes at most 8 / 0.030 ≈ 267 requests a second. How many of them make 900?</source>
        <extracomment>one-server-to-two, step 5, challenge hint 1</extracomment>
        <translation>Ein Server wie web1 schafft höchstens 8 / 0,030 ≈ 267 Anfragen pro Sekunde. Wie viele davon ergeben 900?</translation>
    </message>
    <message>
        <source>A new server gets requests only once the balancer links to it: draw a link from lb to it.</source>
        <extracomment>one-server-to-two, step 5, challenge hint 2</extracomment>
        <translation>Ein neuer Server bekommt erst Anfragen, wenn der Load Balancer mit ihm verbunden ist: Ziehen Sie eine Verbindung von lb zu ihm.</translation>
    </message>
    <message>
        <source>Three servers finish about 800 a second: still short of 900. It takes four.</source>
        <extracomment>one-server-to-two, step 5, challenge hint 3</extracomment>
        <translation>Drei Server schaffen etwa 800 pro Sekunde: immer noch weniger als 900. Es braucht vier.</translation>
    </message>
    <message>
        <source>A primary and two replicas</source>
        <extracomment>replication, step 1, title</extracomment>
        <translation>Ein Primärserver und zwei Replikate</translation>
    </message>
    <message>
        <source>A bigger primary</source>
        <extracomment>replication, step 1, choice 3</extracomment>
        <translation>Einen größeren Primärserver</translation>
    </message>
    <message>
        <source>More web servers</source>
        <extracomment>replication, step 1, choice 4</extracomment>
        <translation>Mehr Webserver</translation>
    </message>
    <message>
        <source>A second primary would have to take every write as well and settle conflicts between the two; it answers no more reads than a replica does.</source>
        <extracomment>replication, step 1, feedback on choice 1</extracomment>
        <translation>Ein zweiter Primärserver müsste ebenfalls jeden Schreibzugriff annehmen und Konflikte zwischen den beiden auflösen; er beantwortet nicht mehr Lesezugriffe als ein Replikat.</translation>
    </message>
    <message>
        <source>Right: reads are spread over the replicas, so each new replica takes its share of them.</source>
        <extracomment>replication, step 1, feedback on choice 2</extracomment>
        <translation>Richtig: Die Lesezugriffe verteilen sich auf die Replikate, also übernimmt jedes neue Replikat seinen Anteil davon.</translation>
    </message>
    <message>
        <source>Here the primary answers no reads at all: making it bigger leaves the replicas just as busy.</source>
        <extracomment>replication, step 1, feedback on choice 3</extracomment>
        <translation>Hier beantwortet der Primärserver überhaupt keine Lesezugriffe: Ihn zu vergrößern lässt die Replikate genauso beschäftigt.</translation>
    </message>
    <message>
        <source>Every read still ends at a replica: more web servers send the replicas the same reads.</source>
        <extracomment>replication, step 1, feedback on choice 4</extracomment>
        <translation>Jeder Lesezugriff landet trotzdem bei einem Replikat: Mehr Webserver schicken den Replikaten dieselben Lesezugriffe.</translation>
    </message>
    <message>
        <source>Reads are spread over the replicas: about 4,300 each in 30 s, while db1 handled only the 3,600 writes. But each replica also applied all 3,600 writes, to stay a copy. More reads? More replicas. More writes? Replicas do not help: every one of them applies every write.</source>
        <extracomment>replication, step 1, answer explanation</extracomment>
        <translation>Die Lesezugriffe verteilen sich auf die Replikate: etwa 4.300 pro Replikat in 30 s, während db1 nur die 3.600 Schreibzugriffe bearbeitet hat. Aber jedes Replikat hat auch alle 3.600 Schreibzugriffe übernommen, um eine Kopie zu bleiben. Mehr Lesezugriffe? Mehr Replikate. Mehr Schreibzugriffe? Da helfen Replikate nicht: Jedes von ihnen übernimmt jeden Schreibzugriff.</translation>
    </message>
    <message>
        <source>Each replica also applies every write.</source>
        <extracomment>replication, step 1, checkpoint nodes[db2].applied &gt; 3000</extracomment>
        <translation>Jedes Replikat übernimmt auch jeden Schreibzugriff.</translation>
    </message>
    <message>
        <source>Asynchronous replication</source>
        <extracomment>replication, step 2, title</extracomment>
        <translation>Asynchrone Replikation</translation>
    </message>
    <message>
        <source>None: the primary only says &quot;done&quot; once the write is safe</source>
        <extracomment>replication, step 2, choice 1</extracomment>
        <translation>Keiner: Der Primärserver sagt erst „fertig“, wenn der Schreibzugriff sicher ist</translation>
    </message>
    <message>
        <source>A few hundred</source>
        <extracomment>replication, step 2, choice 3</extracomment>
        <translation>Ein paar Hundert</translation>
    </message>
    <message>
        <source>A few thousand</source>
        <extracomment>replication, step 2, choice 4</extracomment>
        <translation>Ein paar Tausend</translation>
    </message>
    <message>
        <source>Asynchronous: &quot;done&quot; means committed on the primary; the replicas get the write about 100 ms later.</source>
        <extracomment>replication, step 2, feedback on choice 1</extracomment>
        <translation>Asynchron: „fertig“ heißt auf dem Primärserver festgeschrieben; die Replikate bekommen den Schreibzugriff etwa 100 ms später.</translation>
    </message>
    <message>
        <source>100 ms is short, but the popular keys are written many times a second, so reads of them often land inside that window.</source>
        <extracomment>replication, step 2, feedback on choice 2</extracomment>
        <translation>100 ms sind kurz, aber die beliebten Schlüssel werden viele Male pro Sekunde geschrieben, daher landen Lesezugriffe auf sie oft in diesem Zeitfenster.</translation>
    </message>
    <message>
        <source>The popular keys take most of the reads and most of the writes: the window is open for them much of the time.</source>
        <extracomment>replication, step 2, feedback on choice 3</extracomment>
        <translation>Auf die beliebten Schlüssel entfallen die meisten Lese- und die meisten Schreibzugriffe: Für sie ist das Zeitfenster einen Großteil der Zeit offen.</translation>
    </message>
    <message>
        <source>Right: about a third of the reads hit a key written less than 100 ms before.</source>
        <extracomment>replication, step 2, feedback on choice 4</extracomment>
        <translation>Richtig: Etwa ein Drittel der Lesezugriffe trifft einen Schlüssel, der vor weniger als 100 ms geschrieben wurde.</translation>
    </message>
    <message>
        <source>About 2,700. The popular keys are written often, so a read of one of them is quite likely to arrive within 100 ms of a write. The largest lag was 105 ms: the ship delay plus the link.</source>
        <extracomment>replication, step 2, answer explanation</extracomment>
        <translation>Etwa 2.700. Die beliebten Schlüssel werden oft geschrieben, daher kommt ein Lesezugriff auf einen von ihnen recht wahrscheinlich innerhalb von 100 ms nach einem Schreibzugriff an. Die größte Verzögerung betrug 105 ms: die Versandverzögerung plus die Verbindung.</translation>
    </message>
    <message>
        <source>A longer delay</source>
        <extracomment>replication, step 3, title</extracomment>
        <translation>Eine längere Verzögerung</translation>
    </message>
    <message>
        <source>&lt;p&gt;Suppose the replicas are farther away, or busier, and a write now takes 500 ms to reach them. The window in which a replica answers with old data is five times longer. Some users check what they have just saved: for 2 in 10 writes, the user reloads the page 200 ms after the answer, and the read goes to a replica like any other.&lt;/p&gt;</source>
        <extracomment>replication, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Angenommen, die Replikate sind weiter entfernt oder stärker ausgelastet, und ein Schreibzugriff braucht jetzt 500 ms, bis er sie erreicht. Das Zeitfenster, in dem ein Replikat mit alten Daten antwortet, ist fünfmal so lang. Manche Nutzer prüfen, was sie gerade gespeichert haben: Bei 2 von 10 Schreibzugriffen lädt der Nutzer die Seite 200 ms nach der Antwort neu, und der Lesezugriff geht wie jeder andere an ein Replikat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A user saves a comment and reloads the page 200 ms after &quot;saved&quot;; the read goes to a replica. What can happen?</source>
        <extracomment>replication, step 3, question</extracomment>
        <translation>Ein Nutzer speichert einen Kommentar und lädt die Seite 200 ms nach „gespeichert“ neu; der Lesezugriff geht an ein Replikat. Was kann passieren?</translation>
    </message>
    <message>
        <source>The user&apos;s own comment is missing</source>
        <extracomment>replication, step 3, choice 1</extracomment>
        <translation>Der eigene Kommentar des Nutzers fehlt</translation>
    </message>
    <message>
        <source>The comment is there: 200 ms is plenty</source>
        <extracomment>replication, step 3, choice 2</extracomment>
        <translation>Der Kommentar ist da: 200 ms sind reichlich</translation>
    </message>
    <message>
        <source>The page waits until the replica has the comment</source>
        <extracomment>replication, step 3, choice 4</extracomment>
        <translation>Die Seite wartet, bis das Replikat den Kommentar hat</translation>
    </message>
    <message>
        <source>Right: the replica has not applied the write yet, so the user&apos;s own comment is not there.</source>
        <extracomment>replication, step 3, feedback on choice 1</extracomment>
        <translation>Richtig: Das Replikat hat den Schreibzugriff noch nicht übernommen, also ist der eigene Kommentar des Nutzers nicht da.</translation>
    </message>
    <message>
        <source>It would be with the 100 ms of the last step; now the replicas get the write 500 ms after the commit.</source>
        <extracomment>replication, step 3, feedback on choice 2</extracomment>
        <translation>Mit den 100 ms aus dem letzten Schritt wäre er da; jetzt bekommen die Replikate den Schreibzugriff 500 ms nach dem Festschreiben.</translation>
    </message>
    <message>
        <source>A replica applies each write once, when it arrives; a reload only reads.</source>
        <extracomment>replication, step 3, feedback on choice 3</extracomment>
        <translation>Ein Replikat übernimmt jeden Schreibzugriff einmal, wenn er ankommt; ein Neuladen liest nur.</translation>
    </message>
    <message>
        <source>A replica can be made to wait for a write (MySQL&apos;s WAIT_FOR_EXECUTED_GTID_SET), but only if the application asks for it; nothing here does.</source>
        <extracomment>replication, step 3, feedback on choice 4</extracomment>
        <translation>Man kann ein Replikat auf einen Schreibzugriff warten lassen (MySQLs WAIT_FOR_EXECUTED_GTID_SET), aber nur, wenn die Anwendung das verlangt; hier tut das nichts.</translation>
    </message>
    <message>
        <source>That is a read-your-writes violation: about 700 users in 30 s (670 to 790 over seeds 1 to 50) did not see their own write. Stale reads rose from about 2,700 to about 5,500. Real sites send a user&apos;s reads to the primary for a moment after they write, or make the replica wait for that write; ScaleLab shows the problem, not those fixes.</source>
        <extracomment>replication, step 3, answer explanation</extracomment>
        <translation>Das ist eine Verletzung von Read-your-Writes: Etwa 700 Nutzer in 30 s (670 bis 790 bei den Seeds 1 bis 50) sahen ihren eigenen Schreibzugriff nicht. Die veralteten Lesezugriffe stiegen von etwa 2.700 auf etwa 5.500. Echte Websites schicken die Lesezugriffe eines Nutzers kurz nach seinem Schreibzugriff an den Primärserver oder lassen das Replikat auf diesen Schreibzugriff warten; ScaleLab zeigt das Problem, nicht diese Lösungen.</translation>
    </message>
    <message>
        <source>Ship delay and stale reads</source>
        <extracomment>replication, step 4, title</extracomment>
        <translation>Versandverzögerung und veraltete Lesezugriffe</translation>
    </message>
    <message>
        <source>&lt;p&gt;How many stale reads the replicas serve depends on the &lt;b&gt;ship delay&lt;/b&gt;: how long a committed write takes to travel from the primary to a replica. Move the slider from 0 to 3 seconds; each point is 30 s of the same 400 requests a second.&lt;/p&gt;&lt;p&gt;Before you move it: if the delay doubles, do the stale reads double? Watch where the curve flattens and think about the popular keys: how often is one of them read while it is still stale? And why are there a few stale reads even at 0 ms?&lt;/p&gt;</source>
        <extracomment>replication, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Wie viele veraltete Lesezugriffe die Replikate liefern, hängt von der &lt;b&gt;Versandverzögerung&lt;/b&gt; ab: wie lange ein festgeschriebener Schreibzugriff vom Primärserver zu einem Replikat unterwegs ist. Bewegen Sie den Schieberegler von 0 bis 3 Sekunden; jeder Punkt steht für 30 s mit denselben 400 Anfragen pro Sekunde.&lt;/p&gt;&lt;p&gt;Bevor Sie ihn bewegen: Wenn sich die Verzögerung verdoppelt, verdoppeln sich dann die veralteten Lesezugriffe? Achten Sie darauf, wo die Kurve abflacht, und denken Sie an die beliebten Schlüssel: Wie oft wird einer von ihnen gelesen, während er noch veraltet ist? Und warum gibt es selbst bei 0 ms ein paar veraltete Lesezugriffe?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stale reads in 30 s</source>
        <extracomment>replication, step 4, explore: the plotted figure&apos;s label</extracomment>
        <translation>Veraltete Lesezugriffe in 30 s</translation>
    </message>
    <message>
        <source>Every read fails until db3 is back</source>
        <extracomment>replication, step 5, choice 1</extracomment>
        <translation>Jeder Lesezugriff schlägt fehl, bis db3 zurück ist</translation>
    </message>
    <message>
        <source>Writes stop: the primary waits for its replicas</source>
        <extracomment>replication, step 5, choice 3</extracomment>
        <translation>Schreibzugriffe stoppen: Der Primärserver wartet auf seine Replikate</translation>
    </message>
    <message>
        <source>A few reads that were on db3, and more work for db2</source>
        <extracomment>replication, step 5, choice 4</extracomment>
        <translation>Ein paar Lesezugriffe, die gerade auf db3 liefen, und mehr Arbeit für db2</translation>
    </message>
    <message>
        <source>The web servers stop using a dead replica and send its reads to the one that is left.</source>
        <extracomment>replication, step 5, feedback on choice 1</extracomment>
        <translation>Die Webserver nutzen ein ausgefallenes Replikat nicht mehr und schicken seine Lesezugriffe an das verbliebene.</translation>
    </message>
    <message>
        <source>db2 now does twice the work, and any read inside db3 as it died fails.</source>
        <extracomment>replication, step 5, feedback on choice 2</extracomment>
        <translation>db2 leistet jetzt die doppelte Arbeit, und jeder Lesezugriff, der gerade in db3 steckte, als es ausfiel, schlägt fehl.</translation>
    </message>
    <message>
        <source>An asynchronous primary answers before it ships: it never waits for a replica.</source>
        <extracomment>replication, step 5, feedback on choice 3</extracomment>
        <translation>Ein asynchroner Primärserver antwortet, bevor er überträgt: Er wartet nie auf ein Replikat.</translation>
    </message>
    <message>
        <source>Right: only the reads inside db3 as it died fail; db2 takes the rest.</source>
        <extracomment>replication, step 5, feedback on choice 4</extracomment>
        <translation>Richtig: Nur die Lesezugriffe, die gerade in db3 steckten, als es ausfiel, schlagen fehl; db2 übernimmt den Rest.</translation>
    </message>
    <message>
        <source>At most a handful of requests failed (0 to 4 over seeds 1 to 50): the ones inside db3 as it died. db2 took over its reads: about 7,200 requests instead of 4,300.</source>
        <extracomment>replication, step 5, answer explanation</extracomment>
        <translation>Höchstens eine Handvoll Anfragen schlug fehl (0 bis 4 bei den Seeds 1 bis 50): die, die gerade in db3 steckten, als es ausfiel. db2 übernahm seine Lesezugriffe: etwa 7.200 Anfragen statt 4.300.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The chapter calls them master and slave; we say primary and replica. How far a replica is behind the primary is its &lt;b&gt;replication lag&lt;/b&gt;. Now &lt;b&gt;db2&lt;/b&gt; dies too, at 20 s. There is no replica left, but the primary has every write: until a new replica is ready, the primary answers the reads as well.&lt;/p&gt;</source>
        <extracomment>replication, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Das Kapitel nennt sie Master und Slave; wir sagen Primärserver und Replikat. Wie weit ein Replikat hinter dem Primärserver zurückliegt, ist seine &lt;b&gt;Replikationsverzögerung&lt;/b&gt;. Jetzt fällt auch &lt;b&gt;db2&lt;/b&gt; aus, bei 20 s. Es ist kein Replikat mehr übrig, aber der Primärserver hat jeden Schreibzugriff: Bis ein neues Replikat bereit ist, beantwortet der Primärserver auch die Lesezugriffe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>They go up: the primary is overloaded</source>
        <extracomment>replication, step 6, choice 1</extracomment>
        <translation>Sie nehmen zu: Der Primärserver ist überlastet</translation>
    </message>
    <message>
        <source>The primary is busier, but it answers with the newest value: busy is not stale.</source>
        <extracomment>replication, step 6, feedback on choice 1</extracomment>
        <translation>Der Primärserver ist stärker ausgelastet, aber er antwortet mit dem neuesten Wert: ausgelastet heißt nicht veraltet.</translation>
    </message>
    <message>
        <source>Stale reads come from replication lag; with no replica answering there is no lag to read through.</source>
        <extracomment>replication, step 6, feedback on choice 2</extracomment>
        <translation>Veraltete Lesezugriffe entstehen durch Replikationsverzögerung; wenn kein Replikat antwortet, gibt es keine Verzögerung, in die ein Lesezugriff fallen kann.</translation>
    </message>
    <message>
        <source>Right: the primary always has the newest value of every key.</source>
        <extracomment>replication, step 6, feedback on choice 3</extracomment>
        <translation>Richtig: Der Primärserver hat immer den neuesten Wert jedes Schlüssels.</translation>
    </message>
    <message>
        <source>The primary always has the newest value, so after 20 s no read is stale: about 1,800 stale reads by 30 s instead of 2,700. db1 served about 6,400 requests instead of 3,600.</source>
        <extracomment>replication, step 6, answer explanation</extracomment>
        <translation>Der Primärserver hat immer den neuesten Wert, also ist nach 20 s kein Lesezugriff mehr veraltet: etwa 1.800 veraltete Lesezugriffe bis 30 s statt 2.700. db1 bediente etwa 6.400 Anfragen statt 3.600.</translation>
    </message>
    <message>
        <source>Challenge: the reads keep growing</source>
        <extracomment>replication, step 7, title</extracomment>
        <translation>Aufgabe: Die Lesezugriffe wachsen weiter</translation>
    </message>
    <message>
        <source>&lt;p&gt;The site is a success: 1,200 requests a second, nine of every ten of them reads. The replicas here are small machines: each has 2 workers and takes 4 ms a read, so it answers about 500 reads a second. The primary still has room to spare, but it takes only the writes.&lt;/p&gt;</source>
        <extracomment>replication, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Die Website ist ein Erfolg: 1.200 Anfragen pro Sekunde, neun von zehn davon Lesezugriffe. Die Replikate sind hier kleine Maschinen: Jedes hat 2 Worker und braucht 4 ms pro Lesezugriff, beantwortet also etwa 500 Lesezugriffe pro Sekunde. Der Primärserver hat noch Luft, aber er nimmt nur die Schreibzugriffe an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 1,200 requests a second, nine in ten of them reads: drop no request and keep the p95 under 60 ms, with at most 4 databases. A new database is like db2: 2 workers, 4 ms a request, a queue of 100.&lt;/p&gt;</source>
        <extracomment>replication, step 7, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 1.200 Anfragen pro Sekunde, neun von zehn davon Lesezugriffe: keine Anfrage verwerfen und das p95 unter 60 ms halten, mit höchstens 4 Datenbanken. Eine neue Datenbank ist wie db2: 2 Worker, 4 ms pro Anfrage, eine Warteschlange von 100.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>95 of every 100 answers take under 60 ms.</source>
        <extracomment>replication, step 7, challenge goal latency_ms.p95 &lt; 60</extracomment>
        <translation>95 von 100 Antworten dauern unter 60 ms.</translation>
    </message>
    <message>
        <source>How many reads arrive each second, and how many can two replicas answer?</source>
        <extracomment>replication, step 7, challenge hint 1</extracomment>
        <translation>Wie viele Lesezugriffe kommen pro Sekunde an, und wie viele können zwei Replikate beantworten?</translation>
    </message>
    <message>
        <source>The web servers share their reads among the replicas they link to. A new replica gets reads only from the web servers linked to it.</source>
        <extracomment>replication, step 7, challenge hint 2</extracomment>
        <translation>Die Webserver verteilen ihre Lesezugriffe auf die Replikate, mit denen sie verbunden sind. Ein neues Replikat bekommt nur von den Webservern Lesezugriffe, die mit ihm verbunden sind.</translation>
    </message>
    <message>
        <source>0.9 × 1,200 = 1,080 reads a second, and two replicas answer about 1,000. Add a third replica, linked from web1 and web2 and fed by db1.</source>
        <extracomment>replication, step 7, challenge hint 3</extracomment>
        <translation>0,9 × 1.200 = 1.080 Lesezugriffe pro Sekunde, und zwei Replikate beantworten etwa 1.000. Fügen Sie ein drittes Replikat hinzu, mit Verbindungen von web1 und web2, das von db1 beliefert wird.</translation>
    </message>
    <message>
        <source>One worker finishes 1 ÷ 0.030 ≈ 33 requests a second, so 8 workers finish about 267. Our 200 fit, with a little room to spare: nothing is dropped. In the next step, pushed to 400 a second, web1 finishes about 268 a second and not one more.</source>
        <extracomment>zero-to-millions, step 1, answer explanation</extracomment>
        <translation>Ein Worker schafft 1 ÷ 0,030 ≈ 33 Anfragen pro Sekunde, also schaffen 8 Worker etwa 267. Unsere 200 passen, mit etwas Luft: Nichts wird verworfen. Im nächsten Schritt, bei 400 pro Sekunde, schafft web1 etwa 268 pro Sekunde und keine einzige mehr.</translation>
    </message>
    <message>
        <source>400 requests arrive a second and web1 finishes about 267. About how many requests are dropped in 30 s?</source>
        <extracomment>zero-to-millions, step 2, question</extracomment>
        <translation>Pro Sekunde kommen 400 Anfragen an, und web1 schafft etwa 267. Wie viele Anfragen werden in 30 s ungefähr verworfen?</translation>
    </message>
    <message>
        <source>About 133 requests a second have nowhere to go: about 4,000 were dropped in 30 s (3,700 to 4,300 depending on the seed). Those that got in waited in the queue: the median answer (half of the answers are faster) took about 250 ms instead of 70 ms.</source>
        <extracomment>zero-to-millions, step 2, answer explanation</extracomment>
        <translation>Etwa 133 Anfragen pro Sekunde finden keinen Platz: Etwa 4.000 wurden in 30 s verworfen (3.700 bis 4.300 je nach Seed). Die, die hineinkamen, warteten in der Warteschlange: Die Antwort im Median (die Hälfte der Antworten ist schneller) dauerte etwa 250 ms statt 70 ms.</translation>
    </message>
    <message>
        <source>They fail with an error</source>
        <extracomment>zero-to-millions, step 3, choice 1</extracomment>
        <translation>Sie schlagen mit einem Fehler fehl</translation>
    </message>
    <message>
        <source>Only writes fail; reads still work</source>
        <extracomment>zero-to-millions, step 3, choice 4</extracomment>
        <translation>Nur Schreibzugriffe schlagen fehl; Lesezugriffe funktionieren weiter</translation>
    </message>
    <message>
        <source>Right: without its database web1 can only answer with an error.</source>
        <extracomment>zero-to-millions, step 3, feedback on choice 1</extracomment>
        <translation>Richtig: Ohne seine Datenbank kann web1 nur mit einem Fehler antworten.</translation>
    </message>
    <message>
        <source>web1 now keeps no data of its own: that is what splitting off the database means.</source>
        <extracomment>zero-to-millions, step 3, feedback on choice 2</extracomment>
        <translation>web1 hält jetzt keine eigenen Daten mehr: Genau das bedeutet es, die Datenbank abzutrennen.</translation>
    </message>
    <message>
        <source>web1 does not hold requests for seconds: it answers with an error as soon as db1 does not respond.</source>
        <extracomment>zero-to-millions, step 3, feedback on choice 3</extracomment>
        <translation>web1 hält Anfragen nicht sekundenlang fest: Er antwortet mit einem Fehler, sobald db1 nicht reagiert.</translation>
    </message>
    <message>
        <source>Reads need the data too, and the data is in db1.</source>
        <extracomment>zero-to-millions, step 3, feedback on choice 4</extracomment>
        <translation>Auch Lesezugriffe brauchen die Daten, und die Daten liegen in db1.</translation>
    </message>
    <message>
        <source>web1 keeps no data of its own, so without db1 it can only answer with an error: about 1,500 requests failed. A single database is a single point of failure; replication, later in this lesson, deals with it.</source>
        <extracomment>zero-to-millions, step 3, answer explanation</extracomment>
        <translation>web1 hält keine eigenen Daten, also kann er ohne db1 nur mit einem Fehler antworten: Etwa 1.500 Anfragen schlugen fehl. Eine einzelne Datenbank ist ein Single Point of Failure; darum kümmert sich später in dieser Lektion die Replikation.</translation>
    </message>
    <message>
        <source>The database&apos;s</source>
        <extracomment>zero-to-millions, step 4, choice 3</extracomment>
        <translation>Die der Datenbank</translation>
    </message>
    <message>
        <source>Users never see the servers: they talk to the balancer, which picks one for them.</source>
        <extracomment>zero-to-millions, step 4, feedback on choice 1</extracomment>
        <translation>Die Nutzer sehen die Server nie: Sie sprechen mit dem Load Balancer, der einen für sie auswählt.</translation>
    </message>
    <message>
        <source>That would tie users to servers; the balancer hides the servers and can change them at will.</source>
        <extracomment>zero-to-millions, step 4, feedback on choice 2</extracomment>
        <translation>Das würde die Nutzer an Server binden; der Load Balancer verbirgt die Server und kann sie nach Belieben austauschen.</translation>
    </message>
    <message>
        <source>Users never talk to the database; only the web servers do.</source>
        <extracomment>zero-to-millions, step 4, feedback on choice 3</extracomment>
        <translation>Die Nutzer sprechen nie mit der Datenbank; das tun nur die Webserver.</translation>
    </message>
    <message>
        <source>Right: the balancer is the one front door.</source>
        <extracomment>zero-to-millions, step 4, feedback on choice 4</extracomment>
        <translation>Richtig: Der Load Balancer ist die einzige Eingangstür.</translation>
    </message>
    <message>
        <source>web1 and web2 take over part of web3&apos;s queue</source>
        <extracomment>zero-to-millions, step 5, choice 4</extracomment>
        <translation>web1 und web2 übernehmen einen Teil der Warteschlange von web3</translation>
    </message>
    <message>
        <source>web3 can finish about 83 a second; the rest pile up in its queue until it overflows.</source>
        <extracomment>zero-to-millions, step 5, feedback on choice 1</extracomment>
        <translation>web3 schafft etwa 83 pro Sekunde; der Rest staut sich in seiner Warteschlange, bis sie überläuft.</translation>
    </message>
    <message>
        <source>Round robin looks at nothing but turns: it never notices that web3 is behind.</source>
        <extracomment>zero-to-millions, step 5, feedback on choice 2</extracomment>
        <translation>Round Robin achtet auf nichts als die Reihenfolge: Es merkt nie, dass web3 im Rückstand ist.</translation>
    </message>
    <message>
        <source>Right: about 217 requests a second more than web3 can finish.</source>
        <extracomment>zero-to-millions, step 5, feedback on choice 3</extracomment>
        <translation>Richtig: etwa 217 Anfragen pro Sekunde mehr, als web3 schafft.</translation>
    </message>
    <message>
        <source>Servers do not share queues: a request given to web3 stays with web3.</source>
        <extracomment>zero-to-millions, step 5, feedback on choice 4</extracomment>
        <translation>Server teilen sich keine Warteschlangen: Eine Anfrage, die web3 bekommen hat, bleibt bei web3.</translation>
    </message>
    <message>
        <source>web3&apos;s queue fills up and it refuses the rest: about 6,500 requests dropped in 30 s, while web1 and web2 have workers to spare. Requests that do get into web3 wait: the 95th percentile (p95: 95 % of requests are faster than it) reaches about 740 ms.</source>
        <extracomment>zero-to-millions, step 5, answer explanation</extracomment>
        <translation>Die Warteschlange von web3 läuft voll, und er weist den Rest ab: Etwa 6.500 Anfragen wurden in 30 s verworfen, während web1 und web2 freie Worker haben. Anfragen, die in web3 hineinkommen, warten: Das 95. Perzentil (p95: 95 % der Anfragen sind schneller) erreicht etwa 740 ms.</translation>
    </message>
    <message>
        <source>About a fifth</source>
        <extracomment>zero-to-millions, step 6, choice 3</extracomment>
        <translation>Etwa ein Fünftel</translation>
    </message>
    <message>
        <source>Still a third, handled better</source>
        <extracomment>zero-to-millions, step 6, choice 4</extracomment>
        <translation>Immer noch ein Drittel, nur besser bearbeitet</translation>
    </message>
    <message>
        <source>web3 still gets a request whenever it has the fewest in progress, just far less often.</source>
        <extracomment>zero-to-millions, step 6, feedback on choice 1</extracomment>
        <translation>web3 bekommt weiterhin eine Anfrage, wann immer er die wenigsten laufenden hat, nur viel seltener.</translation>
    </message>
    <message>
        <source>Right: about what web3 can finish, 83 of 900 a second.</source>
        <extracomment>zero-to-millions, step 6, feedback on choice 2</extracomment>
        <translation>Richtig: etwa so viel, wie web3 schafft, 83 von 900 pro Sekunde.</translation>
    </message>
    <message>
        <source>web3 can finish only about 83 of 900 a second, under a tenth; more would pile up in its queue.</source>
        <extracomment>zero-to-millions, step 6, feedback on choice 3</extracomment>
        <translation>web3 schafft nur etwa 83 von 900 pro Sekunde, weniger als ein Zehntel; mehr würde sich in seiner Warteschlange stauen.</translation>
    </message>
    <message>
        <source>Least connections has no turns: a server gets a new request only when it has the fewest in progress.</source>
        <extracomment>zero-to-millions, step 6, feedback on choice 4</extracomment>
        <translation>Least Connections kennt keine Reihenfolge: Ein Server bekommt nur dann eine neue Anfrage, wenn er die wenigsten laufenden hat.</translation>
    </message>
    <message>
        <source>web3 answered about 2,350 of 27,000 requests, under 9 %: about as much as it can finish. Nothing is dropped, and the 95th percentile falls from about 740 ms to about 140 ms.</source>
        <extracomment>zero-to-millions, step 6, answer explanation</extracomment>
        <translation>web3 beantwortete etwa 2.350 von 27.000 Anfragen, unter 9 %: ungefähr so viel, wie er schafft. Nichts wird verworfen, und das 95. Perzentil sinkt von etwa 740 ms auf etwa 140 ms.</translation>
    </message>
    <message>
        <source>&lt;p&gt;When we know how big each server is, we can tell the balancer. &lt;b&gt;web1&lt;/b&gt; has 50 workers, web2 and web3 have 20 each, and a request takes 20 ms: web1 can finish 2,500 requests a second, the small ones 1,000 each. Weights 5, 2 and 2 follow those sizes: of every 9 requests, web1 gets 5 and the others 2 each. 3,600 requests a second arrive, so every server runs at 80 % of what it can do. At 15 s we switch the balancer to plain round robin, which gives each server the same share.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Wenn wir wissen, wie groß jeder Server ist, können wir es dem Load Balancer sagen. &lt;b&gt;web1&lt;/b&gt; hat 50 Worker, web2 und web3 haben je 20, und eine Anfrage dauert 20 ms: web1 schafft 2.500 Anfragen pro Sekunde, die kleinen je 1.000. Die Gewichte 5, 2 und 2 folgen diesen Größen: Von je 9 Anfragen bekommt web1 5 und die anderen je 2. Es kommen 3.600 Anfragen pro Sekunde an, also läuft jeder Server bei 80 % dessen, was er schafft. Bei 15 s stellen wir den Load Balancer auf einfaches Round Robin um, das jedem Server denselben Anteil gibt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Together the three servers can finish 4,500 requests a second, and 3,600 arrive. What happens after the switch to round robin at 15 s?</source>
        <extracomment>zero-to-millions, step 7, question</extracomment>
        <translation>Zusammen schaffen die drei Server 4.500 Anfragen pro Sekunde, und 3.600 kommen an. Was passiert nach der Umstellung auf Round Robin bei 15 s?</translation>
    </message>
    <message>
        <source>Nothing changes: the pool still has room for 900 more a second</source>
        <extracomment>zero-to-millions, step 7, choice 1</extracomment>
        <translation>Nichts ändert sich: Der Pool hat noch Platz für 900 mehr pro Sekunde</translation>
    </message>
    <message>
        <source>web2 and web3 fall behind and drop requests, while web1 has room to spare</source>
        <extracomment>zero-to-millions, step 7, choice 2</extracomment>
        <translation>web2 und web3 geraten in Rückstand und verwerfen Anfragen, während web1 noch Luft hat</translation>
    </message>
    <message>
        <source>web1 is overloaded: it still gets five of every nine requests</source>
        <extracomment>zero-to-millions, step 7, choice 3</extracomment>
        <translation>web1 ist überlastet: Er bekommt weiterhin fünf von je neun Anfragen</translation>
    </message>
    <message>
        <source>All three slow down a little, but nothing is dropped</source>
        <extracomment>zero-to-millions, step 7, choice 4</extracomment>
        <translation>Alle drei werden etwas langsamer, aber nichts wird verworfen</translation>
    </message>
    <message>
        <source>Spare room on web1 does not help web2 and web3: round robin gives each server a third, 1,200 a second, whatever its size.</source>
        <extracomment>zero-to-millions, step 7, feedback on choice 1</extracomment>
        <translation>Freie Kapazität auf web1 hilft web2 und web3 nicht: Round Robin gibt jedem Server ein Drittel, 1.200 pro Sekunde, egal wie groß er ist.</translation>
    </message>
    <message>
        <source>Right: each small server gets 1,200 a second and finishes 1,000; its queue fills and the rest is dropped. web1 runs at half its capacity.</source>
        <extracomment>zero-to-millions, step 7, feedback on choice 2</extracomment>
        <translation>Richtig: Jeder kleine Server bekommt 1.200 pro Sekunde und schafft 1.000; seine Warteschlange läuft voll, und der Rest wird verworfen. web1 läuft bei der Hälfte seiner Kapazität.</translation>
    </message>
    <message>
        <source>Round robin ignores the weights: web1 now gets a third, 1,200 of the 2,500 a second it could finish.</source>
        <extracomment>zero-to-millions, step 7, feedback on choice 3</extracomment>
        <translation>Round Robin ignoriert die Gewichte: web1 bekommt jetzt ein Drittel, 1.200 der 2.500 pro Sekunde, die er schaffen könnte.</translation>
    </message>
    <message>
        <source>A server that gets more than it can finish does not just slow down: its queue grows until it is full, then requests are dropped.</source>
        <extracomment>zero-to-millions, step 7, feedback on choice 4</extracomment>
        <translation>Ein Server, der mehr bekommt, als er schafft, wird nicht einfach nur langsamer: Seine Warteschlange wächst, bis sie voll ist, dann werden Anfragen verworfen.</translation>
    </message>
    <message>
        <source>Until 15 s web1 answered about 2,000 requests a second and web2 and web3 about 800 each; nothing was dropped and 95 % of answers took under 43 ms. With round robin each server got 1,200 a second: web2 and web3 each dropped about 3,000 requests in 15 s, and their answers took 140 ms, waiting in a full queue.</source>
        <extracomment>zero-to-millions, step 7, answer explanation</extracomment>
        <translation>Bis 15 s beantwortete web1 etwa 2.000 Anfragen pro Sekunde und web2 und web3 je etwa 800; nichts wurde verworfen, und 95 % der Antworten dauerten unter 43 ms. Mit Round Robin bekam jeder Server 1.200 pro Sekunde: web2 und web3 verwarfen in 15 s je etwa 3.000 Anfragen, und ihre Antworten dauerten 140 ms, weil sie in einer vollen Warteschlange warteten.</translation>
    </message>
    <message>
        <source>With weights that match the servers, nothing is dropped.</source>
        <extracomment>zero-to-millions, step 7, checkpoint requests.dropped == 0</extracomment>
        <translation>Mit Gewichten, die zu den Servern passen, wird nichts verworfen.</translation>
    </message>
    <message>
        <source>web1 takes five of every nine requests.</source>
        <extracomment>zero-to-millions, step 7, checkpoint nodes[web1].served &gt; 27000</extracomment>
        <translation>web1 übernimmt fünf von je neun Anfragen.</translation>
    </message>
    <message>
        <source>With round robin the small servers drop requests...</source>
        <extracomment>zero-to-millions, step 7, checkpoint nodes[web2].dropped &gt; 1500</extracomment>
        <translation>Mit Round Robin verwerfen die kleinen Server Anfragen...</translation>
    </message>
    <message>
        <source>...while the big one has room to spare.</source>
        <extracomment>zero-to-millions, step 7, checkpoint nodes[web1].dropped == 0</extracomment>
        <translation>...während der große noch Luft hat.</translation>
    </message>
    <message>
        <source>Like nginx&apos;s ip_hash, this balancer hashes over the whole pool and picks again only when the server it found is out: everyone else keeps theirs.</source>
        <extracomment>zero-to-millions, step 8, feedback on choice 1</extracomment>
        <translation>Wie ip_hash bei nginx bildet dieser Load Balancer den Hash über den ganzen Pool und wählt nur dann neu, wenn der gefundene Server nicht mehr im Pool ist: Alle anderen behalten ihren.</translation>
    </message>
    <message>
        <source>They fail only until the health checks take web3 out of the pool; then they are hashed onto web1 and web2.</source>
        <extracomment>zero-to-millions, step 8, feedback on choice 2</extracomment>
        <translation>Sie bekommen nur so lange Fehler, bis die Health Checks web3 aus dem Pool nehmen; danach werden sie per Hash auf web1 und web2 verteilt.</translation>
    </message>
    <message>
        <source>Right: only a user whose server is gone gets a new one.</source>
        <extracomment>zero-to-millions, step 8, feedback on choice 3</extracomment>
        <translation>Richtig: Nur ein Nutzer, dessen Server weg ist, bekommt einen neuen.</translation>
    </message>
    <message>
        <source>A server dies</source>
        <extracomment>zero-to-millions, step 9, title</extracomment>
        <translation>Ein Server fällt aus</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to our two servers behind round robin. At 30 s &lt;b&gt;web2&lt;/b&gt; crashes. This balancer does not check its servers.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 9, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Zurück zu unseren zwei Servern hinter Round Robin. Bei 30 s stürzt &lt;b&gt;web2&lt;/b&gt; ab. Dieser Load Balancer prüft seine Server nicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About half of them</source>
        <extracomment>zero-to-millions, step 9, choice 1</extracomment>
        <translation>Etwa die Hälfte</translation>
    </message>
    <message>
        <source>A few, until the balancer notices</source>
        <extracomment>zero-to-millions, step 9, choice 3</extracomment>
        <translation>Ein paar, bis der Load Balancer es bemerkt</translation>
    </message>
    <message>
        <source>Right: every second turn goes to a dead server.</source>
        <extracomment>zero-to-millions, step 9, feedback on choice 1</extracomment>
        <translation>Richtig: Jedes zweite Mal ist ein ausgefallener Server an der Reihe.</translation>
    </message>
    <message>
        <source>web1 could, but nobody tells the balancer: it still gives web2 its turns.</source>
        <extracomment>zero-to-millions, step 9, feedback on choice 2</extracomment>
        <translation>web1 könnte es, aber niemand sagt es dem Load Balancer: Er lässt web2 weiterhin an die Reihe kommen.</translation>
    </message>
    <message>
        <source>This balancer has no way to notice: without health checks it never learns web2 is dead.</source>
        <extracomment>zero-to-millions, step 9, feedback on choice 3</extracomment>
        <translation>Dieser Load Balancer kann es nicht bemerken: Ohne Health Checks erfährt er nie, dass web2 ausgefallen ist.</translation>
    </message>
    <message>
        <source>web1 is alive and answers its turns; only web2&apos;s turns fail.</source>
        <extracomment>zero-to-millions, step 9, feedback on choice 4</extracomment>
        <translation>web1 läuft und beantwortet die Anfragen, wenn er an der Reihe ist; nur wenn web2 an der Reihe ist, schlagen sie fehl.</translation>
    </message>
    <message>
        <source>Not at all: the balancer sees the crash</source>
        <extracomment>zero-to-millions, step 10, choice 1</extracomment>
        <translation>Gar nicht: Der Load Balancer sieht den Absturz</translation>
    </message>
    <message>
        <source>About 2 seconds: one failed check</source>
        <extracomment>zero-to-millions, step 10, choice 2</extracomment>
        <translation>Etwa 2 Sekunden: ein fehlgeschlagener Check</translation>
    </message>
    <message>
        <source>The balancer learns only from its checks, and they run every 2 s.</source>
        <extracomment>zero-to-millions, step 10, feedback on choice 1</extracomment>
        <translation>Der Load Balancer erfährt es nur durch seine Checks, und die laufen alle 2 s.</translation>
    </message>
    <message>
        <source>One failure is not enough here: it takes three in a row, so that one lost check does not eject a healthy server.</source>
        <extracomment>zero-to-millions, step 10, feedback on choice 2</extracomment>
        <translation>Ein Fehlschlag reicht hier nicht: Es braucht drei in Folge, damit ein einzelner verlorener Check keinen gesunden Server ausschließt.</translation>
    </message>
    <message>
        <source>Right: three checks 2 s apart, about 5.5 s after the crash.</source>
        <extracomment>zero-to-millions, step 10, feedback on choice 3</extracomment>
        <translation>Richtig: drei Checks im Abstand von 2 s, etwa 5,5 s nach dem Absturz.</translation>
    </message>
    <message>
        <source>Three failed checks take web2 out of the pool long before that.</source>
        <extracomment>zero-to-millions, step 10, feedback on choice 4</extracomment>
        <translation>Drei fehlgeschlagene Checks nehmen web2 lange vorher aus dem Pool.</translation>
    </message>
    <message>
        <source>Explore: how often to check</source>
        <extracomment>zero-to-millions, step 11, title</extracomment>
        <translation>Erkunden: Wie oft prüfen?</translation>
    </message>
    <message>
        <source>&lt;p&gt;web2 dies at 10.5 s. The balancer takes a server out of the pool after three failed checks in a row, so how long users get errors depends on how often it checks. Slide the check &lt;b&gt;interval&lt;/b&gt; from 250 ms to 5 s.&lt;/p&gt;&lt;p&gt;Is the curve a straight line? Look for the values where the errors jump and those where they barely move: the first failed check comes only at the next tick after the crash. And ask the class what checking four times a second costs: every check is a request to every server, and a server that is only slow for a moment may be marked down.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 11, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;web2 fällt bei 10,5 s aus. Der Load Balancer nimmt einen Server nach drei fehlgeschlagenen Checks in Folge aus dem Pool, also hängt es davon, wie oft er prüft, wie lange die Nutzer Fehler bekommen. Schieben Sie das &lt;b&gt;Intervall&lt;/b&gt; der Checks von 250 ms bis 5 s.&lt;/p&gt;&lt;p&gt;Ist die Kurve eine Gerade? Suchen Sie die Werte, bei denen die Fehler springen, und die, bei denen sie sich kaum bewegen: Der erste fehlgeschlagene Check kommt erst beim nächsten Prüftakt nach dem Absturz. Und fragen Sie die Lernenden, was es kostet, viermal pro Sekunde zu prüfen: Jeder Check ist eine Anfrage an jeden Server, und ein Server, der nur kurz langsam ist, wird womöglich als ausgefallen markiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Check interval (ms)</source>
        <extracomment>zero-to-millions, step 11, explore: the slider&apos;s label</extracomment>
        <translation>Prüfintervall (ms)</translation>
    </message>
    <message>
        <source>Errors in 30 s</source>
        <extracomment>zero-to-millions, step 11, explore: the plotted figure&apos;s label</extracomment>
        <translation>Fehler in 30 s</translation>
    </message>
    <message>
        <source>Challenge: a server dies at rush hour</source>
        <extracomment>zero-to-millions, step 12, title</extracomment>
        <translation>Aufgabe: Ein Server fällt zur Stoßzeit aus</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your turn. Two web servers, 1,000 requests a second, a balancer with no health checks, and at 10 s &lt;b&gt;web2&lt;/b&gt; dies. Change the design so that the site rides through the crash.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 12, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Sie sind dran. Zwei Webserver, 1.000 Anfragen pro Sekunde, ein Load Balancer ohne Health Checks, und bei 10 s fällt &lt;b&gt;web2&lt;/b&gt; aus. Ändern Sie den Entwurf so, dass die Website den Absturz übersteht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 1,000 requests a second, with web2 dead from 10 s: fewer than &lt;b&gt;2,000 errors&lt;/b&gt; in 30 s, &lt;b&gt;no request dropped&lt;/b&gt; and a 95th percentile under &lt;b&gt;100 ms&lt;/b&gt; (95 % of the answers are faster than that), with at most &lt;b&gt;3 web servers&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 12, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 1.000 Anfragen pro Sekunde, mit web2 ab 10 s ausgefallen: weniger als &lt;b&gt;2.000 Fehler&lt;/b&gt; in 30 s, &lt;b&gt;keine verworfene Anfrage&lt;/b&gt; und ein 95. Perzentil unter &lt;b&gt;100 ms&lt;/b&gt; (95 % der Antworten sind schneller), mit höchstens &lt;b&gt;3 Webservern&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fewer than 2,000 requests fail.</source>
        <extracomment>zero-to-millions, step 12, challenge goal requests.error &lt; 2000</extracomment>
        <translation>Weniger als 2.000 Anfragen schlagen fehl.</translation>
    </message>
    <message>
        <source>Without health checks the balancer keeps sending a share of the requests to the dead server until the end of the run.</source>
        <extracomment>zero-to-millions, step 12, challenge hint 1</extracomment>
        <translation>Ohne Health Checks schickt der Load Balancer bis zum Ende des Laufs einen Teil der Anfragen an den ausgefallenen Server.</translation>
    </message>
    <message>
        <source>Once web2 is out of the pool, can web1 alone carry 1,000 requests a second? Each request holds one of its 20 workers while it waits for the database too.</source>
        <extracomment>zero-to-millions, step 12, challenge hint 2</extracomment>
        <translation>Sobald web2 aus dem Pool ist: Kann web1 allein 1.000 Anfragen pro Sekunde tragen? Jede Anfrage belegt einen seiner 20 Worker, auch während sie auf die Datenbank wartet.</translation>
    </message>
    <message>
        <source>Give lb health checks (every second, say) and add a third web server, linked from lb and to db1.</source>
        <extracomment>zero-to-millions, step 12, challenge hint 3</extracomment>
        <translation>Geben Sie lb Health Checks (etwa jede Sekunde) und fügen Sie einen dritten Webserver hinzu, mit einer Verbindung von lb und zu db1.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A logged-in user has a &lt;b&gt;session&lt;/b&gt;. Here each server keeps its users&apos; sessions in its own memory, so the balancer has to stick each user to the same server. At 30 s &lt;b&gt;web2&lt;/b&gt; dies.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 13, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein angemeldeter Nutzer hat eine &lt;b&gt;Sitzung&lt;/b&gt;. Hier hält jeder Server die Sitzungen seiner Nutzer in seinem eigenen Speicher, also muss der Load Balancer jeden Nutzer fest an denselben Server binden. Bei 30 s fällt &lt;b&gt;web2&lt;/b&gt; aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Only those with a request in progress must log in again</source>
        <extracomment>zero-to-millions, step 13, choice 3</extracomment>
        <translation>Nur die mit einer laufenden Anfrage müssen sich neu anmelden</translation>
    </message>
    <message>
        <source>They have to log in again elsewhere</source>
        <extracomment>zero-to-millions, step 13, choice 4</extracomment>
        <translation>Sie müssen sich anderswo neu anmelden</translation>
    </message>
    <message>
        <source>Nobody copies them: each session lives only in the memory of its server.</source>
        <extracomment>zero-to-millions, step 13, feedback on choice 1</extracomment>
        <translation>Niemand kopiert sie: Jede Sitzung liegt nur im Speicher ihres Servers.</translation>
    </message>
    <message>
        <source>The balancer moves them to a live server at once: they are served, but as strangers.</source>
        <extracomment>zero-to-millions, step 13, feedback on choice 2</extracomment>
        <translation>Der Load Balancer verlegt sie sofort auf einen laufenden Server: Sie werden bedient, aber als Unbekannte.</translation>
    </message>
    <message>
        <source>Every session on web2 is gone, busy or not; the others notice on their next request.</source>
        <extracomment>zero-to-millions, step 13, feedback on choice 3</extracomment>
        <translation>Jede Sitzung auf web2 ist weg, ob mit laufender Anfrage oder ohne; die anderen merken es bei ihrer nächsten Anfrage.</translation>
    </message>
    <message>
        <source>Right: their sessions died with web2&apos;s memory.</source>
        <extracomment>zero-to-millions, step 13, feedback on choice 4</extracomment>
        <translation>Richtig: Ihre Sitzungen sind mit dem Speicher von web2 verschwunden.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now the servers keep nothing between requests: each request fetches its session from a shared &lt;b&gt;session store&lt;/b&gt;. Any server can handle any user, so the balancer needs no stickiness. The price is one more hop per request, and a store that must itself stay up.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 14, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Jetzt halten die Server zwischen den Anfragen nichts vor: Jede Anfrage holt ihre Sitzung aus einem gemeinsamen &lt;b&gt;Sitzungsspeicher&lt;/b&gt;. Jeder Server kann jeden Nutzer bedienen, also braucht der Load Balancer keine feste Zuordnung. Der Preis ist ein zusätzlicher Hop pro Anfrage und ein Sitzungsspeicher, der selbst am Laufen bleiben muss.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About a third, those who were on web2</source>
        <extracomment>zero-to-millions, step 14, choice 2</extracomment>
        <translation>Etwa ein Drittel, die auf web2 waren</translation>
    </message>
    <message>
        <source>Only those with a request in progress on web2</source>
        <extracomment>zero-to-millions, step 14, choice 3</extracomment>
        <translation>Nur die mit einer laufenden Anfrage auf web2</translation>
    </message>
    <message>
        <source>Right: the sessions are in the store, and the store is up.</source>
        <extracomment>zero-to-millions, step 14, feedback on choice 1</extracomment>
        <translation>Richtig: Die Sitzungen liegen im Sitzungsspeicher, und der läuft.</translation>
    </message>
    <message>
        <source>Those users&apos; sessions were never on web2: they are in the store.</source>
        <extracomment>zero-to-millions, step 14, feedback on choice 2</extracomment>
        <translation>Die Sitzungen dieser Nutzer waren nie auf web2: Sie liegen im Sitzungsspeicher.</translation>
    </message>
    <message>
        <source>Those requests fail, but their sessions are in the store: the next request finds them.</source>
        <extracomment>zero-to-millions, step 14, feedback on choice 3</extracomment>
        <translation>Diese Anfragen schlagen fehl, aber ihre Sitzungen liegen im Sitzungsspeicher: Die nächste Anfrage findet sie.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database is now both the bottleneck and a single point of failure, so we keep copies. &lt;b&gt;db1&lt;/b&gt;, the primary, takes every write and ships it to the replicas &lt;b&gt;db2&lt;/b&gt; and &lt;b&gt;db3&lt;/b&gt;, which answer the reads. Most sites read far more than they write: here 90 % of the 500 requests a second are reads, 10 % writes.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 15, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Die Datenbank ist jetzt sowohl der Engpass als auch ein Single Point of Failure, also halten wir Kopien. &lt;b&gt;db1&lt;/b&gt;, der Primärserver, nimmt jeden Schreibzugriff an und überträgt ihn an die Replikate &lt;b&gt;db2&lt;/b&gt; und &lt;b&gt;db3&lt;/b&gt;, die die Lesezugriffe beantworten. Die meisten Websites lesen weit mehr, als sie schreiben: Hier sind 90 % der 500 Anfragen pro Sekunde Lesezugriffe, 10 % Schreibzugriffe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>In 30 s db1 commits about 1,500 writes, and each replica answers about 6,700 reads. How many of those writes does each replica apply as well?</source>
        <extracomment>zero-to-millions, step 15, question</extracomment>
        <translation>In 30 s schreibt db1 etwa 1.500 Schreibzugriffe fest, und jedes Replikat beantwortet etwa 6.700 Lesezugriffe. Wie viele dieser Schreibzugriffe übernimmt jedes Replikat außerdem?</translation>
    </message>
    <message>
        <source>None: writes go to the primary only</source>
        <extracomment>zero-to-millions, step 15, choice 1</extracomment>
        <translation>Keinen: Schreibzugriffe gehen nur an den Primärserver</translation>
    </message>
    <message>
        <source>About 750: the two replicas share the writes as they share the reads</source>
        <extracomment>zero-to-millions, step 15, choice 2</extracomment>
        <translation>Etwa 750: Die beiden Replikate teilen sich die Schreibzugriffe wie die Lesezugriffe</translation>
    </message>
    <message>
        <source>All 1,500, as many as the primary</source>
        <extracomment>zero-to-millions, step 15, choice 3</extracomment>
        <translation>Alle 1.500, so viele wie der Primärserver</translation>
    </message>
    <message>
        <source>Only the writes to keys that are read often</source>
        <extracomment>zero-to-millions, step 15, choice 4</extracomment>
        <translation>Nur die Schreibzugriffe auf Schlüssel, die oft gelesen werden</translation>
    </message>
    <message>
        <source>Then a replica would never see a change: the primary ships every write to every replica, and each one applies it.</source>
        <extracomment>zero-to-millions, step 15, feedback on choice 1</extracomment>
        <translation>Dann sähe ein Replikat nie eine Änderung: Der Primärserver überträgt jeden Schreibzugriff an jedes Replikat, und jedes übernimmt ihn.</translation>
    </message>
    <message>
        <source>Reads are shared, writes are copied: a replica must have every change to answer any read.</source>
        <extracomment>zero-to-millions, step 15, feedback on choice 2</extracomment>
        <translation>Lesezugriffe werden aufgeteilt, Schreibzugriffe kopiert: Ein Replikat muss jede Änderung haben, um jeden beliebigen Lesezugriff beantworten zu können.</translation>
    </message>
    <message>
        <source>Right: every replica repeats every write, so replicas take reads off the primary, never writes.</source>
        <extracomment>zero-to-millions, step 15, feedback on choice 3</extracomment>
        <translation>Richtig: Jedes Replikat wiederholt jeden Schreibzugriff, also nehmen Replikate dem Primärserver Lesezugriffe ab, nie Schreibzugriffe.</translation>
    </message>
    <message>
        <source>Replication copies the whole stream of changes, popular or not; keeping only popular data is what a cache does.</source>
        <extracomment>zero-to-millions, step 15, feedback on choice 4</extracomment>
        <translation>Replikation kopiert den ganzen Strom von Änderungen, ob beliebt oder nicht; nur beliebte Daten vorzuhalten, ist Sache eines Caches.</translation>
    </message>
    <message>
        <source>db2 and db3 each applied about 1,500 writes, every one db1 committed, besides about 6,700 reads each; db1 answered only the writes. So more reads? Add replicas. More writes? Every replica has to apply them too: replicas do not help writes.</source>
        <extracomment>zero-to-millions, step 15, answer explanation</extracomment>
        <translation>db2 und db3 übernahmen je etwa 1.500 Schreibzugriffe, jeden, den db1 festgeschrieben hat, und beantworteten daneben je etwa 6.700 Lesezugriffe; db1 beantwortete nur die Schreibzugriffe. Also: Mehr Lesezugriffe? Replikate hinzufügen. Mehr Schreibzugriffe? Jedes Replikat muss sie ebenfalls übernehmen: Bei Schreibzugriffen helfen Replikate nicht.</translation>
    </message>
    <message>
        <source>Each replica also applies every write...</source>
        <extracomment>zero-to-millions, step 15, checkpoint nodes[db2].applied &gt; 1300</extracomment>
        <translation>Jedes Replikat übernimmt auch jeden Schreibzugriff...</translation>
    </message>
    <message>
        <source>...both of them.</source>
        <extracomment>zero-to-millions, step 15, checkpoint nodes[db3].applied &gt; 1300</extracomment>
        <translation>...alle beide.</translation>
    </message>
    <message>
        <source>Reloading right after saving</source>
        <extracomment>zero-to-millions, step 16, title</extracomment>
        <translation>Neu laden direkt nach dem Speichern</translation>
    </message>
    <message>
        <source>&lt;p&gt;The primary commits a write, answers the user, and only then ships the write to the replicas: this is &lt;b&gt;asynchronous&lt;/b&gt; replication. Here a write needs about 100 ms to reach a replica. Some users check what they have just saved: for 3 in 10 writes, the user reloads the page 50 ms after the answer, and that read goes to a replica like any other.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 16, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Der Primärserver schreibt einen Schreibzugriff fest, antwortet dem Nutzer und überträgt den Schreibzugriff erst dann an die Replikate: Das ist &lt;b&gt;asynchrone&lt;/b&gt; Replikation. Hier braucht ein Schreibzugriff etwa 100 ms, bis er ein Replikat erreicht. Manche Nutzer prüfen, was sie gerade gespeichert haben: Bei 3 von 10 Schreibzugriffen lädt der Nutzer die Seite 50 ms nach der Antwort neu, und dieser Lesezugriff geht wie jeder andere an ein Replikat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A user saves a new profile picture, gets &quot;saved&quot;, and reloads the page 50 ms later; the read goes to a replica. What does the user see?</source>
        <extracomment>zero-to-millions, step 16, question</extracomment>
        <translation>Ein Nutzer speichert ein neues Profilbild, bekommt „gespeichert“ und lädt die Seite 50 ms später neu; der Lesezugriff geht an ein Replikat. Was sieht der Nutzer?</translation>
    </message>
    <message>
        <source>The new picture: the save was confirmed</source>
        <extracomment>zero-to-millions, step 16, choice 1</extracomment>
        <translation>Das neue Bild: Das Speichern wurde bestätigt</translation>
    </message>
    <message>
        <source>An error: the replica knows it is behind</source>
        <extracomment>zero-to-millions, step 16, choice 2</extracomment>
        <translation>Einen Fehler: Das Replikat weiß, dass es im Rückstand ist</translation>
    </message>
    <message>
        <source>The old picture, as if the save had been lost</source>
        <extracomment>zero-to-millions, step 16, choice 3</extracomment>
        <translation>Das alte Bild, als wäre das Speichern verloren gegangen</translation>
    </message>
    <message>
        <source>The new picture, once the replica has waited for the write</source>
        <extracomment>zero-to-millions, step 16, choice 4</extracomment>
        <translation>Das neue Bild, nachdem das Replikat auf den Schreibzugriff gewartet hat</translation>
    </message>
    <message>
        <source>&quot;Saved&quot; means the primary committed it; with asynchronous replication the replicas get it about 100 ms later.</source>
        <extracomment>zero-to-millions, step 16, feedback on choice 1</extracomment>
        <translation>„Gespeichert“ heißt, dass der Primärserver es festgeschrieben hat; bei asynchroner Replikation bekommen die Replikate es etwa 100 ms später.</translation>
    </message>
    <message>
        <source>A replica does not know which writes it has not received yet; it answers with the data it has.</source>
        <extracomment>zero-to-millions, step 16, feedback on choice 2</extracomment>
        <translation>Ein Replikat weiß nicht, welche Schreibzugriffe es noch nicht erhalten hat; es antwortet mit den Daten, die es hat.</translation>
    </message>
    <message>
        <source>Right: the replica has not applied the write yet and answers with what it has.</source>
        <extracomment>zero-to-millions, step 16, feedback on choice 3</extracomment>
        <translation>Richtig: Das Replikat hat den Schreibzugriff noch nicht übernommen und antwortet mit dem, was es hat.</translation>
    </message>
    <message>
        <source>About 450 users in 30 s did not see what they had just saved: a read-your-writes violation. The replicas were up to 105 ms behind (the ship delay plus the link), and the reload reached a replica about 85 ms after the commit. Real sites send a user&apos;s reads to the primary for a moment after they write, or make the replica wait for that write; ScaleLab shows the problem, not those fixes.</source>
        <extracomment>zero-to-millions, step 16, answer explanation</extracomment>
        <translation>Etwa 450 Nutzer in 30 s sahen nicht, was sie gerade gespeichert hatten: eine Verletzung von Read-your-Writes. Die Replikate lagen bis zu 105 ms zurück (die Versandverzögerung plus die Verbindung), und das Neuladen erreichte ein Replikat etwa 85 ms nach dem Festschreiben. Echte Websites schicken die Lesezugriffe eines Nutzers kurz nach seinem Schreibzugriff an den Primärserver oder lassen das Replikat auf diesen Schreibzugriff warten; ScaleLab zeigt das Problem, nicht diese Lösungen.</translation>
    </message>
    <message>
        <source>Users do not see their own writes.</source>
        <extracomment>zero-to-millions, step 16, checkpoint replication.read_your_writes_violations &gt; 300</extracomment>
        <translation>Nutzer sehen ihre eigenen Schreibzugriffe nicht.</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 10 s replica &lt;b&gt;db3&lt;/b&gt; dies, and at 20 s &lt;b&gt;db2&lt;/b&gt; dies too.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 17, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 10 s fällt das Replikat &lt;b&gt;db3&lt;/b&gt; aus, und bei 20 s fällt auch &lt;b&gt;db2&lt;/b&gt; aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The primary answers them as well</source>
        <extracomment>zero-to-millions, step 17, choice 1</extracomment>
        <translation>Der Primärserver beantwortet sie ebenfalls</translation>
    </message>
    <message>
        <source>They wait until a new replica is ready</source>
        <extracomment>zero-to-millions, step 17, choice 3</extracomment>
        <translation>Sie warten, bis ein neues Replikat bereit ist</translation>
    </message>
    <message>
        <source>Right: db1 has all the data, so it takes the reads too.</source>
        <extracomment>zero-to-millions, step 17, feedback on choice 1</extracomment>
        <translation>Richtig: db1 hat alle Daten, also übernimmt er auch die Lesezugriffe.</translation>
    </message>
    <message>
        <source>The primary has every write, so it has all the data the replicas had.</source>
        <extracomment>zero-to-millions, step 17, feedback on choice 2</extracomment>
        <translation>Der Primärserver hat jeden Schreibzugriff, also hat er alle Daten, die die Replikate hatten.</translation>
    </message>
    <message>
        <source>Nothing waits for a new replica: another database already has the data.</source>
        <extracomment>zero-to-millions, step 17, feedback on choice 3</extracomment>
        <translation>Nichts wartet auf ein neues Replikat: Eine andere Datenbank hat die Daten bereits.</translation>
    </message>
    <message>
        <source>db1 has all the data, so it takes the reads too: it answered about 6,100 requests instead of 1,500 (its writes alone). Only the few reads in progress on a replica as it died failed: 5 to 21 in all.</source>
        <extracomment>zero-to-millions, step 17, answer explanation</extracomment>
        <translation>db1 hat alle Daten, also übernimmt er auch die Lesezugriffe: Er beantwortete etwa 6.100 Anfragen statt 1.500 (allein seine Schreibzugriffe). Nur die wenigen Lesezugriffe, die gerade auf einem Replikat liefen, als es ausfiel, schlugen fehl: insgesamt 5 bis 21.</translation>
    </message>
    <message>
        <source>Challenge: reads swamp the primary</source>
        <extracomment>zero-to-millions, step 18, title</extracomment>
        <translation>Aufgabe: Lesezugriffe überfluten den Primärserver</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your turn. Traffic has grown to 4,000 requests a second and the replicas are gone: &lt;b&gt;db1&lt;/b&gt;, with 8 workers, takes every read and every write alone, and its queue overflows. Change the design so that it copes.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 18, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Sie sind dran. Der Verkehr ist auf 4.000 Anfragen pro Sekunde gewachsen, und die Replikate sind weg: &lt;b&gt;db1&lt;/b&gt; mit 8 Workern nimmt jeden Lese- und jeden Schreibzugriff allein an, und seine Warteschlange läuft über. Ändern Sie den Entwurf so, dass er es bewältigt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 4,000 requests a second (70 % reads): a 95th percentile under &lt;b&gt;100 ms&lt;/b&gt; and &lt;b&gt;no request dropped&lt;/b&gt;, with at most &lt;b&gt;3 databases&lt;/b&gt;. Give any database you add 8 workers, like db1: a bigger machine is not the point here.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 18, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 4.000 Anfragen pro Sekunde (70 % Lesezugriffe): ein 95. Perzentil unter &lt;b&gt;100 ms&lt;/b&gt; und &lt;b&gt;keine verworfene Anfrage&lt;/b&gt;, mit höchstens &lt;b&gt;3 Datenbanken&lt;/b&gt;. Geben Sie jeder Datenbank, die Sie hinzufügen, 8 Worker wie db1: Um eine größere Maschine geht es hier nicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Which requests could another database answer without taking the data away from db1?</source>
        <extracomment>zero-to-millions, step 18, challenge hint 1</extracomment>
        <translation>Welche Anfragen könnte eine andere Datenbank beantworten, ohne db1 die Daten wegzunehmen?</translation>
    </message>
    <message>
        <source>A replica answers reads; the primary still takes every write and ships it to each replica over a link from db1. Is one replica enough for 2,800 reads a second?</source>
        <extracomment>zero-to-millions, step 18, challenge hint 2</extracomment>
        <translation>Ein Replikat beantwortet Lesezugriffe; der Primärserver nimmt weiterhin jeden Schreibzugriff an und überträgt ihn über eine Verbindung von db1 an jedes Replikat. Reicht ein Replikat für 2.800 Lesezugriffe pro Sekunde?</translation>
    </message>
    <message>
        <source>Add two replicas with 8 workers each, linked from db1 and from web1 and web2.</source>
        <extracomment>zero-to-millions, step 18, challenge hint 3</extracomment>
        <translation>Fügen Sie zwei Replikate mit je 8 Workern hinzu, mit Verbindungen von db1 sowie von web1 und web2.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The chapter calls them master and slave; we say primary and replica. At 20 s the primary &lt;b&gt;db1&lt;/b&gt; dies. Writes fail for 5 s while the system decides what to do; then the most up-to-date replica, &lt;b&gt;db2&lt;/b&gt;, is &lt;b&gt;promoted&lt;/b&gt; to primary. Handing the primary&apos;s job to another database is &lt;b&gt;failover&lt;/b&gt;. Replication is asynchronous: db1 answers &quot;saved&quot; once it has committed a write, and ships it afterwards.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 19, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Das Kapitel nennt sie Master und Slave; wir sagen Primärserver und Replikat. Bei 20 s fällt der Primärserver &lt;b&gt;db1&lt;/b&gt; aus. Schreibzugriffe schlagen 5 s lang fehl, während das System entscheidet, was zu tun ist; dann wird das aktuellste Replikat, &lt;b&gt;db2&lt;/b&gt;, zum Primärserver &lt;b&gt;befördert&lt;/b&gt;. Die Aufgabe des Primärservers an eine andere Datenbank zu übergeben, ist ein &lt;b&gt;Failover&lt;/b&gt;. Die Replikation ist asynchron: db1 antwortet „gespeichert“, sobald er einen Schreibzugriff festgeschrieben hat, und überträgt ihn erst danach.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the writes db1 acknowledged but had not shipped yet?</source>
        <extracomment>zero-to-millions, step 19, question</extracomment>
        <translation>Was passiert mit den Schreibzugriffen, die db1 bestätigt, aber noch nicht übertragen hatte?</translation>
    </message>
    <message>
        <source>They are lost for good</source>
        <extracomment>zero-to-millions, step 19, choice 2</extracomment>
        <translation>Sie gehen endgültig verloren</translation>
    </message>
    <message>
        <source>db2 reads them from db1&apos;s disk before taking over</source>
        <extracomment>zero-to-millions, step 19, choice 4</extracomment>
        <translation>db2 liest sie vor der Übernahme von der Festplatte von db1</translation>
    </message>
    <message>
        <source>db2 can only get what db1 sent, and db1 is dead.</source>
        <extracomment>zero-to-millions, step 19, feedback on choice 1</extracomment>
        <translation>db2 kann nur bekommen, was db1 gesendet hat, und db1 ist ausgefallen.</translation>
    </message>
    <message>
        <source>Right: they existed only on db1.</source>
        <extracomment>zero-to-millions, step 19, feedback on choice 2</extracomment>
        <translation>Richtig: Es gab sie nur auf db1.</translation>
    </message>
    <message>
        <source>Their users were told &quot;saved&quot; and have moved on; nobody knows to resend.</source>
        <extracomment>zero-to-millions, step 19, feedback on choice 3</extracomment>
        <translation>Ihren Nutzern wurde „gespeichert“ gemeldet, und sie sind längst weiter; niemand weiß, dass etwas erneut zu senden wäre.</translation>
    </message>
    <message>
        <source>Nothing reads db1&apos;s disk here; that is the next step, binlog recovery.</source>
        <extracomment>zero-to-millions, step 19, feedback on choice 4</extracomment>
        <translation>Hier liest niemand die Festplatte von db1; das ist der nächste Schritt, die Binlog-Wiederherstellung.</translation>
    </message>
    <message>
        <source>With asynchronous replication they existed only on db1: about ten acknowledged writes were lost (5 to 20 depending on the seed). About 600 writes failed in the 5 s without a primary; reads went on from the replicas.</source>
        <extracomment>zero-to-millions, step 19, answer explanation</extracomment>
        <translation>Bei asynchroner Replikation gab es sie nur auf db1: Etwa zehn bestätigte Schreibzugriffe gingen verloren (5 bis 20 je nach Seed). Etwa 600 Schreibzugriffe schlugen in den 5 s ohne Primärserver fehl; Lesezugriffe liefen über die Replikate weiter.</translation>
    </message>
    <message>
        <source>Nothing: it runs in the background</source>
        <extracomment>zero-to-millions, step 20, choice 1</extracomment>
        <translation>Nichts: Es läuft im Hintergrund</translation>
    </message>
    <message>
        <source>Once replayed, db2 has every write; replication carries on as before.</source>
        <extracomment>zero-to-millions, step 20, feedback on choice 3</extracomment>
        <translation>Nach dem Nachspielen hat db2 jeden Schreibzugriff; die Replikation läuft weiter wie zuvor.</translation>
    </message>
    <message>
        <source>All the missing writes were replayed and none was lost, but writes failed for longer: about 850 errors instead of 600.</source>
        <extracomment>zero-to-millions, step 20, answer explanation</extracomment>
        <translation>Alle fehlenden Schreibzugriffe wurden nachgespielt, und keiner ging verloren, aber Schreibzugriffe schlugen länger fehl: etwa 850 Fehler statt 600.</translation>
    </message>
    <message>
        <source>Both stay, each on its own master</source>
        <extracomment>zero-to-millions, step 21, choice 3</extracomment>
        <translation>Beide bleiben erhalten, jede auf ihrem eigenen Master</translation>
    </message>
    <message>
        <source>A database cannot add up two balances it knows nothing about: it keeps one value.</source>
        <extracomment>zero-to-millions, step 21, feedback on choice 1</extracomment>
        <translation>Eine Datenbank kann nicht zwei Kontostände addieren, über die sie nichts weiß: Sie behält einen Wert.</translation>
    </message>
    <message>
        <source>That is the other rule, first committer wins; last writer wins tells nobody.</source>
        <extracomment>zero-to-millions, step 21, feedback on choice 2</extracomment>
        <translation>Das ist die andere Regel, „wer zuerst festschreibt, gewinnt“; bei „der letzte Schreiber gewinnt“ erfährt niemand etwas.</translation>
    </message>
    <message>
        <source>The masters ship their writes to each other and end up agreeing on one value.</source>
        <extracomment>zero-to-millions, step 21, feedback on choice 3</extracomment>
        <translation>Die Master übertragen ihre Schreibzugriffe untereinander und einigen sich am Ende auf einen Wert.</translation>
    </message>
    <message>
        <source>Right: its user was told &quot;saved&quot;, and the value is gone.</source>
        <extracomment>zero-to-millions, step 21, feedback on choice 4</extracomment>
        <translation>Richtig: Ihrem Nutzer wurde „gespeichert“ gemeldet, und der Wert ist weg.</translation>
    </message>
    <message>
        <source>About 300 to 350 writes in 30 s were overwritten without a word to their users; in the end all masters agree. For a balance that means lost money, and which write counts as the last is decided by the masters&apos; clocks, which can be skewed: the change that wins may not even be the later one. The other rule, first committer wins, refuses the later write and tells its user instead.</source>
        <extracomment>zero-to-millions, step 21, answer explanation</extracomment>
        <translation>Etwa 300 bis 350 Schreibzugriffe in 30 s wurden überschrieben, ohne dass ihre Nutzer ein Wort davon erfuhren; am Ende stimmen alle Master überein. Bei einem Kontostand heißt das verlorenes Geld, und welcher Schreibzugriff als der letzte gilt, entscheiden die Uhren der Master, die abweichen können: Die Änderung, die gewinnt, ist womöglich nicht einmal die spätere. Die andere Regel, „wer zuerst festschreibt, gewinnt“, lehnt stattdessen den späteren Schreibzugriff ab und teilt es seinem Nutzer mit.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Circular&lt;/b&gt; replication links the masters in a ring, A → B → C → A: each passes every write on to the next. Here each hop takes 5 ms. How far a node is behind the node where a write started is its &lt;b&gt;replication lag&lt;/b&gt;. At 20 s &lt;b&gt;dbB&lt;/b&gt; dies; 3 s later the ring closes around it, A → C.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 22, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei &lt;b&gt;zirkulärer&lt;/b&gt; Replikation sind die Master in einem Ring verbunden, A → B → C → A: Jeder gibt jeden Schreibzugriff an den nächsten weiter. Hier dauert jeder Hop 5 ms. Wie weit ein Knoten hinter dem Knoten zurückliegt, auf dem ein Schreibzugriff begann, ist seine &lt;b&gt;Replikationsverzögerung&lt;/b&gt;. Bei 20 s fällt &lt;b&gt;dbB&lt;/b&gt; aus; 3 s später schließt sich der Ring um ihn herum, A → C.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>While the ring is whole, how many ms after a write commits on dbA does dbC have it?</source>
        <extracomment>zero-to-millions, step 22, question</extracomment>
        <translation>Wie viele ms, nachdem ein Schreibzugriff auf dbA festgeschrieben wurde, hat dbC ihn, solange der Ring intakt ist?</translation>
    </message>
    <message>
        <source>A → B → C is two hops: dbC&apos;s lag was 10 ms while the ring was whole. When dbB died, about 90 writes it had not passed on were held up and dbC fell about 3 s behind; when the ring closed, dbC got all of them from dbA.</source>
        <extracomment>zero-to-millions, step 22, answer explanation</extracomment>
        <translation>A → B → C sind zwei Hops: Die Verzögerung von dbC betrug 10 ms, solange der Ring intakt war. Als dbB ausfiel, hingen etwa 90 Schreibzugriffe fest, die er noch nicht weitergegeben hatte, und dbC fiel etwa 3 s zurück; als sich der Ring schloss, bekam dbC sie alle von dbA.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same ring with ten masters, &lt;b&gt;dbA&lt;/b&gt; to &lt;b&gt;dbJ&lt;/b&gt;, and 5 ms a hop. Until a write arrives, anyone reading from a node further round the ring sees old data.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 23, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Derselbe Ring mit zehn Mastern, &lt;b&gt;dbA&lt;/b&gt; bis &lt;b&gt;dbJ&lt;/b&gt;, und 5 ms pro Hop. Bis ein Schreibzugriff ankommt, sieht jeder, der von einem Knoten weiter hinten im Ring liest, alte Daten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How long until dbJ, the last of ten masters, sees a write made on dbA?</source>
        <extracomment>zero-to-millions, step 23, question</extracomment>
        <translation>Wie lange dauert es, bis dbJ, der letzte von zehn Mastern, einen Schreibzugriff sieht, der auf dbA gemacht wurde?</translation>
    </message>
    <message>
        <source>5 ms: every master hears from dbA</source>
        <extracomment>zero-to-millions, step 23, choice 1</extracomment>
        <translation>5 ms: Jeder Master bekommt ihn direkt von dbA</translation>
    </message>
    <message>
        <source>About 50 ms</source>
        <extracomment>zero-to-millions, step 23, choice 3</extracomment>
        <translation>Etwa 50 ms</translation>
    </message>
    <message>
        <source>In a ring each master hears only from the one before it.</source>
        <extracomment>zero-to-millions, step 23, feedback on choice 1</extracomment>
        <translation>In einem Ring bekommt jeder Master Schreibzugriffe nur vom Master vor ihm.</translation>
    </message>
    <message>
        <source>Right: nine hops of 5 ms.</source>
        <extracomment>zero-to-millions, step 23, feedback on choice 2</extracomment>
        <translation>Richtig: neun Hops zu je 5 ms.</translation>
    </message>
    <message>
        <source>Ten masters, but only nine hops from dbA to dbJ.</source>
        <extracomment>zero-to-millions, step 23, feedback on choice 3</extracomment>
        <translation>Zehn Master, aber nur neun Hops von dbA bis dbJ.</translation>
    </message>
    <message>
        <source>Hops do not slow each other down here: nine hops of 5 ms are 45 ms.</source>
        <extracomment>zero-to-millions, step 23, feedback on choice 4</extracomment>
        <translation>Die Hops bremsen sich hier nicht gegenseitig aus: Neun Hops zu je 5 ms ergeben 45 ms.</translation>
    </message>
    <message>
        <source>Nine hops of 5 ms: the largest lag measured is 45 ms. Even at this light load, 65 to 100 reads in 30 s were stale.</source>
        <extracomment>zero-to-millions, step 23, answer explanation</extracomment>
        <translation>Neun Hops zu je 5 ms: Die größte gemessene Verzögerung beträgt 45 ms. Selbst bei dieser geringen Last waren 65 bis 100 Lesezugriffe in 30 s veraltet.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;cache&lt;/b&gt; keeps recent answers in memory. For each read the server asks &lt;b&gt;cache1&lt;/b&gt; first: a &lt;b&gt;hit&lt;/b&gt; answers in half a millisecond; a &lt;b&gt;miss&lt;/b&gt; reads db1 and the server puts the answer in the cache for next time. This is &lt;b&gt;cache-aside&lt;/b&gt;, what the chapter calls a read-through cache (in a strict read-through cache the cache loads the database itself). The share of reads that are hits is the &lt;b&gt;hit ratio&lt;/b&gt;. This cache holds 1,000 of the 10,000 keys.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 25, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein &lt;b&gt;Cache&lt;/b&gt; hält aktuelle Antworten im Speicher. Bei jedem Lesezugriff fragt der Server zuerst &lt;b&gt;cache1&lt;/b&gt;: Ein &lt;b&gt;Treffer&lt;/b&gt; antwortet in einer halben Millisekunde; ein &lt;b&gt;Fehlzugriff&lt;/b&gt; liest aus db1, und der Server legt die Antwort für das nächste Mal in den Cache. Das ist &lt;b&gt;Cache-Aside&lt;/b&gt;, was das Kapitel einen Read-Through-Cache nennt (bei einem Read-Through-Cache im strengen Sinn lädt der Cache selbst aus der Datenbank). Der Anteil der Lesezugriffe, die Treffer sind, ist die &lt;b&gt;Trefferquote&lt;/b&gt;. Dieser Cache fasst 1.000 der 10.000 Schlüssel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The cache holds a tenth of the keys. What hit ratio do you expect, in % of the reads?</source>
        <extracomment>zero-to-millions, step 25, question</extracomment>
        <translation>Der Cache fasst ein Zehntel der Schlüssel. Welche Trefferquote erwarten Sie, in % der Lesezugriffe?</translation>
    </message>
    <message>
        <source>Popular keys are asked for far more often than the rest, and the cache keeps them: the hit ratio is about 0.59, 59 %, not the 10 % a tenth of the keys suggests. db1 answered about 14,000 requests instead of 30,000, and the median answer fell from 37 ms to 28.5 ms.</source>
        <extracomment>zero-to-millions, step 25, answer explanation</extracomment>
        <translation>Beliebte Schlüssel werden weit öfter abgefragt als der Rest, und der Cache behält sie: Die Trefferquote liegt bei etwa 0,59, also 59 %, nicht bei den 10 %, die ein Zehntel der Schlüssel vermuten lässt. db1 beantwortete etwa 14.000 Anfragen statt 30.000, und die Antwort im Median sank von 37 ms auf 28,5 ms.</translation>
    </message>
    <message>
        <source>Expiration: a TTL of 2 s</source>
        <extracomment>zero-to-millions, step 26, title</extracomment>
        <translation>Ablauf: eine TTL von 2 s</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each entry has a &lt;b&gt;time to live&lt;/b&gt; (&lt;b&gt;TTL&lt;/b&gt;): once it runs out the entry expires, and the next read of that key is a miss. Here the TTL drops from 60 s to 2 s.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 26, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Jeder Eintrag hat eine &lt;b&gt;Lebensdauer&lt;/b&gt; (&lt;b&gt;TTL&lt;/b&gt;, Time to Live): Ist sie verstrichen, läuft der Eintrag ab, und der nächste Lesezugriff auf diesen Schlüssel ist ein Fehlzugriff. Hier sinkt die TTL von 60 s auf 2 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It rises: entries are fresher</source>
        <extracomment>zero-to-millions, step 26, choice 1</extracomment>
        <translation>Sie steigt: Die Einträge sind frischer</translation>
    </message>
    <message>
        <source>It falls a little</source>
        <extracomment>zero-to-millions, step 26, choice 2</extracomment>
        <translation>Sie sinkt ein wenig</translation>
    </message>
    <message>
        <source>It collapses to almost nothing</source>
        <extracomment>zero-to-millions, step 26, choice 3</extracomment>
        <translation>Sie bricht auf fast nichts ein</translation>
    </message>
    <message>
        <source>Fresher, yes, but expiry never adds a hit: it only turns later reads into misses.</source>
        <extracomment>zero-to-millions, step 26, feedback on choice 1</extracomment>
        <translation>Frischer, ja, aber Ablaufen bringt nie einen zusätzlichen Treffer: Es macht nur aus späteren Lesezugriffen Fehlzugriffe.</translation>
    </message>
    <message>
        <source>Right: popular keys are read again well within 2 s; the rest expire first.</source>
        <extracomment>zero-to-millions, step 26, feedback on choice 2</extracomment>
        <translation>Richtig: Beliebte Schlüssel werden weit innerhalb von 2 s erneut gelesen; die übrigen laufen vorher ab.</translation>
    </message>
    <message>
        <source>Popular keys are read many times a second, so they stay cached even with a 2 s TTL.</source>
        <extracomment>zero-to-millions, step 26, feedback on choice 3</extracomment>
        <translation>Beliebte Schlüssel werden viele Male pro Sekunde gelesen, also bleiben sie selbst bei einer TTL von 2 s im Cache.</translation>
    </message>
    <message>
        <source>An expired entry is gone: its next read is a miss.</source>
        <extracomment>zero-to-millions, step 26, feedback on choice 4</extracomment>
        <translation>Ein abgelaufener Eintrag ist weg: Der nächste Lesezugriff darauf ist ein Fehlzugriff.</translation>
    </message>
    <message>
        <source>About 10,000 entries expired before they were used again: the hit ratio falls from 0.59 to 0.53, and db1 answers about 1,700 more requests. Too short a TTL sends reads back to the database; too long keeps old values.</source>
        <extracomment>zero-to-millions, step 26, answer explanation</extracomment>
        <translation>Etwa 10.000 Einträge liefen ab, bevor sie wieder genutzt wurden: Die Trefferquote sinkt von 0,59 auf 0,53, und db1 beantwortet etwa 1.700 Anfragen mehr. Eine zu kurze TTL schickt Lesezugriffe zurück zur Datenbank; eine zu lange behält alte Werte.</translation>
    </message>
    <message>
        <source>&lt;p&gt;So far every write deleted its key from the cache. Here writes go to the database and leave the cache alone: a value changed in the database stays old in the cache until its entry expires. On this site, as on most, reads favour a few popular keys while writes are spread over all 10,000 keys. With a 2 s TTL it gets a hit ratio of about 0.57, and about 900 hits in 30 s return an old value. Now entries live 30 s.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 27, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bisher hat jeder Schreibzugriff seinen Schlüssel aus dem Cache gelöscht. Hier gehen Schreibzugriffe an die Datenbank und lassen den Cache in Ruhe: Ein Wert, der sich in der Datenbank geändert hat, bleibt im Cache alt, bis sein Eintrag abläuft. Auf dieser Website bevorzugen die Lesezugriffe, wie auf den meisten, einige wenige beliebte Schlüssel, während sich die Schreibzugriffe auf alle 10.000 Schlüssel verteilen. Mit einer TTL von 2 s erreicht der Cache eine Trefferquote von etwa 0,57, und etwa 900 Treffer in 30 s liefern einen alten Wert. Jetzt leben die Einträge 30 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Entries now live 30 s instead of 2 s, and writes still leave the cache alone. What do you expect?</source>
        <extracomment>zero-to-millions, step 27, question</extracomment>
        <translation>Die Einträge leben jetzt 30 s statt 2 s, und Schreibzugriffe lassen den Cache weiterhin in Ruhe. Was erwarten Sie?</translation>
    </message>
    <message>
        <source>More hits, and many more of them stale</source>
        <extracomment>zero-to-millions, step 27, choice 1</extracomment>
        <translation>Mehr Treffer, und viel mehr davon veraltet</translation>
    </message>
    <message>
        <source>More hits, and about as many stale ones as before</source>
        <extracomment>zero-to-millions, step 27, choice 2</extracomment>
        <translation>Mehr Treffer, und etwa so viele veraltete wie vorher</translation>
    </message>
    <message>
        <source>Fewer hits: the cache fills up with old entries</source>
        <extracomment>zero-to-millions, step 27, choice 3</extracomment>
        <translation>Weniger Treffer: Der Cache füllt sich mit alten Einträgen</translation>
    </message>
    <message>
        <source>Fewer stale hits: popular entries stay in the cache and stay right</source>
        <extracomment>zero-to-millions, step 27, choice 4</extracomment>
        <translation>Weniger veraltete Treffer: Beliebte Einträge bleiben im Cache und bleiben korrekt</translation>
    </message>
    <message>
        <source>Right: fewer entries expire, so more reads hit, and an entry kept longer is more likely to have been changed in the database since.</source>
        <extracomment>zero-to-millions, step 27, feedback on choice 1</extracomment>
        <translation>Richtig: Weniger Einträge laufen ab, also treffen mehr Lesezugriffe, und bei einem länger gehaltenen Eintrag ist es wahrscheinlicher, dass er inzwischen in der Datenbank geändert wurde.</translation>
    </message>
    <message>
        <source>An entry that lives 15 times longer has 15 times as long to be overwritten in the database, and without invalidation nothing removes it.</source>
        <extracomment>zero-to-millions, step 27, feedback on choice 2</extracomment>
        <translation>Ein Eintrag, der 15-mal länger lebt, hat 15-mal so lange Zeit, in der Datenbank überschrieben zu werden, und ohne Invalidierung entfernt ihn nichts.</translation>
    </message>
    <message>
        <source>The cache holds 1,000 entries either way and evicts the least recently used; a longer TTL only means fewer entries expire, so fewer misses.</source>
        <extracomment>zero-to-millions, step 27, feedback on choice 3</extracomment>
        <translation>Der Cache fasst so oder so 1.000 Einträge und verdrängt den am längsten nicht genutzten; eine längere TTL heißt nur, dass weniger Einträge ablaufen, also weniger Fehlzugriffe.</translation>
    </message>
    <message>
        <source>Staying in the cache does not keep a value right: only an invalidation or the end of its TTL replaces it with the new one.</source>
        <extracomment>zero-to-millions, step 27, feedback on choice 4</extracomment>
        <translation>Im Cache zu bleiben hält einen Wert nicht korrekt: Nur eine Invalidierung oder das Ende seiner TTL ersetzt ihn durch den neuen.</translation>
    </message>
    <message>
        <source>The hit ratio rose to about 0.66, but about 7,200 of 18,000 hits returned an old value (5,400 to 9,700 over seeds 1 to 50), against about 900 with 2 s. A longer TTL buys a few more hits and pays with many more wrong answers: set it from how old a value may be, not from the hit ratio alone.</source>
        <extracomment>zero-to-millions, step 27, answer explanation</extracomment>
        <translation>Die Trefferquote stieg auf etwa 0,66, aber etwa 7.200 von 18.000 Treffern lieferten einen alten Wert (5.400 bis 9.700 bei den Seeds 1 bis 50), gegenüber etwa 900 bei 2 s. Eine längere TTL bringt ein paar Treffer mehr und bezahlt dafür mit viel mehr falschen Antworten: Legen Sie sie danach fest, wie alt ein Wert sein darf, nicht allein nach der Trefferquote.</translation>
    </message>
    <message>
        <source>More hits than with a 2 s TTL (about 0.57)...</source>
        <extracomment>zero-to-millions, step 27, checkpoint cache.hit_ratio &gt; 0.62</extracomment>
        <translation>Mehr Treffer als mit einer TTL von 2 s (etwa 0,57)...</translation>
    </message>
    <message>
        <source>...but thousands of them stale, against about 900 with 2 s.</source>
        <extracomment>zero-to-millions, step 27, checkpoint cache.stale_hits &gt; 3000</extracomment>
        <translation>...aber Tausende davon veraltet, gegenüber etwa 900 bei 2 s.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A full cache must &lt;b&gt;evict&lt;/b&gt; an entry to make room for a new one. This cache holds only 200 keys, 2 % of them, and uses &lt;b&gt;LFU&lt;/b&gt;: it gives up the key used least often. &lt;b&gt;LRU&lt;/b&gt; would give up the one unused for longest, &lt;b&gt;FIFO&lt;/b&gt; the oldest.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 28, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein voller Cache muss einen Eintrag &lt;b&gt;verdrängen&lt;/b&gt;, um Platz für einen neuen zu schaffen. Dieser Cache fasst nur 200 Schlüssel, 2 % davon, und nutzt &lt;b&gt;LFU&lt;/b&gt;: Er gibt den am seltensten genutzten Schlüssel auf. &lt;b&gt;LRU&lt;/b&gt; würde den am längsten nicht genutzten aufgeben, &lt;b&gt;FIFO&lt;/b&gt; den ältesten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This cache holds 2 % of the keys. What share of the reads does it answer with LFU?</source>
        <extracomment>zero-to-millions, step 28, question</extracomment>
        <translation>Dieser Cache fasst 2 % der Schlüssel. Welchen Anteil der Lesezugriffe beantwortet er mit LFU?</translation>
    </message>
    <message>
        <source>About 2 %</source>
        <extracomment>zero-to-millions, step 28, choice 1</extracomment>
        <translation>Etwa 2 %</translation>
    </message>
    <message>
        <source>About 20 %</source>
        <extracomment>zero-to-millions, step 28, choice 2</extracomment>
        <translation>Etwa 20 %</translation>
    </message>
    <message>
        <source>About 45 %</source>
        <extracomment>zero-to-millions, step 28, choice 3</extracomment>
        <translation>Etwa 45 %</translation>
    </message>
    <message>
        <source>About 90 %</source>
        <extracomment>zero-to-millions, step 28, choice 4</extracomment>
        <translation>Etwa 90 %</translation>
    </message>
    <message>
        <source>That would be so if every key were equally popular; a few keys get most reads, and LFU keeps those.</source>
        <extracomment>zero-to-millions, step 28, feedback on choice 1</extracomment>
        <translation>So wäre es, wenn jeder Schlüssel gleich beliebt wäre; ein paar Schlüssel bekommen die meisten Lesezugriffe, und LFU behält genau die.</translation>
    </message>
    <message>
        <source>The 200 most popular keys draw far more than that: more than twice as much.</source>
        <extracomment>zero-to-millions, step 28, feedback on choice 2</extracomment>
        <translation>Die 200 beliebtesten Schlüssel ziehen weit mehr auf sich: mehr als doppelt so viel.</translation>
    </message>
    <message>
        <source>Right: a few popular keys get most of the reads, and LFU keeps exactly those.</source>
        <extracomment>zero-to-millions, step 28, feedback on choice 3</extracomment>
        <translation>Richtig: Ein paar beliebte Schlüssel bekommen die meisten Lesezugriffe, und LFU behält genau diese.</translation>
    </message>
    <message>
        <source>Many keys are read often; 200 slots cannot hold all of them.</source>
        <extracomment>zero-to-millions, step 28, feedback on choice 4</extracomment>
        <translation>Viele Schlüssel werden oft gelesen; 200 Plätze können nicht alle aufnehmen.</translation>
    </message>
    <message>
        <source>LFU reaches a hit ratio of about 0.44 here; the same cache reaches 0.41 with LRU and 0.38 with FIFO. Which is best depends on how the keys are used.</source>
        <extracomment>zero-to-millions, step 28, answer explanation</extracomment>
        <translation>LFU erreicht hier eine Trefferquote von etwa 0,44; derselbe Cache erreicht mit LRU 0,41 und mit FIFO 0,38. Welche Strategie am besten ist, hängt davon ab, wie die Schlüssel genutzt werden.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database was sized counting on the cache: 8 workers. At 30 s &lt;b&gt;cache1&lt;/b&gt; dies. It comes back at 45 s, empty.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 29, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Die Datenbank wurde im Vertrauen auf den Cache dimensioniert: 8 Worker. Bei 30 s fällt &lt;b&gt;cache1&lt;/b&gt; aus. Bei 45 s kommt er zurück, leer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It crashes too</source>
        <extracomment>zero-to-millions, step 29, choice 3</extracomment>
        <translation>Sie stürzt ebenfalls ab</translation>
    </message>
    <message>
        <source>It works a little harder, a few ms slower</source>
        <extracomment>zero-to-millions, step 29, choice 4</extracomment>
        <translation>Sie arbeitet etwas mehr und ist ein paar ms langsamer</translation>
    </message>
    <message>
        <source>Right: every read lands on a database sized for the misses.</source>
        <extracomment>zero-to-millions, step 29, feedback on choice 1</extracomment>
        <translation>Richtig: Jeder Lesezugriff landet bei einer Datenbank, die nur für die Fehlzugriffe dimensioniert ist.</translation>
    </message>
    <message>
        <source>It has the data, but not the workers: 8 were sized for the cache&apos;s misses only.</source>
        <extracomment>zero-to-millions, step 29, feedback on choice 2</extracomment>
        <translation>Sie hat die Daten, aber nicht die Worker: Die 8 waren nur für die Fehlzugriffe des Caches bemessen.</translation>
    </message>
    <message>
        <source>An overloaded database does not crash here: it queues, and refuses requests once the queue is full.</source>
        <extracomment>zero-to-millions, step 29, feedback on choice 3</extracomment>
        <translation>Eine überlastete Datenbank stürzt hier nicht ab: Sie reiht Anfragen in die Warteschlange ein und weist sie ab, sobald die Warteschlange voll ist.</translation>
    </message>
    <message>
        <source>With the cache gone it gets about twice the requests it had: its queue fills and answers take hundreds of ms.</source>
        <extracomment>zero-to-millions, step 29, feedback on choice 4</extracomment>
        <translation>Ohne den Cache bekommt sie etwa doppelt so viele Anfragen wie vorher: Ihre Warteschlange läuft voll, und Antworten dauern Hunderte ms.</translation>
    </message>
    <message>
        <source>db1 answered about 15,000 requests in those 15 s, as many as in the 30 s before, and could take no more: the 95th percentile rose from 39 ms to about 420 ms and about 850 to 1,400 requests were dropped. Several cache servers, or a standby gutter pool, avoid this.</source>
        <extracomment>zero-to-millions, step 29, answer explanation</extracomment>
        <translation>db1 beantwortete in diesen 15 s etwa 15.000 Anfragen, so viele wie in den 30 s davor, und konnte nicht mehr aufnehmen: Das 95. Perzentil stieg von 39 ms auf etwa 420 ms, und etwa 850 bis 1.400 Anfragen wurden verworfen. Mehrere Cache-Server oder ein bereitstehender Gutter-Pool vermeiden das.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Images, scripts and style sheets are &lt;b&gt;static&lt;/b&gt;: the same for every user. Here they all come from &lt;b&gt;assets&lt;/b&gt;, a storage bucket in the US: the &lt;b&gt;origin&lt;/b&gt;, where the original files live. Users in Europe pay for the ocean crossing on every single file.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 30, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bilder, Skripte und Stylesheets sind &lt;b&gt;statisch&lt;/b&gt;: für jeden Nutzer gleich. Hier kommen sie alle von &lt;b&gt;assets&lt;/b&gt;, einem Storage-Bucket in den USA: dem &lt;b&gt;Ursprungsserver&lt;/b&gt; (Origin), wo die Originaldateien liegen. Nutzer in Europa zahlen bei jeder einzelnen Datei für den Weg über den Ozean.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;CDN&lt;/b&gt; keeps copies of static files on &lt;b&gt;edge&lt;/b&gt; servers close to the users. Each user asks the nearest edge; on a miss, the edge fetches the file from the origin once and keeps it. The share of the bytes the edges send instead of the origin is the &lt;b&gt;offload&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 31, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein &lt;b&gt;CDN&lt;/b&gt; hält Kopien statischer Dateien auf &lt;b&gt;Edge&lt;/b&gt;-Servern in der Nähe der Nutzer. Jeder Nutzer fragt den nächstgelegenen Edge-Server; bei einem Fehlzugriff holt der Edge-Server die Datei einmal vom Ursprungsserver und behält sie. Der Anteil der Bytes, die die Edge-Server statt des Ursprungsservers senden, ist die &lt;b&gt;Entlastung&lt;/b&gt; (Offload).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Each file is fetched from the origin once per edge, then served from the edge many times.</source>
        <extracomment>zero-to-millions, step 31, feedback on choice 1</extracomment>
        <translation>Jede Datei wird einmal pro Edge-Server vom Ursprungsserver geholt und dann viele Male vom Edge-Server ausgeliefert.</translation>
    </message>
    <message>
        <source>Popular files are asked for again and again: most bytes are repeats, sent by the edges.</source>
        <extracomment>zero-to-millions, step 31, feedback on choice 2</extracomment>
        <translation>Beliebte Dateien werden immer wieder abgerufen: Die meisten Bytes sind Wiederholungen, die die Edge-Server senden.</translation>
    </message>
    <message>
        <source>Right: the edges send most bytes; the origin sends each file about once per edge, plus the rare ones.</source>
        <extracomment>zero-to-millions, step 31, feedback on choice 3</extracomment>
        <translation>Richtig: Die Edge-Server senden die meisten Bytes; der Ursprungsserver sendet jede Datei etwa einmal pro Edge-Server, dazu die seltenen.</translation>
    </message>
    <message>
        <source>A file an edge does not have yet is a miss, fetched from the origin: new and rare files still come from there.</source>
        <extracomment>zero-to-millions, step 31, feedback on choice 4</extracomment>
        <translation>Eine Datei, die ein Edge-Server noch nicht hat, ist ein Fehlzugriff und wird vom Ursprungsserver geholt: Neue und seltene Dateien kommen weiterhin von dort.</translation>
    </message>
    <message>
        <source>The edges took 86 % of the bytes off the origin (offload 0.86): it answered about 3,400 requests instead of 30,000. The median file takes 21 ms; the slowest files, from Europe to the US origin, took about 230 ms without the edges.</source>
        <extracomment>zero-to-millions, step 31, answer explanation</extracomment>
        <translation>Die Edge-Server nahmen dem Ursprungsserver 86 % der Bytes ab (Entlastung 0,86): Er beantwortete etwa 3.400 Anfragen statt 30.000. Die Datei im Median braucht 21 ms; die langsamsten Dateien, von Europa zum Ursprungsserver in den USA, brauchten ohne die Edge-Server etwa 230 ms.</translation>
    </message>
    <message>
        <source>About ten times as much</source>
        <extracomment>zero-to-millions, step 32, choice 4</extracomment>
        <translation>Etwa zehnmal so viel</translation>
    </message>
    <message>
        <source>A CDN saves only when a file it holds is sent many times; here almost every request is a miss.</source>
        <extracomment>zero-to-millions, step 32, feedback on choice 1</extracomment>
        <translation>Ein CDN spart nur, wenn eine Datei, die es vorhält, viele Male gesendet wird; hier ist fast jede Anfrage ein Fehlzugriff.</translation>
    </message>
    <message>
        <source>Every miss is paid twice: the origin&apos;s host bills the fill, the CDN bills the delivery.</source>
        <extracomment>zero-to-millions, step 32, feedback on choice 2</extracomment>
        <translation>Jeder Fehlzugriff wird doppelt bezahlt: Der Hoster des Ursprungsservers berechnet die Befüllung, das CDN die Auslieferung.</translation>
    </message>
    <message>
        <source>Right: two bills for nearly every byte.</source>
        <extracomment>zero-to-millions, step 32, feedback on choice 3</extracomment>
        <translation>Richtig: zwei Rechnungen für fast jedes Byte.</translation>
    </message>
    <message>
        <source>Both bills are per GB at similar prices here: two bills, not ten.</source>
        <extracomment>zero-to-millions, step 32, feedback on choice 4</extracomment>
        <translation>Beide Rechnungen werden hier pro GB zu ähnlichen Preisen gestellt: zwei Rechnungen, nicht zehn.</translation>
    </message>
    <message>
        <source>$1.10 with the CDN against $0.55 without, and nothing is faster: the offload is 0.2 %. Every miss is paid twice: the fill to the origin&apos;s host, the delivery to the CDN. Twice rests on this example&apos;s prices: the origin&apos;s host bills a fill at the same $0.09/GB as a delivery. Put the files people ask for often on a CDN, not the rest.</source>
        <extracomment>zero-to-millions, step 32, answer explanation</extracomment>
        <translation>1,10 $ mit dem CDN gegenüber 0,55 $ ohne, und nichts ist schneller: Die Entlastung beträgt 0,2 %. Jeder Fehlzugriff wird doppelt bezahlt: die Befüllung an den Hoster des Ursprungsservers, die Auslieferung an das CDN. Das Doppelte beruht auf den Preisen dieses Beispiels: Der Hoster des Ursprungsservers berechnet eine Befüllung zu denselben 0,09 $/GB wie eine Auslieferung. Legen Sie die Dateien, die oft abgerufen werden, auf ein CDN, nicht den Rest.</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s the European edge dies. A client that gets no answer from its edge within 3 s stops waiting for it.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 33, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 20 s fällt der europäische Edge-Server aus. Ein Client, der von seinem Edge-Server innerhalb von 3 s keine Antwort bekommt, wartet nicht länger auf ihn.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Errors until the edge is back</source>
        <extracomment>zero-to-millions, step 33, choice 1</extracomment>
        <translation>Fehler, bis der Edge-Server zurück ist</translation>
    </message>
    <message>
        <source>No difference: another edge takes over</source>
        <extracomment>zero-to-millions, step 33, choice 2</extracomment>
        <translation>Kein Unterschied: Ein anderer Edge-Server übernimmt</translation>
    </message>
    <message>
        <source>Slower files, but no wait for a timeout</source>
        <extracomment>zero-to-millions, step 33, choice 3</extracomment>
        <translation>Langsamere Dateien, aber kein Warten auf ein Timeout</translation>
    </message>
    <message>
        <source>Clients fall back to the origin after the timeout; nothing fails.</source>
        <extracomment>zero-to-millions, step 33, feedback on choice 1</extracomment>
        <translation>Clients weichen nach dem Timeout auf den Ursprungsserver aus; nichts schlägt fehl.</translation>
    </message>
    <message>
        <source>No other edge steps in here: clients must notice and fetch from the origin themselves.</source>
        <extracomment>zero-to-millions, step 33, feedback on choice 2</extracomment>
        <translation>Hier springt kein anderer Edge-Server ein: Die Clients müssen es selbst bemerken und die Dateien vom Ursprungsserver holen.</translation>
    </message>
    <message>
        <source>A client cannot tell a dead edge from a slow one until its 3 s timeout has run out.</source>
        <extracomment>zero-to-millions, step 33, feedback on choice 3</extracomment>
        <translation>Ein Client kann einen ausgefallenen Edge-Server nicht von einem langsamen unterscheiden, bevor sein Timeout von 3 s abgelaufen ist.</translation>
    </message>
    <message>
        <source>Right: a 3 s wait once, then the long way to the US for 30 s.</source>
        <extracomment>zero-to-millions, step 33, feedback on choice 4</extracomment>
        <translation>Richtig: einmal 3 s warten, dann 30 s lang der lange Weg in die USA.</translation>
    </message>
    <message>
        <source>About 1,500 requests waited out the 3 s timeout before falling back, so the 99th percentile is 3.2 s; not one failed. After that the clients fetched from the origin directly for 30 s before trying their edge again: slower, but working.</source>
        <extracomment>zero-to-millions, step 33, answer explanation</extracomment>
        <translation>Etwa 1.500 Anfragen warteten das Timeout von 3 s ab, bevor sie auswichen, daher liegt das 99. Perzentil bei 3,2 s; keine einzige schlug fehl. Danach holten die Clients die Dateien 30 s lang direkt vom Ursprungsserver, bevor sie es wieder bei ihrem Edge-Server versuchten: langsamer, aber funktionsfähig.</translation>
    </message>
    <message>
        <source>&lt;p&gt;We deploy a new style sheet, but the edges would keep the old one for a day, their TTL. At 30 s we &lt;b&gt;invalidate&lt;/b&gt; /static/*: 5 s later every edge drops its copies.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 34, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Wir rollen ein neues Stylesheet aus, aber die Edge-Server würden das alte einen Tag lang behalten, so lange wie ihre TTL. Bei 30 s &lt;b&gt;invalidieren&lt;/b&gt; wir /static/*: 5 s später verwirft jeder Edge-Server seine Kopien.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It goes down under the load</source>
        <extracomment>zero-to-millions, step 34, choice 3</extracomment>
        <translation>Er bricht unter der Last zusammen</translation>
    </message>
    <message>
        <source>It pushes the new files to the edges</source>
        <extracomment>zero-to-millions, step 34, choice 4</extracomment>
        <translation>Er schiebt die neuen Dateien zu den Edge-Servern</translation>
    </message>
    <message>
        <source>The edges no longer have the files: the next request for each is a miss the origin must answer.</source>
        <extracomment>zero-to-millions, step 34, feedback on choice 1</extracomment>
        <translation>Die Edge-Server haben die Dateien nicht mehr: Die nächste Anfrage nach jeder davon ist ein Fehlzugriff, den der Ursprungsserver beantworten muss.</translation>
    </message>
    <message>
        <source>Right: each file is fetched once more per edge, then cached again.</source>
        <extracomment>zero-to-millions, step 34, feedback on choice 2</extracomment>
        <translation>Richtig: Jede Datei wird pro Edge-Server noch einmal geholt und dann wieder gecacht.</translation>
    </message>
    <message>
        <source>Each file is fetched once per edge and cached again: a wave, not a flood.</source>
        <extracomment>zero-to-millions, step 34, feedback on choice 3</extracomment>
        <translation>Jede Datei wird einmal pro Edge-Server geholt und wieder gecacht: eine Welle, keine Flut.</translation>
    </message>
    <message>
        <source>Edges pull, origins do not push: the next request for each file fetches it.</source>
        <extracomment>zero-to-millions, step 34, feedback on choice 4</extracomment>
        <translation>Edge-Server holen ab, Ursprungsserver schieben nicht zu: Die nächste Anfrage nach jeder Datei holt sie.</translation>
    </message>
    <message>
        <source>Challenge: ready for the launch</source>
        <extracomment>zero-to-millions, step 35, title</extracomment>
        <translation>Aufgabe: bereit für den Launch</translation>
    </message>
    <message>
        <source>&lt;p&gt;Put the chapter together. A launch will bring 3,000 requests a second, 90 % of them reads. Two small web servers with 20 workers each and one database with 16 workers cannot take it: requests queue up and are dropped. Change the design before the launch.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 35, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Setzen Sie das Kapitel zusammen. Ein Launch wird 3.000 Anfragen pro Sekunde bringen, 90 % davon Lesezugriffe. Zwei kleine Webserver mit je 20 Workern und eine Datenbank mit 16 Workern schaffen das nicht: Anfragen stauen sich und werden verworfen. Ändern Sie den Entwurf vor dem Launch.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 3,000 requests a second: a 95th percentile under &lt;b&gt;100 ms&lt;/b&gt; and &lt;b&gt;no request dropped&lt;/b&gt;, with at most &lt;b&gt;4 web servers&lt;/b&gt; and &lt;b&gt;1 cache&lt;/b&gt;. The database stays as it is.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 35, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 3.000 Anfragen pro Sekunde: ein 95. Perzentil unter &lt;b&gt;100 ms&lt;/b&gt; und &lt;b&gt;keine verworfene Anfrage&lt;/b&gt;, mit höchstens &lt;b&gt;4 Webservern&lt;/b&gt; und &lt;b&gt;1 Cache&lt;/b&gt;. Die Datenbank bleibt, wie sie ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Two tiers are full. Look at which nodes drop requests: the web servers, and the database behind them.</source>
        <extracomment>zero-to-millions, step 35, challenge hint 1</extracomment>
        <translation>Zwei Schichten sind voll. Sehen Sie nach, welche Knoten Anfragen verwerfen: die Webserver und die Datenbank dahinter.</translation>
    </message>
    <message>
        <source>More web servers share the requests, but every read still reaches db1, and a web server waits for it. What keeps most reads away from the database?</source>
        <extracomment>zero-to-millions, step 35, challenge hint 2</extracomment>
        <translation>Mehr Webserver teilen sich die Anfragen, aber jeder Lesezugriff erreicht weiterhin db1, und ein Webserver wartet auf ihn. Was hält die meisten Lesezugriffe von der Datenbank fern?</translation>
    </message>
    <message>
        <source>Add a web server (linked from lb and to db1) and a cache linked from every web server.</source>
        <extracomment>zero-to-millions, step 35, challenge hint 3</extracomment>
        <translation>Fügen Sie einen Webserver hinzu (mit Verbindungen von lb und zu db1) und einen Cache, mit dem jeder Webserver verbunden ist.</translation>
    </message>
    <message>
        <source>&lt;p&gt;An &lt;b&gt;offload&lt;/b&gt; above &lt;b&gt;0.8&lt;/b&gt; (the share of the bytes users receive that the origin does not send) and a median answer under &lt;b&gt;30 ms&lt;/b&gt;, with the language still in the cache key.&lt;/p&gt;</source>
        <extracomment>cdn, step 7, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Eine &lt;b&gt;Entlastung&lt;/b&gt; über &lt;b&gt;0,8&lt;/b&gt; (der Anteil der Bytes, die die Nutzer erhalten, ohne dass der Ursprungsserver sie sendet) und eine Antwortzeit im Median unter &lt;b&gt;30 ms&lt;/b&gt;, wobei die Sprache im Cache-Schlüssel bleibt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Millions and beyond</source>
        <extracomment>millions-and-beyond, lesson title</extracomment>
        <translation>Millionen und darüber hinaus</translation>
    </message>
    <message>
        <source>Alerts: let a machine watch</source>
        <extracomment>millions-and-beyond, step 1, title</extracomment>
        <translation>Alarme: Lassen Sie eine Maschine aufpassen</translation>
    </message>
    <message>
        <source>&lt;p&gt;A site of many servers is too big to watch by eye. &lt;b&gt;Alert rules&lt;/b&gt; watch the figures for us: this one has three. &lt;b&gt;HighLatency&lt;/b&gt; fires when the p95 latency stays above 100 ms for 3 s, &lt;b&gt;Errors&lt;/b&gt; when more than 5 % of requests fail for 2 s, &lt;b&gt;TrafficGone&lt;/b&gt; when fewer than 100 requests a second arrive for 5 s. 800 requests a second need both web servers; at 30 s &lt;b&gt;web2&lt;/b&gt; dies, and it comes back at 60 s.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Eine Website aus vielen Servern ist zu groß, um sie mit bloßem Auge zu überwachen. &lt;b&gt;Alarmregeln&lt;/b&gt; beobachten die Kennzahlen für uns: Diese Website hat drei. &lt;b&gt;HighLatency&lt;/b&gt; löst aus, wenn die p95-Latenz 3 s lang über 100 ms bleibt, &lt;b&gt;Errors&lt;/b&gt;, wenn 2 s lang mehr als 5 % der Anfragen fehlschlagen, &lt;b&gt;TrafficGone&lt;/b&gt;, wenn 5 s lang weniger als 100 Anfragen pro Sekunde ankommen. 800 Anfragen pro Sekunde brauchen beide Webserver; bei 30 s fällt &lt;b&gt;web2&lt;/b&gt; aus, bei 60 s kommt er zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web2 dies at 30 s. Which alert fires first?</source>
        <extracomment>millions-and-beyond, step 1, question</extracomment>
        <translation>web2 fällt bei 30 s aus. Welcher Alarm löst zuerst aus?</translation>
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
        <translation>Keiner: Der Load Balancer verbirgt den Ausfall</translation>
    </message>
    <message>
        <source>It fires too, but later: web1&apos;s queue takes a few seconds to fill, and the rule waits 3 s more.</source>
        <extracomment>millions-and-beyond, step 1, feedback on choice 1</extracomment>
        <translation>Er löst auch aus, aber später: Die Warteschlange von web1 braucht ein paar Sekunden, um sich zu füllen, und die Regel wartet noch 3 s länger.</translation>
    </message>
    <message>
        <source>Right: until the health checks take web2 out, the requests sent to it fail at once, and two bad seconds are enough.</source>
        <extracomment>millions-and-beyond, step 1, feedback on choice 2</extracomment>
        <translation>Richtig: Bis die Health Checks web2 herausnehmen, schlagen die an ihn geschickten Anfragen sofort fehl, und zwei schlechte Sekunden genügen.</translation>
    </message>
    <message>
        <source>The users keep sending: failed requests are traffic too, so this rule stays quiet.</source>
        <extracomment>millions-and-beyond, step 1, feedback on choice 3</extracomment>
        <translation>Die Nutzer senden weiter: Auch fehlgeschlagene Anfragen sind Traffic, also bleibt diese Regel still.</translation>
    </message>
    <message>
        <source>The balancer needs three failed health checks, 6 s, to notice; until then half the requests fail.</source>
        <extracomment>millions-and-beyond, step 1, feedback on choice 4</extracomment>
        <translation>Der Load Balancer braucht drei fehlgeschlagene Health Checks, also 6 s, um es zu bemerken; bis dahin schlägt die Hälfte der Anfragen fehl.</translation>
    </message>
    <message>
        <source>Errors fires about 2 s after the kill: half the requests fail on web2 until the balancer&apos;s health checks take it out. Then web1 carries everything, its queue fills, and HighLatency fires a few seconds later. Both resolve soon after web2 is back; TrafficGone never fires.</source>
        <extracomment>millions-and-beyond, step 1, answer explanation</extracomment>
        <translation>Errors löst etwa 2 s nach dem Ausschalten aus: Die Hälfte der Anfragen schlägt auf web2 fehl, bis die Health Checks des Load Balancers ihn herausnehmen. Dann trägt web1 die ganze Last, seine Warteschlange füllt sich, und HighLatency löst ein paar Sekunden später aus. Beide Alarme sind bald nach der Rückkehr von web2 behoben; TrafficGone löst nie aus.</translation>
    </message>
    <message>
        <source>Errors fires within a few seconds of the kill.</source>
        <extracomment>millions-and-beyond, step 1, checkpoint alerts[Errors].first_fired_s &lt;= 34</extracomment>
        <translation>Errors löst wenige Sekunden nach dem Ausschalten aus.</translation>
    </message>
    <message>
        <source>HighLatency fires once.</source>
        <extracomment>millions-and-beyond, step 1, checkpoint alerts[HighLatency].fired == 1</extracomment>
        <translation>HighLatency löst einmal aus.</translation>
    </message>
    <message>
        <source>It has resolved by the end.</source>
        <extracomment>millions-and-beyond, step 1, checkpoint alerts[HighLatency].firing_now == 0</extracomment>
        <translation>Am Ende ist er behoben.</translation>
    </message>
    <message>
        <source>TrafficGone never fires.</source>
        <extracomment>millions-and-beyond, step 1, checkpoint alerts[TrafficGone].fired == 0</extracomment>
        <translation>TrafficGone löst nie aus.</translation>
    </message>
    <message>
        <source>A message queue: answer now, work later</source>
        <extracomment>millions-and-beyond, step 2, title</extracomment>
        <translation>Eine Nachrichtenwarteschlange: jetzt antworten, später arbeiten</translation>
    </message>
    <message>
        <source>&lt;p&gt;Some work should not keep the user waiting: resizing an uploaded photo, sending an email. Here a fifth of the requests are such &lt;b&gt;jobs&lt;/b&gt;. The web server puts each job on the message queue &lt;b&gt;jobs&lt;/b&gt; and answers at once; three &lt;b&gt;workers&lt;/b&gt; take jobs off the queue, each job 150 ms of work.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Manche Arbeit sollte den Nutzer nicht warten lassen: ein hochgeladenes Foto verkleinern, eine E-Mail senden. Hier ist ein Fünftel der Anfragen solche &lt;b&gt;Jobs&lt;/b&gt;. Der Webserver legt jeden Job in die Nachrichtenwarteschlange &lt;b&gt;jobs&lt;/b&gt; und antwortet sofort; drei &lt;b&gt;Worker&lt;/b&gt; holen Jobs aus der Warteschlange, jeder Job ist 150 ms Arbeit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A read takes 39 ms from click to answer. How long does a user wait for the answer to an upload, whose job needs 150 ms of work?</source>
        <extracomment>millions-and-beyond, step 2, question</extracomment>
        <translation>Ein Lesezugriff dauert vom Klick bis zur Antwort 39 ms. Wie lange wartet ein Nutzer auf die Antwort auf einen Upload, dessen Job 150 ms Arbeit braucht?</translation>
    </message>
    <message>
        <source>About 40 ms</source>
        <extracomment>millions-and-beyond, step 2, choice 1</extracomment>
        <translation>Etwa 40 ms</translation>
    </message>
    <message>
        <source>About 190 ms</source>
        <extracomment>millions-and-beyond, step 2, choice 2</extracomment>
        <translation>Etwa 190 ms</translation>
    </message>
    <message>
        <source>About 340 ms</source>
        <extracomment>millions-and-beyond, step 2, choice 3</extracomment>
        <translation>Etwa 340 ms</translation>
    </message>
    <message>
        <source>Seconds, when the queue is long</source>
        <extracomment>millions-and-beyond, step 2, choice 4</extracomment>
        <translation>Sekunden, wenn die Warteschlange lang ist</translation>
    </message>
    <message>
        <source>Right: the web server answers once the queue has the job; the work happens later.</source>
        <extracomment>millions-and-beyond, step 2, feedback on choice 1</extracomment>
        <translation>Richtig: Der Webserver antwortet, sobald die Warteschlange den Job hat; die Arbeit geschieht später.</translation>
    </message>
    <message>
        <source>That is what the user would wait if the web server did the work itself.</source>
        <extracomment>millions-and-beyond, step 2, feedback on choice 2</extracomment>
        <translation>So lange würde der Nutzer warten, wenn der Webserver die Arbeit selbst erledigte.</translation>
    </message>
    <message>
        <source>The user waits neither for the work nor for a worker.</source>
        <extracomment>millions-and-beyond, step 2, feedback on choice 3</extracomment>
        <translation>Der Nutzer wartet weder auf die Arbeit noch auf einen Worker.</translation>
    </message>
    <message>
        <source>A long queue delays the work, not the answer: the queue takes the job at once.</source>
        <extracomment>millions-and-beyond, step 2, feedback on choice 4</extracomment>
        <translation>Eine lange Warteschlange verzögert die Arbeit, nicht die Antwort: Die Warteschlange nimmt den Job sofort an.</translation>
    </message>
    <message>
        <source>Every answer, uploads included, takes 39 ms: the job waits on the queue for a worker, the user does not.</source>
        <extracomment>millions-and-beyond, step 2, answer explanation</extracomment>
        <translation>Jede Antwort, auch die auf Uploads, dauert 39 ms: Der Job wartet in der Warteschlange auf einen Worker, der Nutzer nicht.</translation>
    </message>
    <message>
        <source>Even the slowest answers take under 60 ms.</source>
        <extracomment>millions-and-beyond, step 2, checkpoint latency_ms.p99 &lt; 60</extracomment>
        <translation>Selbst die langsamsten Antworten dauern unter 60 ms.</translation>
    </message>
    <message>
        <source>The workers process the jobs.</source>
        <extracomment>millions-and-beyond, step 2, checkpoint queue.processed &gt; 700</extracomment>
        <translation>Die Worker arbeiten die Jobs ab.</translation>
    </message>
    <message>
        <source>The queue refuses nothing.</source>
        <extracomment>millions-and-beyond, step 2, checkpoint queue.rejected == 0</extracomment>
        <translation>Die Warteschlange weist nichts ab.</translation>
    </message>
    <message>
        <source>A worker dies mid-job</source>
        <extracomment>millions-and-beyond, step 3, title</extracomment>
        <translation>Ein Worker fällt mitten im Job aus</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s &lt;b&gt;worker1&lt;/b&gt; dies while it works on jobs. A worker deletes a job from the queue only when it is done; until then the queue hides the job from the other workers for its &lt;b&gt;visibility timeout&lt;/b&gt;, here 10 s.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 20 s fällt &lt;b&gt;worker1&lt;/b&gt; aus, während er an Jobs arbeitet. Ein Worker löscht einen Job erst dann aus der Warteschlange, wenn er fertig ist; bis dahin verbirgt die Warteschlange den Job vor den anderen Workern, und zwar für die Dauer ihres &lt;b&gt;Sichtbarkeits-Timeouts&lt;/b&gt;, hier 10 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the jobs worker1 was working on?</source>
        <extracomment>millions-and-beyond, step 3, question</extracomment>
        <translation>Was passiert mit den Jobs, an denen worker1 gearbeitet hat?</translation>
    </message>
    <message>
        <source>They are lost</source>
        <extracomment>millions-and-beyond, step 3, choice 1</extracomment>
        <translation>Sie gehen verloren</translation>
    </message>
    <message>
        <source>Another worker takes them at once</source>
        <extracomment>millions-and-beyond, step 3, choice 2</extracomment>
        <translation>Ein anderer Worker übernimmt sie sofort</translation>
    </message>
    <message>
        <source>They come back after 10 s and another worker does them again</source>
        <extracomment>millions-and-beyond, step 3, choice 3</extracomment>
        <translation>Sie kommen nach 10 s zurück, und ein anderer Worker erledigt sie noch einmal</translation>
    </message>
    <message>
        <source>The web server sends them again</source>
        <extracomment>millions-and-beyond, step 3, choice 4</extracomment>
        <translation>Der Webserver schickt sie noch einmal</translation>
    </message>
    <message>
        <source>The queue never deleted them: only a worker&apos;s delete does that.</source>
        <extracomment>millions-and-beyond, step 3, feedback on choice 1</extracomment>
        <translation>Die Warteschlange hat sie nie gelöscht: Das tut nur das Löschen durch einen Worker.</translation>
    </message>
    <message>
        <source>The queue cannot tell a dead worker from a slow one: it waits for the visibility timeout.</source>
        <extracomment>millions-and-beyond, step 3, feedback on choice 2</extracomment>
        <translation>Die Warteschlange kann einen ausgefallenen Worker nicht von einem langsamen unterscheiden: Sie wartet das Sichtbarkeits-Timeout ab.</translation>
    </message>
    <message>
        <source>Right: delivery is at least once, so a worker must be able to do a job twice without harm.</source>
        <extracomment>millions-and-beyond, step 3, feedback on choice 3</extracomment>
        <translation>Richtig: Die Zustellung erfolgt mindestens einmal (at least once), also muss ein Worker einen Job ohne Schaden zweimal erledigen können.</translation>
    </message>
    <message>
        <source>The web server answered the user long ago and forgot the job: the queue keeps it.</source>
        <extracomment>millions-and-beyond, step 3, feedback on choice 4</extracomment>
        <translation>Der Webserver hat dem Nutzer längst geantwortet und den Job vergessen: Die Warteschlange behält ihn.</translation>
    </message>
    <message>
        <source>The jobs worker1 held become visible again 10 s after they were handed out (job_redelivered in the event log) and another worker does them. The report counts them as redelivered and as duplicates: whatever worker1 did before it died is done again.</source>
        <extracomment>millions-and-beyond, step 3, answer explanation</extracomment>
        <translation>Die Jobs, die worker1 hielt, werden 10 s nach ihrer Ausgabe wieder sichtbar (job_redelivered im Ereignisprotokoll), und ein anderer Worker erledigt sie. Der Bericht zählt sie als erneut zugestellt und als Duplikate: Was worker1 vor seinem Ausfall schon getan hat, wird noch einmal getan.</translation>
    </message>
    <message>
        <source>The dead worker&apos;s jobs come back.</source>
        <extracomment>millions-and-beyond, step 3, checkpoint queue.redelivered &gt; 0</extracomment>
        <translation>Die Jobs des ausgefallenen Workers kommen zurück.</translation>
    </message>
    <message>
        <source>A job is worked on twice.</source>
        <extracomment>millions-and-beyond, step 3, checkpoint queue.duplicates &gt; 0</extracomment>
        <translation>Ein Job wird zweimal bearbeitet.</translation>
    </message>
    <message>
        <source>No user sees an error.</source>
        <extracomment>millions-and-beyond, step 3, checkpoint requests.error == 0</extracomment>
        <translation>Kein Nutzer sieht einen Fehler.</translation>
    </message>
    <message>
        <source>The backlog and a full queue</source>
        <extracomment>millions-and-beyond, step 4, title</extracomment>
        <translation>Der Rückstau und eine volle Warteschlange</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 25 s &lt;b&gt;worker2&lt;/b&gt; dies too. One worker does about 27 jobs a second; 60 arrive. The queue holds at most 400 jobs. Both workers come back at 40 s.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 25 s fällt auch &lt;b&gt;worker2&lt;/b&gt; aus. Ein Worker schafft etwa 27 Jobs pro Sekunde; 60 kommen an. Die Warteschlange fasst höchstens 400 Jobs. Beide Worker kommen bei 40 s zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>While only worker3 is left, what do the users see?</source>
        <extracomment>millions-and-beyond, step 4, question</extracomment>
        <translation>Solange nur noch worker3 übrig ist: Was sehen die Nutzer?</translation>
    </message>
    <message>
        <source>Nothing: the queue absorbs it all</source>
        <extracomment>millions-and-beyond, step 4, choice 1</extracomment>
        <translation>Nichts: Die Warteschlange fängt alles auf</translation>
    </message>
    <message>
        <source>Slower answers to every request</source>
        <extracomment>millions-and-beyond, step 4, choice 2</extracomment>
        <translation>Langsamere Antworten auf alle Anfragen</translation>
    </message>
    <message>
        <source>Errors on some uploads once the queue is full</source>
        <extracomment>millions-and-beyond, step 4, choice 3</extracomment>
        <translation>Fehler bei manchen Uploads, sobald die Warteschlange voll ist</translation>
    </message>
    <message>
        <source>Every request fails</source>
        <extracomment>millions-and-beyond, step 4, choice 4</extracomment>
        <translation>Jede Anfrage schlägt fehl</translation>
    </message>
    <message>
        <source>It absorbs a burst, up to its capacity: 400 jobs last about 12 s at this rate.</source>
        <extracomment>millions-and-beyond, step 4, feedback on choice 1</extracomment>
        <translation>Sie fängt einen Ansturm auf, aber nur bis zu ihrer Kapazität: 400 Jobs reichen bei dieser Rate etwa 12 s.</translation>
    </message>
    <message>
        <source>Answers do not wait for workers; they stay fast until the queue is full.</source>
        <extracomment>millions-and-beyond, step 4, feedback on choice 2</extracomment>
        <translation>Antworten warten nicht auf Worker; sie bleiben schnell, bis die Warteschlange voll ist.</translation>
    </message>
    <message>
        <source>Right: a full queue refuses new jobs, and those users get an error; reads and writes are not touched.</source>
        <extracomment>millions-and-beyond, step 4, feedback on choice 3</extracomment>
        <translation>Richtig: Eine volle Warteschlange weist neue Jobs ab, und diese Nutzer bekommen einen Fehler; Lese- und Schreibzugriffe sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Only jobs need the queue: reads and writes go on as before.</source>
        <extracomment>millions-and-beyond, step 4, feedback on choice 4</extracomment>
        <translation>Nur Jobs brauchen die Warteschlange: Lese- und Schreibzugriffe laufen weiter wie bisher.</translation>
    </message>
    <message>
        <source>The queue grows by about 33 jobs a second and is full about 11 s after worker2 dies: from then on, new jobs are refused until the workers are back. Then the three drain the backlog, and every job the queue took is processed.</source>
        <extracomment>millions-and-beyond, step 4, answer explanation</extracomment>
        <translation>Die Warteschlange wächst um etwa 33 Jobs pro Sekunde und ist etwa 11 s nach dem Ausfall von worker2 voll: Ab dann werden neue Jobs abgewiesen, bis die Worker zurück sind. Dann arbeiten die drei den Rückstau ab, und jeder Job, den die Warteschlange angenommen hat, wird bearbeitet.</translation>
    </message>
    <message>
        <source>The queue fills up.</source>
        <extracomment>millions-and-beyond, step 4, checkpoint queue.max_depth == 400</extracomment>
        <translation>Die Warteschlange läuft voll.</translation>
    </message>
    <message>
        <source>A full queue refuses jobs.</source>
        <extracomment>millions-and-beyond, step 4, checkpoint queue.rejected &gt; 20</extracomment>
        <translation>Eine volle Warteschlange weist Jobs ab.</translation>
    </message>
    <message>
        <source>Reads and writes are not touched.</source>
        <extracomment>millions-and-beyond, step 4, checkpoint requests.dropped == 0</extracomment>
        <translation>Lese- und Schreibzugriffe sind nicht betroffen.</translation>
    </message>
    <message>
        <source>The answers stay fast.</source>
        <extracomment>millions-and-beyond, step 4, checkpoint latency_ms.p99 &lt; 60</extracomment>
        <translation>Die Antworten bleiben schnell.</translation>
    </message>
    <message>
        <source>Autoscaling: a flash crowd</source>
        <extracomment>millions-and-beyond, step 5, title</extracomment>
        <translation>Autoscaling: ein plötzlicher Ansturm</translation>
    </message>
    <message>
        <source>&lt;p&gt;The balancer&apos;s pool is now an &lt;b&gt;auto scaling group&lt;/b&gt;: it keeps each web server about half busy by launching copies of &lt;b&gt;web1&lt;/b&gt; when they get busier and retiring them when they idle, between 2 and 10 servers. A new server takes &lt;b&gt;20 s&lt;/b&gt; to boot. At 30 s a flash crowd arrives: 2,400 requests a second instead of 300.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Der Pool des Load Balancers ist jetzt eine &lt;b&gt;Auto-Scaling-Gruppe&lt;/b&gt;: Sie hält jeden Webserver etwa zur Hälfte ausgelastet, indem sie Kopien von &lt;b&gt;web1&lt;/b&gt; startet, wenn die Server stärker ausgelastet sind, und sie außer Betrieb nimmt, wenn sie untätig sind, zwischen 2 und 10 Servern. Ein neuer Server braucht &lt;b&gt;20 s&lt;/b&gt; zum Booten. Bei 30 s kommt ein plötzlicher Ansturm (Flash Crowd): 2.400 Anfragen pro Sekunde statt 300.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A second after the crowd arrives, the group launches seven servers. When do the dropped requests stop?</source>
        <extracomment>millions-and-beyond, step 5, question</extracomment>
        <translation>Eine Sekunde nach Beginn des Ansturms startet die Gruppe sieben Server. Wann werden keine Anfragen mehr verworfen?</translation>
    </message>
    <message>
        <source>At once, at 31 s</source>
        <extracomment>millions-and-beyond, step 5, choice 1</extracomment>
        <translation>Sofort, bei 31 s</translation>
    </message>
    <message>
        <source>About 20 s later, when the new servers have booted</source>
        <extracomment>millions-and-beyond, step 5, choice 2</extracomment>
        <translation>Etwa 20 s später, wenn die neuen Server gebootet haben</translation>
    </message>
    <message>
        <source>Only when the crowd leaves at 90 s</source>
        <extracomment>millions-and-beyond, step 5, choice 3</extracomment>
        <translation>Erst wenn der Ansturm bei 90 s vorbei ist</translation>
    </message>
    <message>
        <source>Never: the crowd is too big</source>
        <extracomment>millions-and-beyond, step 5, choice 4</extracomment>
        <translation>Nie: Der Ansturm ist zu groß</translation>
    </message>
    <message>
        <source>A launched server is not a running one: it boots for 20 s first.</source>
        <extracomment>millions-and-beyond, step 5, feedback on choice 1</extracomment>
        <translation>Ein gestarteter Server ist noch kein laufender: Er bootet zuerst 20 s lang.</translation>
    </message>
    <message>
        <source>Right: until then the two old servers carry the crowd alone, and their queues overflow.</source>
        <extracomment>millions-and-beyond, step 5, feedback on choice 2</extracomment>
        <translation>Richtig: Bis dahin tragen die zwei alten Server den Ansturm allein, und ihre Warteschlangen laufen über.</translation>
    </message>
    <message>
        <source>Nine servers carry 2,400 requests a second easily once they are up.</source>
        <extracomment>millions-and-beyond, step 5, feedback on choice 3</extracomment>
        <translation>Neun Server tragen 2.400 Anfragen pro Sekunde mühelos, sobald sie laufen.</translation>
    </message>
    <message>
        <source>The group may run up to ten servers, enough for the crowd.</source>
        <extracomment>millions-and-beyond, step 5, feedback on choice 4</extracomment>
        <translation>Die Gruppe darf bis zu zehn Server betreiben, genug für den Ansturm.</translation>
    </message>
    <message>
        <source>Scaling lags behind the load: for the 20 s the new servers boot, the two old ones drop most of the crowd, about 32,000 requests. From about 51 s on nine servers carry it without a drop, and the tenth comes after the 30 s cooldown.</source>
        <extracomment>millions-and-beyond, step 5, answer explanation</extracomment>
        <translation>Die Skalierung hinkt der Last hinterher: In den 20 s, in denen die neuen Server booten, verwerfen die zwei alten den größten Teil des Ansturms, etwa 32.000 Anfragen. Ab etwa 51 s tragen ihn neun Server, ohne etwas zu verwerfen, und der zehnte kommt nach der Ruhephase (Cooldown) von 30 s.</translation>
    </message>
    <message>
        <source>Requests are dropped while the new servers boot.</source>
        <extracomment>millions-and-beyond, step 5, checkpoint requests.dropped &gt; 20000</extracomment>
        <translation>Während die neuen Server booten, werden Anfragen verworfen.</translation>
    </message>
    <message>
        <source>The group launches servers.</source>
        <extracomment>millions-and-beyond, step 5, checkpoint autoscale.scale_outs &gt;= 7</extracomment>
        <translation>Die Gruppe startet Server.</translation>
    </message>
    <message>
        <source>Nine servers or more carry the crowd.</source>
        <extracomment>millions-and-beyond, step 5, checkpoint autoscale.max_servers &gt;= 9</extracomment>
        <translation>Neun oder mehr Server tragen den Ansturm.</translation>
    </message>
    <message>
        <source>The crowd leaves</source>
        <extracomment>millions-and-beyond, step 6, title</extracomment>
        <translation>Der Ansturm ist vorbei</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 90 s the crowd is gone: 300 requests a second again. The group retires servers only when the load has stayed under its target for three whole seconds, and it never retires the servers of the file.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 90 s ist der Ansturm vorbei: wieder 300 Anfragen pro Sekunde. Die Gruppe nimmt Server erst außer Betrieb, wenn die Last drei volle Sekunden lang unter ihrem Zielwert geblieben ist, und sie nimmt nie die Server aus der Datei außer Betrieb.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How many web servers run once the crowd has left?</source>
        <extracomment>millions-and-beyond, step 6, question</extracomment>
        <translation>Wie viele Webserver laufen, wenn der Ansturm vorbei ist?</translation>
    </message>
    <message>
        <source>Ten: a cloud keeps what it launched</source>
        <extracomment>millions-and-beyond, step 6, choice 1</extracomment>
        <translation>Zehn: Eine Cloud behält, was sie gestartet hat</translation>
    </message>
    <message>
        <source>Nine</source>
        <extracomment>millions-and-beyond, step 6, choice 2</extracomment>
        <translation>Neun</translation>
    </message>
    <message>
        <source>Two, the minimum</source>
        <extracomment>millions-and-beyond, step 6, choice 3</extracomment>
        <translation>Zwei, das Minimum</translation>
    </message>
    <message>
        <source>An auto scaling group gives servers back: you pay for every second one runs.</source>
        <extracomment>millions-and-beyond, step 6, feedback on choice 1</extracomment>
        <translation>Eine Auto-Scaling-Gruppe gibt Server zurück: Sie zahlen für jede Sekunde, die einer läuft.</translation>
    </message>
    <message>
        <source>300 requests a second keep two servers only a third busy: the group goes back to its minimum.</source>
        <extracomment>millions-and-beyond, step 6, feedback on choice 2</extracomment>
        <translation>300 Anfragen pro Sekunde lasten zwei Server nur zu einem Drittel aus: Die Gruppe kehrt zu ihrem Minimum zurück.</translation>
    </message>
    <message>
        <source>Right: the eight copies leave the pool at once, finish their requests and are terminated.</source>
        <extracomment>millions-and-beyond, step 6, feedback on choice 3</extracomment>
        <translation>Richtig: Die acht Kopien verlassen sofort den Pool, arbeiten ihre Anfragen ab und werden beendet.</translation>
    </message>
    <message>
        <source>The group keeps its minimum of two servers, and it never retires the servers of the file.</source>
        <extracomment>millions-and-beyond, step 6, feedback on choice 4</extracomment>
        <translation>Die Gruppe behält ihr Minimum von zwei Servern, und sie nimmt nie die Server aus der Datei außer Betrieb.</translation>
    </message>
    <message>
        <source>Three seconds after the crowd leaves, the group retires its eight copies. It paid for about 700 server-seconds, against 1,200 for ten servers all along. With sessions kept in a server&apos;s memory, every user on a retired copy would have to log in again: that is why an autoscaled tier is stateless.</source>
        <extracomment>millions-and-beyond, step 6, answer explanation</extracomment>
        <translation>Drei Sekunden nach dem Ende des Ansturms nimmt die Gruppe ihre acht Kopien außer Betrieb. Sie hat etwa 700 Serversekunden bezahlt, gegenüber 1.200 für zehn Server die ganze Zeit. Lägen die Sitzungen im Speicher eines Servers, müsste sich jeder Nutzer auf einer außer Betrieb genommenen Kopie neu anmelden: Deshalb ist eine automatisch skalierte Schicht zustandslos.</translation>
    </message>
    <message>
        <source>All eight copies are retired.</source>
        <extracomment>millions-and-beyond, step 6, checkpoint autoscale.scale_ins == 8</extracomment>
        <translation>Alle acht Kopien sind außer Betrieb genommen.</translation>
    </message>
    <message>
        <source>The group pays for far fewer server-seconds than ten servers all along.</source>
        <extracomment>millions-and-beyond, step 6, checkpoint autoscale.server_seconds &lt; 800</extracomment>
        <translation>Die Gruppe bezahlt weit weniger Serversekunden als zehn Server die ganze Zeit.</translation>
    </message>
    <message>
        <source>Scale up: a bigger machine</source>
        <extracomment>millions-and-beyond, step 7, title</extracomment>
        <translation>Größer statt mehr: eine größere Maschine</translation>
    </message>
    <message>
        <source>&lt;p&gt;The simplest way to grow is a bigger machine: &lt;b&gt;vertical scaling&lt;/b&gt;. &lt;b&gt;web1&lt;/b&gt; is a &lt;b&gt;small&lt;/b&gt; server, 2 vCPUs and 50 workers for $0.096 an hour, and 800 requests a second are too many for it: it drops some. At 20 s it is resized to &lt;b&gt;xlarge&lt;/b&gt;, 16 vCPUs and 400 workers for $0.768 an hour. A cloud resizes a machine by stopping it, changing its type and starting it again: here that takes 15 s.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Der einfachste Weg zu wachsen ist eine größere Maschine: &lt;b&gt;vertikale Skalierung&lt;/b&gt;. &lt;b&gt;web1&lt;/b&gt; ist ein &lt;b&gt;small&lt;/b&gt;-Server, 2 vCPUs und 50 Worker für 0,096 $ pro Stunde, und 800 Anfragen pro Sekunde sind zu viel für ihn: Er verwirft einige. Bei 20 s wird er auf &lt;b&gt;xlarge&lt;/b&gt; vergrößert, 16 vCPUs und 400 Worker für 0,768 $ pro Stunde. Eine Cloud ändert die Größe einer Maschine, indem sie sie anhält, ihren Typ ändert und sie wieder startet: Hier dauert das 15 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What do the users see during those 15 s?</source>
        <extracomment>millions-and-beyond, step 7, question</extracomment>
        <translation>Was sehen die Nutzer während dieser 15 s?</translation>
    </message>
    <message>
        <source>Nothing: the cloud moves the server while it runs</source>
        <extracomment>millions-and-beyond, step 7, choice 1</extracomment>
        <translation>Nichts: Die Cloud verschiebt den Server im laufenden Betrieb</translation>
    </message>
    <message>
        <source>Slower answers</source>
        <extracomment>millions-and-beyond, step 7, choice 2</extracomment>
        <translation>Langsamere Antworten</translation>
    </message>
    <message>
        <source>Half the requests fail</source>
        <extracomment>millions-and-beyond, step 7, choice 4</extracomment>
        <translation>Die Hälfte der Anfragen schlägt fehl</translation>
    </message>
    <message>
        <source>Changing a machine&apos;s type needs it stopped: there is no second machine to take over.</source>
        <extracomment>millions-and-beyond, step 7, feedback on choice 1</extracomment>
        <translation>Um den Typ einer Maschine zu ändern, muss sie angehalten werden: Es gibt keine zweite Maschine, die übernimmt.</translation>
    </message>
    <message>
        <source>A stopped server gives no answers at all, slow or fast.</source>
        <extracomment>millions-and-beyond, step 7, feedback on choice 2</extracomment>
        <translation>Ein angehaltener Server gibt überhaupt keine Antworten, weder langsame noch schnelle.</translation>
    </message>
    <message>
        <source>Right: web1 is the only server, so while it is stopped nothing answers.</source>
        <extracomment>millions-and-beyond, step 7, feedback on choice 3</extracomment>
        <translation>Richtig: web1 ist der einzige Server, also antwortet nichts, solange er angehalten ist.</translation>
    </message>
    <message>
        <source>There is nobody to take the other half: web1 is alone.</source>
        <extracomment>millions-and-beyond, step 7, feedback on choice 4</extracomment>
        <translation>Es gibt niemanden, der die andere Hälfte übernimmt: web1 ist allein.</translation>
    </message>
    <message>
        <source>For 15 s every request fails, about 12,000 of them; before the resize web1 dropped what its 50 workers could not take. After it, 400 workers carry the load with room to spare, at eight times the price. Bigger machines stop at a ceiling (here 8xlarge, 96 vCPUs) and stay a single point of failure.</source>
        <extracomment>millions-and-beyond, step 7, answer explanation</extracomment>
        <translation>15 s lang schlägt jede Anfrage fehl, etwa 12.000 insgesamt; vor der Größenänderung verwarf web1, was seine 50 Worker nicht schafften. Danach tragen 400 Worker die Last mit reichlich Reserve, zum achtfachen Preis. Größere Maschinen stoßen an eine Obergrenze (hier 8xlarge, 96 vCPUs) und bleiben ein Single Point of Failure.</translation>
    </message>
    <message>
        <source>The small server drops requests before the resize.</source>
        <extracomment>millions-and-beyond, step 7, checkpoint requests.dropped &gt; 3000</extracomment>
        <translation>Der small-Server verwirft vor der Größenänderung Anfragen.</translation>
    </message>
    <message>
        <source>Every request fails while web1 is stopped.</source>
        <extracomment>millions-and-beyond, step 7, checkpoint requests.error &gt; 10000</extracomment>
        <translation>Jede Anfrage schlägt fehl, solange web1 angehalten ist.</translation>
    </message>
    <message>
        <source>The xlarge costs $0.768 an hour.</source>
        <extracomment>millions-and-beyond, step 7, checkpoint cost.dollars_per_hour == 0.768</extracomment>
        <translation>Der xlarge kostet 0,768 $ pro Stunde.</translation>
    </message>
    <message>
        <source>Scale out instead</source>
        <extracomment>millions-and-beyond, step 8, title</extracomment>
        <translation>Stattdessen mehr Server</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same money buys two &lt;b&gt;large&lt;/b&gt; servers behind a balancer: 2 × $0.384 an hour, the price of one xlarge. At 50 s &lt;b&gt;web1&lt;/b&gt; dies, as any machine eventually does.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 8, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Für dasselbe Geld gibt es zwei &lt;b&gt;large&lt;/b&gt;-Server hinter einem Load Balancer: 2 × 0,384 $ pro Stunde, der Preis eines xlarge. Bei 50 s fällt &lt;b&gt;web1&lt;/b&gt; aus, wie es jede Maschine irgendwann tut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What do the users see when web1 dies?</source>
        <extracomment>millions-and-beyond, step 8, question</extracomment>
        <translation>Was sehen die Nutzer, wenn web1 ausfällt?</translation>
    </message>
    <message>
        <source>Every request fails until web1 is back</source>
        <extracomment>millions-and-beyond, step 8, choice 1</extracomment>
        <translation>Jede Anfrage schlägt fehl, bis web1 zurück ist</translation>
    </message>
    <message>
        <source>Some requests fail for about two seconds, then none</source>
        <extracomment>millions-and-beyond, step 8, choice 2</extracomment>
        <translation>Etwa zwei Sekunden lang schlagen einige Anfragen fehl, danach keine</translation>
    </message>
    <message>
        <source>web2 is overloaded and drops requests</source>
        <extracomment>millions-and-beyond, step 8, choice 4</extracomment>
        <translation>web2 ist überlastet und verwirft Anfragen</translation>
    </message>
    <message>
        <source>web2 is still there: the balancer sends everything to it once its health checks see web1 down.</source>
        <extracomment>millions-and-beyond, step 8, feedback on choice 1</extracomment>
        <translation>web2 ist noch da: Der Load Balancer schickt alles an ihn, sobald seine Health Checks web1 als ausgefallen sehen.</translation>
    </message>
    <message>
        <source>Right: until two failed health checks take web1 out, half the requests go to a dead server.</source>
        <extracomment>millions-and-beyond, step 8, feedback on choice 2</extracomment>
        <translation>Richtig: Bis zwei fehlgeschlagene Health Checks web1 herausnehmen, geht die Hälfte der Anfragen an einen ausgefallenen Server.</translation>
    </message>
    <message>
        <source>The balancer needs two failed checks, 1 s apart, to notice; until then web1&apos;s share fails.</source>
        <extracomment>millions-and-beyond, step 8, feedback on choice 3</extracomment>
        <translation>Der Load Balancer braucht zwei fehlgeschlagene Checks im Abstand von 1 s, um es zu bemerken; bis dahin schlägt der Anteil von web1 fehl.</translation>
    </message>
    <message>
        <source>A large server has 200 workers: it carries 800 requests a second alone.</source>
        <extracomment>millions-and-beyond, step 8, feedback on choice 4</extracomment>
        <translation>Ein large-Server hat 200 Worker: Er trägt 800 Anfragen pro Sekunde allein.</translation>
    </message>
    <message>
        <source>About 450 requests fail in the two seconds before the balancer takes web1 out; then web2 carries everything. One xlarge would have failed every request until it was repaired. Scaling out costs the same and survives a failure, which is why the web tier scales horizontally.</source>
        <extracomment>millions-and-beyond, step 8, answer explanation</extracomment>
        <translation>Etwa 450 Anfragen schlagen in den zwei Sekunden fehl, bevor der Load Balancer web1 herausnimmt; danach trägt web2 alles. Bei einem einzelnen xlarge wäre jede Anfrage fehlgeschlagen, bis er repariert ist. Mehr Server kosten dasselbe und überstehen einen Ausfall, darum skaliert die Webserver-Schicht horizontal.</translation>
    </message>
    <message>
        <source>Nothing is dropped: two large servers have room.</source>
        <extracomment>millions-and-beyond, step 8, checkpoint requests.dropped == 0</extracomment>
        <translation>Nichts wird verworfen: Zwei large-Server haben genug Platz.</translation>
    </message>
    <message>
        <source>Only the requests sent to web1 before the balancer noticed fail.</source>
        <extracomment>millions-and-beyond, step 8, checkpoint requests.error &lt; 1500</extracomment>
        <translation>Nur die Anfragen, die an web1 gingen, bevor der Load Balancer es bemerkte, schlagen fehl.</translation>
    </message>
    <message>
        <source>The failure is seen, briefly.</source>
        <extracomment>millions-and-beyond, step 8, checkpoint requests.error &gt; 0</extracomment>
        <translation>Der Ausfall ist zu sehen, kurz.</translation>
    </message>
    <message>
        <source>Sharding: a celebrity key</source>
        <extracomment>millions-and-beyond, step 9, title</extracomment>
        <translation>Sharding: ein Promi-Schlüssel</translation>
    </message>
    <message>
        <source>&lt;p&gt;One database cannot hold every user&apos;s data or take every query, so the data is split into &lt;b&gt;shards&lt;/b&gt;: here four databases, each holding a quarter of the keys. A key&apos;s shard is &lt;b&gt;hash(key) mod 4&lt;/b&gt;, so the web server knows where each key lives. The users&apos; reads and writes are very uneven: one key, say a celebrity&apos;s profile, is wanted far more than any other.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 9, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Eine Datenbank kann nicht die Daten aller Nutzer halten oder jede Abfrage annehmen, also werden die Daten in &lt;b&gt;Shards&lt;/b&gt; aufgeteilt: hier vier Datenbanken, jede mit einem Viertel der Schlüssel. Der Shard eines Schlüssels ist &lt;b&gt;hash(key) mod 4&lt;/b&gt;, so weiß der Webserver, wo jeder Schlüssel liegt. Die Lese- und Schreibzugriffe der Nutzer sind sehr ungleich verteilt: Ein Schlüssel, etwa das Profil eines Promis, ist weit gefragter als jeder andere.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Each shard holds a quarter of the keys. Which shards drop requests?</source>
        <extracomment>millions-and-beyond, step 9, question</extracomment>
        <translation>Jeder Shard hält ein Viertel der Schlüssel. Welche Shards verwerfen Anfragen?</translation>
    </message>
    <message>
        <source>None: the load is split four ways</source>
        <extracomment>millions-and-beyond, step 9, choice 1</extracomment>
        <translation>Keiner: Die Last ist auf vier verteilt</translation>
    </message>
    <message>
        <source>All four a little</source>
        <extracomment>millions-and-beyond, step 9, choice 2</extracomment>
        <translation>Alle vier ein wenig</translation>
    </message>
    <message>
        <source>Only the shard that holds the hot key</source>
        <extracomment>millions-and-beyond, step 9, choice 3</extracomment>
        <translation>Nur der Shard, der den heißen Schlüssel hält</translation>
    </message>
    <message>
        <source>Only the first shard, db1</source>
        <extracomment>millions-and-beyond, step 9, choice 4</extracomment>
        <translation>Nur der erste Shard, db1</translation>
    </message>
    <message>
        <source>The keys are split evenly, the requests are not: one key takes a large share of them.</source>
        <extracomment>millions-and-beyond, step 9, feedback on choice 1</extracomment>
        <translation>Die Schlüssel sind gleichmäßig verteilt, die Anfragen nicht: Ein Schlüssel bekommt einen großen Teil davon.</translation>
    </message>
    <message>
        <source>Three shards stay well under their 500 calls a second.</source>
        <extracomment>millions-and-beyond, step 9, feedback on choice 2</extracomment>
        <translation>Drei Shards bleiben deutlich unter ihren 500 Aufrufen pro Sekunde.</translation>
    </message>
    <message>
        <source>Right: every request for that key goes to the same shard, however many shards there are.</source>
        <extracomment>millions-and-beyond, step 9, feedback on choice 3</extracomment>
        <translation>Richtig: Jede Anfrage nach diesem Schlüssel geht an denselben Shard, egal wie viele Shards es gibt.</translation>
    </message>
    <message>
        <source>A hash puts the hot key wherever its hash lands; here it is db4.</source>
        <extracomment>millions-and-beyond, step 9, feedback on choice 4</extracomment>
        <translation>Ein Hash legt den heißen Schlüssel dorthin, wo sein Hash landet; hier ist es db4.</translation>
    </message>
    <message>
        <source>About 36 % of all calls go to db4, the shard of the hot key; an even split would give it 25 %. db4 drops requests while db1, db2 and db3 have room to spare. More shards do not help: the hot key stays on one of them. Real systems give such keys a shard of their own, replicas for their reads, or a cache in front.</source>
        <extracomment>millions-and-beyond, step 9, answer explanation</extracomment>
        <translation>Etwa 36 % aller Aufrufe gehen an db4, den Shard des heißen Schlüssels; bei gleichmäßiger Verteilung wären es 25 %. db4 verwirft Anfragen, während db1, db2 und db3 reichlich Reserve haben. Mehr Shards helfen nicht: Der heiße Schlüssel bleibt auf einem von ihnen. Echte Systeme geben solchen Schlüsseln einen eigenen Shard, Replikate für ihre Lesezugriffe oder einen vorgeschalteten Cache.</translation>
    </message>
    <message>
        <source>The busiest shard takes more than a third of the calls, not a quarter.</source>
        <extracomment>millions-and-beyond, step 9, checkpoint sharding.max_shard_share &gt; 0.33</extracomment>
        <translation>Der meistbelastete Shard bekommt mehr als ein Drittel der Aufrufe, nicht ein Viertel.</translation>
    </message>
    <message>
        <source>The hot key&apos;s shard drops requests.</source>
        <extracomment>millions-and-beyond, step 9, checkpoint nodes[db4].dropped &gt; 500</extracomment>
        <translation>Der Shard des heißen Schlüssels verwirft Anfragen.</translation>
    </message>
    <message>
        <source>db1 drops nothing.</source>
        <extracomment>millions-and-beyond, step 9, checkpoint nodes[db1].dropped == 0</extracomment>
        <translation>db1 verwirft nichts.</translation>
    </message>
    <message>
        <source>db2 drops nothing.</source>
        <extracomment>millions-and-beyond, step 9, checkpoint nodes[db2].dropped == 0</extracomment>
        <translation>db2 verwirft nichts.</translation>
    </message>
    <message>
        <source>db3 drops nothing.</source>
        <extracomment>millions-and-beyond, step 9, checkpoint nodes[db3].dropped == 0</extracomment>
        <translation>db3 verwirft nichts.</translation>
    </message>
    <message>
        <source>Resharding with hash mod N</source>
        <extracomment>millions-and-beyond, step 10, title</extracomment>
        <translation>Resharding mit hash mod N</translation>
    </message>
    <message>
        <source>&lt;p&gt;Four shards can no longer keep up: they drop requests. At 20 s a fifth shard, &lt;b&gt;db5&lt;/b&gt;, joins. Every key whose shard changes must be copied to its new shard; here each key&apos;s rows weigh 100 KB and the copy runs at 25 MB/s. Until the copy reaches a key, it stays on its old shard.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 10, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Vier Shards kommen nicht mehr hinterher: Sie verwerfen Anfragen. Bei 20 s kommt ein fünfter Shard hinzu, &lt;b&gt;db5&lt;/b&gt;. Jeder Schlüssel, dessen Shard sich ändert, muss auf seinen neuen Shard kopiert werden; hier wiegen die Zeilen eines Schlüssels 100 KB, und die Kopie läuft mit 25 MB/s. Bis die Kopie einen Schlüssel erreicht, bleibt er auf seinem alten Shard.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The rule is hash(key) mod N, and N goes from 4 to 5. How many of the 10,000 keys move?</source>
        <extracomment>millions-and-beyond, step 10, question</extracomment>
        <translation>Die Regel ist hash(key) mod N, und N steigt von 4 auf 5. Wie viele der 10.000 Schlüssel ziehen um?</translation>
    </message>
    <message>
        <source>About 2,000: the fifth shard&apos;s share</source>
        <extracomment>millions-and-beyond, step 10, choice 1</extracomment>
        <translation>Etwa 2.000: der Anteil des fünften Shards</translation>
    </message>
    <message>
        <source>About 5,000</source>
        <extracomment>millions-and-beyond, step 10, choice 2</extracomment>
        <translation>Etwa 5.000</translation>
    </message>
    <message>
        <source>About 8,000</source>
        <extracomment>millions-and-beyond, step 10, choice 3</extracomment>
        <translation>Etwa 8.000</translation>
    </message>
    <message>
        <source>All 10,000</source>
        <extracomment>millions-and-beyond, step 10, choice 4</extracomment>
        <translation>Alle 10.000</translation>
    </message>
    <message>
        <source>That is what the new shard ends up holding, but the others swap keys among themselves too.</source>
        <extracomment>millions-and-beyond, step 10, feedback on choice 1</extracomment>
        <translation>So viele hält der neue Shard am Ende, aber die anderen tauschen auch untereinander Schlüssel.</translation>
    </message>
    <message>
        <source>More: a key stays only when its hash gives the same remainder mod 4 and mod 5.</source>
        <extracomment>millions-and-beyond, step 10, feedback on choice 2</extracomment>
        <translation>Mehr: Ein Schlüssel bleibt nur, wenn sein Hash mod 4 und mod 5 denselben Rest ergibt.</translation>
    </message>
    <message>
        <source>Right: only one key in five keeps its shard when N changes.</source>
        <extracomment>millions-and-beyond, step 10, feedback on choice 3</extracomment>
        <translation>Richtig: Nur jeder fünfte Schlüssel behält seinen Shard, wenn sich N ändert.</translation>
    </message>
    <message>
        <source>A fifth of them land where they were.</source>
        <extracomment>millions-and-beyond, step 10, feedback on choice 4</extracomment>
        <translation>Ein Fünftel von ihnen landet, wo es war.</translation>
    </message>
    <message>
        <source>About 7,900 keys move, so the copy takes about 31 s, and during it thousands of reads ask for a key that is still on its way. Changing N reshuffles almost everything: that is the weakness of mod N.</source>
        <extracomment>millions-and-beyond, step 10, answer explanation</extracomment>
        <translation>Etwa 7.900 Schlüssel ziehen um, also dauert die Kopie etwa 31 s, und währenddessen fragen Tausende Lesezugriffe nach einem Schlüssel, der noch unterwegs ist. Eine Änderung von N mischt fast alles neu: Das ist die Schwäche von mod N.</translation>
    </message>
    <message>
        <source>A fifth shard joined.</source>
        <extracomment>millions-and-beyond, step 10, checkpoint sharding.shards == 5</extracomment>
        <translation>Ein fünfter Shard ist hinzugekommen.</translation>
    </message>
    <message>
        <source>Most keys move.</source>
        <extracomment>millions-and-beyond, step 10, checkpoint sharding.moved_keys &gt; 7000</extracomment>
        <translation>Die meisten Schlüssel ziehen um.</translation>
    </message>
    <message>
        <source>Thousands of reads ask for a key in transit.</source>
        <extracomment>millions-and-beyond, step 10, checkpoint sharding.moving_reads &gt; 3000</extracomment>
        <translation>Tausende Lesezugriffe fragen nach einem Schlüssel, der unterwegs ist.</translation>
    </message>
    <message>
        <source>Resharding with consistent hashing</source>
        <extracomment>millions-and-beyond, step 11, title</extracomment>
        <translation>Resharding mit Consistent Hashing</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same four shards, the same fifth one at 20 s, but now the keys sit on a &lt;b&gt;consistent-hash ring&lt;/b&gt;: each shard owns the arcs before its points on the ring, and a new shard takes arcs only from its neighbours.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 11, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Dieselben vier Shards, derselbe fünfte bei 20 s, aber jetzt liegen die Schlüssel auf einem &lt;b&gt;Consistent-Hashing-Ring&lt;/b&gt;: Jedem Shard gehören die Bögen vor seinen Punkten auf dem Ring, und ein neuer Shard nimmt nur seinen Nachbarn Bögen ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How many of the 10,000 keys move this time?</source>
        <extracomment>millions-and-beyond, step 11, question</extracomment>
        <translation>Wie viele der 10.000 Schlüssel ziehen diesmal um?</translation>
    </message>
    <message>
        <source>About 2,000</source>
        <extracomment>millions-and-beyond, step 11, choice 1</extracomment>
        <translation>Etwa 2.000</translation>
    </message>
    <message>
        <source>None until the copy is over</source>
        <extracomment>millions-and-beyond, step 11, choice 4</extracomment>
        <translation>Keiner, bis die Kopie fertig ist</translation>
    </message>
    <message>
        <source>Right: only the keys the new shard takes over move, about 1/5 of them.</source>
        <extracomment>millions-and-beyond, step 11, feedback on choice 1</extracomment>
        <translation>Richtig: Nur die Schlüssel, die der neue Shard übernimmt, ziehen um, etwa 1/5 davon.</translation>
    </message>
    <message>
        <source>Fewer: no key moves between the old shards.</source>
        <extracomment>millions-and-beyond, step 11, feedback on choice 2</extracomment>
        <translation>Weniger: Zwischen den alten Shards zieht kein Schlüssel um.</translation>
    </message>
    <message>
        <source>That was mod N; the ring moves only what the new shard takes.</source>
        <extracomment>millions-and-beyond, step 11, feedback on choice 3</extracomment>
        <translation>Das war mod N; der Ring verschiebt nur, was der neue Shard übernimmt.</translation>
    </message>
    <message>
        <source>Keys still move; the question is how many.</source>
        <extracomment>millions-and-beyond, step 11, feedback on choice 4</extracomment>
        <translation>Schlüssel ziehen trotzdem um; die Frage ist, wie viele.</translation>
    </message>
    <message>
        <source>About 2,200 keys move, every one of them to db5; the copy is over in about 9 s instead of 31, and far fewer reads meet a key in transit. That is why caches and sharded databases use consistent hashing.</source>
        <extracomment>millions-and-beyond, step 11, answer explanation</extracomment>
        <translation>Etwa 2.200 Schlüssel ziehen um, jeder davon auf db5; die Kopie ist nach etwa 9 s statt 31 fertig, und weit weniger Lesezugriffe treffen auf einen Schlüssel, der unterwegs ist. Darum nutzen Caches und geshardete Datenbanken Consistent Hashing.</translation>
    </message>
    <message>
        <source>About a fifth of the keys move.</source>
        <extracomment>millions-and-beyond, step 11, checkpoint sharding.moved_keys &lt; 3300</extracomment>
        <translation>Etwa ein Fünftel der Schlüssel zieht um.</translation>
    </message>
    <message>
        <source>The new shard takes its share.</source>
        <extracomment>millions-and-beyond, step 11, checkpoint sharding.moved_keys &gt; 1200</extracomment>
        <translation>Der neue Shard übernimmt seinen Anteil.</translation>
    </message>
    <message>
        <source>Few reads meet a key in transit.</source>
        <extracomment>millions-and-beyond, step 11, checkpoint sharding.moving_reads &lt; 2000</extracomment>
        <translation>Wenige Lesezugriffe treffen auf einen Schlüssel, der unterwegs ist.</translation>
    </message>
    <message>
        <source>A query over every shard</source>
        <extracomment>millions-and-beyond, step 12, title</extracomment>
        <translation>Eine Abfrage über alle Shards</translation>
    </message>
    <message>
        <source>&lt;p&gt;Some queries need every shard: a search over all users, a feed of everyone&apos;s posts. Here a tenth of the reads are such a &lt;b&gt;fan-out&lt;/b&gt;: the web server asks all four shards at once and answers when all have. One shard, &lt;b&gt;db4&lt;/b&gt;, is slow: 80 ms a call instead of 5.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 12, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Manche Abfragen brauchen jeden Shard: eine Suche über alle Nutzer, ein Feed mit den Beiträgen aller. Hier ist ein Zehntel der Lesezugriffe ein solcher &lt;b&gt;Fan-out&lt;/b&gt;: Der Webserver fragt alle vier Shards gleichzeitig und antwortet, wenn alle geantwortet haben. Ein Shard, &lt;b&gt;db4&lt;/b&gt;, ist langsam: 80 ms pro Aufruf statt 5.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How long does a fan-out read take?</source>
        <extracomment>millions-and-beyond, step 12, question</extracomment>
        <translation>Wie lange dauert ein Fan-out-Lesezugriff?</translation>
    </message>
    <message>
        <source>As long as the fastest shard</source>
        <extracomment>millions-and-beyond, step 12, choice 1</extracomment>
        <translation>So lange wie der schnellste Shard</translation>
    </message>
    <message>
        <source>About the average of the four shards</source>
        <extracomment>millions-and-beyond, step 12, choice 2</extracomment>
        <translation>Etwa den Durchschnitt der vier Shards</translation>
    </message>
    <message>
        <source>As long as the slowest shard, db4</source>
        <extracomment>millions-and-beyond, step 12, choice 3</extracomment>
        <translation>So lange wie der langsamste Shard, db4</translation>
    </message>
    <message>
        <source>The four shards&apos; times added up</source>
        <extracomment>millions-and-beyond, step 12, choice 4</extracomment>
        <translation>Die Zeiten der vier Shards zusammengezählt</translation>
    </message>
    <message>
        <source>The answer needs every shard&apos;s part: the web server waits for all of them.</source>
        <extracomment>millions-and-beyond, step 12, feedback on choice 1</extracomment>
        <translation>Die Antwort braucht den Teil jedes Shards: Der Webserver wartet auf alle.</translation>
    </message>
    <message>
        <source>Waiting for all of them means waiting for the slowest.</source>
        <extracomment>millions-and-beyond, step 12, feedback on choice 2</extracomment>
        <translation>Auf alle zu warten heißt, auf den langsamsten zu warten.</translation>
    </message>
    <message>
        <source>Right: about 107 ms, every time, while most single-key reads take about 32 ms.</source>
        <extracomment>millions-and-beyond, step 12, feedback on choice 3</extracomment>
        <translation>Richtig: etwa 107 ms, jedes Mal, während die meisten Lesezugriffe auf einen einzelnen Schlüssel etwa 32 ms dauern.</translation>
    </message>
    <message>
        <source>The calls go out at the same time, not one after the other.</source>
        <extracomment>millions-and-beyond, step 12, feedback on choice 4</extracomment>
        <translation>Die Aufrufe gehen gleichzeitig hinaus, nicht nacheinander.</translation>
    </message>
    <message>
        <source>Every fan-out read waits for db4, so it takes about 107 ms, while the median request takes about 32 ms. The more shards a query touches, the likelier one of them is slow: keep fan-out queries rare, or answer them from a separate index.</source>
        <extracomment>millions-and-beyond, step 12, answer explanation</extracomment>
        <translation>Jeder Fan-out-Lesezugriff wartet auf db4, also dauert er etwa 107 ms, während eine Anfrage im Median etwa 32 ms dauert. Je mehr Shards eine Abfrage berührt, desto wahrscheinlicher ist einer davon langsam: Fan-out-Abfragen selten halten oder aus einem separaten Index beantworten.</translation>
    </message>
    <message>
        <source>Fan-out reads take as long as the slowest shard.</source>
        <extracomment>millions-and-beyond, step 12, checkpoint sharding.fan_out_mean_ms &gt; 100</extracomment>
        <translation>Fan-out-Lesezugriffe dauern so lange wie der langsamste Shard.</translation>
    </message>
    <message>
        <source>The median request is far faster.</source>
        <extracomment>millions-and-beyond, step 12, checkpoint latency_ms.p50 &lt; 50</extracomment>
        <translation>Im Median ist eine Anfrage weit schneller.</translation>
    </message>
    <message>
        <source>Nothing fails: it is only slow.</source>
        <extracomment>millions-and-beyond, step 12, checkpoint requests.error == 0</extracomment>
        <translation>Nichts schlägt fehl: Es ist nur langsam.</translation>
    </message>
    <message>
        <source>Where Zero to Millions stops, the site keeps growing: machines that watch the figures and page somebody, a message queue that takes slow work off the user&apos;s request, a web tier that grows and shrinks with its load, bigger machines against more machines, databases split into shards, and a second data centre for when a whole one goes dark. Every claim is shown by the live run.</source>
        <extracomment>millions-and-beyond, lesson summary</extracomment>
        <translation>Wo „Von null auf Millionen“ aufhört, wächst die Website weiter: Maschinen, die die Kennzahlen beobachten und jemanden alarmieren, eine Nachrichtenwarteschlange, die langsame Arbeit aus der Anfrage des Nutzers herausnimmt, eine Webserver-Schicht, die mit ihrer Last wächst und schrumpft, größere Maschinen gegen mehr Maschinen, Datenbanken, die in Shards aufgeteilt sind, und ein zweites Rechenzentrum für den Fall, dass ein ganzes vom Netz geht. Jede Aussage zeigt die laufende Simulation.</translation>
    </message>
    <message>
        <source>Two data centres</source>
        <extracomment>millions-and-beyond, step 13, title</extracomment>
        <translation>Zwei Rechenzentren</translation>
    </message>
    <message>
        <source>&lt;p&gt;The site now runs in two data centres, &lt;b&gt;us-east&lt;/b&gt; and &lt;b&gt;eu-west&lt;/b&gt;, each with its own balancer, web servers and database. Users look the site&apos;s name up at &lt;b&gt;geoDNS&lt;/b&gt;, which answers with the entry of the nearest data centre: 15 ms away instead of 55 ms across the ocean. The primary database is in us-east; eu-west has a replica that takes its side&apos;s reads.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 13, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Die Website läuft jetzt in zwei Rechenzentren, &lt;b&gt;us-east&lt;/b&gt; und &lt;b&gt;eu-west&lt;/b&gt;, jedes mit eigenem Load Balancer, eigenen Webservern und eigener Datenbank. Die Nutzer schlagen den Namen der Website bei &lt;b&gt;geoDNS&lt;/b&gt; nach, der mit dem Einstiegspunkt des nächstgelegenen Rechenzentrums antwortet: 15 ms entfernt statt 55 ms über den Ozean. Der Primärserver der Datenbank steht in us-east; eu-west hat ein Replikat, das die Lesezugriffe auf dieser Seite des Ozeans übernimmt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A European user saves a change. Where does the write go?</source>
        <extracomment>millions-and-beyond, step 13, question</extracomment>
        <translation>Ein europäischer Nutzer speichert eine Änderung. Wohin geht der Schreibzugriff?</translation>
    </message>
    <message>
        <source>To db-eu, the database in their own data centre</source>
        <extracomment>millions-and-beyond, step 13, choice 1</extracomment>
        <translation>An db-eu, die Datenbank im eigenen Rechenzentrum</translation>
    </message>
    <message>
        <source>Across the ocean to the primary, db-us</source>
        <extracomment>millions-and-beyond, step 13, choice 2</extracomment>
        <translation>Über den Ozean zum Primärserver db-us</translation>
    </message>
    <message>
        <source>To both databases at once</source>
        <extracomment>millions-and-beyond, step 13, choice 3</extracomment>
        <translation>An beide Datenbanken gleichzeitig</translation>
    </message>
    <message>
        <source>Nowhere until the DNS answers again</source>
        <extracomment>millions-and-beyond, step 13, choice 4</extracomment>
        <translation>Nirgendwohin, bis der DNS wieder antwortet</translation>
    </message>
    <message>
        <source>db-eu is a replica: it takes reads, but every write must reach the primary.</source>
        <extracomment>millions-and-beyond, step 13, feedback on choice 1</extracomment>
        <translation>db-eu ist ein Replikat: Es nimmt Lesezugriffe an, aber jeder Schreibzugriff muss den Primärserver erreichen.</translation>
    </message>
    <message>
        <source>Right: reads stay in Europe, writes cross the ocean and back, so they take about 80 ms longer.</source>
        <extracomment>millions-and-beyond, step 13, feedback on choice 2</extracomment>
        <translation>Richtig: Lesezugriffe bleiben in Europa, Schreibzugriffe gehen über den Ozean und zurück und dauern daher etwa 80 ms länger.</translation>
    </message>
    <message>
        <source>The primary takes it, then ships it to the replica asynchronously.</source>
        <extracomment>millions-and-beyond, step 13, feedback on choice 3</extracomment>
        <translation>Der Primärserver nimmt ihn an und überträgt ihn danach asynchron an das Replikat.</translation>
    </message>
    <message>
        <source>The DNS answer only chooses the front door; the write goes on from there.</source>
        <extracomment>millions-and-beyond, step 13, feedback on choice 4</extracomment>
        <translation>Die DNS-Antwort wählt nur die Eingangstür; von dort geht der Schreibzugriff weiter.</translation>
    </message>
    <message>
        <source>The web servers in eu-west read from their local replica and send every write to the primary in us-east, 40 ms away each way. So most European requests take about 57 ms, but their writes about 135 ms: the slowest few percent of all requests.</source>
        <extracomment>millions-and-beyond, step 13, answer explanation</extracomment>
        <translation>Die Webserver in eu-west lesen aus ihrem lokalen Replikat und schicken jeden Schreibzugriff an den Primärserver in us-east, 40 ms entfernt in jede Richtung. Die meisten europäischen Anfragen dauern daher etwa 57 ms, ihre Schreibzugriffe aber etwa 135 ms: die langsamsten paar Prozent aller Anfragen.</translation>
    </message>
    <message>
        <source>Every request is answered.</source>
        <extracomment>millions-and-beyond, step 13, checkpoint requests.error == 0</extracomment>
        <translation>Jede Anfrage wird beantwortet.</translation>
    </message>
    <message>
        <source>Most users are served near home.</source>
        <extracomment>millions-and-beyond, step 13, checkpoint latency_ms.p50 &lt; 70</extracomment>
        <translation>Die meisten Nutzer werden in ihrer Nähe bedient.</translation>
    </message>
    <message>
        <source>European writes cross the ocean to the primary.</source>
        <extracomment>millions-and-beyond, step 13, checkpoint latency_ms.p99 &gt; 100</extracomment>
        <translation>Europäische Schreibzugriffe gehen über den Ozean zum Primärserver.</translation>
    </message>
    <message>
        <source>European users go to eu-west.</source>
        <extracomment>millions-and-beyond, step 13, checkpoint datacenters[eu-west].requests &gt; 5000</extracomment>
        <translation>Europäische Nutzer gehen zu eu-west.</translation>
    </message>
    <message>
        <source>A whole data centre goes dark</source>
        <extracomment>millions-and-beyond, step 14, title</extracomment>
        <translation>Ein ganzes Rechenzentrum geht vom Netz</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 60 s us-east loses power: its balancer, web servers and primary database all die. The DNS probes each data centre every 10 s and calls one down after 3 failed probes. But the users&apos; resolvers keep the old answer for the record&apos;s &lt;b&gt;TTL&lt;/b&gt;, 60 s here, before they ask again.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 14, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 60 s fällt in us-east der Strom aus: Load Balancer, Webserver und Primärserver der Datenbank fallen alle aus. Der DNS prüft jedes Rechenzentrum alle 10 s und erklärt es nach 3 fehlgeschlagenen Prüfungen für ausgefallen. Aber die Resolver der Nutzer behalten die alte Antwort für die &lt;b&gt;TTL&lt;/b&gt; des Eintrags, hier 60 s, bevor sie erneut fragen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When are all American users served again?</source>
        <extracomment>millions-and-beyond, step 14, question</extracomment>
        <translation>Wann werden alle amerikanischen Nutzer wieder bedient?</translation>
    </message>
    <message>
        <source>At once, at 60 s</source>
        <extracomment>millions-and-beyond, step 14, choice 1</extracomment>
        <translation>Sofort, bei 60 s</translation>
    </message>
    <message>
        <source>At about 80 s, when the DNS calls us-east down</source>
        <extracomment>millions-and-beyond, step 14, choice 2</extracomment>
        <translation>Bei etwa 80 s, wenn der DNS us-east für ausgefallen erklärt</translation>
    </message>
    <message>
        <source>Gradually, until about 140 s</source>
        <extracomment>millions-and-beyond, step 14, choice 3</extracomment>
        <translation>Nach und nach, bis etwa 140 s</translation>
    </message>
    <message>
        <source>Never: their data centre is gone</source>
        <extracomment>millions-and-beyond, step 14, choice 4</extracomment>
        <translation>Nie: Ihr Rechenzentrum ist weg</translation>
    </message>
    <message>
        <source>Nobody has told the DNS yet, and the users still hold its old answer.</source>
        <extracomment>millions-and-beyond, step 14, feedback on choice 1</extracomment>
        <translation>Der DNS weiß noch von nichts, und die Nutzer haben noch seine alte Antwort.</translation>
    </message>
    <message>
        <source>From then on the DNS answers eu-west, but each user only asks again when their cached answer expires.</source>
        <extracomment>millions-and-beyond, step 14, feedback on choice 2</extracomment>
        <translation>Ab dann antwortet der DNS mit eu-west, aber jeder Nutzer fragt erst wieder, wenn seine zwischengespeicherte Antwort abläuft.</translation>
    </message>
    <message>
        <source>Right: detection takes until 80 s, then each user moves when their 60 s TTL runs out.</source>
        <extracomment>millions-and-beyond, step 14, feedback on choice 3</extracomment>
        <translation>Richtig: Die Erkennung dauert bis 80 s, dann wechselt jeder Nutzer, sobald seine TTL von 60 s abläuft.</translation>
    </message>
    <message>
        <source>eu-west takes them, once the DNS sends them there.</source>
        <extracomment>millions-and-beyond, step 14, feedback on choice 4</extracomment>
        <translation>eu-west übernimmt sie, sobald der DNS sie dorthin schickt.</translation>
    </message>
    <message>
        <source>Until 80 s every American request fails at the dead balancer; then fewer and fewer do, as resolvers refresh over the next 60 s. Meanwhile the replica in eu-west became the primary, without the few writes not yet shipped across. And eu-west, sized for its own users, now gets three times its load: it drops requests and its queues make everyone wait. A second data centre only saves you if it can carry the first one&apos;s users.</source>
        <extracomment>millions-and-beyond, step 14, answer explanation</extracomment>
        <translation>Bis 80 s scheitert jede amerikanische Anfrage am ausgefallenen Load Balancer; danach immer weniger, während die Resolver in den nächsten 60 s ihre Antworten erneuern. Inzwischen wurde das Replikat in eu-west zum Primärserver, ohne die wenigen Schreibzugriffe, die noch nicht übertragen waren. Und eu-west, für seine eigenen Nutzer ausgelegt, bekommt jetzt die dreifache Last: Es verwirft Anfragen, und seine Warteschlangen lassen alle warten. Ein zweites Rechenzentrum rettet Sie nur, wenn es auch die Nutzer des ersten tragen kann.</translation>
    </message>
    <message>
        <source>Cached DNS answers kept sending users to the dead data centre.</source>
        <extracomment>millions-and-beyond, step 14, checkpoint datacenters[us-east].stale_dns &gt; 5000</extracomment>
        <translation>Zwischengespeicherte DNS-Antworten schickten Nutzer weiter zum ausgefallenen Rechenzentrum.</translation>
    </message>
    <message>
        <source>The replica in eu-west was promoted.</source>
        <extracomment>millions-and-beyond, step 14, checkpoint replication.promotions == 1</extracomment>
        <translation>Das Replikat in eu-west wurde befördert.</translation>
    </message>
    <message>
        <source>Writes not yet shipped across were lost.</source>
        <extracomment>millions-and-beyond, step 14, checkpoint replication.lost_writes &gt;= 1</extracomment>
        <translation>Noch nicht übertragene Schreibzugriffe gingen verloren.</translation>
    </message>
    <message>
        <source>eu-west cannot carry both continents.</source>
        <extracomment>millions-and-beyond, step 14, checkpoint nodes[web-eu1].dropped &gt; 500</extracomment>
        <translation>eu-west kann nicht beide Kontinente tragen.</translation>
    </message>
    <message>
        <source>A long TTL</source>
        <extracomment>millions-and-beyond, step 15, title</extracomment>
        <translation>Eine lange TTL</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same outage, but the DNS record&apos;s TTL is 300 s, as many sites set to save lookups.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 15, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Derselbe Ausfall, aber die TTL des DNS-Eintrags beträgt 300 s, wie viele Websites sie setzen, um Abfragen zu sparen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What does the longer TTL change after us-east goes dark?</source>
        <extracomment>millions-and-beyond, step 15, question</extracomment>
        <translation>Was ändert die längere TTL, nachdem us-east vom Netz gegangen ist?</translation>
    </message>
    <message>
        <source>Nothing: the DNS notices just as fast</source>
        <extracomment>millions-and-beyond, step 15, choice 1</extracomment>
        <translation>Nichts: Der DNS bemerkt es genauso schnell</translation>
    </message>
    <message>
        <source>Users move away five times more slowly, so many more requests fail</source>
        <extracomment>millions-and-beyond, step 15, choice 2</extracomment>
        <translation>Die Nutzer wechseln fünfmal langsamer, also schlagen viel mehr Anfragen fehl</translation>
    </message>
    <message>
        <source>Fewer requests fail, because eu-west is less crowded</source>
        <extracomment>millions-and-beyond, step 15, choice 3</extracomment>
        <translation>Weniger Anfragen schlagen fehl, weil eu-west weniger überlastet ist</translation>
    </message>
    <message>
        <source>The users never move</source>
        <extracomment>millions-and-beyond, step 15, choice 4</extracomment>
        <translation>Die Nutzer wechseln nie</translation>
    </message>
    <message>
        <source>It notices as fast, but the users ask it five times less often.</source>
        <extracomment>millions-and-beyond, step 15, feedback on choice 1</extracomment>
        <translation>Er bemerkt es genauso schnell, aber die Nutzer fragen ihn fünfmal seltener.</translation>
    </message>
    <message>
        <source>Right: by 200 s most American users still hold the old answer.</source>
        <extracomment>millions-and-beyond, step 15, feedback on choice 2</extracomment>
        <translation>Richtig: Bei 200 s haben die meisten amerikanischen Nutzer noch die alte Antwort.</translation>
    </message>
    <message>
        <source>eu-west is less crowded only because the users are still failing at the dead data centre.</source>
        <extracomment>millions-and-beyond, step 15, feedback on choice 3</extracomment>
        <translation>eu-west ist nur deshalb weniger überlastet, weil die Nutzer noch am ausgefallenen Rechenzentrum scheitern.</translation>
    </message>
    <message>
        <source>They move, one by one, as their 300 s run out.</source>
        <extracomment>millions-and-beyond, step 15, feedback on choice 4</extracomment>
        <translation>Sie wechseln, einer nach dem anderen, sobald ihre 300 s ablaufen.</translation>
    </message>
    <message>
        <source>A long TTL means fewer DNS lookups and slightly faster pages on a normal day, but during an outage users keep going to the dead data centre for up to five minutes. Sites that rely on DNS failover keep their TTL short, around a minute.</source>
        <extracomment>millions-and-beyond, step 15, answer explanation</extracomment>
        <translation>Eine lange TTL bedeutet an einem normalen Tag weniger DNS-Abfragen und etwas schnellere Seiten, aber bei einem Ausfall gehen die Nutzer bis zu fünf Minuten lang weiter zum ausgefallenen Rechenzentrum. Websites, die auf DNS-Failover setzen, halten ihre TTL kurz, bei etwa einer Minute.</translation>
    </message>
    <message>
        <source>Far more requests go to the dead data centre than with a 60 s TTL (about 12,000).</source>
        <extracomment>millions-and-beyond, step 15, checkpoint datacenters[us-east].stale_dns &gt; 25000</extracomment>
        <translation>Weit mehr Anfragen gehen an das ausgefallene Rechenzentrum als mit einer TTL von 60 s (etwa 12.000).</translation>
    </message>
    <message>
        <source>Many more requests fail.</source>
        <extracomment>millions-and-beyond, step 15, checkpoint requests.error &gt; 30000</extracomment>
        <translation>Deutlich mehr Anfragen schlagen fehl.</translation>
    </message>
</context>
</TS>
