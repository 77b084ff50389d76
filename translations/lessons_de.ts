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
        <source>Without the cache db1 answered about 30,000 requests in 30 s. How many now?</source>
        <extracomment>caching, step 1, question</extracomment>
        <translation>Ohne Cache hat db1 in 30 s etwa 30.000 Anfragen beantwortet. Wie viele sind es jetzt?</translation>
    </message>
    <message>
        <source>About 27,000</source>
        <extracomment>caching, step 1, choice 1</extracomment>
        <translation>Etwa 27.000</translation>
    </message>
    <message>
        <source>About 14,000</source>
        <extracomment>caching, step 1, choice 2</extracomment>
        <translation>Etwa 14.000</translation>
    </message>
    <message>
        <source>About 3,000</source>
        <extracomment>caching, step 1, choice 3</extracomment>
        <translation>Etwa 3.000</translation>
    </message>
    <message>
        <source>About 59 % of the reads hit, so db1 answered about 14,000 requests: the writes and the misses. Users win too: the median answer falls from 37 ms to 28.5 ms.</source>
        <extracomment>caching, step 1, answer explanation</extracomment>
        <translation>Etwa 59 % der Lesezugriffe sind Treffer, also hat db1 nur etwa 14.000 Anfragen beantwortet: die Schreibzugriffe und die Fehlzugriffe. Auch die Nutzer profitieren: Der Median der Antwortzeit sinkt von 37 ms auf 28,5 ms.</translation>
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
        <source>A TTL that is too short</source>
        <extracomment>caching, step 2, title</extracomment>
        <translation>Eine zu kurze TTL</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each entry expires after its &lt;b&gt;time to live&lt;/b&gt;, so that old data does not stay for ever. Shorten the TTL from 60 s to 2 s, and many entries expire before anyone reads them again.&lt;/p&gt;</source>
        <extracomment>caching, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Jeder Eintrag läuft nach seiner &lt;b&gt;Lebensdauer (Time to Live)&lt;/b&gt; ab, damit alte Daten nicht ewig bleiben. Verkürzt man die TTL von 60 s auf 2 s, laufen viele Einträge ab, bevor sie noch einmal gelesen werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where do the reads of expired entries go?</source>
        <extracomment>caching, step 2, question</extracomment>
        <translation>Wohin gehen die Lesezugriffe auf abgelaufene Einträge?</translation>
    </message>
    <message>
        <source>To the database</source>
        <extracomment>caching, step 2, choice 1</extracomment>
        <translation>An die Datenbank</translation>
    </message>
    <message>
        <source>To another cache</source>
        <extracomment>caching, step 2, choice 2</extracomment>
        <translation>An einen anderen Cache</translation>
    </message>
    <message>
        <source>Nowhere: they fail</source>
        <extracomment>caching, step 2, choice 3</extracomment>
        <translation>Nirgendwohin: Sie schlagen fehl</translation>
    </message>
    <message>
        <source>An expired entry is a miss, and a miss reads the database. About 10,000 entries expired, the hit ratio fell from 0.59 to 0.53, and db1 answered about 1,700 more requests.</source>
        <extracomment>caching, step 2, answer explanation</extracomment>
        <translation>Ein abgelaufener Eintrag ist ein Fehlzugriff, und ein Fehlzugriff liest aus der Datenbank. Etwa 10.000 Einträge sind abgelaufen, die Trefferquote sank von 0,59 auf 0,53, und db1 hat etwa 1.700 Anfragen mehr beantwortet.</translation>
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
        <extracomment>caching, step 3, title</extracomment>
        <translation>Schreibzugriffe, die den Cache nicht anrühren</translation>
    </message>
    <message>
        <source>Does the hit ratio tell you something is wrong?</source>
        <extracomment>caching, step 3, question</extracomment>
        <translation>Verrät die Trefferquote, dass etwas nicht stimmt?</translation>
    </message>
    <message>
        <source>Yes: it falls sharply</source>
        <extracomment>caching, step 3, choice 1</extracomment>
        <translation>Ja: Sie sinkt stark</translation>
    </message>
    <message>
        <source>No: it even rises, while many hits are wrong</source>
        <extracomment>caching, step 3, choice 2</extracomment>
        <translation>Nein: Sie steigt sogar, während viele Treffer falsch sind</translation>
    </message>
    <message>
        <source>There are no hits any more</source>
        <extracomment>caching, step 3, choice 3</extracomment>
        <translation>Es gibt gar keine Treffer mehr</translation>
    </message>
    <message>
        <source>Thousands of hits return old values.</source>
        <extracomment>caching, step 3, checkpoint cache.stale_hits &gt; 5000</extracomment>
        <translation>Tausende Treffer liefern alte Werte.</translation>
    </message>
    <message>
        <source>And the hit ratio looks better than ever.</source>
        <extracomment>caching, step 3, checkpoint cache.hit_ratio &gt; 0.6</extracomment>
        <translation>Und die Trefferquote sieht besser aus denn je.</translation>
    </message>
    <message>
        <source>Eviction: LFU</source>
        <extracomment>caching, step 4, title</extracomment>
        <translation>Verdrängung: LFU</translation>
    </message>
    <message>
        <source>&lt;p&gt;A full cache has to &lt;b&gt;evict&lt;/b&gt; an entry to make room. This one holds just 200 keys. With &lt;b&gt;LFU&lt;/b&gt; it evicts the entry used least often, so the keys everyone asks for stay in.&lt;/p&gt;</source>
        <extracomment>caching, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein voller Cache muss einen Eintrag &lt;b&gt;verdrängen&lt;/b&gt;, um Platz zu schaffen. Dieser hier fasst nur 200 Schlüssel. Mit &lt;b&gt;LFU&lt;/b&gt; verdrängt er den am seltensten genutzten Eintrag, sodass die Schlüssel, nach denen alle fragen, im Cache bleiben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LFU keeps the popular keys: a hit ratio above 0.42 with only 200 entries.</source>
        <extracomment>caching, step 4, checkpoint cache.hit_ratio &gt; 0.42</extracomment>
        <translation>LFU behält die beliebten Schlüssel: eine Trefferquote über 0,42 mit nur 200 Einträgen.</translation>
    </message>
    <message>
        <source>A small cache evicts all the time.</source>
        <extracomment>caching, step 4, checkpoint cache.evictions &gt; 10000</extracomment>
        <translation>Ein kleiner Cache verdrängt ständig.</translation>
    </message>
    <message>
        <source>Eviction: FIFO</source>
        <extracomment>caching, step 5, title</extracomment>
        <translation>Verdrängung: FIFO</translation>
    </message>
    <message>
        <source>&lt;p&gt;Same cache, same traffic, but &lt;b&gt;FIFO&lt;/b&gt;: the entry that came in first goes out first, however popular it is. Even the most asked-for key is thrown out regularly and has to be read from the database again.&lt;/p&gt;</source>
        <extracomment>caching, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Derselbe Cache, derselbe Verkehr, aber &lt;b&gt;FIFO&lt;/b&gt;: Der Eintrag, der zuerst kam, geht als Erster, egal wie beliebt er ist. Selbst der meistgefragte Schlüssel fliegt regelmäßig hinaus und muss erneut aus der Datenbank gelesen werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How does FIFO compare with LFU here?</source>
        <extracomment>caching, step 5, question</extracomment>
        <translation>Wie schneidet FIFO hier im Vergleich zu LFU ab?</translation>
    </message>
    <message>
        <source>Better</source>
        <extracomment>caching, step 5, choice 1</extracomment>
        <translation>Besser</translation>
    </message>
    <message>
        <source>The same</source>
        <extracomment>caching, step 5, choice 2</extracomment>
        <translation>Gleich gut</translation>
    </message>
    <message>
        <source>Worse</source>
        <extracomment>caching, step 5, choice 3</extracomment>
        <translation>Schlechter</translation>
    </message>
    <message>
        <source>The hit ratio falls from 0.44 to 0.38 and db1 answers about 1,600 more requests. LRU lands in between, at 0.41.</source>
        <extracomment>caching, step 5, answer explanation</extracomment>
        <translation>Die Trefferquote sinkt von 0,44 auf 0,38, und db1 beantwortet etwa 1.600 Anfragen mehr. LRU liegt mit 0,41 dazwischen.</translation>
    </message>
    <message>
        <source>FIFO throws popular keys out: a lower hit ratio.</source>
        <extracomment>caching, step 5, checkpoint cache.hit_ratio &lt; 0.41</extracomment>
        <translation>FIFO wirft beliebte Schlüssel hinaus: eine niedrigere Trefferquote.</translation>
    </message>
    <message>
        <source>One cache, one point of failure</source>
        <extracomment>caching, step 6, title</extracomment>
        <translation>Ein Cache, ein Single Point of Failure</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database here has only 8 workers: enough while the cache answers most reads. At 30 s &lt;b&gt;cache1&lt;/b&gt; dies. It comes back at 45 s, empty.&lt;/p&gt;</source>
        <extracomment>caching, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Die Datenbank hat hier nur 8 Worker: genug, solange der Cache die meisten Lesezugriffe beantwortet. Bei 30 s fällt &lt;b&gt;cache1&lt;/b&gt; aus. Bei 45 s kommt er zurück, leer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What do users notice while the cache is down?</source>
        <extracomment>caching, step 6, question</extracomment>
        <translation>Was merken die Nutzer, solange der Cache ausgefallen ist?</translation>
    </message>
    <message>
        <source>Nothing</source>
        <extracomment>caching, step 6, choice 1</extracomment>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Much slower answers</source>
        <extracomment>caching, step 6, choice 2</extracomment>
        <translation>Viel langsamere Antworten</translation>
    </message>
    <message>
        <source>They are logged out</source>
        <extracomment>caching, step 6, choice 3</extracomment>
        <translation>Sie werden abgemeldet</translation>
    </message>
    <message>
        <source>The database queues up: slow answers.</source>
        <extracomment>caching, step 6, checkpoint latency_ms.p95 &gt; 150</extracomment>
        <translation>Bei der Datenbank staut es sich: langsame Antworten.</translation>
    </message>
    <message>
        <source>Every read lands on the database.</source>
        <extracomment>caching, step 6, checkpoint nodes[db1].served &gt; 25000</extracomment>
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
        <source>&lt;p&gt;Static files come from &lt;b&gt;assets&lt;/b&gt;, a storage bucket in the US. Users in Europe and the US each ask their nearest &lt;b&gt;edge&lt;/b&gt;. On a miss the edge fetches the file from assets and keeps it for a day; the next user who asks gets it from the edge.&lt;/p&gt;</source>
        <extracomment>cdn, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Statische Dateien kommen von &lt;b&gt;assets&lt;/b&gt;, einem Storage-Bucket in den USA. Nutzer in Europa und in den USA fragen jeweils ihren nächstgelegenen &lt;b&gt;Edge-Server&lt;/b&gt;. Bei einem Fehlzugriff holt der Edge-Server die Datei von assets und behält sie einen Tag lang; der nächste Nutzer, der danach fragt, bekommt sie direkt vom Edge-Server.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Straight from the origin, the median file took 229 ms. With the edges?</source>
        <extracomment>cdn, step 1, question</extracomment>
        <translation>Direkt vom Ursprungsserver dauerte eine Datei im Median 229 ms. Und mit den Edge-Servern?</translation>
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
        <source>Most files are hits on a nearby edge: the median takes 21 ms. The edges sent 86 % of the bytes, and the origin answered 3,500 requests instead of 30,000.</source>
        <extracomment>cdn, step 1, answer explanation</extracomment>
        <translation>Die meisten Dateien sind Treffer auf einem nahen Edge-Server: Der Median liegt bei 21 ms. Die Edge-Server haben 86 % der Bytes gesendet, und der Ursprungsserver hat 3.500 statt 30.000 Anfragen beantwortet.</translation>
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
        <source>&lt;p&gt;At 20 s &lt;b&gt;edge-eu&lt;/b&gt; dies, and comes back at 40 s, empty. European clients wait 3 s for an answer that never comes, then fetch from the origin directly and keep doing so for 30 s before trying their edge again.&lt;/p&gt;</source>
        <extracomment>cdn, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 20 s fällt &lt;b&gt;edge-eu&lt;/b&gt; aus und kommt bei 40 s leer zurück. Europäische Clients warten 3 s auf eine Antwort, die nie kommt, holen die Dateien dann direkt vom Ursprungsserver und bleiben 30 s dabei, bevor sie es wieder bei ihrem Edge-Server versuchen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How many requests fail while edge-eu is down?</source>
        <extracomment>cdn, step 2, question</extracomment>
        <translation>Wie viele Anfragen schlagen fehl, solange edge-eu ausgefallen ist?</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>cdn, step 2, choice 1</extracomment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>About a third</source>
        <extracomment>cdn, step 2, choice 2</extracomment>
        <translation>Etwa ein Drittel</translation>
    </message>
    <message>
        <source>All European requests</source>
        <extracomment>cdn, step 2, choice 3</extracomment>
        <translation>Alle europäischen Anfragen</translation>
    </message>
    <message>
        <source>None fail: about 1,500 requests waited out the timeout and then fetched from the origin. The cost is speed, and the origin sent 3.8 GB instead of 0.8 GB in the minute.</source>
        <extracomment>cdn, step 2, answer explanation</extracomment>
        <translation>Keine schlägt fehl: Etwa 1.500 Anfragen haben das Timeout abgewartet und die Dateien dann vom Ursprungsserver geholt. Der Preis ist die Geschwindigkeit, und der Ursprungsserver hat in dieser Minute 3,8 GB statt 0,8 GB gesendet.</translation>
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
        <source>&lt;p&gt;We deploy new files, but every edge holds the old ones for a day. At 30 s we &lt;b&gt;invalidate&lt;/b&gt; /static/*. The message takes 5 s to reach the edges; then they drop their copies, and each file is a miss again.&lt;/p&gt;</source>
        <extracomment>cdn, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Wir rollen neue Dateien aus, aber jeder Edge-Server behält die alten einen Tag lang. Bei 30 s &lt;b&gt;invalidieren&lt;/b&gt; wir /static/*. Die Nachricht braucht 5 s bis zu den Edge-Servern; dann verwerfen sie ihre Kopien, und jede Datei ist wieder ein Fehlzugriff.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Compared with a minute without invalidation, how many misses?</source>
        <extracomment>cdn, step 3, question</extracomment>
        <translation>Wie viele Fehlzugriffe gibt es im Vergleich zu einer Minute ohne Invalidierung?</translation>
    </message>
    <message>
        <source>About the same</source>
        <extracomment>cdn, step 3, choice 1</extracomment>
        <translation>Etwa gleich viel</translation>
    </message>
    <message>
        <source>Nearly twice as many</source>
        <extracomment>cdn, step 3, choice 2</extracomment>
        <translation>Fast doppelt so viele</translation>
    </message>
    <message>
        <source>Ten times as many</source>
        <extracomment>cdn, step 3, choice 3</extracomment>
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
        <source>They are invalidated</source>
        <extracomment>cdn, step 4, choice 1</extracomment>
        <translation>Sie werden invalidiert</translation>
    </message>
    <message>
        <source>They stay until their TTL runs out or they are evicted</source>
        <extracomment>cdn, step 4, choice 2</extracomment>
        <translation>Sie bleiben, bis ihre TTL abläuft oder sie verdrängt werden</translation>
    </message>
    <message>
        <source>They are renamed</source>
        <extracomment>cdn, step 4, choice 3</extracomment>
        <translation>Sie werden umbenannt</translation>
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
        <source>Files nobody asks for twice</source>
        <extracomment>cdn, step 5, title</extracomment>
        <translation>Dateien, die niemand zweimal abruft</translation>
    </message>
    <message>
        <source>Does the CDN save money here?</source>
        <extracomment>cdn, step 5, question</extracomment>
        <translation>Spart das CDN hier Geld?</translation>
    </message>
    <message>
        <source>Yes, a lot</source>
        <extracomment>cdn, step 5, choice 1</extracomment>
        <translation>Ja, eine Menge</translation>
    </message>
    <message>
        <source>No: it costs about twice as much as no CDN</source>
        <extracomment>cdn, step 5, choice 2</extracomment>
        <translation>Nein: Es kostet etwa doppelt so viel wie ohne CDN</translation>
    </message>
    <message>
        <source>It costs the same</source>
        <extracomment>cdn, step 5, choice 3</extracomment>
        <translation>Es kostet gleich viel</translation>
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
        <source>It stays above 0.9</source>
        <extracomment>cdn, step 6, choice 1</extracomment>
        <translation>Sie bleibt über 0,9</translation>
    </message>
    <message>
        <source>It collapses</source>
        <extracomment>cdn, step 6, choice 2</extracomment>
        <translation>Sie bricht ein</translation>
    </message>
    <message>
        <source>It doubles</source>
        <extracomment>cdn, step 6, choice 3</extracomment>
        <translation>Sie verdoppelt sich</translation>
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
        <source>Promotion, and lost writes</source>
        <extracomment>failover, step 1, title</extracomment>
        <translation>Beförderung und verlorene Schreibzugriffe</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s the primary &lt;b&gt;db1&lt;/b&gt; dies. Reads carry on from the replicas, but writes have nowhere to go. After 5 s the most up-to-date replica, &lt;b&gt;db2&lt;/b&gt;, is &lt;b&gt;promoted&lt;/b&gt; and takes the writes. Replication was asynchronous, so db1 had answered &quot;saved&quot; for writes it had not shipped yet.&lt;/p&gt;</source>
        <extracomment>failover, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 20 s fällt der Primärserver &lt;b&gt;db1&lt;/b&gt; aus. Lesezugriffe laufen über die Replikate weiter, aber Schreibzugriffe können nirgendwohin. Nach 5 s wird das aktuellste Replikat, &lt;b&gt;db2&lt;/b&gt;, &lt;b&gt;zum Primärserver befördert&lt;/b&gt; und übernimmt die Schreibzugriffe. Die Replikation war asynchron, also hatte db1 für Schreibzugriffe, die er noch nicht übertragen hatte, bereits „gespeichert“ gemeldet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Does db2 have every write db1 acknowledged?</source>
        <extracomment>failover, step 1, question</extracomment>
        <translation>Hat db2 jeden Schreibzugriff, den db1 bestätigt hat?</translation>
    </message>
    <message>
        <source>Yes, db2 is a copy of db1</source>
        <extracomment>failover, step 1, choice 1</extracomment>
        <translation>Ja, db2 ist eine Kopie von db1</translation>
    </message>
    <message>
        <source>No: the writes db1 had not shipped are gone</source>
        <extracomment>failover, step 1, choice 2</extracomment>
        <translation>Nein: Die Schreibzugriffe, die db1 noch nicht übertragen hatte, sind weg</translation>
    </message>
    <message>
        <source>Yes, the web servers resend them</source>
        <extracomment>failover, step 1, choice 3</extracomment>
        <translation>Ja, die Webserver senden sie erneut</translation>
    </message>
    <message>
        <source>9 acknowledged writes existed only on db1 and were lost: their users were told &quot;saved&quot;. About 570 writes failed during the 5 s without a primary.</source>
        <extracomment>failover, step 1, answer explanation</extracomment>
        <translation>9 bestätigte Schreibzugriffe gab es nur auf db1, und sie gingen verloren: Ihren Nutzern wurde „gespeichert“ gemeldet. Etwa 570 Schreibzugriffe schlugen in den 5 s ohne Primärserver fehl.</translation>
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
        <source>The same 9</source>
        <extracomment>failover, step 2, choice 2</extracomment>
        <translation>Dieselben 9</translation>
    </message>
    <message>
        <source>More</source>
        <extracomment>failover, step 2, choice 3</extracomment>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>The outage shrinks, about 115 failed writes instead of 570, but the same 9 writes are lost: they were never shipped, however soon we promote.</source>
        <extracomment>failover, step 2, answer explanation</extracomment>
        <translation>Der Ausfall wird kürzer, etwa 115 fehlgeschlagene Schreibzugriffe statt 570, aber dieselben 9 Schreibzugriffe gehen verloren: Sie wurden nie übertragen, egal wie schnell wir befördern.</translation>
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
        <extracomment>failover, step 3, title</extracomment>
        <translation>Binlog-Wiederherstellung</translation>
    </message>
    <message>
        <source>&lt;p&gt;The primary wrote every committed write to its &lt;b&gt;binary log&lt;/b&gt; on disk. Before db2 is promoted, a recovery step reads the dead primary&apos;s binlog and replays the writes db2 is missing. This takes 2 s.&lt;/p&gt;</source>
        <extracomment>failover, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Der Primärserver hat jeden festgeschriebenen Schreibzugriff in sein &lt;b&gt;Binärlog (Binlog)&lt;/b&gt; auf der Festplatte geschrieben. Bevor db2 befördert wird, liest ein Wiederherstellungsschritt das Binlog des ausgefallenen Primärservers und spielt die Schreibzugriffe nach, die db2 fehlen. Das dauert 2 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What is the price of replaying the binlog?</source>
        <extracomment>failover, step 3, question</extracomment>
        <translation>Was ist der Preis für das Nachspielen des Binlogs?</translation>
    </message>
    <message>
        <source>Some writes are lost anyway</source>
        <extracomment>failover, step 3, choice 1</extracomment>
        <translation>Einige Schreibzugriffe gehen trotzdem verloren</translation>
    </message>
    <message>
        <source>A longer outage</source>
        <extracomment>failover, step 3, choice 2</extracomment>
        <translation>Ein längerer Ausfall</translation>
    </message>
    <message>
        <source>Stale reads for ever after</source>
        <extracomment>failover, step 3, choice 3</extracomment>
        <translation>Für immer veraltete Lesezugriffe</translation>
    </message>
    <message>
        <source>All 9 writes were replayed and none was lost. Writes were refused for 2 s longer: about 840 errors instead of 570.</source>
        <extracomment>failover, step 3, answer explanation</extracomment>
        <translation>Alle 9 Schreibzugriffe wurden nachgespielt, keiner ging verloren. Schreibzugriffe wurden 2 s länger abgelehnt: etwa 840 Fehler statt 570.</translation>
    </message>
    <message>
        <source>No acknowledged write is lost.</source>
        <extracomment>failover, step 3, checkpoint replication.lost_writes == 0</extracomment>
        <translation>Kein bestätigter Schreibzugriff geht verloren.</translation>
    </message>
    <message>
        <source>The missing writes are replayed from the binlog.</source>
        <extracomment>failover, step 3, checkpoint replication.recovered_writes &gt; 0</extracomment>
        <translation>Die fehlenden Schreibzugriffe werden aus dem Binlog nachgespielt.</translation>
    </message>
    <message>
        <source>The outage is longer.</source>
        <extracomment>failover, step 3, checkpoint requests.error &gt; 700</extracomment>
        <translation>Der Ausfall dauert länger.</translation>
    </message>
    <message>
        <source>Semi-synchronous replication</source>
        <extracomment>failover, step 4, title</extracomment>
        <translation>Semisynchrone Replikation</translation>
    </message>
    <message>
        <source>What does semi-synchronous replication cost?</source>
        <extracomment>failover, step 4, question</extracomment>
        <translation>Was kostet semisynchrone Replikation?</translation>
    </message>
    <message>
        <source>Lost writes</source>
        <extracomment>failover, step 4, choice 1</extracomment>
        <translation>Verlorene Schreibzugriffe</translation>
    </message>
    <message>
        <source>Slower writes</source>
        <extracomment>failover, step 4, choice 2</extracomment>
        <translation>Langsamere Schreibzugriffe</translation>
    </message>
    <message>
        <source>Writes wait for a replica: the slowest answers take over 100 ms.</source>
        <extracomment>failover, step 4, checkpoint latency_ms.p95 &gt; 100</extracomment>
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
        <source>&lt;p&gt;Two servers behind a round-robin balancer, 800 requests a second. At 30 s &lt;b&gt;web2&lt;/b&gt; crashes. This balancer never checks its servers, so it goes on giving web2 its turn.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Zwei Server hinter einem Load Balancer mit Round Robin, 800 Anfragen pro Sekunde. Bei 30 s stürzt &lt;b&gt;web2&lt;/b&gt; ab. Dieser Load Balancer prüft seine Server nie, also kommt web2 weiterhin an die Reihe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What share of the requests fails after web2 crashes?</source>
        <extracomment>health-and-sessions, step 1, question</extracomment>
        <translation>Welcher Anteil der Anfragen schlägt fehl, nachdem web2 abgestürzt ist?</translation>
    </message>
    <message>
        <source>About half</source>
        <extracomment>health-and-sessions, step 1, choice 2</extracomment>
        <translation>Etwa die Hälfte</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>health-and-sessions, step 1, choice 3</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Every other request still goes to the dead web2: about 12,000 errors in 30 s, while web1 has room to take them all.</source>
        <extracomment>health-and-sessions, step 1, answer explanation</extracomment>
        <translation>Jede zweite Anfrage geht weiterhin an den ausgefallenen Server web2: etwa 12.000 Fehler in 30 s, obwohl web1 genug Platz hätte, sie alle zu übernehmen.</translation>
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
        <source>After web2 dies, how long until no request fails any more?</source>
        <extracomment>health-and-sessions, step 2, question</extracomment>
        <translation>Wie lange dauert es nach dem Ausfall von web2, bis keine Anfrage mehr fehlschlägt?</translation>
    </message>
    <message>
        <source>At once</source>
        <extracomment>health-and-sessions, step 2, choice 1</extracomment>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>About 6 seconds: three checks 2 s apart</source>
        <extracomment>health-and-sessions, step 2, choice 2</extracomment>
        <translation>Etwa 6 Sekunden: drei Checks im Abstand von 2 s</translation>
    </message>
    <message>
        <source>Until web2 is back</source>
        <extracomment>health-and-sessions, step 2, choice 3</extracomment>
        <translation>Bis web2 zurück ist</translation>
    </message>
    <message>
        <source>It takes three failed checks to be sure: about 5.5 s, or 1,100 errors. After that, none. When web2 is back, two good checks return it to the pool and it takes its third again.</source>
        <extracomment>health-and-sessions, step 2, answer explanation</extracomment>
        <translation>Erst drei fehlgeschlagene Checks geben Gewissheit: etwa 5,5 s oder 1.100 Fehler. Danach keine mehr. Wenn web2 zurück ist, bringen zwei erfolgreiche Checks ihn wieder in den Pool, und er übernimmt wieder sein Drittel.</translation>
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
        <extracomment>health-and-sessions, step 3, title</extracomment>
        <translation>Passive Checks: echte Anfragen beobachten</translation>
    </message>
    <message>
        <source>&lt;p&gt;A balancer can also watch the answers to real requests. Here five errors in a row from one server &lt;b&gt;eject&lt;/b&gt; it from the pool for 30 s, and longer if it fails again after that. &lt;b&gt;web2&lt;/b&gt; dies at 10 s.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein Load Balancer kann auch die Antworten auf echte Anfragen beobachten. Hier wird ein Server nach fünf Fehlern in Folge für 30 s aus dem Pool &lt;b&gt;ausgeschlossen&lt;/b&gt;, und länger, wenn er danach erneut versagt. &lt;b&gt;web2&lt;/b&gt; fällt bei 10 s aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About how many requests fail before web2 is ejected?</source>
        <extracomment>health-and-sessions, step 3, question</extracomment>
        <translation>Etwa wie viele Anfragen schlagen fehl, bevor web2 ausgeschlossen wird?</translation>
    </message>
    <message>
        <source>About five</source>
        <extracomment>health-and-sessions, step 3, choice 1</extracomment>
        <translation>Etwa fünf</translation>
    </message>
    <message>
        <source>About a thousand</source>
        <extracomment>health-and-sessions, step 3, choice 2</extracomment>
        <translation>Etwa tausend</translation>
    </message>
    <message>
        <source>Six requests failed, then web2 was out. Passive checks react within a few requests, but only a server that gets traffic can be judged, so balancers use both kinds.</source>
        <extracomment>health-and-sessions, step 3, answer explanation</extracomment>
        <translation>Sechs Anfragen schlugen fehl, dann war web2 draußen. Passive Checks reagieren innerhalb weniger Anfragen, aber beurteilen lässt sich nur ein Server, der Verkehr bekommt; deshalb nutzen Load Balancer beide Arten.</translation>
    </message>
    <message>
        <source>A handful of errors eject the dead server.</source>
        <extracomment>health-and-sessions, step 3, checkpoint requests.error &lt; 20</extracomment>
        <translation>Eine Handvoll Fehler schließt den ausgefallenen Server aus.</translation>
    </message>
    <message>
        <source>The errors that ejected it were web2&apos;s.</source>
        <extracomment>health-and-sessions, step 3, checkpoint nodes[web2].errors &gt; 0</extracomment>
        <translation>Die Fehler, die zum Ausschluss führten, kamen von web2.</translation>
    </message>
    <message>
        <source>Stateful servers</source>
        <extracomment>health-and-sessions, step 4, title</extracomment>
        <translation>Zustandsbehaftete Server</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each user has a &lt;b&gt;session&lt;/b&gt;: who they are, what is in their basket. Here it lives in the memory of the server that first served the user, and the balancer sends each user back to that server every time. At 30 s &lt;b&gt;web2&lt;/b&gt; dies.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Jeder Nutzer hat eine &lt;b&gt;Sitzung&lt;/b&gt;: wer er ist, was in seinem Warenkorb liegt. Hier liegt sie im Speicher des Servers, der den Nutzer zuerst bedient hat, und der Load Balancer schickt jeden Nutzer jedes Mal zu diesem Server zurück. Bei 30 s fällt &lt;b&gt;web2&lt;/b&gt; aus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the users whose sessions lived on web2?</source>
        <extracomment>health-and-sessions, step 4, question</extracomment>
        <translation>Was passiert mit den Nutzern, deren Sitzungen auf web2 lagen?</translation>
    </message>
    <message>
        <source>They continue on web1 or web3 as before</source>
        <extracomment>health-and-sessions, step 4, choice 1</extracomment>
        <translation>Sie machen auf web1 oder web3 weiter wie bisher</translation>
    </message>
    <message>
        <source>They must log in again</source>
        <extracomment>health-and-sessions, step 4, choice 2</extracomment>
        <translation>Sie müssen sich neu anmelden</translation>
    </message>
    <message>
        <source>They are blocked until web2 returns</source>
        <extracomment>health-and-sessions, step 4, choice 3</extracomment>
        <translation>Sie sind blockiert, bis web2 zurück ist</translation>
    </message>
    <message>
        <source>Their sessions vanished with web2&apos;s memory. The balancer moved them to the other servers, where about 170 users had to log in again.</source>
        <extracomment>health-and-sessions, step 4, answer explanation</extracomment>
        <translation>Ihre Sitzungen verschwanden mit dem Speicher von web2. Der Load Balancer verteilte sie auf die anderen Server, wo sich etwa 170 Nutzer neu anmelden mussten.</translation>
    </message>
    <message>
        <source>A dead stateful server loses its users&apos; sessions.</source>
        <extracomment>health-and-sessions, step 4, checkpoint sessions.lost &gt; 100</extracomment>
        <translation>Ein ausgefallener zustandsbehafteter Server verliert die Sitzungen seiner Nutzer.</translation>
    </message>
    <message>
        <source>Stateless servers</source>
        <extracomment>health-and-sessions, step 5, title</extracomment>
        <translation>Zustandslose Server</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now every server fetches the session from a shared &lt;b&gt;session store&lt;/b&gt; and keeps nothing itself. Any server can answer any user, so servers can be added, removed or lost at will. The store adds a hop, 3 ms here, and must itself be kept alive: we moved the state, we did not remove it.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Jetzt holt jeder Server die Sitzung aus einem gemeinsamen &lt;b&gt;Sitzungsspeicher&lt;/b&gt; und hält selbst nichts vor. Jeder Server kann jeden Nutzer bedienen, also lassen sich Server beliebig hinzufügen, entfernen oder verlieren. Der Sitzungsspeicher kostet einen zusätzlichen Hop, hier 3 ms, und muss selbst am Laufen gehalten werden: Wir haben den Zustand verlagert, nicht beseitigt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web2 dies at 30 s. How many sessions are lost?</source>
        <extracomment>health-and-sessions, step 5, question</extracomment>
        <translation>web2 fällt bei 30 s aus. Wie viele Sitzungen gehen verloren?</translation>
    </message>
    <message>
        <source>About 170, as before</source>
        <extracomment>health-and-sessions, step 5, choice 2</extracomment>
        <translation>Etwa 170, wie vorher</translation>
    </message>
    <message>
        <source>All of them</source>
        <extracomment>health-and-sessions, step 5, choice 3</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No session is lost: they are in the store. The requests in progress on web2 when it died still fail, until the health checks take it out of the pool.</source>
        <extracomment>health-and-sessions, step 5, answer explanation</extracomment>
        <translation>Keine Sitzung geht verloren: Sie liegen im Sitzungsspeicher. Die Anfragen, die gerade auf web2 liefen, als er ausfiel, schlagen trotzdem fehl, bis die Health Checks ihn aus dem Pool nehmen.</translation>
    </message>
    <message>
        <source>Stateless servers lose no session.</source>
        <extracomment>health-and-sessions, step 5, checkpoint sessions.lost == 0</extracomment>
        <translation>Zustandslose Server verlieren keine Sitzung.</translation>
    </message>
    <message>
        <source>The price: each request waits a little longer for the store.</source>
        <extracomment>health-and-sessions, step 5, checkpoint latency_ms.p50 &gt; 43</extracomment>
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
        <source>Because the servers are identical</source>
        <extracomment>load-balancing, step 1, choice 1</extracomment>
        <translation>Weil die Server identisch sind</translation>
    </message>
    <message>
        <source>Because the balancer measures each server&apos;s load</source>
        <extracomment>load-balancing, step 1, choice 2</extracomment>
        <translation>Weil der Load Balancer die Last jedes Servers misst</translation>
    </message>
    <message>
        <source>Because users pick their server</source>
        <extracomment>load-balancing, step 1, choice 3</extracomment>
        <translation>Weil die Nutzer ihren Server wählen</translation>
    </message>
    <message>
        <source>Round robin counts turns and looks at nothing else. With two identical servers equal turns mean equal work: about 12,100 requests each in 30 s, none dropped.</source>
        <extracomment>load-balancing, step 1, answer explanation</extracomment>
        <translation>Round Robin zählt nur, wer an der Reihe ist, und schaut auf nichts anderes. Bei zwei identischen Servern bedeuten gleich viele Runden gleich viel Arbeit: etwa 12.100 Anfragen pro Server in 30 s, keine verworfen.</translation>
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
        <source>web1 and web2 have capacity to spare. Does that help web3?</source>
        <extracomment>load-balancing, step 2, question</extracomment>
        <translation>web1 und web2 haben noch Kapazität frei. Hilft das web3?</translation>
    </message>
    <message>
        <source>Yes: the balancer moves the extra work to them</source>
        <extracomment>load-balancing, step 2, choice 1</extracomment>
        <translation>Ja: Der Load Balancer verschiebt die zusätzliche Arbeit zu ihnen</translation>
    </message>
    <message>
        <source>No: web3 drops what it cannot take</source>
        <extracomment>load-balancing, step 2, choice 2</extracomment>
        <translation>Nein: web3 verwirft, was er nicht schafft</translation>
    </message>
    <message>
        <source>Yes: web3 borrows their workers</source>
        <extracomment>load-balancing, step 2, choice 3</extracomment>
        <translation>Ja: web3 leiht sich ihre Worker</translation>
    </message>
    <message>
        <source>Round robin does not know web3 is struggling. Its queue overflows and about 6,500 requests are dropped in 30 s, while web1 and web2 are half idle.</source>
        <extracomment>load-balancing, step 2, answer explanation</extracomment>
        <translation>Round Robin weiß nicht, dass web3 überlastet ist. Seine Warteschlange läuft über, und in 30 s werden etwa 6.500 Anfragen verworfen, während web1 und web2 zur Hälfte untätig sind.</translation>
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
        <source>They halve</source>
        <extracomment>load-balancing, step 3, choice 1</extracomment>
        <translation>Sie halbieren sich</translation>
    </message>
    <message>
        <source>They disappear</source>
        <extracomment>load-balancing, step 3, choice 2</extracomment>
        <translation>Sie verschwinden</translation>
    </message>
    <message>
        <source>They stay the same</source>
        <extracomment>load-balancing, step 3, choice 3</extracomment>
        <translation>Sie bleiben gleich</translation>
    </message>
    <message>
        <source>Not one request is dropped. web3 gets about 2,400 of 27,000 requests, about what it can finish, and the 95th percentile falls from about 740 ms to about 140 ms.</source>
        <extracomment>load-balancing, step 3, answer explanation</extracomment>
        <translation>Keine einzige Anfrage wird verworfen. web3 bekommt etwa 2.400 von 27.000 Anfragen, ungefähr so viele, wie er schafft, und das 95. Perzentil sinkt von etwa 740 ms auf etwa 140 ms.</translation>
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
        <extracomment>load-balancing, step 4, title</extracomment>
        <translation>Gewichtetes Round Robin</translation>
    </message>
    <message>
        <source>&lt;p&gt;If we know the sizes of our servers, we can give each a &lt;b&gt;weight&lt;/b&gt;. &lt;b&gt;web1&lt;/b&gt; has 50 workers, web2 and web3 have 20: with weights 5, 1 and 1, web1 takes five turns for every one of the others.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Wenn wir die Größe unserer Server kennen, können wir jedem ein &lt;b&gt;Gewicht&lt;/b&gt; geben. &lt;b&gt;web1&lt;/b&gt; hat 50 Worker, web2 und web3 haben 20: Mit den Gewichten 5, 1 und 1 ist web1 fünfmal an der Reihe, während jeder der anderen einmal drankommt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Of 700 requests a second, how many go to web1?</source>
        <extracomment>load-balancing, step 4, question</extracomment>
        <translation>Wie viele von 700 Anfragen pro Sekunde gehen an web1?</translation>
    </message>
    <message>
        <source>About 100</source>
        <extracomment>load-balancing, step 4, choice 1</extracomment>
        <translation>Etwa 100</translation>
    </message>
    <message>
        <source>About 233</source>
        <extracomment>load-balancing, step 4, choice 2</extracomment>
        <translation>Etwa 233</translation>
    </message>
    <message>
        <source>About 500</source>
        <extracomment>load-balancing, step 4, choice 3</extracomment>
        <translation>Etwa 500</translation>
    </message>
    <message>
        <source>Five turns out of seven: 5/7 × 700 = 500 a second. In 30 s web1 answered about 15,100 requests, web2 and web3 about 3,000 each, and none was dropped.</source>
        <extracomment>load-balancing, step 4, answer explanation</extracomment>
        <translation>Fünf von sieben Runden: 5/7 × 700 = 500 pro Sekunde. In 30 s hat web1 etwa 15.100 Anfragen beantwortet, web2 und web3 je etwa 3.000, und keine wurde verworfen.</translation>
    </message>
    <message>
        <source>The big server takes five sevenths of the traffic.</source>
        <extracomment>load-balancing, step 4, checkpoint nodes[web1].served &gt; 14000</extracomment>
        <translation>Der große Server übernimmt fünf Siebtel des Verkehrs.</translation>
    </message>
    <message>
        <source>A small server takes one seventh.</source>
        <extracomment>load-balancing, step 4, checkpoint nodes[web3].served &lt; 3500</extracomment>
        <translation>Ein kleiner Server übernimmt ein Siebtel.</translation>
    </message>
    <message>
        <source>IP hash</source>
        <extracomment>load-balancing, step 5, title</extracomment>
        <translation>IP-Hash</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IP hash&lt;/b&gt; turns the user&apos;s address into a server number, so each user always reaches the same server. That is what a server that keeps something in memory for its users needs. Here 300 users send 600 requests a second, and at 20 s &lt;b&gt;web3&lt;/b&gt; dies; the balancer checks its servers every 2 s.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;IP-Hash&lt;/b&gt; macht aus der Adresse des Nutzers eine Servernummer, sodass jeder Nutzer immer beim selben Server landet. Genau das braucht ein Server, der sich für seine Nutzer etwas im Speicher merkt. Hier senden 300 Nutzer 600 Anfragen pro Sekunde, und bei 20 s fällt &lt;b&gt;web3&lt;/b&gt; aus; der Load Balancer prüft seine Server alle 2 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Is the load shared exactly equally among the three servers?</source>
        <extracomment>load-balancing, step 5, question</extracomment>
        <translation>Wird die Last genau gleichmäßig auf die drei Server verteilt?</translation>
    </message>
    <message>
        <source>Yes, exactly a third each</source>
        <extracomment>load-balancing, step 5, choice 1</extracomment>
        <translation>Ja, genau ein Drittel für jeden</translation>
    </message>
    <message>
        <source>Roughly: it depends on how the addresses hash</source>
        <extracomment>load-balancing, step 5, choice 2</extracomment>
        <translation>Ungefähr: Es hängt davon ab, wie die Adressen gehasht werden</translation>
    </message>
    <message>
        <source>No: one server gets everything</source>
        <extracomment>load-balancing, step 5, choice 3</extracomment>
        <translation>Nein: Ein Server bekommt alles</translation>
    </message>
    <message>
        <source>By 19 s web1 had served about 4,200 requests, web3 about 3,900 and web2 about 3,500: the split follows the users. When web3 died only its users were hashed again, after about 850 errors while the checks noticed.</source>
        <extracomment>load-balancing, step 5, answer explanation</extracomment>
        <translation>Bis 19 s hatte web1 etwa 4.200 Anfragen beantwortet, web3 etwa 3.900 und web2 etwa 3.500: Die Aufteilung folgt den Nutzern. Als web3 ausfiel, wurden nur seine Nutzer neu gehasht, nach etwa 850 Fehlern, bis die Checks den Ausfall bemerkten.</translation>
    </message>
    <message>
        <source>The split follows the addresses: web1 gets more than a third...</source>
        <extracomment>load-balancing, step 5, checkpoint nodes[web1].served &gt; 3900</extracomment>
        <translation>Die Aufteilung folgt den Adressen: web1 bekommt mehr als ein Drittel...</translation>
    </message>
    <message>
        <source>...and web2 less.</source>
        <extracomment>load-balancing, step 5, checkpoint nodes[web2].served &lt; 3700</extracomment>
        <translation>...und web2 weniger.</translation>
    </message>
    <message>
        <source>Once web3 is out of the pool, its users move to the others.</source>
        <extracomment>load-balancing, step 5, checkpoint requests.error &lt; 1500</extracomment>
        <translation>Sobald web3 aus dem Pool ist, wechseln seine Nutzer zu den anderen.</translation>
    </message>
    <message>
        <source>A standby for the balancer</source>
        <extracomment>load-balancing, step 6, title</extracomment>
        <translation>Ein Standby für den Load Balancer</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every request passes through the balancer, so if it dies, the whole site is down. Here a &lt;b&gt;standby&lt;/b&gt; balancer watches the active one. When &lt;b&gt;lb&lt;/b&gt; dies at 20 s the standby takes over 3 s later, and hands back when lb returns at 40 s.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Jede Anfrage läuft über den Load Balancer; fällt er aus, ist die ganze Website weg. Hier überwacht ein &lt;b&gt;Standby&lt;/b&gt;-Load-Balancer den aktiven. Als &lt;b&gt;lb&lt;/b&gt; bei 20 s ausfällt, übernimmt der Standby 3 s später und gibt wieder ab, sobald lb bei 40 s zurückkommt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How long does the site fail when lb dies?</source>
        <extracomment>load-balancing, step 6, question</extracomment>
        <translation>Wie lange fällt die Website aus, wenn lb ausfällt?</translation>
    </message>
    <message>
        <source>Not at all</source>
        <extracomment>load-balancing, step 6, choice 1</extracomment>
        <translation>Gar nicht</translation>
    </message>
    <message>
        <source>About 3 seconds</source>
        <extracomment>load-balancing, step 6, choice 2</extracomment>
        <translation>Etwa 3 Sekunden</translation>
    </message>
    <message>
        <source>20 seconds, until lb is back</source>
        <extracomment>load-balancing, step 6, choice 3</extracomment>
        <translation>20 Sekunden, bis lb zurück ist</translation>
    </message>
    <message>
        <source>Requests fail until the standby takes over: about 1,200 errors, 3 s of traffic. Without a standby the 20 s until lb came back would have failed, about 8,100 requests.</source>
        <extracomment>load-balancing, step 6, answer explanation</extracomment>
        <translation>Anfragen schlagen fehl, bis der Standby übernimmt: etwa 1.200 Fehler, 3 s Verkehr. Ohne Standby wären die 20 s bis zur Rückkehr von lb ausgefallen, etwa 8.100 Anfragen.</translation>
    </message>
    <message>
        <source>The standby takes over the traffic.</source>
        <extracomment>load-balancing, step 6, checkpoint nodes[lb-standby].served &gt; 2000</extracomment>
        <translation>Der Standby übernimmt den Verkehr.</translation>
    </message>
    <message>
        <source>Only the seconds before the takeover fail.</source>
        <extracomment>load-balancing, step 6, checkpoint requests.error &lt; 2000</extracomment>
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
        <source>Promote another master</source>
        <extracomment>multi-master-and-rings, step 1, choice 1</extracomment>
        <translation>Einen anderen Master befördern</translation>
    </message>
    <message>
        <source>Nothing: the other masters keep taking writes</source>
        <extracomment>multi-master-and-rings, step 1, choice 2</extracomment>
        <translation>Nichts: Die anderen Master nehmen weiter Schreibzugriffe an</translation>
    </message>
    <message>
        <source>Stop all writes until db3 is back</source>
        <extracomment>multi-master-and-rings, step 1, choice 3</extracomment>
        <translation>Alle Schreibzugriffe stoppen, bis db3 zurück ist</translation>
    </message>
    <message>
        <source>No promotion is needed: only 2 requests failed, those inside db3 as it died. But about 350 writes were silently overwritten by conflicting ones in 30 s.</source>
        <extracomment>multi-master-and-rings, step 1, answer explanation</extracomment>
        <translation>Es ist keine Beförderung nötig: Nur 2 Anfragen schlugen fehl, nämlich die, die gerade in db3 steckten, als er ausfiel. Aber in 30 s wurden etwa 350 Schreibzugriffe stillschweigend von konkurrierenden überschrieben.</translation>
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
        <extracomment>multi-master-and-rings, step 2, title</extracomment>
        <translation>Wer zuerst festschreibt, gewinnt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Throwing a user&apos;s write away without telling them is often unacceptable. With &lt;b&gt;certification&lt;/b&gt; the masters check each write against the others: if a conflicting write committed first, the later one is &lt;b&gt;rolled back&lt;/b&gt; and its user gets an error they can act on.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Den Schreibzugriff eines Nutzers wegzuwerfen, ohne es ihm zu sagen, ist oft inakzeptabel. Mit &lt;b&gt;Zertifizierung&lt;/b&gt; prüfen die Master jeden Schreibzugriff gegen die anderen: Wurde ein konkurrierender Schreibzugriff zuerst festgeschrieben, wird der spätere &lt;b&gt;zurückgerollt&lt;/b&gt;, und sein Nutzer bekommt einen Fehler, auf den er reagieren kann.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>With certification, what happens to the losing writes?</source>
        <extracomment>multi-master-and-rings, step 2, question</extracomment>
        <translation>Was passiert bei Zertifizierung mit den unterlegenen Schreibzugriffen?</translation>
    </message>
    <message>
        <source>They are silently discarded</source>
        <extracomment>multi-master-and-rings, step 2, choice 1</extracomment>
        <translation>Sie werden stillschweigend verworfen</translation>
    </message>
    <message>
        <source>They are rolled back and their users get an error</source>
        <extracomment>multi-master-and-rings, step 2, choice 2</extracomment>
        <translation>Sie werden zurückgerollt, und ihre Nutzer bekommen einen Fehler</translation>
    </message>
    <message>
        <source>They are merged with the winners</source>
        <extracomment>multi-master-and-rings, step 2, choice 3</extracomment>
        <translation>Sie werden mit den Gewinnern zusammengeführt</translation>
    </message>
    <message>
        <source>About 950 writes were rolled back, and each of those users got an error; nothing was discarded in silence. Checking costs time: the median request takes about 94 ms.</source>
        <extracomment>multi-master-and-rings, step 2, answer explanation</extracomment>
        <translation>Etwa 950 Schreibzugriffe wurden zurückgerollt, und jeder dieser Nutzer bekam einen Fehler; nichts wurde stillschweigend verworfen. Die Prüfung kostet Zeit: Eine Anfrage dauert im Median etwa 94 ms.</translation>
    </message>
    <message>
        <source>Conflicting writes are rolled back...</source>
        <extracomment>multi-master-and-rings, step 2, checkpoint replication.rolled_back &gt; 500</extracomment>
        <translation>Konkurrierende Schreibzugriffe werden zurückgerollt...</translation>
    </message>
    <message>
        <source>...and none is thrown away silently.</source>
        <extracomment>multi-master-and-rings, step 2, checkpoint replication.discarded_updates == 0</extracomment>
        <translation>...und keiner wird stillschweigend verworfen.</translation>
    </message>
    <message>
        <source>Their users are told: errors.</source>
        <extracomment>multi-master-and-rings, step 2, checkpoint requests.error &gt; 500</extracomment>
        <translation>Ihre Nutzer erfahren davon: Fehler.</translation>
    </message>
    <message>
        <source>A ring of three</source>
        <extracomment>multi-master-and-rings, step 3, title</extracomment>
        <translation>Ein Ring aus drei Mastern</translation>
    </message>
    <message>
        <source>&lt;p&gt;In &lt;b&gt;circular&lt;/b&gt; replication each master ships only to the next: A → B → C → A. Each hop here takes 5 ms. At 20 s &lt;b&gt;dbB&lt;/b&gt; dies; after 3 s the ring closes around it, A → C → A.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei &lt;b&gt;zirkulärer&lt;/b&gt; Replikation überträgt jeder Master nur an den nächsten: A → B → C → A. Jeder Hop dauert hier 5 ms. Bei 20 s fällt &lt;b&gt;dbB&lt;/b&gt; aus; nach 3 s schließt sich der Ring um ihn herum, A → C → A.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to writes that reached dbB but that dbB had not passed on when it died?</source>
        <extracomment>multi-master-and-rings, step 3, question</extracomment>
        <translation>Was passiert mit Schreibzugriffen, die dbB schon erreicht hatten, die dbB aber vor seinem Ausfall noch nicht weitergegeben hatte?</translation>
    </message>
    <message>
        <source>They are stranded: the rest of the ring never gets them</source>
        <extracomment>multi-master-and-rings, step 3, choice 2</extracomment>
        <translation>Sie stranden: Der Rest des Rings bekommt sie nie</translation>
    </message>
    <message>
        <source>They are sent again by the web server</source>
        <extracomment>multi-master-and-rings, step 3, choice 3</extracomment>
        <translation>Der Webserver sendet sie erneut</translation>
    </message>
    <message>
        <source>A ring of ten</source>
        <extracomment>multi-master-and-rings, step 4, title</extracomment>
        <translation>Ein Ring aus zehn Mastern</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same ring with ten masters. A write on &lt;b&gt;dbA&lt;/b&gt; passes through eight others before it reaches &lt;b&gt;dbJ&lt;/b&gt;. Every hop adds its 5 ms.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Derselbe Ring mit zehn Mastern. Ein Schreibzugriff auf &lt;b&gt;dbA&lt;/b&gt; durchläuft acht andere, bevor er &lt;b&gt;dbJ&lt;/b&gt; erreicht. Jeder Hop fügt seine 5 ms hinzu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How far behind dbA is dbJ?</source>
        <extracomment>multi-master-and-rings, step 4, question</extracomment>
        <translation>Wie weit liegt dbJ hinter dbA zurück?</translation>
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
        <translation>Neun Hops zu je 5 ms: 45 ms, die größte gemessene Replikationsverzögerung. Je größer der Ring, desto länger ist irgendein Knoten nicht auf dem neuesten Stand: 85 veraltete Lesezugriffe in 30 s.</translation>
    </message>
    <message>
        <source>The last node is about 45 ms behind.</source>
        <extracomment>multi-master-and-rings, step 4, checkpoint replication.max_lag_ms &gt; 40</extracomment>
        <translation>Der letzte Knoten liegt etwa 45 ms zurück.</translation>
    </message>
    <message>
        <source>Reads on the far side of the ring can be stale.</source>
        <extracomment>multi-master-and-rings, step 4, checkpoint replication.stale_reads &gt; 0</extracomment>
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
        <source>&lt;p&gt;Traffic doubles to 400 requests a second. One server can finish at most 8 / 0.030 ≈ 267 a second.&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Der Verkehr verdoppelt sich auf 400 Anfragen pro Sekunde. Ein Server schafft höchstens 8 / 0,030 ≈ 267 pro Sekunde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to requests once web1&apos;s queue is full?</source>
        <extracomment>one-server-to-two, step 2, question</extracomment>
        <translation>Was passiert mit Anfragen, wenn die Warteschlange von web1 voll ist?</translation>
    </message>
    <message>
        <source>They wait longer</source>
        <extracomment>one-server-to-two, step 2, choice 1</extracomment>
        <translation>Sie warten länger</translation>
    </message>
    <message>
        <source>They are dropped</source>
        <extracomment>one-server-to-two, step 2, choice 2</extracomment>
        <translation>Sie werden verworfen</translation>
    </message>
    <message>
        <source>web1 speeds up</source>
        <extracomment>one-server-to-two, step 2, choice 3</extracomment>
        <translation>web1 wird schneller</translation>
    </message>
    <message>
        <source>A full queue cannot take more: web1 refuses new requests and they are dropped.</source>
        <extracomment>one-server-to-two, step 2, answer explanation</extracomment>
        <translation>Eine volle Warteschlange nimmt nichts mehr auf: web1 lehnt neue Anfragen ab, und sie werden verworfen.</translation>
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
        <source>Reads on replicas, writes on the primary</source>
        <extracomment>replication, step 1, title</extracomment>
        <translation>Lesezugriffe auf den Replikaten, Schreibzugriffe auf dem Primärserver</translation>
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
        <source>A bigger web server</source>
        <extracomment>replication, step 1, choice 3</extracomment>
        <translation>Einen größeren Webserver</translation>
    </message>
    <message>
        <source>Reads are spread over the replicas: about 4,300 each in 30 s, while db1 handled only the 3,600 writes. More reads, more replicas.</source>
        <extracomment>replication, step 1, answer explanation</extracomment>
        <translation>Die Lesezugriffe verteilen sich auf die Replikate: etwa 4.300 pro Replikat in 30 s, während db1 nur die 3.600 Schreibzugriffe bearbeitet hat. Mehr Lesezugriffe, mehr Replikate.</translation>
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
        <source>Replicas are a little behind</source>
        <extracomment>replication, step 2, title</extracomment>
        <translation>Replikate hinken ein wenig hinterher</translation>
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
        <source>A few</source>
        <extracomment>replication, step 2, choice 2</extracomment>
        <translation>Ein paar</translation>
    </message>
    <message>
        <source>Thousands</source>
        <extracomment>replication, step 2, choice 3</extracomment>
        <translation>Tausende</translation>
    </message>
    <message>
        <source>About 2,700. The popular keys are written often, so a read of one of them is quite likely to arrive within 100 ms of a write. The largest lag was 105 ms.</source>
        <extracomment>replication, step 2, answer explanation</extracomment>
        <translation>Etwa 2.700. Die beliebten Schlüssel werden oft geschrieben, daher trifft ein Lesezugriff auf einen von ihnen recht wahrscheinlich innerhalb von 100 ms nach einem Schreibzugriff ein. Die größte Replikationsverzögerung betrug 105 ms.</translation>
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
        <source>A longer delay, more stale reads</source>
        <extracomment>replication, step 3, title</extracomment>
        <translation>Längere Verzögerung, mehr veraltete Lesezugriffe</translation>
    </message>
    <message>
        <source>&lt;p&gt;Suppose the replicas are farther away, or busier, and a write now takes 500 ms to reach them. The window in which a replica answers with old data is five times longer.&lt;/p&gt;</source>
        <extracomment>replication, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Angenommen, die Replikate sind weiter entfernt oder stärker ausgelastet, und ein Schreibzugriff braucht jetzt 500 ms bis zu ihnen. Das Zeitfenster, in dem ein Replikat mit alten Daten antwortet, ist fünfmal so lang.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A user saves a comment, and the page reloads from a replica. What can happen?</source>
        <extracomment>replication, step 3, question</extracomment>
        <translation>Ein Nutzer speichert einen Kommentar, und die Seite wird von einem Replikat neu geladen. Was kann passieren?</translation>
    </message>
    <message>
        <source>The comment is always there</source>
        <extracomment>replication, step 3, choice 1</extracomment>
        <translation>Der Kommentar ist immer da</translation>
    </message>
    <message>
        <source>The user&apos;s own comment may be missing</source>
        <extracomment>replication, step 3, choice 2</extracomment>
        <translation>Der eigene Kommentar des Nutzers kann fehlen</translation>
    </message>
    <message>
        <source>The comment appears twice</source>
        <extracomment>replication, step 3, choice 3</extracomment>
        <translation>Der Kommentar erscheint doppelt</translation>
    </message>
    <message>
        <source>That is a read-your-writes violation: 8 of them in 30 s, against 1 with 100 ms. Stale reads rose from about 2,700 to about 5,000. Sending a user&apos;s reads to the primary for a moment after they write avoids it.</source>
        <extracomment>replication, step 3, answer explanation</extracomment>
        <translation>Das ist eine Verletzung von Read-Your-Writes: 8 davon in 30 s, gegenüber 1 bei 100 ms. Die veralteten Lesezugriffe stiegen von etwa 2.700 auf etwa 5.000. Abhilfe schafft es, die Lesezugriffe eines Nutzers kurz nach seinem Schreibzugriff an den Primärserver zu schicken.</translation>
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
        <extracomment>replication, step 3, checkpoint replication.read_your_writes_violations &gt; 3</extracomment>
        <translation>Nutzer sehen ihre eigenen Schreibzugriffe nicht.</translation>
    </message>
    <message>
        <source>A replica dies</source>
        <extracomment>replication, step 4, title</extracomment>
        <translation>Ein Replikat fällt aus</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to 100 ms. At 10 s replica &lt;b&gt;db3&lt;/b&gt; dies. The web servers stop sending it reads and use &lt;b&gt;db2&lt;/b&gt;, the replica that is left; in a real system a new replica would be set up to replace db3.&lt;/p&gt;</source>
        <extracomment>replication, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Zurück zu 100 ms. Bei 10 s fällt das Replikat &lt;b&gt;db3&lt;/b&gt; aus. Die Webserver schicken ihm keine Lesezugriffe mehr und nutzen &lt;b&gt;db2&lt;/b&gt;, das verbliebene Replikat; in einem echten System würde ein neues Replikat als Ersatz für db3 aufgesetzt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What does losing one of two replicas cost?</source>
        <extracomment>replication, step 4, question</extracomment>
        <translation>Was kostet der Verlust eines von zwei Replikaten?</translation>
    </message>
    <message>
        <source>Every read fails</source>
        <extracomment>replication, step 4, choice 1</extracomment>
        <translation>Jeder Lesezugriff schlägt fehl</translation>
    </message>
    <message>
        <source>A couple of reads that were on db3, and more work for db2</source>
        <extracomment>replication, step 4, choice 2</extracomment>
        <translation>Ein paar Lesezugriffe, die gerade auf db3 liefen, und mehr Arbeit für db2</translation>
    </message>
    <message>
        <source>Nothing at all</source>
        <extracomment>replication, step 4, choice 3</extracomment>
        <translation>Gar nichts</translation>
    </message>
    <message>
        <source>2 requests failed, the ones inside db3 as it died. db2 took over its reads: about 7,200 requests instead of 4,300.</source>
        <extracomment>replication, step 4, answer explanation</extracomment>
        <translation>2 Anfragen schlugen fehl, nämlich die, die gerade in db3 steckten, als db3 ausfiel. db2 übernahm dessen Lesezugriffe: etwa 7.200 Anfragen statt 4.300.</translation>
    </message>
    <message>
        <source>Hardly any request fails.</source>
        <extracomment>replication, step 4, checkpoint requests.error &lt; 20</extracomment>
        <translation>Kaum eine Anfrage schlägt fehl.</translation>
    </message>
    <message>
        <source>The remaining replica takes all the reads.</source>
        <extracomment>replication, step 4, checkpoint nodes[db2].served &gt; 6500</extracomment>
        <translation>Das verbliebene Replikat übernimmt alle Lesezugriffe.</translation>
    </message>
    <message>
        <source>No replica left</source>
        <extracomment>replication, step 5, title</extracomment>
        <translation>Kein Replikat mehr übrig</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now &lt;b&gt;db2&lt;/b&gt; dies too, at 20 s. There is no replica left, but the primary has every write: until a new replica is ready, the primary answers the reads as well.&lt;/p&gt;</source>
        <extracomment>replication, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Jetzt fällt auch &lt;b&gt;db2&lt;/b&gt; aus, bei 20 s. Es ist kein Replikat mehr übrig, aber der Primärserver hat jeden Schreibzugriff: Bis ein neues Replikat bereitsteht, beantwortet der Primärserver auch die Lesezugriffe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to stale reads once only the primary answers?</source>
        <extracomment>replication, step 5, question</extracomment>
        <translation>Was passiert mit veralteten Lesezugriffen, sobald nur noch der Primärserver antwortet?</translation>
    </message>
    <message>
        <source>They go up</source>
        <extracomment>replication, step 5, choice 1</extracomment>
        <translation>Sie nehmen zu</translation>
    </message>
    <message>
        <source>They stop</source>
        <extracomment>replication, step 5, choice 2</extracomment>
        <translation>Sie hören auf</translation>
    </message>
    <message>
        <source>They stay as they were</source>
        <extracomment>replication, step 5, choice 3</extracomment>
        <translation>Sie bleiben wie bisher</translation>
    </message>
    <message>
        <source>The primary always has the newest value, so after 20 s no read is stale: 1,800 stale reads by 30 s instead of 2,700. db1 served about 6,500 requests instead of 3,600.</source>
        <extracomment>replication, step 5, answer explanation</extracomment>
        <translation>Der Primärserver hat immer den neuesten Wert, also ist nach 20 s kein Lesezugriff mehr veraltet: 1.800 veraltete Lesezugriffe bis 30 s statt 2.700. db1 beantwortete etwa 6.500 Anfragen statt 3.600.</translation>
    </message>
    <message>
        <source>The primary answers the reads too.</source>
        <extracomment>replication, step 5, checkpoint nodes[db1].served &gt; 5500</extracomment>
        <translation>Der Primärserver beantwortet auch die Lesezugriffe.</translation>
    </message>
    <message>
        <source>No stale reads after the replicas are gone.</source>
        <extracomment>replication, step 5, checkpoint replication.stale_reads &lt; 2200</extracomment>
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
        <source>About 8</source>
        <extracomment>zero-to-millions, step 1, choice 1</extracomment>
        <translation>Etwa 8</translation>
    </message>
    <message>
        <source>About 267</source>
        <extracomment>zero-to-millions, step 1, choice 2</extracomment>
        <translation>Etwa 267</translation>
    </message>
    <message>
        <source>About 2,400</source>
        <extracomment>zero-to-millions, step 1, choice 3</extracomment>
        <translation>Etwa 2.400</translation>
    </message>
    <message>
        <source>One worker finishes 1 ÷ 0.030 ≈ 33 requests a second, so 8 workers finish about 267. Our 200 fit, with a little room to spare: nothing is dropped.</source>
        <extracomment>zero-to-millions, step 1, answer explanation</extracomment>
        <translation>Ein Worker schafft 1 ÷ 0,030 ≈ 33 Anfragen pro Sekunde, 8 Worker also etwa 267. Unsere 200 passen, mit etwas Luft: Nichts wird verworfen.</translation>
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
        <extracomment>zero-to-millions, step 2, question</extracomment>
        <translation>Was passiert mit Anfragen, die ankommen, wenn die Warteschlange von web1 voll ist?</translation>
    </message>
    <message>
        <source>They wait until a worker is free</source>
        <extracomment>zero-to-millions, step 2, choice 1</extracomment>
        <translation>Sie warten, bis ein Worker frei wird</translation>
    </message>
    <message>
        <source>web1 works faster to catch up</source>
        <extracomment>zero-to-millions, step 2, choice 3</extracomment>
        <translation>web1 arbeitet schneller, um aufzuholen</translation>
    </message>
    <message>
        <source>A full queue cannot take more, so web1 refuses them: over 4,000 requests were dropped in 30 s. Those that got in waited in the queue: the median answer took about 250 ms instead of 70 ms.</source>
        <extracomment>zero-to-millions, step 2, answer explanation</extracomment>
        <translation>Eine volle Warteschlange nimmt nichts mehr auf, also lehnt web1 sie ab: Über 4.000 Anfragen wurden in 30 s verworfen. Die, die hineinkamen, warteten in der Warteschlange: Die Antwort dauerte im Median etwa 250 ms statt 70 ms.</translation>
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
        <extracomment>zero-to-millions, step 3, choice 1</extracomment>
        <translation>web1 beantwortet sie aus seinem Speicher</translation>
    </message>
    <message>
        <source>They fail</source>
        <extracomment>zero-to-millions, step 3, choice 2</extracomment>
        <translation>Sie schlagen fehl</translation>
    </message>
    <message>
        <source>They wait, and succeed when db1 is back</source>
        <extracomment>zero-to-millions, step 3, choice 3</extracomment>
        <translation>Sie warten und gelingen, sobald db1 zurück ist</translation>
    </message>
    <message>
        <source>web1 keeps no data of its own, so without db1 it can only answer with an error: 1,500 requests failed. A single database is a single point of failure; replication, later in this lesson, deals with it.</source>
        <extracomment>zero-to-millions, step 3, answer explanation</extracomment>
        <translation>web1 hält keine eigenen Daten, also kann er ohne db1 nur mit einem Fehler antworten: 1.500 Anfragen schlugen fehl. Eine einzelne Datenbank ist ein Single Point of Failure; die Replikation, später in dieser Lektion, löst das.</translation>
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
        <extracomment>zero-to-millions, step 4, choice 2</extracomment>
        <translation>Nur die des Load Balancers</translation>
    </message>
    <message>
        <source>Whichever server answered them last</source>
        <extracomment>zero-to-millions, step 4, choice 3</extracomment>
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
        <extracomment>zero-to-millions, step 5, choice 2</extracomment>
        <translation>Seine Warteschlange läuft über, und viele werden verworfen</translation>
    </message>
    <message>
        <source>The balancer notices and sends them elsewhere</source>
        <extracomment>zero-to-millions, step 5, choice 3</extracomment>
        <translation>Der Load Balancer bemerkt es und schickt sie woandershin</translation>
    </message>
    <message>
        <source>web3&apos;s queue fills up and it refuses the rest: about 6,500 requests dropped in 30 s, while web1 and web2 have workers to spare. Requests that do get into web3 wait: the 95th percentile reaches about 740 ms.</source>
        <extracomment>zero-to-millions, step 5, answer explanation</extracomment>
        <translation>Die Warteschlange von web3 füllt sich, und er lehnt den Rest ab: Etwa 6.500 Anfragen wurden in 30 s verworfen, während web1 und web2 noch freie Worker haben. Anfragen, die es in web3 hineinschaffen, warten: Das 95. Perzentil erreicht etwa 740 ms.</translation>
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
        <source>Still a third</source>
        <extracomment>zero-to-millions, step 6, choice 1</extracomment>
        <translation>Immer noch ein Drittel</translation>
    </message>
    <message>
        <source>Less than a tenth</source>
        <extracomment>zero-to-millions, step 6, choice 2</extracomment>
        <translation>Weniger als ein Zehntel</translation>
    </message>
    <message>
        <source>None at all</source>
        <extracomment>zero-to-millions, step 6, choice 3</extracomment>
        <translation>Gar nichts</translation>
    </message>
    <message>
        <source>web3 answered about 2,400 of 27,000 requests, under 9 %: about as much as it can finish. Nothing is dropped, and the 95th percentile falls from about 740 ms to about 140 ms.</source>
        <extracomment>zero-to-millions, step 6, answer explanation</extracomment>
        <translation>web3 beantwortete etwa 2.400 von 27.000 Anfragen, unter 9 %: ungefähr so viel, wie er schafft. Nichts wird verworfen, und das 95. Perzentil sinkt von etwa 740 ms auf etwa 140 ms.</translation>
    </message>
    <message>
        <source>The slowest answers are back under 200 ms.</source>
        <extracomment>zero-to-millions, step 6, checkpoint latency_ms.p95 &lt; 200</extracomment>
        <translation>Die langsamsten Antworten liegen wieder unter 200 ms.</translation>
    </message>
    <message>
        <source>&lt;p&gt;When we know how big each server is, we can tell the balancer. &lt;b&gt;web1&lt;/b&gt; has 50 workers, web2 and web3 have 20 each. Weights 5, 1 and 1 mean: for every request web2 or web3 gets, web1 gets five.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Wenn wir wissen, wie groß jeder Server ist, können wir es dem Load Balancer sagen. &lt;b&gt;web1&lt;/b&gt; hat 50 Worker, web2 und web3 je 20. Gewichte von 5, 1 und 1 bedeuten: Für jede Anfrage, die web2 oder web3 bekommt, bekommt web1 fünf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>700 requests a second, weights 5, 1, 1. About how many a second go to web1?</source>
        <extracomment>zero-to-millions, step 7, question</extracomment>
        <translation>700 Anfragen pro Sekunde, Gewichte 5, 1, 1. Etwa wie viele pro Sekunde gehen an web1?</translation>
    </message>
    <message>
        <source>About 233, a third</source>
        <extracomment>zero-to-millions, step 7, choice 1</extracomment>
        <translation>Etwa 233, ein Drittel</translation>
    </message>
    <message>
        <source>About 500, five sevenths</source>
        <extracomment>zero-to-millions, step 7, choice 2</extracomment>
        <translation>Etwa 500, fünf Siebtel</translation>
    </message>
    <message>
        <source>All 700</source>
        <extracomment>zero-to-millions, step 7, choice 3</extracomment>
        <translation>Alle 700</translation>
    </message>
    <message>
        <source>5 ÷ (5 + 1 + 1) of 700 is 500 a second. In 30 s web1 answered about 15,100 requests, web2 and web3 about 3,000 each.</source>
        <extracomment>zero-to-millions, step 7, answer explanation</extracomment>
        <translation>5 ÷ (5 + 1 + 1) von 700 sind 500 pro Sekunde. In 30 s beantwortete web1 etwa 15.100 Anfragen, web2 und web3 je etwa 3.000.</translation>
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
        <extracomment>zero-to-millions, step 8, choice 2</extracomment>
        <translation>Nur bei den Nutzern, die auf web3 waren</translation>
    </message>
    <message>
        <source>Nobody&apos;s: web3&apos;s users keep failing</source>
        <extracomment>zero-to-millions, step 8, choice 3</extracomment>
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
        <source>A server dies, and nobody notices</source>
        <extracomment>zero-to-millions, step 9, title</extracomment>
        <translation>Ein Server fällt aus, und niemand merkt es</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to our two servers behind round robin. At 30 s &lt;b&gt;web2&lt;/b&gt; crashes. This balancer does not check its servers: it has no idea, and keeps sending every second request to a dead machine.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 9, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Zurück zu unseren zwei Servern hinter Round Robin. Bei 30 s stürzt &lt;b&gt;web2&lt;/b&gt; ab. Dieser Load Balancer prüft seine Server nicht: Er ahnt nichts und schickt weiter jede zweite Anfrage an eine tote Maschine.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web2 dies at 30 s. What share of the requests fails from then on?</source>
        <extracomment>zero-to-millions, step 9, question</extracomment>
        <translation>web2 fällt bei 30 s aus. Welcher Anteil der Anfragen schlägt ab dann fehl?</translation>
    </message>
    <message>
        <source>None: web1 takes over</source>
        <extracomment>zero-to-millions, step 9, choice 1</extracomment>
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
        <extracomment>zero-to-millions, step 10, choice 2</extracomment>
        <translation>Ein paar Sekunden, bis drei Checks fehlgeschlagen sind</translation>
    </message>
    <message>
        <source>Until web2 comes back at 40.5 s</source>
        <extracomment>zero-to-millions, step 10, choice 3</extracomment>
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
        <extracomment>zero-to-millions, step 11, title</extracomment>
        <translation>Zustandsbehaftete Server: Sitzungen im Speicher</translation>
    </message>
    <message>
        <source>&lt;p&gt;A logged-in user has a &lt;b&gt;session&lt;/b&gt;. Here each server keeps its users&apos; sessions in its own memory, so the balancer has to stick each user to the same server. That works until a server dies: at 30 s &lt;b&gt;web2&lt;/b&gt; goes, and the sessions in its memory go with it.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 11, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein angemeldeter Nutzer hat eine &lt;b&gt;Sitzung&lt;/b&gt;. Hier hält jeder Server die Sitzungen seiner Nutzer im eigenen Speicher, also muss der Load Balancer jeden Nutzer fest an denselben Server binden. Das funktioniert, bis ein Server ausfällt: Bei 30 s fällt &lt;b&gt;web2&lt;/b&gt; aus, und die Sitzungen in seinem Speicher sind mit ihm weg.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the users whose sessions were on web2?</source>
        <extracomment>zero-to-millions, step 11, question</extracomment>
        <translation>Was passiert mit den Nutzern, deren Sitzungen auf web2 waren?</translation>
    </message>
    <message>
        <source>Nothing: another server has a copy</source>
        <extracomment>zero-to-millions, step 11, choice 1</extracomment>
        <translation>Nichts: Ein anderer Server hat eine Kopie</translation>
    </message>
    <message>
        <source>They have to log in again</source>
        <extracomment>zero-to-millions, step 11, choice 2</extracomment>
        <translation>Sie müssen sich neu anmelden</translation>
    </message>
    <message>
        <source>They wait until web2 is back</source>
        <extracomment>zero-to-millions, step 11, choice 3</extracomment>
        <translation>Sie warten, bis web2 zurück ist</translation>
    </message>
    <message>
        <source>Their sessions existed only in web2&apos;s memory. Sent to another server, about 170 users had to log in again.</source>
        <extracomment>zero-to-millions, step 11, answer explanation</extracomment>
        <translation>Ihre Sitzungen existierten nur im Speicher von web2. Zu einem anderen Server geschickt, mussten sich etwa 170 Nutzer neu anmelden.</translation>
    </message>
    <message>
        <source>A dead stateful server takes its users&apos; sessions with it.</source>
        <extracomment>zero-to-millions, step 11, checkpoint sessions.lost &gt; 100</extracomment>
        <translation>Ein ausgefallener zustandsbehafteter Server nimmt die Sitzungen seiner Nutzer mit.</translation>
    </message>
    <message>
        <source>Stateless servers: a shared session store</source>
        <extracomment>zero-to-millions, step 12, title</extracomment>
        <translation>Zustandslose Server: ein gemeinsamer Sitzungsspeicher</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now the servers keep nothing between requests: each request fetches its session from a shared &lt;b&gt;session store&lt;/b&gt;. Any server can handle any user, so the balancer needs no stickiness, and adding, removing or losing a server costs nobody a login. The price is one more hop per request, and a store that must itself stay up.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 12, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Jetzt behalten die Server zwischen den Anfragen nichts: Jede Anfrage holt ihre Sitzung aus einem gemeinsamen &lt;b&gt;Sitzungsspeicher&lt;/b&gt;. Jeder Server kann jeden Nutzer bedienen, also braucht der Load Balancer keine feste Zuordnung (Sticky Sessions), und wenn ein Server hinzukommt, entfernt wird oder ausfällt, muss sich niemand neu anmelden. Der Preis ist ein zusätzlicher Hop pro Anfrage und ein Sitzungsspeicher, der selbst verfügbar bleiben muss.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web2 dies at 30 s again. How many users have to log in again?</source>
        <extracomment>zero-to-millions, step 12, question</extracomment>
        <translation>web2 fällt wieder bei 30 s aus. Wie viele Nutzer müssen sich neu anmelden?</translation>
    </message>
    <message>
        <source>With stateless servers, losing one loses no session.</source>
        <extracomment>zero-to-millions, step 12, checkpoint sessions.lost == 0</extracomment>
        <translation>Mit zustandslosen Servern kostet der Verlust eines Servers keine Sitzung.</translation>
    </message>
    <message>
        <source>Every request fetched its session from the shared store.</source>
        <extracomment>zero-to-millions, step 12, checkpoint nodes[sessions].served &gt; 15000</extracomment>
        <translation>Jede Anfrage hat ihre Sitzung aus dem gemeinsamen Sitzungsspeicher geholt.</translation>
    </message>
    <message>
        <source>Replication: a primary and two replicas</source>
        <extracomment>zero-to-millions, step 13, title</extracomment>
        <translation>Replikation: ein Primärserver und zwei Replikate</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database is now both the bottleneck and a single point of failure, so we keep copies. &lt;b&gt;db1&lt;/b&gt;, the primary, takes every write and ships it to the replicas &lt;b&gt;db2&lt;/b&gt; and &lt;b&gt;db3&lt;/b&gt;, which answer the reads. Most sites read far more than they write; here 70 % of requests are reads.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 13, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Die Datenbank ist jetzt zugleich Engpass und Single Point of Failure, also halten wir Kopien. &lt;b&gt;db1&lt;/b&gt;, der Primärserver, nimmt jeden Schreibzugriff an und überträgt ihn an die Replikate &lt;b&gt;db2&lt;/b&gt; und &lt;b&gt;db3&lt;/b&gt;, die die Lesezugriffe beantworten. Die meisten Websites lesen weit mehr, als sie schreiben; hier sind 70 % der Anfragen Lesezugriffe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>70 % reads, 30 % writes. Which database does the most work?</source>
        <extracomment>zero-to-millions, step 13, question</extracomment>
        <translation>70 % Lesezugriffe, 30 % Schreibzugriffe. Welche Datenbank leistet die meiste Arbeit?</translation>
    </message>
    <message>
        <source>db1, the primary</source>
        <extracomment>zero-to-millions, step 13, choice 1</extracomment>
        <translation>db1, der Primärserver</translation>
    </message>
    <message>
        <source>Each of the replicas</source>
        <extracomment>zero-to-millions, step 13, choice 2</extracomment>
        <translation>Jedes der Replikate</translation>
    </message>
    <message>
        <source>All three the same</source>
        <extracomment>zero-to-millions, step 13, choice 3</extracomment>
        <translation>Alle drei gleich viel</translation>
    </message>
    <message>
        <source>Replica db2 answers reads...</source>
        <extracomment>zero-to-millions, step 13, checkpoint nodes[db2].served &gt; 4000</extracomment>
        <translation>Das Replikat db2 beantwortet Lesezugriffe...</translation>
    </message>
    <message>
        <source>...and so does replica db3.</source>
        <extracomment>zero-to-millions, step 13, checkpoint nodes[db3].served &gt; 4000</extracomment>
        <translation>...und das Replikat db3 ebenso.</translation>
    </message>
    <message>
        <source>The primary handles the writes only.</source>
        <extracomment>zero-to-millions, step 13, checkpoint nodes[db1].served &lt; 4000</extracomment>
        <translation>Der Primärserver bearbeitet nur die Schreibzugriffe.</translation>
    </message>
    <message>
        <source>Stale reads</source>
        <extracomment>zero-to-millions, step 14, title</extracomment>
        <translation>Veraltete Lesezugriffe</translation>
    </message>
    <message>
        <source>&lt;p&gt;The primary commits a write, answers the user, and only then ships the write to the replicas: this is &lt;b&gt;asynchronous&lt;/b&gt; replication. Here a write needs about 100 ms to reach a replica. A read that lands on a replica within that window gets the old value: a &lt;b&gt;stale read&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 14, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Der Primärserver schreibt einen Schreibzugriff fest, antwortet dem Nutzer und überträgt den Schreibzugriff erst dann an die Replikate: Das ist &lt;b&gt;asynchrone&lt;/b&gt; Replikation. Hier braucht ein Schreibzugriff etwa 100 ms bis zu einem Replikat. Ein Lesezugriff, der in diesem Zeitfenster auf einem Replikat landet, bekommt den alten Wert: ein &lt;b&gt;veralteter Lesezugriff&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A user saves a new profile picture and reloads the page 50 ms later; the read goes to a replica. What does the user see?</source>
        <extracomment>zero-to-millions, step 14, question</extracomment>
        <translation>Ein Nutzer speichert ein neues Profilbild und lädt die Seite 50 ms später neu; der Lesezugriff geht an ein Replikat. Was sieht der Nutzer?</translation>
    </message>
    <message>
        <source>The new picture</source>
        <extracomment>zero-to-millions, step 14, choice 1</extracomment>
        <translation>Das neue Bild</translation>
    </message>
    <message>
        <source>Probably the old picture</source>
        <extracomment>zero-to-millions, step 14, choice 2</extracomment>
        <translation>Wahrscheinlich das alte Bild</translation>
    </message>
    <message>
        <source>An error</source>
        <extracomment>zero-to-millions, step 14, choice 3</extracomment>
        <translation>Einen Fehler</translation>
    </message>
    <message>
        <source>The replica does not have the write yet. About 2,700 reads in 30 s returned an old value, and the largest lag measured was 105 ms: the ship delay plus the link.</source>
        <extracomment>zero-to-millions, step 14, answer explanation</extracomment>
        <translation>Das Replikat hat den Schreibzugriff noch nicht. Etwa 2.700 Lesezugriffe lieferten in 30 s einen alten Wert, und die größte gemessene Replikationsverzögerung betrug 105 ms: die Übertragungsverzögerung plus die Leitung.</translation>
    </message>
    <message>
        <source>Replicas serve old values: thousands of stale reads.</source>
        <extracomment>zero-to-millions, step 14, checkpoint replication.stale_reads &gt; 1000</extracomment>
        <translation>Replikate liefern alte Werte: Tausende veraltete Lesezugriffe.</translation>
    </message>
    <message>
        <source>A replica is up to 100 ms behind the primary.</source>
        <extracomment>zero-to-millions, step 14, checkpoint replication.max_lag_ms &gt;= 100</extracomment>
        <translation>Ein Replikat liegt bis zu 100 ms hinter dem Primärserver zurück.</translation>
    </message>
    <message>
        <source>A replica goes down</source>
        <extracomment>zero-to-millions, step 15, title</extracomment>
        <translation>Ein Replikat fällt aus</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 10 s replica &lt;b&gt;db3&lt;/b&gt; dies: its reads simply move to db2. At 20 s &lt;b&gt;db2&lt;/b&gt; dies too. With no replica left, the reads go to the primary until a new replica is set up.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 15, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 10 s fällt das Replikat &lt;b&gt;db3&lt;/b&gt; aus: Seine Lesezugriffe wandern einfach zu db2. Bei 20 s fällt auch &lt;b&gt;db2&lt;/b&gt; aus. Ohne verbliebenes Replikat gehen die Lesezugriffe an den Primärserver, bis ein neues Replikat aufgesetzt ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>After 20 s both replicas are down. What happens to the reads?</source>
        <extracomment>zero-to-millions, step 15, question</extracomment>
        <translation>Nach 20 s sind beide Replikate ausgefallen. Was passiert mit den Lesezugriffen?</translation>
    </message>
    <message>
        <source>They fail until a replica is back</source>
        <extracomment>zero-to-millions, step 15, choice 1</extracomment>
        <translation>Sie schlagen fehl, bis ein Replikat zurück ist</translation>
    </message>
    <message>
        <source>The primary answers them</source>
        <extracomment>zero-to-millions, step 15, choice 2</extracomment>
        <translation>Der Primärserver beantwortet sie</translation>
    </message>
    <message>
        <source>The balancer answers them from memory</source>
        <extracomment>zero-to-millions, step 15, choice 3</extracomment>
        <translation>Der Load Balancer beantwortet sie aus dem Speicher</translation>
    </message>
    <message>
        <source>db1 has all the data, so it takes the reads too: it answered about 6,500 requests instead of 3,600. Only the few reads inside a replica as it died failed: 4 in all.</source>
        <extracomment>zero-to-millions, step 15, answer explanation</extracomment>
        <translation>db1 hat alle Daten, also übernimmt er auch die Lesezugriffe: Er beantwortete etwa 6.500 Anfragen statt 3.600. Nur die wenigen Lesezugriffe, die gerade in einem Replikat steckten, als es ausfiel, schlugen fehl: insgesamt 4.</translation>
    </message>
    <message>
        <source>Losing replicas costs only the reads in progress on them.</source>
        <extracomment>zero-to-millions, step 15, checkpoint requests.error &lt; 50</extracomment>
        <translation>Der Verlust von Replikaten kostet nur die Lesezugriffe, die gerade auf ihnen laufen.</translation>
    </message>
    <message>
        <source>With no replica left, the primary answers the reads.</source>
        <extracomment>zero-to-millions, step 15, checkpoint nodes[db1].served &gt; 5500</extracomment>
        <translation>Ohne verbliebenes Replikat beantwortet der Primärserver die Lesezugriffe.</translation>
    </message>
    <message>
        <source>The primary dies: promotion and lost writes</source>
        <extracomment>zero-to-millions, step 16, title</extracomment>
        <translation>Der Primärserver fällt aus: Beförderung und verlorene Schreibzugriffe</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s the primary &lt;b&gt;db1&lt;/b&gt; dies. Writes fail for 5 s while the system decides what to do; then the most up-to-date replica, &lt;b&gt;db2&lt;/b&gt;, is &lt;b&gt;promoted&lt;/b&gt; to primary. But db1 had told some users &quot;saved&quot; for writes it had not shipped yet.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 16, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 20 s fällt der Primärserver &lt;b&gt;db1&lt;/b&gt; aus. Schreibzugriffe schlagen 5 s lang fehl, während das System entscheidet, was zu tun ist; dann wird das aktuellste Replikat, &lt;b&gt;db2&lt;/b&gt;, zum Primärserver &lt;b&gt;befördert&lt;/b&gt;. Aber db1 hatte manchen Nutzern schon „gespeichert“ gemeldet, für Schreibzugriffe, die er noch nicht übertragen hatte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the writes db1 acknowledged but never shipped?</source>
        <extracomment>zero-to-millions, step 16, question</extracomment>
        <translation>Was passiert mit den Schreibzugriffen, die db1 bestätigt, aber nie übertragen hat?</translation>
    </message>
    <message>
        <source>db2 receives them when it is promoted</source>
        <extracomment>zero-to-millions, step 16, choice 1</extracomment>
        <translation>db2 erhält sie bei seiner Beförderung</translation>
    </message>
    <message>
        <source>They are lost</source>
        <extracomment>zero-to-millions, step 16, choice 2</extracomment>
        <translation>Sie gehen verloren</translation>
    </message>
    <message>
        <source>Their users are asked to send them again</source>
        <extracomment>zero-to-millions, step 16, choice 3</extracomment>
        <translation>Ihre Nutzer werden gebeten, sie erneut zu senden</translation>
    </message>
    <message>
        <source>With asynchronous replication they existed only on db1: 9 acknowledged writes were lost. About 570 writes failed in the 5 s without a primary; reads went on from the replicas.</source>
        <extracomment>zero-to-millions, step 16, answer explanation</extracomment>
        <translation>Bei asynchroner Replikation gab es sie nur auf db1: 9 bestätigte Schreibzugriffe gingen verloren. Etwa 570 Schreibzugriffe schlugen in den 5 s ohne Primärserver fehl; Lesezugriffe liefen über die Replikate weiter.</translation>
    </message>
    <message>
        <source>A replica is promoted to primary.</source>
        <extracomment>zero-to-millions, step 16, checkpoint replication.promotions == 1</extracomment>
        <translation>Ein Replikat wird zum Primärserver befördert.</translation>
    </message>
    <message>
        <source>Writes the old primary acknowledged but never shipped are lost.</source>
        <extracomment>zero-to-millions, step 16, checkpoint replication.lost_writes &gt; 0</extracomment>
        <translation>Schreibzugriffe, die der alte Primärserver bestätigt, aber nie übertragen hat, gehen verloren.</translation>
    </message>
    <message>
        <source>What does replaying the binlog cost?</source>
        <extracomment>zero-to-millions, step 17, question</extracomment>
        <translation>Was kostet das Nachspielen des Binlogs?</translation>
    </message>
    <message>
        <source>A longer outage: more failed writes</source>
        <extracomment>zero-to-millions, step 17, choice 2</extracomment>
        <translation>Einen längeren Ausfall: mehr fehlgeschlagene Schreibzugriffe</translation>
    </message>
    <message>
        <source>Every read afterwards is stale</source>
        <extracomment>zero-to-millions, step 17, choice 3</extracomment>
        <translation>Jeder spätere Lesezugriff ist veraltet</translation>
    </message>
    <message>
        <source>All 9 writes were replayed and none was lost, but writes failed for longer: about 840 errors instead of 570.</source>
        <extracomment>zero-to-millions, step 17, answer explanation</extracomment>
        <translation>Alle 9 Schreibzugriffe wurden nachgespielt, keiner ging verloren, aber Schreibzugriffe schlugen länger fehl: etwa 840 Fehler statt 570.</translation>
    </message>
    <message>
        <source>Replaying the binlog loses no acknowledged write.</source>
        <extracomment>zero-to-millions, step 17, checkpoint replication.lost_writes == 0</extracomment>
        <translation>Durch das Nachspielen des Binlogs geht kein bestätigter Schreibzugriff verloren.</translation>
    </message>
    <message>
        <source>The writes missing on db2 came back from db1&apos;s binlog.</source>
        <extracomment>zero-to-millions, step 17, checkpoint replication.recovered_writes &gt; 0</extracomment>
        <translation>Die auf db2 fehlenden Schreibzugriffe kamen aus dem Binlog von db1 zurück.</translation>
    </message>
    <message>
        <source>Multi-master: write conflicts</source>
        <extracomment>zero-to-millions, step 18, title</extracomment>
        <translation>Multi-Master: Schreibkonflikte</translation>
    </message>
    <message>
        <source>&lt;p&gt;With &lt;b&gt;multi-master&lt;/b&gt; replication every database takes writes and ships them to the others, so a dead master needs no promotion: when db3 dies at 20 s, the other two carry on. The catch is that two masters can change the same key at almost the same moment, because a write needs about 60 ms to reach the other masters. Here the rule is &lt;b&gt;last writer wins&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 18, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei &lt;b&gt;Multi-Master&lt;/b&gt;-Replikation nimmt jede Datenbank Schreibzugriffe an und überträgt sie an die anderen, sodass ein ausgefallener Master keine Beförderung braucht: Wenn db3 bei 20 s ausfällt, machen die beiden anderen weiter. Der Haken: Zwei Master können fast im selben Moment denselben Schlüssel ändern, denn ein Schreibzugriff braucht etwa 60 ms bis zu den anderen Mastern. Hier gilt die Regel &lt;b&gt;„der letzte Schreiber gewinnt“&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Two users change the same balance on two masters at once, and the last writer wins. What happens to the other change?</source>
        <extracomment>zero-to-millions, step 18, question</extracomment>
        <translation>Zwei Nutzer ändern gleichzeitig denselben Kontostand auf zwei Mastern, und der letzte Schreiber gewinnt. Was passiert mit der anderen Änderung?</translation>
    </message>
    <message>
        <source>The two changes are merged</source>
        <extracomment>zero-to-millions, step 18, choice 1</extracomment>
        <translation>Die beiden Änderungen werden zusammengeführt</translation>
    </message>
    <message>
        <source>It is silently thrown away</source>
        <extracomment>zero-to-millions, step 18, choice 2</extracomment>
        <translation>Sie wird stillschweigend verworfen</translation>
    </message>
    <message>
        <source>Its user gets an error</source>
        <extracomment>zero-to-millions, step 18, choice 3</extracomment>
        <translation>Der Nutzer, der sie gemacht hat, bekommt einen Fehler</translation>
    </message>
    <message>
        <source>Masters change the same keys at the same time: conflicts.</source>
        <extracomment>zero-to-millions, step 18, checkpoint replication.conflicts &gt; 200</extracomment>
        <translation>Master ändern gleichzeitig dieselben Schlüssel: Konflikte.</translation>
    </message>
    <message>
        <source>Last writer wins throws the losing writes away.</source>
        <extracomment>zero-to-millions, step 18, checkpoint replication.discarded_updates &gt; 200</extracomment>
        <translation>„Der letzte Schreiber gewinnt“ wirft die unterlegenen Schreibzugriffe weg.</translation>
    </message>
    <message>
        <source>A dead master needs no promotion...</source>
        <extracomment>zero-to-millions, step 18, checkpoint replication.promotions == 0</extracomment>
        <translation>Ein ausgefallener Master braucht keine Beförderung...</translation>
    </message>
    <message>
        <source>...and hardly any request fails.</source>
        <extracomment>zero-to-millions, step 18, checkpoint requests.error &lt; 20</extracomment>
        <translation>...und kaum eine Anfrage schlägt fehl.</translation>
    </message>
    <message>
        <source>A circular ring</source>
        <extracomment>zero-to-millions, step 19, title</extracomment>
        <translation>Ein Replikationsring</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Circular&lt;/b&gt; replication links the masters in a ring, A → B → C → A: each passes every write on to the next. Here each hop takes 5 ms. At 20 s &lt;b&gt;dbB&lt;/b&gt; dies; 3 s later the ring closes around it, A → C.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 19, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Zirkuläre&lt;/b&gt; Replikation verbindet die Master zu einem Ring, A → B → C → A: Jeder gibt jeden Schreibzugriff an den nächsten weiter. Hier dauert jeder Hop 5 ms. Bei 20 s fällt &lt;b&gt;dbB&lt;/b&gt; aus; 3 s später schließt sich der Ring um ihn herum, A → C.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Each hop takes 5 ms. How long after a write commits on dbA does dbC have it?</source>
        <extracomment>zero-to-millions, step 19, question</extracomment>
        <translation>Jeder Hop dauert 5 ms. Wie lange dauert es, nachdem ein Schreibzugriff auf dbA festgeschrieben wurde, bis dbC ihn hat?</translation>
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
        <translation>Ein längerer Ring, längere Verzögerungen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Delays add up hop by hop. In a ring of ten masters a write on dbA needs nine hops to reach &lt;b&gt;dbJ&lt;/b&gt;, the last one. Until it arrives, anyone reading from the far side of the ring sees old data.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 20, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Verzögerungen addieren sich von Hop zu Hop. In einem Ring aus zehn Mastern braucht ein Schreibzugriff auf dbA neun Hops bis zu &lt;b&gt;dbJ&lt;/b&gt;, dem letzten. Bis er ankommt, sieht jeder, der auf der anderen Seite des Rings liest, alte Daten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How long until the last of ten masters sees a write?</source>
        <extracomment>zero-to-millions, step 20, question</extracomment>
        <translation>Wie lange dauert es, bis der letzte von zehn Mastern einen Schreibzugriff sieht?</translation>
    </message>
    <message>
        <source>About 45 ms</source>
        <extracomment>zero-to-millions, step 20, choice 2</extracomment>
        <translation>Etwa 45 ms</translation>
    </message>
    <message>
        <source>About half a second</source>
        <extracomment>zero-to-millions, step 20, choice 3</extracomment>
        <translation>Etwa eine halbe Sekunde</translation>
    </message>
    <message>
        <source>Nine hops of 5 ms: the largest lag measured is 45 ms. Even at this light load, 85 reads in 30 s were stale.</source>
        <extracomment>zero-to-millions, step 20, answer explanation</extracomment>
        <translation>Neun Hops zu je 5 ms: Die größte gemessene Replikationsverzögerung beträgt 45 ms. Selbst bei dieser geringen Last waren 85 Lesezugriffe in 30 s veraltet.</translation>
    </message>
    <message>
        <source>Nine hops: the last node is about 45 ms behind.</source>
        <extracomment>zero-to-millions, step 20, checkpoint replication.max_lag_ms &gt; 40</extracomment>
        <translation>Neun Hops: Der letzte Knoten liegt etwa 45 ms zurück.</translation>
    </message>
    <message>
        <source>Every read on the database</source>
        <extracomment>zero-to-millions, step 21, title</extracomment>
        <translation>Jeder Lesezugriff geht an die Datenbank</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to one primary. 1,000 requests a second, 90 % of them reads, and every read goes to &lt;b&gt;db1&lt;/b&gt;. Many of them ask for the same few popular keys again and again.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 21, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Zurück zu einem einzigen Primärserver. 1.000 Anfragen pro Sekunde, 90 % davon Lesezugriffe, und jeder Lesezugriff geht an &lt;b&gt;db1&lt;/b&gt;. Viele davon fragen immer wieder nach denselben wenigen beliebten Schlüsseln.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Without a cache, db1 answers every request: over 28,000 in 30 s.</source>
        <extracomment>zero-to-millions, step 21, checkpoint nodes[db1].served &gt; 28000</extracomment>
        <translation>Ohne Cache beantwortet db1 jede Anfrage: über 28.000 in 30 s.</translation>
    </message>
    <message>
        <source>The cache holds a tenth of the keys. What share of the reads do you expect it to answer?</source>
        <extracomment>zero-to-millions, step 22, question</extracomment>
        <translation>Der Cache fasst ein Zehntel der Schlüssel. Welchen Anteil der Lesezugriffe wird er vermutlich beantworten?</translation>
    </message>
    <message>
        <source>About 10 %</source>
        <extracomment>zero-to-millions, step 22, choice 1</extracomment>
        <translation>Etwa 10 %</translation>
    </message>
    <message>
        <source>About 60 %</source>
        <extracomment>zero-to-millions, step 22, choice 2</extracomment>
        <translation>Etwa 60 %</translation>
    </message>
    <message>
        <source>Popular keys are asked for far more often than the rest, and the cache keeps them: the hit ratio is about 0.59. db1 answered about 14,000 requests instead of 30,000, and the median answer fell from 37 ms to 28.5 ms.</source>
        <extracomment>zero-to-millions, step 22, answer explanation</extracomment>
        <translation>Beliebte Schlüssel werden weit öfter abgefragt als der Rest, und der Cache behält sie: Die Trefferquote liegt bei etwa 0,59. db1 beantwortete etwa 14.000 statt 30.000 Anfragen, und die Antwort dauerte im Median 28,5 ms statt 37 ms.</translation>
    </message>
    <message>
        <source>More than half of the reads are answered by the cache.</source>
        <extracomment>zero-to-millions, step 22, checkpoint cache.hit_ratio &gt; 0.5</extracomment>
        <translation>Mehr als die Hälfte der Lesezugriffe beantwortet der Cache.</translation>
    </message>
    <message>
        <source>The database does about half the work it did.</source>
        <extracomment>zero-to-millions, step 22, checkpoint nodes[db1].served &lt; 16000</extracomment>
        <translation>Die Datenbank leistet etwa die Hälfte der Arbeit von vorher.</translation>
    </message>
    <message>
        <source>Expiration: a TTL too short</source>
        <extracomment>zero-to-millions, step 23, title</extracomment>
        <translation>Ablauf: eine zu kurze TTL</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each entry has a &lt;b&gt;time to live&lt;/b&gt;. Too long, and the cache may keep an old value; too short, and entries expire before anyone asks again, so reads go back to the database. Here the TTL drops from 60 s to 2 s.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 23, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Jeder Eintrag hat eine &lt;b&gt;Lebensdauer (Time to Live)&lt;/b&gt;. Ist sie zu lang, behält der Cache womöglich einen alten Wert; ist sie zu kurz, laufen Einträge ab, bevor jemand erneut fragt, und die Lesezugriffe gehen wieder an die Datenbank. Hier sinkt die TTL von 60 s auf 2 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the hit ratio with a TTL of 2 s?</source>
        <extracomment>zero-to-millions, step 23, question</extracomment>
        <translation>Was passiert mit der Trefferquote bei einer TTL von 2 s?</translation>
    </message>
    <message>
        <source>It rises</source>
        <extracomment>zero-to-millions, step 23, choice 1</extracomment>
        <translation>Sie steigt</translation>
    </message>
    <message>
        <source>It falls</source>
        <extracomment>zero-to-millions, step 23, choice 2</extracomment>
        <translation>Sie sinkt</translation>
    </message>
    <message>
        <source>It stays the same</source>
        <extracomment>zero-to-millions, step 23, choice 3</extracomment>
        <translation>Sie bleibt gleich</translation>
    </message>
    <message>
        <source>About 10,000 entries expired before they were used again: the hit ratio falls from 0.59 to 0.53, and db1 answers about 1,700 more requests.</source>
        <extracomment>zero-to-millions, step 23, answer explanation</extracomment>
        <translation>Etwa 10.000 Einträge liefen ab, bevor sie wieder genutzt wurden: Die Trefferquote sinkt von 0,59 auf 0,53, und db1 beantwortet etwa 1.700 Anfragen mehr.</translation>
    </message>
    <message>
        <source>Entries expire before they are asked for again.</source>
        <extracomment>zero-to-millions, step 23, checkpoint cache.expirations &gt; 5000</extracomment>
        <translation>Einträge laufen ab, bevor erneut nach ihnen gefragt wird.</translation>
    </message>
    <message>
        <source>Consistency: no invalidation</source>
        <extracomment>zero-to-millions, step 24, title</extracomment>
        <translation>Konsistenz: keine Invalidierung</translation>
    </message>
    <message>
        <source>&lt;p&gt;So far every write deleted its key from the cache. Here writes go to the database and leave the cache alone, and entries live 30 s. A value changed in the database stays old in the cache until it expires.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 24, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bisher hat jeder Schreibzugriff seinen Schlüssel aus dem Cache gelöscht. Hier gehen Schreibzugriffe an die Datenbank und lassen den Cache in Ruhe, und Einträge leben 30 s. Ein in der Datenbank geänderter Wert bleibt im Cache alt, bis er abläuft.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How many reads do you expect to return an old value?</source>
        <extracomment>zero-to-millions, step 24, question</extracomment>
        <translation>Wie viele Lesezugriffe liefern vermutlich einen alten Wert?</translation>
    </message>
    <message>
        <source>None: the database is always right</source>
        <extracomment>zero-to-millions, step 24, choice 1</extracomment>
        <translation>Keine: Die Datenbank hat immer recht</translation>
    </message>
    <message>
        <source>A few dozen</source>
        <extracomment>zero-to-millions, step 24, choice 2</extracomment>
        <translation>Ein paar Dutzend</translation>
    </message>
    <message>
        <source>Eviction policies</source>
        <extracomment>zero-to-millions, step 25, title</extracomment>
        <translation>Verdrängungsstrategien</translation>
    </message>
    <message>
        <source>&lt;p&gt;A full cache must &lt;b&gt;evict&lt;/b&gt; an entry to make room for a new one. This cache holds only 200 keys and uses &lt;b&gt;LFU&lt;/b&gt;: it gives up the key used least often, so the popular ones stay. &lt;b&gt;LRU&lt;/b&gt; would give up the one unused for longest, &lt;b&gt;FIFO&lt;/b&gt; the oldest.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 25, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein voller Cache muss einen Eintrag &lt;b&gt;verdrängen&lt;/b&gt;, um Platz für einen neuen zu schaffen. Dieser Cache fasst nur 200 Schlüssel und nutzt &lt;b&gt;LFU&lt;/b&gt;: Er gibt den am seltensten genutzten Schlüssel auf, damit die beliebten bleiben. &lt;b&gt;LRU&lt;/b&gt; würde den am längsten ungenutzten aufgeben, &lt;b&gt;FIFO&lt;/b&gt; den ältesten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Which policy keeps the popular keys best when the cache is small?</source>
        <extracomment>zero-to-millions, step 25, question</extracomment>
        <translation>Welche Strategie behält die beliebten Schlüssel am besten, wenn der Cache klein ist?</translation>
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
        <translation>Alle gleich gut</translation>
    </message>
    <message>
        <source>LFU reaches a hit ratio of 0.44 here; the same cache reaches 0.41 with LRU and 0.38 with FIFO. Which is best depends on how the keys are used.</source>
        <extracomment>zero-to-millions, step 25, answer explanation</extracomment>
        <translation>LFU erreicht hier eine Trefferquote von 0,44; derselbe Cache erreicht mit LRU 0,41 und mit FIFO 0,38. Welche Strategie am besten ist, hängt davon ab, wie die Schlüssel genutzt werden.</translation>
    </message>
    <message>
        <source>With 200 entries for 10,000 keys, LFU still answers over 40 % of the reads.</source>
        <extracomment>zero-to-millions, step 25, checkpoint cache.hit_ratio &gt; 0.4</extracomment>
        <translation>Mit 200 Einträgen für 10.000 Schlüssel beantwortet LFU trotzdem über 40 % der Lesezugriffe.</translation>
    </message>
    <message>
        <source>The cache as a single point of failure</source>
        <extracomment>zero-to-millions, step 26, title</extracomment>
        <translation>Der Cache als Single Point of Failure</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database was sized counting on the cache: 8 workers. At 30 s &lt;b&gt;cache1&lt;/b&gt; dies, and every read lands on db1 at once. The cache comes back at 45 s, empty.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 26, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Die Datenbank wurde im Vertrauen auf den Cache dimensioniert: 8 Worker. Bei 30 s fällt &lt;b&gt;cache1&lt;/b&gt; aus, und jeder Lesezugriff landet auf einen Schlag bei db1. Der Cache kommt bei 45 s zurück, leer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to db1 when the cache dies?</source>
        <extracomment>zero-to-millions, step 26, question</extracomment>
        <translation>Was passiert mit db1, wenn der Cache ausfällt?</translation>
    </message>
    <message>
        <source>Nothing: it had the data all along</source>
        <extracomment>zero-to-millions, step 26, choice 1</extracomment>
        <translation>Nichts: Er hatte die Daten ja die ganze Zeit</translation>
    </message>
    <message>
        <source>It is flooded and answers much more slowly</source>
        <extracomment>zero-to-millions, step 26, choice 2</extracomment>
        <translation>Er wird überflutet und antwortet viel langsamer</translation>
    </message>
    <message>
        <source>It shuts down too</source>
        <extracomment>zero-to-millions, step 26, choice 3</extracomment>
        <translation>Er fällt ebenfalls aus</translation>
    </message>
    <message>
        <source>Without the cache every read lands on the database.</source>
        <extracomment>zero-to-millions, step 26, checkpoint nodes[db1].served &gt; 25000</extracomment>
        <translation>Ohne Cache landet jeder Lesezugriff bei der Datenbank.</translation>
    </message>
    <message>
        <source>Static files from far away</source>
        <extracomment>zero-to-millions, step 27, title</extracomment>
        <translation>Statische Dateien von weit weg</translation>
    </message>
    <message>
        <source>&lt;p&gt;Images, scripts and style sheets are &lt;b&gt;static&lt;/b&gt;: the same for every user. Here they all come from &lt;b&gt;assets&lt;/b&gt;, a storage bucket in the US. Users in Europe pay for the ocean crossing on every single file.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 27, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bilder, Skripte und Stylesheets sind &lt;b&gt;statisch&lt;/b&gt;: für jeden Nutzer gleich. Hier kommen sie alle von &lt;b&gt;assets&lt;/b&gt;, einem Storage-Bucket in den USA. Nutzer in Europa zahlen bei jeder einzelnen Datei für den Weg über den Ozean.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The origin sends every file itself.</source>
        <extracomment>zero-to-millions, step 27, checkpoint nodes[assets].served &gt; 28000</extracomment>
        <translation>Der Ursprungsserver sendet jede Datei selbst.</translation>
    </message>
    <message>
        <source>A CDN</source>
        <extracomment>zero-to-millions, step 28, title</extracomment>
        <translation>Ein CDN</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;CDN&lt;/b&gt; keeps copies of static files on &lt;b&gt;edge&lt;/b&gt; servers close to the users. Each user asks the nearest edge; on a miss, the edge fetches the file from the origin once and keeps it. A popular file is fetched once and then served thousands of times.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 28, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein &lt;b&gt;CDN&lt;/b&gt; hält Kopien statischer Dateien auf &lt;b&gt;Edge-Servern&lt;/b&gt; nahe bei den Nutzern. Jeder Nutzer fragt den nächstgelegenen Edge-Server; bei einem Fehlzugriff holt der Edge-Server die Datei einmal vom Ursprungsserver und behält sie. Eine beliebte Datei wird einmal geholt und dann tausendfach ausgeliefert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What share of the bytes does the origin still send?</source>
        <extracomment>zero-to-millions, step 28, question</extracomment>
        <translation>Welchen Anteil der Bytes sendet der Ursprungsserver noch?</translation>
    </message>
    <message>
        <source>Almost all of them</source>
        <extracomment>zero-to-millions, step 28, choice 1</extracomment>
        <translation>Fast alle</translation>
    </message>
    <message>
        <source>Less than a fifth</source>
        <extracomment>zero-to-millions, step 28, choice 3</extracomment>
        <translation>Weniger als ein Fünftel</translation>
    </message>
    <message>
        <source>The edges took 86 % of the bytes off the origin (offload 0.86): it answered 3,500 requests instead of 30,000. The median file takes 21 ms instead of 229 ms.</source>
        <extracomment>zero-to-millions, step 28, answer explanation</extracomment>
        <translation>Die Edge-Server nahmen dem Ursprungsserver 86 % der Bytes ab (Entlastung 0,86): Er beantwortete 3.500 statt 30.000 Anfragen. Eine Datei dauert im Median 21 ms statt 229 ms.</translation>
    </message>
    <message>
        <source>The edges send more than 80 % of the bytes.</source>
        <extracomment>zero-to-millions, step 28, checkpoint cdn.offload &gt; 0.8</extracomment>
        <translation>Die Edge-Server senden mehr als 80 % der Bytes.</translation>
    </message>
    <message>
        <source>Files come from nearby: the median takes under 50 ms.</source>
        <extracomment>zero-to-millions, step 28, checkpoint latency_ms.p50 &lt; 50</extracomment>
        <translation>Die Dateien kommen aus der Nähe: im Median unter 50 ms.</translation>
    </message>
    <message>
        <source>What a CDN costs</source>
        <extracomment>zero-to-millions, step 29, title</extracomment>
        <translation>Was ein CDN kostet</translation>
    </message>
    <message>
        <source>Files that are almost never asked for twice: what does the CDN cost, compared with no CDN?</source>
        <extracomment>zero-to-millions, step 29, question</extracomment>
        <translation>Dateien, die fast nie zweimal abgerufen werden: Was kostet das CDN im Vergleich zum Betrieb ohne CDN?</translation>
    </message>
    <message>
        <source>Less</source>
        <extracomment>zero-to-millions, step 29, choice 1</extracomment>
        <translation>Weniger</translation>
    </message>
    <message>
        <source>About twice as much</source>
        <extracomment>zero-to-millions, step 29, choice 3</extracomment>
        <translation>Etwa doppelt so viel</translation>
    </message>
    <message>
        <source>Yet the CDN bill is about twice the $0.55 of serving from the origin.</source>
        <extracomment>zero-to-millions, step 29, checkpoint cdn.cost_usd &gt; 0.9</extracomment>
        <translation>Trotzdem ist die CDN-Rechnung etwa doppelt so hoch wie die 0,55 $ für die Auslieferung direkt vom Ursprungsserver.</translation>
    </message>
    <message>
        <source>When an edge fails</source>
        <extracomment>zero-to-millions, step 30, title</extracomment>
        <translation>Wenn ein Edge-Server ausfällt</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s the European edge dies. Clients have to notice and fetch from the origin instead: each waits for a 3 s timeout, then goes straight to the origin for the next 30 s before trying the edge again.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 30, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei 20 s fällt der europäische Edge-Server aus. Die Clients müssen das bemerken und die Dateien stattdessen vom Ursprungsserver holen: Jeder wartet ein Timeout von 3 s ab und geht dann für die nächsten 30 s direkt zum Ursprungsserver, bevor er es wieder beim Edge-Server versucht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What do European users see while their edge is down?</source>
        <extracomment>zero-to-millions, step 30, question</extracomment>
        <translation>Was sehen europäische Nutzer, solange ihr Edge-Server ausgefallen ist?</translation>
    </message>
    <message>
        <source>Errors</source>
        <extracomment>zero-to-millions, step 30, choice 1</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Slow pages: a timeout, then files from the far origin</source>
        <extracomment>zero-to-millions, step 30, choice 2</extracomment>
        <translation>Langsame Seiten: ein Timeout, dann Dateien vom fernen Ursprungsserver</translation>
    </message>
    <message>
        <source>No difference</source>
        <extracomment>zero-to-millions, step 30, choice 3</extracomment>
        <translation>Keinen Unterschied</translation>
    </message>
    <message>
        <source>Clients fall back to the origin when their edge is dead.</source>
        <extracomment>zero-to-millions, step 30, checkpoint cdn.fallbacks &gt; 1000</extracomment>
        <translation>Clients weichen auf den Ursprungsserver aus, wenn ihr Edge-Server ausgefallen ist.</translation>
    </message>
    <message>
        <source>No request fails.</source>
        <extracomment>zero-to-millions, step 30, checkpoint requests.error == 0</extracomment>
        <translation>Keine Anfrage schlägt fehl.</translation>
    </message>
    <message>
        <source>The timeout before the fallback is long.</source>
        <extracomment>zero-to-millions, step 30, checkpoint latency_ms.p99 &gt; 2000</extracomment>
        <translation>Das Timeout vor dem Ausweichen ist lang.</translation>
    </message>
    <message>
        <source>Invalidating the CDN</source>
        <extracomment>zero-to-millions, step 31, title</extracomment>
        <translation>Das CDN invalidieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;We deploy a new style sheet, but the edges would keep the old one for a day, their TTL. At 30 s we &lt;b&gt;invalidate&lt;/b&gt; /static/*: 5 s later every edge drops its copies, and the next request for each file is a miss that goes back to the origin.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 31, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Wir rollen ein neues Stylesheet aus, aber die Edge-Server würden das alte einen Tag lang behalten, so lange wie ihre TTL. Bei 30 s &lt;b&gt;invalidieren&lt;/b&gt; wir /static/*: 5 s später verwirft jeder Edge-Server seine Kopien, und die nächste Anfrage nach jeder Datei ist ein Fehlzugriff, der zurück zum Ursprungsserver geht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the origin right after the invalidation?</source>
        <extracomment>zero-to-millions, step 31, question</extracomment>
        <translation>Was passiert mit dem Ursprungsserver direkt nach der Invalidierung?</translation>
    </message>
    <message>
        <source>Nothing changes</source>
        <extracomment>zero-to-millions, step 31, choice 1</extracomment>
        <translation>Nichts ändert sich</translation>
    </message>
    <message>
        <source>A wave of misses: it sends every file again</source>
        <extracomment>zero-to-millions, step 31, choice 2</extracomment>
        <translation>Eine Welle von Fehlzugriffen: Er sendet jede Datei erneut</translation>
    </message>
    <message>
        <source>It goes down</source>
        <extracomment>zero-to-millions, step 31, choice 3</extracomment>
        <translation>Er fällt aus</translation>
    </message>
    <message>
        <source>The edges dropped about 3,500 objects and the misses nearly doubled: about 7,000 in 60 s instead of 4,000. Versioned file names, such as app.v2.css, avoid invalidating at all.</source>
        <extracomment>zero-to-millions, step 31, answer explanation</extracomment>
        <translation>Die Edge-Server verwarfen etwa 3.500 Objekte, und die Fehlzugriffe verdoppelten sich fast: etwa 7.000 in 60 s statt 4.000. Mit versionierten Dateinamen wie app.v2.css muss man gar nicht erst invalidieren.</translation>
    </message>
    <message>
        <source>The edges drop thousands of objects.</source>
        <extracomment>zero-to-millions, step 31, checkpoint cdn.invalidated &gt; 3000</extracomment>
        <translation>Die Edge-Server verwerfen Tausende Objekte.</translation>
    </message>
    <message>
        <source>Every dropped file is fetched from the origin again.</source>
        <extracomment>zero-to-millions, step 31, checkpoint cdn.misses &gt; 5500</extracomment>
        <translation>Jede verworfene Datei wird erneut vom Ursprungsserver geholt.</translation>
    </message>
    <message>
        <source>Millions</source>
        <extracomment>zero-to-millions, step 32, title</extracomment>
        <translation>Millionen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Put together, the pieces scale. A balancer spreads &lt;b&gt;20,000 requests a second&lt;/b&gt; over 20 stateless web servers, about 1,000 each: over a million requests a minute, none dropped. To grow further: more servers behind the balancer, replicas behind the database, a cache and a CDN in front.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 32, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Zusammengesetzt skalieren die Bausteine. Ein Load Balancer verteilt &lt;b&gt;20.000 Anfragen pro Sekunde&lt;/b&gt; auf 20 zustandslose Webserver, etwa 1.000 pro Server: über eine Million Anfragen pro Minute, keine verworfen. Um weiter zu wachsen: mehr Server hinter dem Load Balancer, Replikate hinter der Datenbank, ein Cache und ein CDN davor.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Over half a million requests answered in 30 s.</source>
        <extracomment>zero-to-millions, step 32, checkpoint requests.ok &gt; 550000</extracomment>
        <translation>Über eine halbe Million Anfragen in 30 s beantwortet.</translation>
    </message>
    <message>
        <source>None dropped.</source>
        <extracomment>zero-to-millions, step 32, checkpoint requests.dropped == 0</extracomment>
        <translation>Keine verworfen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;What if a write updates the database but leaves the cache alone? Then a cached value stays old until it expires, here after 30 s, and every read of that key gets the old value in the meantime. Here writes are spread over many keys while reads favour a few popular ones, as on most sites; still, the popular keys change now and then.&lt;/p&gt;</source>
        <extracomment>caching, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Was, wenn ein Schreibzugriff die Datenbank aktualisiert, den Cache aber in Ruhe lässt? Dann bleibt ein Wert im Cache alt, bis er abläuft, hier nach 30 s, und jeder Lesezugriff auf diesen Schlüssel bekommt so lange den alten Wert. Hier verteilen sich die Schreibzugriffe auf viele Schlüssel, während die Lesezugriffe einige wenige beliebte bevorzugen, wie auf den meisten Websites; trotzdem ändern sich auch die beliebten Schlüssel ab und zu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The hit ratio rose to 0.66, since nothing deletes entries, but about 7,200 of 18,000 hits returned an old value. A fast cache that returns wrong answers is worse than no cache.</source>
        <extracomment>caching, step 3, answer explanation</extracomment>
        <translation>Die Trefferquote stieg auf 0,66, weil nichts Einträge löscht, aber etwa 7.200 von 18.000 Treffern lieferten einen alten Wert. Ein schneller Cache, der falsche Antworten liefert, ist schlimmer als gar kein Cache.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A CDN charges for the bytes it sends and per request. Here the files are on a &lt;b&gt;custom origin&lt;/b&gt;, outside the CDN&apos;s cloud, whose host also bills every byte it sends to an edge (a fill), at the $0.09/GB it charges for sending to users. Users ask for any of 5 million files at random: almost every request is for a file no edge has.&lt;/p&gt;</source>
        <extracomment>cdn, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein CDN berechnet die gesendeten Bytes und jede Anfrage. Hier liegen die Dateien auf einem &lt;b&gt;Custom Origin&lt;/b&gt;, einem eigenen Ursprungsserver außerhalb der Cloud des CDN. Dessen Hoster stellt außerdem jedes Byte in Rechnung, das er an einen Edge-Server sendet (eine Befüllung), und zwar zu denselben 0,09 $/GB, die er für das Senden an Nutzer verlangt. Die Nutzer fragen zufällig nach irgendeiner von 5 Millionen Dateien: Fast jede Anfrage gilt einer Datei, die kein Edge-Server hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nearly every request is a miss, paid twice: the origin&apos;s host bills the fill, the CDN the delivery. $1.10 against $0.55 without a CDN, and not one bit faster. From an origin in the CDN&apos;s own cloud (S3 behind CloudFront) fills are free: the bill would be about the $0.55 of no CDN.</source>
        <extracomment>cdn, step 5, answer explanation</extracomment>
        <translation>Fast jede Anfrage ist ein Fehlzugriff und wird doppelt bezahlt: Der Hoster des Ursprungsservers berechnet die Befüllung, das CDN die Auslieferung. 1,10 $ gegenüber 0,55 $ ohne CDN, und kein bisschen schneller. Von einem Ursprungsserver in der eigenen Cloud des CDN (S3 hinter CloudFront) sind Befüllungen kostenlos: Die Rechnung läge dann etwa bei den 0,55 $ ohne CDN.</translation>
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
        <extracomment>failover, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein anderer Weg: Der Primärserver antwortet erst dann „erledigt“, wenn mindestens ein Replikat den Schreibzugriff in seinem Relay-Log hat. Dann wird kein Schreibzugriff bestätigt, von dem nur der Primärserver weiß. Jeder Schreibzugriff wartet auf einen Roundtrip zu einem Replikat und auf die Versandverzögerung. Aber einen Schreibzugriff zu haben heißt nicht, ihn übernommen zu haben: Diese Replikate übernehmen einen Schreibzugriff 50 ms, nachdem er ihr Relay-Log erreicht hat, und beantworten Lesezugriffe bis dahin mit dem alten Wert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No acknowledged write is lost. But the slowest requests, the writes, now take about 140 ms at the 95th percentile instead of 37 ms. And replicas are not fresh: about 1,500 reads are still stale (2,800 with async), because semi-sync waits for the relay log, not for the apply. Semi-sync protects acknowledged writes, not freshness.</source>
        <extracomment>failover, step 4, answer explanation</extracomment>
        <translation>Kein bestätigter Schreibzugriff geht verloren. Aber die langsamsten Anfragen, die Schreibzugriffe, dauern jetzt im 95. Perzentil etwa 140 ms statt 37 ms. Und die Replikate sind nicht aktuell: Etwa 1.500 Lesezugriffe sind immer noch veraltet (2.800 bei asynchroner Replikation), weil semisynchrone Replikation auf das Relay-Log wartet, nicht auf die Übernahme. Semisynchrone Replikation schützt bestätigte Schreibzugriffe, nicht die Aktualität.</translation>
    </message>
    <message>
        <source>Semi-sync protects acknowledged writes, not freshness: replicas still serve old values until they apply a write.</source>
        <extracomment>failover, step 4, checkpoint replication.stale_reads &gt; 500</extracomment>
        <translation>Semisynchrone Replikation schützt bestätigte Schreibzugriffe, nicht die Aktualität: Replikate liefern weiter alte Werte, bis sie einen Schreibzugriff übernehmen.</translation>
    </message>
    <message>
        <source>dbC gets them from dbA once the ring closes</source>
        <extracomment>multi-master-and-rings, step 3, choice 1</extracomment>
        <translation>dbC bekommt sie von dbA, sobald sich der Ring schließt</translation>
    </message>
    <message>
        <source>91 writes were held up at dbB. When the ring closed, dbC asked dbA for every write it had not seen yet (MySQL knows which by their GTIDs) and all 91 arrived: in the end the live nodes agree. Until then dbC fell 3 s behind. Only writes dbB had committed itself and not yet sent would be lost; here the web server writes to dbA.</source>
        <extracomment>multi-master-and-rings, step 3, answer explanation</extracomment>
        <translation>91 Schreibzugriffe hingen an dbB fest. Als sich der Ring schloss, fragte dbC bei dbA nach jedem Schreibzugriff, den er noch nicht gesehen hatte (MySQL erkennt sie an ihren GTIDs), und alle 91 kamen an: Am Ende sind sich die noch laufenden Knoten einig. Bis dahin fiel dbC 3 s zurück. Verloren wären nur Schreibzugriffe, die dbB selbst festgeschrieben und noch nicht weitergesendet hatte; hier schreibt der Webserver aber auf dbA.</translation>
    </message>
    <message>
        <source>Writes held up at the dead node reach dbC once the ring closes.</source>
        <extracomment>multi-master-and-rings, step 3, checkpoint replication.stranded_writes &gt; 0</extracomment>
        <translation>Schreibzugriffe, die am ausgefallenen Knoten festhingen, erreichen dbC, sobald sich der Ring schließt.</translation>
    </message>
    <message>
        <source>No write is lost: dbB had sent on every write it committed.</source>
        <extracomment>multi-master-and-rings, step 3, checkpoint replication.ring_lost_writes == 0</extracomment>
        <translation>Kein Schreibzugriff geht verloren: dbB hatte jeden Schreibzugriff weitergesendet, den er festgeschrieben hatte.</translation>
    </message>
    <message>
        <source>While the ring was open, dbC fell about 3 s behind dbA.</source>
        <extracomment>multi-master-and-rings, step 3, checkpoint replication.max_lag_ms &gt; 2000</extracomment>
        <translation>Solange der Ring offen war, fiel dbC etwa 3 s hinter dbA zurück.</translation>
    </message>
    <message>
        <source>A → B → C is two hops: 10 ms while the ring is whole. When dbB died, 91 writes it had not passed on were held up and dbC fell 3 s behind; when the ring closed, dbC got all of them from dbA.</source>
        <extracomment>zero-to-millions, step 19, answer explanation</extracomment>
        <translation>A → B → C sind zwei Hops: 10 ms, solange der Ring intakt ist. Als dbB ausfiel, hingen 91 Schreibzugriffe fest, die er noch nicht weitergegeben hatte, und dbC fiel 3 s zurück; als sich der Ring schloss, bekam dbC sie alle von dbA.</translation>
    </message>
    <message>
        <source>Writes the dead node had not passed on waited for the ring to close...</source>
        <extracomment>zero-to-millions, step 19, checkpoint replication.stranded_writes &gt; 0</extracomment>
        <translation>Schreibzugriffe, die der ausgefallene Knoten nicht weitergegeben hatte, warteten darauf, dass sich der Ring schließt...</translation>
    </message>
    <message>
        <source>...and then reached dbC: none was lost.</source>
        <extracomment>zero-to-millions, step 19, checkpoint replication.ring_lost_writes == 0</extracomment>
        <translation>...und erreichten dann dbC: Keiner ging verloren.</translation>
    </message>
    <message>
        <source>About 7,200 of 18,000 hits returned an old value; with invalidation it was about 50. Keeping the cache in step with the database is the hard part of caching.</source>
        <extracomment>zero-to-millions, step 24, answer explanation</extracomment>
        <translation>Etwa 7.200 von 18.000 Treffern lieferten einen alten Wert; mit Invalidierung waren es etwa 50. Den Cache mit der Datenbank im Gleichschritt zu halten, ist der schwierige Teil des Cachings.</translation>
    </message>
    <message>
        <source>Without invalidation, thousands of hits are stale.</source>
        <extracomment>zero-to-millions, step 24, checkpoint cache.stale_hits &gt; 5000</extracomment>
        <translation>Ohne Invalidierung sind Tausende Treffer veraltet.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A CDN bills for every byte it sends and per request; an origin outside the CDN&apos;s cloud (a &lt;b&gt;custom origin&lt;/b&gt;, as here) also bills every fill it sends to an edge. That pays off for files asked for again and again. Here users ask for 5 million different files, almost none twice, so nearly every request is a miss.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 29, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein CDN berechnet jedes gesendete Byte und jede Anfrage; ein Ursprungsserver außerhalb der Cloud des CDN (ein &lt;b&gt;Custom Origin&lt;/b&gt; wie hier) stellt außerdem jede Befüllung in Rechnung, die er an einen Edge-Server sendet. Das lohnt sich für Dateien, die immer wieder abgerufen werden. Hier fragen die Nutzer nach 5 Millionen verschiedenen Dateien, fast keine davon zweimal, also ist fast jede Anfrage ein Fehlzugriff.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>$1.10 with the CDN against $0.55 without, and nothing is faster: the offload is 0.2 %. Every miss is paid twice: the fill to the origin&apos;s host, the delivery to the CDN. Put the files people ask for often on a CDN, not the rest.</source>
        <extracomment>zero-to-millions, step 29, answer explanation</extracomment>
        <translation>1,10 $ mit CDN gegenüber 0,55 $ ohne, und nichts ist schneller: Die Entlastung beträgt 0,2 %. Jeder Fehlzugriff wird doppelt bezahlt: die Befüllung an den Hoster des Ursprungsservers, die Auslieferung an das CDN. Auf ein CDN gehören die Dateien, die oft abgerufen werden, nicht der Rest.</translation>
    </message>
    <message>
        <source>Every read now goes to db1. It answers about 15,000 requests in 15 s, all that 8 workers can, while more arrive: its queue fills, the 95th percentile rises from 39 ms to about 420 ms and about 1,100 requests are dropped. Several cache servers, or a standby gutter pool, protect the database.</source>
        <extracomment>caching, step 6, answer explanation</extracomment>
        <translation>Jeder Lesezugriff geht jetzt an db1. Er beantwortet in 15 s etwa 15.000 Anfragen, alles, was 8 Worker schaffen, während weitere eintreffen: Seine Warteschlange füllt sich, das 95. Perzentil steigt von 39 ms auf etwa 420 ms, und etwa 1.100 Anfragen werden verworfen. Mehrere Cache-Server oder ein bereitstehender Gutter-Pool schützen die Datenbank.</translation>
    </message>
    <message>
        <source>db1 answered about 15,000 requests in those 15 s, as many as in the 30 s before, and could take no more: the 95th percentile rose from 39 ms to about 420 ms and about 1,100 requests were dropped. Several cache servers, or a standby gutter pool, avoid this.</source>
        <extracomment>zero-to-millions, step 26, answer explanation</extracomment>
        <translation>db1 beantwortete in diesen 15 s etwa 15.000 Anfragen, so viele wie in den 30 s davor, und konnte nicht mehr aufnehmen: Das 95. Perzentil stieg von 39 ms auf etwa 420 ms, und etwa 1.100 Anfragen wurden verworfen. Mehrere Cache-Server oder ein bereitstehender Gutter-Pool verhindern das.</translation>
    </message>
    <message>
        <source>Files that cross the ocean take over 200 ms.</source>
        <extracomment>zero-to-millions, step 27, checkpoint latency_ms.p95 &gt; 200</extracomment>
        <translation>Dateien, die über den Ozean kommen, dauern über 200 ms.</translation>
    </message>
    <message>
        <source>About 1,500 requests waited out the 3 s timeout before falling back, so the 99th percentile is 3.2 s; not one failed. After that the origin served them directly: slower, but working.</source>
        <extracomment>zero-to-millions, step 30, answer explanation</extracomment>
        <translation>Etwa 1.500 Anfragen warteten das Timeout von 3 s ab, bevor sie auswichen, daher liegt das 99. Perzentil bei 3,2 s; keine einzige schlug fehl. Danach bediente der Ursprungsserver sie direkt: langsamer, aber es funktioniert.</translation>
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
        <source>&lt;p&gt;For each read, the web server asks &lt;b&gt;cache1&lt;/b&gt; first. A &lt;b&gt;hit&lt;/b&gt; answers from memory; a &lt;b&gt;miss&lt;/b&gt; reads &lt;b&gt;db1&lt;/b&gt; and the web server stores the answer in the cache: &lt;b&gt;cache-aside&lt;/b&gt;, what the chapter calls a read-through cache (in a strict read-through cache the cache loads the database itself). A write updates db1 and deletes the key from the cache, so the next read fetches the new value. The cache holds 1,000 of the 10,000 keys.&lt;/p&gt;</source>
        <extracomment>caching, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Bei jedem Lesezugriff fragt der Webserver zuerst &lt;b&gt;cache1&lt;/b&gt;. Ein &lt;b&gt;Treffer&lt;/b&gt; wird aus dem Speicher beantwortet; bei einem &lt;b&gt;Fehlzugriff&lt;/b&gt; wird &lt;b&gt;db1&lt;/b&gt; gelesen, und der Webserver legt die Antwort im Cache ab: &lt;b&gt;Cache-Aside&lt;/b&gt;, was das Kapitel einen Read-Through-Cache nennt (bei einem Read-Through-Cache im strengen Sinn lädt der Cache selbst aus der Datenbank). Ein Schreibzugriff ändert db1 und löscht den Schlüssel aus dem Cache, sodass der nächste Lesezugriff den neuen Wert holt. Der Cache fasst 1.000 der 10.000 Schlüssel.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The sessions live in the store, not in web2, so none is lost. Some requests still fail: those web2 was serving when it died, and those the balancer goes on sending it until the health checks take it out of the pool.</source>
        <extracomment>zero-to-millions, step 12, answer explanation</extracomment>
        <translation>Die Sitzungen liegen im Sitzungsspeicher, nicht in web2, also geht keine verloren. Einige Anfragen schlagen trotzdem fehl: die, die gerade in web2 steckten, als er ausfiel, und die, die der Load Balancer ihm weiterhin schickt, bis die Health Checks ihn aus dem Pool nehmen.</translation>
    </message>
    <message>
        <source>Writes go to db1 alone, about 3,600 in 30 s; the reads are shared by db2 and db3, about 4,300 each. But every replica also applies every write it is shipped: replicas take reads off the primary, not writes. More reads? Add replicas. More writes? Replicas do not help.</source>
        <extracomment>zero-to-millions, step 13, answer explanation</extracomment>
        <translation>Schreibzugriffe gehen nur an db1, etwa 3.600 in 30 s; die Lesezugriffe teilen sich db2 und db3, je etwa 4.300. Aber jedes Replikat führt auch jeden Schreibzugriff aus, der ihm übertragen wird: Replikate nehmen dem Primärserver Lesezugriffe ab, keine Schreibzugriffe. Mehr Lesezugriffe? Dann mehr Replikate. Mehr Schreibzugriffe? Da helfen Replikate nicht.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In production the promotion is more careful. Before db2 takes over, a recovery script reads the dead primary&apos;s &lt;b&gt;binary log&lt;/b&gt;, the record of every write it committed, and replays the missing writes on db2. It takes 2 s more. It works only because db1 crashed but its disk survived: if the machine or its disk is gone, so is its binary log, and the missing writes with it.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 17, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Im Produktivbetrieb läuft die Beförderung sorgfältiger ab. Bevor db2 übernimmt, liest ein Wiederherstellungsskript das &lt;b&gt;Binärlog (Binlog)&lt;/b&gt; des ausgefallenen Primärservers, also das Protokoll aller Schreibzugriffe, die er festgeschrieben hat, und spielt die fehlenden Schreibzugriffe auf db2 nach. Das dauert 2 s länger. Es funktioniert nur, weil db1 abgestürzt ist, seine Festplatte aber überlebt hat: Ist die Maschine oder ihre Festplatte verloren, dann auch ihr Binlog und mit ihm die fehlenden Schreibzugriffe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About 350 writes in 30 s were overwritten without a word to their users; in the end all masters agree. For a balance that means lost money, and which write counts as the last is decided by the masters&apos; clocks, which can be skewed: the change that wins may not even be the later one. The other rule, first committer wins, refuses the later write and tells its user instead.</source>
        <extracomment>zero-to-millions, step 18, answer explanation</extracomment>
        <translation>Etwa 350 Schreibzugriffe wurden in 30 s überschrieben, ohne dass ihre Nutzer davon erfuhren; am Ende sind sich alle Master einig. Bei einem Kontostand bedeutet das verlorenes Geld, und welcher Schreibzugriff als der letzte gilt, entscheiden die Uhren der Master, und die können voneinander abweichen: Die Änderung, die gewinnt, ist vielleicht nicht einmal die spätere. Die andere Regel, „wer zuerst festschreibt, gewinnt“, lehnt stattdessen den späteren Schreibzugriff ab und teilt das seinem Nutzer mit.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;cache&lt;/b&gt; keeps recent answers in memory. For each read the server asks &lt;b&gt;cache1&lt;/b&gt; first: a &lt;b&gt;hit&lt;/b&gt; answers in half a millisecond; a &lt;b&gt;miss&lt;/b&gt; reads db1 and the server puts the answer in the cache for next time. This is &lt;b&gt;cache-aside&lt;/b&gt;, what the chapter calls a read-through cache (in a strict read-through cache the cache loads the database itself). This cache holds 1,000 of the 10,000 keys.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 22, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;Ein &lt;b&gt;Cache&lt;/b&gt; hält kürzlich gelieferte Antworten im Speicher. Bei jedem Lesezugriff fragt der Server zuerst &lt;b&gt;cache1&lt;/b&gt;: Ein &lt;b&gt;Treffer&lt;/b&gt; antwortet in einer halben Millisekunde; ein &lt;b&gt;Fehlzugriff&lt;/b&gt; liest aus db1, und der Server legt die Antwort für das nächste Mal im Cache ab. Das ist &lt;b&gt;Cache-Aside&lt;/b&gt;, was das Kapitel einen Read-Through-Cache nennt (bei einem Read-Through-Cache im strengen Sinn lädt der Cache selbst aus der Datenbank). Dieser Cache fasst 1.000 der 10.000 Schlüssel.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
