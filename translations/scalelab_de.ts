<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AbCompareVariants</name>
    <message>
        <source>Least connections instead of round robin</source>
        <translation>Least Connections statt Round Robin</translation>
    </message>
    <message>
        <source>Round robin instead of least connections</source>
        <translation>Round Robin statt Least Connections</translation>
    </message>
    <message>
        <source>LFU instead of LRU eviction</source>
        <translation>LFU- statt LRU-Verdrängung</translation>
    </message>
    <message>
        <source>LRU instead of LFU eviction</source>
        <translation>LRU- statt LFU-Verdrängung</translation>
    </message>
    <message>
        <source>Semi-sync instead of async replication</source>
        <translation>Semisynchrone statt asynchroner Replikation</translation>
    </message>
    <message>
        <source>Async instead of semi-sync replication</source>
        <translation>Asynchrone statt semisynchroner Replikation</translation>
    </message>
    <message>
        <source>Stateful (local) sessions instead of a shared store</source>
        <translation>Zustandsbehaftete (lokale) Sitzungen statt eines gemeinsamen Speichers</translation>
    </message>
    <message>
        <source>Stateless servers with a shared session store</source>
        <translation>Zustandslose Server mit gemeinsamem Sitzungsspeicher</translation>
    </message>
    <message>
        <source>replication: %1 → %2</source>
        <translation>Replikation: %1 → %2</translation>
    </message>
</context>
<context>
    <name>BigNumberCatalog</name>
    <message>
        <source>requests ok</source>
        <translation>Anfragen ok</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>timeouts</source>
        <translation>Timeouts</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>p50 latency</source>
        <translation>p50-Latenz</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95-Latenz</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>p99-Latenz</translation>
    </message>
    <message>
        <source>cache hit ratio</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>stale cache hits</source>
        <translation>veraltete Cache-Treffer</translation>
    </message>
    <message>
        <source>cache evictions</source>
        <translation>Cache-Verdrängungen</translation>
    </message>
    <message>
        <source>stale reads</source>
        <translation>veraltete Lesezugriffe</translation>
    </message>
    <message>
        <source>lost writes</source>
        <translation>verlorene Schreibzugriffe</translation>
    </message>
    <message>
        <source>max replication lag</source>
        <translation>max. Replikationsverzögerung</translation>
    </message>
    <message>
        <source>write conflicts</source>
        <translation>Schreibkonflikte</translation>
    </message>
    <message>
        <source>sessions lost</source>
        <translation>verlorene Sitzungen</translation>
    </message>
    <message>
        <source>CDN offload</source>
        <translation>CDN-Entlastung</translation>
    </message>
    <message>
        <source>CDN cost</source>
        <translation>CDN-Kosten</translation>
    </message>
    <message>
        <source>cost without a CDN</source>
        <translation>Kosten ohne CDN</translation>
    </message>
    <message>
        <source>write-back writes lost</source>
        <translation>durch Write-Back verlorene Schreibzugriffe</translation>
    </message>
    <message>
        <source>jobs done</source>
        <translation>erledigte Jobs</translation>
    </message>
    <message>
        <source>jobs done twice</source>
        <translation>doppelt erledigte Jobs</translation>
    </message>
    <message>
        <source>jobs refused</source>
        <translation>abgewiesene Jobs</translation>
    </message>
    <message>
        <source>deepest queue</source>
        <translation>längste Warteschlange</translation>
    </message>
    <message>
        <source>busiest shard&apos;s share</source>
        <translation>Anteil des meistbelasteten Shards</translation>
    </message>
    <message>
        <source>keys moved</source>
        <translation>verschobene Schlüssel</translation>
    </message>
    <message>
        <source>server cost</source>
        <translation>Serverkosten</translation>
    </message>
    <message>
        <source>server cost per hour</source>
        <translation>Serverkosten pro Stunde</translation>
    </message>
    <message>
        <source>sent on stale DNS answers</source>
        <translation>über veraltete DNS-Antworten gesendet</translation>
    </message>
</context>
<context>
    <name>CanvasClipboard</name>
    <message>
        <source>the clipboard is empty</source>
        <translation>die Zwischenablage ist leer</translation>
    </message>
    <message>
        <source>the clipboard holds no ScaleLab nodes</source>
        <translation>die Zwischenablage enthält keine ScaleLab-Knoten</translation>
    </message>
</context>
<context>
    <name>CanvasExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>ScaleLab topology</source>
        <translation>ScaleLab-Topologie</translation>
    </message>
    <message>
        <source>Drawn by ScaleLab</source>
        <translation>Gezeichnet mit ScaleLab</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>CauseExplainer</name>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Why was request %1 stale?</source>
        <translation>Warum war Anfrage %1 veraltet?</translation>
    </message>
    <message>
        <source>Why did request %1 miss the cache?</source>
        <translation>Warum war Anfrage %1 ein Cache-Fehlzugriff?</translation>
    </message>
    <message>
        <source>Why did request %1 fail?</source>
        <translation>Warum ist Anfrage %1 fehlgeschlagen?</translation>
    </message>
    <message>
        <source>no value at all</source>
        <translation>gar keinem Wert</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>Schreibzugriff %1</translation>
    </message>
    <message>
        <source>At %1 s %2 answered key %3 with %4.</source>
        <translation>Bei %1 s beantwortete %2 den Schlüssel %3 mit %4.</translation>
    </message>
    <message>
        <source>The primary %1 had already committed write %2 at %3 s.</source>
        <translation>Der Primärserver %1 hatte Schreibzugriff %2 bereits bei %3 s festgeschrieben.</translation>
    </message>
    <message>
        <source>Write %1 of that key was already committed.</source>
        <translation>Schreibzugriff %1 auf diesen Schlüssel war bereits festgeschrieben.</translation>
    </message>
    <message>
        <source>It reached %1 only at %2 s, %3 ms after the commit: with asynchronous replication a replica applies a write after the ship delay and the link&apos;s latency.</source>
        <translation>Er erreichte %1 erst bei %2 s, %3 ms nach dem Commit: Bei asynchroner Replikation übernimmt ein Replikat einen Schreibzugriff erst nach der Versandverzögerung und der Latenz der Verbindung.</translation>
    </message>
    <message>
        <source>The replica had not applied it yet when the log last heard of it.</source>
        <translation>Das Replikat hatte ihn noch nicht übernommen, als das Protokoll zuletzt davon berichtete.</translation>
    </message>
    <message>
        <source>The cache had filled its copy at %1 s.</source>
        <translation>Der Cache hatte seine Kopie bei %1 s gefüllt.</translation>
    </message>
    <message>
        <source>The old copy left the cache at %1 s (%2).</source>
        <translation>Die alte Kopie verließ den Cache bei %1 s (%2).</translation>
    </message>
    <message>
        <source>Writes do not touch this cache (write policy none): the copy stays stale until it expires.</source>
        <translation>Schreibzugriffe berühren diesen Cache nicht (Schreibstrategie none): Die Kopie bleibt veraltet, bis sie abläuft.</translation>
    </message>
    <message>
        <source>The write&apos;s invalidation had not reached the cache yet.</source>
        <translation>Die Invalidierung durch den Schreibzugriff hatte den Cache noch nicht erreicht.</translation>
    </message>
    <message>
        <source>At %1 s %2 did not hold key %3.</source>
        <translation>Bei %1 s hatte %2 den Schlüssel %3 nicht.</translation>
    </message>
    <message>
        <source>It had never been cached there: a cold miss. The request read the database and filled the cache.</source>
        <translation>Er war dort nie im Cache: ein kalter Fehlzugriff (Cold Miss). Die Anfrage las aus der Datenbank und füllte den Cache.</translation>
    </message>
    <message>
        <source>%1 was killed at %2 s and came back empty: its memory is gone.</source>
        <translation>%1 wurde bei %2 s ausgeschaltet und kam leer zurück: Sein Speicher ist verloren.</translation>
    </message>
    <message>
        <source>It was evicted at %1 s to make room (%2, capacity %3).</source>
        <translation>Er wurde bei %1 s verdrängt, um Platz zu schaffen (%2, Kapazität %3).</translation>
    </message>
    <message>
        <source>It had been filled at %1 s.</source>
        <translation>Er war bei %1 s gefüllt worden.</translation>
    </message>
    <message>
        <source>It was filled at %1 s and expired at %2 s: its TTL is %3 s.</source>
        <translation>Er wurde bei %1 s gefüllt und lief bei %2 s ab: Seine TTL beträgt %3 s.</translation>
    </message>
    <message>
        <source>Write %1 deleted it from the cache at %2 s (invalidate on write).</source>
        <translation>Schreibzugriff %1 löschte ihn bei %2 s aus dem Cache (Invalidierung beim Schreiben).</translation>
    </message>
    <message>
        <source>It reached %1 at %2 s, but %1 had been killed at %3 s.</source>
        <translation>Sie erreichte %1 bei %2 s, doch %1 war bei %3 s ausgeschaltet worden.</translation>
    </message>
    <message>
        <source>Nothing had noticed yet: without a health check that fails it, requests keep going there.</source>
        <translation>Das hatte noch niemand bemerkt: Ohne einen Health Check, der ihn als ausgefallen erkennt, gehen weiter Anfragen dorthin.</translation>
    </message>
    <message>
        <source>Nothing noticed before it came back at %1 s.</source>
        <translation>Niemand bemerkte es, bevor er bei %1 s zurückkam.</translation>
    </message>
    <message>
        <source>%1&apos;s health checks marked it down at %2 s</source>
        <translation>Die Health Checks von %1 markierten ihn bei %2 s als ausgefallen</translation>
    </message>
    <message>
        <source>%1 ejected it after its errors at %2 s</source>
        <translation>%1 schloss ihn nach seinen Fehlern bei %2 s aus</translation>
    </message>
    <message>
        <source>The failover promoted %1 at %2 s</source>
        <translation>Der Failover beförderte %1 bei %2 s zum Primärserver</translation>
    </message>
    <message>
        <source>The failover began recovering onto %1 at %2 s</source>
        <translation>Der Failover begann bei %2 s mit der Wiederherstellung auf %1</translation>
    </message>
    <message>
        <source>The failover found no replica to replace %1 at %2 s</source>
        <translation>Der Failover fand bei %2 s kein Replikat, das %1 ersetzen konnte</translation>
    </message>
    <message>
        <source>The standby %1 took over at %2 s</source>
        <translation>Der Standby %1 übernahm bei %2 s</translation>
    </message>
    <message>
        <source>%1 noticed at %2 s</source>
        <translation>%1 bemerkte es bei %2 s</translation>
    </message>
    <message>
        <source>: this request was already on its way.</source>
        <translation>: Diese Anfrage war da schon unterwegs.</translation>
    </message>
    <message>
        <source>, %1 s after the kill: until then requests kept arriving.</source>
        <translation>, %1 s nach dem Ausschalten: Bis dahin kamen weiter Anfragen an.</translation>
    </message>
    <message>
        <source>The link between %1 and %2 was cut at %3 s: nothing got through, and the client gave up at its timeout.</source>
        <translation>Die Verbindung zwischen %1 und %2 wurde bei %3 s getrennt: Nichts kam durch, und der Client gab nach seinem Timeout auf.</translation>
    </message>
    <message>
        <source>A link next to %1 was cut: nothing got through, and the client gave up at its timeout.</source>
        <translation>Eine Verbindung an %1 wurde getrennt: Nichts kam durch, und der Client gab nach seinem Timeout auf.</translation>
    </message>
    <message>
        <source>At %1 s all %2 workers of %3 were busy and its queue of %4 was full: the request was turned away.</source>
        <translation>Bei %1 s waren alle %2 Worker von %3 beschäftigt und seine Warteschlange mit %4 Plätzen war voll: Die Anfrage wurde abgewiesen.</translation>
    </message>
    <message>
        <source>The answer took longer than the client waits, so it gave up (a timeout).</source>
        <translation>Die Antwort dauerte länger, als der Client wartet, also gab er auf (ein Timeout).</translation>
    </message>
    <message>
        <source>At %1 s %2 had nowhere to send it: no server in its pool was up and eligible, or no primary database was linked.</source>
        <translation>Bei %1 s konnte %2 sie nirgendwohin schicken: Kein Server in seinem Pool war in Betrieb und wählbar, oder es war keine primäre Datenbank verbunden.</translation>
    </message>
    <message>
        <source>%1 commits write %2</source>
        <translation>%1 schreibt Schreibzugriff %2 fest</translation>
    </message>
    <message>
        <source>%1 fills its copy</source>
        <translation>%1 füllt seine Kopie</translation>
    </message>
    <message>
        <source>the stale read at %1</source>
        <translation>der veraltete Lesezugriff bei %1</translation>
    </message>
    <message>
        <source>%1 applies write %2</source>
        <translation>%1 übernimmt Schreibzugriff %2</translation>
    </message>
    <message>
        <source>the old copy leaves %1</source>
        <translation>die alte Kopie verlässt %1</translation>
    </message>
    <message>
        <source>key %1 filled</source>
        <translation>Schlüssel %1 gefüllt</translation>
    </message>
    <message>
        <source>%1 killed</source>
        <translation>%1 ausgeschaltet</translation>
    </message>
    <message>
        <source>key evicted from %1</source>
        <translation>Schlüssel aus %1 verdrängt</translation>
    </message>
    <message>
        <source>key expires in %1</source>
        <translation>Schlüssel läuft in %1 ab</translation>
    </message>
    <message>
        <source>key invalidated in %1</source>
        <translation>Schlüssel in %1 invalidiert</translation>
    </message>
    <message>
        <source>the miss</source>
        <translation>der Fehlzugriff</translation>
    </message>
    <message>
        <source>link cut</source>
        <translation>Verbindung getrennt</translation>
    </message>
    <message>
        <source>the request fails</source>
        <translation>die Anfrage schlägt fehl</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>Springen zu:</translation>
    </message>
    <message>
        <source>%1 was killed at %2 s while it was handling it.</source>
        <translation>%1 wurde bei %2 s ausgeschaltet, während er sie bearbeitete.</translation>
    </message>
    <message>
        <source>Why was write %1 of key %2 lost?</source>
        <translation>Warum ging Schreibzugriff %1 auf Schlüssel %2 verloren?</translation>
    </message>
    <message>
        <source>%1 committed write %2 of key %3 at %4 s for request %5 of user %6 (%7).</source>
        <translation>%1 hat Schreibzugriff %2 auf Schlüssel %3 bei %4 s für Anfrage %5 von Nutzer %6 (%7) festgeschrieben.</translation>
    </message>
    <message>
        <source>Replication is asynchronous: %1 told the client it was saved at once, at %2 s, without waiting for any replica.</source>
        <translation>Die Replikation ist asynchron: %1 meldete dem Client sofort, bei %2 s, dass er gespeichert sei, ohne auf ein Replikat zu warten.</translation>
    </message>
    <message>
        <source>No replica acknowledged it within the semi-sync timeout (%1 ms), so %2 fell back to asynchronous replication and told the client it was saved at %3 s.</source>
        <translation>Kein Replikat bestätigte ihn innerhalb des Semi-Sync-Timeouts (%1 ms), also fiel %2 auf asynchrone Replikation zurück und meldete dem Client bei %3 s, dass er gespeichert sei.</translation>
    </message>
    <message>
        <source>A replica acknowledged it, and %1 told the client it was saved at %2 s; that replica was not the one promoted.</source>
        <translation>Ein Replikat bestätigte ihn, und %1 meldete dem Client bei %2 s, dass er gespeichert sei; befördert wurde aber nicht dieses Replikat.</translation>
    </message>
    <message>
        <source>Every replica it waited for had died, so %1 told the client it was saved at %2 s without one.</source>
        <translation>Jedes Replikat, auf das gewartet wurde, war ausgefallen, also meldete %1 dem Client bei %2 s ohne Replikat, dass er gespeichert sei.</translation>
    </message>
    <message>
        <source>Its binlog event was due to leave %1 at %2 s (after the ship delay of %3 ms), but %1 died at %4 s, %5 ms before that: no replica ever received it.</source>
        <translation>Sein Binlog-Ereignis sollte %1 bei %2 s verlassen (nach der Versandverzögerung von %3 ms), doch %1 fiel bei %4 s aus, %5 ms davor: Kein Replikat hat es je erhalten.</translation>
    </message>
    <message>
        <source>It left %1 at %2 s but was still on its way to %3 when %3 was promoted.</source>
        <translation>Er verließ %1 bei %2 s, war aber noch unterwegs zu %3, als %3 befördert wurde.</translation>
    </message>
    <message>
        <source>It left %1 at %2 s, but %3 never applied it: %3 was down or still catching up then.</source>
        <translation>Er verließ %1 bei %2 s, doch %3 hat ihn nie übernommen: %3 war damals ausgefallen oder holte noch auf.</translation>
    </message>
    <message>
        <source>At %1 s the failover promoted %2, which did not have it: the write was acknowledged, and it is gone.</source>
        <translation>Bei %1 s beförderte der Failover %2, dem er fehlte: Der Schreibzugriff war bestätigt, und nun ist er verloren.</translation>
    </message>
    <message>
        <source>the client is told it was saved</source>
        <translation>dem Client wird das Speichern bestätigt</translation>
    </message>
    <message>
        <source>%1 dies</source>
        <translation>%1 fällt aus</translation>
    </message>
    <message>
        <source>%1 promoted</source>
        <translation>%1 befördert</translation>
    </message>
    <message>
        <source>Semi-sync replication waits until one replica has the write in its relay log, not until replicas apply it: it protects acknowledged writes, not freshness.</source>
        <translation>Semi-Sync-Replikation wartet, bis ein Replikat den Schreibzugriff in seinem Relay-Log hat, nicht, bis die Replikate ihn übernehmen: Sie schützt bestätigte Schreibzugriffe, nicht die Aktualität.</translation>
    </message>
    <message>
        <source>A read that started before write %1 filled the cache with the old value after the write had invalidated it: the race memcache leases prevent (see the cache-leases example).</source>
        <translation>Ein Lesezugriff, der vor Schreibzugriff %1 begonnen hatte, füllte den Cache mit dem alten Wert, nachdem der Schreibzugriff ihn invalidiert hatte: die Race Condition, die memcache-Leases verhindern (siehe das Beispiel cache-leases).</translation>
    </message>
    <message>
        <source>It stays until the next write of the key or the end of its TTL.</source>
        <translation>Der alte Wert bleibt bis zum nächsten Schreibzugriff auf den Schlüssel oder bis zum Ablauf seiner TTL.</translation>
    </message>
    <message>
        <source>Writes go around this cache to the database (write policy write-around): the copy stays stale until it expires.</source>
        <translation>Schreibzugriffe gehen an diesem Cache vorbei an die Datenbank (Schreibstrategie write-around): Die Kopie bleibt veraltet, bis sie abläuft.</translation>
    </message>
</context>
<context>
    <name>DatacenterFramesItem</name>
    <message>
        <source>%1 · DOWN</source>
        <translation>%1 · AUS</translation>
    </message>
    <message>
        <source>the dns sends users elsewhere</source>
        <translation>der DNS schickt die Nutzer woandershin</translation>
    </message>
    <message>
        <source>the dns has not noticed: users still come</source>
        <translation>der DNS hat es nicht bemerkt: Nutzer kommen weiterhin</translation>
    </message>
    <message>
        <source>back up, but the dns still sees it down</source>
        <translation>wieder in Betrieb, aber der DNS sieht es noch als ausgefallen</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>ScaleLab topologies (*.scalelab.json);;JSON files (*.json);;All files (*)</source>
        <translation>ScaleLab-Topologien (*.scalelab.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <source>Light colours for print</source>
        <translation>Helle Farben für den Druck</translation>
    </message>
    <message>
        <source>Draw the picture in the light theme&apos;s colours, as on paper, whatever the screen shows</source>
        <translation>Das Bild in den Farben des hellen Designs zeichnen, wie auf Papier, unabhängig von der Bildschirmanzeige</translation>
    </message>
</context>
<context>
    <name>InspectorSchemas</name>
    <message>
        <source>Concurrency</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Requests served at the same time</source>
        <translation>Gleichzeitig bearbeitete Anfragen</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Time one request takes on a worker</source>
        <translation>Zeit, die eine Anfrage auf einem Worker braucht</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Requests that may wait for a worker; beyond it they are dropped</source>
        <translation>Anfragen, die auf einen Worker warten dürfen; darüber hinaus werden sie verworfen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Webserver</translation>
    </message>
    <message>
        <source>Session store</source>
        <translation>Sitzungsspeicher</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>CDN edge</source>
        <translation>CDN-Edge-Server</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Objektspeicher</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The name links, events and the canvas use; press Enter to rename</source>
        <translation>Der Name, den Verbindungen, Ereignisse und die Zeichenfläche verwenden; mit Enter umbenennen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>Requests per second, Poisson arrivals</source>
        <translation>Anfragen pro Sekunde, Ankünfte als Poisson-Prozess</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Size of the user population; each user has a stable IP address</source>
        <translation>Größe der Nutzerschaft; jeder Nutzer hat eine feste IP-Adresse</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Distinct data keys</source>
        <translation>Anzahl verschiedener Datenschlüssel</translation>
    </message>
    <message>
        <source>Key popularity</source>
        <translation>Beliebtheit der Schlüssel</translation>
    </message>
    <message>
        <source>Zipf exponent of key popularity (0: every key equally popular)</source>
        <translation>Zipf-Exponent der Schlüsselbeliebtheit (0: jeder Schlüssel gleich beliebt)</translation>
    </message>
    <message>
        <source>User activity</source>
        <translation>Nutzeraktivität</translation>
    </message>
    <message>
        <source>Zipf exponent of how unequal users&apos; activity is (0: all equally active)</source>
        <translation>Zipf-Exponent dafür, wie ungleich aktiv die Nutzer sind (0: alle gleich aktiv)</translation>
    </message>
    <message>
        <source>Query variants</source>
        <translation>Query-Varianten</translation>
    </message>
    <message>
        <source>Distinct query strings (?ref=...) on static requests</source>
        <translation>Verschiedene Query-Strings (?ref=...) bei statischen Anfragen</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>A user gives up on a request after this long</source>
        <translation>Nach dieser Zeit gibt ein Nutzer eine Anfrage auf</translation>
    </message>
    <message>
        <source>Trace file</source>
        <translation>Trace-Datei</translation>
    </message>
    <message>
        <source>A CSV trace to replay instead of the synthetic workload (relative to the topology file)</source>
        <translation>Ein CSV-Trace, der statt der synthetischen Last abgespielt wird (relativ zur Topologiedatei)</translation>
    </message>
    <message>
        <source>Request mix</source>
        <translation>Anfragemix</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lesezugriffe</translation>
    </message>
    <message>
        <source>Share of reads</source>
        <translation>Anteil der Lesezugriffe</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Schreibzugriffe</translation>
    </message>
    <message>
        <source>Share of writes</source>
        <translation>Anteil der Schreibzugriffe</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Statisch</translation>
    </message>
    <message>
        <source>Share of static requests (images, scripts: CDN or object storage)</source>
        <translation>Anteil statischer Anfragen (Bilder, Skripte: CDN oder Objektspeicher)</translation>
    </message>
    <message>
        <source>Shares of each kind of request; they must add up to 1</source>
        <translation>Anteile der einzelnen Anfragearten; sie müssen zusammen 1 ergeben</translation>
    </message>
    <message>
        <source>WebSockets</source>
        <translation>WebSockets</translation>
    </message>
    <message>
        <source>New connections</source>
        <translation>Neue Verbindungen</translation>
    </message>
    <message>
        <source>per s</source>
        <translation>pro s</translation>
    </message>
    <message>
        <source>New long-lived connections per second</source>
        <translation>Neue langlebige Verbindungen pro Sekunde</translation>
    </message>
    <message>
        <source>Mean duration</source>
        <translation>Mittlere Dauer</translation>
    </message>
    <message>
        <source>How long a connection stays open, on average</source>
        <translation>Wie lange eine Verbindung im Durchschnitt offen bleibt</translation>
    </message>
    <message>
        <source>Reconnect after</source>
        <translation>Neu verbinden nach</translation>
    </message>
    <message>
        <source>A dropped connection tries again after this long</source>
        <translation>Eine abgebrochene Verbindung versucht es nach dieser Zeit erneut</translation>
    </message>
    <message>
        <source>Long-lived connections, each pinned to one web server</source>
        <translation>Langlebige Verbindungen, jede fest an einen Webserver gebunden</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>How a web server is picked for each request</source>
        <translation>Wie für jede Anfrage ein Webserver gewählt wird</translation>
    </message>
    <message>
        <source>Sticky sessions</source>
        <translation>Sticky Sessions</translation>
    </message>
    <message>
        <source>A user stays on the server that first served them</source>
        <translation>Ein Nutzer bleibt auf dem Server, der ihn zuerst bedient hat</translation>
    </message>
    <message>
        <source>Standby takeover</source>
        <translation>Standby-Übernahme</translation>
    </message>
    <message>
        <source>As a standby, this balancer takes over this long after the active one dies</source>
        <translation>Als Standby übernimmt dieser Load Balancer nach dieser Zeit, wenn der aktive ausfällt</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Health Checks</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Time between two probes of each server</source>
        <translation>Zeit zwischen zwei Prüfungen jedes Servers</translation>
    </message>
    <message>
        <source>Rise</source>
        <translation>Rise</translation>
    </message>
    <message>
        <source>checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Good checks in a row that bring a server back</source>
        <translation>Erfolgreiche Checks in Folge, die einen Server zurückholen</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Failed checks in a row that mark a server down</source>
        <translation>Fehlgeschlagene Checks in Folge, die einen Server als ausgefallen markieren</translation>
    </message>
    <message>
        <source>Active checks, HAProxy style</source>
        <translation>Aktive Checks im Stil von HAProxy</translation>
    </message>
    <message>
        <source>Outlier detection</source>
        <translation>Ausreißererkennung</translation>
    </message>
    <message>
        <source>Errors in a row</source>
        <translation>Fehler in Folge</translation>
    </message>
    <message>
        <source>Failed requests in a row that eject a server</source>
        <translation>Fehlgeschlagene Anfragen in Folge, die einen Server ausschließen</translation>
    </message>
    <message>
        <source>Base ejection</source>
        <translation>Basis-Ausschlusszeit</translation>
    </message>
    <message>
        <source>Ejection time, times the number of ejections in a row</source>
        <translation>Ausschlusszeit, multipliziert mit der Zahl der Ausschlüsse in Folge</translation>
    </message>
    <message>
        <source>Longest ejection</source>
        <translation>Längster Ausschluss</translation>
    </message>
    <message>
        <source>An ejection never lasts longer than this</source>
        <translation>Ein Ausschluss dauert nie länger als diese Zeit</translation>
    </message>
    <message>
        <source>Passive checks on real requests, Envoy style</source>
        <translation>Passive Checks an echten Anfragen im Stil von Envoy</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Share of the traffic under weighted and least-connections balancing</source>
        <translation>Anteil am Verkehr bei gewichteter Verteilung und bei Least Connections</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>local: kept in this server&apos;s memory; stateless: fetched from a shared store</source>
        <translation>local: im Speicher dieses Servers gehalten; stateless: aus einem gemeinsamen Speicher geholt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>primary takes the writes, replicas copy them; master: multi-master and ring</source>
        <translation>primary nimmt die Schreibzugriffe an, replica kopiert sie; master: Multi-Master und Ring</translation>
    </message>
    <message>
        <source>Max-age sent</source>
        <translation>Gesendetes max-age</translation>
    </message>
    <message>
        <source>Cache-Control max-age on its answers; -1: none</source>
        <translation>Cache-Control max-age in seinen Antworten; -1: keines</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Keys the cache holds; a fill into a full cache evicts one</source>
        <translation>Schlüssel, die der Cache fasst; wird ein voller Cache befüllt, wird einer verdrängt</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>How long an entry serves hits; 0: entries never expire</source>
        <translation>Wie lange ein Eintrag Treffer liefert; 0: Einträge laufen nie ab</translation>
    </message>
    <message>
        <source>Eviction</source>
        <translation>Verdrängung</translation>
    </message>
    <message>
        <source>Which entry a full cache gives up</source>
        <translation>Welchen Eintrag ein voller Cache aufgibt</translation>
    </message>
    <message>
        <source>On write</source>
        <translation>Beim Schreiben</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>Leases</translation>
    </message>
    <message>
        <source>memcache leases: one database load per key at a time, no stale sets</source>
        <translation>memcache-Leases: pro Schlüssel nur ein Datenbankzugriff zur selben Zeit, keine veralteten Sets</translation>
    </message>
    <message>
        <source>Lease window</source>
        <translation>Lease-Fenster</translation>
    </message>
    <message>
        <source>How long a lease stays out at most</source>
        <translation>Wie lange ein Lease höchstens vergeben bleibt</translation>
    </message>
    <message>
        <source>Gutter pool</source>
        <translation>Gutter-Pool</translation>
    </message>
    <message>
        <source>Stands in for a dead cache server instead of holding a shard</source>
        <translation>Springt für einen ausgefallenen Cache-Server ein, statt selbst einen Shard zu halten</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Bytes of objects the edge holds (LRU)</source>
        <translation>Bytes an Objekten, die der Edge-Server hält (LRU)</translation>
    </message>
    <message>
        <source>How long an object serves hits when the origin sends no max-age</source>
        <translation>Wie lange ein Objekt Treffer liefert, wenn der Origin kein max-age sendet</translation>
    </message>
    <message>
        <source>Min TTL</source>
        <translation>Min. TTL</translation>
    </message>
    <message>
        <source>An origin&apos;s max-age is raised to at least this</source>
        <translation>Das max-age eines Origins wird mindestens auf diesen Wert angehoben</translation>
    </message>
    <message>
        <source>Max TTL</source>
        <translation>Max. TTL</translation>
    </message>
    <message>
        <source>An origin&apos;s max-age is lowered to at most this</source>
        <translation>Das max-age eines Origins wird auf höchstens diesen Wert gesenkt</translation>
    </message>
    <message>
        <source>Cache key</source>
        <translation>Cache-Schlüssel</translation>
    </message>
    <message>
        <source>Query strings</source>
        <translation>Query-Strings</translation>
    </message>
    <message>
        <source>The query string is part of the cache key</source>
        <translation>Der Query-String ist Teil des Cache-Schlüssels</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>The per-user session cookie is part of the cache key</source>
        <translation>Das Sitzungscookie des Nutzers ist Teil des Cache-Schlüssels</translation>
    </message>
    <message>
        <source>What makes two requests the same object</source>
        <translation>Was zwei Anfragen zum selben Objekt macht</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>One-way network delay of every hop over this link</source>
        <translation>Netzwerkverzögerung in eine Richtung für jeden Hop über diese Verbindung</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title shown on the canvas and in the report</source>
        <translation>Titel auf der Zeichenfläche und im Bericht</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Random seed: the same file and seed give the same run</source>
        <translation>Zufalls-Seed: Dieselbe Datei mit demselben Seed ergibt denselben Lauf</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>Replikation</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>When the primary answers a write: at once (async), after one replica (semi_sync), after all (sync); or several masters</source>
        <translation>Wann der Primärserver einen Schreibzugriff bestätigt: sofort (async), nach einem Replikat (semi_sync), nach allen (sync); oder mehrere Master</translation>
    </message>
    <message>
        <source>Ship delay</source>
        <translation>Versandverzögerung</translation>
    </message>
    <message>
        <source>From commit to the binlog leaving the primary</source>
        <translation>Vom Commit, bis das Binlog den Primärserver verlässt</translation>
    </message>
    <message>
        <source>Failover after</source>
        <translation>Failover nach</translation>
    </message>
    <message>
        <source>From the primary&apos;s death to promoting a replica</source>
        <translation>Vom Ausfall des Primärservers bis zur Beförderung eines Replikats</translation>
    </message>
    <message>
        <source>Recover from binlog</source>
        <translation>Aus Binlog wiederherstellen</translation>
    </message>
    <message>
        <source>Replay the dead primary&apos;s binlog onto the new one before promoting it</source>
        <translation>Das Binlog des ausgefallenen Primärservers auf den neuen einspielen, bevor er befördert wird</translation>
    </message>
    <message>
        <source>Binlog recovery</source>
        <translation>Binlog-Wiederherstellung</translation>
    </message>
    <message>
        <source>How long replaying the binlog takes</source>
        <translation>Wie lange das Einspielen des Binlogs dauert</translation>
    </message>
    <message>
        <source>Semi-sync wait</source>
        <translation>Semi-Sync-Wartepunkt</translation>
    </message>
    <message>
        <source>semi_sync: whether readers see a write before a replica has it (after_commit)</source>
        <translation>semi_sync: ob Leser einen Schreibzugriff sehen, bevor ein Replikat ihn hat (after_commit)</translation>
    </message>
    <message>
        <source>Semi-sync timeout</source>
        <translation>Semi-Sync-Timeout</translation>
    </message>
    <message>
        <source>semi_sync: with no replica answering, fall back to async</source>
        <translation>semi_sync: Antwortet kein Replikat, auf async zurückfallen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>multi_master: which of two concurrent writes stays</source>
        <translation>multi_master: welcher von zwei gleichzeitigen Schreibzugriffen bestehen bleibt</translation>
    </message>
    <message>
        <source>Off: databases do not copy each other&apos;s writes. Tick to add replicas.</source>
        <translation>Aus: Datenbanken kopieren die Schreibzugriffe der anderen nicht. Ankreuzen, um Replikate hinzuzufügen.</translation>
    </message>
    <message>
        <source>CDN prices</source>
        <translation>CDN-Preise</translation>
    </message>
    <message>
        <source>Edge to users</source>
        <translation>Edge an Nutzer</translation>
    </message>
    <message>
        <source>$/GB</source>
        <translation>$/GB</translation>
    </message>
    <message>
        <source>Origin to users</source>
        <translation>Origin an Nutzer</translation>
    </message>
    <message>
        <source>What a site without a CDN pays</source>
        <translation>Was eine Website ohne CDN bezahlt</translation>
    </message>
    <message>
        <source>Origin to edge</source>
        <translation>Origin an Edge</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>$/10k</source>
        <translation>$/10k</translation>
    </message>
    <message>
        <source>Edge timeout</source>
        <translation>Edge-Timeout</translation>
    </message>
    <message>
        <source>A client gives up on a dead edge after this long</source>
        <translation>Nach dieser Zeit gibt ein Client einen ausgefallenen Edge-Server auf</translation>
    </message>
    <message>
        <source>Retry edge after</source>
        <translation>Edge erneut versuchen nach</translation>
    </message>
    <message>
        <source>... and goes straight to the origin for this long</source>
        <translation>... und geht so lange direkt zum Origin</translation>
    </message>
    <message>
        <source>Invalidation</source>
        <translation>Invalidierung</translation>
    </message>
    <message>
        <source>An invalidation reaches every edge after this long</source>
        <translation>Eine Invalidierung erreicht jeden Edge-Server nach dieser Zeit</translation>
    </message>
    <message>
        <source>Object size</source>
        <translation>Objektgröße</translation>
    </message>
    <message>
        <source>Mean size of a static object</source>
        <translation>Mittlere Größe eines statischen Objekts</translation>
    </message>
    <message>
        <source>Off: CloudFront-like prices and client behaviour. Tick to set your own.</source>
        <translation>Aus: Preise und Client-Verhalten wie bei CloudFront. Ankreuzen, um eigene festzulegen.</translation>
    </message>
    <message>
        <source>Write popularity</source>
        <translation>Beliebtheit beim Schreiben</translation>
    </message>
    <message>
        <source>Zipf exponent of which keys are written, apart from reads (unset: the same as key popularity). Lower it for data read often and modified rarely</source>
        <translation>Zipf-Exponent dafür, welche Schlüssel geschrieben werden, unabhängig von den Lesezugriffen (nicht gesetzt: wie die Beliebtheit der Schlüssel). Niedriger wählen für Daten, die oft gelesen und selten geändert werden</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>Befüllung</translation>
    </message>
    <message>
        <source>Who loads a missed key from the database. The chapter&apos;s &quot;read-through cache&quot; is cache-aside: the web server loads and fills</source>
        <translation>Wer einen fehlenden Schlüssel aus der Datenbank lädt. Der „Read-Through-Cache“ des Kapitels ist Cache-Aside: Der Webserver lädt und befüllt</translation>
    </message>
    <message>
        <source>Cache-aside (default): the web server reads the database and fills the cache, as with memcached</source>
        <translation>Cache-Aside (Standard): Der Webserver liest aus der Datenbank und befüllt den Cache, wie bei memcached</translation>
    </message>
    <message>
        <source>Read-through: the cache loads the key from the database it links to; reads missing a key that is being loaded wait for that one load</source>
        <translation>Read-Through: Der Cache lädt den Schlüssel aus der Datenbank, mit der er verbunden ist; Lesezugriffe auf einen Schlüssel, der gerade geladen wird, warten auf diesen einen Ladevorgang</translation>
    </message>
    <message>
        <source>What a write does to the cached key</source>
        <translation>Was ein Schreibzugriff mit dem Schlüssel im Cache macht</translation>
    </message>
    <message>
        <source>The database takes the write, then the key is deleted from the cache</source>
        <translation>Die Datenbank nimmt den Schreibzugriff an, dann wird der Schlüssel aus dem Cache gelöscht</translation>
    </message>
    <message>
        <source>Write-through: the database takes the write, then a cached key gets the new value</source>
        <translation>Write-Through: Die Datenbank nimmt den Schreibzugriff an, dann erhält ein Schlüssel im Cache den neuen Wert</translation>
    </message>
    <message>
        <source>The database takes the write; the cache keeps the old value until its TTL</source>
        <translation>Die Datenbank nimmt den Schreibzugriff an; der Cache behält den alten Wert bis zum Ablauf seiner TTL</translation>
    </message>
    <message>
        <source>Write-back: the cache takes the write and answers; the database gets it after the delay. A cache that dies loses the writes it has not sent</source>
        <translation>Write-Back: Der Cache nimmt den Schreibzugriff an und antwortet; die Datenbank erhält ihn nach der Verzögerung. Ein Cache, der ausfällt, verliert die Schreibzugriffe, die er noch nicht gesendet hat</translation>
    </message>
    <message>
        <source>Write-around: writes go to the database only, as with none</source>
        <translation>Write-Around: nur die Datenbank, wie none</translation>
    </message>
    <message>
        <source>Write-back delay</source>
        <translation>Write-Back-Verzögerung</translation>
    </message>
    <message>
        <source>How long the cache keeps a write before it sends it to the database</source>
        <translation>Wie lange der Cache einen Schreibzugriff behält, bevor er ihn an die Datenbank sendet</translation>
    </message>
    <message>
        <source>Apply delay</source>
        <translation>Übernahmeverzögerung</translation>
    </message>
    <message>
        <source>From a write reaching a replica&apos;s relay log to the replica applying it; until then the replica serves the old value, even after semi-sync has acknowledged the write</source>
        <translation>Von der Ankunft eines Schreibzugriffs im Relay-Log eines Replikats bis zu seiner Übernahme durch das Replikat; bis dahin liefert das Replikat den alten Wert, selbst wenn Semi-Sync den Schreibzugriff schon bestätigt hat</translation>
    </message>
    <message>
        <source>Read own writes back</source>
        <translation>Eigene Schreibzugriffe zurücklesen</translation>
    </message>
    <message>
        <source>Share of successful writes whose user reads the same key back, as a page reloads after a save (0: none)</source>
        <translation>Anteil der erfolgreichen Schreibzugriffe, nach denen ihr Nutzer denselben Schlüssel zurückliest, so wie eine Seite nach dem Speichern neu lädt (0: keiner)</translation>
    </message>
    <message>
        <source>Read back after</source>
        <translation>Zurücklesen nach</translation>
    </message>
    <message>
        <source>How long after a write&apos;s answer its user reads the key back</source>
        <translation>Wie lange nach der Antwort auf einen Schreibzugriff dessen Nutzer den Schlüssel zurückliest</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>Nachrichtenwarteschlange</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Jobs the queue holds at most, waiting or handed to a worker and not yet deleted; when it is full, new jobs are refused and the web server answers with an error</source>
        <translation>Jobs, die die Warteschlange höchstens fasst, wartend oder an einen Worker ausgegeben und noch nicht gelöscht; ist sie voll, werden neue Jobs abgewiesen, und der Webserver antwortet mit einem Fehler</translation>
    </message>
    <message>
        <source>Visibility timeout</source>
        <translation>Sichtbarkeits-Timeout</translation>
    </message>
    <message>
        <source>How long a job handed to a worker stays hidden from the other workers. If the worker has not deleted it by then (it died, or was too slow), the job is handed out again and may be done twice</source>
        <translation>Wie lange ein an einen Worker ausgegebener Job vor den anderen Workern verborgen bleibt. Hat der Worker ihn bis dahin nicht gelöscht (er ist ausgefallen oder war zu langsam), wird der Job erneut ausgegeben und womöglich zweimal erledigt</translation>
    </message>
    <message>
        <source>Jobs this worker works on at the same time; the queue hands it no more</source>
        <translation>Jobs, an denen dieser Worker gleichzeitig arbeitet; mehr gibt ihm die Warteschlange nicht</translation>
    </message>
    <message>
        <source>Time one job takes; its delete goes back to the queue when it is done</source>
        <translation>Zeit, die ein Job braucht; ist er erledigt, geht seine Löschung an die Warteschlange zurück</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Share of requests that hand a job to the web server&apos;s message queue (the user is answered once the queue has it, before the work is done)</source>
        <translation>Anteil der Anfragen, die einen Job an die Nachrichtenwarteschlange des Webservers übergeben (der Nutzer bekommt seine Antwort, sobald die Warteschlange den Job hat, noch bevor die Arbeit erledigt ist)</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>Autoscaling</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>The web server each launch copies, with its settings and links (an AWS launch template)</source>
        <translation>Der Webserver, den jeder Start kopiert, mit seinen Einstellungen und Verbindungen (ein AWS-Launch-Template)</translation>
    </message>
    <message>
        <source>Min servers</source>
        <translation>Min. Server</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The pool never scales in below this; the file&apos;s own servers are never retired</source>
        <translation>Weniger Server als hier hat der Pool nie; die Server aus der Datei werden nie außer Betrieb genommen</translation>
    </message>
    <message>
        <source>Max servers</source>
        <translation>Max. Server</translation>
    </message>
    <message>
        <source>The pool never scales out above this, the file&apos;s servers included</source>
        <translation>Mehr Server als hier hat der Pool nie, die Server aus der Datei eingeschlossen</translation>
    </message>
    <message>
        <source>Target utilization</source>
        <translation>Zielauslastung</translation>
    </message>
    <message>
        <source>Busy and waiting requests over the pool&apos;s workers that the group aims at, looked at as a 3 s mean (target tracking)</source>
        <translation>Beschäftigte und wartende Anfragen pro Worker des Pools, die die Gruppe anstrebt, betrachtet als Mittel über 3 s (Target Tracking)</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Ruhephase (Cooldown)</translation>
    </message>
    <message>
        <source>No new launch this long after the last one, no retirement this long after any scaling</source>
        <translation>So lange nach dem letzten Start kein neuer Start, so lange nach jeder Skalierung keine Außerbetriebnahme</translation>
    </message>
    <message>
        <source>Boot time</source>
        <translation>Bootzeit</translation>
    </message>
    <message>
        <source>From a launch to the copy joining the pool: it costs money but serves nothing meanwhile</source>
        <translation>Vom Start, bis die Kopie dem Pool beitritt: Sie kostet Geld, bedient in dieser Zeit aber nichts</translation>
    </message>
    <message>
        <source>Off: the pool is the servers linked from the balancer. Tick to launch copies of a web server when the pool is busy, as an AWS Auto Scaling group does</source>
        <translation>Aus: Der Pool sind die mit dem Load Balancer verbundenen Server. Ankreuzen, um Kopien eines Webservers zu starten, wenn der Pool ausgelastet ist, wie es eine AWS-Auto-Scaling-Gruppe tut</translation>
    </message>
    <message>
        <source>Custom: no size and no price; set the workers yourself</source>
        <translation>Benutzerdefiniert: keine Größe und kein Preis; die Worker selbst festlegen</translation>
    </message>
    <message>
        <source>%1 vCPUs at $%2 per hour (AWS m5-like, on demand)</source>
        <translation>%1 vCPUs für %2 $ pro Stunde (wie AWS m5, On-Demand)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>The machine: more vCPUs run more requests at once (workers), none of them faster. The largest, 8xlarge, is the ceiling of one machine</source>
        <translation>Die Maschine: Mehr vCPUs bearbeiten mehr Anfragen gleichzeitig (Worker), aber keine davon schneller. Die größte, 8xlarge, ist die Obergrenze einer einzelnen Maschine</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>$/h</source>
        <translation>$/h</translation>
    </message>
    <message>
        <source>Dollars per hour while it runs; -1: the size&apos;s price (a custom machine without one costs nothing)</source>
        <translation>Dollar pro Stunde, solange sie läuft; -1: der Preis der Größe (eine benutzerdefinierte Maschine ohne Preis kostet nichts)</translation>
    </message>
    <message>
        <source>Resize downtime</source>
        <translation>Ausfallzeit bei Größenänderung</translation>
    </message>
    <message>
        <source>A resize stops the machine this long (stop, change the instance type, start): every request it holds or gets meanwhile fails</source>
        <translation>So lange hält eine Größenänderung die Maschine an (anhalten, Instanztyp ändern, starten): Jede Anfrage, die sie hält oder in dieser Zeit bekommt, schlägt fehl</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
    <message>
        <source>%1 — %2 vCPUs, $%3/h</source>
        <translation>%1 — %2 vCPUs, %3 $/h</translation>
    </message>
    <message>
        <source>Sharding</source>
        <translation>Sharding</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Which shard holds a key, and how many keys move when a shard joins</source>
        <translation>Welcher Shard einen Schlüssel hält und wie viele Schlüssel umziehen, wenn ein Shard hinzukommt</translation>
    </message>
    <message>
        <source>hash(key) mod N: even, but a new shard moves about N/(N+1) of all keys</source>
        <translation>hash(key) mod N: gleichmäßig, aber ein neuer Shard verschiebt etwa N/(N+1) aller Schlüssel</translation>
    </message>
    <message>
        <source>A consistent-hash ring of the shards: a new shard moves only about 1/(N+1) of the keys</source>
        <translation>Ein Consistent-Hashing-Ring der Shards: Ein neuer Shard verschiebt nur etwa 1/(N+1) der Schlüssel</translation>
    </message>
    <message>
        <source>Equal ranges of keys in key order: the popular keys all land on the first shard</source>
        <translation>Gleich große Schlüsselbereiche in Schlüsselreihenfolge: Die beliebten Schlüssel landen alle auf dem ersten Shard</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>Schlüsselgröße</translation>
    </message>
    <message>
        <source>What one key&apos;s rows weigh: resharding copies this much per moved key</source>
        <translation>Wie viel die Zeilen eines Schlüssels wiegen: Beim Resharding wird so viel pro verschobenem Schlüssel kopiert</translation>
    </message>
    <message>
        <source>Copy speed</source>
        <translation>Kopiergeschwindigkeit</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>How fast a reshard copies the moved keys to their new shard</source>
        <translation>Wie schnell ein Resharding die verschobenen Schlüssel auf ihren neuen Shard kopiert</translation>
    </message>
    <message>
        <source>Off: every database holds every key. Tick to split the keys over shards (each database its own shard at first; choose a database&apos;s shard in its inspector).</source>
        <translation>Aus: Jede Datenbank hält jeden Schlüssel. Ankreuzen, um die Schlüssel auf Shards aufzuteilen (zunächst ist jede Datenbank ein eigener Shard; den Shard einer Datenbank in ihrem Inspektor wählen).</translation>
    </message>
    <message>
        <source>DNS (geoDNS)</source>
        <translation>DNS (geoDNS)</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>The data centre this node runs in (&quot;us-east&quot;): the canvas frames each data centre&apos;s nodes, and a right-click takes a whole data centre down. Pick one or type a new name; empty: none. A dns sends users to data centres whose load balancer or web server they are linked to</source>
        <translation>Das Rechenzentrum, in dem dieser Knoten läuft („us-east“): Die Zeichenfläche rahmt die Knoten jedes Rechenzentrums ein, und ein Rechtsklick schaltet ein ganzes Rechenzentrum aus. Eines auswählen oder einen neuen Namen eingeben; leer: keines. Ein DNS schickt Nutzer zu den Rechenzentren, mit deren Load Balancer oder Webserver sie verbunden sind</translation>
    </message>
    <message>
        <source>How long users&apos; resolvers keep the dns&apos;s answer. After a failover, users move to the new data centre over this long: until their answer expires they still go to the old one. Route 53 suggests 60 s for records with health checks</source>
        <translation>Wie lange die Resolver der Nutzer die Antwort des DNS behalten. Nach einem Failover wechseln die Nutzer über diesen Zeitraum ins neue Rechenzentrum: Bis ihre Antwort abläuft, gehen sie noch zum alten. Route 53 empfiehlt 60 s für Einträge mit Health Checks</translation>
    </message>
    <message>
        <source>Time between two checks of each data centre (Route 53: 30 s, or 10 s at a higher price)</source>
        <translation>Zeit zwischen zwei Checks jedes Rechenzentrums (Route 53: 30 s, oder 10 s gegen Aufpreis)</translation>
    </message>
    <message>
        <source>Good checks in a row that bring a data centre back into the answers</source>
        <translation>Erfolgreiche Checks in Folge, die ein Rechenzentrum wieder in die Antworten aufnehmen</translation>
    </message>
    <message>
        <source>Failed checks in a row that take a data centre out of the answers (Route 53&apos;s failure threshold: 3)</source>
        <translation>Fehlgeschlagene Checks in Folge, die ein Rechenzentrum aus den Antworten nehmen (Fehlerschwelle von Route 53: 3)</translation>
    </message>
    <message>
        <source>Off: the dns never notices a data centre going down and keeps sending users there. Tick to check each data centre&apos;s entry as Route 53 does</source>
        <translation>Aus: Der DNS bemerkt nie, dass ein Rechenzentrum ausfällt, und schickt weiter Nutzer dorthin. Ankreuzen, um den Einstiegspunkt jedes Rechenzentrums wie Route 53 zu prüfen</translation>
    </message>
</context>
<context>
    <name>LinkHandleItem</name>
    <message>
        <source>Drag to another node to link them (or Shift+drag from the card)</source>
        <translation>Auf einen anderen Knoten ziehen, um beide zu verbinden (oder Shift+Ziehen von der Karte aus)</translation>
    </message>
</context>
<context>
    <name>LinkItem</name>
    <message>
        <source>Unused link: %1</source>
        <translation>Ungenutzte Verbindung: %1</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>STALE REPLICA</source>
        <translation>VERALTETES REPLIKAT</translation>
    </message>
    <message>
        <source>%1 req/s from %2 users</source>
        <translation>%1 req/s von %2 Nutzern</translation>
    </message>
    <message>
        <source>mix: %1% read, %2% write, %3% static</source>
        <translation>Mix: %1% Lesen, %2% Schreiben, %3% statisch</translation>
    </message>
    <message>
        <source>%1 keys, zipf s = %2</source>
        <translation>%1 Schlüssel, Zipf s = %2</translation>
    </message>
    <message>
        <source>replays %1</source>
        <translation>spielt %1 ab</translation>
    </message>
    <message>
        <source>gives up after %1 ms</source>
        <translation>gibt nach %1 ms auf</translation>
    </message>
    <message>
        <source>algorithm: %1</source>
        <translation>Algorithmus: %1</translation>
    </message>
    <message>
        <source>health check every %1 ms (rise %2, fall %3)</source>
        <translation>Health Check alle %1 ms (Rise %2, Fall %3)</translation>
    </message>
    <message>
        <source>outlier detection: eject after %1 errors in a row</source>
        <translation>Ausreißererkennung: Ausschluss nach %1 Fehlern in Folge</translation>
    </message>
    <message>
        <source>capacity %1, TTL %2 s, eviction %3</source>
        <translation>Kapazität %1, TTL %2 s, Verdrängung %3</translation>
    </message>
    <message>
        <source>role in the file: %1</source>
        <translation>Rolle in der Datei: %1</translation>
    </message>
    <message>
        <source>sessions: %1, weight %2</source>
        <translation>Sitzungen: %1, Gewicht %2</translation>
    </message>
    <message>
        <source>%1 workers, %2 ms per request, queue %3</source>
        <translation>%1 Worker, %2 ms pro Anfrage, Warteschlange %3</translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>busy %1 of %2, %3 queued</source>
        <translation>%1 von %2 beschäftigt, %3 wartend</translation>
    </message>
    <message>
        <source>%1 hits, %2 misses</source>
        <translation>%1 Treffer, %2 Fehlzugriffe</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 von %2 Einträgen</translation>
    </message>
    <message>
        <source>%1 objects, %2 of %3 bytes</source>
        <translation>%1 Objekte, %2 von %3 Bytes</translation>
    </message>
    <message>
        <source>replication lag %1 ms, %2 writes behind</source>
        <translation>Replikationsverzögerung %1 ms, %2 Schreibzugriffe im Rückstand</translation>
    </message>
    <message>
        <source>acknowledged writes it committed that a failover lost: %1%2</source>
        <translation>bestätigte Schreibzugriffe, die er festgeschrieben hatte und die ein Failover verlor: %1%2</translation>
    </message>
    <message>
        <source> (or more: only the latest are kept)</source>
        <translation> (oder mehr: nur die neuesten werden behalten)</translation>
    </message>
    <message>
        <source>writes recovered from the dead primary&apos;s binlog: %1</source>
        <translation>aus dem Binlog des ausgefallenen Primärservers wiederhergestellte Schreibzugriffe: %1</translation>
    </message>
    <message>
        <source>pool as its checks see it: %1 healthy, %2 ejected, %3 in all</source>
        <translation>Pool aus Sicht seiner Checks: %1 gesund, %2 ausgeschlossen, %3 insgesamt</translation>
    </message>
    <message>
        <source>served %1 &amp;middot; errors %2 &amp;middot; dropped %3</source>
        <translation>bedient %1 &amp;middot; Fehler %2 &amp;middot; verworfen %3</translation>
    </message>
    <message>
        <source>mix: %1% read, %2% write, %3% static, %4% job</source>
        <translation>Mix: %1% Lesen, %2% Schreiben, %3% statisch, %4% Job</translation>
    </message>
    <message>
        <source>%1 workers, %2 ms per job</source>
        <translation>%1 Worker, %2 ms pro Job</translation>
    </message>
    <message>
        <source>holds %1 jobs at most; a job handed out and not deleted within %2 ms is handed out again</source>
        <translation>fasst höchstens %1 Jobs; ein ausgegebener Job, der nicht innerhalb von %2 ms gelöscht wird, wird erneut ausgegeben</translation>
    </message>
    <message>
        <source>%1 of %2 jobs held, the next one out waited %3 ms</source>
        <translation>%1 von %2 Jobs belegt, der nächste hat %3 ms gewartet</translation>
    </message>
    <message>
        <source>sending %1 req/s now (set during the run)</source>
        <translation>sendet jetzt %1 req/s (während des Laufs gesetzt)</translation>
    </message>
    <message>
        <source>autoscaling: %1 of %2 servers running, %3 booting</source>
        <translation>Autoscaling: %1 von %2 Servern in Betrieb, %3 booten</translation>
    </message>
    <message>
        <source>machine: %1, %2 vCPUs, $%3 per hour; a resize stops it for %4 s</source>
        <translation>Maschine: %1, %2 vCPUs, %3 $ pro Stunde; eine Größenänderung hält sie %4 s an</translation>
    </message>
    <message>
        <source>custom machine at $%1 per hour</source>
        <translation>benutzerdefinierte Maschine für %1 $ pro Stunde</translation>
    </message>
    <message>
        <source>%1 · +%2 more</source>
        <translation>%1 · +%2 weitere</translation>
    </message>
    <message>
        <source>resolvers keep its answer for %1 s (TTL)</source>
        <translation>Resolver behalten seine Antwort %1 s lang (TTL)</translation>
    </message>
    <message>
        <source>checks each data centre every %1 ms: down after %2 failed checks, up after %3 good ones</source>
        <translation>prüft jedes Rechenzentrum alle %1 ms: ausgefallen nach %2 fehlgeschlagenen Checks, in Betrieb nach %3 erfolgreichen</translation>
    </message>
    <message>
        <source>no health checks: it keeps sending users to a data centre that is down</source>
        <translation>keine Health Checks: Er schickt weiter Nutzer zu einem ausgefallenen Rechenzentrum</translation>
    </message>
    <message>
        <source>in data centre %1</source>
        <translation>in Rechenzentrum %1</translation>
    </message>
    <message>
        <source>%1 % of its users have the dns&apos;s new answer; the others still go to %2 until their cached answer expires</source>
        <translation>%1 % seiner Nutzer haben die neue Antwort des DNS; die anderen gehen noch zu %2, bis ihre zwischengespeicherte Antwort abläuft</translation>
    </message>
    <message>
        <source>answers %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>its health checks see %1 down</source>
        <translation>seine Health Checks sehen %1 als ausgefallen</translation>
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
        <translation>AUS</translation>
    </message>
    <message>
        <source>DRAINING</source>
        <translation>WIRD GELEERT</translation>
    </message>
    <message>
        <source>DOWN · DETECTING</source>
        <translation>AUS · WIRD ERKANNT</translation>
    </message>
    <message>
        <source>DOWN · UNNOTICED</source>
        <translation>AUS · UNBEMERKT</translation>
    </message>
    <message>
        <source>EJECTED</source>
        <translation>AUSGESCHLOSSEN</translation>
    </message>
    <message>
        <source>OUT OF POOL</source>
        <translation>NICHT IM POOL</translation>
    </message>
    <message>
        <source>up</source>
        <translation>in Betrieb</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>draining: finishes its requests, gets no new ones</source>
        <translation>wird geleert: beendet seine Anfragen, bekommt keine neuen</translation>
    </message>
    <message>
        <source>down, but the load balancer still sends it requests until its checks fail it</source>
        <translation>ausgefallen, aber der Load Balancer schickt ihm weiter Anfragen, bis seine Checks ihn als ausgefallen markieren</translation>
    </message>
    <message>
        <source>down, but its load balancer has no health checks: it keeps sending it requests</source>
        <translation>ausgefallen, aber sein Load Balancer hat keine Health Checks: Er schickt ihm weiter Anfragen</translation>
    </message>
    <message>
        <source>up, but ejected from the pool by outlier detection for a while</source>
        <translation>in Betrieb, aber von der Ausreißererkennung für eine Weile aus dem Pool ausgeschlossen</translation>
    </message>
    <message>
        <source>up, but the health checks still see it down: it rejoins after enough good checks</source>
        <translation>in Betrieb, aber die Health Checks sehen ihn noch als ausgefallen: Er kehrt nach genug erfolgreichen Checks zurück</translation>
    </message>
    <message>
        <source>NEW PRIMARY</source>
        <translation>NEU · PRIMÄR</translation>
    </message>
    <message>
        <source>PRIMARY</source>
        <translation>PRIMÄR</translation>
    </message>
    <message>
        <source>REPLICA</source>
        <translation>REPLIKAT</translation>
    </message>
    <message>
        <source>MASTER</source>
        <translation>MASTER</translation>
    </message>
    <message>
        <source>RING</source>
        <translation>RING</translation>
    </message>
    <message>
        <source>STANDBY</source>
        <translation>STANDBY</translation>
    </message>
    <message>
        <source>GUTTER</source>
        <translation>GUTTER</translation>
    </message>
    <message>
        <source>trace replay</source>
        <translation>Trace-Wiedergabe</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <source>no lookups yet</source>
        <translation>noch keine Zugriffe</translation>
    </message>
    <message>
        <source>%1% hits</source>
        <translation>%1% Treffer</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 Nutzer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln Nutzer</numerusform>
            <numerusform>%Ln Nutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>no servers</source>
        <translation>keine Server</translation>
    </message>
    <message>
        <source>%1/%2 healthy</source>
        <translation>%1/%2 gesund</translation>
    </message>
    <message>
        <source>%1 ejected</source>
        <translation>%1 ausgeschlossen</translation>
    </message>
    <message>
        <source>1 connection</source>
        <translation>1 Verbindung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln connections</source>
        <translation>
            <numerusform>%Ln Verbindung</numerusform>
            <numerusform>%Ln Verbindungen</numerusform>
        </translation>
    </message>
    <message>
        <source>sessions of 1 server</source>
        <translation>Sitzungen von 1 Server</translation>
    </message>
    <message numerus="yes">
        <source>sessions of %n servers</source>
        <translation>
            <numerusform>Sitzungen von %n Server</numerusform>
            <numerusform>Sitzungen von %n Servern</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 von %2 Einträgen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>1 write lost</source>
        <translation>1 Schreibzugriff verloren</translation>
    </message>
    <message>
        <source>%1 writes lost</source>
        <translation>%1 Schreibzugriffe verloren</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>lag %1 · %2 behind</source>
        <translation>Verzögerung %1 · %2 im Rückstand</translation>
    </message>
    <message>
        <source>1 write recovered</source>
        <translation>1 Schreibzugriff wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 writes recovered</source>
        <translation>%1 Schreibzugriffe wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 · 1 replica</source>
        <translation>%1 · 1 Replikat</translation>
    </message>
    <message>
        <source>%1 · %2 replicas</source>
        <translation>%1 · %2 Replikate</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>%1 verloren</translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation>Verzögerung %1</translation>
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
        <translation>KEINE DATEN</translation>
    </message>
    <message>
        <source>a spare replica without data: takes nothing until it is provisioned</source>
        <translation>ein Reserve-Replikat ohne Daten: nimmt nichts an, bis es bereitgestellt ist</translation>
    </message>
    <message>
        <source>COPY %1%</source>
        <translation>KOPIE %1%</translation>
    </message>
    <message>
        <source>receiving a snapshot of %1: takes nothing until it has caught up</source>
        <translation>empfängt einen Snapshot von %1: nimmt nichts an, bis es aufgeholt hat</translation>
    </message>
    <message>
        <source>REPLAYING</source>
        <translation>EINSPIELEN</translation>
    </message>
    <message>
        <source>replaying the binlog from its snapshot&apos;s position: takes no reads until it has caught up</source>
        <translation>spielt das Binlog ab der Position seines Snapshots ein: nimmt keine Lesezugriffe an, bis es aufgeholt hat</translation>
    </message>
    <message>
        <source>%1 / %2 jobs</source>
        <translation>%1 / %2 Jobs</translation>
    </message>
    <message>
        <source>FULL: jobs refused</source>
        <translation>VOLL: Jobs abgewiesen</translation>
    </message>
    <message>
        <source>next job waited %1</source>
        <translation>nächster Job wartete %1</translation>
    </message>
    <message>
        <source>FULL %1</source>
        <translation>VOLL %1</translation>
    </message>
    <message>
        <source>FULL</source>
        <translation>VOLL</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 Jobs</translation>
    </message>
    <message>
        <source>BOOTING</source>
        <translation>BOOTET</translation>
    </message>
    <message>
        <source>booting: launched by its load balancer&apos;s autoscaling, it joins the pool when ready</source>
        <translation>bootet: vom Autoscaling seines Load Balancers gestartet, tritt dem Pool bei, sobald er bereit ist</translation>
    </message>
    <message>
        <source>retired by its load balancer&apos;s autoscaling: finishes its requests, then is terminated</source>
        <translation>vom Autoscaling seines Load Balancers außer Betrieb genommen: beendet seine Anfragen und wird dann beendet</translation>
    </message>
    <message>
        <source>AUTOSCALED</source>
        <translation>AUTOSKALIERT</translation>
    </message>
    <message>
        <source>%1 of %2 servers</source>
        <translation>%1 von %2 Servern</translation>
    </message>
    <message>
        <source>+%1 booting</source>
        <translation>+%1 booten</translation>
    </message>
    <message>
        <source>RESIZING</source>
        <translation>GRÖSSENÄNDERUNG</translation>
    </message>
    <message>
        <source>no shard yet</source>
        <translation>noch kein Shard</translation>
    </message>
    <message>
        <source>shard %1 · copying %2 %</source>
        <translation>Shard %1 · kopiert %2 %</translation>
    </message>
    <message>
        <source>shard %1 · replica</source>
        <translation>Shard %1 · Replikat</translation>
    </message>
    <message>
        <source>shard %1 · primary</source>
        <translation>Shard %1 · Primärserver</translation>
    </message>
    <message>
        <source>resizing: stopped while its machine size changes; it starts again with the new size&apos;s workers</source>
        <translation>Größenänderung: angehalten, während sich seine Maschinengröße ändert; er startet wieder mit den Workern der neuen Größe</translation>
    </message>
    <message>
        <source>$%1/h</source>
        <translation>%1 $/h</translation>
    </message>
    <message>
        <source>copying %1 %</source>
        <translation>kopiert %1 %</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>Shard %1</translation>
    </message>
    <message>
        <source>moving to %1: %2 %</source>
        <translation>Wechsel zu %1: %2 %</translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>zu %1 geschickt</translation>
    </message>
    <message>
        <source>TTL %1 s</source>
        <translation>TTL %1 s</translation>
    </message>
    <message>
        <source>no clients look up here</source>
        <translation>keine Clients fragen hier an</translation>
    </message>
    <message>
        <source>%1 seen down</source>
        <translation>%1 als ausgefallen erkannt</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>a new topology</source>
        <translation>eine neue Topologie</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>Ungespeicherte Arbeit wiederherstellen?</translation>
    </message>
    <message>
        <source>ScaleLab closed unexpectedly while you were editing %1.</source>
        <translation>ScaleLab wurde unerwartet beendet, während Sie %1 bearbeitet haben.</translation>
    </message>
    <message>
        <source>Your changes were saved automatically at %1. Open them now?</source>
        <translation>Ihre Änderungen wurden automatisch gesichert (%1). Jetzt öffnen?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
</context>
<context>
    <name>ShardFramesItem</name>
    <message>
        <source>consistent hashing</source>
        <translation>Consistent Hashing</translation>
    </message>
    <message>
        <source>key ranges</source>
        <translation>Schlüsselbereiche</translation>
    </message>
    <message>
        <source>hash mod N</source>
        <translation>hash mod N</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>Shard %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>&lt;tr&gt;&lt;td style=&apos;padding-right:24px&apos;&gt;&lt;b&gt;Right click&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Kill, revive, drain a node; partition or heal its links&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td style=&apos;padding-right:24px&apos;&gt;&lt;b&gt;Rechtsklick&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Knoten ausschalten, wieder einschalten, leeren; seine Verbindungen trennen oder wiederverbinden&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>en</source>
        <extracomment>Not shown: the language of this translation as a BCP 47 tag (de, es, zh-CN), which the students&apos; page puts in &lt;html lang&gt;.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>ScaleLab class</source>
        <extracomment>The students&apos; page: its title and heading</extracomment>
        <translation>ScaleLab-Unterricht</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connection lost; trying again…</source>
        <extracomment>The page lost its connection to the teacher&apos;s app and reconnects by itself</extracomment>
        <translation>Verbindung unterbrochen; neuer Versuch…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Beitrittscode</translation>
    </message>
    <message>
        <source>Join</source>
        <extracomment>The button that joins the class session</extracomment>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Not joined yet</source>
        <translation>Noch nicht beigetreten</translation>
    </message>
    <message>
        <source>Joined as {name}</source>
        <extracomment>{name} is the student&apos;s name; keep the braces and the word in them as they are</extracomment>
        <translation>Beigetreten als {name}</translation>
    </message>
    <message>
        <source>You are in. The question appears here when your teacher opens it.</source>
        <translation>Sie sind dabei. Die Frage erscheint hier, sobald Ihre Lehrkraft sie stellt.</translation>
    </message>
    <message>
        <source>Second vote: discuss, then answer again</source>
        <extracomment>Above the question when the teacher asks the class to vote a second time (peer instruction)</extracomment>
        <translation>Zweite Abstimmung: Diskutieren Sie, dann antworten Sie erneut</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>The button that sends a number as the student&apos;s answer</extracomment>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Tap your answer; you can change it until the teacher reveals.</source>
        <translation>Tippen Sie Ihre Antwort an; Sie können sie ändern, bis die Lehrkraft auflöst.</translation>
    </message>
    <message>
        <source>Your answer: {answer}</source>
        <extracomment>{answer} is the choice the student tapped, or the number they sent; keep {answer} as it is</extracomment>
        <translation>Ihre Antwort: {answer}</translation>
    </message>
    <message>
        <source>Your answer: {answer} (you can still change it)</source>
        <extracomment>Before the reveal: {answer} is the choice the student tapped, or the number they sent; keep {answer} as it is</extracomment>
        <translation>Ihre Antwort: {answer} (Sie können sie noch ändern)</translation>
    </message>
    <message>
        <source>You did not answer.</source>
        <extracomment>After the reveal, to a student who sent no answer</extracomment>
        <translation>Sie haben nicht geantwortet.</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <extracomment>After the reveal: {answer} is the right answer (a choice, or a number and its unit); keep {answer} as it is</extracomment>
        <translation>Die Antwort: {answer}</translation>
    </message>
    <message>
        <source>{right} of {answered} right</source>
        <extracomment>After the reveal: how many of the class answered right, e.g. 14 of 19 right; keep {right} and {answered} as they are</extracomment>
        <translation>{right} von {answered} richtig</translation>
    </message>
    <message>
        <source>Vote {vote}: {right} of {answered} right</source>
        <extracomment>After the reveal of a second vote: {vote} is 1 or 2, e.g. Vote 1: 9 of 19 right; keep the words in braces as they are</extracomment>
        <translation>Abstimmung {vote}: {right} von {answered} richtig</translation>
    </message>
    <message>
        <source>The teacher&apos;s app closed the connection: {reason}</source>
        <extracomment>{reason} is why, from the teacher&apos;s app (e.g. the class is full); keep {reason} as it is</extracomment>
        <translation>Die App der Lehrkraft hat die Verbindung getrennt: {reason}</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Your teacher set a challenge: {title}. Solve it in ScaleLab on a laptop (File, Join Class); the next question appears here.</source>
        <extracomment>On a challenge step: {title} is the challenge&apos;s title; keep {title} as it is</extracomment>
        <translation>Ihre Lehrkraft hat eine Aufgabe gestellt: {title}. Lösen Sie sie in ScaleLab auf einem Laptop (Datei, Klasse beitreten); die nächste Frage erscheint hier.</translation>
    </message>
</context>
<context>
    <name>scalelab::AbCompareWindow</name>
    <message>
        <source>simulated time (s)</source>
        <translation>simulierte Zeit (s)</translation>
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
        <translation>A/B-Vergleich — %1</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <source>&lt;b&gt;A&lt;/b&gt;: the topology on the canvas (%1)</source>
        <translation>&lt;b&gt;A&lt;/b&gt;: die Topologie auf der Zeichenfläche (%1)</translation>
    </message>
    <message>
        <source>Open B from a file…</source>
        <translation>B aus einer Datei öffnen…</translation>
    </message>
    <message>
        <source>&lt;b&gt;B&lt;/b&gt;:</source>
        <translation>&lt;b&gt;B&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Both runs use this seed, so the clients send the same requests to A and B</source>
        <translation>Beide Läufe verwenden diesen Seed, daher schicken die Clients an A und B dieselben Anfragen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Run Both</source>
        <translation>Beide starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>requests ok / s</source>
        <translation>Anfragen ok / s</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latenz p95</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Open B</source>
        <translation>B öffnen</translation>
    </message>
    <message>
        <source>ScaleLab topologies (*.scalelab.json);;All files (*)</source>
        <translation>ScaleLab-Topologien (*.scalelab.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pick a file for B: none of the one-click changes applies to this topology.</source>
        <translation>Eine Datei für B wählen: Keine der Ein-Klick-Änderungen passt zu dieser Topologie.</translation>
    </message>
    <message>
        <source>A copy of A with %1</source>
        <translation>Eine Kopie von A mit %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 cannot run: %2</source>
        <translation>%1 kann nicht laufen: %2</translation>
    </message>
    <message>
        <source>The clients differ, so A and B do not get the same requests: %1</source>
        <translation>Die Clients unterscheiden sich, daher bekommen A und B nicht dieselben Anfragen: %1</translation>
    </message>
    <message>
        <source>A and B gave the same report: the change made no difference to this run.</source>
        <translation>A und B lieferten denselben Bericht: Die Änderung machte in diesem Lauf keinen Unterschied.</translation>
    </message>
</context>
<context>
    <name>scalelab::AccessibilitySupport</name>
    <message>
        <source>&amp;Move Focus To</source>
        <translation>F&amp;okus wechseln zu</translation>
    </message>
    <message>
        <source>&amp;Canvas</source>
        <translation>Zeichen&amp;fläche</translation>
    </message>
    <message>
        <source>&amp;Node Palette</source>
        <translation>&amp;Knotenpalette</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspektor</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>&amp;Event Log</source>
        <translation>&amp;Ereignisprotokoll</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lektion</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Topology canvas</source>
        <translation>Topologie-Zeichenfläche</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>Weitere Werkzeuge</translation>
    </message>
    <message>
        <source>The canvas is empty. Drag a node from the node palette, or open an example from the File menu.</source>
        <translation>Die Zeichenfläche ist leer. Einen Knoten aus der Knotenpalette hierher ziehen oder ein Beispiel über das Menü Datei öffnen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Down: %1.</source>
        <translation>Ausgefallen: %1.</translation>
    </message>
    <message>
        <source>Draining: %1.</source>
        <translation>Wird geleert: %1.</translation>
    </message>
    <message>
        <source>Nodes: %1 (%2). Links: %3.</source>
        <translation>Knoten: %1 (%2). Verbindungen: %3.</translation>
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
        <translation>&amp;Kennzahlen</translation>
    </message>
    <message>
        <source>Right-click to choose the figures</source>
        <translation>Rechtsklick, um die Kennzahlen auszuwählen</translation>
    </message>
    <message>
        <source>&amp;Automatic (fits the topology)</source>
        <translation>&amp;Automatisch (passend zur Topologie)</translation>
    </message>
    <message>
        <source>&amp;Hide Big Numbers</source>
        <translation>Kennzahlen a&amp;usblenden</translation>
    </message>
</context>
<context>
    <name>scalelab::CanvasEditor</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>Copy the selected nodes and delete them</source>
        <translation>Die ausgewählten Knoten kopieren und löschen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected nodes, their links and settings</source>
        <translation>Die ausgewählten Knoten mit ihren Verbindungen und Einstellungen kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Add the copied nodes; ids already taken are renumbered</source>
        <translation>Die kopierten Knoten hinzufügen; bereits vergebene IDs werden neu nummeriert</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Copy and paste the selected nodes in one go</source>
        <translation>Die ausgewählten Knoten in einem Schritt kopieren und einfügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected nodes and links</source>
        <translation>Die ausgewählten Knoten und Verbindungen löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alle&amp;s auswählen</translation>
    </message>
    <message>
        <source>Select every node and link</source>
        <translation>Alle Knoten und Verbindungen auswählen</translation>
    </message>
    <message>
        <source>A&amp;rrange Automatically</source>
        <translation>Automatisch a&amp;nordnen</translation>
    </message>
    <message>
        <source>Lay the nodes out in columns from the clients to the storage</source>
        <translation>Die Knoten in Spalten von den Clients bis zum Speicher anordnen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel or pinch also zoom)</source>
        <translation>Vergrößern (auch mit Ctrl+Mausrad oder Zwei-Finger-Geste)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Show the whole topology</source>
        <translation>Die ganze Topologie zeigen</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>Nodes land on a %1-unit grid when moved or added</source>
        <translation>Knoten rasten beim Verschieben oder Hinzufügen auf einem Raster von %1 Einheiten ein</translation>
    </message>
    <message>
        <source>Canvas as &amp;PNG Image...</source>
        <translation>Zeichenfläche als &amp;PNG-Bild...</translation>
    </message>
    <message>
        <source>Save a picture of the canvas at twice its size</source>
        <translation>Ein Bild der Zeichenfläche in doppelter Größe speichern</translation>
    </message>
    <message>
        <source>Canvas as &amp;SVG Drawing...</source>
        <translation>Zeichenfläche als &amp;SVG-Grafik...</translation>
    </message>
    <message>
        <source>Save the canvas as a drawing that scales to any size</source>
        <translation>Die Zeichenfläche als Vektorgrafik speichern, die sich beliebig skalieren lässt</translation>
    </message>
    <message>
        <source>Added %1: drag from its arrow handle to another node to link them</source>
        <translation>%1 hinzugefügt: Vom Pfeilgriff auf einen anderen Knoten ziehen, um beide zu verbinden</translation>
    </message>
    <message>
        <source>Select the nodes to copy first</source>
        <translation>Zuerst die zu kopierenden Knoten auswählen</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n nodes</source>
        <translation>
            <numerusform>%n Knoten kopiert</numerusform>
            <numerusform>%n Knoten kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: %1</source>
        <translation>Nichts einzufügen: %1</translation>
    </message>
    <message>
        <source>Select the nodes to duplicate first</source>
        <translation>Zuerst die zu duplizierenden Knoten auswählen</translation>
    </message>
    <message>
        <source>Nothing to paste: the copied part has no nodes</source>
        <translation>Nichts einzufügen: Der kopierte Teil enthält keine Knoten</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n nodes</source>
        <translation>
            <numerusform>%n Knoten eingefügt</numerusform>
            <numerusform>%n Knoten eingefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted %1</source>
        <translation>%1 eingefügt</translation>
    </message>
    <message>
        <source>Select the nodes or links to delete first</source>
        <translation>Zuerst die zu löschenden Knoten oder Verbindungen auswählen</translation>
    </message>
    <message>
        <source>Export Canvas as SVG</source>
        <translation>Zeichenfläche als SVG exportieren</translation>
    </message>
    <message>
        <source>Export Canvas as PNG</source>
        <translation>Zeichenfläche als PNG exportieren</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Cannot export the canvas</source>
        <translation>Die Zeichenfläche kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported the canvas to %1</source>
        <translation>Zeichenfläche nach %1 exportiert</translation>
    </message>
    <message>
        <source>Add &amp;Node Here</source>
        <translation>&amp;Knoten hier hinzufügen</translation>
    </message>
    <message>
        <source>Paste &amp;Here</source>
        <translation>&amp;Hier einfügen</translation>
    </message>
</context>
<context>
    <name>scalelab::CanvasInteraction</name>
    <message>
        <source>a link joins two different nodes</source>
        <translation>eine Verbindung verbindet zwei verschiedene Knoten</translation>
    </message>
    <message>
        <source>%1 is already linked to %2</source>
        <translation>%1 ist bereits mit %2 verbunden</translation>
    </message>
    <message>
        <source>To link %1, release the arrow on another node</source>
        <translation>Um %1 zu verbinden, den Pfeil über einem anderen Knoten loslassen</translation>
    </message>
    <message>
        <source>Cannot link %1 to %2: %3</source>
        <translation>%1 kann nicht mit %2 verbunden werden: %3</translation>
    </message>
    <message>
        <source>Linked %1 to %2</source>
        <translation>%1 mit %2 verbunden</translation>
    </message>
    <message>
        <source>Added %1: drag from its arrow handle to link it</source>
        <translation>%1 hinzugefügt: Vom Pfeilgriff aus ziehen, um ihn zu verbinden</translation>
    </message>
</context>
<context>
    <name>scalelab::ChallengeResultsView</name>
    <message>
        <source>Each student&apos;s latest try, as their own ScaleLab graded it on their own seed</source>
        <translation>Der jeweils letzte Versuch der Lernenden, bewertet von ihrem eigenen ScaleLab mit ihrem eigenen Seed</translation>
    </message>
    <message>
        <source>Challenge: %1. No try yet: students who joined from ScaleLab send theirs as they check them.</source>
        <translation>Aufgabe: %1. Noch kein Versuch: Lernende, die über ScaleLab beigetreten sind, senden ihre Versuche, sobald sie sie prüfen.</translation>
    </message>
    <message>
        <source>Challenge: %1. %2 of %3 met the goal.</source>
        <translation>Aufgabe: %1. %2 von %3 haben das Ziel erreicht.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
</context>
<context>
    <name>scalelab::ChartExport</name>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>The chart was not saved: %1</source>
        <translation>Das Diagramm wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>scalelab::ChartMarkers</name>
    <message>
        <source>kill %1</source>
        <translation>%1 ausgeschaltet</translation>
    </message>
    <message>
        <source>revive %1</source>
        <translation>%1 wieder eingeschaltet</translation>
    </message>
    <message>
        <source>%1 promoted</source>
        <translation>%1 befördert</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 ausgefallen</translation>
    </message>
    <message>
        <source>%1 up</source>
        <translation>%1 wieder gesund</translation>
    </message>
    <message>
        <source>failover to %1</source>
        <translation>Failover auf %1</translation>
    </message>
    <message>
        <source>drain %1</source>
        <translation>%1 wird geleert</translation>
    </message>
    <message>
        <source>cut %1</source>
        <translation>%1 getrennt</translation>
    </message>
    <message>
        <source>heal %1</source>
        <translation>%1 wiederverbunden</translation>
    </message>
    <message>
        <source>purge %1</source>
        <translation>Purge %1</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation>%1 behoben</translation>
    </message>
    <message>
        <source>%1 full</source>
        <translation>%1 voll</translation>
    </message>
    <message>
        <source>scale out +%1</source>
        <translation>mehr Server +%1</translation>
    </message>
    <message>
        <source>scale in -%1</source>
        <translation>weniger Server -%1</translation>
    </message>
    <message>
        <source>reshard → %1 shards</source>
        <translation>Resharding → %1 Shards</translation>
    </message>
    <message>
        <source>reshard done</source>
        <translation>Resharding fertig</translation>
    </message>
    <message>
        <source>resize %1 → %2</source>
        <translation>Größe %1 → %2</translation>
    </message>
    <message>
        <source>%1 back as %2</source>
        <translation>%1 zurück als %2</translation>
    </message>
    <message>
        <source>dns: %1 down</source>
        <translation>DNS: %1 ausgefallen</translation>
    </message>
    <message>
        <source>dns: %1 up</source>
        <translation>DNS: %1 wieder in Betrieb</translation>
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
        <translation>simulierte Zeit (s)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 s to %2 s</source>
        <translation>%1 s bis %2 s</translation>
    </message>
    <message>
        <source>%1 at %2 s</source>
        <translation>%1 bei %2 s</translation>
    </message>
    <message>
        <source>Save as &amp;PNG...</source>
        <translation>Als &amp;PNG speichern...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Als P&amp;DF speichern...</translation>
    </message>
    <message>
        <source>Export Data as &amp;CSV...</source>
        <translation>Daten als &amp;CSV exportieren...</translation>
    </message>
    <message>
        <source>&amp;Follow the Run</source>
        <translation>Dem Lauf &amp;folgen</translation>
    </message>
    <message>
        <source>&amp;Hide This Chart</source>
        <translation>Dieses Diagramm &amp;ausblenden</translation>
    </message>
</context>
<context>
    <name>scalelab::ChartSeries</name>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Replikationsverzögerung</translation>
    </message>
    <message>
        <source>Busy workers per server</source>
        <translation>Beschäftigte Worker pro Server</translation>
    </message>
    <message>
        <source>CDN offload</source>
        <translation>CDN-Entlastung</translation>
    </message>
    <message>
        <source>CDN cost so far</source>
        <translation>CDN-Kosten bisher</translation>
    </message>
    <message>
        <source>Sessions lost</source>
        <translation>Verlorene Sitzungen</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
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
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>stale reads</source>
        <translation>veraltete Lesezugriffe</translation>
    </message>
    <message>
        <source>lost writes</source>
        <translation>verlorene Schreibzugriffe</translation>
    </message>
    <message>
        <source>offload</source>
        <translation>Entlastung</translation>
    </message>
    <message>
        <source>with the CDN</source>
        <translation>mit CDN</translation>
    </message>
    <message>
        <source>without a CDN</source>
        <translation>ohne CDN</translation>
    </message>
    <message>
        <source>sessions lost</source>
        <translation>verlorene Sitzungen</translation>
    </message>
    <message>
        <source>Stale reads, lost writes</source>
        <translation>Veraltete Lesezugriffe, verlorene Schreibzugriffe</translation>
    </message>
    <message>
        <source>Served per server</source>
        <translation>Bedient pro Server</translation>
    </message>
    <message>
        <source>error/timeout</source>
        <translation>Fehler/Timeout</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>%1 depth</source>
        <translation>%1 Tiefe</translation>
    </message>
    <message>
        <source>%1 lag</source>
        <translation>%1 Verzögerung</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>server-s</source>
        <translation>Server-s</translation>
    </message>
    <message>
        <source>%1 servers</source>
        <translation>%1 Server</translation>
    </message>
    <message>
        <source>%1 server-seconds so far</source>
        <translation>%1 Serversekunden bisher</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>Shards</translation>
    </message>
    <message>
        <source>Server cost</source>
        <translation>Serverkosten</translation>
    </message>
    <message>
        <source>$/h</source>
        <translation>$/h</translation>
    </message>
    <message>
        <source>$ per hour</source>
        <translation>$ pro Stunde</translation>
    </message>
    <message>
        <source>$ so far</source>
        <translation>$ bisher</translation>
    </message>
    <message>
        <source>calls/s</source>
        <translation>Aufrufe/s</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>Shard %1</translation>
    </message>
    <message>
        <source>Shards · busiest %1 % of calls</source>
        <translation>Shards · meistbelasteter %1 % der Aufrufe</translation>
    </message>
    <message>
        <source>Data centres</source>
        <translation>Rechenzentren</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 ausgefallen</translation>
    </message>
    <message>
        <source>Requests by kind</source>
        <translation>Anfragen nach Art</translation>
    </message>
    <message>
        <source>Waiting requests</source>
        <translation>Wartende Anfragen</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>Lesezugriffe</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>Schreibzugriffe</translation>
    </message>
    <message>
        <source>static files</source>
        <translation>statische Dateien</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Waiting requests · none so far</source>
        <translation>Wartende Anfragen · bisher keine</translation>
    </message>
</context>
<context>
    <name>scalelab::ChartsDock</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Choose which charts show</source>
        <translation>Auswählen, welche Diagramme angezeigt werden</translation>
    </message>
    <message>
        <source>Follow the run</source>
        <translation>Dem Lauf folgen</translation>
    </message>
    <message>
        <source>Show the latest %1 seconds as the run goes (drag or wheel on a chart to look back; double-click returns)</source>
        <translation>Während des Laufs die letzten %1 Sekunden zeigen (auf einem Diagramm ziehen oder das Mausrad drehen, um zurückzublicken; Doppelklick kehrt zurück)</translation>
    </message>
    <message>
        <source>Charts as &amp;PNG...</source>
        <translation>Diagramme als PN&amp;G...</translation>
    </message>
    <message>
        <source>Charts as P&amp;DF...</source>
        <translation>Diagramme als P&amp;DF...</translation>
    </message>
    <message>
        <source>Chart &amp;Data as CSV...</source>
        <translation>Diagrammdaten als &amp;CSV...</translation>
    </message>
    <message>
        <source>Not in this topology</source>
        <translation>Nicht in dieser Topologie</translation>
    </message>
    <message>
        <source>Save Every Shown Chart Into</source>
        <translation>Alle angezeigten Diagramme speichern in</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <source>Not every chart was saved: %1</source>
        <translation>Nicht alle Diagramme wurden gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>%n Datei in %1 gespeichert.</numerusform>
            <numerusform>%n Dateien in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the Charts &amp;Panel</source>
        <translation>&amp;Diagrammbereich anzeigen</translation>
    </message>
    <message>
        <source>Charts shown in the panel</source>
        <translation>Im Diagrammbereich angezeigte Diagramme</translation>
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
        <translation>%1 bediente %2 Anfragen</translation>
    </message>
    <message>
        <source>%1 answered %2 requests with an error</source>
        <translation>%1 beantwortete %2 Anfragen mit einem Fehler</translation>
    </message>
    <message>
        <source>%1 dropped %2 requests</source>
        <translation>%1 verwarf %2 Anfragen</translation>
    </message>
    <message>
        <source>%1 had %2 requests waiting</source>
        <translation>bei %1 warteten %2 Anfragen</translation>
    </message>
    <message>
        <source>%1 was working on %2 requests</source>
        <translation>%1 bearbeitete gerade %2 Anfragen</translation>
    </message>
    <message>
        <source>%1 applied %2 writes</source>
        <translation>%1 übernahm %2 Schreibzugriffe</translation>
    </message>
    <message>
        <source>%1 was %2 writes behind</source>
        <translation>%1 lag %2 Schreibzugriffe im Rückstand</translation>
    </message>
    <message>
        <source>%1 lagged %2 ms behind</source>
        <translation>%1 lag %2 ms im Rückstand</translation>
    </message>
    <message>
        <source>%1 held %2 items</source>
        <translation>%1 enthielt %2 Einträge</translation>
    </message>
    <message>
        <source>%1 had %2 open connections</source>
        <translation>%1 hatte %2 offene Verbindungen</translation>
    </message>
    <message>
        <source>%1&apos;s %2: %3</source>
        <translation>%2 von %1: %3</translation>
    </message>
    <message>
        <source>%1 requests in all</source>
        <translation>%1 Anfragen insgesamt</translation>
    </message>
    <message>
        <source>%1 requests succeeded</source>
        <translation>%1 Anfragen waren erfolgreich</translation>
    </message>
    <message>
        <source>%1 requests ended in an error</source>
        <translation>%1 Anfragen endeten mit einem Fehler</translation>
    </message>
    <message>
        <source>%1 requests timed out</source>
        <translation>%1 Anfragen liefen in ein Timeout</translation>
    </message>
    <message>
        <source>%1 requests were dropped</source>
        <translation>%1 Anfragen wurden verworfen</translation>
    </message>
    <message>
        <source>%1 requests were in flight</source>
        <translation>%1 Anfragen waren unterwegs</translation>
    </message>
    <message>
        <source>half of the requests took at most %1 ms</source>
        <translation>die Hälfte der Anfragen dauerte höchstens %1 ms</translation>
    </message>
    <message>
        <source>95% of the requests took at most %1 ms</source>
        <translation>95% der Anfragen dauerten höchstens %1 ms</translation>
    </message>
    <message>
        <source>99% of the requests took at most %1 ms</source>
        <translation>99% der Anfragen dauerten höchstens %1 ms</translation>
    </message>
    <message>
        <source>the cache answered %1 reads</source>
        <translation>der Cache beantwortete %1 Lesezugriffe</translation>
    </message>
    <message>
        <source>%1 reads missed the cache</source>
        <translation>%1 Lesezugriffe waren Cache-Fehlzugriffe</translation>
    </message>
    <message>
        <source>the cache answered %1% of the reads</source>
        <translation>der Cache beantwortete %1% der Lesezugriffe</translation>
    </message>
    <message>
        <source>the cache returned %1 stale values</source>
        <translation>der Cache lieferte %1 veraltete Werte</translation>
    </message>
    <message>
        <source>the cache evicted %1 entries</source>
        <translation>der Cache verdrängte %1 Einträge</translation>
    </message>
    <message>
        <source>%1 cache entries expired</source>
        <translation>%1 Cache-Einträge liefen ab</translation>
    </message>
    <message>
        <source>%1 cache entries were invalidated</source>
        <translation>%1 Cache-Einträge wurden invalidiert</translation>
    </message>
    <message>
        <source>%1 reads returned stale data</source>
        <translation>%1 Lesezugriffe lieferten veraltete Daten</translation>
    </message>
    <message>
        <source>%1 times a user did not see their own write</source>
        <translation>%1-mal sah ein Nutzer seinen eigenen Schreibzugriff nicht</translation>
    </message>
    <message>
        <source>%1 writes were lost</source>
        <translation>%1 Schreibzugriffe gingen verloren</translation>
    </message>
    <message>
        <source>%1 writes were recovered</source>
        <translation>%1 Schreibzugriffe wurden wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 replicas were promoted to primary</source>
        <translation>%1 Replikate wurden zum Primärserver befördert</translation>
    </message>
    <message>
        <source>%1 writes conflicted</source>
        <translation>%1 Schreibzugriffe standen in Konflikt</translation>
    </message>
    <message>
        <source>%1 updates were silently discarded</source>
        <translation>%1 Änderungen wurden stillschweigend verworfen</translation>
    </message>
    <message>
        <source>%1 writes were rolled back</source>
        <translation>%1 Schreibzugriffe wurden zurückgerollt</translation>
    </message>
    <message>
        <source>%1 keys differed between the databases</source>
        <translation>%1 Schlüssel unterschieden sich zwischen den Datenbanken</translation>
    </message>
    <message>
        <source>replicas fell up to %1 ms behind</source>
        <translation>Replikate lagen bis zu %1 ms im Rückstand</translation>
    </message>
    <message>
        <source>%1 users lost their session</source>
        <translation>%1 Nutzer verloren ihre Sitzung</translation>
    </message>
    <message>
        <source>the CDN answered %1 requests</source>
        <translation>das CDN beantwortete %1 Anfragen</translation>
    </message>
    <message>
        <source>%1 requests missed the CDN</source>
        <translation>%1 Anfragen waren CDN-Fehlzugriffe</translation>
    </message>
    <message>
        <source>%1 requests fell back to the origin</source>
        <translation>%1 Anfragen wichen auf den Origin aus</translation>
    </message>
    <message>
        <source>%1 CDN entries were invalidated</source>
        <translation>%1 CDN-Einträge wurden invalidiert</translation>
    </message>
    <message>
        <source>the CDN served %1% of the static requests</source>
        <translation>das CDN bediente %1% der statischen Anfragen</translation>
    </message>
    <message>
        <source>%1 GB came from the origin</source>
        <translation>%1 GB kamen vom Origin</translation>
    </message>
    <message>
        <source>%1 GB went out to users</source>
        <translation>%1 GB gingen an die Nutzer</translation>
    </message>
    <message>
        <source>the traffic cost %1 USD</source>
        <translation>der Datenverkehr kostete %1 USD</translation>
    </message>
    <message>
        <source>%1 writes were held up at a dead ring node</source>
        <translation>%1 Schreibzugriffe hingen an einem ausgefallenen Ringknoten fest</translation>
    </message>
    <message>
        <source>%1 writes were lost with a dead ring node</source>
        <translation>%1 Schreibzugriffe gingen mit einem ausgefallenen Ringknoten verloren</translation>
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
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Answer the class&apos;s question (your prediction in the lesson panel is your first vote)</source>
        <translation>Die Frage an die Klasse beantworten (Ihre Vorhersage im Lektionsbereich gilt als Antwort in der ersten Abstimmung)</translation>
    </message>
    <message>
        <source>Vote Again</source>
        <translation>Erneut abstimmen</translation>
    </message>
    <message>
        <source>Enter a Number…</source>
        <translation>Zahl eingeben…</translation>
    </message>
</context>
<context>
    <name>scalelab::ClassPanel</name>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Students join from a phone or laptop on this network: they open the address shown, type the join code and their name, and answer each step&apos;s question. Nothing leaves the local network.</source>
        <translation>Lernende treten mit einem Smartphone oder Laptop in diesem Netzwerk bei: Sie öffnen die angezeigte Adresse, geben den Beitrittscode und ihren Namen ein und beantworten die Frage jedes Schritts. Nichts verlässt das lokale Netzwerk.</translation>
    </message>
    <message>
        <source>The students&apos; page is served on this port; their connections use the next one</source>
        <translation>Auf diesem Port wird die Seite der Lernenden bereitgestellt; ihre Verbindungen nutzen den nächsten</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Start Class Session</source>
        <translation>Unterrichtssitzung starten</translation>
    </message>
    <message>
        <source>Students point their phone&apos;s camera here to open the page</source>
        <translation>Lernende richten die Kamera ihres Smartphones hierauf, um die Seite zu öffnen</translation>
    </message>
    <message>
        <source>Show the counts before the reveal</source>
        <translation>Stimmenzahlen vor der Auflösung zeigen</translation>
    </message>
    <message>
        <source>Off: the projector shows only how many answered, so the counts do not sway the class</source>
        <translation>Aus: Der Projektor zeigt nur, wie viele geantwortet haben, damit die Stimmenzahlen die Klasse nicht beeinflussen</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Auflösen</translation>
    </message>
    <message>
        <source>Show the class&apos;s answers and the right one on every student&apos;s screen</source>
        <translation>Die Antworten der Klasse und die richtige Antwort auf dem Bildschirm aller Lernenden zeigen</translation>
    </message>
    <message>
        <source>Ask Again</source>
        <translation>Erneut fragen</translation>
    </message>
    <message>
        <source>Peer instruction: let the class discuss, then vote a second time (both votes are kept)</source>
        <translation>Peer Instruction: die Klasse diskutieren und dann ein zweites Mal abstimmen lassen (beide Abstimmungen bleiben erhalten)</translation>
    </message>
    <message>
        <source>Export Answers…</source>
        <translation>Antworten exportieren…</translation>
    </message>
    <message>
        <source>Save every answer of this session as a CSV file</source>
        <translation>Alle Antworten dieser Sitzung als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Stop Class Session</source>
        <translation>Unterrichtssitzung beenden</translation>
    </message>
    <message>
        <source>Clients refused or dropped, and why</source>
        <translation>Abgewiesene oder getrennte Clients und der Grund dafür</translation>
    </message>
    <message>
        <source>The session could not start: %1.</source>
        <translation>Die Sitzung konnte nicht gestartet werden: %1.</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; öffnen</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>1 student connected</source>
        <translation>1 Lernender verbunden</translation>
    </message>
    <message>
        <source>%1 students connected</source>
        <translation>%1 Lernende verbunden</translation>
    </message>
    <message>
        <source>No question on this step: the students wait for the next one.</source>
        <translation>Keine Frage in diesem Schritt: Die Lernenden warten auf den nächsten.</translation>
    </message>
    <message>
        <source>Vote %1: %2 of %3 answered</source>
        <translation>Abstimmung %1: %2 von %3 haben geantwortet</translation>
    </message>
    <message>
        <source>Not answered yet: %1</source>
        <translation>Noch nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>Vote %1: %2 of %3 right</source>
        <translation>Abstimmung %1: %2 von %3 richtig</translation>
    </message>
    <message>
        <source>%1 of %2 within %3% of %4 %5</source>
        <translation>%1 von %2 mit höchstens %3% Abweichung von %4 %5</translation>
    </message>
    <message>
        <source>Export Answers</source>
        <translation>Antworten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2 following in ScaleLab)</source>
        <translation>%1 (%2 davon folgen in ScaleLab)</translation>
    </message>
    <message>
        <source>A challenge: students who joined from ScaleLab solve it on their own; a page waits.</source>
        <translation>Eine Aufgabe: Wer über ScaleLab beigetreten ist, löst sie selbst; auf der Seite wird gewartet.</translation>
    </message>
    <message>
        <source>The connected student loses the class. Stop the class session?</source>
        <translation>Die verbundene Person verliert die Verbindung zum Unterricht. Unterrichtssitzung beenden?</translation>
    </message>
    <message>
        <source>%1 connected students lose the class. Stop the class session?</source>
        <translation>%1 verbundene Lernende verlieren die Verbindung zum Unterricht. Unterrichtssitzung beenden?</translation>
    </message>
</context>
<context>
    <name>scalelab::ClassroomSession</name>
    <message>
        <source>Start &amp;Class Session…</source>
        <translation>&amp;Unterrichtssitzung starten…</translation>
    </message>
    <message>
        <source>Let students join from their own devices on this network and answer each step&apos;s question</source>
        <translation>Lernende mit ihren eigenen Geräten in diesem Netzwerk beitreten und die Frage jedes Schritts beantworten lassen</translation>
    </message>
    <message>
        <source>Stop Class Session</source>
        <translation>Unterrichtssitzung beenden</translation>
    </message>
</context>
<context>
    <name>scalelab::ClientViewDock</name>
    <message>
        <source>Client view</source>
        <translation>Client-Ansicht</translation>
    </message>
    <message>
        <source>Which clients node the user belongs to</source>
        <translation>Zu welchem Clients-Knoten der Nutzer gehört</translation>
    </message>
    <message>
        <source>user </source>
        <translation>Nutzer </translation>
    </message>
    <message>
        <source>The user&apos;s number within their clients node</source>
        <translation>Die Nummer des Nutzers innerhalb seines Clients-Knotens</translation>
    </message>
    <message>
        <source>Find a Violation</source>
        <translation>Verletzung finden</translation>
    </message>
    <message>
        <source>Show a user whose reads broke read-your-writes or monotonic reads</source>
        <translation>Einen Nutzer zeigen, dessen Lesezugriffe Read-your-Writes oder Monotonic Reads verletzt haben</translation>
    </message>
    <message>
        <source>No user&apos;s reads have broken a guarantee so far in this run.</source>
        <translation>In diesem Lauf hat bisher kein Lesezugriff eines Nutzers eine Garantie verletzt.</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s), </source>
        <translation>
            <numerusform>%n Schreibzugriff, </numerusform>
            <numerusform>%n Schreibzugriffe, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) so far.</source>
        <translation>
            <numerusform>%n Lesezugriff bisher.</numerusform>
            <numerusform>%n Lesezugriffe bisher.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every read showed at least what this user had written or read before.</source>
        <translation>Jeder Lesezugriff zeigte mindestens das, was dieser Nutzer zuvor geschrieben oder gelesen hatte.</translation>
    </message>
    <message numerus="yes">
        <source>Read-your-writes broken %n time(s), </source>
        <translation>
            <numerusform>Read-your-Writes %n-mal verletzt, </numerusform>
            <numerusform>Read-your-Writes %n-mal verletzt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>monotonic reads broken %n time(s): a replica that had not caught up answered.</source>
        <translation>
            <numerusform>Monotonic Reads %n-mal verletzt: Ein Replikat, das noch nicht aufgeholt hatte, hat geantwortet.</numerusform>
            <numerusform>Monotonic Reads %n-mal verletzt: Ein Replikat, das noch nicht aufgeholt hatte, hat geantwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalelab::ClientViewModel</name>
    <message>
        <source>wrote</source>
        <translation>schrieb</translation>
    </message>
    <message>
        <source>read</source>
        <translation>las</translation>
    </message>
    <message>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>ok, stale</source>
        <translation>ok, veraltet</translation>
    </message>
    <message>
        <source>%1 (cache)</source>
        <translation>%1 (Cache)</translation>
    </message>
    <message>
        <source>Read-your-writes broken: they wrote v%1 at %2 s</source>
        <translation>Read-your-Writes verletzt: Der Nutzer schrieb v%1 bei %2 s</translation>
    </message>
    <message>
        <source>Monotonic reads broken: they had read v%1 at %2 s</source>
        <translation>Monotonic Reads verletzt: Der Nutzer hatte bei %2 s schon v%1 gelesen</translation>
    </message>
    <message>
        <source>Sent (s)</source>
        <translation>Gesendet (s)</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Bedient von</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>job</source>
        <translation>Job</translation>
    </message>
</context>
<context>
    <name>scalelab::DocumentFiles</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start an empty topology (Ctrl+N)</source>
        <translation>Eine leere Topologie beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open a topology file (Ctrl+O)</source>
        <translation>Eine Topologiedatei öffnen (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the topology (Ctrl+S)</source>
        <translation>Die Topologie speichern (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Cannot open topology</source>
        <translation>Topologie kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>ScaleLab could not open %1. The topology already open is unchanged.</source>
        <translation>ScaleLab konnte %1 nicht öffnen. Die bereits geöffnete Topologie bleibt unverändert.</translation>
    </message>
    <message>
        <source>Open topology</source>
        <translation>Topologie öffnen</translation>
    </message>
    <message>
        <source>Save topology</source>
        <translation>Topologie speichern</translation>
    </message>
    <message>
        <source>Cannot save topology</source>
        <translation>Topologie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>ScaleLab could not save %1: %2
Your work is still open; try another place.</source>
        <translation>ScaleLab konnte %1 nicht speichern: %2
Ihre Arbeit ist weiterhin geöffnet; versuchen Sie einen anderen Speicherort.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>Die Änderungen an %1 zuerst speichern?</translation>
    </message>
    <message>
        <source>If you do not save them, your changes are lost.</source>
        <translation>Wenn Sie sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>Beis&amp;piel öffnen</translation>
    </message>
</context>
<context>
    <name>scalelab::EventLogDock</name>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Show one kind of event only</source>
        <translation>Nur eine Art von Ereignis zeigen</translation>
    </message>
    <message>
        <source>Show the events of one node only</source>
        <translation>Nur die Ereignisse eines Knotens zeigen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>State changes</source>
        <translation>Zustandsänderungen</translation>
    </message>
    <message>
        <source>Marked requests</source>
        <translation>Markierte Anfragen</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>Alle Knoten</translation>
    </message>
    <message numerus="yes">
        <source>%n ahead of the timeline (grey)</source>
        <translation>
            <numerusform>%n nach dem aktuellen Zeitpunkt (grau)</numerusform>
            <numerusform>%n nach dem aktuellen Zeitpunkt (grau)</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a stale read, a cache miss, a failure or a lost write to see why it happened.</source>
        <translation>Einen veralteten Lesezugriff, einen Cache-Fehlzugriff, einen Fehler oder einen verlorenen Schreibzugriff anklicken, um zu sehen, warum es dazu kam.</translation>
    </message>
</context>
<context>
    <name>scalelab::EventLogFollower</name>
    <message numerus="yes">
        <source>%n new event(s) ↓</source>
        <translation>
            <numerusform>%n neues Ereignis ↓</numerusform>
            <numerusform>%n neue Ereignisse ↓</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>The newest event stays in sight. Scroll up, pick a row or point at the table to hold the rows still.</source>
        <translation>Das neueste Ereignis bleibt im Blick. Nach oben scrollen, eine Zeile wählen oder auf die Tabelle zeigen, um die Zeilen anzuhalten.</translation>
    </message>
    <message>
        <source>Held still while you read. Click here, or scroll to the bottom, to follow the newest events again.</source>
        <translation>Angehalten, während Sie lesen. Hier klicken oder ganz nach unten scrollen, um wieder den neuesten Ereignissen zu folgen.</translation>
    </message>
</context>
<context>
    <name>scalelab::EventLogModel</name>
    <message>
        <source>%1
Ahead of the timeline: the run has not got here again yet.</source>
        <translation>%1
Nach dem aktuellen Zeitpunkt der Zeitleiste: Der Lauf ist noch nicht wieder hier angekommen.</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Revived</source>
        <translation>Wieder eingeschaltet</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>Wird geleert</translation>
    </message>
    <message>
        <source>Undrained</source>
        <translation>Leeren beendet</translation>
    </message>
    <message>
        <source>Health check: down</source>
        <translation>Health Check: ausgefallen</translation>
    </message>
    <message>
        <source>Health check: up</source>
        <translation>Health Check: in Betrieb</translation>
    </message>
    <message>
        <source>Ejected</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>Ejection over</source>
        <translation>Ausschluss beendet</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>Befördert</translation>
    </message>
    <message>
        <source>Promotion failed</source>
        <translation>Beförderung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Binlog recovery</source>
        <translation>Binlog-Wiederherstellung</translation>
    </message>
    <message>
        <source>Binlog replayed</source>
        <translation>Binlog eingespielt</translation>
    </message>
    <message>
        <source>Rejoined</source>
        <translation>Wieder beigetreten</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>Holt auf</translation>
    </message>
    <message>
        <source>Lost write</source>
        <translation>Verlorener Schreibzugriff</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Netzwerktrennung</translation>
    </message>
    <message>
        <source>Healed</source>
        <translation>Wiederverbunden</translation>
    </message>
    <message>
        <source>Invalidated</source>
        <translation>Invalidiert</translation>
    </message>
    <message>
        <source>Evicted</source>
        <translation>Verdrängt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Replica applied</source>
        <translation>Replikat übernommen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Session lost</source>
        <translation>Sitzung verloren</translation>
    </message>
    <message>
        <source>Balancer failover</source>
        <translation>Load-Balancer-Failover</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <source>Added to pool</source>
        <translation>Zum Pool hinzugefügt</translation>
    </message>
    <message>
        <source>Removed from pool</source>
        <translation>Aus dem Pool entfernt</translation>
    </message>
    <message>
        <source>Read-your-writes</source>
        <translation>Read-your-Writes</translation>
    </message>
    <message>
        <source>Stale read</source>
        <translation>Veralteter Lesezugriff</translation>
    </message>
    <message>
        <source>Stale cache hit</source>
        <translation>Veralteter Cache-Treffer</translation>
    </message>
    <message>
        <source>Cache miss</source>
        <translation>Cache-Fehlzugriff</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Request %1 read key %2 from %3 before it had write %4</source>
        <translation>Anfrage %1 las Schlüssel %2 von %3, bevor %3 Schreibzugriff %4 hatte</translation>
    </message>
    <message>
        <source>Request %1 got an old key %2 from %3 (write %4 was newer)</source>
        <translation>Anfrage %1 bekam einen alten Wert von Schlüssel %2 von %3 (Schreibzugriff %4 war neuer)</translation>
    </message>
    <message>
        <source>never cached</source>
        <translation>nie im Cache</translation>
    </message>
    <message>
        <source>lost when the cache restarted</source>
        <translation>beim Neustart des Caches verloren</translation>
    </message>
    <message>
        <source>evicted</source>
        <translation>verdrängt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>invalidated by a write</source>
        <translation>durch einen Schreibzugriff invalidiert</translation>
    </message>
    <message>
        <source>Request %1 missed key %2 in %3: %4</source>
        <translation>Anfrage %1 fand Schlüssel %2 nicht in %3: %4</translation>
    </message>
    <message>
        <source>it was down</source>
        <translation>er war ausgefallen</translation>
    </message>
    <message>
        <source>a link was cut</source>
        <translation>eine Verbindung war getrennt</translation>
    </message>
    <message>
        <source>its queue was full</source>
        <translation>seine Warteschlange war voll</translation>
    </message>
    <message>
        <source>the client gave up waiting</source>
        <translation>der Client hat das Warten aufgegeben</translation>
    </message>
    <message>
        <source>there was nowhere to send it</source>
        <translation>sie konnte nirgendwohin geschickt werden</translation>
    </message>
    <message>
        <source>Request %1 failed at %2: %3</source>
        <translation>Anfrage %1 schlug bei %2 fehl: %3</translation>
    </message>
    <message>
        <source>%1 was killed</source>
        <translation>%1 wurde ausgeschaltet</translation>
    </message>
    <message>
        <source>%1 is back up</source>
        <translation>%1 ist wieder in Betrieb</translation>
    </message>
    <message>
        <source>%1 is draining: no new requests</source>
        <translation>%1 wird geleert: keine neuen Anfragen</translation>
    </message>
    <message>
        <source>%1 takes new requests again</source>
        <translation>%1 nimmt wieder neue Anfragen an</translation>
    </message>
    <message>
        <source>%1 failed %2 health checks in a row: %3 stops sending it requests</source>
        <translation>%1 hat %2 Health Checks in Folge nicht bestanden: %3 schickt ihm keine Anfragen mehr</translation>
    </message>
    <message>
        <source>%1 passed %2 health checks: %3 sends it requests again</source>
        <translation>%1 hat %2 Health Checks bestanden: %3 schickt ihm wieder Anfragen</translation>
    </message>
    <message>
        <source>%1 ejected %2 after consecutive errors</source>
        <translation>%1 hat %2 nach Fehlern in Folge ausgeschlossen</translation>
    </message>
    <message>
        <source>%1 takes %2 back after its ejection</source>
        <translation>%1 nimmt %2 nach dem Ausschluss wieder auf</translation>
    </message>
    <message>
        <source>%1 is the new primary (it replaces %2)</source>
        <translation>%1 ist der neue Primärserver (ersetzt %2)</translation>
    </message>
    <message>
        <source>No replica of %1 is up: writes fail until it returns</source>
        <translation>Kein Replikat von %1 ist in Betrieb: Schreibzugriffe schlagen fehl, bis er zurückkehrt</translation>
    </message>
    <message>
        <source>Write %1 of key %2, acknowledged by %3, never reached the new primary</source>
        <translation>Schreibzugriff %1 auf Schlüssel %2, bestätigt von %3, hat den neuen Primärserver nie erreicht</translation>
    </message>
    <message>
        <source>Network cut: %1</source>
        <translation>Netzwerk getrennt: %1</translation>
    </message>
    <message>
        <source>Partition healed: %1</source>
        <translation>Netzwerk wiederverbunden: %1</translation>
    </message>
    <message>
        <source>%1 committed write %2 of key %3</source>
        <translation>%1 hat Schreibzugriff %2 auf Schlüssel %3 festgeschrieben</translation>
    </message>
    <message>
        <source>%1 applied write %2 of key %3 from %4</source>
        <translation>%1 hat Schreibzugriff %2 auf Schlüssel %3 von %4 übernommen</translation>
    </message>
    <message>
        <source>%1 evicted key %2 to make room</source>
        <translation>%1 hat Schlüssel %2 verdrängt, um Platz zu schaffen</translation>
    </message>
    <message>
        <source>Key %1 expired in %2</source>
        <translation>Schlüssel %1 ist in %2 abgelaufen</translation>
    </message>
    <message>
        <source>%1 expired in %2</source>
        <translation>%1 ist in %2 abgelaufen</translation>
    </message>
    <message>
        <source>A write deleted key %1 from %2</source>
        <translation>Ein Schreibzugriff hat Schlüssel %1 aus %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 invalidated %2</source>
        <translation>%1 hat %2 invalidiert</translation>
    </message>
    <message>
        <source>User %1 read key %2 from %3 without their own write %4</source>
        <translation>Nutzer %1 las Schlüssel %2 von %3 ohne seinen eigenen Schreibzugriff %4</translation>
    </message>
    <message>
        <source>User %1 lost their session on %2</source>
        <translation>Nutzer %1 hat seine Sitzung auf %2 verloren</translation>
    </message>
    <message>
        <source>%1 took over from %2</source>
        <translation>%1 hat von %2 übernommen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Write-back lost</source>
        <translation>Write-Back verloren</translation>
    </message>
    <message>
        <source>Relay log</source>
        <translation>Relay-Log</translation>
    </message>
    <message>
        <source>Ring closed</source>
        <translation>Ring geschlossen</translation>
    </message>
    <message>
        <source>Ring re-pointed</source>
        <translation>Ring umgestellt</translation>
    </message>
    <message>
        <source>Lost with a ring node</source>
        <translation>Mit Ringknoten verloren</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Snapshot copied</source>
        <translation>Snapshot kopiert</translation>
    </message>
    <message>
        <source>Replica ready</source>
        <translation>Replikat bereit</translation>
    </message>
    <message>
        <source>Provisioning failed</source>
        <translation>Bereitstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 died with %2 acknowledged writes it had not sent to the database: they are lost</source>
        <translation>%1 ist mit %2 bestätigten Schreibzugriffen ausgefallen, die er noch nicht an die Datenbank gesendet hatte: Sie sind verloren</translation>
    </message>
    <message>
        <source>%1 received write %2 of key %3 from %4 in its relay log; it still serves the old value until it applies it</source>
        <translation>%1 hat Schreibzugriff %2 auf Schlüssel %3 von %4 in sein Relay-Log empfangen; bis er ihn übernimmt, liefert er noch den alten Wert</translation>
    </message>
    <message>
        <source>%1 now sends on to %2, round the dead %3</source>
        <translation>%1 leitet jetzt an %2 weiter, am ausgefallenen %3 vorbei</translation>
    </message>
    <message>
        <source>%1 re-pointed to %2, which sends it the %3 writes it lacks</source>
        <translation>%1 ist jetzt auf %2 umgestellt, der ihm die %3 Schreibzugriffe sendet, die ihm fehlen</translation>
    </message>
    <message>
        <source>Write %1 of key %2 never left %3 before it died: no other node has it</source>
        <translation>Schreibzugriff %1 auf Schlüssel %2 hat %3 vor dessen Ausfall nie verlassen: Kein anderer Knoten hat ihn</translation>
    </message>
    <message>
        <source>%1 receives a snapshot of %2 (it takes %3 ms), then replays the binlog from its position</source>
        <translation>%1 empfängt einen Snapshot von %2 (das dauert %3 ms) und spielt dann das Binlog ab dessen Position ein</translation>
    </message>
    <message>
        <source>%1 has the snapshot of %2: it replays the binlog from write %3 and takes no reads yet</source>
        <translation>%1 hat den Snapshot von %2: Er spielt das Binlog ab Schreibzugriff %3 ein und nimmt noch keine Lesezugriffe an</translation>
    </message>
    <message>
        <source>%1 has caught up (write %2, %3 ms after the copy began): it takes reads</source>
        <translation>%1 hat aufgeholt (Schreibzugriff %2, %3 ms nach Beginn der Kopie): Er nimmt Lesezugriffe an</translation>
    </message>
    <message>
        <source>%1 was not provisioned: %2</source>
        <translation>%1 wurde nicht bereitgestellt: %2</translation>
    </message>
    <message>
        <source>Alert firing</source>
        <translation>Alarm ausgelöst</translation>
    </message>
    <message>
        <source>Alert resolved</source>
        <translation>Alarm behoben</translation>
    </message>
    <message>
        <source>Resynced</source>
        <translation>Neu synchronisiert</translation>
    </message>
    <message>
        <source>Connections dropped</source>
        <translation>Verbindungen getrennt</translation>
    </message>
    <message>
        <source>Alert %1 resolved: %2 is %3 again</source>
        <translation>Alarm %1 behoben: %2 ist wieder %3</translation>
    </message>
    <message>
        <source>Alert %1 is firing: %2 was above %3 for %4 s (now %5)</source>
        <translation>Alarm %1 ausgelöst: %2 lag %4 s lang über %3 (jetzt %5)</translation>
    </message>
    <message>
        <source>Alert %1 is firing: %2 was below %3 for %4 s (now %5)</source>
        <translation>Alarm %1 ausgelöst: %2 lag %4 s lang unter %3 (jetzt %5)</translation>
    </message>
    <message>
        <source>Queue full</source>
        <translation>Warteschlange voll</translation>
    </message>
    <message>
        <source>Job redelivered</source>
        <translation>Job erneut zugestellt</translation>
    </message>
    <message>
        <source>Queue %1 is full (%2 jobs): new jobs are refused</source>
        <translation>Warteschlange %1 ist voll (%2 Jobs): Neue Jobs werden abgewiesen</translation>
    </message>
    <message>
        <source>Job %1 is visible again on %2: %3 did not delete it within the visibility timeout</source>
        <translation>Job %1 ist auf %2 wieder sichtbar: %3 hat ihn nicht innerhalb des Sichtbarkeits-Timeouts gelöscht</translation>
    </message>
    <message>
        <source>Scale out</source>
        <translation>Mehr Server</translation>
    </message>
    <message>
        <source>Scale in</source>
        <translation>Weniger Server</translation>
    </message>
    <message>
        <source>%1 launches %2: its %3 servers are %4 % busy and it wants %5; the new one boots first</source>
        <translation>%1 startet %2: seine %3 Server sind zu %4 % ausgelastet und es will %5; der neue bootet zuerst</translation>
    </message>
    <message>
        <source>%1 retires %2: its %3 servers are %4 % busy and it wants %5</source>
        <translation>%1 nimmt %2 außer Betrieb: seine %3 Server sind zu %4 % ausgelastet und es will %5</translation>
    </message>
    <message>
        <source>Reshard</source>
        <translation>Resharding</translation>
    </message>
    <message>
        <source>Reshard done</source>
        <translation>Resharding fertig</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>Größenänderung</translation>
    </message>
    <message>
        <source>Resized</source>
        <translation>Größe geändert</translation>
    </message>
    <message>
        <source>%1 stops to change its machine from %2 to %3: every request it holds or gets fails until it is back</source>
        <translation>%1 hält an, um seine Maschine von %2 auf %3 umzustellen: Jede Anfrage, die er hält oder bekommt, schlägt fehl, bis er zurück ist</translation>
    </message>
    <message>
        <source>%1 is back up as %2: %3 workers at $%4 an hour</source>
        <translation>%1 ist als %2 wieder in Betrieb: %3 Worker für %4 $ pro Stunde</translation>
    </message>
    <message>
        <source>The copy to %1 is cut short by the next add_shard: its %2 moving keys switch shard at once</source>
        <translation>Die Kopie auf %1 wird durch das nächste add_shard abgebrochen: Ihre %2 umziehenden Schlüssel wechseln sofort den Shard</translation>
    </message>
    <message>
        <source>The copy to %1 is done: %2 keys now live on their new shards (%3 shards)</source>
        <translation>Die Kopie auf %1 ist fertig: %2 Schlüssel liegen jetzt auf ihren neuen Shards (%3 Shards)</translation>
    </message>
    <message>
        <source>A second shard</source>
        <translation>Ein zweiter Shard</translation>
    </message>
    <message>
        <source>A third shard</source>
        <translation>Ein dritter Shard</translation>
    </message>
    <message>
        <source>A fourth shard</source>
        <translation>Ein vierter Shard</translation>
    </message>
    <message>
        <source>A fifth shard</source>
        <translation>Ein fünfter Shard</translation>
    </message>
    <message>
        <source>A sixth shard</source>
        <translation>Ein sechster Shard</translation>
    </message>
    <message>
        <source>A seventh shard</source>
        <translation>Ein siebter Shard</translation>
    </message>
    <message>
        <source>An eighth shard</source>
        <translation>Ein achter Shard</translation>
    </message>
    <message>
        <source>A ninth shard</source>
        <translation>Ein neunter Shard</translation>
    </message>
    <message>
        <source>A tenth shard</source>
        <translation>Ein zehnter Shard</translation>
    </message>
    <message>
        <source>Shard number %1</source>
        <translation>Shard Nummer %1</translation>
    </message>
    <message>
        <source>%1 (%2) joins: %3 of %4 keys move; copying them takes %5 s</source>
        <translation>%1 (%2) kommt hinzu: %3 von %4 Schlüsseln ziehen um; das Kopieren dauert %5 s</translation>
    </message>
    <message>
        <source>Data centre down (dns)</source>
        <translation>Rechenzentrum ausgefallen (DNS)</translation>
    </message>
    <message>
        <source>Data centre up (dns)</source>
        <translation>Rechenzentrum in Betrieb (DNS)</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>DNS-Antwort</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>%1 answers %2 with %3 (%4) instead of %5</source>
        <translation>%1 antwortet %2 mit %3 (%4) statt %5</translation>
    </message>
    <message>
        <source>%1 answers %2 with %3 (%4) instead of %5: each of its users switches when its cached answer expires, within %6 s</source>
        <translation>%1 antwortet %2 mit %3 (%4) statt %5: Jeder seiner Nutzer wechselt, sobald seine zwischengespeicherte Antwort abläuft, innerhalb von %6 s</translation>
    </message>
    <message>
        <source>%1&apos;s health checks now see %2 as down after %3 failed checks in a row</source>
        <translation>Die Health Checks von %1 sehen %2 nach %3 fehlgeschlagenen Checks in Folge jetzt als ausgefallen</translation>
    </message>
    <message>
        <source>%1&apos;s health checks see %2 up again after %3 good checks in a row</source>
        <translation>Die Health Checks von %1 sehen %2 nach %3 erfolgreichen Checks in Folge wieder in Betrieb</translation>
    </message>
    <message>
        <source>%1; none of its answers changes.</source>
        <translation>%1; keine Antwort des DNS ändert sich.</translation>
    </message>
    <message>
        <source>%1; it sends %2 from now on.</source>
        <translation>%1; der DNS schickt ab jetzt %2.</translation>
    </message>
    <message>
        <source>%1 Users move as their cached answer expires (TTL %2 s).</source>
        <translation>%1 Die Nutzer wechseln, sobald ihre zwischengespeicherte Antwort abläuft (TTL %2 s).</translation>
    </message>
    <message>
        <source>%1 Users return as their cached answer expires (TTL %2 s).</source>
        <translation>%1 Die Nutzer kehren zurück, sobald ihre zwischengespeicherte Antwort abläuft (TTL %2 s).</translation>
    </message>
    <message>
        <source>Alert %1 resolved: %2 of %3 is %4 again</source>
        <translation>Alarm %1 behoben: %2 von %3 ist wieder %4</translation>
    </message>
    <message>
        <source>Alert %1 is firing: %2 of %3 was above %4 for %5 s (now %6)</source>
        <translation>Alarm %1 ausgelöst: %2 von %3 lag %5 s lang über %4 (jetzt %6)</translation>
    </message>
    <message>
        <source>Alert %1 is firing: %2 of %3 was below %4 for %5 s (now %6)</source>
        <translation>Alarm %1 ausgelöst: %2 von %3 lag %5 s lang unter %4 (jetzt %6)</translation>
    </message>
</context>
<context>
    <name>scalelab::EventLogTools</name>
    <message>
        <source>&amp;Event Log</source>
        <translation>&amp;Ereignisprotokoll</translation>
    </message>
    <message>
        <source>&amp;Client View</source>
        <translation>&amp;Client-Ansicht</translation>
    </message>
</context>
<context>
    <name>scalelab::FollowTeacher</name>
    <message>
        <source>&amp;Join Class…</source>
        <translation>&amp;Klasse beitreten…</translation>
    </message>
    <message>
        <source>Follow your teacher&apos;s lesson and run on this computer, and answer the class&apos;s questions</source>
        <translation>Lektion und Lauf Ihrer Lehrkraft auf diesem Computer verfolgen und die Fragen an die Klasse beantworten</translation>
    </message>
    <message>
        <source>&amp;Leave Class</source>
        <translation>Klasse &amp;verlassen</translation>
    </message>
    <message>
        <source>&amp;Follow the Teacher</source>
        <translation>Der &amp;Lehrkraft folgen</translation>
    </message>
    <message>
        <source>Back to the teacher&apos;s step and run (Ctrl+Shift+F)</source>
        <translation>Zurück zu Schritt und Lauf der Lehrkraft (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>the teacher&apos;s lesson &quot;%1&quot; is not in this ScaleLab: is it an older version?</source>
        <translation>die Lektion „%1“ der Lehrkraft fehlt in diesem ScaleLab: Ist es eine ältere Version?</translation>
    </message>
    <message>
        <source>the teacher&apos;s topology cannot be shown: %1</source>
        <translation>die Topologie der Lehrkraft kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>the teacher&apos;s actions cannot be repeated here</source>
        <translation>die Aktionen der Lehrkraft können hier nicht wiederholt werden</translation>
    </message>
    <message>
        <source>Joining the class at %1…</source>
        <translation>Beitritt zur Klasse unter %1…</translation>
    </message>
    <message>
        <source>The connection to the class was lost; trying again…</source>
        <translation>Die Verbindung zur Klasse wurde unterbrochen; neuer Versuch…</translation>
    </message>
    <message>
        <source>Not in the class: %1</source>
        <translation>Nicht in der Klasse: %1</translation>
    </message>
    <message>
        <source>In class as %1 · exploring on your own</source>
        <translation>In der Klasse als %1 · Sie erkunden selbstständig</translation>
    </message>
    <message>
        <source>In class as %1 · the challenge is yours to solve</source>
        <translation>In der Klasse als %1 · Sie lösen die Aufgabe selbst</translation>
    </message>
    <message>
        <source>In class as %1 · following the teacher</source>
        <translation>In der Klasse als %1 · Sie folgen der Lehrkraft</translation>
    </message>
    <message>
        <source>the class: %1 of %2 right</source>
        <translation>die Klasse: %1 von %2 richtig</translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorAlerts</name>
    <message>
        <source>One word of letters, digits, _ . or -: the events and the report name the rule by it</source>
        <translation>Ein Wort aus Buchstaben, Ziffern, _ . oder -: Ereignisse und Bericht nennen die Regel so</translation>
    </message>
    <message>
        <source>The figure watched each second: one of the whole system, or (busy, waiting) of one node</source>
        <translation>Die jede Sekunde beobachtete Kennzahl: eine des ganzen Systems oder (beschäftigt, wartend) eines Knotens</translation>
    </message>
    <message>
        <source>In the file: &quot;metric&quot;: &quot;%1&quot;</source>
        <translation>In der Datei: &quot;metric&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The node a busy or waiting rule watches: a server, database, cache or queue; clients, balancers and a dns have no workers</source>
        <translation>Der Knoten, den eine Regel auf Beschäftigte oder Wartende beobachtet: ein Server, eine Datenbank, ein Cache oder eine Warteschlange; Clients, Load Balancer und ein DNS haben keine Worker</translation>
    </message>
    <message>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <source>Fire when the figure is above the threshold (too slow, too many errors) or below it (too little traffic, too few cache hits)</source>
        <translation>Auslösen, wenn die Kennzahl über dem Schwellenwert liegt (zu langsam, zu viele Fehler) oder darunter (zu wenig Verkehr, zu wenige Cache-Treffer)</translation>
    </message>
    <message>
        <source>The line the figure must cross. A share (failing requests, cache hits, busy workers) goes from 0 to 1</source>
        <translation>Die Grenze, die die Kennzahl überschreiten muss. Ein Anteil (fehlschlagende Anfragen, Cache-Treffer, beschäftigte Worker) reicht von 0 bis 1</translation>
    </message>
    <message>
        <source>Seconds in a row the condition must hold before the rule fires: longer is quieter, but later</source>
        <translation>Sekunden in Folge, die die Bedingung gelten muss, bevor die Regel auslöst: länger ist ruhiger, aber später</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Fires when</source>
        <translation>Löst aus, wenn</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>Checked once a second while the run goes. A rule whose condition holds for its duration fires: a marker on the charts, a line in the event log, red here and in the status bar.</source>
        <translation>Wird während des Laufs einmal pro Sekunde geprüft. Eine Regel, deren Bedingung über ihre Dauer gilt, löst aus: eine Markierung in den Diagrammen, eine Zeile im Ereignisprotokoll, Rot hier und in der Statusleiste.</translation>
    </message>
    <message>
        <source>The topology&apos;s alert rules: choose one to edit it below</source>
        <translation>Die Alarmregeln der Topologie: eine auswählen, um sie unten zu bearbeiten</translation>
    </message>
    <message>
        <source>No rules yet. Add Rule starts one on the p95 latency; a server&apos;s right-click menu adds one on its queue.</source>
        <translation>Noch keine Regeln. „Regel hinzufügen“ legt eine für die p95-Latenz an; das Rechtsklickmenü eines Servers fügt eine für seine Warteschlange hinzu.</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Add a rule (p95 latency above 200 ms for 3 s) and edit it below</source>
        <translation>Eine Regel hinzufügen (p95-Latenz 3 s lang über 200 ms) und sie unten bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen rule (Edit &gt; Undo brings it back)</source>
        <translation>Die ausgewählte Regel entfernen (Bearbeiten &gt; Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>%1 is firing now: %2</source>
        <translation>%1 ist jetzt ausgelöst: %2</translation>
    </message>
    <message>
        <source>the whole system</source>
        <translation>das ganze System</translation>
    </message>
    <message>
        <source>requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>errors and timeouts per second</source>
        <translation>Fehler und Timeouts pro Sekunde</translation>
    </message>
    <message>
        <source>dropped requests per second</source>
        <translation>verworfene Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>share of requests failing</source>
        <translation>Anteil fehlschlagender Anfragen</translation>
    </message>
    <message>
        <source>median latency (p50)</source>
        <translation>Median-Latenz (p50)</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95-Latenz</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>p99-Latenz</translation>
    </message>
    <message>
        <source>cache hit ratio</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>reads per second</source>
        <translation>Lesezugriffe pro Sekunde</translation>
    </message>
    <message>
        <source>writes per second</source>
        <translation>Schreibzugriffe pro Sekunde</translation>
    </message>
    <message>
        <source>static files per second</source>
        <translation>statische Dateien pro Sekunde</translation>
    </message>
    <message>
        <source>jobs per second</source>
        <translation>Jobs pro Sekunde</translation>
    </message>
    <message>
        <source>busy share of one node&apos;s workers</source>
        <translation>beschäftigter Anteil der Worker eines Knotens</translation>
    </message>
    <message>
        <source>requests waiting at one node</source>
        <translation>an einem Knoten wartende Anfragen</translation>
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
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>busy share of %1&apos;s workers</source>
        <translation>beschäftigter Anteil der Worker von %1</translation>
    </message>
    <message>
        <source>requests waiting at %1</source>
        <translation>an %1 wartende Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>%1 above %2 for %n s</source>
        <translation>
            <numerusform>%1 %n s lang über %2</numerusform>
            <numerusform>%1 %n s lang über %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 below %2 for %n s</source>
        <translation>
            <numerusform>%1 %n s lang unter %2</numerusform>
            <numerusform>%1 %n s lang unter %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Link: requests travel this way, each hop taking the latency</source>
        <translation>Verbindung: Anfragen nehmen diesen Weg, jeder Hop mit der eingestellten Latenz</translation>
    </message>
    <message>
        <source>Nothing selected: the settings of the whole topology. Click a node or a link on the canvas to edit it.</source>
        <translation>Nichts ausgewählt: die Einstellungen der ganzen Topologie. Einen Knoten oder eine Verbindung auf der Zeichenfläche anklicken, um sie zu bearbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n Element ausgewählt</numerusform>
            <numerusform>%n Elemente ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a single node or link to edit it. Delete, copy and drag act on all of them.</source>
        <translation>Einen einzelnen Knoten oder eine einzelne Verbindung auswählen, um sie zu bearbeiten. Löschen, Kopieren und Ziehen wirken auf alle.</translation>
    </message>
    <message>
        <source>Untitled topology</source>
        <translation>Unbenannte Topologie</translation>
    </message>
    <message>
        <source>Now the primary: the failover promoted it at %1 s. It starts the run as a replica.</source>
        <translation>Jetzt Primärserver: Der Failover hat ihn bei %1 s befördert. Zu Beginn des Laufs ist er ein Replikat.</translation>
    </message>
    <message>
        <source>Now a replica: the failover replaced it as the primary at %1 s. It starts the run as the primary.</source>
        <translation>Jetzt Replikat: Der Failover hat ihn bei %1 s als Primärserver ersetzt. Zu Beginn des Laufs ist er der Primärserver.</translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorFacts</name>
    <message>
        <source>no lookups yet</source>
        <translation>noch keine Zugriffe</translation>
    </message>
    <message>
        <source>%1 %  (%L2 of %L3)</source>
        <translation>%1 %  (%L2 von %L3)</translation>
    </message>
    <message>
        <source>primary (takes the writes)</source>
        <translation>Primärserver (nimmt die Schreibzugriffe an)</translation>
    </message>
    <message>
        <source>replica (copies the primary)</source>
        <translation>Replikat (kopiert den Primärserver)</translation>
    </message>
    <message>
        <source>master (takes writes, copies its peers)</source>
        <translation>Master (nimmt Schreibzugriffe an, kopiert die der anderen Master)</translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>eigenständig</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>draining</source>
        <translation>wird geleert</translation>
    </message>
    <message>
        <source>up</source>
        <translation>in Betrieb</translation>
    </message>
    <message>
        <source>%1, balancers still think it is up</source>
        <translation>%1, die Load Balancer halten ihn noch für in Betrieb</translation>
    </message>
    <message>
        <source>%1, ejected by outlier detection</source>
        <translation>%1, von der Ausreißererkennung ausgeschlossen</translation>
    </message>
    <message>
        <source>%1, balancers still think it is down</source>
        <translation>%1, die Load Balancer halten ihn noch für ausgefallen</translation>
    </message>
    <message>
        <source>%1 is not in the running simulation yet: it joins at the next replay (press Reset, or drag the timeline).</source>
        <translation>%1 ist noch nicht in der laufenden Simulation: Er kommt bei der nächsten Wiedergabe hinzu (Zurücksetzen drücken oder an der Zeitleiste ziehen).</translation>
    </message>
    <message>
        <source>Nothing is running: the topology cannot run yet.</source>
        <translation>Nichts läuft: Die Topologie kann noch nicht laufen.</translation>
    </message>
    <message>
        <source>Now, at %1 s</source>
        <translation>Jetzt, bei %1 s</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>%L1 of %L2 workers busy</source>
        <translation>%L1 von %L2 Workern beschäftigt</translation>
    </message>
    <message>
        <source>Requests in service now, of the node&apos;s concurrency</source>
        <translation>Gerade bearbeitete Anfragen, gemessen an der Parallelität des Knotens</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>%L1 waiting (room for %L2)</source>
        <translation>%L1 wartend (Platz für %L2)</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Bedient</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%L1 failed, %L2 dropped (queue full)</source>
        <translation>%L1 fehlgeschlagen, %L2 verworfen (Warteschlange voll)</translation>
    </message>
    <message>
        <source>primary, promoted by the failover (was a replica)</source>
        <translation>Primärserver, durch den Failover befördert (war ein Replikat)</translation>
    </message>
    <message>
        <source>replica, demoted by the failover (was the primary)</source>
        <translation>Replikat, durch den Failover herabgestuft (war der Primärserver)</translation>
    </message>
    <message>
        <source>Role now</source>
        <translation>Aktuelle Rolle</translation>
    </message>
    <message>
        <source>Keys held</source>
        <translation>Gehaltene Schlüssel</translation>
    </message>
    <message>
        <source>Binlog position</source>
        <translation>Binlog-Position</translation>
    </message>
    <message>
        <source>#%1 (newest write on %2)</source>
        <translation>#%1 (neuester Schreibzugriff auf %2)</translation>
    </message>
    <message>
        <source>The id of the newest write the primary committed</source>
        <translation>Die ID des neuesten Schreibzugriffs, den der Primärserver festgeschrieben hat</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>#%1 (%L2 writes applied here)</source>
        <translation>#%1 (%L2 Schreibzugriffe hier übernommen)</translation>
    </message>
    <message>
        <source>The newest write this node has applied</source>
        <translation>Der neueste Schreibzugriff, den dieser Knoten übernommen hat</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>%L1 ms, %L2 writes behind</source>
        <translation>%L1 ms, %L2 Schreibzugriffe im Rückstand</translation>
    </message>
    <message>
        <source>Age of the oldest write the primary has and this replica lacks</source>
        <translation>Alter des ältesten Schreibzugriffs, den der Primärserver hat und der diesem Replikat fehlt</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
    <message>
        <source>holds sessions, caches nothing</source>
        <translation>hält Sitzungen, cacht nichts</translation>
    </message>
    <message>
        <source>Evictions</source>
        <translation>Verdrängungen</translation>
    </message>
    <message>
        <source>%L1 (all caches)</source>
        <translation>%L1 (alle Caches)</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>%1 of %2 (%L3 objects)</source>
        <translation>%1 von %2 (%L3 Objekte)</translation>
    </message>
    <message>
        <source>Sent to users</source>
        <translation>An Nutzer gesendet</translation>
    </message>
    <message>
        <source>%1 (all edges)</source>
        <translation>%1 (alle Edge-Server)</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>not provisioned: no data yet</source>
        <translation>nicht bereitgestellt: noch keine Daten</translation>
    </message>
    <message>
        <source>provisioning: receiving a snapshot</source>
        <translation>Bereitstellung: empfängt einen Snapshot</translation>
    </message>
    <message>
        <source>catching up from the binlog: no reads yet</source>
        <translation>holt aus dem Binlog auf: noch keine Lesezugriffe</translation>
    </message>
    <message>
        <source>Jobs held</source>
        <translation>Jobs in der Warteschlange</translation>
    </message>
    <message>
        <source>%L1 of %L2 (%L3 waiting for a worker)</source>
        <translation>%L1 von %L2 (%L3 warten auf einen Worker)</translation>
    </message>
    <message>
        <source>Jobs on the queue: waiting, or handed to a worker and not yet deleted</source>
        <translation>Jobs in der Warteschlange: wartend oder an einen Worker ausgegeben und noch nicht gelöscht</translation>
    </message>
    <message>
        <source>Consumer lag</source>
        <translation>Consumer-Verzögerung</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <source>How long the next job out has waited on the queue</source>
        <translation>Wie lange der nächste auszugebende Job schon in der Warteschlange wartet</translation>
    </message>
    <message>
        <source>Jobs done</source>
        <translation>Erledigte Jobs</translation>
    </message>
    <message>
        <source>%L1 of %L2 taken; %L3 refused</source>
        <translation>%L1 von %L2 angenommenen; %L3 abgewiesen</translation>
    </message>
    <message>
        <source>Refused: the queue was full or down when a web server handed the job over</source>
        <translation>Abgewiesen: Die Warteschlange war voll oder ausgefallen, als ein Webserver den Job übergab</translation>
    </message>
    <message>
        <source>Handed out again</source>
        <translation>Erneut ausgegeben</translation>
    </message>
    <message>
        <source>%L1 times; %L2 jobs done twice or more</source>
        <translation>%L1-mal; %L2 Jobs zweimal oder öfter erledigt</translation>
    </message>
    <message>
        <source>A job whose worker did not delete it within the visibility timeout is handed out again</source>
        <translation>Ein Job, den sein Worker nicht innerhalb des Sichtbarkeits-Timeouts gelöscht hat, wird erneut ausgegeben</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>%L1 req/s</source>
        <translation>%L1 req/s</translation>
    </message>
    <message>
        <source>Requests per second sent now, after any change during the run</source>
        <translation>Jetzt gesendete Anfragen pro Sekunde, nach allen Änderungen während des Laufs</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>%L1 of %L2 running, %L3 booting; %L4 server-seconds so far</source>
        <translation>%L1 von %L2 in Betrieb, %L3 booten; bisher %L4 Serversekunden</translation>
    </message>
    <message>
        <source>Servers the autoscaling runs now (booting and draining ones cost too), and what a cloud bills</source>
        <translation>Server, die das Autoscaling jetzt betreibt (bootende und geleerte kosten auch), und was eine Cloud abrechnet</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>%1, serving</source>
        <translation>%1, in Betrieb</translation>
    </message>
    <message>
        <source>%1, DOWN: none of its entries can serve</source>
        <translation>%1, AUS: keiner seiner Einstiegspunkte kann antworten</translation>
    </message>
    <message>
        <source>Whether a load balancer or web server of the data centre that clients are linked to can answer now</source>
        <translation>Ob ein Load Balancer oder Webserver des Rechenzentrums, mit dem Clients verbunden sind, jetzt antworten kann</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>DNS-Antwort</translation>
    </message>
    <message>
        <source>%1; %2 % of the users have it, the others still go to %3</source>
        <translation>%1; %2 % der Nutzer haben sie, die anderen gehen noch zu %3</translation>
    </message>
    <message>
        <source>Where the dns sends these clients now. Each user keeps the answer it got for the dns&apos;s TTL</source>
        <translation>Wohin der DNS diese Clients jetzt schickt. Jeder Nutzer behält die erhaltene Antwort für die TTL des DNS</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>no clients look up here</source>
        <translation>keine Clients fragen hier an</translation>
    </message>
    <message>
        <source>The data centre the dns sends each clients node to now: the nearest one its checks see up</source>
        <translation>Das Rechenzentrum, zu dem der DNS jeden Clients-Knoten jetzt schickt: das nächstgelegene, das seine Checks als in Betrieb sehen</translation>
    </message>
    <message>
        <source>Seen down</source>
        <translation>Als ausgefallen erkannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Data centres the dns&apos;s health checks see down: it sends no new answers there</source>
        <translation>Rechenzentren, die die Health Checks des DNS als ausgefallen sehen: Dorthin schickt er keine neuen Antworten</translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorField</name>
    <message>
        <source>expected a number from %L1 to %L2</source>
        <translation>erwartet wird eine Zahl von %L1 bis %L2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
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
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Festgeschrieben</translation>
    </message>
    <message>
        <source>Primary has</source>
        <translation>Primärserver hat</translation>
    </message>
    <message>
        <source>The primary&apos;s newer version of a key this replica has not caught up on</source>
        <translation>Die neuere Version eines Schlüssels auf dem Primärserver, die dieses Replikat noch nicht hat</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreibzugriff</translation>
    </message>
    <message>
        <source>Lost at</source>
        <translation>Verloren bei</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Auf</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data ledger&lt;/b&gt;: no writes yet.</source>
        <translation>&lt;b&gt;Datenbestand&lt;/b&gt;: noch keine Schreibzugriffe.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Data ledger&lt;/b&gt;: %Ln keys</source>
        <translation>
            <numerusform>&lt;b&gt;Datenbestand&lt;/b&gt;: %Ln Schlüssel</numerusform>
            <numerusform>&lt;b&gt;Datenbestand&lt;/b&gt;: %Ln Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>, the %1 most recently written shown</source>
        <translation>, die %1 zuletzt geschriebenen angezeigt</translation>
    </message>
    <message>
        <source>; in step with the primary</source>
        <translation>; auf dem Stand des Primärservers</translation>
    </message>
    <message numerus="yes">
        <source>; &lt;span style=&apos;color:#E65100&apos;&gt;%Ln behind the primary&lt;/span&gt;</source>
        <translation>
            <numerusform>; &lt;span style=&apos;color:#E65100&apos;&gt;%Ln im Rückstand zum Primärserver&lt;/span&gt;</numerusform>
            <numerusform>; &lt;span style=&apos;color:#E65100&apos;&gt;%Ln im Rückstand zum Primärserver&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Lost writes&lt;/b&gt;: none; no failover yet.</source>
        <translation>&lt;b&gt;Verlorene Schreibzugriffe&lt;/b&gt;: keine; noch kein Failover.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lost writes&lt;/b&gt;: none; every acknowledged write survived the failover.</source>
        <translation>&lt;b&gt;Verlorene Schreibzugriffe&lt;/b&gt;: keine; jeder bestätigte Schreibzugriff hat den Failover überstanden.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;&lt;span style=&apos;color:#C62828&apos;&gt;Lost writes&lt;/span&gt;&lt;/b&gt;: %Ln acknowledged writes never reached the new primary</source>
        <translation>
            <numerusform>&lt;b&gt;&lt;span style=&apos;color:#C62828&apos;&gt;Verlorene Schreibzugriffe&lt;/span&gt;&lt;/b&gt;: %Ln bestätigter Schreibzugriff hat den neuen Primärserver nie erreicht</numerusform>
            <numerusform>&lt;b&gt;&lt;span style=&apos;color:#C62828&apos;&gt;Verlorene Schreibzugriffe&lt;/span&gt;&lt;/b&gt;: %Ln bestätigte Schreibzugriffe haben den neuen Primärserver nie erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source> (the latest %1 shown)</source>
        <translation> (die neuesten %1 angezeigt)</translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorShard</name>
    <message>
        <source>Shard</source>
        <translation>Shard</translation>
    </message>
    <message>
        <source>Which shard&apos;s keys this database holds; none: it waits (for an add_shard action, say)</source>
        <translation>Die Schlüssel welches Shards diese Datenbank hält; keiner: Sie wartet (etwa auf eine add_shard-Aktion)</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Primärserver</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>The primary takes its shard&apos;s writes; replicas share its reads</source>
        <translation>Der Primärserver nimmt die Schreibzugriffe seines Shards an; Replikate teilen sich seine Lesezugriffe</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>Shard %1</translation>
    </message>
    <message>
        <source>a new shard</source>
        <translation>ein neuer Shard</translation>
    </message>
</context>
<context>
    <name>scalelab::JoinClassDialog</name>
    <message>
        <source>Join Class</source>
        <translation>Klasse beitreten</translation>
    </message>
    <message>
        <source>192.168.1.20:8080</source>
        <translation>192.168.1.20:8080</translation>
    </message>
    <message>
        <source>The address on the teacher&apos;s screen, under the QR code</source>
        <translation>Die Adresse auf dem Bildschirm der Lehrkraft, unter dem QR-Code</translation>
    </message>
    <message>
        <source>The join code on the teacher&apos;s screen (letters and digits; any case)</source>
        <translation>Der Beitrittscode auf dem Bildschirm der Lehrkraft (Buchstaben und Ziffern; Groß-/Kleinschreibung egal)</translation>
    </message>
    <message>
        <source>How the teacher sees you: 1 to 40 letters, digits, spaces or .&apos;_-</source>
        <translation>So sieht die Lehrkraft Sie: 1 bis 40 Buchstaben, Ziffern, Leerzeichen oder .&apos;_-</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Your ScaleLab follows the teacher&apos;s lesson and run; you can explore on your own and come back with Follow the Teacher.</source>
        <translation>Ihr ScaleLab folgt Lektion und Lauf der Lehrkraft; Sie können selbstständig erkunden und mit „Der Lehrkraft folgen“ zurückkehren.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Join &amp;code:</source>
        <translation>Beitritts&amp;code:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>A join code has 4 to 12 letters or digits.</source>
        <translation>Ein Beitrittscode hat 4 bis 12 Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <source>A name has letters, digits, spaces and .&apos;_- only.</source>
        <translation>Ein Name besteht nur aus Buchstaben, Ziffern, Leerzeichen und .&apos;_-.</translation>
    </message>
</context>
<context>
    <name>scalelab::LanguageSwitcher</name>
    <message>
        <source>The class session could not go on in the new language: %1</source>
        <translation>Die Klassensitzung konnte in der neuen Sprache nicht weiterlaufen: %1</translation>
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
        <translation>Sie sind dran: eine Aufgabe</translation>
    </message>
    <message>
        <source>Running your design… %p%</source>
        <translation>Ihr Entwurf läuft… %p%</translation>
    </message>
    <message>
        <source>Check my design</source>
        <translation>Entwurf prüfen</translation>
    </message>
    <message>
        <source>Runs the canvas&apos;s topology on your own seed and grades every goal (Ctrl+Enter)</source>
        <translation>Die Topologie der Zeichenfläche mit Ihrem eigenen Seed laufen lassen und jedes Ziel bewerten (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu anfangen</translation>
    </message>
    <message>
        <source>Puts the step&apos;s starting topology back on the canvas; your tries and hints stay</source>
        <translation>Die Starttopologie des Schritts wieder auf die Zeichenfläche setzen; Ihre Versuche und Tipps bleiben erhalten</translation>
    </message>
    <message>
        <source>%1 (at most %2 in all)</source>
        <translation>%1 (insgesamt höchstens %2)</translation>
    </message>
    <message>
        <source>You may add and remove: %1.</source>
        <translation>Sie dürfen hinzufügen und entfernen: %1.</translation>
    </message>
    <message>
        <source>You may change: %1.</source>
        <translation>Sie dürfen ändern: %1.</translation>
    </message>
    <message>
        <source>Nothing may be changed: predict, then check.</source>
        <translation>Nichts darf geändert werden: erst vorhersagen, dann prüfen.</translation>
    </message>
    <message>
        <source>Everything else stays as it is.</source>
        <translation>Alles andere bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>%1 (%2) was added: this challenge does not let you add that.</source>
        <translation>%1 (%2) wurde hinzugefügt: Diese Aufgabe erlaubt nicht, Knoten dieses Typs hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 (%2) was removed: this challenge does not let you remove that.</source>
        <translation>%1 (%2) wurde entfernt: Diese Aufgabe erlaubt nicht, Knoten dieses Typs zu entfernen.</translation>
    </message>
    <message>
        <source>%1 was changed: not one of the settings this challenge lets you change.</source>
        <translation>%1 wurde geändert: Diese Einstellung dürfen Sie in dieser Aufgabe nicht ändern.</translation>
    </message>
    <message>
        <source>%1 nodes of type %2: the budget is %3.</source>
        <translation>%1 Knoten vom Typ %2: Erlaubt sind höchstens %3.</translation>
    </message>
    <message>
        <source>The link %1 → %2 was changed: links change only with a node you may add.</source>
        <translation>Die Verbindung %1 → %2 wurde geändert: Verbindungen dürfen sich nur zusammen mit einem Knoten ändern, den Sie hinzufügen dürfen.</translation>
    </message>
    <message>
        <source>The scripted events were changed.</source>
        <translation>Die Ereignisse des Szenarios wurden geändert.</translation>
    </message>
    <message>
        <source>○ %1 (by %2 s)</source>
        <translation>○ %1 (nach %2 s)</translation>
    </message>
    <message>
        <source>✗ %1 (%2: not reported in this run)</source>
        <translation>✗ %1 (%2: in diesem Lauf nicht gemeldet)</translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation>✓ %1 (%2)</translation>
    </message>
    <message>
        <source>✗ %1 (%2: missed by %3)</source>
        <translation>✗ %1 (%2: um %3 verfehlt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goal reached&lt;/b&gt; on your seed, %1, at try %2.</source>
        <translation>&lt;b&gt;Ziel erreicht&lt;/b&gt; mit Ihrem Seed %1, im %2. Versuch.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not yet&lt;/b&gt; (try %1): %2 of %3 goals met on your seed, %4.</source>
        <translation>&lt;b&gt;Noch nicht&lt;/b&gt; (Versuch %1): %2 von %3 Zielen mit Ihrem Seed %4 erreicht.</translation>
    </message>
    <message>
        <source>Your design breaks the rules:</source>
        <translation>Ihr Entwurf verstößt gegen die Regeln:</translation>
    </message>
    <message>
        <source>&lt;i&gt;Change the topology on the canvas, run it to watch, then check: your design is graded on a seed of your own, %1.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ändern Sie die Topologie auf der Zeichenfläche, lassen Sie sie zum Beobachten laufen und prüfen Sie dann: Ihr Entwurf wird mit Ihrem eigenen Seed %1 bewertet.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hint %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Tipp %1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>%1 (%2) was added with its own %3: a node you add copies one of its type that is there, or a new one, apart from the settings you may change.</source>
        <translation>%1 (%2) wurde mit einem eigenen Wert für %3 hinzugefügt: Ein Knoten, den Sie hinzufügen, übernimmt die Einstellungen eines vorhandenen Knotens seines Typs oder die eines neuen, abgesehen von den Einstellungen, die Sie ändern dürfen.</translation>
    </message>
</context>
<context>
    <name>scalelab::LessonEditor</name>
    <message>
        <source>Lesson Editor</source>
        <translation>Lektions-Editor</translation>
    </message>
    <message>
        <source>my-lesson (lower case, digits and dashes)</source>
        <translation>meine-lektion (Kleinbuchstaben, Ziffern und Bindestriche)</translation>
    </message>
    <message>
        <source>Locked: students can run it but not edit it</source>
        <translation>Gesperrt: Lernende können sie ausführen, aber nicht bearbeiten</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Add the Canvas as a Step</source>
        <translation>Zeichenfläche als Schritt hinzufügen</translation>
    </message>
    <message>
        <source>The topology on the canvas now, with the actions recorded in its scenario, becomes a new step</source>
        <translation>Die Topologie, die jetzt auf der Zeichenfläche ist, wird mit den in ihrem Szenario aufgezeichneten Aktionen zu einem neuen Schritt</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What the class should notice, and why. Simple HTML: &lt;p&gt;, &lt;b&gt;, &lt;i&gt;.</source>
        <translation>Was die Lernenden bemerken sollen und warum. Einfaches HTML: &lt;p&gt;, &lt;b&gt;, &lt;i&gt;.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>node ids, separated by commas</source>
        <translation>Knoten-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Predict first: a question asked before the step runs (optional)</source>
        <translation>Erst vorhersagen: eine Frage, die gestellt wird, bevor der Schritt läuft (optional)</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>Eine Antwortmöglichkeit pro Zeile</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Begleittext</translation>
    </message>
    <message>
        <source>Runs for</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Hervorheben</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Antwortmöglichkeiten</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Save Lesson As...</source>
        <translation>Lektion speichern unter...</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;: %2 nodes, %3 recorded actions.</source>
        <translation>„%1“ hinzugefügt: %2 Knoten, %3 aufgezeichnete Aktionen.</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Lektion speichern</translation>
    </message>
    <message>
        <source>ScaleLab lessons (*.lesson.json)</source>
        <translation>ScaleLab-Lektionen (*.lesson.json)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved, but it does not read back as a lesson yet:
%1</source>
        <translation>Gespeichert, aber die Datei lässt sich noch nicht als Lektion einlesen:
%1</translation>
    </message>
    <message>
        <source>This step asks for a number (%1, within %2 %); edit &quot;numeric&quot; in the lesson file to change it</source>
        <translation>Dieser Schritt fragt nach einer Zahl (%1, Toleranz %2 %); zum Ändern „numeric“ in der Lektionsdatei bearbeiten</translation>
    </message>
</context>
<context>
    <name>scalelab::LessonExploreBox</name>
    <message>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <source>Move to run the step with another value (arrow keys step one value)</source>
        <translation>Verschieben, um den Schritt mit einem anderen Wert laufen zu lassen (Pfeiltasten: ein Wert weiter)</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The curve cannot be computed: %1</source>
        <translation>Die Kurve kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Computing the curve: %1 of %2 runs…</source>
        <translation>Kurve wird berechnet: %1 von %2 Läufen…</translation>
    </message>
    <message>
        <source>Each point: one run of %1 s (seed 1). The dashed line: the value on the canvas.</source>
        <translation>Jeder Punkt: ein Lauf von %1 s (Seed 1). Die gestrichelte Linie: der Wert auf der Zeichenfläche.</translation>
    </message>
    <message>
        <source>Each point: the mean of %1 runs of %2 s (seeds 1 to %1); the band: lowest to highest. The dashed line: the value on the canvas.</source>
        <translation>Jeder Punkt: der Mittelwert aus %1 Läufen von %2 s (Seeds 1 bis %1); das Band: niedrigster bis höchster Wert. Die gestrichelte Linie: der Wert auf der Zeichenfläche.</translation>
    </message>
</context>
<context>
    <name>scalelab::LessonHandout</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>The canvas at t = %1 s.</source>
        <translation>Die Zeichenfläche bei t = %1 s.</translation>
    </message>
    <message>
        <source>Predict first</source>
        <translation>Erst vorhersagen</translation>
    </message>
    <message>
        <source>Look for</source>
        <translation>Worauf achten</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>Lösungen</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Your prediction:</source>
        <translation>Ihre Vorhersage:</translation>
    </message>
    <message>
        <source>%1 %2 (within %3 %)</source>
        <translation>%1 %2 (Toleranz %3 %)</translation>
    </message>
    <message>
        <source>Your turn: a challenge</source>
        <translation>Sie sind dran: eine Aufgabe</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <source>%1 from %2 to %3: sketch how %4 changes, then check on the slider.</source>
        <translation>%1 von %2 bis %3: Skizzieren Sie, wie sich %4 ändert, und prüfen Sie es dann am Schieberegler.</translation>
    </message>
    <message>
        <source>One way to reach the goal:</source>
        <translation>Ein Weg zum Ziel:</translation>
    </message>
</context>
<context>
    <name>scalelab::LessonMenu</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>Open Lesson &amp;File...</source>
        <translation>Lektions&amp;datei öffnen...</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>ScaleLab lessons (*.lesson.json);;All files (*)</source>
        <translation>ScaleLab-Lektionen (*.lesson.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>Lektion kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Export &amp;Handout (PDF)...</source>
        <translation>&amp;Handout exportieren (PDF)...</translation>
    </message>
    <message>
        <source>Lesson &amp;Editor...</source>
        <translation>Lektions-&amp;Editor...</translation>
    </message>
    <message>
        <source>&amp;Close Lesson</source>
        <translation>Lektion &amp;schließen</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Handout exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handout written to %1</source>
        <translation>Handout nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Cannot export handout</source>
        <translation>Handout kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation>Meine Lektion</translation>
    </message>
</context>
<context>
    <name>scalelab::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>Begleittext</translation>
    </message>
    <message>
        <source>Predict first</source>
        <translation>Erst vorhersagen</translation>
    </message>
    <message>
        <source>What this step shows</source>
        <translation>Was dieser Schritt zeigt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The step before, as it started (Page Up)</source>
        <translation>Der vorige Schritt, wie er begann (Bild auf)</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Schritt neu starten</translation>
    </message>
    <message>
        <source>Run this step again from the beginning</source>
        <translation>Diesen Schritt noch einmal von vorn laufen lassen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The next step (Page Down)</source>
        <translation>Der nächste Schritt (Bild ab)</translation>
    </message>
    <message>
        <source>  (locked)</source>
        <translation>  (gesperrt)</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;Pick an answer, then press Run: the answer shows when the step has run %1 s.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie eine Antwort und drücken Sie dann Starten: Die Antwort erscheint, wenn der Schritt %1 s gelaufen ist.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Right.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Richtig.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not quite.&lt;/b&gt; </source>
        <translation>&lt;b&gt;Nicht ganz.&lt;/b&gt; </translation>
    </message>
    <message>
        <source>○ %1 (at %2 s)</source>
        <translation>○ %1 (bei %2 s)</translation>
    </message>
    <message>
        <source>✗ %1 (%2: not reported in this run)</source>
        <translation>✗ %1 (%2: in diesem Lauf nicht gemeldet)</translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation>✓ %1 (%2)</translation>
    </message>
    <message>
        <source>✗ %1 (in this run %2)</source>
        <translation>✗ %1 (in diesem Lauf: %2)</translation>
    </message>
    <message>
        <source>Questions whose answer has been shown, and how many of your predictions were right</source>
        <translation>Fragen, deren Antwort schon angezeigt wurde, und wie viele Ihrer Vorhersagen richtig waren</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>Ihre Vorhersage</translation>
    </message>
    <message>
        <source>&lt;i&gt;Your prediction is in: the answer shows when the step has run %1 s.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Ihre Vorhersage ist abgegeben: Die Antwort erscheint, wenn der Schritt %1 s gelaufen ist.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;The step started before a prediction was made; the answer shows when it has run %1 s.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Der Schritt wurde gestartet, bevor eine Vorhersage abgegeben wurde; die Antwort erscheint, wenn er %1 s gelaufen ist.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Type your prediction, then press Run: the answer shows when the step has run %1 s.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Geben Sie Ihre Vorhersage ein und drücken Sie dann Starten: Die Antwort erscheint, wenn der Schritt %1 s gelaufen ist.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1The answer: &lt;b&gt;%2&lt;/b&gt; (within %3 % counts as right).</source>
        <translation>%1Die Antwort: &lt;b&gt;%2&lt;/b&gt; (eine Abweichung bis %3 % gilt als richtig).</translation>
    </message>
    <message>
        <source>You predicted %1.</source>
        <translation>Ihre Vorhersage war %1.</translation>
    </message>
    <message>
        <source>%1The answer: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>%1Die Antwort: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Your choice, “%1”:&lt;/i&gt; %2</source>
        <translation>&lt;i&gt;Ihre Wahl, „%1“:&lt;/i&gt; %2</translation>
    </message>
    <message>
        <source>Predictions: %1 right of %2 so far</source>
        <translation>Vorhersagen: bisher %1 von %2 richtig</translation>
    </message>
    <message>
        <source>Challenges met: %1 of %2</source>
        <translation>Aufgaben gelöst: %1 von %2</translation>
    </message>
</context>
<context>
    <name>scalelab::LiveEditBridge</name>
    <message>
        <source>%1 applied at t = %2 s</source>
        <translation>%1 angewendet bei t = %2 s</translation>
    </message>
    <message>
        <source>applied live at t = %1 s</source>
        <translation>live angewendet bei t = %1 s</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>a setting the engine cannot change live</source>
        <translation>eine Einstellung, die die Engine nicht live ändern kann</translation>
    </message>
    <message>
        <source>the alert rules</source>
        <translation>die Alarmregeln</translation>
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
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1[*] — ScaleLab</source>
        <translation>%1[*] — ScaleLab</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>Run the topology against a copy with one thing changed, on the same requests</source>
        <translation>Die Topologie gegen eine Kopie mit einer einzigen Änderung laufen lassen, mit denselben Anfragen</translation>
    </message>
</context>
<context>
    <name>scalelab::NodePalette</name>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Node types</source>
        <translation>Knotentypen</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or double-click to add it in the middle.</source>
        <translation>Auf die Zeichenfläche ziehen oder doppelklicken, um den Knoten in der Mitte hinzuzufügen.</translation>
    </message>
    <message>
        <source>Drag a node onto the canvas. To link two nodes, drag from the ➜ handle on a card&apos;s right edge to the other card.</source>
        <translation>Einen Knoten auf die Zeichenfläche ziehen. Um zwei Knoten zu verbinden, vom ➜-Griff am rechten Rand einer Karte auf die andere Karte ziehen.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Webserver</translation>
    </message>
    <message>
        <source>Session store</source>
        <translation>Sitzungsspeicher</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>CDN edge</source>
        <translation>CDN-Edge-Server</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>Objektspeicher</translation>
    </message>
    <message>
        <source>Spreads requests over the web servers linked to it (round robin, least connections, IP hash or weights) and stops sending to one that fails.</source>
        <translation>Verteilt Anfragen auf die mit ihm verbundenen Webserver (Round Robin, Least Connections, IP-Hash oder gewichtet) und schickt keine mehr an einen, der ausfällt.</translation>
    </message>
    <message>
        <source>Runs the application: serves a limited number of requests at once and queues the rest.</source>
        <translation>Führt die Anwendung aus: bearbeitet eine begrenzte Zahl von Anfragen gleichzeitig und stellt den Rest in die Warteschlange.</translation>
    </message>
    <message>
        <source>Keeps users&apos; sessions outside the web servers, so that any server can answer any user.</source>
        <translation>Hält die Sitzungen der Nutzer außerhalb der Webserver, sodass jeder Server jedem Nutzer antworten kann.</translation>
    </message>
    <message>
        <source>Keeps recent reads in memory, so that most of them never reach the database.</source>
        <translation>Hält kürzlich gelesene Daten im Speicher, sodass die meisten Lesezugriffe nie die Datenbank erreichen.</translation>
    </message>
    <message>
        <source>Stores the data: the primary takes the writes, replicas copy them and serve reads.</source>
        <translation>Speichert die Daten: Der Primärserver nimmt die Schreibzugriffe an, Replikate kopieren sie und bedienen Lesezugriffe.</translation>
    </message>
    <message>
        <source>Serves static files from close to the users, fetching each from the origin on a miss.</source>
        <translation>Liefert statische Dateien nah bei den Nutzern aus und holt jede bei einem Fehlzugriff vom Origin.</translation>
    </message>
    <message>
        <source>Holds the static files (images, scripts, videos): the origin a CDN fetches from.</source>
        <translation>Hält die statischen Dateien (Bilder, Skripte, Videos): der Origin, von dem ein CDN sie holt.</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>Nachrichtenwarteschlange</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>The users: they send reads, writes, static requests and jobs at the rate you set, and count what comes back.</source>
        <translation>Die Nutzer: Sie schicken Lese-, Schreib- und statische Anfragen sowie Jobs mit der eingestellten Rate und zählen, was zurückkommt.</translation>
    </message>
    <message>
        <source>Holds jobs the web servers hand over (resize a photo, send an email) until a worker takes them, so that users get their answer without waiting for the work.</source>
        <translation>Hält Jobs, die die Webserver übergeben (ein Foto verkleinern, eine E-Mail senden), bis ein Worker sie holt, sodass Nutzer ihre Antwort bekommen, ohne auf die Arbeit zu warten.</translation>
    </message>
    <message>
        <source>Takes jobs from the message queue linked to it and works on them, a few at a time; add workers when the queue grows.</source>
        <translation>Holt Jobs aus der mit ihm verbundenen Nachrichtenwarteschlange und bearbeitet sie, einige gleichzeitig; fügen Sie Worker hinzu, wenn die Warteschlange wächst.</translation>
    </message>
    <message>
        <source>DNS (geoDNS)</source>
        <translation>DNS (geoDNS)</translation>
    </message>
    <message>
        <source>Tells each group of users which data centre to go to: the nearest one its health checks see up. Users keep its answer for the TTL, so after a failure they move over gradually. Link the clients to it and to each data centre&apos;s entry.</source>
        <translation>Sagt jeder Nutzergruppe, zu welchem Rechenzentrum sie gehen soll: zum nächstgelegenen, das seine Health Checks als in Betrieb sehen. Die Nutzer behalten seine Antwort für die TTL, daher wechseln sie nach einem Ausfall nach und nach. Verbinden Sie die Clients mit ihm und mit dem Einstiegspunkt jedes Rechenzentrums.</translation>
    </message>
</context>
<context>
    <name>scalelab::PresenterMode</name>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, large type, no editing chrome: for the projector (F5; Esc leaves)</source>
        <translation>Vollbild, große Schrift, keine Bearbeitungselemente: für den Beamer (F5; Esc beendet ihn)</translation>
    </message>
    <message>
        <source>Leave Presenter Mode</source>
        <translation>Präsentationsmodus beenden</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>Show one chart beside the canvas while presenting (C)</source>
        <translation>Beim Präsentieren ein Diagramm neben der Zeichenfläche zeigen (C)</translation>
    </message>
</context>
<context>
    <name>scalelab::ProblemBanner</name>
    <message>
        <source>&lt;b&gt;Not running yet.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Läuft noch nicht.&lt;/b&gt; %1</translation>
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
        <translation>Lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>static file</source>
        <translation>statische Datei</translation>
    </message>
    <message>
        <source>cache hit</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <source>stale read</source>
        <translation>veralteter Lesezugriff</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>wider link = more requests/s</source>
        <translation>breitere Verbindung = mehr Anfragen/s</translation>
    </message>
    <message>
        <source>job</source>
        <translation>Job</translation>
    </message>
</context>
<context>
    <name>scalelab::RunControls</name>
    <message>
        <source>Simulated seconds per real second (+ and - change it)</source>
        <translation>Simulierte Sekunden pro echter Sekunde (+ und - ändern es)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>&amp;Step 100 ms</source>
        <translation>100 ms &amp;vorwärts</translation>
    </message>
    <message>
        <source>Pause and advance the simulation by 100 ms (.)</source>
        <translation>Anhalten und die Simulation um 100 ms weiterschalten (.)</translation>
    </message>
    <message>
        <source>Step &amp;One Event</source>
        <translation>Ein &amp;Ereignis vorwärts</translation>
    </message>
    <message>
        <source>Pause and process exactly one engine event (Shift+.)</source>
        <translation>Anhalten und genau ein Ereignis der Engine verarbeiten (Shift+.)</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Start the topology again from time zero (Ctrl+R)</source>
        <translation>Die Topologie wieder bei Zeit null starten (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>&amp;Schneller</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> Tempo </translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>Pause the simulation (Space)</source>
        <translation>Die Simulation anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Run the simulation (Space)</source>
        <translation>Die Simulation starten (Leertaste)</translation>
    </message>
</context>
<context>
    <name>scalelab::RunStatus</name>
    <message>
        <source>%1 went down</source>
        <translation>%1 ist ausgefallen</translation>
    </message>
    <message>
        <source>%1 is back up</source>
        <translation>%1 ist wieder in Betrieb</translation>
    </message>
    <message>
        <source>%1 is draining: no new requests</source>
        <translation>%1 wird geleert: keine neuen Anfragen</translation>
    </message>
    <message>
        <source>%1 takes new requests again</source>
        <translation>%1 nimmt wieder neue Anfragen an</translation>
    </message>
    <message>
        <source>%1 failed its health checks</source>
        <translation>%1 hat seine Health Checks nicht bestanden</translation>
    </message>
    <message>
        <source>%1 passes its health checks again</source>
        <translation>%1 besteht seine Health Checks wieder</translation>
    </message>
    <message>
        <source>network partition: %1</source>
        <translation>Netzwerktrennung: %1</translation>
    </message>
    <message>
        <source>partition healed: %1</source>
        <translation>Netzwerk wiederverbunden: %1</translation>
    </message>
    <message>
        <source>%1 promoted to primary</source>
        <translation>%1 zum Primärserver befördert</translation>
    </message>
    <message>
        <source>Topology edited: %1 — run replayed from 0 s to %2 s with the change.</source>
        <translation>Topologie bearbeitet: %1 — Lauf mit der Änderung von 0 s bis %2 s wiederholt.</translation>
    </message>
    <message>
        <source>Topology edited: %1 — replaying the run from 0 s: %2 of %3 s…</source>
        <translation>Topologie bearbeitet: %1 — Lauf wird ab 0 s wiederholt: %2 von %3 s…</translation>
    </message>
    <message>
        <source>%1 s: %2</source>
        <translation>%1 s: %2</translation>
    </message>
    <message>
        <source>no topology</source>
        <translation>keine Topologie</translation>
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
        <translation>ok %1  ·  Fehler %2  ·  verworfen %3  ·  unterwegs %4</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1× (engine keeps up at %2×)</source>
        <translation>%1× (Engine schafft %2×)</translation>
    </message>
    <message>
        <source>running at %1</source>
        <translation>läuft mit %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>alert %1 is firing (%2 = %3)</source>
        <translation>Alarm %1 ausgelöst (%2 = %3)</translation>
    </message>
    <message>
        <source>alert %1 resolved</source>
        <translation>Alarm %1 behoben</translation>
    </message>
    <message>
        <source>queue %1 is full: new jobs are refused</source>
        <translation>Warteschlange %1 ist voll: Neue Jobs werden abgewiesen</translation>
    </message>
    <message>
        <source>%1 stopped for a resize to %2</source>
        <translation>%1 für Größenänderung auf %2 angehalten</translation>
    </message>
    <message>
        <source>%1 is back up as %2</source>
        <translation>%1 ist als %2 wieder in Betrieb</translation>
    </message>
    <message>
        <source>%1 sees data centre %2 down: it stops sending users there</source>
        <translation>%1 sieht Rechenzentrum %2 als ausgefallen: Er schickt keine Nutzer mehr dorthin</translation>
    </message>
    <message>
        <source>%1 sees data centre %2 up again</source>
        <translation>%1 sieht Rechenzentrum %2 wieder in Betrieb</translation>
    </message>
    <message>
        <source>the dns sends %1 to %2 now; its users follow as their cached answers expire</source>
        <translation>der DNS schickt %1 jetzt zu %2; dessen Nutzer folgen, sobald ihre zwischengespeicherten Antworten ablaufen</translation>
    </message>
    <message>
        <source>alert %1 is firing (%2 of %3 = %4)</source>
        <translation>Alarm %1 ausgelöst (%2 von %3 = %4)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 above %4 for %5 s</source>
        <translation>%1: %2 von %3 %5 s lang über %4</translation>
    </message>
    <message>
        <source>%1: %2 of %3 below %4 for %5 s</source>
        <translation>%1: %2 von %3 %5 s lang unter %4</translation>
    </message>
    <message>
        <source>%1: %2 above %3 for %4 s</source>
        <translation>%1: %2 %4 s lang über %3</translation>
    </message>
    <message>
        <source>%1: %2 below %3 for %4 s</source>
        <translation>%1: %2 %4 s lang unter %3</translation>
    </message>
    <message>
        <source>Alerts firing: %1</source>
        <translation>Ausgelöste Alarme: %1</translation>
    </message>
    <message>
        <source>Alert rules firing now (edit them in the inspector with nothing selected):</source>
        <translation>Jetzt ausgelöste Alarmregeln (im Inspektor bearbeiten, wenn nichts ausgewählt ist):</translation>
    </message>
</context>
<context>
    <name>scalelab::RuntimeActions</name>
    <message>
        <source>&amp;Kill Selected Node</source>
        <translation>&amp;Ausgewählten Knoten ausschalten</translation>
    </message>
    <message>
        <source>Kill the selected node now (K)</source>
        <translation>Den ausgewählten Knoten jetzt ausschalten (K)</translation>
    </message>
    <message>
        <source>Re&amp;vive Selected Node</source>
        <translation>Ausgewählten Knoten &amp;wieder einschalten</translation>
    </message>
    <message>
        <source>Bring the selected node back (V)</source>
        <translation>Den ausgewählten Knoten wieder einschalten (V)</translation>
    </message>
    <message>
        <source>&amp;Drain Selected Node</source>
        <translation>Ausgewählten Knoten lee&amp;ren (Drain)</translation>
    </message>
    <message>
        <source>Stop sending new requests to the selected node (D)</source>
        <translation>Dem ausgewählten Knoten keine neuen Anfragen mehr schicken (D)</translation>
    </message>
    <message>
        <source>Select a node first</source>
        <translation>Zuerst einen Knoten auswählen</translation>
    </message>
    <message>
        <source>The topology is not running: %1</source>
        <translation>Die Topologie läuft nicht: %1</translation>
    </message>
    <message>
        <source>Not running yet</source>
        <translation>Läuft noch nicht</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Revive</source>
        <translation>Wieder einschalten</translation>
    </message>
    <message>
        <source>Stop draining</source>
        <translation>Leeren beenden</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>Leeren (Drain)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Heal the link to %1</source>
        <translation>Mit %1 wiederverbinden</translation>
    </message>
    <message>
        <source>Partition from %1</source>
        <translation>Von %1 trennen</translation>
    </message>
    <message>
        <source>Add a replica from here</source>
        <translation>Von hier aus ein Replikat hinzufügen</translation>
    </message>
    <message>
        <source>Provision from</source>
        <translation>Bereitstellen aus</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Heal</source>
        <translation>Wiederverbinden</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Delete Link</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Add as a new shard now</source>
        <translation>Jetzt als neuen Shard hinzufügen</translation>
    </message>
    <message>
        <source>Resize to</source>
        <translation>Größe ändern auf</translation>
    </message>
    <message>
        <source>%1 — %2 vCPUs, $%3/h</source>
        <translation>%1 — %2 vCPUs, %3 $/h</translation>
    </message>
    <message>
        <source>Stops %1 for %2 s, then starts it with %3 workers</source>
        <translation>Hält %1 für %2 s an und startet ihn dann mit %3 Workern</translation>
    </message>
    <message>
        <source>%1 is a dns: it never fails in ScaleLab. Take a data centre down instead (right-click one of its machines)</source>
        <translation>%1 ist ein DNS: Er fällt in ScaleLab nie aus. Schalten Sie stattdessen ein Rechenzentrum aus (Rechtsklick auf eine seiner Maschinen)</translation>
    </message>
    <message>
        <source>A dns never fails here</source>
        <translation>Ein DNS fällt hier nie aus</translation>
    </message>
    <message>
        <source>Route 53 and its peers answer from hundreds of places at once; take a data centre down instead</source>
        <translation>Route 53 und vergleichbare Dienste antworten von Hunderten Orten zugleich; schalten Sie stattdessen ein Rechenzentrum aus</translation>
    </message>
    <message>
        <source>Take data centre %1 down</source>
        <translation>Rechenzentrum %1 ausschalten</translation>
    </message>
    <message>
        <source>Kills every machine in %1 now, as a power cut would; its users fail until the dns sends them elsewhere</source>
        <translation>Schaltet jetzt jede Maschine in %1 aus, wie ein Stromausfall; seine Nutzer bekommen Fehler, bis der DNS sie woandershin schickt</translation>
    </message>
    <message>
        <source>Bring data centre %1 back</source>
        <translation>Rechenzentrum %1 wieder einschalten</translation>
    </message>
    <message>
        <source>Revives every machine in %1; the dns sends users back once its checks see it up</source>
        <translation>Schaltet jede Maschine in %1 wieder ein; der DNS schickt die Nutzer zurück, sobald seine Checks es als in Betrieb sehen</translation>
    </message>
    <message>
        <source>Alert when its queue is long…</source>
        <translation>Bei langer Warteschlange alarmieren…</translation>
    </message>
    <message>
        <source>Add an alert rule that fires when more than half of %1&apos;s queue (%2 requests) waits for 3 s in a row; edit it in the inspector</source>
        <translation>Eine Alarmregel hinzufügen, die auslöst, wenn 3 s in Folge mehr als die Hälfte der Warteschlange von %1 (%2 Anfragen) wartet; im Inspektor bearbeiten</translation>
    </message>
    <message>
        <source>%1 has a rule on its queue already: %2</source>
        <translation>%1 hat bereits eine Regel für seine Warteschlange: %2</translation>
    </message>
    <message>
        <source>Alert rule %1 added: it fires when more than %2 requests wait at %3 for 3 s</source>
        <translation>Alarmregel %1 hinzugefügt: Sie löst aus, wenn 3 s lang mehr als %2 Anfragen an %3 warten</translation>
    </message>
</context>
<context>
    <name>scalelab::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
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
        <translation>Text auf den Knotenkarten; für alles Größere die Zeichenfläche zoomen (Ctrl+Mausrad)</translation>
    </message>
    <message>
        <source>The window is rebuilt in the new language; your topology and run stay as they are.</source>
        <translation>Das Fenster wird in der neuen Sprache neu aufgebaut; Ihre Topologie und Ihr Lauf bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Canvas &amp;text size:</source>
        <translation>&amp;Textgröße der Zeichenfläche:</translation>
    </message>
</context>
<context>
    <name>scalelab::SettingsWindowState</name>
    <message>
        <source>&amp;Settings...</source>
        <translation>Einstellun&amp;gen...</translation>
    </message>
    <message>
        <source>Language, light or dark theme and canvas text size</source>
        <translation>Sprache, helles oder dunkles Design und Textgröße der Zeichenfläche</translation>
    </message>
</context>
<context>
    <name>scalelab::SimulationController</name>
    <message>
        <source>nothing is open</source>
        <translation>nichts ist geöffnet</translation>
    </message>
    <message>
        <source>%1 s is in the past of the run</source>
        <translation>%1 s liegt in der Vergangenheit des Laufs</translation>
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
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Drag back to see an earlier moment again: the run is replayed to it, exactly</source>
        <translation>Zurückziehen, um einen früheren Moment noch einmal zu sehen: Der Lauf wird exakt bis dorthin wiederholt</translation>
    </message>
    <message>
        <source>Simulated time</source>
        <translation>Simulierte Zeit</translation>
    </message>
</context>
<context>
    <name>scalelab::TopologyDocument</name>
    <message>
        <source>clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>load balancer</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <source>web server</source>
        <translation>Webserver</translation>
    </message>
    <message>
        <source>session store</source>
        <translation>Sitzungsspeicher</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>CDN edge</source>
        <translation>CDN-Edge-Server</translation>
    </message>
    <message>
        <source>object storage</source>
        <translation>Objektspeicher</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>This lesson is locked: it can be run, but not changed.</source>
        <translation>Diese Lektion ist gesperrt: Sie kann ausgeführt, aber nicht geändert werden.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete link %1</source>
        <translation>Verbindung %1 löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Move %n nodes</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <source>no node has the id &quot;%1&quot;</source>
        <translation>kein Knoten hat die ID „%1“</translation>
    </message>
    <message>
        <source>a link joins two different nodes</source>
        <translation>eine Verbindung verbindet zwei verschiedene Knoten</translation>
    </message>
    <message>
        <source>%1 is already linked to %2</source>
        <translation>%1 ist bereits mit %2 verbunden</translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>a node&apos;s type cannot change; delete it and add a node of the other type</source>
        <translation>der Typ eines Knotens kann sich nicht ändern; löschen Sie ihn und fügen Sie einen Knoten des anderen Typs hinzu</translation>
    </message>
    <message>
        <source>Reset %1 of %2</source>
        <translation>%1 von %2 zurücksetzen</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>%1 von %2 auf %3 setzen</translation>
    </message>
    <message>
        <source>no link joins &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>keine Verbindung verbindet „%1“ und „%2“</translation>
    </message>
    <message>
        <source>a link&apos;s ends cannot change; delete it and draw a new one</source>
        <translation>die Enden einer Verbindung können sich nicht ändern; löschen Sie sie und zeichnen Sie eine neue</translation>
    </message>
    <message>
        <source>Set latency of %1 to %2 ms</source>
        <translation>Latenz von %1 auf %2 ms setzen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting of the topology; expected %2</source>
        <translation>„%1“ ist keine Einstellung der Topologie; erwartet: %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>expected a non-empty id without spaces at either end</source>
        <translation>erwartet wird eine nicht leere ID ohne Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>id is %1 characters; the limit is %2</source>
        <translation>die ID hat %1 Zeichen; die Grenze liegt bei %2</translation>
    </message>
    <message>
        <source>another node already has the id &quot;%1&quot;</source>
        <translation>ein anderer Knoten hat bereits die ID „%1“</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>%1 at %2 s</source>
        <translation>%1 bei %2 s</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n nodes</source>
        <translation>
            <numerusform>%n Knoten einfügen</numerusform>
            <numerusform>%n Knoten einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a replica of %1 at %2 s</source>
        <translation>Replikat von %1 bei %2 s hinzufügen</translation>
    </message>
    <message>
        <source>Cut %1</source>
        <translation>%1 ausschneiden</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n items</source>
        <translation>
            <numerusform>%n Element ausschneiden</numerusform>
            <numerusform>%n Elemente ausschneiden</numerusform>
        </translation>
    </message>
    <message>
        <source>message queue</source>
        <translation>Nachrichtenwarteschlange</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Add shard %1</source>
        <translation>Shard %1 hinzufügen</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Bring data centre %1 back</source>
        <translation>Rechenzentrum %1 wieder einschalten</translation>
    </message>
    <message>
        <source>Take data centre %1 down</source>
        <translation>Rechenzentrum %1 ausschalten</translation>
    </message>
    <message>
        <source>Take %1 out of data centre %2</source>
        <translation>%1 aus Rechenzentrum %2 herausnehmen</translation>
    </message>
    <message>
        <source>Put %1 in data centre %2</source>
        <translation>%1 in Rechenzentrum %2 aufnehmen</translation>
    </message>
    <message>
        <source>another rule is called &quot;%1&quot; already; events and the report name a rule by its name, so each needs its own</source>
        <translation>eine andere Regel heißt bereits „%1“; Ereignisse und Bericht nennen eine Regel bei ihrem Namen, daher braucht jede einen eigenen</translation>
    </message>
    <message>
        <source>%1 has no workers to be busy or to queue for; watch a server, a database, a cache...</source>
        <translation>%1 hat keine Worker, die beschäftigt sein oder für die Anfragen warten könnten; beobachten Sie einen Server, eine Datenbank, einen Cache...</translation>
    </message>
    <message>
        <source>Add alert rule %1</source>
        <translation>Alarmregel %1 hinzufügen</translation>
    </message>
    <message>
        <source>there is no alert rule %1</source>
        <translation>es gibt keine Alarmregel %1</translation>
    </message>
    <message>
        <source>Rename alert rule %1 to %2</source>
        <translation>Alarmregel %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Alert rule %1 fires above its threshold</source>
        <translation>Alarmregel %1 löst oberhalb ihres Schwellenwerts aus</translation>
    </message>
    <message>
        <source>Alert rule %1 fires below its threshold</source>
        <translation>Alarmregel %1 löst unterhalb ihres Schwellenwerts aus</translation>
    </message>
    <message>
        <source>Set threshold of alert rule %1 to %2</source>
        <translation>Schwellenwert von Alarmregel %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Set duration of alert rule %1 to %2 s</source>
        <translation>Dauer von Alarmregel %1 auf %2 s setzen</translation>
    </message>
    <message>
        <source>Set metric of alert rule %1 to %2</source>
        <translation>Kennzahl von Alarmregel %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Alert rule %1 watches %2</source>
        <translation>Alarmregel %1 beobachtet %2</translation>
    </message>
    <message>
        <source>Change alert rule %1</source>
        <translation>Alarmregel %1 ändern</translation>
    </message>
    <message>
        <source>Remove alert rule %1</source>
        <translation>Alarmregel %1 entfernen</translation>
    </message>
</context>
<context>
    <name>scalelab::WindowHeader</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>lesson “%1”, step %2 of %3</source>
        <translation>Lektion „%1“, Schritt %2 von %3</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>built-in example %1</source>
        <translation>eingebautes Beispiel %1</translation>
    </message>
    <message>
        <source>%1  ·  %2 nodes, %3 links  ·  seed %4</source>
        <translation>%1  ·  %2 Knoten, %3 Verbindungen  ·  Seed %4</translation>
    </message>
</context>
<context>
    <name>scalelab::classroom::ClassClient</name>
    <message>
        <source>&quot;%1&quot; is not a class&apos;s address: expected HOST:PORT, as the teacher&apos;s screen shows it (192.168.1.20:8080)</source>
        <translation>„%1“ ist keine Adresse einer Klasse: erwartet wird HOST:PORT, wie auf dem Bildschirm der Lehrkraft angezeigt (192.168.1.20:8080)</translation>
    </message>
    <message>
        <source>you left the class</source>
        <translation>Sie haben die Klasse verlassen</translation>
    </message>
    <message>
        <source>the teacher&apos;s app sent a message ScaleLab does not understand: %1</source>
        <translation>die App der Lehrkraft hat eine Nachricht gesendet, die ScaleLab nicht versteht: %1</translation>
    </message>
    <message>
        <source>no class answers at %1</source>
        <translation>unter %1 antwortet keine Klasse</translation>
    </message>
</context>
<context>
    <name>scalelab::classroom::ClassHost</name>
    <message>
        <source>cannot find two free ports next to each other</source>
        <translation>keine zwei freien, aufeinanderfolgenden Ports gefunden</translation>
    </message>
    <message>
        <source>cannot listen on port %1 or %2: it is in use or not allowed</source>
        <translation>auf Port %1 oder %2 kann nicht gelauscht werden: Er ist belegt oder nicht erlaubt</translation>
    </message>
    <message>
        <source>refused %1: the class is full (%2 students)</source>
        <translation>%1 abgewiesen: Die Klasse ist voll (%2 Lernende)</translation>
    </message>
    <message>
        <source>The class is full.</source>
        <translation>Die Klasse ist voll.</translation>
    </message>
    <message>
        <source>sent binary data</source>
        <translation>hat Binärdaten gesendet</translation>
    </message>
    <message>
        <source>sent too many messages</source>
        <translation>hat zu viele Nachrichten gesendet</translation>
    </message>
    <message>
        <source>sent a message that breaks the protocol: %1</source>
        <translation>hat eine Nachricht gesendet, die gegen das Protokoll verstößt: %1</translation>
    </message>
    <message>
        <source>gave a wrong join code</source>
        <translation>hat einen falschen Beitrittscode angegeben</translation>
    </message>
    <message>
        <source>answered before joining</source>
        <translation>hat vor dem Beitritt geantwortet</translation>
    </message>
    <message>
        <source>answered with a choice the question does not have</source>
        <translation>hat mit einer Antwortmöglichkeit geantwortet, die es bei dieser Frage nicht gibt</translation>
    </message>
    <message>
        <source>dropped %1: %2</source>
        <translation>%1 getrennt: %2</translation>
    </message>
    <message>
        <source>reported a challenge with figures for goals it does not have</source>
        <translation>hat für eine Aufgabe Werte zu Zielen gemeldet, die sie nicht hat</translation>
    </message>
</context>
</TS>
