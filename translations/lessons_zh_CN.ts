<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Lesson</name>
    <message>
        <source>Caching</source>
        <extracomment>caching, lesson title</extracomment>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Most reads are answered by the cache.</source>
        <extracomment>caching, step 1, checkpoint cache.hit_ratio &gt; 0.5</extracomment>
        <translation>大部分读取由缓存响应。</translation>
    </message>
    <message>
        <source>The database does about half the work.</source>
        <extracomment>caching, step 1, checkpoint nodes[db1].served &lt; 16000</extracomment>
        <translation>数据库只做大约一半的工作。</translation>
    </message>
    <message>
        <source>Entries expire before they are used again.</source>
        <extracomment>caching, step 2, checkpoint cache.expirations &gt; 5000</extracomment>
        <translation>条目还没被再次使用就过期了。</translation>
    </message>
    <message>
        <source>The hit ratio falls.</source>
        <extracomment>caching, step 2, checkpoint cache.hit_ratio &lt; 0.57</extracomment>
        <translation>命中率下降。</translation>
    </message>
    <message>
        <source>Writes that do not touch the cache</source>
        <extracomment>caching, step 4, title</extracomment>
        <translation>不触及缓存的写入</translation>
    </message>
    <message>
        <source>Does the hit ratio tell you something is wrong?</source>
        <extracomment>caching, step 4, question</extracomment>
        <translation>命中率能告诉你出问题了吗？</translation>
    </message>
    <message>
        <source>Thousands of hits return old values.</source>
        <extracomment>caching, step 4, checkpoint cache.stale_hits &gt; 5000</extracomment>
        <translation>数千次命中返回的是旧值。</translation>
    </message>
    <message>
        <source>And the hit ratio looks better than ever.</source>
        <extracomment>caching, step 4, checkpoint cache.hit_ratio &gt; 0.6</extracomment>
        <translation>而命中率看起来比以往任何时候都好。</translation>
    </message>
    <message>
        <source>Eviction: LFU</source>
        <extracomment>caching, step 6, title</extracomment>
        <translation>淘汰策略：LFU</translation>
    </message>
    <message>
        <source>&lt;p&gt;A full cache has to &lt;b&gt;evict&lt;/b&gt; an entry to make room. This one holds just 200 keys. With &lt;b&gt;LFU&lt;/b&gt; it evicts the entry used least often, so the keys everyone asks for stay in.&lt;/p&gt;</source>
        <extracomment>caching, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;缓存满了就必须&lt;b&gt;淘汰&lt;/b&gt;一个条目来腾出空间。这个缓存只能容纳 200 个键。使用 &lt;b&gt;LFU&lt;/b&gt; 时，它淘汰使用次数最少的条目，所以大家都在请求的键会留下来。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LFU keeps the popular keys: a hit ratio above 0.42 with only 200 entries.</source>
        <extracomment>caching, step 6, checkpoint cache.hit_ratio &gt; 0.42</extracomment>
        <translation>LFU 留住了热门键：只有 200 个条目，命中率仍高于 0.42。</translation>
    </message>
    <message>
        <source>A small cache evicts all the time.</source>
        <extracomment>caching, step 6, checkpoint cache.evictions &gt; 10000</extracomment>
        <translation>小缓存一直在淘汰条目。</translation>
    </message>
    <message>
        <source>Eviction: FIFO</source>
        <extracomment>caching, step 7, title</extracomment>
        <translation>淘汰策略：FIFO</translation>
    </message>
    <message>
        <source>FIFO throws popular keys out: a lower hit ratio.</source>
        <extracomment>caching, step 7, checkpoint cache.hit_ratio &lt; 0.41</extracomment>
        <translation>FIFO 会把热门键踢出去：命中率更低。</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database here has only 8 workers: enough while the cache answers most reads. At 30 s &lt;b&gt;cache1&lt;/b&gt; dies. It comes back at 45 s, empty.&lt;/p&gt;</source>
        <extracomment>caching, step 9, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;这里的数据库只有 8 个工作线程：只要缓存响应了大部分读取，这就够了。在第 30 s，&lt;b&gt;cache1&lt;/b&gt; 宕机。它在第 45 s 恢复，但里面是空的。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What do users notice while the cache is down?</source>
        <extracomment>caching, step 9, question</extracomment>
        <translation>缓存宕机期间，用户会注意到什么？</translation>
    </message>
    <message>
        <source>The database queues up: slow answers.</source>
        <extracomment>caching, step 9, checkpoint latency_ms.p95 &gt; 150</extracomment>
        <translation>数据库排起长队：响应变慢。</translation>
    </message>
    <message>
        <source>Every read lands on the database.</source>
        <extracomment>caching, step 9, checkpoint nodes[db1].served &gt; 25000</extracomment>
        <translation>每次读取都落到数据库上。</translation>
    </message>
    <message>
        <source>Content delivery networks</source>
        <extracomment>cdn, lesson title</extracomment>
        <translation>内容分发网络（CDN）</translation>
    </message>
    <message>
        <source>Edges near the users serve static files: what they take off the origin, what happens when one fails, how to replace files they hold, and when a CDN costs more than it saves.</source>
        <extracomment>cdn, lesson summary</extracomment>
        <translation>靠近用户的边缘节点提供静态文件：它们为源站分担了多少、某个边缘节点故障时会怎样、如何替换它们保存的文件，以及什么时候 CDN 花的钱比省的还多。</translation>
    </message>
    <message>
        <source>Edges near the users</source>
        <extracomment>cdn, step 1, title</extracomment>
        <translation>靠近用户的边缘节点</translation>
    </message>
    <message>
        <source>About 200 ms</source>
        <extracomment>cdn, step 1, choice 1</extracomment>
        <translation>约 200 ms</translation>
    </message>
    <message>
        <source>About 100 ms</source>
        <extracomment>cdn, step 1, choice 2</extracomment>
        <translation>约 100 ms</translation>
    </message>
    <message>
        <source>About 20 ms</source>
        <extracomment>cdn, step 1, choice 3</extracomment>
        <translation>约 20 ms</translation>
    </message>
    <message>
        <source>The edges take over 80 % of the bytes off the origin.</source>
        <extracomment>cdn, step 1, checkpoint cdn.offload &gt; 0.8</extracomment>
        <translation>边缘节点为源站分担了 80% 以上的字节。</translation>
    </message>
    <message>
        <source>The median file comes from nearby, in under 50 ms.</source>
        <extracomment>cdn, step 1, checkpoint latency_ms.p50 &lt; 50</extracomment>
        <translation>文件大多来自附近：耗时中位数不到 50 ms。</translation>
    </message>
    <message>
        <source>An edge fails</source>
        <extracomment>cdn, step 2, title</extracomment>
        <translation>一个边缘节点故障</translation>
    </message>
    <message>
        <source>How many requests fail while edge-eu is down?</source>
        <extracomment>cdn, step 2, question</extracomment>
        <translation>edge-eu 宕机期间，有多少请求失败？</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>cdn, step 2, choice 3</extracomment>
        <translation>一个也没有</translation>
    </message>
    <message>
        <source>The fallback to the origin keeps every request working.</source>
        <extracomment>cdn, step 2, checkpoint requests.error == 0</extracomment>
        <translation>回退到源站让每个请求都能正常完成。</translation>
    </message>
    <message>
        <source>Clients fall back to the origin after a timeout.</source>
        <extracomment>cdn, step 2, checkpoint cdn.fallbacks &gt; 1000</extracomment>
        <translation>客户端在超时后回退到源站。</translation>
    </message>
    <message>
        <source>The origin sends far more bytes.</source>
        <extracomment>cdn, step 2, checkpoint cdn.origin_gb &gt; 2</extracomment>
        <translation>源站发送的字节多得多。</translation>
    </message>
    <message>
        <source>Invalidation</source>
        <extracomment>cdn, step 3, title</extracomment>
        <translation>缓存失效</translation>
    </message>
    <message>
        <source>Compared with a minute without invalidation, how many misses?</source>
        <extracomment>cdn, step 3, question</extracomment>
        <translation>与一分钟内不做失效相比，未命中有多少？</translation>
    </message>
    <message>
        <source>About the same</source>
        <extracomment>cdn, step 3, choice 3</extracomment>
        <translation>差不多</translation>
    </message>
    <message>
        <source>Nearly twice as many</source>
        <extracomment>cdn, step 3, choice 1</extracomment>
        <translation>接近两倍</translation>
    </message>
    <message>
        <source>Ten times as many</source>
        <extracomment>cdn, step 3, choice 4</extracomment>
        <translation>十倍</translation>
    </message>
    <message>
        <source>About 3,500 objects were dropped, and misses rose from about 4,000 to about 7,000: each popular file is fetched from the origin once more.</source>
        <extracomment>cdn, step 3, answer explanation</extracomment>
        <translation>约 3,500 个对象被丢弃，未命中从约 4,000 次升到约 7,000 次：每个热门文件都要再从源站获取一次。</translation>
    </message>
    <message>
        <source>The edges drop their copies.</source>
        <extracomment>cdn, step 3, checkpoint cdn.invalidated &gt; 3000</extracomment>
        <translation>边缘节点丢弃了它们的副本。</translation>
    </message>
    <message>
        <source>Every dropped file is a miss again.</source>
        <extracomment>cdn, step 3, checkpoint cdn.misses &gt; 5500</extracomment>
        <translation>每个被丢弃的文件都会重新变成未命中。</translation>
    </message>
    <message>
        <source>Versioned file names</source>
        <extracomment>cdn, step 4, title</extracomment>
        <translation>带版本号的文件名</translation>
    </message>
    <message>
        <source>&lt;p&gt;Instead of invalidating, give every deploy new file names: &lt;b&gt;app.v2.css&lt;/b&gt; instead of app.css. At 30 s the pages start to link the new names. No edge has them yet, so they are misses at once, with no 5 s wait and nothing to invalidate.&lt;/p&gt;</source>
        <extracomment>cdn, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;不做失效，而是每次部署都使用新的文件名：用 &lt;b&gt;app.v2.css&lt;/b&gt; 代替 app.css。在第 30 s，页面开始链接新文件名。还没有哪个边缘节点有这些文件，所以它们立即未命中，既不用等 5 s，也没有什么需要失效。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the old files on the edges?</source>
        <extracomment>cdn, step 4, question</extracomment>
        <translation>边缘节点上的旧文件会怎样？</translation>
    </message>
    <message>
        <source>They stay until their TTL runs out or they are evicted</source>
        <extracomment>cdn, step 4, choice 2</extracomment>
        <translation>它们一直留着，直到 TTL 到期或被淘汰</translation>
    </message>
    <message>
        <source>Nothing was invalidated; the old copies simply stop being asked for. The new names cost about 7,000 misses, as many as the invalidation, but a user can never get an old file by mistake.</source>
        <extracomment>cdn, step 4, answer explanation</extracomment>
        <translation>没有任何内容被失效；旧副本只是不再有人请求。新文件名带来了约 7,000 次未命中，和做失效时一样多，但用户永远不会误拿到旧文件。</translation>
    </message>
    <message>
        <source>Nothing is invalidated.</source>
        <extracomment>cdn, step 4, checkpoint cdn.invalidated == 0</extracomment>
        <translation>没有任何内容被失效。</translation>
    </message>
    <message>
        <source>The new names are fetched once from the origin.</source>
        <extracomment>cdn, step 4, checkpoint cdn.misses &gt; 5500</extracomment>
        <translation>新文件名从源站获取一次。</translation>
    </message>
    <message>
        <source>The edges take almost nothing off the origin.</source>
        <extracomment>cdn, step 5, checkpoint cdn.offload &lt; 0.05</extracomment>
        <translation>边缘节点几乎没有为源站分担任何流量。</translation>
    </message>
    <message>
        <source>The bill is about twice the $0.55 of serving from the origin.</source>
        <extracomment>cdn, step 5, checkpoint cdn.cost_usd &gt; 0.9</extracomment>
        <translation>账单大约是直接从源站提供服务所需 $0.55 的两倍。</translation>
    </message>
    <message>
        <source>Dynamic content and the cache key</source>
        <extracomment>cdn, step 6, title</extracomment>
        <translation>动态内容与缓存键</translation>
    </message>
    <message>
        <source>What happens to the offload when every user has their own copy?</source>
        <extracomment>cdn, step 6, question</extracomment>
        <translation>当每个用户都有自己的副本时，卸载率会怎样？</translation>
    </message>
    <message>
        <source>A per-user key makes almost every request a miss.</source>
        <extracomment>cdn, step 6, checkpoint cdn.offload &lt; 0.2</extracomment>
        <translation>按用户区分的缓存键让几乎每个请求都未命中。</translation>
    </message>
    <message>
        <source>When the primary dies</source>
        <extracomment>failover, lesson title</extracomment>
        <translation>当主库宕机时</translation>
    </message>
    <message>
        <source>Promoting a replica keeps the site writing, but asynchronous replication loses the writes the primary never shipped. A faster decision, binlog recovery and semi-synchronous replication each trade something for it.</source>
        <extracomment>failover, lesson summary</extracomment>
        <translation>把一个从库提升为主库，网站就能继续写入，但异步复制会丢失主库还没发送出去的写入。更快地做出决定、binlog 恢复和半同步复制都能改善这一点，但各有代价。</translation>
    </message>
    <message>
        <source>Does db2 have every write db1 acknowledged?</source>
        <extracomment>failover, step 1, question</extracomment>
        <translation>db2 拥有 db1 确认过的每一次写入吗？</translation>
    </message>
    <message>
        <source>A replica is promoted.</source>
        <extracomment>failover, step 1, checkpoint replication.promotions == 1</extracomment>
        <translation>一个从库被提升为主库。</translation>
    </message>
    <message>
        <source>Acknowledged writes are lost.</source>
        <extracomment>failover, step 1, checkpoint replication.lost_writes &gt; 0</extracomment>
        <translation>已确认的写入丢失了。</translation>
    </message>
    <message>
        <source>Writes fail until the promotion.</source>
        <extracomment>failover, step 1, checkpoint requests.error &gt; 300</extracomment>
        <translation>在提升完成之前，写入一直失败。</translation>
    </message>
    <message>
        <source>Deciding faster</source>
        <extracomment>failover, step 2, title</extracomment>
        <translation>更快地做出决定</translation>
    </message>
    <message>
        <source>&lt;p&gt;Five seconds is a long time to refuse writes. Here the system promotes db2 after 1 s instead. But deciding fast is risky in practice: a primary that was only slow for a moment would be replaced for nothing.&lt;/p&gt;</source>
        <extracomment>failover, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;拒绝写入 5 秒是很长的时间。这里系统改为在 1 s 后就提升 db2。但在实践中，决定得太快是有风险的：一个只是短暂变慢的主库可能会被白白替换掉。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>With a faster promotion, how many acknowledged writes are lost?</source>
        <extracomment>failover, step 2, question</extracomment>
        <translation>提升得更快时，会丢失多少已确认的写入？</translation>
    </message>
    <message>
        <source>A faster promotion means fewer failed writes.</source>
        <extracomment>failover, step 2, checkpoint requests.error &lt; 300</extracomment>
        <translation>提升得更快，失败的写入就更少。</translation>
    </message>
    <message>
        <source>But the unshipped writes are still lost.</source>
        <extracomment>failover, step 2, checkpoint replication.lost_writes &gt; 0</extracomment>
        <translation>但还没发送出去的写入仍然丢失了。</translation>
    </message>
    <message>
        <source>Binlog recovery</source>
        <extracomment>failover, step 4, title</extracomment>
        <translation>Binlog 恢复</translation>
    </message>
    <message>
        <source>What is the price of replaying the binlog?</source>
        <extracomment>failover, step 4, question</extracomment>
        <translation>重放 binlog 的代价是什么？</translation>
    </message>
    <message>
        <source>Some writes are lost anyway</source>
        <extracomment>failover, step 4, choice 2</extracomment>
        <translation>仍然会丢失一些写入</translation>
    </message>
    <message>
        <source>Stale reads for ever after</source>
        <extracomment>failover, step 4, choice 3</extracomment>
        <translation>从此以后一直有过期读取</translation>
    </message>
    <message>
        <source>No acknowledged write is lost.</source>
        <extracomment>failover, step 4, checkpoint replication.lost_writes == 0</extracomment>
        <translation>没有丢失任何已确认的写入。</translation>
    </message>
    <message>
        <source>The missing writes are replayed from the binlog.</source>
        <extracomment>failover, step 4, checkpoint replication.recovered_writes &gt; 0</extracomment>
        <translation>缺失的写入从 binlog 中重放。</translation>
    </message>
    <message>
        <source>The outage is longer.</source>
        <extracomment>failover, step 4, checkpoint requests.error &gt; 700</extracomment>
        <translation>故障时间更长。</translation>
    </message>
    <message>
        <source>Semi-synchronous replication</source>
        <extracomment>failover, step 5, title</extracomment>
        <translation>半同步复制</translation>
    </message>
    <message>
        <source>What does semi-synchronous replication cost?</source>
        <extracomment>failover, step 5, question</extracomment>
        <translation>半同步复制的代价是什么？</translation>
    </message>
    <message>
        <source>Slower writes</source>
        <extracomment>failover, step 5, choice 1</extracomment>
        <translation>写入变慢</translation>
    </message>
    <message>
        <source>Writes wait for a replica: the slowest answers take over 100 ms.</source>
        <extracomment>failover, step 5, checkpoint latency_ms.p95 &gt; 100</extracomment>
        <translation>写入要等待从库：最慢的响应超过 100 ms。</translation>
    </message>
    <message>
        <source>Health checks and sessions</source>
        <extracomment>health-and-sessions, lesson title</extracomment>
        <translation>健康检查与会话</translation>
    </message>
    <message>
        <source>A balancer must know which servers are alive: no checks, active checks and passive checks. Then where a user&apos;s session lives, and why stateless servers survive a crash that stateful ones do not.</source>
        <extracomment>health-and-sessions, lesson summary</extracomment>
        <translation>负载均衡器必须知道哪些服务器还活着：不检查、主动检查和被动检查。然后是用户的会话存放在哪里，以及为什么无状态服务器能挺过崩溃，而有状态服务器不能。</translation>
    </message>
    <message>
        <source>A dead server without health checks</source>
        <extracomment>health-and-sessions, step 1, title</extracomment>
        <translation>没有健康检查时的宕机服务器</translation>
    </message>
    <message>
        <source>About half</source>
        <extracomment>zero-to-millions, step 31, choice 2</extracomment>
        <translation>大约一半</translation>
    </message>
    <message>
        <source>Half of all requests fail once web2 is dead.</source>
        <extracomment>health-and-sessions, step 1, checkpoint requests.error &gt; 10000</extracomment>
        <translation>web2 宕机后，所有请求中有一半失败。</translation>
    </message>
    <message>
        <source>They all fail on web2.</source>
        <extracomment>health-and-sessions, step 1, checkpoint nodes[web2].errors &gt; 10000</extracomment>
        <translation>它们都在 web2 上失败。</translation>
    </message>
    <message>
        <source>Active health checks</source>
        <extracomment>health-and-sessions, step 2, title</extracomment>
        <translation>主动健康检查</translation>
    </message>
    <message>
        <source>&lt;p&gt;This balancer sends each server a &lt;b&gt;health check&lt;/b&gt; every 2 seconds. Three failures in a row take a server out of the pool; two successes put it back. &lt;b&gt;web2&lt;/b&gt; dies at 20.5 s and returns at 40.5 s.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;这个负载均衡器每 2 秒向每台服务器发送一次&lt;b&gt;健康检查&lt;/b&gt;。连续三次失败会把服务器移出服务器池；两次成功会把它放回来。&lt;b&gt;web2&lt;/b&gt; 在第 20.5 s 宕机，在第 40.5 s 恢复。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Only the seconds before the checks notice cost errors.</source>
        <extracomment>health-and-sessions, step 2, checkpoint requests.error &lt; 1500</extracomment>
        <translation>只有在检查发现问题之前的那几秒会产生错误。</translation>
    </message>
    <message>
        <source>web2 is back in the pool after it returns.</source>
        <extracomment>health-and-sessions, step 2, checkpoint nodes[web2].served &gt; 6000</extracomment>
        <translation>web2 恢复后回到了服务器池。</translation>
    </message>
    <message>
        <source>Passive checks: watching real requests</source>
        <extracomment>health-and-sessions, step 4, title</extracomment>
        <translation>被动检查：观察真实请求</translation>
    </message>
    <message>
        <source>&lt;p&gt;A balancer can also watch the answers to real requests. Here five errors in a row from one server &lt;b&gt;eject&lt;/b&gt; it from the pool for 30 s, and longer if it fails again after that. &lt;b&gt;web2&lt;/b&gt; dies at 10 s.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;负载均衡器也可以观察真实请求的响应。这里，同一台服务器连续出现五次错误，就会被&lt;b&gt;逐出&lt;/b&gt;服务器池 30 s；如果之后再次失败，逐出的时间会更长。&lt;b&gt;web2&lt;/b&gt; 在第 10 s 宕机。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A handful of errors eject the dead server.</source>
        <extracomment>health-and-sessions, step 4, checkpoint requests.error &lt; 20</extracomment>
        <translation>寥寥几个错误就让宕机的服务器被逐出。</translation>
    </message>
    <message>
        <source>The errors that ejected it were web2&apos;s.</source>
        <extracomment>health-and-sessions, step 4, checkpoint nodes[web2].errors &gt; 0</extracomment>
        <translation>导致它被逐出的错误都来自 web2。</translation>
    </message>
    <message>
        <source>Stateful servers</source>
        <extracomment>health-and-sessions, step 5, title</extracomment>
        <translation>有状态服务器</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each user has a &lt;b&gt;session&lt;/b&gt;: who they are, what is in their basket. Here it lives in the memory of the server that first served the user, and the balancer sends each user back to that server every time. At 30 s &lt;b&gt;web2&lt;/b&gt; dies.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;每个用户都有一个&lt;b&gt;会话&lt;/b&gt;：他们是谁、购物车里有什么。这里会话保存在最先为该用户提供服务的那台服务器的内存中，负载均衡器每次都把该用户送回那台服务器。在第 30 s，&lt;b&gt;web2&lt;/b&gt; 宕机。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the users whose sessions lived on web2?</source>
        <extracomment>health-and-sessions, step 5, question</extracomment>
        <translation>会话保存在 web2 上的那些用户会怎样？</translation>
    </message>
    <message>
        <source>Their sessions vanished with web2&apos;s memory. The balancer moved them to the other servers, where about 170 users had to log in again.</source>
        <extracomment>health-and-sessions, step 5, answer explanation</extracomment>
        <translation>他们的会话随着 web2 的内存一起消失了。负载均衡器把他们转到了其他服务器，约 170 个用户不得不重新登录。</translation>
    </message>
    <message>
        <source>A dead stateful server loses its users&apos; sessions.</source>
        <extracomment>health-and-sessions, step 5, checkpoint sessions.lost &gt; 100</extracomment>
        <translation>有状态服务器宕机会丢失其用户的会话。</translation>
    </message>
    <message>
        <source>Stateless servers</source>
        <extracomment>health-and-sessions, step 6, title</extracomment>
        <translation>无状态服务器</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now every server fetches the session from a shared &lt;b&gt;session store&lt;/b&gt; and keeps nothing itself. Any server can answer any user, so servers can be added, removed or lost at will. The store adds a hop, 3 ms here, and must itself be kept alive: we moved the state, we did not remove it.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;现在每台服务器都从一个共享的&lt;b&gt;会话存储&lt;/b&gt;中获取会话，自己什么都不保存。任何服务器都可以响应任何用户，所以可以随意增加、移除或失去服务器。会话存储会多出一跳，这里是 3 ms，而且它本身也必须保持可用：我们只是转移了状态，并没有消除它。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web2 dies at 30 s. How many sessions are lost?</source>
        <extracomment>health-and-sessions, step 6, question</extracomment>
        <translation>web2 在第 30 s 宕机。会丢失多少会话？</translation>
    </message>
    <message>
        <source>About 170, as before</source>
        <extracomment>health-and-sessions, step 6, choice 1</extracomment>
        <translation>约 170 个，和之前一样</translation>
    </message>
    <message>
        <source>All of them</source>
        <extracomment>zero-to-millions, step 9, choice 4</extracomment>
        <translation>全部</translation>
    </message>
    <message>
        <source>Stateless servers lose no session.</source>
        <extracomment>health-and-sessions, step 6, checkpoint sessions.lost == 0</extracomment>
        <translation>无状态服务器不会丢失任何会话。</translation>
    </message>
    <message>
        <source>The price: each request waits a little longer for the store.</source>
        <extracomment>health-and-sessions, step 6, checkpoint latency_ms.p50 &gt; 43</extracomment>
        <translation>代价：每个请求都要为会话存储多等一会儿。</translation>
    </message>
    <message>
        <source>Load balancing</source>
        <extracomment>load-balancing, lesson title</extracomment>
        <translation>负载均衡</translation>
    </message>
    <message>
        <source>How a balancer chooses a server: round robin, least connections, weighted and IP hash, what each does with an unequal pool, and why the balancer itself needs a standby.</source>
        <extracomment>load-balancing, lesson summary</extracomment>
        <translation>负载均衡器如何选择服务器：轮询、最少连接、加权和 IP 哈希，每种策略在服务器性能不一的池中表现如何，以及为什么负载均衡器本身也需要一个备用。</translation>
    </message>
    <message>
        <source>Round robin</source>
        <extracomment>load-balancing, step 1, title</extracomment>
        <translation>轮询</translation>
    </message>
    <message>
        <source>&lt;p&gt;Users send every request to the &lt;b&gt;load balancer&lt;/b&gt;; it forwards each one to a server from its pool. &lt;b&gt;Round robin&lt;/b&gt; is the simplest rule: the servers take turns. With two equal servers and 800 requests a second, each gets 400.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;用户把每个请求都发给&lt;b&gt;负载均衡器&lt;/b&gt;；它再把每个请求转发给池中的某台服务器。&lt;b&gt;轮询&lt;/b&gt;是最简单的规则：服务器轮流接收请求。两台相同的服务器、每秒 800 个请求，每台各得 400 个。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Why does round robin work well here?</source>
        <extracomment>load-balancing, step 1, question</extracomment>
        <translation>为什么轮询在这里效果很好？</translation>
    </message>
    <message>
        <source>web1 takes half of the requests...</source>
        <extracomment>load-balancing, step 1, checkpoint nodes[web1].served &gt; 11000</extracomment>
        <translation>web1 承担了一半的请求……</translation>
    </message>
    <message>
        <source>...and web2 the other half.</source>
        <extracomment>load-balancing, step 1, checkpoint nodes[web2].served &gt; 11000</extracomment>
        <translation>……web2 承担了另一半。</translation>
    </message>
    <message>
        <source>Nothing is dropped.</source>
        <extracomment>load-balancing, step 1, checkpoint requests.dropped == 0</extracomment>
        <translation>没有请求被丢弃。</translation>
    </message>
    <message>
        <source>Round robin and an unequal pool</source>
        <extracomment>load-balancing, step 2, title</extracomment>
        <translation>轮询与性能不一的服务器池</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now the pool has an old server, &lt;b&gt;web3&lt;/b&gt;: 10 workers and 120 ms a request, where web1 and web2 have 20 workers and 20 ms. It can finish about 83 requests a second. Round robin still hands it a third of 900 a second.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;现在服务器池里有一台旧服务器 &lt;b&gt;web3&lt;/b&gt;：10 个工作线程，每个请求 120 ms，而 web1 和 web2 有 20 个工作线程，每个请求 20 ms。web3 每秒最多只能完成约 83 个请求。轮询仍然把每秒 900 个请求中的三分之一交给它。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The slow server drops thousands of requests.</source>
        <extracomment>load-balancing, step 2, checkpoint nodes[web3].dropped &gt; 5000</extracomment>
        <translation>慢服务器丢弃了数千个请求。</translation>
    </message>
    <message>
        <source>Requests queued on web3 wait over half a second.</source>
        <extracomment>load-balancing, step 2, checkpoint latency_ms.p95 &gt; 500</extracomment>
        <translation>在 web3 上排队的请求要等待半秒以上。</translation>
    </message>
    <message>
        <source>Least connections</source>
        <extracomment>load-balancing, step 3, title</extracomment>
        <translation>最少连接</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Least connections&lt;/b&gt; looks at how many requests each server has in progress and picks the server with the fewest. A slow server keeps its requests longer, so it looks busy and is chosen less often: the balancer adapts without being told anything.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;最少连接&lt;/b&gt;会查看每台服务器正在处理多少个请求，然后选择最少的那台。慢服务器持有请求的时间更长，所以它看起来很忙，被选中的次数就更少：负载均衡器无需任何配置就能自动适应。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the drops when we switch to least connections?</source>
        <extracomment>load-balancing, step 3, question</extracomment>
        <translation>切换到最少连接后，被丢弃的请求会怎样？</translation>
    </message>
    <message>
        <source>Least connections drops nothing.</source>
        <extracomment>load-balancing, step 3, checkpoint requests.dropped == 0</extracomment>
        <translation>最少连接不丢弃任何请求。</translation>
    </message>
    <message>
        <source>The slow server gets only what it can handle.</source>
        <extracomment>load-balancing, step 3, checkpoint nodes[web3].served &lt; 3000</extracomment>
        <translation>慢服务器只分到它能处理的量。</translation>
    </message>
    <message>
        <source>Weighted round robin</source>
        <extracomment>load-balancing, step 5, title</extracomment>
        <translation>加权轮询</translation>
    </message>
    <message>
        <source>IP hash</source>
        <extracomment>load-balancing, step 6, title</extracomment>
        <translation>IP 哈希</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IP hash&lt;/b&gt; turns the user&apos;s address into a server number, so each user always reaches the same server. That is what a server that keeps something in memory for its users needs. Here 300 users send 600 requests a second, and at 20 s &lt;b&gt;web3&lt;/b&gt; dies; the balancer checks its servers every 2 s.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;IP 哈希&lt;/b&gt;把用户的地址换算成一个服务器编号，因此每个用户总是到达同一台服务器。在内存中为用户保存数据的服务器正需要这一点。这里 300 个用户每秒发送 600 个请求，在第 20 s，&lt;b&gt;web3&lt;/b&gt; 宕机；负载均衡器每 2 s 检查一次它的服务器。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Is the load shared exactly equally among the three servers?</source>
        <extracomment>load-balancing, step 6, question</extracomment>
        <translation>三台服务器之间的负载是完全均分的吗？</translation>
    </message>
    <message>
        <source>The split follows the addresses: web1 gets more than a third...</source>
        <extracomment>load-balancing, step 6, checkpoint nodes[web1].served &gt; 3900</extracomment>
        <translation>分配取决于地址：web1 分到了超过三分之一……</translation>
    </message>
    <message>
        <source>...and web2 less.</source>
        <extracomment>load-balancing, step 6, checkpoint nodes[web2].served &lt; 3700</extracomment>
        <translation>……web2 则少一些。</translation>
    </message>
    <message>
        <source>Once web3 is out of the pool, its users move to the others.</source>
        <extracomment>load-balancing, step 6, checkpoint requests.error &lt; 1500</extracomment>
        <translation>web3 被移出服务器池后，它的用户转到了其他服务器。</translation>
    </message>
    <message>
        <source>A standby for the balancer</source>
        <extracomment>load-balancing, step 7, title</extracomment>
        <translation>负载均衡器的备用</translation>
    </message>
    <message>
        <source>The standby takes over the traffic.</source>
        <extracomment>load-balancing, step 7, checkpoint nodes[lb-standby].served &gt; 2000</extracomment>
        <translation>备用负载均衡器接管了流量。</translation>
    </message>
    <message>
        <source>Only the seconds before the takeover fail.</source>
        <extracomment>load-balancing, step 7, checkpoint requests.error &lt; 2000</extracomment>
        <translation>只有接管前的那几秒会失败。</translation>
    </message>
    <message>
        <source>Multi-master and circular replication</source>
        <extracomment>multi-master-and-rings, lesson title</extracomment>
        <translation>多主复制与环形复制</translation>
    </message>
    <message>
        <source>When every database takes writes: no promotion is needed, but writes conflict. Two ways to settle a conflict, and a ring of masters whose delays add up hop by hop.</source>
        <extracomment>multi-master-and-rings, lesson summary</extracomment>
        <translation>当每个数据库都接受写入时：不再需要提升为主库，但写入会发生冲突。解决冲突的两种方式，以及一个由多个主库组成的环，其延迟会一跳一跳地累加。</translation>
    </message>
    <message>
        <source>Three masters, last writer wins</source>
        <extracomment>multi-master-and-rings, step 1, title</extracomment>
        <translation>三个主库，最后写入者胜出</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each web server writes to its own master, &lt;b&gt;db1&lt;/b&gt;, &lt;b&gt;db2&lt;/b&gt; or &lt;b&gt;db3&lt;/b&gt;, and every master ships its writes to the other two. A write takes about 60 ms to reach the others. If two masters change the same key within that time, they &lt;b&gt;conflict&lt;/b&gt;; here the later write wins.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;每台 Web 服务器都写入自己的主库：&lt;b&gt;db1&lt;/b&gt;、&lt;b&gt;db2&lt;/b&gt; 或 &lt;b&gt;db3&lt;/b&gt;，每个主库再把自己的写入发送给另外两个。一次写入大约需要 60 ms 才能到达其他主库。如果两个主库在这段时间内修改了同一个键，它们就会&lt;b&gt;冲突&lt;/b&gt;；这里以较晚的写入为准。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>db3 dies at 20 s. What does the system need to do?</source>
        <extracomment>multi-master-and-rings, step 1, question</extracomment>
        <translation>db3 在第 20 s 宕机。系统需要做什么？</translation>
    </message>
    <message>
        <source>Nothing: the other masters keep taking writes</source>
        <extracomment>multi-master-and-rings, step 1, choice 3</extracomment>
        <translation>什么都不用做：其他主库继续接收写入</translation>
    </message>
    <message>
        <source>No promotion is needed.</source>
        <extracomment>multi-master-and-rings, step 1, checkpoint replication.promotions == 0</extracomment>
        <translation>不需要提升为主库。</translation>
    </message>
    <message>
        <source>A dead master costs almost nothing.</source>
        <extracomment>multi-master-and-rings, step 1, checkpoint requests.error &lt; 20</extracomment>
        <translation>一个主库宕机几乎没有任何代价。</translation>
    </message>
    <message>
        <source>Conflicting writes are thrown away without a word.</source>
        <extracomment>multi-master-and-rings, step 1, checkpoint replication.discarded_updates &gt; 200</extracomment>
        <translation>冲突的写入被悄无声息地丢弃。</translation>
    </message>
    <message>
        <source>First committer wins</source>
        <extracomment>multi-master-and-rings, step 3, title</extracomment>
        <translation>先提交者胜出</translation>
    </message>
    <message>
        <source>With certification, what happens to the losing writes?</source>
        <extracomment>multi-master-and-rings, step 3, question</extracomment>
        <translation>使用认证时，落败的写入会怎样？</translation>
    </message>
    <message>
        <source>They are rolled back and their users get an error</source>
        <extracomment>multi-master-and-rings, step 3, choice 1</extracomment>
        <translation>它们被回滚，其用户收到一个错误</translation>
    </message>
    <message>
        <source>About 950 writes were rolled back, and each of those users got an error; nothing was discarded in silence. Checking costs time: the median request takes about 94 ms.</source>
        <extracomment>multi-master-and-rings, step 3, answer explanation</extracomment>
        <translation>约 950 次写入被回滚，这些写入的用户都收到了错误；没有任何写入被悄悄丢弃。核对需要时间：请求耗时的中位数约为 94 ms。</translation>
    </message>
    <message>
        <source>Conflicting writes are rolled back...</source>
        <extracomment>multi-master-and-rings, step 3, checkpoint replication.rolled_back &gt; 500</extracomment>
        <translation>冲突的写入被回滚……</translation>
    </message>
    <message>
        <source>...and none is thrown away silently.</source>
        <extracomment>multi-master-and-rings, step 3, checkpoint replication.discarded_updates == 0</extracomment>
        <translation>……没有任何写入被悄悄丢弃。</translation>
    </message>
    <message>
        <source>Their users are told: errors.</source>
        <extracomment>multi-master-and-rings, step 3, checkpoint requests.error &gt; 500</extracomment>
        <translation>它们的用户会得到通知：错误。</translation>
    </message>
    <message>
        <source>A ring of three</source>
        <extracomment>multi-master-and-rings, step 4, title</extracomment>
        <translation>三个节点的环</translation>
    </message>
    <message>
        <source>What happens to writes that reached dbB but that dbB had not passed on when it died?</source>
        <extracomment>multi-master-and-rings, step 4, question</extracomment>
        <translation>已经到达 dbB、但 dbB 宕机时还没传递下去的写入会怎样？</translation>
    </message>
    <message>
        <source>They are stranded: the rest of the ring never gets them</source>
        <extracomment>multi-master-and-rings, step 4, choice 2</extracomment>
        <translation>它们滞留了：环上的其他节点永远收不到它们</translation>
    </message>
    <message>
        <source>They are sent again by the web server</source>
        <extracomment>multi-master-and-rings, step 4, choice 3</extracomment>
        <translation>Web 服务器会再次发送它们</translation>
    </message>
    <message>
        <source>A ring of ten</source>
        <extracomment>multi-master-and-rings, step 5, title</extracomment>
        <translation>十个节点的环</translation>
    </message>
    <message>
        <source>The last node is about 45 ms behind.</source>
        <extracomment>multi-master-and-rings, step 5, checkpoint replication.max_lag_ms &gt; 40</extracomment>
        <translation>最后一个节点落后约 45 ms。</translation>
    </message>
    <message>
        <source>Reads on the far side of the ring can be stale.</source>
        <extracomment>multi-master-and-rings, step 5, checkpoint replication.stale_reads &gt; 0</extracomment>
        <translation>在环的远端读取可能会读到过期数据。</translation>
    </message>
    <message>
        <source>From one server to two</source>
        <extracomment>one-server-to-two, lesson title</extracomment>
        <translation>从一台服务器到两台</translation>
    </message>
    <message>
        <source>A single server runs out of room; a load balancer and a second server share the load, and survive one of them dying.</source>
        <extracomment>one-server-to-two, lesson summary</extracomment>
        <translation>一台服务器的能力终会耗尽；一个负载均衡器加上第二台服务器就能分担负载，并且在其中一台宕机时依然能撑住。</translation>
    </message>
    <message>
        <source>One server does everything</source>
        <extracomment>one-server-to-two, step 1, title</extracomment>
        <translation>一台服务器包办一切</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every request goes to &lt;b&gt;web1&lt;/b&gt;. It can work on 8 requests at once; each takes 30 ms. At 200 requests a second it keeps up.&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;每个请求都发往 &lt;b&gt;web1&lt;/b&gt;。它能同时处理 8 个请求；每个请求需要 30 ms。在每秒 200 个请求时，它应付得过来。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>At 200 requests a second nothing is dropped.</source>
        <extracomment>one-server-to-two, step 1, checkpoint requests.dropped == 0</extracomment>
        <translation>每秒 200 个请求时，没有请求被丢弃。</translation>
    </message>
    <message>
        <source>Twice the users</source>
        <extracomment>one-server-to-two, step 2, title</extracomment>
        <translation>用户翻倍</translation>
    </message>
    <message>
        <source>Beyond what one server can do, requests are dropped.</source>
        <extracomment>one-server-to-two, step 2, checkpoint requests.dropped &gt; 1000</extracomment>
        <translation>超出一台服务器的处理能力后，请求就会被丢弃。</translation>
    </message>
    <message>
        <source>A load balancer and a second server</source>
        <extracomment>one-server-to-two, step 3, title</extracomment>
        <translation>一个负载均衡器和第二台服务器</translation>
    </message>
    <message>
        <source>&lt;p&gt;The balancer sends requests to web1 and web2 in turn. Each gets about 200 a second: both keep up.&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;负载均衡器轮流把请求发给 web1 和 web2。每台每秒分到约 200 个请求：两台都应付得过来。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Two servers share 400 requests a second without dropping any.</source>
        <extracomment>one-server-to-two, step 3, checkpoint requests.dropped == 0</extracomment>
        <translation>两台服务器分担每秒 400 个请求，一个也没有丢弃。</translation>
    </message>
    <message>
        <source>web2 takes its half.</source>
        <extracomment>one-server-to-two, step 3, checkpoint nodes[web2].served &gt; 3000</extracomment>
        <translation>web2 承担了它的那一半。</translation>
    </message>
    <message>
        <source>Database replication</source>
        <extracomment>replication, lesson title</extracomment>
        <translation>数据库复制</translation>
    </message>
    <message>
        <source>A primary for writes and replicas for reads: how replicas share the load, why asynchronous replicas return stale data, and what happens to reads when replicas die.</source>
        <extracomment>replication, lesson summary</extracomment>
        <translation>主库负责写入，从库负责读取：从库如何分担负载，为什么异步从库会返回过期数据，以及从库宕机时读取会怎样。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;db1&lt;/b&gt; is the primary: every write goes there. It copies each write to two replicas, &lt;b&gt;db2&lt;/b&gt; and &lt;b&gt;db3&lt;/b&gt;, and the web servers send their reads to the replicas. 70 % of the 400 requests a second are reads.&lt;/p&gt;</source>
        <extracomment>replication, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;db1&lt;/b&gt; 是主库：每次写入都发往那里。它把每次写入复制到两个从库 &lt;b&gt;db2&lt;/b&gt; 和 &lt;b&gt;db3&lt;/b&gt;，Web 服务器则把读取发给从库。每秒 400 个请求中有 70% 是读取。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>If reads grow and writes do not, what do we add?</source>
        <extracomment>replication, step 1, question</extracomment>
        <translation>如果读取增长而写入不变，我们应该增加什么？</translation>
    </message>
    <message>
        <source>Another primary</source>
        <extracomment>replication, step 1, choice 1</extracomment>
        <translation>再加一个主库</translation>
    </message>
    <message>
        <source>More replicas</source>
        <extracomment>replication, step 1, choice 2</extracomment>
        <translation>更多从库</translation>
    </message>
    <message>
        <source>db2 answers reads...</source>
        <extracomment>replication, step 1, checkpoint nodes[db2].served &gt; 4000</extracomment>
        <translation>db2 响应读取……</translation>
    </message>
    <message>
        <source>...and so does db3.</source>
        <extracomment>replication, step 1, checkpoint nodes[db3].served &gt; 4000</extracomment>
        <translation>……db3 也一样。</translation>
    </message>
    <message>
        <source>The primary handles only the writes.</source>
        <extracomment>replication, step 1, checkpoint nodes[db1].served &lt; 4000</extracomment>
        <translation>主库只处理写入。</translation>
    </message>
    <message>
        <source>Every request succeeds.</source>
        <extracomment>replication, step 1, checkpoint requests.error == 0</extracomment>
        <translation>每个请求都成功了。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Replication here is &lt;b&gt;asynchronous&lt;/b&gt;: db1 commits a write, answers &quot;done&quot;, and ships it to the replicas afterwards, about 100 ms later. In between, a replica still has the old value, and a read sent there gets it: a &lt;b&gt;stale read&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>replication, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;这里的复制是&lt;b&gt;异步&lt;/b&gt;的：db1 提交一次写入，回复“完成”，之后才把它发送给从库，大约晚 100 ms。在此期间，从库上仍是旧值，发到那里的读取就会得到旧值：这就是&lt;b&gt;过期读取&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Out of about 8,500 reads in 30 s, how many do you expect to be stale?</source>
        <extracomment>replication, step 2, question</extracomment>
        <translation>30 s 内约有 8,500 次读取，你预计其中有多少是过期读取？</translation>
    </message>
    <message>
        <source>Asynchronous replicas return old values.</source>
        <extracomment>replication, step 2, checkpoint replication.stale_reads &gt; 1000</extracomment>
        <translation>异步从库会返回旧值。</translation>
    </message>
    <message>
        <source>They lag about 100 ms behind the primary.</source>
        <extracomment>replication, step 2, checkpoint replication.max_lag_ms &gt;= 100</extracomment>
        <translation>它们比主库落后约 100 ms。</translation>
    </message>
    <message>
        <source>The comment appears twice</source>
        <extracomment>replication, step 3, choice 3</extracomment>
        <translation>评论出现了两次</translation>
    </message>
    <message>
        <source>A longer delay means more stale reads.</source>
        <extracomment>replication, step 3, checkpoint replication.stale_reads &gt; 4000</extracomment>
        <translation>延迟越长，过期读取越多。</translation>
    </message>
    <message>
        <source>Replicas are now half a second behind.</source>
        <extracomment>replication, step 3, checkpoint replication.max_lag_ms &gt;= 500</extracomment>
        <translation>从库现在落后半秒。</translation>
    </message>
    <message>
        <source>Users miss their own writes.</source>
        <extracomment>replication, step 3, checkpoint replication.read_your_writes_violations &gt; 400</extracomment>
        <translation>用户看不到自己刚写入的内容。</translation>
    </message>
    <message>
        <source>A replica dies</source>
        <extracomment>replication, step 5, title</extracomment>
        <translation>一个从库宕机</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to 100 ms. At 10 s replica &lt;b&gt;db3&lt;/b&gt; dies. The web servers stop sending it reads and use &lt;b&gt;db2&lt;/b&gt;, the replica that is left; in a real system a new replica would be set up to replace db3.&lt;/p&gt;</source>
        <extracomment>replication, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;回到 100 ms。在第 10 s，从库 &lt;b&gt;db3&lt;/b&gt; 宕机。Web 服务器不再向它发送读取，而是使用剩下的从库 &lt;b&gt;db2&lt;/b&gt;；在真实系统中，会搭建一个新的从库来替换 db3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What does losing one of two replicas cost?</source>
        <extracomment>replication, step 5, question</extracomment>
        <translation>两个从库失去一个，代价是什么？</translation>
    </message>
    <message>
        <source>Nothing at all</source>
        <extracomment>millions-and-beyond, step 8, choice 3</extracomment>
        <translation>没有任何代价</translation>
    </message>
    <message>
        <source>Hardly any request fails.</source>
        <extracomment>replication, step 5, checkpoint requests.error &lt; 20</extracomment>
        <translation>几乎没有请求失败。</translation>
    </message>
    <message>
        <source>The remaining replica takes all the reads.</source>
        <extracomment>replication, step 5, checkpoint nodes[db2].served &gt; 6500</extracomment>
        <translation>剩下的从库承担了所有读取。</translation>
    </message>
    <message>
        <source>No replica left</source>
        <extracomment>replication, step 6, title</extracomment>
        <translation>一个从库也不剩</translation>
    </message>
    <message>
        <source>What happens to stale reads once only the primary answers?</source>
        <extracomment>replication, step 6, question</extracomment>
        <translation>只剩主库响应时，过期读取会怎样？</translation>
    </message>
    <message>
        <source>They stop</source>
        <extracomment>replication, step 6, choice 3</extracomment>
        <translation>不再出现</translation>
    </message>
    <message>
        <source>They stay as they were</source>
        <extracomment>replication, step 6, choice 2</extracomment>
        <translation>保持原样</translation>
    </message>
    <message>
        <source>The primary answers the reads too.</source>
        <extracomment>replication, step 6, checkpoint nodes[db1].served &gt; 5500</extracomment>
        <translation>主库也响应读取。</translation>
    </message>
    <message>
        <source>No stale reads after the replicas are gone.</source>
        <extracomment>replication, step 6, checkpoint replication.stale_reads &lt; 2200</extracomment>
        <translation>从库都宕机后，不再有过期读取。</translation>
    </message>
    <message>
        <source>Zero to Millions</source>
        <extracomment>zero-to-millions, lesson title</extracomment>
        <translation>从零到百万</translation>
    </message>
    <message>
        <source>From one server to an architecture for millions of users, one idea at a time: a separate database, load balancing, health checks, stateless servers, replication and failover, multi-master and rings, a cache and a CDN. Every claim is shown by the live run.</source>
        <extracomment>zero-to-millions, lesson summary</extracomment>
        <translation>从一台服务器到支撑数百万用户的架构，一次讲一个概念：独立的数据库、负载均衡、健康检查、无状态服务器、复制与故障转移、多主与环形复制、缓存和 CDN。每个结论都由实时运行的模拟来证明。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every site starts here: all requests go straight to one machine, &lt;b&gt;web1&lt;/b&gt;, which runs the code, keeps the data and sends the files. It has 8 workers, and each request keeps a worker busy for 30 ms. Our users send &lt;b&gt;200 requests a second&lt;/b&gt;, and for now that fits.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;每个网站都从这里起步：所有请求都直接发往一台机器 &lt;b&gt;web1&lt;/b&gt;，它运行代码、保存数据、发送文件。它有 8 个工作线程，每个请求会占用一个工作线程 30 ms。我们的用户&lt;b&gt;每秒发送 200 个请求&lt;/b&gt;，目前还应付得过来。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web1 has 8 workers and every request takes 30 ms. How many requests a second can it finish at most?</source>
        <extracomment>zero-to-millions, step 1, question</extracomment>
        <translation>web1 有 8 个工作线程，每个请求需要 30 ms。它每秒最多能完成多少个请求？</translation>
    </message>
    <message>
        <source>At 200 requests a second web1 drops nothing.</source>
        <extracomment>zero-to-millions, step 1, checkpoint requests.dropped == 0</extracomment>
        <translation>每秒 200 个请求时，web1 没有丢弃任何请求。</translation>
    </message>
    <message>
        <source>web1 alone answered all of about 6,000 requests in 30 s.</source>
        <extracomment>zero-to-millions, step 1, checkpoint nodes[web1].served &gt; 5000</extracomment>
        <translation>30 s 内约 6,000 个请求全部由 web1 独自响应。</translation>
    </message>
    <message>
        <source>Success: twice the users</source>
        <extracomment>zero-to-millions, step 2, title</extracomment>
        <translation>成功了：用户翻倍</translation>
    </message>
    <message>
        <source>&lt;p&gt;The site becomes popular and traffic doubles to &lt;b&gt;400 requests a second&lt;/b&gt;, far past the 267 web1 can finish. The extra requests wait in web1&apos;s queue, which holds 50. Once it is full, there is nowhere left to put a new request.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;网站火了，流量翻倍到&lt;b&gt;每秒 400 个请求&lt;/b&gt;，远远超过 web1 能完成的 267 个。多出来的请求在 web1 的队列中等待，队列最多容纳 50 个。一旦队列满了，新的请求就无处可放了。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to requests that arrive once web1&apos;s queue is full?</source>
        <extracomment>one-server-to-two, step 2, question</extracomment>
        <translation>web1 的队列满了之后，新到达的请求会怎样？</translation>
    </message>
    <message>
        <source>Past its limit, one server drops thousands of requests.</source>
        <extracomment>zero-to-millions, step 2, checkpoint requests.dropped &gt; 3000</extracomment>
        <translation>超出极限后，一台服务器会丢弃数千个请求。</translation>
    </message>
    <message>
        <source>The requests that get in wait: the median answer takes well over 150 ms.</source>
        <extracomment>zero-to-millions, step 2, checkpoint latency_ms.p50 &gt; 150</extracomment>
        <translation>挤进队列的请求要等待：响应时间的中位数远超 150 ms。</translation>
    </message>
    <message>
        <source>A separate database</source>
        <extracomment>zero-to-millions, step 3, title</extracomment>
        <translation>独立的数据库</translation>
    </message>
    <message>
        <source>&lt;p&gt;Before adding servers we split the work in two: &lt;b&gt;web1&lt;/b&gt; runs the code and &lt;b&gt;db1&lt;/b&gt; keeps the data. Each tier can now grow on its own, and the web server holds nothing that a user needs later. But every request still needs the one database, and this scenario stops it from 40 s to 45 s.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在增加服务器之前，我们先把工作一分为二：&lt;b&gt;web1&lt;/b&gt; 运行代码，&lt;b&gt;db1&lt;/b&gt; 保存数据。现在每一层都可以独立扩展，而且 Web 服务器不再保存任何用户之后还需要的东西。但每个请求仍然需要这唯一的数据库，而这个场景会让它在第 40 s 到第 45 s 之间停机。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>db1 is down from 40 s to 45 s. What happens to the requests in those five seconds?</source>
        <extracomment>zero-to-millions, step 3, question</extracomment>
        <translation>db1 在第 40 s 到第 45 s 之间停机。这五秒内的请求会怎样？</translation>
    </message>
    <message>
        <source>web1 answers them from its memory</source>
        <extracomment>zero-to-millions, step 3, choice 2</extracomment>
        <translation>web1 从自己的内存中响应它们</translation>
    </message>
    <message>
        <source>They wait, and succeed when db1 is back</source>
        <extracomment>zero-to-millions, step 3, choice 3</extracomment>
        <translation>它们等待，db1 恢复后就会成功</translation>
    </message>
    <message>
        <source>Every request reaches the database: about 9,000 in the first 30 s.</source>
        <extracomment>zero-to-millions, step 3, checkpoint nodes[db1].served &gt; 8000</extracomment>
        <translation>每个请求都要访问数据库：前 30 s 约 9,000 个。</translation>
    </message>
    <message>
        <source>Five seconds without the database fail every request in them.</source>
        <extracomment>zero-to-millions, step 3, checkpoint requests.error &gt; 1000</extracomment>
        <translation>没有数据库的五秒内，每个请求都失败了。</translation>
    </message>
    <message>
        <source>A load balancer: round robin</source>
        <extracomment>zero-to-millions, step 4, title</extracomment>
        <translation>负载均衡器：轮询</translation>
    </message>
    <message>
        <source>&lt;p&gt;One web server cannot grow forever, so we add a second one and put a &lt;b&gt;load balancer&lt;/b&gt; in front. Users now talk only to the balancer; it keeps a pool of servers and picks one for each request. &lt;b&gt;Round robin&lt;/b&gt; takes them in turn: web1, web2, web1, web2.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;一台 Web 服务器不可能无限扩展，所以我们再加一台，并在前面放一个&lt;b&gt;负载均衡器&lt;/b&gt;。现在用户只和负载均衡器通信；它维护着一个服务器池，为每个请求挑选一台服务器。&lt;b&gt;轮询&lt;/b&gt;让它们轮流处理：web1、web2、web1、web2。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Which address do users need to know now?</source>
        <extracomment>zero-to-millions, step 4, question</extracomment>
        <translation>现在用户需要知道哪个地址？</translation>
    </message>
    <message>
        <source>Both web1&apos;s and web2&apos;s</source>
        <extracomment>zero-to-millions, step 4, choice 1</extracomment>
        <translation>web1 和 web2 的地址都要知道</translation>
    </message>
    <message>
        <source>Only the balancer&apos;s</source>
        <extracomment>zero-to-millions, step 4, choice 4</extracomment>
        <translation>只需负载均衡器的地址</translation>
    </message>
    <message>
        <source>Whichever server answered them last</source>
        <extracomment>zero-to-millions, step 4, choice 2</extracomment>
        <translation>上次响应他们的那台服务器的地址</translation>
    </message>
    <message>
        <source>The balancer is the front door. Servers can be added or removed behind it and users never notice. Of 800 requests a second, each server got exactly half: about 12,000 each in 30 s.</source>
        <extracomment>zero-to-millions, step 4, answer explanation</extracomment>
        <translation>负载均衡器就是网站的大门。在它后面可以增加或移除服务器，用户根本察觉不到。每秒 800 个请求，每台服务器正好分到一半：30 s 内各约 12,000 个。</translation>
    </message>
    <message>
        <source>Two servers carry 800 requests a second without dropping any.</source>
        <extracomment>zero-to-millions, step 4, checkpoint requests.dropped == 0</extracomment>
        <translation>两台服务器承载每秒 800 个请求，一个也没有丢弃。</translation>
    </message>
    <message>
        <source>Round robin meets a slow server</source>
        <extracomment>zero-to-millions, step 5, title</extracomment>
        <translation>轮询遇上慢服务器</translation>
    </message>
    <message>
        <source>&lt;p&gt;Servers are not always equal. &lt;b&gt;web3&lt;/b&gt; is an old machine: 10 workers at 120 ms a request, against 20 workers at 20 ms for web1 and web2. Round robin does not look at that: it still gives web3 a third of the 900 requests a second, about 300, when web3 can finish about 83.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;服务器并不总是一样的。&lt;b&gt;web3&lt;/b&gt; 是一台旧机器：10 个工作线程，每个请求 120 ms，而 web1 和 web2 是 20 个工作线程，每个请求 20 ms。轮询不考虑这些：它仍然把每秒 900 个请求的三分之一（约 300 个）交给 web3，而 web3 每秒只能完成约 83 个。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the requests round robin sends to web3?</source>
        <extracomment>zero-to-millions, step 5, question</extracomment>
        <translation>轮询发给 web3 的请求会怎样？</translation>
    </message>
    <message>
        <source>web3 handles them, only more slowly</source>
        <extracomment>zero-to-millions, step 5, choice 1</extracomment>
        <translation>web3 会处理它们，只是慢一些</translation>
    </message>
    <message>
        <source>Its queue overflows and many are dropped</source>
        <extracomment>zero-to-millions, step 5, choice 3</extracomment>
        <translation>它的队列溢出，许多请求被丢弃</translation>
    </message>
    <message>
        <source>The balancer notices and sends them elsewhere</source>
        <extracomment>zero-to-millions, step 5, choice 2</extracomment>
        <translation>负载均衡器发现后会把它们发到别处</translation>
    </message>
    <message>
        <source>Round robin overloads the slow server: thousands of requests are dropped.</source>
        <extracomment>zero-to-millions, step 5, checkpoint nodes[web3].dropped &gt; 5000</extracomment>
        <translation>轮询让慢服务器过载：数千个请求被丢弃。</translation>
    </message>
    <message>
        <source>The slowest answers take over half a second.</source>
        <extracomment>zero-to-millions, step 5, checkpoint latency_ms.p95 &gt; 500</extracomment>
        <translation>最慢的响应超过半秒。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Least connections&lt;/b&gt; sends each request to the server with the fewest requests in progress. A slow server holds on to its requests longer, so it looks busy and gets fewer new ones. Same servers, same traffic: one setting changed.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;最少连接&lt;/b&gt;把每个请求发给正在处理的请求最少的服务器。慢服务器持有请求的时间更长，所以它看起来很忙，分到的新请求就更少。同样的服务器、同样的流量：只改了一个设置。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>With least connections, how much of the traffic does the slow web3 get?</source>
        <extracomment>zero-to-millions, step 6, question</extracomment>
        <translation>使用最少连接时，慢服务器 web3 会分到多少流量？</translation>
    </message>
    <message>
        <source>Less than a tenth</source>
        <extracomment>zero-to-millions, step 6, choice 2</extracomment>
        <translation>不到十分之一</translation>
    </message>
    <message>
        <source>None at all</source>
        <extracomment>zero-to-millions, step 6, choice 1</extracomment>
        <translation>一点也没有</translation>
    </message>
    <message>
        <source>The slowest answers are back under 200 ms.</source>
        <extracomment>zero-to-millions, step 6, checkpoint latency_ms.p95 &lt; 200</extracomment>
        <translation>最慢的响应又回到了 200 ms 以内。</translation>
    </message>
    <message>
        <source>IP hash: the same user, the same server</source>
        <extracomment>zero-to-millions, step 8, title</extracomment>
        <translation>IP 哈希：同一个用户，同一台服务器</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IP hash&lt;/b&gt; picks the server from the user&apos;s address, so each user lands on the same server every time: handy when a server remembers something about its users. With 300 users the split follows their addresses, not turns, so it is a little uneven. At 20 s &lt;b&gt;web3&lt;/b&gt; dies.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 8, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;IP 哈希&lt;/b&gt;根据用户的地址来选择服务器，因此每个用户每次都落到同一台服务器上：当服务器需要记住关于用户的某些信息时，这很方便。有 300 个用户时，分配取决于他们的地址而不是轮次，所以会有点不均匀。在第 20 s，&lt;b&gt;web3&lt;/b&gt; 宕机。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web3 dies at 20 s. Whose server changes?</source>
        <extracomment>zero-to-millions, step 8, question</extracomment>
        <translation>web3 在第 20 s 宕机。谁的服务器会改变？</translation>
    </message>
    <message>
        <source>Everyone&apos;s: all users are spread again</source>
        <extracomment>zero-to-millions, step 8, choice 1</extracomment>
        <translation>所有人的：所有用户都被重新分配</translation>
    </message>
    <message>
        <source>Only the users who were on web3</source>
        <extracomment>zero-to-millions, step 8, choice 3</extracomment>
        <translation>只有原来在 web3 上的用户</translation>
    </message>
    <message>
        <source>Nobody&apos;s: web3&apos;s users keep failing</source>
        <extracomment>zero-to-millions, step 8, choice 2</extracomment>
        <translation>没有人的：web3 的用户一直失败</translation>
    </message>
    <message>
        <source>Only web3&apos;s users are hashed again, onto web1 and web2; everyone else keeps their server. web3&apos;s users saw about 850 errors before the balancer took web3 out of the pool, which is the next idea.</source>
        <extracomment>zero-to-millions, step 8, answer explanation</extracomment>
        <translation>只有 web3 的用户被重新哈希到 web1 和 web2 上；其他所有人都保留原来的服务器。在负载均衡器把 web3 移出服务器池之前，web3 的用户遇到了约 850 个错误，这正是下一个概念要讲的。</translation>
    </message>
    <message>
        <source>The split follows addresses, not turns: web1 gets more than its third...</source>
        <extracomment>zero-to-millions, step 8, checkpoint nodes[web1].served &gt; 3900</extracomment>
        <translation>分配取决于地址而不是轮次：web1 分到的超过了它的三分之一……</translation>
    </message>
    <message>
        <source>Once web3 is out of the pool its users are served by the others.</source>
        <extracomment>zero-to-millions, step 8, checkpoint requests.error &lt; 1500</extracomment>
        <translation>web3 被移出服务器池后，它的用户由其他服务器来服务。</translation>
    </message>
    <message>
        <source>web2 dies at 30 s. What share of the requests fails from then on?</source>
        <extracomment>zero-to-millions, step 9, question</extracomment>
        <translation>web2 在第 30 s 宕机。从那以后有多大比例的请求失败？</translation>
    </message>
    <message>
        <source>None: web1 takes over</source>
        <extracomment>zero-to-millions, step 9, choice 2</extracomment>
        <translation>一个也没有：web1 会接管</translation>
    </message>
    <message>
        <source>Every second request still goes to web2 and fails: about 12,000 errors in the last 30 s. A balancer has to know which of its servers are alive.</source>
        <extracomment>zero-to-millions, step 9, answer explanation</extracomment>
        <translation>每两个请求中仍有一个发往 web2 并失败：最后 30 s 内约 12,000 个错误。负载均衡器必须知道它的哪些服务器还活着。</translation>
    </message>
    <message>
        <source>Without health checks, half of all requests fail after web2 dies.</source>
        <extracomment>zero-to-millions, step 9, checkpoint requests.error &gt; 10000</extracomment>
        <translation>没有健康检查时，web2 宕机后所有请求中有一半失败。</translation>
    </message>
    <message>
        <source>Health checks</source>
        <extracomment>zero-to-millions, step 10, title</extracomment>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now the balancer &lt;b&gt;checks&lt;/b&gt; each server every 2 seconds. Three failed checks in a row mark a server down and take it out of the pool; two good checks bring it back. web2 dies at 20.5 s and comes back at 40.5 s.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 10, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;现在负载均衡器每 2 秒&lt;b&gt;检查&lt;/b&gt;一次每台服务器。连续三次检查失败，就把服务器标记为宕机并移出服务器池；两次检查成功，就让它回来。web2 在第 20.5 s 宕机，在第 40.5 s 恢复。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How long do requests keep failing after web2 dies?</source>
        <extracomment>zero-to-millions, step 10, question</extracomment>
        <translation>web2 宕机后，请求会持续失败多久？</translation>
    </message>
    <message>
        <source>A few seconds, until three checks have failed</source>
        <extracomment>zero-to-millions, step 10, choice 3</extracomment>
        <translation>几秒钟，直到三次检查都失败</translation>
    </message>
    <message>
        <source>Until web2 comes back at 40.5 s</source>
        <extracomment>zero-to-millions, step 10, choice 4</extracomment>
        <translation>直到 web2 在第 40.5 s 恢复</translation>
    </message>
    <message>
        <source>Requests to web2 fail until the third failed check, about 5.5 s later: about 1,100 errors, then none. When web2 is back, two good checks return it to the pool and it takes its share again.</source>
        <extracomment>zero-to-millions, step 10, answer explanation</extracomment>
        <translation>发往 web2 的请求会一直失败，直到第三次检查失败，大约 5.5 s 之后：约 1,100 个错误，之后就没有了。web2 恢复后，两次成功的检查让它回到服务器池，它又重新承担自己的那一份。</translation>
    </message>
    <message>
        <source>Until the checks notice, some requests still fail.</source>
        <extracomment>zero-to-millions, step 10, checkpoint requests.error &gt; 0</extracomment>
        <translation>在检查发现问题之前，仍有一些请求失败。</translation>
    </message>
    <message>
        <source>Health checks limit the damage to a few seconds.</source>
        <extracomment>zero-to-millions, step 10, checkpoint requests.error &lt; 1500</extracomment>
        <translation>健康检查把损失限制在几秒之内。</translation>
    </message>
    <message>
        <source>Back in the pool, web2 serves again.</source>
        <extracomment>zero-to-millions, step 10, checkpoint nodes[web2].served &gt; 6000</extracomment>
        <translation>回到服务器池后，web2 又开始提供服务。</translation>
    </message>
    <message>
        <source>Stateful servers: sessions in memory</source>
        <extracomment>zero-to-millions, step 13, title</extracomment>
        <translation>有状态服务器：会话保存在内存中</translation>
    </message>
    <message>
        <source>What happens to the users whose sessions were on web2?</source>
        <extracomment>zero-to-millions, step 13, question</extracomment>
        <translation>会话在 web2 上的那些用户会怎样？</translation>
    </message>
    <message>
        <source>Nothing: another server has a copy</source>
        <extracomment>zero-to-millions, step 13, choice 1</extracomment>
        <translation>没有影响：另一台服务器有副本</translation>
    </message>
    <message>
        <source>They wait until web2 is back</source>
        <extracomment>zero-to-millions, step 13, choice 2</extracomment>
        <translation>他们要等到 web2 恢复</translation>
    </message>
    <message>
        <source>Their sessions existed only in web2&apos;s memory. Sent to another server, about 170 users had to log in again.</source>
        <extracomment>zero-to-millions, step 13, answer explanation</extracomment>
        <translation>他们的会话只存在于 web2 的内存中。被转到另一台服务器后，约 170 个用户不得不重新登录。</translation>
    </message>
    <message>
        <source>A dead stateful server takes its users&apos; sessions with it.</source>
        <extracomment>zero-to-millions, step 13, checkpoint sessions.lost &gt; 100</extracomment>
        <translation>有状态服务器宕机时，会把其用户的会话一起带走。</translation>
    </message>
    <message>
        <source>Stateless servers: a shared session store</source>
        <extracomment>zero-to-millions, step 14, title</extracomment>
        <translation>无状态服务器：共享的会话存储</translation>
    </message>
    <message>
        <source>web2 dies at 30 s again. How many users have to log in again?</source>
        <extracomment>zero-to-millions, step 14, question</extracomment>
        <translation>web2 又在第 30 s 宕机了。有多少用户需要重新登录？</translation>
    </message>
    <message>
        <source>With stateless servers, losing one loses no session.</source>
        <extracomment>zero-to-millions, step 14, checkpoint sessions.lost == 0</extracomment>
        <translation>使用无状态服务器时，失去一台服务器不会丢失任何会话。</translation>
    </message>
    <message>
        <source>Every request fetched its session from the shared store.</source>
        <extracomment>zero-to-millions, step 14, checkpoint nodes[sessions].served &gt; 15000</extracomment>
        <translation>每个请求都从共享的会话存储中获取了会话。</translation>
    </message>
    <message>
        <source>Replication: a primary and two replicas</source>
        <extracomment>zero-to-millions, step 15, title</extracomment>
        <translation>复制：一个主库和两个从库</translation>
    </message>
    <message>
        <source>Replica db2 answers reads...</source>
        <extracomment>zero-to-millions, step 15, checkpoint nodes[db2].served &gt; 6000</extracomment>
        <translation>从库 db2 响应读取……</translation>
    </message>
    <message>
        <source>...and so does replica db3.</source>
        <extracomment>zero-to-millions, step 15, checkpoint nodes[db3].served &gt; 6000</extracomment>
        <translation>……从库 db3 也一样。</translation>
    </message>
    <message>
        <source>The primary handles the writes only.</source>
        <extracomment>zero-to-millions, step 15, checkpoint nodes[db1].served &lt; 1800</extracomment>
        <translation>主库只处理写入。</translation>
    </message>
    <message>
        <source>A replica is up to 100 ms behind the primary.</source>
        <extracomment>zero-to-millions, step 16, checkpoint replication.max_lag_ms &gt;= 100</extracomment>
        <translation>从库最多比主库落后 100 ms。</translation>
    </message>
    <message>
        <source>A replica goes down</source>
        <extracomment>zero-to-millions, step 17, title</extracomment>
        <translation>一个从库宕机</translation>
    </message>
    <message>
        <source>After 20 s both replicas are down. What happens to the reads?</source>
        <extracomment>zero-to-millions, step 17, question</extracomment>
        <translation>20 s 之后两个从库都宕机了。读取会怎样？</translation>
    </message>
    <message>
        <source>They fail until a replica is back</source>
        <extracomment>zero-to-millions, step 17, choice 2</extracomment>
        <translation>它们会失败，直到有从库恢复</translation>
    </message>
    <message>
        <source>Losing replicas costs only the reads in progress on them.</source>
        <extracomment>zero-to-millions, step 17, checkpoint requests.error &lt; 50</extracomment>
        <translation>失去从库的代价仅仅是正在它们上面处理的读取。</translation>
    </message>
    <message>
        <source>With no replica left, the primary answers the reads.</source>
        <extracomment>zero-to-millions, step 17, checkpoint nodes[db1].served &gt; 5500</extracomment>
        <translation>没有从库时，由主库响应读取。</translation>
    </message>
    <message>
        <source>db2 receives them when it is promoted</source>
        <extracomment>zero-to-millions, step 19, choice 1</extracomment>
        <translation>db2 被提升为主库时会收到它们</translation>
    </message>
    <message>
        <source>Their users are asked to send them again</source>
        <extracomment>zero-to-millions, step 19, choice 3</extracomment>
        <translation>系统会请它们的用户重新提交</translation>
    </message>
    <message>
        <source>A replica is promoted to primary.</source>
        <extracomment>zero-to-millions, step 19, checkpoint replication.promotions == 1</extracomment>
        <translation>一个从库被提升为主库。</translation>
    </message>
    <message>
        <source>Writes the old primary acknowledged but never shipped are lost.</source>
        <extracomment>zero-to-millions, step 19, checkpoint replication.lost_writes &gt; 0</extracomment>
        <translation>旧主库确认了但从未发送出去的写入丢失了。</translation>
    </message>
    <message>
        <source>What does replaying the binlog cost?</source>
        <extracomment>zero-to-millions, step 20, question</extracomment>
        <translation>重放 binlog 的代价是什么？</translation>
    </message>
    <message>
        <source>A longer outage: more failed writes</source>
        <extracomment>failover, step 4, choice 1</extracomment>
        <translation>更长的故障时间：更多失败的写入</translation>
    </message>
    <message>
        <source>Every read afterwards is stale</source>
        <extracomment>zero-to-millions, step 20, choice 3</extracomment>
        <translation>之后的每次读取都是过期的</translation>
    </message>
    <message>
        <source>Replaying the binlog loses no acknowledged write.</source>
        <extracomment>zero-to-millions, step 20, checkpoint replication.lost_writes == 0</extracomment>
        <translation>重放 binlog 不会丢失任何已确认的写入。</translation>
    </message>
    <message>
        <source>The writes missing on db2 came back from db1&apos;s binlog.</source>
        <extracomment>zero-to-millions, step 20, checkpoint replication.recovered_writes &gt; 0</extracomment>
        <translation>db2 上缺失的写入从 db1 的 binlog 中找了回来。</translation>
    </message>
    <message>
        <source>Multi-master: write conflicts</source>
        <extracomment>zero-to-millions, step 21, title</extracomment>
        <translation>多主：写入冲突</translation>
    </message>
    <message>
        <source>&lt;p&gt;With &lt;b&gt;multi-master&lt;/b&gt; replication every database takes writes and ships them to the others, so a dead master needs no promotion: when db3 dies at 20 s, the other two carry on. The catch is that two masters can change the same key at almost the same moment, because a write needs about 60 ms to reach the other masters. Here the rule is &lt;b&gt;last writer wins&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 21, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在&lt;b&gt;多主&lt;/b&gt;复制中，每个数据库都接收写入并把它们发送给其他数据库，所以一个主库宕机后不需要提升为主库：db3 在第 20 s 宕机时，另外两个继续工作。问题在于，两个主库可能几乎在同一时刻修改同一个键，因为一次写入大约需要 60 ms 才能到达其他主库。这里的规则是&lt;b&gt;最后写入者胜出&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Two users change the same balance on two masters at once, and the last writer wins. What happens to the other change?</source>
        <extracomment>zero-to-millions, step 21, question</extracomment>
        <translation>两个用户在两个主库上同时修改同一个余额，最后写入者胜出。另一次修改会怎样？</translation>
    </message>
    <message>
        <source>The two changes are merged</source>
        <extracomment>zero-to-millions, step 21, choice 1</extracomment>
        <translation>两次修改被合并</translation>
    </message>
    <message>
        <source>It is silently thrown away</source>
        <extracomment>zero-to-millions, step 21, choice 4</extracomment>
        <translation>它被悄悄丢弃</translation>
    </message>
    <message>
        <source>Its user gets an error</source>
        <extracomment>zero-to-millions, step 21, choice 2</extracomment>
        <translation>它的用户收到一个错误</translation>
    </message>
    <message>
        <source>Masters change the same keys at the same time: conflicts.</source>
        <extracomment>zero-to-millions, step 21, checkpoint replication.conflicts &gt; 200</extracomment>
        <translation>多个主库同时修改同一些键：发生冲突。</translation>
    </message>
    <message>
        <source>Last writer wins throws the losing writes away.</source>
        <extracomment>zero-to-millions, step 21, checkpoint replication.discarded_updates &gt; 200</extracomment>
        <translation>最后写入者胜出会丢弃落败的写入。</translation>
    </message>
    <message>
        <source>A dead master needs no promotion...</source>
        <extracomment>zero-to-millions, step 21, checkpoint replication.promotions == 0</extracomment>
        <translation>主库宕机不需要提升为主库……</translation>
    </message>
    <message>
        <source>...and hardly any request fails.</source>
        <extracomment>zero-to-millions, step 21, checkpoint requests.error &lt; 20</extracomment>
        <translation>……而且几乎没有请求失败。</translation>
    </message>
    <message>
        <source>A circular ring</source>
        <extracomment>zero-to-millions, step 22, title</extracomment>
        <translation>环形复制</translation>
    </message>
    <message>
        <source>About 45 ms</source>
        <extracomment>zero-to-millions, step 23, choice 2</extracomment>
        <translation>约 45 ms</translation>
    </message>
    <message>
        <source>About half a second</source>
        <extracomment>zero-to-millions, step 23, choice 4</extracomment>
        <translation>约半秒</translation>
    </message>
    <message>
        <source>Nine hops: the last node is about 45 ms behind.</source>
        <extracomment>zero-to-millions, step 23, checkpoint replication.max_lag_ms &gt; 40</extracomment>
        <translation>九跳：最后一个节点落后约 45 ms。</translation>
    </message>
    <message>
        <source>Every read on the database</source>
        <extracomment>zero-to-millions, step 24, title</extracomment>
        <translation>每次读取都落到数据库上</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to one primary. 1,000 requests a second, 90 % of them reads, and every read goes to &lt;b&gt;db1&lt;/b&gt;. Many of them ask for the same few popular keys again and again.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 24, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;回到单个主库。每秒 1,000 个请求，其中 90% 是读取，而每次读取都发往 &lt;b&gt;db1&lt;/b&gt;。其中许多读取一次又一次地请求同样几个热门键。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Without a cache, db1 answers every request: over 28,000 in 30 s.</source>
        <extracomment>zero-to-millions, step 24, checkpoint nodes[db1].served &gt; 28000</extracomment>
        <translation>没有缓存时，db1 响应每一个请求：30 s 内超过 28,000 个。</translation>
    </message>
    <message>
        <source>More than half of the reads are answered by the cache.</source>
        <extracomment>zero-to-millions, step 25, checkpoint cache.hit_ratio &gt; 0.5</extracomment>
        <translation>一半以上的读取由缓存响应。</translation>
    </message>
    <message>
        <source>The database does about half the work it did.</source>
        <extracomment>zero-to-millions, step 25, checkpoint nodes[db1].served &lt; 16000</extracomment>
        <translation>数据库的工作量减少到原来的一半左右。</translation>
    </message>
    <message>
        <source>What happens to the hit ratio with a TTL of 2 s?</source>
        <extracomment>zero-to-millions, step 26, question</extracomment>
        <translation>TTL 为 2 s 时，命中率会怎样？</translation>
    </message>
    <message>
        <source>It stays the same</source>
        <extracomment>zero-to-millions, step 26, choice 4</extracomment>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>Entries expire before they are asked for again.</source>
        <extracomment>zero-to-millions, step 26, checkpoint cache.expirations &gt; 5000</extracomment>
        <translation>条目还没被再次请求就过期了。</translation>
    </message>
    <message>
        <source>Consistency: no invalidation</source>
        <extracomment>zero-to-millions, step 27, title</extracomment>
        <translation>一致性：不做失效</translation>
    </message>
    <message>
        <source>A few dozen</source>
        <extracomment>replication, step 2, choice 2</extracomment>
        <translation>几十次</translation>
    </message>
    <message>
        <source>Eviction policies</source>
        <extracomment>zero-to-millions, step 28, title</extracomment>
        <translation>淘汰策略</translation>
    </message>
    <message>
        <source>With 200 entries for 10,000 keys, LFU still answers over 40 % of the reads.</source>
        <extracomment>zero-to-millions, step 28, checkpoint cache.hit_ratio &gt; 0.4</extracomment>
        <translation>用 200 个条目应对 10,000 个键，LFU 仍能响应 40% 以上的读取。</translation>
    </message>
    <message>
        <source>What happens to db1 when the cache dies?</source>
        <extracomment>zero-to-millions, step 29, question</extracomment>
        <translation>缓存宕机时，db1 会怎样？</translation>
    </message>
    <message>
        <source>Nothing: it had the data all along</source>
        <extracomment>zero-to-millions, step 29, choice 2</extracomment>
        <translation>没有影响：它一直都有这些数据</translation>
    </message>
    <message>
        <source>It is flooded and answers much more slowly</source>
        <extracomment>zero-to-millions, step 29, choice 1</extracomment>
        <translation>它被请求淹没，响应慢得多</translation>
    </message>
    <message>
        <source>Without the cache every read lands on the database.</source>
        <extracomment>zero-to-millions, step 29, checkpoint nodes[db1].served &gt; 25000</extracomment>
        <translation>没有缓存时，每次读取都落到数据库上。</translation>
    </message>
    <message>
        <source>Static files from far away</source>
        <extracomment>zero-to-millions, step 30, title</extracomment>
        <translation>来自远方的静态文件</translation>
    </message>
    <message>
        <source>The origin sends every file itself.</source>
        <extracomment>zero-to-millions, step 30, checkpoint nodes[assets].served &gt; 28000</extracomment>
        <translation>源站亲自发送每一个文件。</translation>
    </message>
    <message>
        <source>A CDN</source>
        <extracomment>zero-to-millions, step 31, title</extracomment>
        <translation>CDN</translation>
    </message>
    <message>
        <source>What share of the bytes does the origin still send?</source>
        <extracomment>zero-to-millions, step 31, question</extracomment>
        <translation>源站仍然要发送多大比例的字节？</translation>
    </message>
    <message>
        <source>Almost all of them</source>
        <extracomment>zero-to-millions, step 31, choice 1</extracomment>
        <translation>几乎全部</translation>
    </message>
    <message>
        <source>Less than a fifth</source>
        <extracomment>zero-to-millions, step 31, choice 3</extracomment>
        <translation>不到五分之一</translation>
    </message>
    <message>
        <source>The edges send more than 80 % of the bytes.</source>
        <extracomment>cdn, step 7, challenge goal cdn.offload &gt; 0.8</extracomment>
        <translation>边缘节点发送了 80% 以上的字节。</translation>
    </message>
    <message>
        <source>Files come from nearby: the median takes under 50 ms.</source>
        <extracomment>zero-to-millions, step 31, checkpoint latency_ms.p50 &lt; 50</extracomment>
        <translation>文件来自附近：耗时中位数不到 50 ms。</translation>
    </message>
    <message>
        <source>What a CDN costs</source>
        <extracomment>zero-to-millions, step 32, title</extracomment>
        <translation>CDN 的成本</translation>
    </message>
    <message>
        <source>Files that are almost never asked for twice: what does the CDN cost, compared with no CDN?</source>
        <extracomment>zero-to-millions, step 32, question</extracomment>
        <translation>对于几乎从不被请求第二次的文件，与不用 CDN 相比，CDN 的花费如何？</translation>
    </message>
    <message>
        <source>Less</source>
        <extracomment>zero-to-millions, step 32, choice 1</extracomment>
        <translation>更少</translation>
    </message>
    <message>
        <source>About twice as much</source>
        <extracomment>zero-to-millions, step 32, choice 3</extracomment>
        <translation>大约是两倍</translation>
    </message>
    <message>
        <source>Yet the CDN bill is about twice the $0.55 of serving from the origin.</source>
        <extracomment>zero-to-millions, step 32, checkpoint cdn.cost_usd &gt; 0.9</extracomment>
        <translation>然而 CDN 的账单大约是直接从源站提供服务所需 $0.55 的两倍。</translation>
    </message>
    <message>
        <source>When an edge fails</source>
        <extracomment>zero-to-millions, step 33, title</extracomment>
        <translation>当边缘节点故障时</translation>
    </message>
    <message>
        <source>What do European users see while their edge is down?</source>
        <extracomment>zero-to-millions, step 33, question</extracomment>
        <translation>边缘节点宕机期间，欧洲用户会看到什么？</translation>
    </message>
    <message>
        <source>Slow pages: a timeout, then files from the far origin</source>
        <extracomment>zero-to-millions, step 33, choice 4</extracomment>
        <translation>页面很慢：先超时，再从遥远的源站获取文件</translation>
    </message>
    <message>
        <source>Clients fall back to the origin when their edge is dead.</source>
        <extracomment>zero-to-millions, step 33, checkpoint cdn.fallbacks &gt; 1000</extracomment>
        <translation>边缘节点宕机时，客户端回退到源站。</translation>
    </message>
    <message>
        <source>No request fails.</source>
        <extracomment>zero-to-millions, step 33, checkpoint requests.error == 0</extracomment>
        <translation>没有请求失败。</translation>
    </message>
    <message>
        <source>The timeout before the fallback is long.</source>
        <extracomment>zero-to-millions, step 33, checkpoint latency_ms.p99 &gt; 2000</extracomment>
        <translation>回退之前的超时很长。</translation>
    </message>
    <message>
        <source>Invalidating the CDN</source>
        <extracomment>zero-to-millions, step 34, title</extracomment>
        <translation>让 CDN 缓存失效</translation>
    </message>
    <message>
        <source>What happens to the origin right after the invalidation?</source>
        <extracomment>zero-to-millions, step 34, question</extracomment>
        <translation>失效之后，源站马上会怎样？</translation>
    </message>
    <message>
        <source>Nothing changes</source>
        <extracomment>zero-to-millions, step 34, choice 1</extracomment>
        <translation>什么都不变</translation>
    </message>
    <message>
        <source>A wave of misses: it sends every file again</source>
        <extracomment>zero-to-millions, step 34, choice 2</extracomment>
        <translation>一波未命中：它要把每个文件再发送一遍</translation>
    </message>
    <message>
        <source>The edges dropped about 3,500 objects and the misses nearly doubled: about 7,000 in 60 s instead of 4,000. Versioned file names, such as app.v2.css, avoid invalidating at all.</source>
        <extracomment>zero-to-millions, step 34, answer explanation</extracomment>
        <translation>边缘节点丢弃了约 3,500 个对象，未命中几乎翻倍：60 s 内约 7,000 次，而不是 4,000 次。使用带版本号的文件名（例如 app.v2.css），就完全不需要失效。</translation>
    </message>
    <message>
        <source>The edges drop thousands of objects.</source>
        <extracomment>zero-to-millions, step 34, checkpoint cdn.invalidated &gt; 3000</extracomment>
        <translation>边缘节点丢弃了数千个对象。</translation>
    </message>
    <message>
        <source>Every dropped file is fetched from the origin again.</source>
        <extracomment>zero-to-millions, step 34, checkpoint cdn.misses &gt; 5500</extracomment>
        <translation>每个被丢弃的文件都要再从源站获取一次。</translation>
    </message>
    <message>
        <source>Millions</source>
        <extracomment>zero-to-millions, step 36, title</extracomment>
        <translation>百万规模</translation>
    </message>
    <message>
        <source>&lt;p&gt;Put together, the pieces scale. A balancer spreads &lt;b&gt;20,000 requests a second&lt;/b&gt; over 20 stateless web servers, about 1,000 each: over a million requests a minute, none dropped. To grow further: more servers behind the balancer, replicas behind the database, a cache and a CDN in front.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 36, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;把这些组件组合起来，系统就能扩展。一个负载均衡器把&lt;b&gt;每秒 20,000 个请求&lt;/b&gt;分散到 20 台无状态 Web 服务器上，每台约 1,000 个：每分钟超过一百万个请求，一个也没有丢弃。要继续扩展：在负载均衡器后面加更多服务器，在数据库后面加从库，在前面加缓存和 CDN。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Over half a million requests answered in 30 s.</source>
        <extracomment>zero-to-millions, step 36, checkpoint requests.ok &gt; 550000</extracomment>
        <translation>30 s 内响应了超过五十万个请求。</translation>
    </message>
    <message>
        <source>None dropped.</source>
        <extracomment>zero-to-millions, step 36, checkpoint requests.dropped == 0</extracomment>
        <translation>一个也没有丢弃。</translation>
    </message>
    <message>
        <source>&lt;p&gt;What if a write updates the database but leaves the cache alone? Then a cached value stays old until it expires, here after 30 s, and every read of that key gets the old value in the meantime. Here writes are spread over many keys while reads favour a few popular ones, as on most sites; still, the popular keys change now and then.&lt;/p&gt;</source>
        <extracomment>caching, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;如果一次写入只更新数据库、不管缓存，会怎样？那么缓存中的值会一直是旧的，直到它过期（这里是 30 s 之后），在此期间对该键的每次读取都会得到旧值。和大多数网站一样，这里的写入分散在许多键上，而读取集中在少数几个热门键上；不过，热门键也会时不时地被修改。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A CDN charges for the bytes it sends and per request. Here the files are on a &lt;b&gt;custom origin&lt;/b&gt;, outside the CDN&apos;s cloud, whose host also bills every byte it sends to an edge (a fill), at the $0.09/GB it charges for sending to users. Users ask for any of 5 million files at random: almost every request is for a file no edge has.&lt;/p&gt;</source>
        <extracomment>cdn, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;CDN 按发送的字节数和请求数收费。这里的文件放在 CDN 所在云之外的&lt;b&gt;自定义源站&lt;/b&gt;（custom origin）上，源站的托管方也要对它发给边缘节点的每个字节（即一次填充）收费，价格与它向用户发送时相同，都是 $0.09/GB。用户从 500 万个文件中随机请求任意一个：几乎每个请求要的都是所有边缘节点上都没有的文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A CDN can also cache pages built for each request, if it knows what makes one page different from another: the path, the query string, cookies, request headers such as the user&apos;s language. Here the edges put each user&apos;s session cookie and language in the &lt;b&gt;cache key&lt;/b&gt;, so every user gets a private copy of each file.&lt;/p&gt;</source>
        <extracomment>cdn, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;CDN 也可以缓存为每个请求动态生成的页面，只要它知道是什么让一个页面与另一个页面不同：路径、查询字符串、Cookie，以及诸如用户语言之类的请求头。这里的边缘节点把每个用户的会话 Cookie 和语言都放进了&lt;b&gt;缓存键&lt;/b&gt;，于是每个用户都会得到每个文件的一份私有副本。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The offload falls to 0.08: a copy made for one user is useless to the next. Without the cookie and the language in the key the same edges reach 0.98. Put in the key only what really changes the answer.</source>
        <extracomment>cdn, step 6, answer explanation</extracomment>
        <translation>卸载率降到 0.08：为一个用户生成的副本对下一个用户毫无用处。缓存键中不含 Cookie 和语言时，同样的边缘节点能达到 0.98。只把真正会改变响应内容的东西放进缓存键。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Another way: the primary does not answer &quot;done&quot; until at least one replica has the write in its relay log. Then no write is acknowledged that only the primary knows about. Each write waits for a round trip to a replica and the ship delay. But having a write is not applying it: these replicas apply a write 50 ms after it reaches their relay log, and answer reads with the old value until then.&lt;/p&gt;</source>
        <extracomment>failover, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;另一种做法：直到至少有一个从库把写入记入它的中继日志（relay log），主库才回复“完成”。这样，就不会有只有主库知道的写入被确认。每次写入都要等待到从库的一次往返，外加发送延迟。但收到写入不等于应用了写入：这些从库在写入到达中继日志 50 ms 后才应用它，在此之前，它们对读取返回的仍是旧值。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Semi-sync protects acknowledged writes, not freshness: replicas still serve old values until they apply a write.</source>
        <extracomment>failover, step 5, checkpoint replication.stale_reads &gt; 500</extracomment>
        <translation>半同步保护的是已确认的写入，而不是数据新鲜度：从库在应用一次写入之前，提供的仍是旧值。</translation>
    </message>
    <message>
        <source>dbC gets them from dbA once the ring closes</source>
        <extracomment>multi-master-and-rings, step 4, choice 1</extracomment>
        <translation>环重新闭合后，dbC 会从 dbA 获得它们</translation>
    </message>
    <message>
        <source>Writes held up at the dead node reach dbC once the ring closes.</source>
        <extracomment>multi-master-and-rings, step 4, checkpoint replication.stranded_writes &gt; 0</extracomment>
        <translation>滞留在宕机节点上的写入，在环重新闭合后到达 dbC。</translation>
    </message>
    <message>
        <source>No write is lost: dbB had sent on every write it committed.</source>
        <extracomment>multi-master-and-rings, step 4, checkpoint replication.ring_lost_writes == 0</extracomment>
        <translation>没有丢失任何写入：dbB 已把它提交的每次写入都传递了下去。</translation>
    </message>
    <message>
        <source>While the ring was open, dbC fell about 3 s behind dbA.</source>
        <extracomment>multi-master-and-rings, step 4, checkpoint replication.max_lag_ms &gt; 2000</extracomment>
        <translation>在环断开期间，dbC 落后 dbA 约 3 s。</translation>
    </message>
    <message>
        <source>Writes the dead node had not passed on waited for the ring to close...</source>
        <extracomment>zero-to-millions, step 22, checkpoint replication.stranded_writes &gt; 0</extracomment>
        <translation>宕机节点还没传递下去的写入，一直等到环重新闭合……</translation>
    </message>
    <message>
        <source>...and then reached dbC: none was lost.</source>
        <extracomment>zero-to-millions, step 22, checkpoint replication.ring_lost_writes == 0</extracomment>
        <translation>……然后到达了 dbC：一次也没有丢失。</translation>
    </message>
    <message>
        <source>&lt;p&gt;A CDN bills for every byte it sends and per request; an origin outside the CDN&apos;s cloud (a &lt;b&gt;custom origin&lt;/b&gt;, as here) also bills every fill it sends to an edge. That pays off for files asked for again and again. Here users ask for 5 million different files, almost none twice, so nearly every request is a miss.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 32, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;CDN 对它发送的每个字节和每个请求收费；位于 CDN 所在云之外的源站（如这里的&lt;b&gt;自定义源站&lt;/b&gt;，custom origin）还要对它发给边缘节点的每次填充收费。对于被反复请求的文件，这笔钱花得值。这里用户请求的是 500 万个不同的文件，几乎没有哪个被请求两次，所以几乎每个请求都未命中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Files that cross the ocean take over 200 ms.</source>
        <extracomment>zero-to-millions, step 30, checkpoint latency_ms.p95 &gt; 200</extracomment>
        <translation>跨越大洋传输的文件耗时超过 200 ms。</translation>
    </message>
    <message>
        <source>A cache beside the database (cache-aside): its hit ratio, how long entries should live, keeping it consistent with the database, which entries to evict, and what happens when it fails.</source>
        <extracomment>caching, lesson summary</extracomment>
        <translation>位于数据库旁边的缓存（cache-aside）：它的命中率、条目应该保留多久、如何与数据库保持一致、该淘汰哪些条目，以及缓存故障时会发生什么。</translation>
    </message>
    <message>
        <source>A cache beside the database</source>
        <extracomment>caching, step 1, title</extracomment>
        <translation>数据库旁边的缓存</translation>
    </message>
    <message>
        <source>The sessions live in the store, not in web2, so none is lost. Some requests still fail: those web2 was serving when it died, and those the balancer goes on sending it until the health checks take it out of the pool.</source>
        <extracomment>zero-to-millions, step 14, answer explanation</extracomment>
        <translation>会话保存在会话存储中，而不是在 web2 里，所以没有丢失任何会话。但仍有一些请求失败：web2 宕机时正在处理的那些，以及在健康检查把它移出服务器池之前，负载均衡器继续发给它的那些。</translation>
    </message>
    <message>
        <source>&lt;p&gt;In production the promotion is more careful. Before db2 takes over, a recovery script reads the dead primary&apos;s &lt;b&gt;binary log&lt;/b&gt;, the record of every write it committed, and replays the missing writes on db2. It takes 2 s more. It works only because db1 crashed but its disk survived: if the machine or its disk is gone, so is its binary log, and the missing writes with it.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 20, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在生产环境中，提升为主库的过程会更谨慎。在 db2 接管之前，一个恢复脚本会读取已宕机主库的&lt;b&gt;二进制日志&lt;/b&gt;（它提交过的每一次写入的记录），并在 db2 上重放缺失的写入。这要多花 2 s。只有在 db1 崩溃了但磁盘完好无损时，这才行得通：如果整台机器或它的磁盘没了，它的二进制日志也就没了，缺失的写入也随之丢失。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;For each read, the web server asks &lt;b&gt;cache1&lt;/b&gt; first. A &lt;b&gt;hit&lt;/b&gt; answers from memory; a &lt;b&gt;miss&lt;/b&gt; reads &lt;b&gt;db1&lt;/b&gt; and the web server stores the answer in the cache: &lt;b&gt;cache-aside&lt;/b&gt;, what the chapter calls a read-through cache (in a strict read-through cache the cache loads the database itself). The share of reads that are hits is the &lt;b&gt;hit ratio&lt;/b&gt;. A write updates db1 and deletes the key from the cache, so the next read fetches the new value. The cache holds 1,000 of the 10,000 keys.&lt;/p&gt;</source>
        <extracomment>caching, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;每次读取时，Web 服务器都会先询问 &lt;b&gt;cache1&lt;/b&gt;。&lt;b&gt;命中&lt;/b&gt;时直接从内存中响应；&lt;b&gt;未命中&lt;/b&gt;时则读取 &lt;b&gt;db1&lt;/b&gt;，再由 Web 服务器把结果存入缓存：这就是 &lt;b&gt;cache-aside&lt;/b&gt;，也就是本章所说的 read-through（读穿透）缓存（在严格意义上的 read-through 缓存中，是由缓存自己去加载数据库的）。命中的读取所占的比例就是&lt;b&gt;命中率&lt;/b&gt;。写入会更新 db1 并从缓存中删除该键，这样下一次读取就会获取新值。缓存能容纳 10,000 个键中的 1,000 个。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Without the cache db1 answered about 30,000 requests in 30 s. About how many does it answer now?</source>
        <extracomment>caching, step 1, question</extracomment>
        <translation>没有缓存时，db1 在 30 s 内响应了约 30,000 个请求。现在它大约要响应多少个？</translation>
    </message>
    <message>
        <source>requests</source>
        <extracomment>caching, step 1, unit of the predicted number</extracomment>
        <translation>个请求</translation>
    </message>
    <message>
        <source>About 59 % of the reads hit (a hit ratio of 0.59), far more than the tenth of the keys the cache holds, because a few keys are read far more than the rest. So db1 answered about 14,000 requests: the writes and the misses. Users win too: the median answer falls from 37 ms to 28.5 ms.</source>
        <extracomment>caching, step 1, answer explanation</extracomment>
        <translation>约 59% 的读取命中（命中率为 0.59），远高于缓存所容纳的那十分之一的键，因为少数几个键被读取的次数远远多于其他键。所以 db1 响应了约 14,000 个请求：也就是写入和未命中。用户也受益：响应时间的中位数从 37 ms 降到 28.5 ms。</translation>
    </message>
    <message>
        <source>A TTL of 2 seconds</source>
        <extracomment>caching, step 2, title</extracomment>
        <translation>TTL 为 2 秒</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each entry expires after its &lt;b&gt;time to live&lt;/b&gt; (&lt;b&gt;TTL&lt;/b&gt;), so that old data does not stay for ever; the next read of an expired key is a miss. Here the TTL drops from 60 s to 2 s.&lt;/p&gt;</source>
        <extracomment>caching, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;每个条目在其&lt;b&gt;存活时间&lt;/b&gt;（&lt;b&gt;TTL&lt;/b&gt;）到期后过期，这样旧数据就不会永远留在缓存里；对已过期键的下一次读取就是未命中。这里 TTL 从 60 s 降到 2 s。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The hit ratio was 0.59 with a TTL of 60 s. What is it with 2 s?</source>
        <extracomment>caching, step 2, question</extracomment>
        <translation>TTL 为 60 s 时，命中率是 0.59。TTL 为 2 s 时是多少？</translation>
    </message>
    <message>
        <source>It rises: fresher entries are hit more often</source>
        <extracomment>caching, step 2, choice 1</extracomment>
        <translation>上升：更新鲜的条目更常被命中</translation>
    </message>
    <message>
        <source>It collapses, below 0.1</source>
        <extracomment>caching, step 2, choice 2</extracomment>
        <translation>崩溃式下跌，低于 0.1</translation>
    </message>
    <message>
        <source>It falls a little, to about 0.53</source>
        <extracomment>caching, step 2, choice 3</extracomment>
        <translation>略有下降，约为 0.53</translation>
    </message>
    <message>
        <source>It stays the same: a TTL only decides how fresh hits are</source>
        <extracomment>caching, step 2, choice 4</extracomment>
        <translation>保持不变：TTL 只决定命中的数据有多新鲜</translation>
    </message>
    <message>
        <source>Expiry never adds a hit; it only turns some later reads into misses.</source>
        <extracomment>caching, step 2, feedback on choice 1</extracomment>
        <translation>过期永远不会增加命中；它只会把之后的一些读取变成未命中。</translation>
    </message>
    <message>
        <source>Popular keys are read many times a second, so they are fetched again long before 2 s run out.</source>
        <extracomment>caching, step 2, feedback on choice 2</extracomment>
        <translation>热门键每秒被读取很多次，所以远在 2 s 到期之前就会被再次读取。</translation>
    </message>
    <message>
        <source>Right: popular keys are read again within 2 s anyway; the less popular ones expire before their next read.</source>
        <extracomment>caching, step 2, feedback on choice 3</extracomment>
        <translation>没错：热门键反正会在 2 s 内被再次读取；不太热门的键则在下一次读取之前就过期了。</translation>
    </message>
    <message>
        <source>An expired entry is gone: the next read of it is a miss and goes to the database.</source>
        <extracomment>caching, step 2, feedback on choice 4</extracomment>
        <translation>过期的条目就没了：对它的下一次读取是未命中，会去访问数据库。</translation>
    </message>
    <message>
        <source>About 10,000 entries expired before they were read again: the hit ratio fell from 0.59 to 0.53, and db1 answered about 1,700 more requests. Too short a TTL sends reads back to the database; too long keeps old values in the cache.</source>
        <extracomment>caching, step 2, answer explanation</extracomment>
        <translation>约 10,000 个条目在被再次读取之前就过期了：命中率从 0.59 降到 0.53，db1 多响应了约 1,700 个请求。TTL 太短会把读取推回数据库；太长则会让旧值留在缓存中。</translation>
    </message>
    <message>
        <source>Explore: the TTL and the hit ratio</source>
        <extracomment>caching, step 3, title</extracomment>
        <translation>探索：TTL 与命中率</translation>
    </message>
    <message>
        <source>&lt;p&gt;Slide the TTL of &lt;b&gt;cache1&lt;/b&gt; from 1 s to 30 s, and watch the &lt;b&gt;hit ratio&lt;/b&gt;: the share of reads the cache answers from memory. Before you move it, predict: does a TTL ten times longer give ten times fewer misses?&lt;/p&gt;&lt;p&gt;Look for the point where the curve flattens. A popular key is read again long before it expires; a rare key is pushed out by newer ones (the cache holds 1,000 of the 10,000 keys) before its TTL matters. Past that point a longer TTL buys almost no hits, only older data.&lt;/p&gt;</source>
        <extracomment>caching, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;把 &lt;b&gt;cache1&lt;/b&gt; 的 TTL 从 1 s 滑动到 30 s，观察&lt;b&gt;命中率&lt;/b&gt;：缓存从内存中响应的读取所占的比例。拖动之前先预测一下：TTL 延长到十倍，未命中会减少到十分之一吗？&lt;/p&gt;&lt;p&gt;找出曲线变平的那个点。热门键远在过期之前就会被再次读取；冷门键则在 TTL 起作用之前就被更新的键挤出去了（缓存只能容纳 10,000 个键中的 1,000 个）。过了这个点，更长的 TTL 几乎换不来更多命中，只会换来更旧的数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>TTL of cache1 (s)</source>
        <extracomment>caching, step 3, explore: the slider&apos;s label</extracomment>
        <translation>cache1 的 TTL（s）</translation>
    </message>
    <message>
        <source>Hit ratio in 30 s</source>
        <extracomment>caching, step 3, explore: the plotted figure&apos;s label</extracomment>
        <translation>30 s 内的命中率</translation>
    </message>
    <message>
        <source>Yes: it falls, because old entries are useless</source>
        <extracomment>caching, step 4, choice 1</extracomment>
        <translation>能：它会下降，因为旧条目没有用</translation>
    </message>
    <message>
        <source>There are no hits any more: writes bypass the cache</source>
        <extracomment>caching, step 4, choice 2</extracomment>
        <translation>已经没有命中了：写入绕过了缓存</translation>
    </message>
    <message>
        <source>No: it is as high as ever, while many hits are wrong</source>
        <extracomment>caching, step 4, choice 3</extracomment>
        <translation>不能：它和以往一样高，而许多命中都是错的</translation>
    </message>
    <message>
        <source>Yes: the database gets more work</source>
        <extracomment>caching, step 4, choice 4</extracomment>
        <translation>能：数据库的工作量变大了</translation>
    </message>
    <message>
        <source>The cache cannot tell an old value from a new one: an old entry still answers, and counts as a hit.</source>
        <extracomment>caching, step 4, feedback on choice 1</extracomment>
        <translation>缓存分辨不出旧值和新值：旧条目照样会响应，并被算作一次命中。</translation>
    </message>
    <message>
        <source>Writes skip the cache, reads do not: every read still asks the cache first.</source>
        <extracomment>caching, step 4, feedback on choice 2</extracomment>
        <translation>写入跳过缓存，但读取不会：每次读取仍然先询问缓存。</translation>
    </message>
    <message>
        <source>Right: nothing deletes entries, so the hit ratio is higher than with invalidation; it measures speed, not correctness.</source>
        <extracomment>caching, step 4, feedback on choice 3</extracomment>
        <translation>没错：没有任何东西删除条目，所以命中率比做失效时还高；它衡量的是速度，而不是正确性。</translation>
    </message>
    <message>
        <source>Without invalidation fewer entries are deleted, so fewer reads miss: the database gets less work, not more.</source>
        <extracomment>caching, step 4, feedback on choice 4</extracomment>
        <translation>不做失效时，被删除的条目更少，所以未命中的读取也更少：数据库的工作量变小了，而不是变大。</translation>
    </message>
    <message>
        <source>The hit ratio is about 0.66, a little higher than the 0.65 this site gets with invalidation, since nothing deletes entries; but about 7,200 of 18,000 hits returned an old value (5,400 to 9,700 over seeds 1 to 50). A fast cache that returns wrong answers is worse than no cache.</source>
        <extracomment>caching, step 4, answer explanation</extracomment>
        <translation>命中率约为 0.66，比这个网站做失效时的 0.65 略高，因为没有任何东西删除条目；但在 18,000 次命中中，约 7,200 次返回的是旧值（随机种子 1 到 50 下为 5,400 到 9,700 次）。一个会返回错误答案的快速缓存，比没有缓存还糟糕。</translation>
    </message>
    <message>
        <source>Explore: the TTL and stale hits</source>
        <extracomment>caching, step 5, title</extracomment>
        <translation>探索：TTL 与过期命中</translation>
    </message>
    <message>
        <source>&lt;p&gt;Without invalidation, only the TTL ends the life of an old value. Slide it from 1 s to 30 s and watch the &lt;b&gt;stale hits&lt;/b&gt;: reads the cache answered with a value older than the one in the database.&lt;/p&gt;&lt;p&gt;Ask the class: which TTL would you choose for the price of an item in a shop, and which for the list of countries in a form? A long TTL is right only for data that rarely changes, or where an old value does no harm. The band around the curve is wide: how many stale hits a run shows depends on which popular keys happen to be written while they are cached.&lt;/p&gt;</source>
        <extracomment>caching, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;不做失效时，只有 TTL 能终结旧值的寿命。把它从 1 s 滑动到 30 s，观察&lt;b&gt;过期命中&lt;/b&gt;：缓存用比数据库中更旧的值来响应的读取。&lt;/p&gt;&lt;p&gt;问问全班同学：商店里商品的价格，你会选择多长的 TTL？表单里的国家列表呢？只有对很少变化的数据，或者旧值不会造成危害的场合，长 TTL 才是合适的。曲线周围的区间很宽：一次运行中出现多少过期命中，取决于哪些热门键恰好在被缓存期间被写入。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stale hits in 30 s</source>
        <extracomment>caching, step 5, explore: the plotted figure&apos;s label</extracomment>
        <translation>30 s 内的过期命中数</translation>
    </message>
    <message>
        <source>&lt;p&gt;Same cache, same traffic, but &lt;b&gt;FIFO&lt;/b&gt;: when the cache is full, the entry that came in first goes out first.&lt;/p&gt;</source>
        <extracomment>caching, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;同样的缓存、同样的流量，但改用 &lt;b&gt;FIFO&lt;/b&gt;：缓存满了时，最先进入的条目最先被淘汰。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LFU reached a hit ratio of about 0.44. What does FIFO reach?</source>
        <extracomment>caching, step 7, question</extracomment>
        <translation>LFU 的命中率达到约 0.44。FIFO 能达到多少？</translation>
    </message>
    <message>
        <source>Higher: FIFO keeps the newest entries, the ones being read</source>
        <extracomment>caching, step 7, choice 1</extracomment>
        <translation>更高：FIFO 保留最新的条目，也就是正在被读取的那些</translation>
    </message>
    <message>
        <source>Lower, about 0.38</source>
        <extracomment>caching, step 7, choice 2</extracomment>
        <translation>更低，约 0.38</translation>
    </message>
    <message>
        <source>About the same: the cache&apos;s size decides, not the policy</source>
        <extracomment>caching, step 7, choice 3</extracomment>
        <translation>差不多：决定命中率的是缓存大小，而不是策略</translation>
    </message>
    <message>
        <source>Far lower, under 0.1</source>
        <extracomment>caching, step 7, choice 4</extracomment>
        <translation>低得多，不到 0.1</translation>
    </message>
    <message>
        <source>New entries are often one-off reads; FIFO keeps them and throws out a popular key just because it came in early.</source>
        <extracomment>caching, step 7, feedback on choice 1</extracomment>
        <translation>新条目往往只会被读取一次；FIFO 留着它们，却仅仅因为某个热门键进来得早就把它踢出去。</translation>
    </message>
    <message>
        <source>Right: FIFO throws popular keys out on schedule, and they must be read from the database again.</source>
        <extracomment>caching, step 7, feedback on choice 2</extracomment>
        <translation>没错：FIFO 按部就班地把热门键踢出去，它们只能再从数据库中读取。</translation>
    </message>
    <message>
        <source>Size matters, but with 200 slots for 10,000 keys, which entries stay matters as much.</source>
        <extracomment>caching, step 7, feedback on choice 3</extracomment>
        <translation>大小确实重要，但用 200 个槽位应对 10,000 个键时，哪些条目能留下来同样重要。</translation>
    </message>
    <message>
        <source>A popular key evicted by FIFO is read again and cached again quickly, so FIFO still answers many reads.</source>
        <extracomment>caching, step 7, feedback on choice 4</extracomment>
        <translation>被 FIFO 淘汰的热门键很快就会被再次读取、再次缓存，所以 FIFO 仍能响应许多读取。</translation>
    </message>
    <message>
        <source>The hit ratio falls from 0.44 to 0.38 and db1 answers about 1,600 more requests: even the most asked-for key is thrown out regularly. LRU lands in between, at 0.41.</source>
        <extracomment>caching, step 7, answer explanation</extracomment>
        <translation>命中率从 0.44 降到 0.38，db1 多响应了约 1,600 个请求：就连被请求得最多的键也会被定期踢出去。LRU 介于两者之间，为 0.41。</translation>
    </message>
    <message>
        <source>Explore: how big a cache?</source>
        <extracomment>caching, step 8, title</extracomment>
        <translation>探索：缓存该有多大？</translation>
    </message>
    <message>
        <source>&lt;p&gt;Memory is expensive, so how many keys should the cache hold? Slide the &lt;b&gt;capacity&lt;/b&gt; of cache1 from 50 to 5,000 of the 10,000 keys. Before you do, predict: does a cache twice as big answer twice as many reads?&lt;/p&gt;&lt;p&gt;Look at the first steps of the curve. A few popular keys get most of the reads, so a small cache already answers a good share of them; each further thousand keys adds fewer hits, because the keys it adds are read less and less often.&lt;/p&gt;</source>
        <extracomment>caching, step 8, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;内存很贵，那么缓存应该容纳多少个键？把 cache1 的&lt;b&gt;容量&lt;/b&gt;从 10,000 个键中的 50 个滑动到 5,000 个。动手之前先预测一下：缓存大一倍，响应的读取就会多一倍吗？&lt;/p&gt;&lt;p&gt;看看曲线开头的那几步。少数几个热门键占了大部分读取，所以一个小缓存就已经能响应其中相当大的一部分；此后每多一千个键，增加的命中就更少，因为新加进来的键被读取得越来越少。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Capacity of cache1 (keys)</source>
        <extracomment>caching, step 8, explore: the slider&apos;s label</extracomment>
        <translation>cache1 的容量（键）</translation>
    </message>
    <message>
        <source>The cache dies</source>
        <extracomment>caching, step 9, title</extracomment>
        <translation>缓存宕机</translation>
    </message>
    <message>
        <source>Much slower answers, and some requests dropped</source>
        <extracomment>caching, step 9, choice 1</extracomment>
        <translation>响应慢得多，还有一些请求被丢弃</translation>
    </message>
    <message>
        <source>Nothing: the database has all the data</source>
        <extracomment>caching, step 9, choice 2</extracomment>
        <translation>没有影响：数据库拥有全部数据</translation>
    </message>
    <message>
        <source>Errors on every read until the cache is back</source>
        <extracomment>caching, step 9, choice 3</extracomment>
        <translation>在缓存恢复之前，每次读取都出错</translation>
    </message>
    <message>
        <source>Slightly slower answers, a few ms more per read</source>
        <extracomment>caching, step 9, choice 4</extracomment>
        <translation>响应略慢，每次读取多几 ms</translation>
    </message>
    <message>
        <source>Right: every read now lands on a database sized for the misses only.</source>
        <extracomment>caching, step 9, feedback on choice 1</extracomment>
        <translation>没错：现在每次读取都落到一个只按未命中量来配置的数据库上。</translation>
    </message>
    <message>
        <source>It has the data but not the capacity: its 8 workers were sized for the misses only.</source>
        <extracomment>caching, step 9, feedback on choice 2</extracomment>
        <translation>它有数据，但没有那么大的处理能力：它的 8 个工作线程是只按未命中量来配置的。</translation>
    </message>
    <message>
        <source>A dead cache is a miss for every read: the web servers read the database instead.</source>
        <extracomment>caching, step 9, feedback on choice 3</extracomment>
        <translation>缓存宕机相当于每次读取都未命中：Web 服务器改为读取数据库。</translation>
    </message>
    <message>
        <source>That would be so if db1 had room; here its queue fills and requests wait hundreds of ms.</source>
        <extracomment>caching, step 9, feedback on choice 4</extracomment>
        <translation>如果 db1 还有余量，确实如此；但这里它的队列会被填满，请求要等待数百 ms。</translation>
    </message>
    <message>
        <source>Every read now goes to db1. It answers about 15,000 requests in 15 s, all that 8 workers can, while more arrive: its queue fills, the 95th percentile (p95: 95 % of requests are faster) rises from 39 ms to about 420 ms and about 850 to 1,400 requests are dropped. Several cache servers, or a standby gutter pool, protect the database.</source>
        <extracomment>caching, step 9, answer explanation</extracomment>
        <translation>现在每次读取都发往 db1。它在 15 s 内响应了约 15,000 个请求，这已是 8 个工作线程的极限，而更多请求仍在不断到达：它的队列被填满，第 95 百分位数（p95：95% 的请求比它快）从 39 ms 升到约 420 ms，约 850 到 1,400 个请求被丢弃。多台缓存服务器，或者一个待命的 Gutter 后备池（gutter pool），可以保护数据库。</translation>
    </message>
    <message>
        <source>Challenge: survive the cache dying</source>
        <extracomment>caching, step 10, title</extracomment>
        <translation>挑战：挺过缓存宕机</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your turn. The same database, with its 8 workers, and the same 1,100 requests a second. This time &lt;b&gt;cache1&lt;/b&gt; dies at 5 s and does not come back. Change the design so that users hardly notice.&lt;/p&gt;</source>
        <extracomment>caching, step 10, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;轮到你了。同样的数据库，同样的 8 个工作线程，同样的每秒 1,100 个请求。这一次 &lt;b&gt;cache1&lt;/b&gt; 在第 5 s 宕机，并且不会恢复。请修改设计，让用户几乎察觉不到。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 1,100 requests a second, with cache1 dead from 5 s: keep the 95th percentile under &lt;b&gt;100 ms&lt;/b&gt; and drop &lt;b&gt;no request&lt;/b&gt;, with at most &lt;b&gt;3 cache servers&lt;/b&gt;. The database stays as it is.&lt;/p&gt;</source>
        <extracomment>caching, step 10, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在每秒 1,100 个请求、cache1 从第 5 s 起宕机的情况下：让第 95 百分位数保持在 &lt;b&gt;100 ms&lt;/b&gt; 以下，并且&lt;b&gt;不丢弃任何请求&lt;/b&gt;，最多使用 &lt;b&gt;3 台缓存服务器&lt;/b&gt;。数据库保持不变。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The 95th percentile stays under 100 ms.</source>
        <extracomment>caching, step 10, challenge goal latency_ms.p95 &lt; 100</extracomment>
        <translation>第 95 百分位数保持在 100 ms 以下。</translation>
    </message>
    <message>
        <source>No request is dropped.</source>
        <extracomment>caching, step 10, challenge goal requests.dropped == 0</extracomment>
        <translation>没有任何请求被丢弃。</translation>
    </message>
    <message>
        <source>With a single cache, every key it held lands on the database at once. How could the death of one cache server cost only some of the keys?</source>
        <extracomment>caching, step 10, challenge hint 1</extracomment>
        <translation>只有一个缓存时，它保存的每个键都会同时落到数据库上。怎样才能让一台缓存服务器宕机只影响一部分键？</translation>
    </message>
    <message>
        <source>Several caches linked to the same web servers share the keys between them: each holds its part, and a dead one loses only its part.</source>
        <extracomment>caching, step 10, challenge hint 2</extracomment>
        <translation>连接到同一批 Web 服务器的多个缓存会在彼此之间分摊这些键：每个缓存保存自己的那一部分，宕机的那个只会丢失它自己的那部分。</translation>
    </message>
    <message>
        <source>Add two caches like cache1 (1,000 keys, TTL 60 s) and link each one from web1 and from web2.</source>
        <extracomment>caching, step 10, challenge hint 3</extracomment>
        <translation>添加两个和 cache1 一样的缓存（1,000 个键，TTL 60 s），并让 web1 和 web2 都连接到每一个缓存。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Static files come from &lt;b&gt;assets&lt;/b&gt;, a storage bucket in the US: the &lt;b&gt;origin&lt;/b&gt;, where the original files live. Users in Europe and the US each ask their nearest &lt;b&gt;edge&lt;/b&gt;. On a miss the edge fetches the file from the origin and keeps it for a day, its &lt;b&gt;TTL&lt;/b&gt; (time to live); the next user who asks gets it from the edge.&lt;/p&gt;</source>
        <extracomment>cdn, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;静态文件来自 &lt;b&gt;assets&lt;/b&gt;，一个位于美国的存储桶：它就是&lt;b&gt;源站&lt;/b&gt;，原始文件存放的地方。欧洲和美国的用户各自请求离自己最近的&lt;b&gt;边缘节点&lt;/b&gt;。未命中时，边缘节点从源站获取文件并保存一天，这就是它的 &lt;b&gt;TTL&lt;/b&gt;（存活时间）；下一个请求该文件的用户就能从边缘节点获取。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Straight from the origin, a European user waited about 230 ms for each file. With the edges, what is the median time (half of the files come faster)?</source>
        <extracomment>cdn, step 1, question</extracomment>
        <translation>直接从源站获取时，欧洲用户每个文件要等约 230 ms。有了边缘节点之后，耗时的中位数是多少（一半的文件比它快）？</translation>
    </message>
    <message>
        <source>About 2 ms</source>
        <extracomment>cdn, step 1, choice 4</extracomment>
        <translation>约 2 ms</translation>
    </message>
    <message>
        <source>That would be so if most requests missed; popular files are hits on the nearby edge.</source>
        <extracomment>cdn, step 1, feedback on choice 1</extracomment>
        <translation>如果大部分请求都未命中，确实会这样；但热门文件会在附近的边缘节点上命中。</translation>
    </message>
    <message>
        <source>More than half of the files are hits, so the median file is a hit, not a mix of hits and misses.</source>
        <extracomment>cdn, step 1, feedback on choice 2</extracomment>
        <translation>超过一半的文件都是命中，所以处于中位数的那个文件是一次命中，而不是命中与未命中的混合。</translation>
    </message>
    <message>
        <source>Right: the median request is a hit on an edge a short hop away.</source>
        <extracomment>cdn, step 1, feedback on choice 3</extracomment>
        <translation>没错：处于中位数的请求，是在近在咫尺的边缘节点上的一次命中。</translation>
    </message>
    <message>
        <source>Even a hit crosses the network to the edge and back: about 20 ms here.</source>
        <extracomment>cdn, step 1, feedback on choice 4</extracomment>
        <translation>即使是命中，也要经过网络到达边缘节点再返回：这里约需 20 ms。</translation>
    </message>
    <message>
        <source>Most files are hits on a nearby edge: the median takes 21 ms. The edges sent 86 % of the bytes, an offload of 0.86 (the share of bytes the edges send instead of the origin), and the origin answered about 3,400 requests instead of 30,000.</source>
        <extracomment>cdn, step 1, answer explanation</extracomment>
        <translation>大部分文件都在附近的边缘节点上命中：中位数为 21 ms。边缘节点发送了 86% 的字节，卸载率为 0.86（由边缘节点而不是源站发送的字节所占的比例），源站只响应了约 3,400 个请求，而不是 30,000 个。</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s &lt;b&gt;edge-eu&lt;/b&gt; dies, and comes back at 40 s, empty. A European client that gets no answer from its edge within 3 s stops waiting for it.&lt;/p&gt;</source>
        <extracomment>cdn, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在第 20 s，&lt;b&gt;edge-eu&lt;/b&gt; 宕机，在第 40 s 恢复，但里面是空的。欧洲的客户端如果在 3 s 内没有收到其边缘节点的响应，就不再等待它。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>All European requests, until the edge is back</source>
        <extracomment>cdn, step 2, choice 1</extracomment>
        <translation>所有欧洲请求，直到边缘节点恢复</translation>
    </message>
    <message>
        <source>Only the requests that hit the 3 s timeout</source>
        <extracomment>cdn, step 2, choice 2</extracomment>
        <translation>只有遇到 3 s 超时的那些请求</translation>
    </message>
    <message>
        <source>Clients are not tied to their edge: after the timeout they fetch from the origin.</source>
        <extracomment>cdn, step 2, feedback on choice 1</extracomment>
        <translation>客户端并没有被绑死在自己的边缘节点上：超时之后，它们会从源站获取。</translation>
    </message>
    <message>
        <source>Those wait, but they do not fail: the client asks the origin next.</source>
        <extracomment>cdn, step 2, feedback on choice 2</extracomment>
        <translation>这些请求要等待，但不会失败：客户端接下来会去请求源站。</translation>
    </message>
    <message>
        <source>Right: after the timeout each client fetches from the origin itself, slower but working.</source>
        <extracomment>cdn, step 2, feedback on choice 3</extracomment>
        <translation>没错：超时之后，每个客户端都自己从源站获取，虽然慢一些，但能正常工作。</translation>
    </message>
    <message>
        <source>None fail: about 1,500 requests waited out the 3 s timeout and then fetched from the origin, and for 30 s after that the clients went straight to the origin. The cost is speed, the slowest 1 % took 3.2 s, and the origin sent 3.8 GB instead of 0.8 GB in the minute.</source>
        <extracomment>cdn, step 2, answer explanation</extracomment>
        <translation>一个也没有失败：约 1,500 个请求等完了 3 s 的超时，然后从源站获取；此后 30 s 内，客户端都直接访问源站。代价是速度：最慢的 1% 请求耗时 3.2 s，而且这一分钟内源站发送了 3.8 GB，而不是 0.8 GB。</translation>
    </message>
    <message>
        <source>&lt;p&gt;We deploy new files, but every edge holds the old ones for a day. At 30 s we &lt;b&gt;invalidate&lt;/b&gt; /static/*. The message takes 5 s to reach the edges; then they drop their copies.&lt;/p&gt;</source>
        <extracomment>cdn, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;我们部署了新文件，但每个边缘节点都会把旧文件保留一天。在第 30 s，我们让 /static/* &lt;b&gt;失效&lt;/b&gt;。这条消息需要 5 s 才能到达边缘节点；之后它们会丢弃自己的副本。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fewer: the edges have room again</source>
        <extracomment>cdn, step 3, choice 2</extracomment>
        <translation>更少：边缘节点又有空间了</translation>
    </message>
    <message>
        <source>Right: each file the edges held is fetched from the origin once more.</source>
        <extracomment>cdn, step 3, feedback on choice 1</extracomment>
        <translation>没错：边缘节点保存过的每个文件都要再从源站获取一次。</translation>
    </message>
    <message>
        <source>Room does not help: a dropped file is not in the cache, so the next request for it is a miss.</source>
        <extracomment>cdn, step 3, feedback on choice 2</extracomment>
        <translation>有空间也没用：被丢弃的文件不在缓存中，所以对它的下一个请求就是未命中。</translation>
    </message>
    <message>
        <source>The edges threw away every copy: each file they held costs one more miss.</source>
        <extracomment>cdn, step 3, feedback on choice 3</extracomment>
        <translation>边缘节点扔掉了所有副本：它们保存过的每个文件都会多带来一次未命中。</translation>
    </message>
    <message>
        <source>Each dropped file is missed once and then cached again: the misses do not go on.</source>
        <extracomment>cdn, step 3, feedback on choice 4</extracomment>
        <translation>每个被丢弃的文件只会未命中一次，然后就被重新缓存：未命中不会一直持续下去。</translation>
    </message>
    <message>
        <source>They are invalidated automatically</source>
        <extracomment>cdn, step 4, choice 1</extracomment>
        <translation>它们会被自动失效</translation>
    </message>
    <message>
        <source>They are overwritten by the new files</source>
        <extracomment>cdn, step 4, choice 3</extracomment>
        <translation>它们会被新文件覆盖</translation>
    </message>
    <message>
        <source>Users keep getting them until they expire</source>
        <extracomment>cdn, step 4, choice 4</extracomment>
        <translation>用户会一直拿到它们，直到它们过期</translation>
    </message>
    <message>
        <source>Nothing invalidates them: nobody asks for the old names any more, that is all.</source>
        <extracomment>cdn, step 4, feedback on choice 1</extracomment>
        <translation>没有任何东西让它们失效：只是再也没有人请求旧文件名了，仅此而已。</translation>
    </message>
    <message>
        <source>Right: they just sit there, unused, until the edge drops them.</source>
        <extracomment>cdn, step 4, feedback on choice 2</extracomment>
        <translation>没错：它们只是待在那里，无人使用，直到边缘节点把它们丢弃。</translation>
    </message>
    <message>
        <source>The new files have new names: app.v2.css is a different key from app.css.</source>
        <extracomment>cdn, step 4, feedback on choice 3</extracomment>
        <translation>新文件有新名字：app.v2.css 和 app.css 是不同的键。</translation>
    </message>
    <message>
        <source>The pages now link the new names, so no user asks for the old files.</source>
        <extracomment>cdn, step 4, feedback on choice 4</extracomment>
        <translation>页面现在链接的是新文件名，所以没有用户会请求旧文件。</translation>
    </message>
    <message>
        <source>Five million files</source>
        <extracomment>cdn, step 5, title</extracomment>
        <translation>500 万个文件</translation>
    </message>
    <message>
        <source>Served from the origin alone, this traffic costs $0.55. What is the bill with the CDN, in dollars?</source>
        <extracomment>cdn, step 5, question</extracomment>
        <translation>只由源站提供服务时，这些流量的费用是 $0.55。使用 CDN 时，账单是多少美元？</translation>
    </message>
    <message>
        <source>USD</source>
        <extracomment>cdn, step 5, unit of the predicted number</extracomment>
        <translation>美元</translation>
    </message>
    <message>
        <source>Nearly every request is a miss, paid twice: the origin&apos;s host bills the fill, the CDN the delivery. $1.10 against $0.55 without a CDN, and not one bit faster. Twice rests on this example&apos;s prices: the origin&apos;s host bills a fill at the same $0.09/GB as a delivery. From an origin in the CDN&apos;s own cloud (S3 behind CloudFront) fills are free: the bill would be about the $0.55 of no CDN.</source>
        <extracomment>cdn, step 5, answer explanation</extracomment>
        <translation>几乎每个请求都是未命中，要付两次钱：源站的托管方对填充收费，CDN 对分发收费。共 $1.10，而不用 CDN 只要 $0.55，而且一点也没有变快。“两倍”取决于这个例子的价格：源站的托管方对填充的收费与分发相同，都是 $0.09/GB。如果源站就在 CDN 自己的云里（CloudFront 后面的 S3），填充是免费的：账单大约就是不用 CDN 时的 $0.55。</translation>
    </message>
    <message>
        <source>It stays above 0.9: the files are the same</source>
        <extracomment>cdn, step 6, choice 1</extracomment>
        <translation>保持在 0.9 以上：文件都是一样的</translation>
    </message>
    <message>
        <source>It falls to about half</source>
        <extracomment>cdn, step 6, choice 2</extracomment>
        <translation>降到一半左右</translation>
    </message>
    <message>
        <source>It falls below 0.2</source>
        <extracomment>cdn, step 6, choice 3</extracomment>
        <translation>降到 0.2 以下</translation>
    </message>
    <message>
        <source>The edge cannot tell they are the same: a different key is a different entry, fetched again from the origin.</source>
        <extracomment>cdn, step 6, feedback on choice 1</extracomment>
        <translation>边缘节点看不出它们是一样的：不同的键就是不同的条目，要再从源站获取一次。</translation>
    </message>
    <message>
        <source>That would be so if a few users shared each copy; with a session cookie in the key no copy is shared at all.</source>
        <extracomment>cdn, step 6, feedback on choice 2</extracomment>
        <translation>如果每份副本由几个用户共享，确实会这样；但缓存键中有会话 Cookie 时，没有任何副本是共享的。</translation>
    </message>
    <message>
        <source>Right: a copy made for one user is useless to the next, so almost every request misses.</source>
        <extracomment>cdn, step 6, feedback on choice 3</extracomment>
        <translation>没错：为一个用户生成的副本对下一个用户毫无用处，所以几乎每个请求都未命中。</translation>
    </message>
    <message>
        <source>Challenge: one copy per language</source>
        <extracomment>cdn, step 7, title</extracomment>
        <translation>挑战：每种语言一份副本</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your turn. These pages come in five languages, but they are the same for every user: the session cookie changes nothing in them. Make the edges useful again without ever sending a page in the wrong language.&lt;/p&gt;</source>
        <extracomment>cdn, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;轮到你了。这些页面有五种语言版本，但对每个用户都是一样的：会话 Cookie 不会改变页面中的任何内容。请让边缘节点重新发挥作用，同时绝不能发送错误语言的页面。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The median answer takes under 30 ms.</source>
        <extracomment>cdn, step 7, challenge goal latency_ms.p50 &lt; 30</extracomment>
        <translation>响应时间的中位数低于 30 ms。</translation>
    </message>
    <message>
        <source>How many copies of one file can an edge hold now? Count the users, then the languages.</source>
        <extracomment>cdn, step 7, challenge hint 1</extracomment>
        <translation>现在一个边缘节点能为同一个文件保存多少份副本？先数用户，再数语言。</translation>
    </message>
    <message>
        <source>Which part of the cache key changes the page a user gets, and which only makes every copy private?</source>
        <extracomment>cdn, step 7, challenge hint 2</extracomment>
        <translation>缓存键中的哪一部分会改变用户拿到的页面，哪一部分只会让每份副本都变成私有的？</translation>
    </message>
    <message>
        <source>Take the cookies out of the cache key on both edges; keep Accept-Language in it.</source>
        <extracomment>cdn, step 7, challenge hint 3</extracomment>
        <translation>在两个边缘节点上都把 Cookie 从缓存键中去掉；保留其中的 Accept-Language。</translation>
    </message>
    <message>
        <source>The primary dies</source>
        <extracomment>failover, step 1, title</extracomment>
        <translation>主库宕机</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s the primary &lt;b&gt;db1&lt;/b&gt; dies. Reads carry on from the replicas, but writes have nowhere to go. After 5 s the most up-to-date replica, &lt;b&gt;db2&lt;/b&gt;, is &lt;b&gt;promoted&lt;/b&gt;: it becomes the primary and takes the writes. Handing the primary&apos;s job to another database like this is &lt;b&gt;failover&lt;/b&gt;. Replication is asynchronous: db1 answers &quot;saved&quot; as soon as it has committed a write, and ships it to the replicas afterwards.&lt;/p&gt;</source>
        <extracomment>failover, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在第 20 s，主库 &lt;b&gt;db1&lt;/b&gt; 宕机。读取继续由从库提供，但写入无处可去。5 s 后，数据最新的从库 &lt;b&gt;db2&lt;/b&gt; 被&lt;b&gt;提升为主库&lt;/b&gt;：它成为主库并接收写入。像这样把主库的职责交给另一个数据库，就是&lt;b&gt;故障转移&lt;/b&gt;。复制是异步的：db1 一提交写入就回复“已保存”，之后才把它发送给从库。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Yes: db2 is a copy of db1</source>
        <extracomment>failover, step 1, choice 1</extracomment>
        <translation>是的：db2 是 db1 的副本</translation>
    </message>
    <message>
        <source>Yes: the promotion waits until db2 has caught up</source>
        <extracomment>failover, step 1, choice 2</extracomment>
        <translation>是的：提升会等到 db2 追上进度之后才进行</translation>
    </message>
    <message>
        <source>No: the writes db1 had not shipped yet are gone</source>
        <extracomment>failover, step 1, choice 3</extracomment>
        <translation>没有：db1 还没发送出去的写入丢失了</translation>
    </message>
    <message>
        <source>No: every write of the 5 s without a primary is lost</source>
        <extracomment>failover, step 1, choice 4</extracomment>
        <translation>没有：没有主库的那 5 s 内，每一次写入都丢失了</translation>
    </message>
    <message>
        <source>A copy only of what db1 shipped: with asynchronous replication db1 says &quot;saved&quot; before the replicas have the write.</source>
        <extracomment>failover, step 1, feedback on choice 1</extracomment>
        <translation>它只是 db1 已发送内容的副本：在异步复制中，db1 在从库拿到写入之前就说了“已保存”。</translation>
    </message>
    <message>
        <source>db2 can catch up only with what db1 sent; what db1 never shipped died with it.</source>
        <extracomment>failover, step 1, feedback on choice 2</extracomment>
        <translation>db2 只能追上 db1 已发出的内容；db1 从未发送的内容已随它一起消失。</translation>
    </message>
    <message>
        <source>Right: those writes existed only on db1.</source>
        <extracomment>failover, step 1, feedback on choice 3</extracomment>
        <translation>没错：这些写入只存在于 db1 上。</translation>
    </message>
    <message>
        <source>Those writes were refused, not lost: their users got an error and were never told &quot;saved&quot;.</source>
        <extracomment>failover, step 1, feedback on choice 4</extracomment>
        <translation>这些写入是被拒绝了，而不是丢失了：它们的用户收到了错误，从未被告知“已保存”。</translation>
    </message>
    <message>
        <source>A handful of acknowledged writes, about ten (5 to 20 depending on the seed), existed only on db1 and were lost: their users were told &quot;saved&quot;. About 600 writes failed, with an error, during the 5 s without a primary.</source>
        <extracomment>failover, step 1, answer explanation</extracomment>
        <translation>少数几次已确认的写入，约十次（取决于随机种子，5 到 20 次），只存在于 db1 上，因而丢失了：它们的用户都被告知了“已保存”。在没有主库的那 5 s 内，约 600 次写入失败并返回了错误。</translation>
    </message>
    <message>
        <source>None: db2 takes over before anything is lost</source>
        <extracomment>failover, step 2, choice 1</extracomment>
        <translation>一次也不会：db2 在任何写入丢失之前就接管了</translation>
    </message>
    <message>
        <source>Fewer: there is less time without a primary</source>
        <extracomment>failover, step 2, choice 2</extracomment>
        <translation>更少：没有主库的时间更短了</translation>
    </message>
    <message>
        <source>More: a hasty promotion skips the catch-up</source>
        <extracomment>failover, step 2, choice 3</extracomment>
        <translation>更多：仓促的提升跳过了追赶进度的过程</translation>
    </message>
    <message>
        <source>The same as with 5 s</source>
        <extracomment>failover, step 2, choice 4</extracomment>
        <translation>和 5 s 时一样多</translation>
    </message>
    <message>
        <source>Speed does not help writes that were never shipped: they were lost the moment db1 died.</source>
        <extracomment>failover, step 2, feedback on choice 1</extracomment>
        <translation>速度帮不了从未发送出去的写入：db1 宕机的那一刻，它们就已经丢失了。</translation>
    </message>
    <message>
        <source>Less time refusing writes, yes; but a refused write is an error, not a lost write.</source>
        <extracomment>failover, step 2, feedback on choice 2</extracomment>
        <translation>拒绝写入的时间确实更短了；但被拒绝的写入是一个错误，而不是一次丢失的写入。</translation>
    </message>
    <message>
        <source>db2 applies everything db1 shipped either way; the unshipped writes are the same however long we wait.</source>
        <extracomment>failover, step 2, feedback on choice 3</extracomment>
        <translation>无论如何，db2 都会应用 db1 已发送的所有内容；不管等多久，未发送的写入都是同样那些。</translation>
    </message>
    <message>
        <source>Right: the lost writes are the ones db1 never shipped, decided when it died.</source>
        <extracomment>failover, step 2, feedback on choice 4</extracomment>
        <translation>没错：丢失的写入是 db1 从未发送出去的那些，在它宕机时就已经注定了。</translation>
    </message>
    <message>
        <source>The outage shrinks, about 120 failed writes instead of 600, but the same acknowledged writes are lost: they were never shipped, however soon we promote.</source>
        <extracomment>failover, step 2, answer explanation</extracomment>
        <translation>故障时间缩短了，失败的写入约 120 次，而不是 600 次；但丢失的已确认写入还是同样那些：它们从未被发送出去，无论多快提升都一样。</translation>
    </message>
    <message>
        <source>Ship delay and lost writes</source>
        <extracomment>failover, step 3, title</extracomment>
        <translation>发送延迟与丢失的写入</translation>
    </message>
    <message>
        <source>&lt;p&gt;The writes lost at a failover are the ones db1 had acknowledged but not yet shipped when it died. Move the slider to change the ship delay from 0 to 1 second; db1 still dies at 20 s and db2 is promoted 5 s later.&lt;/p&gt;&lt;p&gt;Before you move it: what shape will the curve take? About 120 writes arrive each second (30 % of 400 requests). How many would you expect to lose at 500 ms? What does the curve say about a replica in a data centre far away, chosen as the one to promote?&lt;/p&gt;</source>
        <extracomment>failover, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;故障转移时丢失的写入，是 db1 宕机时已经确认、但还没发送出去的那些。移动滑块，把发送延迟从 0 调到 1 秒；db1 仍在第 20 s 宕机，db2 在 5 s 后被提升为主库。&lt;/p&gt;&lt;p&gt;移动之前先想一想：曲线会是什么形状？每秒约有 120 次写入到达（400 个请求的 30%）。在 500 ms 时，你预计会丢失多少次？如果一个位于遥远数据中心的从库被选为提升对象，这条曲线说明了什么？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ship delay (ms)</source>
        <extracomment>failover, step 3, explore: the slider&apos;s label</extracomment>
        <translation>发送延迟（ms）</translation>
    </message>
    <message>
        <source>Acknowledged writes lost</source>
        <extracomment>failover, step 3, explore: the plotted figure&apos;s label</extracomment>
        <translation>丢失的已确认写入</translation>
    </message>
    <message>
        <source>&lt;p&gt;The primary wrote every committed write to its &lt;b&gt;binary log&lt;/b&gt; on disk. Before db2 is promoted, a recovery step reads the dead primary&apos;s binlog and replays the writes db2 is missing. This takes 2 s. It works only because db1 crashed but its disk survived: a lost disk takes the binlog with it.&lt;/p&gt;</source>
        <extracomment>failover, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;主库把每一次已提交的写入都记录在磁盘上的&lt;b&gt;二进制日志&lt;/b&gt;中。在 db2 被提升为主库之前，一个恢复步骤会读取已宕机主库的 binlog，并重放 db2 缺失的写入。这需要 2 s。只有在 db1 崩溃了但磁盘完好无损时，这才行得通：磁盘丢了，binlog 也会随之丢失。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing: the replay runs in the background</source>
        <extracomment>failover, step 4, choice 4</extracomment>
        <translation>没有代价：重放在后台进行</translation>
    </message>
    <message>
        <source>Right: writes are refused until the replay is done.</source>
        <extracomment>failover, step 4, feedback on choice 1</extracomment>
        <translation>没错：在重放完成之前，写入都会被拒绝。</translation>
    </message>
    <message>
        <source>The binlog holds every committed write, and db1&apos;s disk survived here: none is lost.</source>
        <extracomment>failover, step 4, feedback on choice 2</extracomment>
        <translation>binlog 保存着每一次已提交的写入，而且这里 db1 的磁盘完好无损：一次写入也不会丢失。</translation>
    </message>
    <message>
        <source>Once replayed, db2 has every write; replication then carries on as before.</source>
        <extracomment>failover, step 4, feedback on choice 3</extracomment>
        <translation>重放完成后，db2 就拥有了每一次写入；之后复制照常进行。</translation>
    </message>
    <message>
        <source>db2 must have the old writes before it takes new ones, or they would land in the wrong order: writes wait.</source>
        <extracomment>failover, step 4, feedback on choice 4</extracomment>
        <translation>db2 必须先拥有旧的写入，才能接收新的写入，否则它们的顺序就会错乱：写入只能等待。</translation>
    </message>
    <message>
        <source>All the missing writes were replayed and none was lost. Writes were refused for 2 s longer: about 850 errors instead of 600.</source>
        <extracomment>failover, step 4, answer explanation</extracomment>
        <translation>所有缺失的写入都被重放了，一次也没有丢失。写入被拒绝的时间多了 2 s：约 850 个错误，而不是 600 个。</translation>
    </message>
    <message>
        <source>Some acknowledged writes are still lost</source>
        <extracomment>failover, step 5, choice 2</extracomment>
        <translation>仍然会丢失一些已确认的写入</translation>
    </message>
    <message>
        <source>Slower reads: replicas must confirm first</source>
        <extracomment>failover, step 5, choice 3</extracomment>
        <translation>读取变慢：从库必须先确认</translation>
    </message>
    <message>
        <source>Nothing: only the moment of the answer changes</source>
        <extracomment>failover, step 5, choice 4</extracomment>
        <translation>没有代价：只是回复的时机变了</translation>
    </message>
    <message>
        <source>Right: each write waits for a replica before the user hears &quot;saved&quot;.</source>
        <extracomment>failover, step 5, feedback on choice 1</extracomment>
        <translation>没错：每次写入都要等待一个从库，用户才会听到“已保存”。</translation>
    </message>
    <message>
        <source>A write is acknowledged only once a replica has it, so the primary&apos;s death loses none.</source>
        <extracomment>failover, step 5, feedback on choice 2</extracomment>
        <translation>只有当某个从库拿到了写入，这次写入才会被确认，所以主库宕机不会丢失任何已确认的写入。</translation>
    </message>
    <message>
        <source>Reads do not wait for replication; replicas answer them as before, sometimes with an old value.</source>
        <extracomment>failover, step 5, feedback on choice 3</extracomment>
        <translation>读取不会等待复制；从库照常响应读取，有时返回的是旧值。</translation>
    </message>
    <message>
        <source>That moment is the cost: each write now waits for a round trip to a replica.</source>
        <extracomment>failover, step 5, feedback on choice 4</extracomment>
        <translation>这个时机正是代价所在：现在每次写入都要等待到从库的一次往返。</translation>
    </message>
    <message>
        <source>No acknowledged write is lost. But the slowest requests, the writes, now take about 140 ms at the 95th percentile (p95: 95 % of requests are faster) instead of 37 ms. And replicas are not fresh: about 1,400 reads are still stale (2,800 with async), because semi-sync waits for the relay log, not for the apply. Semi-sync protects acknowledged writes, not freshness.</source>
        <extracomment>failover, step 5, answer explanation</extracomment>
        <translation>没有丢失任何已确认的写入。但最慢的那些请求，也就是写入，现在的第 95 百分位数（p95：95% 的请求比它快）约为 140 ms，而不是 37 ms。而且从库的数据并不新鲜：仍有约 1,400 次读取是过期的（异步时为 2,800 次），因为半同步等待的是中继日志，而不是应用。半同步保护的是已确认的写入，而不是数据新鲜度。</translation>
    </message>
    <message>
        <source>Challenge: lose nothing, stay fast</source>
        <extracomment>failover, step 6, title</extracomment>
        <translation>挑战：一点不丢，依然快速</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to the first step: asynchronous replication, and &lt;b&gt;db1&lt;/b&gt; dies at 20 s. Writes whose users were told &quot;saved&quot; are lost when db2 is promoted: 5 to 20 of them, depending on the run. You have seen more than one way to keep them; they do not cost the same.&lt;/p&gt;</source>
        <extracomment>failover, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;回到第一步：异步复制，&lt;b&gt;db1&lt;/b&gt; 在第 20 s 宕机。当 db2 被提升为主库时，那些用户已被告知“已保存”的写入丢失了：视运行情况而定，有 5 到 20 次。你已经见过不止一种保住它们的方法；它们的代价并不相同。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;db1 still dies at 20 s. Lose no acknowledged write, and keep the p95 under 80 ms.&lt;/p&gt;</source>
        <extracomment>failover, step 6, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;db1 仍在第 20 s 宕机。不丢失任何已确认的写入，并让 p95 保持在 80 ms 以下。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>95 of every 100 answers take under 80 ms.</source>
        <extracomment>failover, step 6, challenge goal latency_ms.p95 &lt; 80</extracomment>
        <translation>每 100 个响应中有 95 个耗时低于 80 ms。</translation>
    </message>
    <message>
        <source>Semi-synchronous replication loses nothing. What did it do to the p95?</source>
        <extracomment>failover, step 6, challenge hint 1</extracomment>
        <translation>半同步复制不会丢失任何东西。它对 p95 有什么影响？</translation>
    </message>
    <message>
        <source>A write that only db1 acknowledged is not gone for good: db1 wrote it to its binary log on disk before it answered.</source>
        <extracomment>failover, step 6, challenge hint 2</extracomment>
        <translation>只有 db1 确认过的写入并没有永远消失：db1 在回复之前，已经把它写入了磁盘上的二进制日志。</translation>
    </message>
    <message>
        <source>Keep asynchronous replication, and let the failover replay the dead primary&apos;s binlog before db2 is promoted.</source>
        <extracomment>failover, step 6, challenge hint 3</extracomment>
        <translation>保留异步复制，并让故障转移在提升 db2 之前重放已宕机主库的 binlog。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Two servers behind a round-robin balancer, 800 requests a second. At 30 s &lt;b&gt;web2&lt;/b&gt; crashes. This balancer never checks its servers.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;一个轮询负载均衡器后面有两台服务器，每秒 800 个请求。在第 30 s，&lt;b&gt;web2&lt;/b&gt; 崩溃。这个负载均衡器从不检查它的服务器。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>After web2 crashes, what percentage of the requests fails?</source>
        <extracomment>health-and-sessions, step 1, question</extracomment>
        <translation>web2 崩溃后，百分之多少的请求会失败？</translation>
    </message>
    <message>
        <source>%</source>
        <extracomment>health-and-sessions, step 1, unit of the predicted number</extracomment>
        <translation>%</translation>
    </message>
    <message>
        <source>Round robin still gives the dead web2 every other turn: about 12,000 of the 24,000 requests of the last 30 s fail, half, while web1 has room to take them all.</source>
        <extracomment>health-and-sessions, step 1, answer explanation</extracomment>
        <translation>轮询仍然每隔一轮就把请求交给已宕机的 web2：最后 30 s 的 24,000 个请求中约有 12,000 个失败，也就是一半，而 web1 其实有余量把它们全部接下来。</translation>
    </message>
    <message>
        <source>web2 dies at 20.5 s. For about how many seconds do requests keep failing?</source>
        <extracomment>health-and-sessions, step 2, question</extracomment>
        <translation>web2 在第 20.5 s 宕机。请求大约会持续失败多少秒？</translation>
    </message>
    <message>
        <source>s</source>
        <extracomment>health-and-sessions, step 2, unit of the predicted number</extracomment>
        <translation>秒</translation>
    </message>
    <message>
        <source>It takes three failed checks to be sure: about 5.5 s, or about 1,100 errors at the 200 requests a second web2 was getting. After that, none. When web2 is back, two good checks return it to the pool and it takes its third again.</source>
        <extracomment>health-and-sessions, step 2, answer explanation</extracomment>
        <translation>要确认宕机，需要三次检查都失败：约 5.5 s，按 web2 当时每秒分到的 200 个请求计算，约有 1,100 个错误。之后就一个错误也没有了。web2 恢复后，两次成功的检查让它回到服务器池，它又重新承担三分之一的请求。</translation>
    </message>
    <message>
        <source>How often should the balancer check?</source>
        <extracomment>health-and-sessions, step 3, title</extracomment>
        <translation>负载均衡器应该多久检查一次？</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same three servers at 600 requests a second; &lt;b&gt;web2&lt;/b&gt; dies at 20.5 s. Every &lt;b&gt;check interval&lt;/b&gt; the balancer asks each server whether it is alive, and three failed checks in a row take a server out of the pool. Move the slider from a quarter of a second to 6 seconds.&lt;/p&gt;&lt;p&gt;Before you move it: how should the failed requests grow with the interval, steadily or in a curve? Roughly how many requests does web2 get in one interval? In this simulation a check costs nothing; what would checking every few milliseconds cost a real site with hundreds of servers and several balancers?&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;同样的三台服务器，每秒 600 个请求；&lt;b&gt;web2&lt;/b&gt; 在第 20.5 s 宕机。每隔一个&lt;b&gt;检查间隔&lt;/b&gt;，负载均衡器就询问每台服务器是否还活着，连续三次检查失败就会把服务器移出服务器池。把滑块从四分之一秒移动到 6 秒。&lt;/p&gt;&lt;p&gt;移动之前先想一想：失败的请求会随着间隔稳定增长，还是呈曲线增长？在一个间隔内，web2 大约会收到多少个请求？在这个模拟中，检查不花任何代价；但对于一个拥有数百台服务器和多个负载均衡器的真实网站，每隔几毫秒检查一次会付出什么代价？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Health-check interval (ms)</source>
        <extracomment>health-and-sessions, step 3, explore: the slider&apos;s label</extracomment>
        <translation>健康检查间隔（ms）</translation>
    </message>
    <message>
        <source>Failed requests in 40 s</source>
        <extracomment>health-and-sessions, step 3, explore: the plotted figure&apos;s label</extracomment>
        <translation>40 s 内失败的请求数</translation>
    </message>
    <message>
        <source>web2 dies at 10 s. About how many requests fail before it is ejected?</source>
        <extracomment>health-and-sessions, step 4, question</extracomment>
        <translation>web2 在第 10 s 宕机。在它被逐出之前，大约有多少个请求失败？</translation>
    </message>
    <message>
        <source>Five or six: the five errors in a row that eject web2, sometimes one more already on its way. Passive checks react within a few requests, where active checks take seconds; but only a server that gets traffic can be judged, so balancers use both kinds.</source>
        <extracomment>health-and-sessions, step 4, answer explanation</extracomment>
        <translation>五六个：让 web2 被逐出的连续五次错误，有时再加上一个已经在路上的请求。被动检查在几个请求之内就能做出反应，而主动检查需要几秒钟；但只有收到流量的服务器才能被判断，所以负载均衡器会同时使用这两种检查。</translation>
    </message>
    <message>
        <source>They must log in again on another server</source>
        <extracomment>health-and-sessions, step 5, choice 1</extracomment>
        <translation>他们必须在另一台服务器上重新登录</translation>
    </message>
    <message>
        <source>They carry on, on web1 or web3, logged in as before</source>
        <extracomment>health-and-sessions, step 5, choice 2</extracomment>
        <translation>他们转到 web1 或 web3 上继续使用，和之前一样保持登录状态</translation>
    </message>
    <message>
        <source>They get errors until web2 returns</source>
        <extracomment>health-and-sessions, step 5, choice 3</extracomment>
        <translation>在 web2 恢复之前，他们一直收到错误</translation>
    </message>
    <message>
        <source>They carry on: the balancer kept a copy of their sessions</source>
        <extracomment>health-and-sessions, step 5, choice 4</extracomment>
        <translation>他们照常继续：负载均衡器保存了他们会话的副本</translation>
    </message>
    <message>
        <source>Right: the sessions vanished with web2&apos;s memory, so the other servers treat them as strangers.</source>
        <extracomment>health-and-sessions, step 5, feedback on choice 1</extracomment>
        <translation>没错：会话随着 web2 的内存一起消失了，所以其他服务器把他们当作陌生人。</translation>
    </message>
    <message>
        <source>Their sessions were only in web2&apos;s memory; web1 and web3 have never seen them.</source>
        <extracomment>health-and-sessions, step 5, feedback on choice 2</extracomment>
        <translation>他们的会话只存在于 web2 的内存中；web1 和 web3 从未见过这些会话。</translation>
    </message>
    <message>
        <source>A few requests in flight fail, but the balancer moves these users to the live servers at once.</source>
        <extracomment>health-and-sessions, step 5, feedback on choice 3</extracomment>
        <translation>少数正在处理中的请求会失败，但负载均衡器会立即把这些用户转到仍在运行的服务器上。</translation>
    </message>
    <message>
        <source>A balancer forwards requests; it keeps no copy of what the servers hold in memory.</source>
        <extracomment>health-and-sessions, step 5, feedback on choice 4</extracomment>
        <translation>负载均衡器只负责转发请求；它不会为服务器内存中保存的内容留任何副本。</translation>
    </message>
    <message>
        <source>Only those of the users web2 was serving at that moment</source>
        <extracomment>health-and-sessions, step 6, choice 2</extracomment>
        <translation>只有 web2 当时正在服务的那些用户的会话</translation>
    </message>
    <message>
        <source>None: web2 held no session</source>
        <extracomment>health-and-sessions, step 6, choice 3</extracomment>
        <translation>一个也没有：web2 不保存任何会话</translation>
    </message>
    <message>
        <source>Those were lost because they lived in web2&apos;s memory; now web2 keeps nothing between requests.</source>
        <extracomment>health-and-sessions, step 6, feedback on choice 1</extracomment>
        <translation>那些会话之所以丢失，是因为它们保存在 web2 的内存中；现在 web2 在请求之间什么也不保存。</translation>
    </message>
    <message>
        <source>Those requests fail, but their sessions are safe in the store: the next request finds them.</source>
        <extracomment>health-and-sessions, step 6, feedback on choice 2</extracomment>
        <translation>那些请求会失败，但它们的会话安全地保存在会话存储中：下一个请求就能找到它们。</translation>
    </message>
    <message>
        <source>Right: the sessions are in the store, and web2 held none of them.</source>
        <extracomment>health-and-sessions, step 6, feedback on choice 3</extracomment>
        <translation>没错：会话都在会话存储中，web2 一个也没有保存。</translation>
    </message>
    <message>
        <source>No session is lost: they are in the store. About 400 requests still fail: those in progress on web2 when it died, and those sent to it until the health checks take it out of the pool.</source>
        <extracomment>health-and-sessions, step 6, answer explanation</extracomment>
        <translation>没有丢失任何会话：它们都在会话存储中。但仍有约 400 个请求失败：web2 宕机时正在它上面处理的那些，以及在健康检查把它移出服务器池之前发给它的那些。</translation>
    </message>
    <message>
        <source>Challenge: a crash that logs nobody out</source>
        <extracomment>health-and-sessions, step 7, title</extracomment>
        <translation>挑战：服务器崩溃，却没有人被登出</translation>
    </message>
    <message>
        <source>&lt;p&gt;The stateful servers again: each user&apos;s session lives in the memory of one server, and the balancer keeps sending the user there. At 10 s &lt;b&gt;web2&lt;/b&gt; dies, and about 150 users must log in again.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;session store&lt;/b&gt; stands on the canvas, linked to nothing yet. Can you change where the sessions live so that a dead server costs nobody their session?&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;又是有状态服务器：每个用户的会话保存在某一台服务器的内存中，负载均衡器一直把该用户送到那里。在第 10 s，&lt;b&gt;web2&lt;/b&gt; 宕机，约 150 个用户必须重新登录。&lt;/p&gt;&lt;p&gt;画布上有一个&lt;b&gt;会话存储&lt;/b&gt;，目前还没有与任何东西连接。你能改变会话的存放位置，让一台服务器宕机不会让任何人失去会话吗？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;web2 still dies at 10 s. No user may lose their session, and every session must be kept in the session store.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 7, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;web2 仍在第 10 s 宕机。任何用户都不能丢失会话，并且每个会话都必须保存在会话存储中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No user loses their session.</source>
        <extracomment>health-and-sessions, step 7, challenge goal sessions.lost == 0</extracomment>
        <translation>没有用户丢失会话。</translation>
    </message>
    <message>
        <source>The servers fetch the sessions from the store.</source>
        <extracomment>health-and-sessions, step 7, challenge goal nodes[sessions].served &gt; 5000</extracomment>
        <translation>服务器从会话存储中获取会话。</translation>
    </message>
    <message>
        <source>Where does a user&apos;s session live now, and what happens to it when web2 dies?</source>
        <extracomment>health-and-sessions, step 7, challenge hint 1</extracomment>
        <translation>现在用户的会话保存在哪里？web2 宕机时，它会怎样？</translation>
    </message>
    <message>
        <source>A server that keeps nothing in its own memory can fetch every session from a shared store. The servers need a link to the store.</source>
        <extracomment>health-and-sessions, step 7, challenge hint 2</extracomment>
        <translation>自己内存中不保存任何东西的服务器，可以从共享存储中获取每个会话。服务器需要有一条连到会话存储的链路。</translation>
    </message>
    <message>
        <source>A web server&apos;s sessions setting says where sessions live: local keeps them in the server&apos;s memory, stateless fetches them from a linked store. Link web1, web2 and web3 to the store and make them stateless.</source>
        <extracomment>health-and-sessions, step 7, challenge hint 3</extracomment>
        <translation>Web 服务器的“会话”设置决定会话保存在哪里：local 把会话保存在服务器的内存中，stateless 则从连接的存储中获取会话。把 web1、web2 和 web3 连接到会话存储，并把它们设为 stateless。</translation>
    </message>
    <message>
        <source>The balancer measures each server&apos;s load and evens it out</source>
        <extracomment>load-balancing, step 1, choice 1</extracomment>
        <translation>负载均衡器测量每台服务器的负载，并把它拉平</translation>
    </message>
    <message>
        <source>Each user sticks to one server, and users are split evenly</source>
        <extracomment>load-balancing, step 1, choice 2</extracomment>
        <translation>每个用户固定在一台服务器上，而且用户被平均分配</translation>
    </message>
    <message>
        <source>The servers are identical, so equal turns mean equal work</source>
        <extracomment>load-balancing, step 1, choice 3</extracomment>
        <translation>服务器完全相同，所以轮次相等就意味着工作量相等</translation>
    </message>
    <message>
        <source>That is least connections; round robin counts turns and looks at nothing else.</source>
        <extracomment>load-balancing, step 1, feedback on choice 1</extracomment>
        <translation>那是最少连接；轮询只数轮次，其他什么都不看。</translation>
    </message>
    <message>
        <source>Round robin spreads requests, not users: a user&apos;s next request goes to the other server.</source>
        <extracomment>load-balancing, step 1, feedback on choice 2</extracomment>
        <translation>轮询分配的是请求，而不是用户：用户的下一个请求会发往另一台服务器。</translation>
    </message>
    <message>
        <source>Right: equal turns are only fair when the servers are equal.</source>
        <extracomment>load-balancing, step 1, feedback on choice 3</extracomment>
        <translation>没错：只有服务器都一样时，轮次相等才算公平。</translation>
    </message>
    <message>
        <source>Round robin counts turns and looks at nothing else. With two identical servers equal turns mean equal work: about 12,000 requests each in 30 s, none dropped.</source>
        <extracomment>load-balancing, step 1, answer explanation</extracomment>
        <translation>轮询只数轮次，其他什么都不看。两台相同的服务器，轮次相等就意味着工作量相等：30 s 内每台约 12,000 个请求，一个也没有丢弃。</translation>
    </message>
    <message>
        <source>Round robin gives web3 300 requests a second; it can finish about 83. About how many requests does web3 drop in 30 s?</source>
        <extracomment>load-balancing, step 2, question</extracomment>
        <translation>轮询每秒给 web3 300 个请求；它只能完成约 83 个。web3 在 30 s 内大约会丢弃多少个请求？</translation>
    </message>
    <message>
        <source>Round robin does not know web3 is struggling. About 217 requests a second more than it can finish arrive, its queue overflows, and about 6,500 are dropped in 30 s (6,300 to 6,600 over seeds 1-50), while web1 and web2 are half idle. Requests that do get into web3 wait: the 95th percentile (p95: 95 % of requests are faster than it) reaches about 740 ms.</source>
        <extracomment>load-balancing, step 2, answer explanation</extracomment>
        <translation>轮询不知道 web3 已经不堪重负。每秒到达的请求比它能完成的多出约 217 个，它的队列溢出，30 s 内约 6,500 个请求被丢弃（随机种子 1-50 下为 6,300 到 6,600 个），而 web1 和 web2 却有一半的能力闲着。挤进 web3 的请求要等待：第 95 百分位数（p95：95% 的请求比它快）达到约 740 ms。</translation>
    </message>
    <message>
        <source>They fall by about half</source>
        <extracomment>load-balancing, step 3, choice 1</extracomment>
        <translation>减少约一半</translation>
    </message>
    <message>
        <source>They disappear: not one is dropped</source>
        <extracomment>load-balancing, step 3, choice 2</extracomment>
        <translation>消失了：一个也不丢弃</translation>
    </message>
    <message>
        <source>They stay the same: web3 still gets its turns</source>
        <extracomment>load-balancing, step 3, choice 3</extracomment>
        <translation>保持不变：web3 仍然会轮到</translation>
    </message>
    <message>
        <source>They move to web1 and web2, which drop instead</source>
        <extracomment>load-balancing, step 3, choice 4</extracomment>
        <translation>它们转移到 web1 和 web2 上，改由这两台丢弃</translation>
    </message>
    <message>
        <source>Least connections does more than thin out web3&apos;s share: web3 gets new work only when it has the fewest requests in progress, so its queue never overflows.</source>
        <extracomment>load-balancing, step 3, feedback on choice 1</extracomment>
        <translation>最少连接不只是削减 web3 的份额：只有当 web3 正在处理的请求最少时，它才会得到新的工作，所以它的队列永远不会溢出。</translation>
    </message>
    <message>
        <source>Right: web3 is picked only when it is less busy than the others, so it is never flooded.</source>
        <extracomment>load-balancing, step 3, feedback on choice 2</extracomment>
        <translation>没错：只有当 web3 比其他服务器更空闲时才会选中它，所以它永远不会被淹没。</translation>
    </message>
    <message>
        <source>Turns are round robin&apos;s rule; least connections has no turns.</source>
        <extracomment>load-balancing, step 3, feedback on choice 3</extracomment>
        <translation>轮次是轮询的规则；最少连接没有轮次。</translation>
    </message>
    <message>
        <source>web1 and web2 have room: each can finish about 1,000 a second, more than the whole 900.</source>
        <extracomment>load-balancing, step 3, feedback on choice 4</extracomment>
        <translation>web1 和 web2 有余量：每台每秒能完成约 1,000 个，比全部的 900 个还多。</translation>
    </message>
    <message>
        <source>Not one request is dropped. web3 gets about 2,350 of 27,000 requests, about what it can finish, and the 95th percentile falls from about 740 ms to about 140 ms.</source>
        <extracomment>load-balancing, step 3, answer explanation</extracomment>
        <translation>一个请求也没有丢弃。web3 分到了 27,000 个请求中的约 2,350 个，大约就是它能完成的量，第 95 百分位数从约 740 ms 降到约 140 ms。</translation>
    </message>
    <message>
        <source>How much slower can web3 be?</source>
        <extracomment>load-balancing, step 4, title</extracomment>
        <translation>web3 能慢到什么程度？</translation>
    </message>
    <message>
        <source>&lt;p&gt;Round robin again, 900 requests a second over web1, web2 and web3, so each gets 300 a second whatever it can do. Move the slider to change how long &lt;b&gt;web3&lt;/b&gt; takes for a request, from 20 ms (as fast as the others) to 120 ms (the old server of the last steps). web3 has 10 workers.&lt;/p&gt;&lt;p&gt;Before you move it: from what time per request on will requests be dropped? Will the drops start slowly or suddenly? And do web1 and web2 help while web3 drowns?&lt;/p&gt;</source>
        <extracomment>load-balancing, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;又回到轮询，每秒 900 个请求分给 web1、web2 和 web3，所以不管能力如何，每台每秒都分到 300 个。移动滑块，改变 &lt;b&gt;web3&lt;/b&gt; 处理一个请求所需的时间，从 20 ms（和其他服务器一样快）到 120 ms（前几步中的那台旧服务器）。web3 有 10 个工作线程。&lt;/p&gt;&lt;p&gt;移动之前先想一想：每个请求的耗时从多少开始，请求就会被丢弃？丢弃是缓慢开始，还是突然出现？web3 被淹没时，web1 和 web2 帮得上忙吗？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web3&apos;s time per request (ms)</source>
        <extracomment>load-balancing, step 4, explore: the slider&apos;s label</extracomment>
        <translation>web3 处理每个请求的时间（ms）</translation>
    </message>
    <message>
        <source>Requests dropped in 30 s</source>
        <extracomment>load-balancing, step 4, explore: the plotted figure&apos;s label</extracomment>
        <translation>30 s 内被丢弃的请求数</translation>
    </message>
    <message>
        <source>&lt;p&gt;If we know the sizes of our servers, we can give each a &lt;b&gt;weight&lt;/b&gt;. &lt;b&gt;web1&lt;/b&gt; has 50 workers, web2 and web3 have 20, and a request takes 20 ms: web1 can finish 2,500 requests a second, the others 1,000 each. Weights 5, 2 and 2 follow those sizes: web1 takes five turns for every two of each of the others. 3,600 requests a second arrive. At 20 s we switch to plain round robin, to see what the weights were doing.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;如果我们知道各台服务器的规模，就可以给每台服务器一个&lt;b&gt;权重&lt;/b&gt;。&lt;b&gt;web1&lt;/b&gt; 有 50 个工作线程，web2 和 web3 各有 20 个，每个请求需要 20 ms：web1 每秒能完成 2,500 个请求，另外两台各 1,000 个。权重 5、2、2 与这些规模相对应：另外两台每台每轮到两次，web1 就轮到五次。每秒到达 3,600 个请求。在第 20 s，我们切换为普通轮询，看看权重原来起了什么作用。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>With weights 5, 2 and 2, how many of the 3,600 requests a second go to web1?</source>
        <extracomment>load-balancing, step 5, question</extracomment>
        <translation>权重为 5、2、2 时，每秒 3,600 个请求中有多少个发往 web1？</translation>
    </message>
    <message>
        <source>requests a second</source>
        <extracomment>load-balancing, step 5, unit of the predicted number</extracomment>
        <translation>个请求/秒</translation>
    </message>
    <message>
        <source>Five turns out of nine: 5/9 × 3,600 = 2,000 a second, and 800 to each small server: every server at 80 % of what it can finish, nothing dropped. After the switch each server got 1,200 a second: web1 had room to spare, while web2 and web3, able to finish 1,000, each dropped about 2,000 requests in 10 s.</source>
        <extracomment>load-balancing, step 5, answer explanation</extracomment>
        <translation>九轮中占五轮：5/9 × 3,600 = 每秒 2,000 个，两台小服务器各 800 个：每台服务器都处于其处理能力的 80%，没有丢弃任何请求。切换之后，每台服务器每秒分到 1,200 个：web1 还有富余，而每秒只能完成 1,000 个的 web2 和 web3，在 10 s 内各丢弃了约 2,000 个请求。</translation>
    </message>
    <message>
        <source>The big server takes five of every nine requests.</source>
        <extracomment>load-balancing, step 5, checkpoint nodes[web1].served &gt; 37000</extracomment>
        <translation>大服务器承担每九个请求中的五个。</translation>
    </message>
    <message>
        <source>A small server takes two of every nine.</source>
        <extracomment>load-balancing, step 5, checkpoint nodes[web3].served &lt; 17000</extracomment>
        <translation>小服务器承担每九个请求中的两个。</translation>
    </message>
    <message>
        <source>With round robin the small servers drop requests.</source>
        <extracomment>load-balancing, step 5, checkpoint nodes[web3].dropped &gt; 1000</extracomment>
        <translation>使用轮询时，小服务器会丢弃请求。</translation>
    </message>
    <message>
        <source>Roughly: each server gets the users whose addresses hash to it</source>
        <extracomment>load-balancing, step 6, choice 1</extracomment>
        <translation>大致均分：每台服务器分到地址哈希到它的那些用户</translation>
    </message>
    <message>
        <source>Yes, exactly a third each, as with round robin</source>
        <extracomment>load-balancing, step 6, choice 2</extracomment>
        <translation>是的，每台正好三分之一，和轮询一样</translation>
    </message>
    <message>
        <source>No: the server with the most free workers gets more</source>
        <extracomment>load-balancing, step 6, choice 3</extracomment>
        <translation>不是：空闲工作线程最多的服务器分到的更多</translation>
    </message>
    <message>
        <source>Exactly equal until web3 dies, then uneven</source>
        <extracomment>load-balancing, step 6, choice 4</extracomment>
        <translation>在 web3 宕机之前完全均等，之后才变得不均匀</translation>
    </message>
    <message>
        <source>Right: close to a third each, but never exact.</source>
        <extracomment>load-balancing, step 6, feedback on choice 1</extracomment>
        <translation>没错：每台接近三分之一，但永远不会正好相等。</translation>
    </message>
    <message>
        <source>IP hash takes no turns: the split follows the addresses, and 300 addresses do not hash into three equal groups.</source>
        <extracomment>load-balancing, step 6, feedback on choice 2</extracomment>
        <translation>IP 哈希不按轮次：分配取决于地址，而 300 个地址不会被哈希成三个大小相等的组。</translation>
    </message>
    <message>
        <source>IP hash looks only at the address, never at the servers&apos; load: that would be least connections.</source>
        <extracomment>load-balancing, step 6, feedback on choice 3</extracomment>
        <translation>IP 哈希只看地址，从不看服务器的负载：那是最少连接的做法。</translation>
    </message>
    <message>
        <source>It is uneven from the start: by 19 s web1 had served about 4,200 requests and web2 about 3,400.</source>
        <extracomment>load-balancing, step 6, feedback on choice 4</extracomment>
        <translation>从一开始就不均匀：到第 19 s，web1 处理了约 4,200 个请求，而 web2 约 3,400 个。</translation>
    </message>
    <message>
        <source>By 19 s web1 had served about 4,200 requests, web3 about 3,900 and web2 about 3,400: the split follows the users. When web3 died only its users were hashed again, after about 850 errors while the checks noticed.</source>
        <extracomment>load-balancing, step 6, answer explanation</extracomment>
        <translation>到第 19 s，web1 处理了约 4,200 个请求，web3 约 3,900 个，web2 约 3,400 个：分配取决于用户。web3 宕机时，只有它的用户被重新哈希，此前在检查发现问题的过程中出现了约 850 个错误。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every request passes through the balancer, so if it dies, the whole site is down. Here a &lt;b&gt;standby&lt;/b&gt; balancer watches the active one. When &lt;b&gt;lb&lt;/b&gt; dies at 20 s the standby takes over 3 s later, and hands back when lb returns at 40 s. Users send 400 requests a second.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;每个请求都要经过负载均衡器，所以一旦它宕机，整个网站就挂了。这里有一个&lt;b&gt;备用&lt;/b&gt;负载均衡器监视着主用的那个。当 &lt;b&gt;lb&lt;/b&gt; 在第 20 s 宕机时，备用负载均衡器在 3 s 后接管，并在 lb 于第 40 s 恢复时把流量交还给它。用户每秒发送 400 个请求。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>At 400 requests a second, how many requests fail in the whole minute?</source>
        <extracomment>load-balancing, step 7, question</extracomment>
        <translation>每秒 400 个请求时，这一整分钟内有多少个请求失败？</translation>
    </message>
    <message>
        <source>Requests fail only until the standby takes over: 3 s of traffic, about 1,200 errors (1,130 to 1,270 over seeds 1-50); handing back at 40 s costs nothing. Without a standby, the 20 s until lb came back would have failed: about 8,000 requests.</source>
        <extracomment>load-balancing, step 7, answer explanation</extracomment>
        <translation>只有在备用负载均衡器接管之前，请求才会失败：3 s 的流量，约 1,200 个错误（随机种子 1-50 下为 1,130 到 1,270 个）；第 40 s 交还流量时没有任何代价。如果没有备用，lb 恢复之前的那 20 s 都会失败：约 8,000 个请求。</translation>
    </message>
    <message>
        <source>Challenge: fast answers from an unequal pool</source>
        <extracomment>load-balancing, step 8, title</extracomment>
        <translation>挑战：让性能不一的服务器池快速响应</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to the pool with the old server: &lt;b&gt;web3&lt;/b&gt; has 10 workers and takes 120 ms a request, so it finishes about 83 requests a second; web1 and web2 have 20 workers and take 20 ms, about 1,000 a second each. 900 requests a second arrive, and the balancer uses round robin again.&lt;/p&gt;&lt;p&gt;Least connections stopped the drops, but every request it still gives web3 takes at least 120 ms. The site must keep all three servers: web3 cannot be switched off.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 8, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;回到有旧服务器的那个服务器池：&lt;b&gt;web3&lt;/b&gt; 有 10 个工作线程，每个请求需要 120 ms，所以每秒约能完成 83 个请求；web1 和 web2 有 20 个工作线程，每个请求需要 20 ms，每台每秒约 1,000 个。每秒到达 900 个请求，负载均衡器又用回了轮询。&lt;/p&gt;&lt;p&gt;最少连接消除了丢弃，但它仍然交给 web3 的每个请求都至少需要 120 ms。网站必须保留全部三台服务器：不能关掉 web3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 900 requests a second, with web1, web2 and web3 all in the pool: drop no request and keep the p95 under 100 ms.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 8, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在每秒 900 个请求、web1、web2 和 web3 都在服务器池中的情况下：不丢弃任何请求，并让 p95 保持在 100 ms 以下。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>95 of every 100 answers take under 100 ms.</source>
        <extracomment>load-balancing, step 8, challenge goal latency_ms.p95 &lt; 100</extracomment>
        <translation>每 100 个响应中有 95 个耗时低于 100 ms。</translation>
    </message>
    <message>
        <source>Try least connections and read the p95. Which server gives the slowest answers?</source>
        <extracomment>load-balancing, step 8, challenge hint 1</extracomment>
        <translation>试试最少连接，然后看看 p95。哪台服务器的响应最慢？</translation>
    </message>
    <message>
        <source>The p95 is fast only if fewer than 5 of every 100 requests go to web3. Which algorithm lets you set each server&apos;s share?</source>
        <extracomment>load-balancing, step 8, challenge hint 2</extracomment>
        <translation>只有当每 100 个请求中发往 web3 的少于 5 个时，p95 才会快。哪种算法能让你设定每台服务器的份额？</translation>
    </message>
    <message>
        <source>Weighted round robin: give web1 and web2 at least ten times web3&apos;s weight, so web3 gets fewer than 1 request in 20.</source>
        <extracomment>load-balancing, step 8, challenge hint 3</extracomment>
        <translation>加权轮询：给 web1 和 web2 的权重至少是 web3 的十倍，这样 web3 分到的请求就不到 1/20。</translation>
    </message>
    <message>
        <source>Promote another master to replace db3</source>
        <extracomment>multi-master-and-rings, step 1, choice 1</extracomment>
        <translation>提升另一个主库来替换 db3</translation>
    </message>
    <message>
        <source>Stop all writes until db3 is back, so it misses none</source>
        <extracomment>multi-master-and-rings, step 1, choice 2</extracomment>
        <translation>停止所有写入，直到 db3 恢复，这样它就不会错过任何写入</translation>
    </message>
    <message>
        <source>Every master already takes writes: there is nothing to promote.</source>
        <extracomment>multi-master-and-rings, step 1, feedback on choice 1</extracomment>
        <translation>每个主库都已经在接收写入：没有什么需要提升的。</translation>
    </message>
    <message>
        <source>The others go on; db3 catches up on what it missed when it returns.</source>
        <extracomment>multi-master-and-rings, step 1, feedback on choice 2</extracomment>
        <translation>其他主库照常工作；db3 恢复后会补上它错过的内容。</translation>
    </message>
    <message>
        <source>Right: no promotion, only db3&apos;s own requests in progress fail.</source>
        <extracomment>multi-master-and-rings, step 1, feedback on choice 3</extracomment>
        <translation>没错：不需要提升，只有 db3 自己正在处理的请求会失败。</translation>
    </message>
    <message>
        <source>No promotion is needed: only a few requests failed (0 to 5), those inside db3 as it died. But about 300 to 350 writes were silently overwritten by conflicting ones in 30 s.</source>
        <extracomment>multi-master-and-rings, step 1, answer explanation</extracomment>
        <translation>不需要提升为主库：只有少数几个请求失败（0 到 5 个），就是 db3 宕机时正在它内部处理的那些。但在 30 s 内，约有 300 到 350 次写入被与之冲突的写入悄无声息地覆盖了。</translation>
    </message>
    <message>
        <source>Explore: the conflict window</source>
        <extracomment>multi-master-and-rings, step 2, title</extracomment>
        <translation>探索：冲突窗口</translation>
    </message>
    <message>
        <source>&lt;p&gt;Two writes of the same key conflict when each reaches the other master only after the other was committed. Here no master dies; slide the &lt;b&gt;ship delay&lt;/b&gt;, the time a master waits before shipping a write, from 0 to 200 ms, and watch the conflicts.&lt;/p&gt;&lt;p&gt;Ask the class first: with no delay at all, are there still conflicts? (The masters are 40 ms apart, so a write is never seen at once.) Then look at the shape: the longer a write takes to arrive, the wider the window in which another user can change the same key somewhere else.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;对同一个键的两次写入，如果每一次都是在另一次已经提交之后才到达对方的主库，它们就会冲突。这里没有主库宕机；把&lt;b&gt;发送延迟&lt;/b&gt;（主库在发送一次写入之前等待的时间）从 0 滑动到 200 ms，观察冲突的变化。&lt;/p&gt;&lt;p&gt;先问问全班同学：完全没有延迟时，还会有冲突吗？（主库之间相距 40 ms，所以一次写入永远不可能被立即看到。）然后看看曲线的形状：一次写入到达所需的时间越长，另一个用户在别处修改同一个键的窗口就越宽。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Conflicts in 30 s</source>
        <extracomment>multi-master-and-rings, step 2, explore: the plotted figure&apos;s label</extracomment>
        <translation>30 s 内的冲突数</translation>
    </message>
    <message>
        <source>&lt;p&gt;Throwing a user&apos;s write away without telling them is often unacceptable. With &lt;b&gt;certification&lt;/b&gt; the masters check each write against the others before it counts: of two conflicting writes, the one that committed first wins.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;不告诉用户就把他们的写入扔掉，往往是不可接受的。使用&lt;b&gt;认证&lt;/b&gt;（certification）时，主库会在一次写入生效之前，先与其他主库核对它：两次冲突的写入中，先提交的那次胜出。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>They are silently discarded, as before</source>
        <extracomment>multi-master-and-rings, step 3, choice 2</extracomment>
        <translation>它们和之前一样被悄悄丢弃</translation>
    </message>
    <message>
        <source>They are merged with the winning writes</source>
        <extracomment>multi-master-and-rings, step 3, choice 3</extracomment>
        <translation>它们与胜出的写入合并</translation>
    </message>
    <message>
        <source>They wait and are applied after the winner</source>
        <extracomment>multi-master-and-rings, step 3, choice 4</extracomment>
        <translation>它们等待，并在胜出者之后被应用</translation>
    </message>
    <message>
        <source>Right: the user learns the write failed and can try again.</source>
        <extracomment>multi-master-and-rings, step 3, feedback on choice 1</extracomment>
        <translation>没错：用户得知写入失败了，可以再试一次。</translation>
    </message>
    <message>
        <source>Silently is what certification avoids: the loser is refused and its user is told.</source>
        <extracomment>multi-master-and-rings, step 3, feedback on choice 2</extracomment>
        <translation>认证要避免的正是“悄悄”：落败的写入会被拒绝，并告知它的用户。</translation>
    </message>
    <message>
        <source>A database cannot know how to merge two balances; it keeps one and refuses the other.</source>
        <extracomment>multi-master-and-rings, step 3, feedback on choice 3</extracomment>
        <translation>数据库不可能知道如何合并两个余额；它保留一个，拒绝另一个。</translation>
    </message>
    <message>
        <source>Applied after, the later write would simply overwrite the winner: last writer wins again.</source>
        <extracomment>multi-master-and-rings, step 3, feedback on choice 4</extracomment>
        <translation>如果在之后应用，较晚的写入只会直接覆盖胜出者：又变成了最后写入者胜出。</translation>
    </message>
    <message>
        <source>&lt;p&gt;In &lt;b&gt;circular&lt;/b&gt; replication each master ships only to the next: A → B → C → A. Each hop here takes 5 ms. How far a node is behind the node where a write started is its &lt;b&gt;replication lag&lt;/b&gt;. At 20 s &lt;b&gt;dbB&lt;/b&gt; dies; after 3 s the ring closes around it, A → C → A.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在&lt;b&gt;环形&lt;/b&gt;复制中，每个主库只把写入发送给下一个：A → B → C → A。这里每一跳需要 5 ms。一个节点落后于写入发起节点的程度，就是它的&lt;b&gt;复制延迟&lt;/b&gt;。在第 20 s，&lt;b&gt;dbB&lt;/b&gt; 宕机；3 s 后，环绕过它重新闭合：A → C → A。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>dbC never needed them: it hears from dbA directly</source>
        <extracomment>multi-master-and-rings, step 4, choice 4</extracomment>
        <translation>dbC 从来不需要它们：它直接从 dbA 获得消息</translation>
    </message>
    <message>
        <source>Right: dbA still has them, and dbC asks it for every write it has not seen.</source>
        <extracomment>multi-master-and-rings, step 4, feedback on choice 1</extracomment>
        <translation>没错：dbA 仍然有这些写入，dbC 会向它索取每一次自己还没见过的写入。</translation>
    </message>
    <message>
        <source>dbA still has them; once the ring closes dbC asks dbA for what it is missing.</source>
        <extracomment>multi-master-and-rings, step 4, feedback on choice 2</extracomment>
        <translation>dbA 仍然有这些写入；环重新闭合后，dbC 会向 dbA 索取自己缺失的内容。</translation>
    </message>
    <message>
        <source>The web server got its answer from dbA and forgot the write; replication must repair this, not the client.</source>
        <extracomment>multi-master-and-rings, step 4, feedback on choice 3</extracomment>
        <translation>Web 服务器已经从 dbA 得到了响应，就把这次写入忘了；这要由复制来修复，而不是客户端。</translation>
    </message>
    <message>
        <source>In a ring each node ships only to the next: until the ring closes, dbC hears nothing from dbA.</source>
        <extracomment>multi-master-and-rings, step 4, feedback on choice 4</extracomment>
        <translation>在环中，每个节点只向下一个节点发送：在环重新闭合之前，dbC 收不到来自 dbA 的任何东西。</translation>
    </message>
    <message>
        <source>About 90 writes were held up at dbB. When the ring closed, dbC asked dbA for every write it had not seen yet (MySQL knows which by their GTIDs) and all of them arrived: in the end the live nodes agree. Until then dbC&apos;s lag grew to about 3 s. Only writes dbB had committed itself and not yet sent would be lost; here the web server writes to dbA.</source>
        <extracomment>multi-master-and-rings, step 4, answer explanation</extracomment>
        <translation>约 90 次写入滞留在 dbB。环重新闭合时，dbC 向 dbA 索取了每一次它还没见过的写入（MySQL 通过 GTID 知道是哪些），这些写入全部到达了：最终所有存活的节点达成一致。在此之前，dbC 的延迟增长到约 3 s。只有 dbB 自己提交但还没发送出去的写入才会丢失；而这里 Web 服务器是写入 dbA 的。</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same ring with ten masters, &lt;b&gt;dbA&lt;/b&gt; to &lt;b&gt;dbJ&lt;/b&gt;; each hop still takes 5 ms. A write on dbA goes round the ring to dbJ, the last one.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;同样的环，但有十个主库：&lt;b&gt;dbA&lt;/b&gt; 到 &lt;b&gt;dbJ&lt;/b&gt;；每一跳仍然需要 5 ms。dbA 上的一次写入沿着环传递，一直到最后一个节点 dbJ。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A write commits on dbA. How many ms later does dbJ have it?</source>
        <extracomment>multi-master-and-rings, step 5, question</extracomment>
        <translation>一次写入在 dbA 上提交。多少 ms 之后 dbJ 才拥有它？</translation>
    </message>
    <message>
        <source>ms</source>
        <extracomment>multi-master-and-rings, step 5, unit of the predicted number</extracomment>
        <translation>ms</translation>
    </message>
    <message>
        <source>Nine hops of 5 ms: 45 ms, the largest lag measured. Ten nodes but nine hops: counting 50 ms counts the hop back to dbA. The bigger the ring, the longer some node is out of date: 65 to 100 stale reads in 30 s.</source>
        <extracomment>multi-master-and-rings, step 5, answer explanation</extracomment>
        <translation>九跳，每跳 5 ms：45 ms，这是测得的最大延迟。十个节点但只有九跳：算成 50 ms，就把回到 dbA 的那一跳也算进去了。环越大，某些节点过时的时间就越长：30 s 内有 65 到 100 次过期读取。</translation>
    </message>
    <message>
        <source>Challenge: fresh reads from ten masters</source>
        <extracomment>multi-master-and-rings, step 6, title</extracomment>
        <translation>挑战：从十个主库读到新鲜数据</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your turn, with the ring of ten. Each write hops from master to master, 5 ms a hop, so the last master sees it 45 ms after it committed, and a read there in the meantime is &lt;b&gt;stale&lt;/b&gt;: it returns an older value than the newest committed write of that key. Change how the masters replicate so that reads are fresh again.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;轮到你了，还是那个十个节点的环。每次写入从一个主库跳到下一个主库，每跳 5 ms，所以最后一个主库在写入提交 45 ms 后才看到它，在此期间在那里进行的读取就是&lt;b&gt;过期&lt;/b&gt;的：它返回的值比该键最新提交的写入更旧。请修改主库之间的复制方式，让读取重新变得新鲜。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;With the same load (100 requests a second, 30 % of them writes): a replication lag under &lt;b&gt;20 ms&lt;/b&gt; on every master, and fewer than &lt;b&gt;30 stale reads&lt;/b&gt; in 30 s.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 6, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在同样的负载下（每秒 100 个请求，其中 30% 是写入）：每个主库的复制延迟低于 &lt;b&gt;20 ms&lt;/b&gt;，并且 30 s 内的&lt;b&gt;过期读取少于 30 次&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every master has every write within 20 ms.</source>
        <extracomment>multi-master-and-rings, step 6, challenge goal replication.max_lag_ms &lt; 20</extracomment>
        <translation>每个主库都在 20 ms 内拥有每一次写入。</translation>
    </message>
    <message>
        <source>Almost every read is fresh.</source>
        <extracomment>multi-master-and-rings, step 6, challenge goal replication.stale_reads &lt; 30</extracomment>
        <translation>几乎每次读取都是新鲜的。</translation>
    </message>
    <message>
        <source>Count the hops a write on dbA takes to reach dbJ, and multiply by 5 ms. What would make that path shorter?</source>
        <extracomment>multi-master-and-rings, step 6, challenge hint 1</extracomment>
        <translation>数一数 dbA 上的一次写入要经过多少跳才能到达 dbJ，再乘以 5 ms。怎样才能让这条路径变短？</translation>
    </message>
    <message>
        <source>In the first two steps of this lesson, did a master pass its writes along to a neighbour, or send them to every other master itself?</source>
        <extracomment>multi-master-and-rings, step 6, challenge hint 2</extracomment>
        <translation>在本课的前两步中，主库是把写入传给相邻的主库，还是自己直接发送给其他每一个主库？</translation>
    </message>
    <message>
        <source>Switch replication.mode from circular to multi_master: each master ships its writes straight to all the others, one 5 ms hop. (A ring of three masters works too, but keeps only three.)</source>
        <extracomment>multi-master-and-rings, step 6, challenge hint 3</extracomment>
        <translation>把 replication.mode 从 circular 切换为 multi_master：每个主库都把写入直接发送给其他所有主库，只需一跳 5 ms。（由三个主库组成的环也可以，但那样只能保留三个主库。）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Traffic doubles to 400 requests a second. One server can finish at most 8 / 0.030 ≈ 267 a second. Requests it cannot start at once wait in its queue, which holds 50.&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;流量翻倍到每秒 400 个请求。一台服务器每秒最多能完成 8 / 0.030 ≈ 267 个。它无法立即开始处理的请求会在队列中等待，队列最多容纳 50 个。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>They wait in line until a worker is free</source>
        <extracomment>one-server-to-two, step 2, choice 1</extracomment>
        <translation>它们排队等待，直到有工作线程空闲下来</translation>
    </message>
    <message>
        <source>web1 answers them all, only more slowly</source>
        <extracomment>one-server-to-two, step 2, choice 2</extracomment>
        <translation>web1 会全部响应，只是慢一些</translation>
    </message>
    <message>
        <source>They are refused and dropped</source>
        <extracomment>one-server-to-two, step 2, choice 3</extracomment>
        <translation>它们被拒绝并丢弃</translation>
    </message>
    <message>
        <source>The users&apos; browsers retry until they get in</source>
        <extracomment>one-server-to-two, step 2, choice 4</extracomment>
        <translation>用户的浏览器会不断重试，直到挤进去为止</translation>
    </message>
    <message>
        <source>The line is the queue, and it holds only 50: once it is full there is nowhere left to wait.</source>
        <extracomment>one-server-to-two, step 2, feedback on choice 1</extracomment>
        <translation>那条队伍就是队列，而它最多只能容纳 50 个：一旦满了，就没有地方可以等待了。</translation>
    </message>
    <message>
        <source>A server does not stretch to fit more in: its 8 workers already run flat out.</source>
        <extracomment>one-server-to-two, step 2, feedback on choice 2</extracomment>
        <translation>服务器不会为了容纳更多请求而伸展：它的 8 个工作线程已经在满负荷运转了。</translation>
    </message>
    <message>
        <source>Right: a full queue has no room, so web1 refuses the request at once.</source>
        <extracomment>one-server-to-two, step 2, feedback on choice 3</extracomment>
        <translation>没错：满了的队列没有空间，所以 web1 会立即拒绝该请求。</translation>
    </message>
    <message>
        <source>These users do not retry, and retries would only add load to a server that is already full.</source>
        <extracomment>one-server-to-two, step 2, feedback on choice 4</extracomment>
        <translation>这些用户不会重试，而且重试只会给一台已经满负荷的服务器增加负载。</translation>
    </message>
    <message>
        <source>A full queue cannot take more: web1 refuses new requests and they are dropped, about 2,600 in 20 s. web1 still finishes about 268 a second, no more.</source>
        <extracomment>one-server-to-two, step 2, answer explanation</extracomment>
        <translation>满了的队列无法再接收更多请求：web1 拒绝新的请求，它们被丢弃，20 s 内约 2,600 个。web1 仍然每秒完成约 268 个，不会更多。</translation>
    </message>
    <message>
        <source>Where one server runs out</source>
        <extracomment>one-server-to-two, step 4, title</extracomment>
        <translation>一台服务器的极限在哪里</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to one server. Move the slider to send it from 50 to 400 requests a second and watch the &lt;b&gt;p95&lt;/b&gt;, the 95th percentile of the response time: 95 of every 100 answers arrive faster than it. web1 can finish at most 8 / 0.030 ≈ 267 requests a second.&lt;/p&gt;&lt;p&gt;Before you move it, sketch the curve you expect. Does the p95 grow steadily with the load, or does it stay flat and then jump? Why does it stop rising at about 260 ms, even at 400 requests a second?&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;回到一台服务器。移动滑块，让发往它的请求从每秒 50 个增加到 400 个，观察 &lt;b&gt;p95&lt;/b&gt;，即响应时间的第 95 百分位数：每 100 个响应中有 95 个比它快。web1 每秒最多能完成 8 / 0.030 ≈ 267 个请求。&lt;/p&gt;&lt;p&gt;移动之前，先画出你预期的曲线。p95 是随负载稳定增长，还是先保持平稳、然后突然跃升？为什么即使在每秒 400 个请求时，它在约 260 ms 处就不再上升了？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Requests a second</source>
        <extracomment>one-server-to-two, step 4, explore: the slider&apos;s label</extracomment>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <source>p95 response time (ms)</source>
        <extracomment>one-server-to-two, step 4, explore: the plotted figure&apos;s label</extracomment>
        <translation>p95 响应时间 (ms)</translation>
    </message>
    <message>
        <source>Challenge: room for 900 requests a second</source>
        <extracomment>one-server-to-two, step 5, title</extracomment>
        <translation>挑战：容纳每秒 900 个请求</translation>
    </message>
    <message>
        <source>&lt;p&gt;The site keeps growing: 900 requests a second now reach the balancer. web1 and web2 can finish about 2 × 267 = 534 of them; the rest wait in full queues or are dropped.&lt;/p&gt;&lt;p&gt;Adding more machines of the same kind behind the balancer is called &lt;b&gt;scaling out&lt;/b&gt;, or horizontal scaling. How many servers does this load need?&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;网站还在增长：现在每秒有 900 个请求到达负载均衡器。web1 和 web2 每秒大约能完成 2 × 267 = 534 个；其余的请求要么在已满的队列中等待，要么被丢弃。&lt;/p&gt;&lt;p&gt;在负载均衡器后面增加更多同类机器，称为&lt;b&gt;横向扩展&lt;/b&gt;（scaling out，也叫水平扩展）。这样的负载需要多少台服务器？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 900 requests a second: drop no request and keep the p95 under 150 ms, with at most 4 web servers. Each new server is like web1: 8 workers, 30 ms a request.&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 5, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在每秒 900 个请求下：不丢弃任何请求，并让 p95 保持在 150 ms 以下，最多使用 4 台 Web 服务器。每台新服务器都和 web1 一样：8 个工作线程，每个请求 30 ms。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>95 of every 100 answers take under 150 ms.</source>
        <extracomment>one-server-to-two, step 5, challenge goal latency_ms.p95 &lt; 150</extracomment>
        <translation>每 100 个响应中有 95 个耗时不到 150 ms。</translation>
    </message>
    <message>
        <source>One server like web1 finishes at most 8 / 0.030 ≈ 267 requests a second. How many of them make 900?</source>
        <extracomment>one-server-to-two, step 5, challenge hint 1</extracomment>
        <translation>一台像 web1 这样的服务器每秒最多完成 8 / 0.030 ≈ 267 个请求。需要几台才能凑够 900 个？</translation>
    </message>
    <message>
        <source>A new server gets requests only once the balancer links to it: draw a link from lb to it.</source>
        <extracomment>one-server-to-two, step 5, challenge hint 2</extracomment>
        <translation>只有负载均衡器连接到新服务器后，新服务器才会收到请求：从 lb 画一条链路到它。</translation>
    </message>
    <message>
        <source>Three servers finish about 800 a second: still short of 900. It takes four.</source>
        <extracomment>one-server-to-two, step 5, challenge hint 3</extracomment>
        <translation>三台服务器每秒大约能完成 800 个：仍然不够 900。需要四台。</translation>
    </message>
    <message>
        <source>A primary and two replicas</source>
        <extracomment>replication, step 1, title</extracomment>
        <translation>一个主库和两个从库</translation>
    </message>
    <message>
        <source>A bigger primary</source>
        <extracomment>replication, step 1, choice 3</extracomment>
        <translation>更大的主库</translation>
    </message>
    <message>
        <source>More web servers</source>
        <extracomment>replication, step 1, choice 4</extracomment>
        <translation>更多 Web 服务器</translation>
    </message>
    <message>
        <source>A second primary would have to take every write as well and settle conflicts between the two; it answers no more reads than a replica does.</source>
        <extracomment>replication, step 1, feedback on choice 1</extracomment>
        <translation>第二个主库同样得接收每一次写入，还要解决两个主库之间的冲突；它响应的读取并不比一个从库多。</translation>
    </message>
    <message>
        <source>Right: reads are spread over the replicas, so each new replica takes its share of them.</source>
        <extracomment>replication, step 1, feedback on choice 2</extracomment>
        <translation>没错：读取分散到各个从库上，所以每增加一个从库，它就会分担一份读取。</translation>
    </message>
    <message>
        <source>Here the primary answers no reads at all: making it bigger leaves the replicas just as busy.</source>
        <extracomment>replication, step 1, feedback on choice 3</extracomment>
        <translation>这里主库根本不响应任何读取：把它换成更大的机器，从库还是一样忙。</translation>
    </message>
    <message>
        <source>Every read still ends at a replica: more web servers send the replicas the same reads.</source>
        <extracomment>replication, step 1, feedback on choice 4</extracomment>
        <translation>每次读取最终仍然落到某个从库上：更多的 Web 服务器只会把同样的读取发给从库。</translation>
    </message>
    <message>
        <source>Reads are spread over the replicas: about 4,300 each in 30 s, while db1 handled only the 3,600 writes. But each replica also applied all 3,600 writes, to stay a copy. More reads? More replicas. More writes? Replicas do not help: every one of them applies every write.</source>
        <extracomment>replication, step 1, answer explanation</extracomment>
        <translation>读取分散到了各个从库上：30 s 内每个从库约 4,300 次，而 db1 只处理了 3,600 次写入。但为了保持为一份副本，每个从库也应用了全部 3,600 次写入。读取增多？加从库。写入增多？从库帮不上忙：每个从库都要应用每一次写入。</translation>
    </message>
    <message>
        <source>Each replica also applies every write.</source>
        <extracomment>replication, step 1, checkpoint nodes[db2].applied &gt; 3000</extracomment>
        <translation>每个从库也要应用每一次写入。</translation>
    </message>
    <message>
        <source>Asynchronous replication</source>
        <extracomment>replication, step 2, title</extracomment>
        <translation>异步复制</translation>
    </message>
    <message>
        <source>None: the primary only says &quot;done&quot; once the write is safe</source>
        <extracomment>replication, step 2, choice 1</extracomment>
        <translation>一次也没有：主库只有在写入安全之后才会回复“完成”</translation>
    </message>
    <message>
        <source>A few hundred</source>
        <extracomment>replication, step 2, choice 3</extracomment>
        <translation>几百次</translation>
    </message>
    <message>
        <source>A few thousand</source>
        <extracomment>replication, step 2, choice 4</extracomment>
        <translation>几千次</translation>
    </message>
    <message>
        <source>Asynchronous: &quot;done&quot; means committed on the primary; the replicas get the write about 100 ms later.</source>
        <extracomment>replication, step 2, feedback on choice 1</extracomment>
        <translation>异步复制：“完成”的意思是已在主库上提交；从库大约在 100 ms 之后才收到这次写入。</translation>
    </message>
    <message>
        <source>100 ms is short, but the popular keys are written many times a second, so reads of them often land inside that window.</source>
        <extracomment>replication, step 2, feedback on choice 2</extracomment>
        <translation>100 ms 很短，但热门键每秒会被写入很多次，所以对它们的读取经常落在这个时间窗口之内。</translation>
    </message>
    <message>
        <source>The popular keys take most of the reads and most of the writes: the window is open for them much of the time.</source>
        <extracomment>replication, step 2, feedback on choice 3</extracomment>
        <translation>热门键承担了大部分读取和大部分写入：对它们来说，这个窗口在很多时候都是打开的。</translation>
    </message>
    <message>
        <source>Right: about a third of the reads hit a key written less than 100 ms before.</source>
        <extracomment>replication, step 2, feedback on choice 4</extracomment>
        <translation>没错：大约三分之一的读取碰到的是不到 100 ms 前刚被写入的键。</translation>
    </message>
    <message>
        <source>About 2,700. The popular keys are written often, so a read of one of them is quite likely to arrive within 100 ms of a write. The largest lag was 105 ms: the ship delay plus the link.</source>
        <extracomment>replication, step 2, answer explanation</extracomment>
        <translation>约 2,700 次。热门键经常被写入，所以对其中某个键的读取很可能在一次写入后的 100 ms 内到达。最大延迟为 105 ms：发送延迟加上链路延迟。</translation>
    </message>
    <message>
        <source>A longer delay</source>
        <extracomment>replication, step 3, title</extracomment>
        <translation>更长的延迟</translation>
    </message>
    <message>
        <source>&lt;p&gt;Suppose the replicas are farther away, or busier, and a write now takes 500 ms to reach them. The window in which a replica answers with old data is five times longer. Some users check what they have just saved: for 2 in 10 writes, the user reloads the page 200 ms after the answer, and the read goes to a replica like any other.&lt;/p&gt;</source>
        <extracomment>replication, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;假设从库离得更远或者更忙，现在一次写入需要 500 ms 才能到达它们。从库用旧数据响应的时间窗口长了五倍。有些用户会查看自己刚刚保存的内容：每 10 次写入中有 2 次，用户会在收到响应 200 ms 后重新加载页面，而这次读取和其他读取一样发往某个从库。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A user saves a comment and reloads the page 200 ms after &quot;saved&quot;; the read goes to a replica. What can happen?</source>
        <extracomment>replication, step 3, question</extracomment>
        <translation>一个用户保存了一条评论，在看到“已保存”200 ms 后重新加载页面；这次读取发往某个从库。可能会发生什么？</translation>
    </message>
    <message>
        <source>The user&apos;s own comment is missing</source>
        <extracomment>replication, step 3, choice 1</extracomment>
        <translation>用户自己的评论不见了</translation>
    </message>
    <message>
        <source>The comment is there: 200 ms is plenty</source>
        <extracomment>replication, step 3, choice 2</extracomment>
        <translation>评论在那里：200 ms 绰绰有余</translation>
    </message>
    <message>
        <source>The page waits until the replica has the comment</source>
        <extracomment>replication, step 3, choice 4</extracomment>
        <translation>页面会等到从库收到这条评论</translation>
    </message>
    <message>
        <source>Right: the replica has not applied the write yet, so the user&apos;s own comment is not there.</source>
        <extracomment>replication, step 3, feedback on choice 1</extracomment>
        <translation>没错：从库还没有应用这次写入，所以用户自己的评论不在那里。</translation>
    </message>
    <message>
        <source>It would be with the 100 ms of the last step; now the replicas get the write 500 ms after the commit.</source>
        <extracomment>replication, step 3, feedback on choice 2</extracomment>
        <translation>如果还是上一步的 100 ms，确实如此；但现在从库要在提交 500 ms 之后才收到这次写入。</translation>
    </message>
    <message>
        <source>A replica applies each write once, when it arrives; a reload only reads.</source>
        <extracomment>replication, step 3, feedback on choice 3</extracomment>
        <translation>从库在每次写入到达时只应用它一次；重新加载只是读取。</translation>
    </message>
    <message>
        <source>A replica can be made to wait for a write (MySQL&apos;s WAIT_FOR_EXECUTED_GTID_SET), but only if the application asks for it; nothing here does.</source>
        <extracomment>replication, step 3, feedback on choice 4</extracomment>
        <translation>可以让从库等待某次写入（MySQL 的 WAIT_FOR_EXECUTED_GTID_SET），但前提是应用程序主动要求；这里没有任何地方这样做。</translation>
    </message>
    <message>
        <source>That is a read-your-writes violation: about 700 users in 30 s (670 to 790 over seeds 1 to 50) did not see their own write. Stale reads rose from about 2,700 to about 5,500. Real sites send a user&apos;s reads to the primary for a moment after they write, or make the replica wait for that write; ScaleLab shows the problem, not those fixes.</source>
        <extracomment>replication, step 3, answer explanation</extracomment>
        <translation>这就是违反了“读己之写”：30 s 内约有 700 个用户（随机种子 1 到 50 下为 670 到 790 个）没有看到自己的写入。过期读取从约 2,700 次增加到约 5,500 次。真实的网站会在用户写入后的一小段时间内把该用户的读取发往主库，或者让从库等待这次写入；ScaleLab 展示的是问题本身，而不是这些解决办法。</translation>
    </message>
    <message>
        <source>Ship delay and stale reads</source>
        <extracomment>replication, step 4, title</extracomment>
        <translation>发送延迟与过期读取</translation>
    </message>
    <message>
        <source>&lt;p&gt;How many stale reads the replicas serve depends on the &lt;b&gt;ship delay&lt;/b&gt;: how long a committed write takes to travel from the primary to a replica. Move the slider from 0 to 3 seconds; each point is 30 s of the same 400 requests a second.&lt;/p&gt;&lt;p&gt;Before you move it: if the delay doubles, do the stale reads double? Watch where the curve flattens and think about the popular keys: how often is one of them read while it is still stale? And why are there a few stale reads even at 0 ms?&lt;/p&gt;</source>
        <extracomment>replication, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;从库提供多少过期读取，取决于&lt;b&gt;发送延迟&lt;/b&gt;：一次已提交的写入从主库传到从库需要多长时间。把滑块从 0 拖到 3 秒；每个点都是同样每秒 400 个请求运行 30 s 的结果。&lt;/p&gt;&lt;p&gt;拖动之前先想一想：如果延迟翻倍，过期读取也会翻倍吗？留意曲线在哪里变平，并想想热门键：其中某个键在仍处于过期状态时被读取的频率有多高？还有，为什么即使在 0 ms 时也会有少量过期读取？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stale reads in 30 s</source>
        <extracomment>replication, step 4, explore: the plotted figure&apos;s label</extracomment>
        <translation>30 s 内的过期读取</translation>
    </message>
    <message>
        <source>Every read fails until db3 is back</source>
        <extracomment>replication, step 5, choice 1</extracomment>
        <translation>在 db3 恢复之前，每次读取都失败</translation>
    </message>
    <message>
        <source>Writes stop: the primary waits for its replicas</source>
        <extracomment>replication, step 5, choice 3</extracomment>
        <translation>写入停止：主库在等待它的从库</translation>
    </message>
    <message>
        <source>A few reads that were on db3, and more work for db2</source>
        <extracomment>replication, step 5, choice 4</extracomment>
        <translation>正在 db3 上处理的少数读取，外加 db2 更多的工作量</translation>
    </message>
    <message>
        <source>The web servers stop using a dead replica and send its reads to the one that is left.</source>
        <extracomment>replication, step 5, feedback on choice 1</extracomment>
        <translation>Web 服务器不再使用宕机的从库，而是把它的读取发给剩下的那个。</translation>
    </message>
    <message>
        <source>db2 now does twice the work, and any read inside db3 as it died fails.</source>
        <extracomment>replication, step 5, feedback on choice 2</extracomment>
        <translation>现在 db2 要做两倍的工作，而且 db3 宕机时正在它上面处理的读取都会失败。</translation>
    </message>
    <message>
        <source>An asynchronous primary answers before it ships: it never waits for a replica.</source>
        <extracomment>replication, step 5, feedback on choice 3</extracomment>
        <translation>异步复制的主库先响应、后发送：它从不等待从库。</translation>
    </message>
    <message>
        <source>Right: only the reads inside db3 as it died fail; db2 takes the rest.</source>
        <extracomment>replication, step 5, feedback on choice 4</extracomment>
        <translation>没错：只有 db3 宕机时正在它上面处理的读取会失败；其余的由 db2 承担。</translation>
    </message>
    <message>
        <source>At most a handful of requests failed (0 to 4 over seeds 1 to 50): the ones inside db3 as it died. db2 took over its reads: about 7,200 requests instead of 4,300.</source>
        <extracomment>replication, step 5, answer explanation</extracomment>
        <translation>最多只有少数几个请求失败（随机种子 1 到 50 下为 0 到 4 个）：就是 db3 宕机时正在它上面处理的那些。db2 接管了它的读取：处理了约 7,200 个请求，而不是 4,300 个。</translation>
    </message>
    <message>
        <source>&lt;p&gt;The chapter calls them master and slave; we say primary and replica. How far a replica is behind the primary is its &lt;b&gt;replication lag&lt;/b&gt;. Now &lt;b&gt;db2&lt;/b&gt; dies too, at 20 s. There is no replica left, but the primary has every write: until a new replica is ready, the primary answers the reads as well.&lt;/p&gt;</source>
        <extracomment>replication, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;本章把它们称为 master 和 slave；我们则称为主库（primary）和从库（replica）。从库落后于主库的程度称为&lt;b&gt;复制延迟&lt;/b&gt;。现在 &lt;b&gt;db2&lt;/b&gt; 也在第 20 s 宕机了。一个从库也不剩了，但主库拥有每一次写入：在新的从库准备好之前，由主库同时响应读取。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>They go up: the primary is overloaded</source>
        <extracomment>replication, step 6, choice 1</extracomment>
        <translation>增加：主库过载了</translation>
    </message>
    <message>
        <source>The primary is busier, but it answers with the newest value: busy is not stale.</source>
        <extracomment>replication, step 6, feedback on choice 1</extracomment>
        <translation>主库更忙了，但它用最新的值来响应：忙并不等于过期。</translation>
    </message>
    <message>
        <source>Stale reads come from replication lag; with no replica answering there is no lag to read through.</source>
        <extracomment>replication, step 6, feedback on choice 2</extracomment>
        <translation>过期读取来自复制延迟；没有从库响应读取时，读取就不会碰上任何延迟。</translation>
    </message>
    <message>
        <source>Right: the primary always has the newest value of every key.</source>
        <extracomment>replication, step 6, feedback on choice 3</extracomment>
        <translation>没错：主库始终拥有每个键的最新值。</translation>
    </message>
    <message>
        <source>The primary always has the newest value, so after 20 s no read is stale: about 1,800 stale reads by 30 s instead of 2,700. db1 served about 6,400 requests instead of 3,600.</source>
        <extracomment>replication, step 6, answer explanation</extracomment>
        <translation>主库始终拥有最新值，所以 20 s 之后没有任何读取是过期的：到 30 s 时约有 1,800 次过期读取，而不是 2,700 次。db1 处理了约 6,400 个请求，而不是 3,600 个。</translation>
    </message>
    <message>
        <source>Challenge: the reads keep growing</source>
        <extracomment>replication, step 7, title</extracomment>
        <translation>挑战：读取不断增长</translation>
    </message>
    <message>
        <source>&lt;p&gt;The site is a success: 1,200 requests a second, nine of every ten of them reads. The replicas here are small machines: each has 2 workers and takes 4 ms a read, so it answers about 500 reads a second. The primary still has room to spare, but it takes only the writes.&lt;/p&gt;</source>
        <extracomment>replication, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;网站很成功：每秒 1,200 个请求，每十个中有九个是读取。这里的从库是小机器：每个只有 2 个工作线程，每次读取需要 4 ms，所以每秒大约能响应 500 次读取。主库仍有余力，但它只接收写入。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 1,200 requests a second, nine in ten of them reads: drop no request and keep the p95 under 60 ms, with at most 4 databases. A new database is like db2: 2 workers, 4 ms a request, a queue of 100.&lt;/p&gt;</source>
        <extracomment>replication, step 7, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在每秒 1,200 个请求、其中十分之九是读取的情况下：不丢弃任何请求，并让 p95 保持在 60 ms 以下，最多使用 4 个数据库。新数据库和 db2 一样：2 个工作线程，每个请求 4 ms，队列容量 100。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>95 of every 100 answers take under 60 ms.</source>
        <extracomment>replication, step 7, challenge goal latency_ms.p95 &lt; 60</extracomment>
        <translation>每 100 个响应中有 95 个耗时不到 60 ms。</translation>
    </message>
    <message>
        <source>How many reads arrive each second, and how many can two replicas answer?</source>
        <extracomment>replication, step 7, challenge hint 1</extracomment>
        <translation>每秒到达多少次读取？两个从库又能响应多少次？</translation>
    </message>
    <message>
        <source>The web servers share their reads among the replicas they link to. A new replica gets reads only from the web servers linked to it.</source>
        <extracomment>replication, step 7, challenge hint 2</extracomment>
        <translation>Web 服务器把自己的读取分摊给与它们相连的从库。新从库只会收到与它相连的 Web 服务器发来的读取。</translation>
    </message>
    <message>
        <source>0.9 × 1,200 = 1,080 reads a second, and two replicas answer about 1,000. Add a third replica, linked from web1 and web2 and fed by db1.</source>
        <extracomment>replication, step 7, challenge hint 3</extracomment>
        <translation>0.9 × 1,200 = 每秒 1,080 次读取，而两个从库每秒大约能响应 1,000 次。增加第三个从库，让 web1 和 web2 连接到它，并由 db1 向它发送写入。</translation>
    </message>
    <message>
        <source>One worker finishes 1 ÷ 0.030 ≈ 33 requests a second, so 8 workers finish about 267. Our 200 fit, with a little room to spare: nothing is dropped. In the next step, pushed to 400 a second, web1 finishes about 268 a second and not one more.</source>
        <extracomment>zero-to-millions, step 1, answer explanation</extracomment>
        <translation>一个工作线程每秒完成 1 ÷ 0.030 ≈ 33 个请求，所以 8 个工作线程大约完成 267 个。我们的 200 个在能力范围之内，还略有余量：没有请求被丢弃。在下一步中，请求增加到每秒 400 个时，web1 每秒约完成 268 个，一个也不会多。</translation>
    </message>
    <message>
        <source>400 requests arrive a second and web1 finishes about 267. About how many requests are dropped in 30 s?</source>
        <extracomment>zero-to-millions, step 2, question</extracomment>
        <translation>每秒到达 400 个请求，而 web1 每秒约完成 267 个。30 s 内大约有多少个请求被丢弃？</translation>
    </message>
    <message>
        <source>About 133 requests a second have nowhere to go: about 4,000 were dropped in 30 s (3,700 to 4,300 depending on the seed). Those that got in waited in the queue: the median answer (half of the answers are faster) took about 250 ms instead of 70 ms.</source>
        <extracomment>zero-to-millions, step 2, answer explanation</extracomment>
        <translation>每秒约有 133 个请求无处可去：30 s 内约有 4,000 个被丢弃（视随机种子而定，在 3,700 到 4,300 之间）。挤进来的请求在队列中等待：响应时间的中位数（一半的响应比它快）约为 250 ms，而不是 70 ms。</translation>
    </message>
    <message>
        <source>They fail with an error</source>
        <extracomment>zero-to-millions, step 3, choice 1</extracomment>
        <translation>它们失败并返回错误</translation>
    </message>
    <message>
        <source>Only writes fail; reads still work</source>
        <extracomment>zero-to-millions, step 3, choice 4</extracomment>
        <translation>只有写入失败；读取仍然正常</translation>
    </message>
    <message>
        <source>Right: without its database web1 can only answer with an error.</source>
        <extracomment>zero-to-millions, step 3, feedback on choice 1</extracomment>
        <translation>没错：没有数据库，web1 只能返回错误。</translation>
    </message>
    <message>
        <source>web1 now keeps no data of its own: that is what splitting off the database means.</source>
        <extracomment>zero-to-millions, step 3, feedback on choice 2</extracomment>
        <translation>web1 现在自己不保存任何数据：这正是把数据库分离出去的意思。</translation>
    </message>
    <message>
        <source>web1 does not hold requests for seconds: it answers with an error as soon as db1 does not respond.</source>
        <extracomment>zero-to-millions, step 3, feedback on choice 3</extracomment>
        <translation>web1 不会把请求挂起好几秒：一旦 db1 没有响应，它就立即返回错误。</translation>
    </message>
    <message>
        <source>Reads need the data too, and the data is in db1.</source>
        <extracomment>zero-to-millions, step 3, feedback on choice 4</extracomment>
        <translation>读取同样需要数据，而数据在 db1 里。</translation>
    </message>
    <message>
        <source>web1 keeps no data of its own, so without db1 it can only answer with an error: about 1,500 requests failed. A single database is a single point of failure; replication, later in this lesson, deals with it.</source>
        <extracomment>zero-to-millions, step 3, answer explanation</extracomment>
        <translation>web1 自己不保存任何数据，所以没有 db1 时它只能返回错误：约 1,500 个请求失败。单个数据库就是一个单点故障；本课后面讲到的复制可以解决这个问题。</translation>
    </message>
    <message>
        <source>The database&apos;s</source>
        <extracomment>zero-to-millions, step 4, choice 3</extracomment>
        <translation>数据库的地址</translation>
    </message>
    <message>
        <source>Users never see the servers: they talk to the balancer, which picks one for them.</source>
        <extracomment>zero-to-millions, step 4, feedback on choice 1</extracomment>
        <translation>用户从来看不到服务器：他们只和负载均衡器通信，由它为他们挑选一台服务器。</translation>
    </message>
    <message>
        <source>That would tie users to servers; the balancer hides the servers and can change them at will.</source>
        <extracomment>zero-to-millions, step 4, feedback on choice 2</extracomment>
        <translation>那样会把用户绑定在某台服务器上；负载均衡器把服务器隐藏起来，可以随意更换它们。</translation>
    </message>
    <message>
        <source>Users never talk to the database; only the web servers do.</source>
        <extracomment>zero-to-millions, step 4, feedback on choice 3</extracomment>
        <translation>用户从不直接和数据库通信；只有 Web 服务器才会。</translation>
    </message>
    <message>
        <source>Right: the balancer is the one front door.</source>
        <extracomment>zero-to-millions, step 4, feedback on choice 4</extracomment>
        <translation>没错：负载均衡器是唯一的大门。</translation>
    </message>
    <message>
        <source>web1 and web2 take over part of web3&apos;s queue</source>
        <extracomment>zero-to-millions, step 5, choice 4</extracomment>
        <translation>web1 和 web2 接手 web3 队列中的一部分请求</translation>
    </message>
    <message>
        <source>web3 can finish about 83 a second; the rest pile up in its queue until it overflows.</source>
        <extracomment>zero-to-millions, step 5, feedback on choice 1</extracomment>
        <translation>web3 每秒大约只能完成 83 个；其余的在它的队列中堆积，直到队列溢出。</translation>
    </message>
    <message>
        <source>Round robin looks at nothing but turns: it never notices that web3 is behind.</source>
        <extracomment>zero-to-millions, step 5, feedback on choice 2</extracomment>
        <translation>轮询只看轮次，别的什么都不看：它永远不会注意到 web3 已经跟不上了。</translation>
    </message>
    <message>
        <source>Right: about 217 requests a second more than web3 can finish.</source>
        <extracomment>zero-to-millions, step 5, feedback on choice 3</extracomment>
        <translation>没错：每秒比 web3 能完成的多出约 217 个请求。</translation>
    </message>
    <message>
        <source>Servers do not share queues: a request given to web3 stays with web3.</source>
        <extracomment>zero-to-millions, step 5, feedback on choice 4</extracomment>
        <translation>服务器之间不共享队列：交给 web3 的请求就一直留在 web3 上。</translation>
    </message>
    <message>
        <source>web3&apos;s queue fills up and it refuses the rest: about 6,500 requests dropped in 30 s, while web1 and web2 have workers to spare. Requests that do get into web3 wait: the 95th percentile (p95: 95 % of requests are faster than it) reaches about 740 ms.</source>
        <extracomment>zero-to-millions, step 5, answer explanation</extracomment>
        <translation>web3 的队列被填满，其余的请求都被它拒绝：30 s 内约有 6,500 个请求被丢弃，而 web1 和 web2 还有空闲的工作线程。挤进 web3 的请求要等待：第 95 百分位延迟（p95：95% 的请求比它快）达到约 740 ms。</translation>
    </message>
    <message>
        <source>About a fifth</source>
        <extracomment>zero-to-millions, step 6, choice 3</extracomment>
        <translation>约五分之一</translation>
    </message>
    <message>
        <source>Still a third, handled better</source>
        <extracomment>zero-to-millions, step 6, choice 4</extracomment>
        <translation>仍是三分之一，只是处理得更好</translation>
    </message>
    <message>
        <source>web3 still gets a request whenever it has the fewest in progress, just far less often.</source>
        <extracomment>zero-to-millions, step 6, feedback on choice 1</extracomment>
        <translation>只要 web3 正在处理的请求最少，它仍然会分到请求，只是频率低得多。</translation>
    </message>
    <message>
        <source>Right: about what web3 can finish, 83 of 900 a second.</source>
        <extracomment>zero-to-millions, step 6, feedback on choice 2</extracomment>
        <translation>没错：大致就是 web3 能完成的量，每秒 900 个中的 83 个。</translation>
    </message>
    <message>
        <source>web3 can finish only about 83 of 900 a second, under a tenth; more would pile up in its queue.</source>
        <extracomment>zero-to-millions, step 6, feedback on choice 3</extracomment>
        <translation>web3 每秒只能完成 900 个中的约 83 个，不到十分之一；再多就会在它的队列中堆积。</translation>
    </message>
    <message>
        <source>Least connections has no turns: a server gets a new request only when it has the fewest in progress.</source>
        <extracomment>zero-to-millions, step 6, feedback on choice 4</extracomment>
        <translation>最少连接没有轮次：只有当一台服务器正在处理的请求最少时，它才会得到新请求。</translation>
    </message>
    <message>
        <source>web3 answered about 2,350 of 27,000 requests, under 9 %: about as much as it can finish. Nothing is dropped, and the 95th percentile falls from about 740 ms to about 140 ms.</source>
        <extracomment>zero-to-millions, step 6, answer explanation</extracomment>
        <translation>web3 响应了 27,000 个请求中的约 2,350 个，不到 9%：大致是它能完成的量。没有请求被丢弃，第 95 百分位延迟从约 740 ms 降到约 140 ms。</translation>
    </message>
    <message>
        <source>&lt;p&gt;When we know how big each server is, we can tell the balancer. &lt;b&gt;web1&lt;/b&gt; has 50 workers, web2 and web3 have 20 each, and a request takes 20 ms: web1 can finish 2,500 requests a second, the small ones 1,000 each. Weights 5, 2 and 2 follow those sizes: of every 9 requests, web1 gets 5 and the others 2 each. 3,600 requests a second arrive, so every server runs at 80 % of what it can do. At 15 s we switch the balancer to plain round robin, which gives each server the same share.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;如果知道每台服务器有多大，就可以告诉负载均衡器。&lt;b&gt;web1&lt;/b&gt; 有 50 个工作线程，web2 和 web3 各有 20 个，每个请求需要 20 ms：web1 每秒能完成 2,500 个请求，两台小服务器各 1,000 个。权重 5、2、2 与这些规模相符：每 9 个请求中，web1 得到 5 个，另外两台各得到 2 个。每秒到达 3,600 个请求，所以每台服务器都以其能力的 80% 运行。在第 15 s，我们把负载均衡器切换为普通轮询，它给每台服务器分配相同的份额。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Together the three servers can finish 4,500 requests a second, and 3,600 arrive. What happens after the switch to round robin at 15 s?</source>
        <extracomment>zero-to-millions, step 7, question</extracomment>
        <translation>三台服务器加起来每秒能完成 4,500 个请求，而每秒到达 3,600 个。在第 15 s 切换到轮询之后会发生什么？</translation>
    </message>
    <message>
        <source>Nothing changes: the pool still has room for 900 more a second</source>
        <extracomment>zero-to-millions, step 7, choice 1</extracomment>
        <translation>什么都不变：服务器池每秒还能再容纳 900 个</translation>
    </message>
    <message>
        <source>web2 and web3 fall behind and drop requests, while web1 has room to spare</source>
        <extracomment>zero-to-millions, step 7, choice 2</extracomment>
        <translation>web2 和 web3 跟不上，开始丢弃请求，而 web1 还有余力</translation>
    </message>
    <message>
        <source>web1 is overloaded: it still gets five of every nine requests</source>
        <extracomment>zero-to-millions, step 7, choice 3</extracomment>
        <translation>web1 过载：它仍然得到每 9 个请求中的 5 个</translation>
    </message>
    <message>
        <source>All three slow down a little, but nothing is dropped</source>
        <extracomment>zero-to-millions, step 7, choice 4</extracomment>
        <translation>三台都稍微变慢，但没有请求被丢弃</translation>
    </message>
    <message>
        <source>Spare room on web1 does not help web2 and web3: round robin gives each server a third, 1,200 a second, whatever its size.</source>
        <extracomment>zero-to-millions, step 7, feedback on choice 1</extracomment>
        <translation>web1 的余力帮不了 web2 和 web3：不管服务器大小，轮询都给每台分三分之一，即每秒 1,200 个。</translation>
    </message>
    <message>
        <source>Right: each small server gets 1,200 a second and finishes 1,000; its queue fills and the rest is dropped. web1 runs at half its capacity.</source>
        <extracomment>zero-to-millions, step 7, feedback on choice 2</extracomment>
        <translation>没错：每台小服务器每秒得到 1,200 个请求，却只能完成 1,000 个；它的队列被填满，其余的被丢弃。web1 只以一半的能力运行。</translation>
    </message>
    <message>
        <source>Round robin ignores the weights: web1 now gets a third, 1,200 of the 2,500 a second it could finish.</source>
        <extracomment>zero-to-millions, step 7, feedback on choice 3</extracomment>
        <translation>轮询忽略权重：web1 现在得到三分之一，即每秒 1,200 个，而它每秒本可以完成 2,500 个。</translation>
    </message>
    <message>
        <source>A server that gets more than it can finish does not just slow down: its queue grows until it is full, then requests are dropped.</source>
        <extracomment>zero-to-millions, step 7, feedback on choice 4</extracomment>
        <translation>一台服务器收到的请求多于它能完成的量时，并不只是变慢：它的队列会不断增长直到填满，然后请求就会被丢弃。</translation>
    </message>
    <message>
        <source>Until 15 s web1 answered about 2,000 requests a second and web2 and web3 about 800 each; nothing was dropped and 95 % of answers took under 43 ms. With round robin each server got 1,200 a second: web2 and web3 each dropped about 3,000 requests in 15 s, and their answers took 140 ms, waiting in a full queue.</source>
        <extracomment>zero-to-millions, step 7, answer explanation</extracomment>
        <translation>在第 15 s 之前，web1 每秒约响应 2,000 个请求，web2 和 web3 各约 800 个；没有请求被丢弃，95% 的响应耗时不到 43 ms。切换到轮询后，每台服务器每秒得到 1,200 个请求：web2 和 web3 在 15 s 内各丢弃了约 3,000 个请求，它们的响应因在已满的队列中等待而耗时 140 ms。</translation>
    </message>
    <message>
        <source>With weights that match the servers, nothing is dropped.</source>
        <extracomment>zero-to-millions, step 7, checkpoint requests.dropped == 0</extracomment>
        <translation>权重与服务器相匹配时，没有请求被丢弃。</translation>
    </message>
    <message>
        <source>web1 takes five of every nine requests.</source>
        <extracomment>zero-to-millions, step 7, checkpoint nodes[web1].served &gt; 27000</extracomment>
        <translation>web1 承担每 9 个请求中的 5 个。</translation>
    </message>
    <message>
        <source>With round robin the small servers drop requests...</source>
        <extracomment>zero-to-millions, step 7, checkpoint nodes[web2].dropped &gt; 1500</extracomment>
        <translation>使用轮询时，小服务器会丢弃请求……</translation>
    </message>
    <message>
        <source>...while the big one has room to spare.</source>
        <extracomment>zero-to-millions, step 7, checkpoint nodes[web1].dropped == 0</extracomment>
        <translation>……而大服务器还有余力。</translation>
    </message>
    <message>
        <source>Like nginx&apos;s ip_hash, this balancer hashes over the whole pool and picks again only when the server it found is out: everyone else keeps theirs.</source>
        <extracomment>zero-to-millions, step 8, feedback on choice 1</extracomment>
        <translation>和 nginx 的 ip_hash 一样，这个负载均衡器在整个服务器池上做哈希，只有当它找到的服务器已被移出时才会重新选择：其他所有人都保留自己的服务器。</translation>
    </message>
    <message>
        <source>They fail only until the health checks take web3 out of the pool; then they are hashed onto web1 and web2.</source>
        <extracomment>zero-to-millions, step 8, feedback on choice 2</extracomment>
        <translation>它们只会在健康检查把 web3 移出服务器池之前失败；之后它们会被哈希到 web1 和 web2 上。</translation>
    </message>
    <message>
        <source>Right: only a user whose server is gone gets a new one.</source>
        <extracomment>zero-to-millions, step 8, feedback on choice 3</extracomment>
        <translation>没错：只有服务器没了的用户才会得到一台新服务器。</translation>
    </message>
    <message>
        <source>A server dies</source>
        <extracomment>zero-to-millions, step 9, title</extracomment>
        <translation>一台服务器宕机</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to our two servers behind round robin. At 30 s &lt;b&gt;web2&lt;/b&gt; crashes. This balancer does not check its servers.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 9, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;回到轮询后面的那两台服务器。在第 30 s，&lt;b&gt;web2&lt;/b&gt; 崩溃。这个负载均衡器不检查它的服务器。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About half of them</source>
        <extracomment>zero-to-millions, step 9, choice 1</extracomment>
        <translation>大约一半</translation>
    </message>
    <message>
        <source>A few, until the balancer notices</source>
        <extracomment>zero-to-millions, step 9, choice 3</extracomment>
        <translation>少数几个，直到负载均衡器发现为止</translation>
    </message>
    <message>
        <source>Right: every second turn goes to a dead server.</source>
        <extracomment>zero-to-millions, step 9, feedback on choice 1</extracomment>
        <translation>没错：每隔一个轮次就会轮到一台宕机的服务器。</translation>
    </message>
    <message>
        <source>web1 could, but nobody tells the balancer: it still gives web2 its turns.</source>
        <extracomment>zero-to-millions, step 9, feedback on choice 2</extracomment>
        <translation>web1 本可以接管，但没有人告诉负载均衡器：它仍然把 web2 的轮次分给 web2。</translation>
    </message>
    <message>
        <source>This balancer has no way to notice: without health checks it never learns web2 is dead.</source>
        <extracomment>zero-to-millions, step 9, feedback on choice 3</extracomment>
        <translation>这个负载均衡器没有办法发现：没有健康检查，它永远不会知道 web2 已经宕机。</translation>
    </message>
    <message>
        <source>web1 is alive and answers its turns; only web2&apos;s turns fail.</source>
        <extracomment>zero-to-millions, step 9, feedback on choice 4</extracomment>
        <translation>web1 还活着，正常响应轮到它的请求；只有轮到 web2 的请求会失败。</translation>
    </message>
    <message>
        <source>Not at all: the balancer sees the crash</source>
        <extracomment>zero-to-millions, step 10, choice 1</extracomment>
        <translation>完全不会：负载均衡器能看到崩溃</translation>
    </message>
    <message>
        <source>About 2 seconds: one failed check</source>
        <extracomment>zero-to-millions, step 10, choice 2</extracomment>
        <translation>大约 2 秒：一次检查失败</translation>
    </message>
    <message>
        <source>The balancer learns only from its checks, and they run every 2 s.</source>
        <extracomment>zero-to-millions, step 10, feedback on choice 1</extracomment>
        <translation>负载均衡器只能通过检查得知情况，而检查每 2 s 才进行一次。</translation>
    </message>
    <message>
        <source>One failure is not enough here: it takes three in a row, so that one lost check does not eject a healthy server.</source>
        <extracomment>zero-to-millions, step 10, feedback on choice 2</extracomment>
        <translation>这里一次失败还不够：需要连续三次，这样偶尔丢失一次检查就不会把健康的服务器逐出。</translation>
    </message>
    <message>
        <source>Right: three checks 2 s apart, about 5.5 s after the crash.</source>
        <extracomment>zero-to-millions, step 10, feedback on choice 3</extracomment>
        <translation>没错：三次检查，每次间隔 2 s，大约在崩溃 5.5 s 之后。</translation>
    </message>
    <message>
        <source>Three failed checks take web2 out of the pool long before that.</source>
        <extracomment>zero-to-millions, step 10, feedback on choice 4</extracomment>
        <translation>早在那之前，三次失败的检查就已经把 web2 移出了服务器池。</translation>
    </message>
    <message>
        <source>Explore: how often to check</source>
        <extracomment>zero-to-millions, step 11, title</extracomment>
        <translation>探索：多久检查一次</translation>
    </message>
    <message>
        <source>&lt;p&gt;web2 dies at 10.5 s. The balancer takes a server out of the pool after three failed checks in a row, so how long users get errors depends on how often it checks. Slide the check &lt;b&gt;interval&lt;/b&gt; from 250 ms to 5 s.&lt;/p&gt;&lt;p&gt;Is the curve a straight line? Look for the values where the errors jump and those where they barely move: the first failed check comes only at the next tick after the crash. And ask the class what checking four times a second costs: every check is a request to every server, and a server that is only slow for a moment may be marked down.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 11, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;web2 在第 10.5 s 宕机。负载均衡器在连续三次检查失败后把服务器移出服务器池，所以用户遇到错误的时长取决于它检查的频率。把检查&lt;b&gt;间隔&lt;/b&gt;从 250 ms 拖到 5 s。&lt;/p&gt;&lt;p&gt;曲线是一条直线吗？找一找错误数突然跳升的取值，以及几乎不变的取值：第一次失败的检查要等到崩溃之后的下一个检查时刻才会出现。再问问全班：每秒检查四次的代价是什么？每次检查都是发给每台服务器的一个请求，而一台只是短暂变慢的服务器可能会被标记为宕机。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Check interval (ms)</source>
        <extracomment>zero-to-millions, step 11, explore: the slider&apos;s label</extracomment>
        <translation>检查间隔 (ms)</translation>
    </message>
    <message>
        <source>Errors in 30 s</source>
        <extracomment>zero-to-millions, step 11, explore: the plotted figure&apos;s label</extracomment>
        <translation>30 s 内的错误数</translation>
    </message>
    <message>
        <source>Challenge: a server dies at rush hour</source>
        <extracomment>zero-to-millions, step 12, title</extracomment>
        <translation>挑战：高峰时段一台服务器宕机</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your turn. Two web servers, 1,000 requests a second, a balancer with no health checks, and at 10 s &lt;b&gt;web2&lt;/b&gt; dies. Change the design so that the site rides through the crash.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 12, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;轮到你了。两台 Web 服务器，每秒 1,000 个请求，一个没有健康检查的负载均衡器，在第 10 s &lt;b&gt;web2&lt;/b&gt; 宕机。修改设计，让网站平稳度过这次崩溃。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 1,000 requests a second, with web2 dead from 10 s: fewer than &lt;b&gt;2,000 errors&lt;/b&gt; in 30 s, &lt;b&gt;no request dropped&lt;/b&gt; and a 95th percentile under &lt;b&gt;100 ms&lt;/b&gt; (95 % of the answers are faster than that), with at most &lt;b&gt;3 web servers&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 12, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在每秒 1,000 个请求、web2 从第 10 s 起宕机的情况下：30 s 内少于 &lt;b&gt;2,000 个错误&lt;/b&gt;，&lt;b&gt;不丢弃任何请求&lt;/b&gt;，第 95 百分位延迟低于 &lt;b&gt;100 ms&lt;/b&gt;（95% 的响应比它快），最多使用 &lt;b&gt;3 台 Web 服务器&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fewer than 2,000 requests fail.</source>
        <extracomment>zero-to-millions, step 12, challenge goal requests.error &lt; 2000</extracomment>
        <translation>失败的请求少于 2,000 个。</translation>
    </message>
    <message>
        <source>Without health checks the balancer keeps sending a share of the requests to the dead server until the end of the run.</source>
        <extracomment>zero-to-millions, step 12, challenge hint 1</extracomment>
        <translation>没有健康检查时，负载均衡器会一直把一部分请求发给宕机的服务器，直到运行结束。</translation>
    </message>
    <message>
        <source>Once web2 is out of the pool, can web1 alone carry 1,000 requests a second? Each request holds one of its 20 workers while it waits for the database too.</source>
        <extracomment>zero-to-millions, step 12, challenge hint 2</extracomment>
        <translation>web2 被移出服务器池后，web1 能独自承担每秒 1,000 个请求吗？每个请求在等待数据库时也会占用它 20 个工作线程中的一个。</translation>
    </message>
    <message>
        <source>Give lb health checks (every second, say) and add a third web server, linked from lb and to db1.</source>
        <extracomment>zero-to-millions, step 12, challenge hint 3</extracomment>
        <translation>给 lb 加上健康检查（比如每秒一次），再增加第三台 Web 服务器，从 lb 连接到它，并把它连接到 db1。</translation>
    </message>
    <message>
        <source>&lt;p&gt;A logged-in user has a &lt;b&gt;session&lt;/b&gt;. Here each server keeps its users&apos; sessions in its own memory, so the balancer has to stick each user to the same server. At 30 s &lt;b&gt;web2&lt;/b&gt; dies.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 13, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;登录的用户有一个&lt;b&gt;会话&lt;/b&gt;。这里每台服务器都把其用户的会话保存在自己的内存中，所以负载均衡器必须把每个用户固定到同一台服务器上。在第 30 s，&lt;b&gt;web2&lt;/b&gt; 宕机。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Only those with a request in progress must log in again</source>
        <extracomment>zero-to-millions, step 13, choice 3</extracomment>
        <translation>只有那些有请求正在处理中的用户需要重新登录</translation>
    </message>
    <message>
        <source>They have to log in again elsewhere</source>
        <extracomment>zero-to-millions, step 13, choice 4</extracomment>
        <translation>他们必须在别的服务器上重新登录</translation>
    </message>
    <message>
        <source>Nobody copies them: each session lives only in the memory of its server.</source>
        <extracomment>zero-to-millions, step 13, feedback on choice 1</extracomment>
        <translation>没有人复制它们：每个会话只存在于它所在服务器的内存中。</translation>
    </message>
    <message>
        <source>The balancer moves them to a live server at once: they are served, but as strangers.</source>
        <extracomment>zero-to-millions, step 13, feedback on choice 2</extracomment>
        <translation>负载均衡器会立即把他们转到一台存活的服务器上：他们能得到服务，但会被当作陌生人。</translation>
    </message>
    <message>
        <source>Every session on web2 is gone, busy or not; the others notice on their next request.</source>
        <extracomment>zero-to-millions, step 13, feedback on choice 3</extracomment>
        <translation>web2 上的每个会话都没了，不管有没有请求在处理中；其他用户会在下一次请求时发现。</translation>
    </message>
    <message>
        <source>Right: their sessions died with web2&apos;s memory.</source>
        <extracomment>zero-to-millions, step 13, feedback on choice 4</extracomment>
        <translation>没错：他们的会话随着 web2 的内存一起消失了。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now the servers keep nothing between requests: each request fetches its session from a shared &lt;b&gt;session store&lt;/b&gt;. Any server can handle any user, so the balancer needs no stickiness. The price is one more hop per request, and a store that must itself stay up.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 14, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;现在服务器在请求之间什么都不保存：每个请求都从共享的&lt;b&gt;会话存储&lt;/b&gt;中获取它的会话。任何服务器都能处理任何用户，所以负载均衡器不需要会话粘滞。代价是每个请求多一跳，而且会话存储本身必须保持可用。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About a third, those who were on web2</source>
        <extracomment>zero-to-millions, step 14, choice 2</extracomment>
        <translation>约三分之一，即原来在 web2 上的那些用户</translation>
    </message>
    <message>
        <source>Only those with a request in progress on web2</source>
        <extracomment>zero-to-millions, step 14, choice 3</extracomment>
        <translation>只有在 web2 上有请求正在处理中的用户</translation>
    </message>
    <message>
        <source>Right: the sessions are in the store, and the store is up.</source>
        <extracomment>zero-to-millions, step 14, feedback on choice 1</extracomment>
        <translation>没错：会话在会话存储中，而会话存储运行正常。</translation>
    </message>
    <message>
        <source>Those users&apos; sessions were never on web2: they are in the store.</source>
        <extracomment>zero-to-millions, step 14, feedback on choice 2</extracomment>
        <translation>那些用户的会话从来就不在 web2 上：它们在会话存储中。</translation>
    </message>
    <message>
        <source>Those requests fail, but their sessions are in the store: the next request finds them.</source>
        <extracomment>zero-to-millions, step 14, feedback on choice 3</extracomment>
        <translation>那些请求会失败，但它们的会话在会话存储中：下一个请求就能找到。</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database is now both the bottleneck and a single point of failure, so we keep copies. &lt;b&gt;db1&lt;/b&gt;, the primary, takes every write and ships it to the replicas &lt;b&gt;db2&lt;/b&gt; and &lt;b&gt;db3&lt;/b&gt;, which answer the reads. Most sites read far more than they write: here 90 % of the 500 requests a second are reads, 10 % writes.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 15, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;现在数据库既是瓶颈，又是单点故障，所以我们保留副本。主库 &lt;b&gt;db1&lt;/b&gt; 接收每一次写入，并把它发送给从库 &lt;b&gt;db2&lt;/b&gt; 和 &lt;b&gt;db3&lt;/b&gt;，由从库响应读取。大多数网站的读取远多于写入：这里每秒 500 个请求中 90% 是读取，10% 是写入。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>In 30 s db1 commits about 1,500 writes, and each replica answers about 6,700 reads. How many of those writes does each replica apply as well?</source>
        <extracomment>zero-to-millions, step 15, question</extracomment>
        <translation>30 s 内 db1 提交了约 1,500 次写入，每个从库响应了约 6,700 次读取。每个从库还要应用其中多少次写入？</translation>
    </message>
    <message>
        <source>None: writes go to the primary only</source>
        <extracomment>zero-to-millions, step 15, choice 1</extracomment>
        <translation>一次也不用：写入只发往主库</translation>
    </message>
    <message>
        <source>About 750: the two replicas share the writes as they share the reads</source>
        <extracomment>zero-to-millions, step 15, choice 2</extracomment>
        <translation>约 750 次：两个从库像分担读取一样分担写入</translation>
    </message>
    <message>
        <source>All 1,500, as many as the primary</source>
        <extracomment>zero-to-millions, step 15, choice 3</extracomment>
        <translation>全部 1,500 次，和主库一样多</translation>
    </message>
    <message>
        <source>Only the writes to keys that are read often</source>
        <extracomment>zero-to-millions, step 15, choice 4</extracomment>
        <translation>只应用那些经常被读取的键上的写入</translation>
    </message>
    <message>
        <source>Then a replica would never see a change: the primary ships every write to every replica, and each one applies it.</source>
        <extracomment>zero-to-millions, step 15, feedback on choice 1</extracomment>
        <translation>那样从库就永远看不到任何变化：主库把每次写入都发送给每个从库，每个从库都要应用它。</translation>
    </message>
    <message>
        <source>Reads are shared, writes are copied: a replica must have every change to answer any read.</source>
        <extracomment>zero-to-millions, step 15, feedback on choice 2</extracomment>
        <translation>读取是分担的，写入是复制的：从库必须拥有每一处变更，才能响应任意读取。</translation>
    </message>
    <message>
        <source>Right: every replica repeats every write, so replicas take reads off the primary, never writes.</source>
        <extracomment>zero-to-millions, step 15, feedback on choice 3</extracomment>
        <translation>没错：每个从库都要重复每一次写入，所以从库能替主库分担读取，却永远分担不了写入。</translation>
    </message>
    <message>
        <source>Replication copies the whole stream of changes, popular or not; keeping only popular data is what a cache does.</source>
        <extracomment>zero-to-millions, step 15, feedback on choice 4</extracomment>
        <translation>复制会复制整个变更流，不管热门与否；只保留热门数据，那是缓存做的事。</translation>
    </message>
    <message>
        <source>db2 and db3 each applied about 1,500 writes, every one db1 committed, besides about 6,700 reads each; db1 answered only the writes. So more reads? Add replicas. More writes? Every replica has to apply them too: replicas do not help writes.</source>
        <extracomment>zero-to-millions, step 15, answer explanation</extracomment>
        <translation>db2 和 db3 各应用了约 1,500 次写入，也就是 db1 提交的每一次，此外每个还响应了约 6,700 次读取；db1 只响应写入。所以，读取增多？加从库。写入增多？每个从库也都得应用它们：从库对写入没有帮助。</translation>
    </message>
    <message>
        <source>Each replica also applies every write...</source>
        <extracomment>zero-to-millions, step 15, checkpoint nodes[db2].applied &gt; 1300</extracomment>
        <translation>每个从库也要应用每一次写入……</translation>
    </message>
    <message>
        <source>...both of them.</source>
        <extracomment>zero-to-millions, step 15, checkpoint nodes[db3].applied &gt; 1300</extracomment>
        <translation>……两个从库都是。</translation>
    </message>
    <message>
        <source>Reloading right after saving</source>
        <extracomment>zero-to-millions, step 16, title</extracomment>
        <translation>保存后立即重新加载</translation>
    </message>
    <message>
        <source>&lt;p&gt;The primary commits a write, answers the user, and only then ships the write to the replicas: this is &lt;b&gt;asynchronous&lt;/b&gt; replication. Here a write needs about 100 ms to reach a replica. Some users check what they have just saved: for 3 in 10 writes, the user reloads the page 50 ms after the answer, and that read goes to a replica like any other.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 16, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;主库提交一次写入，响应用户，然后才把这次写入发送给从库：这就是&lt;b&gt;异步&lt;/b&gt;复制。这里一次写入大约需要 100 ms 才能到达从库。有些用户会查看自己刚刚保存的内容：每 10 次写入中有 3 次，用户会在收到响应 50 ms 后重新加载页面，而这次读取和其他读取一样发往某个从库。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A user saves a new profile picture, gets &quot;saved&quot;, and reloads the page 50 ms later; the read goes to a replica. What does the user see?</source>
        <extracomment>zero-to-millions, step 16, question</extracomment>
        <translation>一个用户保存了新的头像，得到“已保存”，50 ms 后重新加载页面；这次读取发往某个从库。用户会看到什么？</translation>
    </message>
    <message>
        <source>The new picture: the save was confirmed</source>
        <extracomment>zero-to-millions, step 16, choice 1</extracomment>
        <translation>新头像：保存已经确认了</translation>
    </message>
    <message>
        <source>An error: the replica knows it is behind</source>
        <extracomment>zero-to-millions, step 16, choice 2</extracomment>
        <translation>一个错误：从库知道自己落后了</translation>
    </message>
    <message>
        <source>The old picture, as if the save had been lost</source>
        <extracomment>zero-to-millions, step 16, choice 3</extracomment>
        <translation>旧头像，就好像保存丢失了一样</translation>
    </message>
    <message>
        <source>The new picture, once the replica has waited for the write</source>
        <extracomment>zero-to-millions, step 16, choice 4</extracomment>
        <translation>新头像，在从库等到这次写入之后</translation>
    </message>
    <message>
        <source>&quot;Saved&quot; means the primary committed it; with asynchronous replication the replicas get it about 100 ms later.</source>
        <extracomment>zero-to-millions, step 16, feedback on choice 1</extracomment>
        <translation>“已保存”的意思是主库已经提交；在异步复制中，从库大约 100 ms 之后才收到它。</translation>
    </message>
    <message>
        <source>A replica does not know which writes it has not received yet; it answers with the data it has.</source>
        <extracomment>zero-to-millions, step 16, feedback on choice 2</extracomment>
        <translation>从库并不知道自己还有哪些写入没有收到；它用自己现有的数据来响应。</translation>
    </message>
    <message>
        <source>Right: the replica has not applied the write yet and answers with what it has.</source>
        <extracomment>zero-to-millions, step 16, feedback on choice 3</extracomment>
        <translation>没错：从库还没有应用这次写入，只能用它现有的数据来响应。</translation>
    </message>
    <message>
        <source>About 450 users in 30 s did not see what they had just saved: a read-your-writes violation. The replicas were up to 105 ms behind (the ship delay plus the link), and the reload reached a replica about 85 ms after the commit. Real sites send a user&apos;s reads to the primary for a moment after they write, or make the replica wait for that write; ScaleLab shows the problem, not those fixes.</source>
        <extracomment>zero-to-millions, step 16, answer explanation</extracomment>
        <translation>30 s 内约有 450 个用户没有看到自己刚刚保存的内容：这违反了“读己之写”。从库最多落后 105 ms（发送延迟加上链路延迟），而重新加载的读取大约在提交 85 ms 后到达从库。真实的网站会在用户写入后的一小段时间内把该用户的读取发往主库，或者让从库等待这次写入；ScaleLab 展示的是问题本身，而不是这些解决办法。</translation>
    </message>
    <message>
        <source>Users do not see their own writes.</source>
        <extracomment>zero-to-millions, step 16, checkpoint replication.read_your_writes_violations &gt; 300</extracomment>
        <translation>用户读不到自己的写入。</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 10 s replica &lt;b&gt;db3&lt;/b&gt; dies, and at 20 s &lt;b&gt;db2&lt;/b&gt; dies too.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 17, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在第 10 s，从库 &lt;b&gt;db3&lt;/b&gt; 宕机；在第 20 s，&lt;b&gt;db2&lt;/b&gt; 也宕机了。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The primary answers them as well</source>
        <extracomment>zero-to-millions, step 17, choice 1</extracomment>
        <translation>主库也会响应它们</translation>
    </message>
    <message>
        <source>They wait until a new replica is ready</source>
        <extracomment>zero-to-millions, step 17, choice 3</extracomment>
        <translation>它们会等到新的从库准备好</translation>
    </message>
    <message>
        <source>Right: db1 has all the data, so it takes the reads too.</source>
        <extracomment>zero-to-millions, step 17, feedback on choice 1</extracomment>
        <translation>没错：db1 拥有全部数据，所以它也承担读取。</translation>
    </message>
    <message>
        <source>The primary has every write, so it has all the data the replicas had.</source>
        <extracomment>zero-to-millions, step 17, feedback on choice 2</extracomment>
        <translation>主库拥有每一次写入，所以从库上有的数据它全都有。</translation>
    </message>
    <message>
        <source>Nothing waits for a new replica: another database already has the data.</source>
        <extracomment>zero-to-millions, step 17, feedback on choice 3</extracomment>
        <translation>没有什么需要等待新的从库：另一个数据库已经拥有这些数据。</translation>
    </message>
    <message>
        <source>db1 has all the data, so it takes the reads too: it answered about 6,100 requests instead of 1,500 (its writes alone). Only the few reads in progress on a replica as it died failed: 5 to 21 in all.</source>
        <extracomment>zero-to-millions, step 17, answer explanation</extracomment>
        <translation>db1 拥有全部数据，所以它也承担读取：它响应了约 6,100 个请求，而不是 1,500 个（仅它的写入）。只有从库宕机时正在其上处理的少数读取失败了：总共 5 到 21 个。</translation>
    </message>
    <message>
        <source>Challenge: reads swamp the primary</source>
        <extracomment>zero-to-millions, step 18, title</extracomment>
        <translation>挑战：读取压垮了主库</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your turn. Traffic has grown to 4,000 requests a second and the replicas are gone: &lt;b&gt;db1&lt;/b&gt;, with 8 workers, takes every read and every write alone, and its queue overflows. Change the design so that it copes.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 18, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;轮到你了。流量已增长到每秒 4,000 个请求，而从库都没有了：只有 8 个工作线程的 &lt;b&gt;db1&lt;/b&gt; 独自承担每一次读取和写入，它的队列溢出了。修改设计，让它应付得过来。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 4,000 requests a second (70 % reads): a 95th percentile under &lt;b&gt;100 ms&lt;/b&gt; and &lt;b&gt;no request dropped&lt;/b&gt;, with at most &lt;b&gt;3 databases&lt;/b&gt;. Give any database you add 8 workers, like db1: a bigger machine is not the point here.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 18, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在每秒 4,000 个请求（70% 是读取）下：第 95 百分位延迟低于 &lt;b&gt;100 ms&lt;/b&gt;，&lt;b&gt;不丢弃任何请求&lt;/b&gt;，最多使用 &lt;b&gt;3 个数据库&lt;/b&gt;。你添加的每个数据库都给 8 个工作线程，和 db1 一样：这里的重点不是换一台更大的机器。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Which requests could another database answer without taking the data away from db1?</source>
        <extracomment>zero-to-millions, step 18, challenge hint 1</extracomment>
        <translation>哪些请求可以由另一个数据库来响应，而又不用把数据从 db1 那里拿走？</translation>
    </message>
    <message>
        <source>A replica answers reads; the primary still takes every write and ships it to each replica over a link from db1. Is one replica enough for 2,800 reads a second?</source>
        <extracomment>zero-to-millions, step 18, challenge hint 2</extracomment>
        <translation>从库响应读取；主库仍然接收每一次写入，并通过从 db1 出发的链路把它发送给每个从库。一个从库够应付每秒 2,800 次读取吗？</translation>
    </message>
    <message>
        <source>Add two replicas with 8 workers each, linked from db1 and from web1 and web2.</source>
        <extracomment>zero-to-millions, step 18, challenge hint 3</extracomment>
        <translation>增加两个各有 8 个工作线程的从库，从 db1 连接到它们，并让 web1 和 web2 也连接到它们。</translation>
    </message>
    <message>
        <source>&lt;p&gt;The chapter calls them master and slave; we say primary and replica. At 20 s the primary &lt;b&gt;db1&lt;/b&gt; dies. Writes fail for 5 s while the system decides what to do; then the most up-to-date replica, &lt;b&gt;db2&lt;/b&gt;, is &lt;b&gt;promoted&lt;/b&gt; to primary. Handing the primary&apos;s job to another database is &lt;b&gt;failover&lt;/b&gt;. Replication is asynchronous: db1 answers &quot;saved&quot; once it has committed a write, and ships it afterwards.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 19, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;本章把它们称为 master 和 slave；我们则称为主库（primary）和从库（replica）。在第 20 s，主库 &lt;b&gt;db1&lt;/b&gt; 宕机。在系统决定怎么做的 5 s 内，写入都会失败；然后数据最新的从库 &lt;b&gt;db2&lt;/b&gt; 被&lt;b&gt;提升&lt;/b&gt;为主库。把主库的工作交给另一个数据库，就是&lt;b&gt;故障转移&lt;/b&gt;。复制是异步的：db1 一提交写入就回复“已保存”，之后才把它发送出去。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the writes db1 acknowledged but had not shipped yet?</source>
        <extracomment>zero-to-millions, step 19, question</extracomment>
        <translation>db1 已经确认但还没发送出去的写入会怎样？</translation>
    </message>
    <message>
        <source>They are lost for good</source>
        <extracomment>zero-to-millions, step 19, choice 2</extracomment>
        <translation>它们永久丢失了</translation>
    </message>
    <message>
        <source>db2 reads them from db1&apos;s disk before taking over</source>
        <extracomment>zero-to-millions, step 19, choice 4</extracomment>
        <translation>db2 在接管之前从 db1 的磁盘上读取它们</translation>
    </message>
    <message>
        <source>db2 can only get what db1 sent, and db1 is dead.</source>
        <extracomment>zero-to-millions, step 19, feedback on choice 1</extracomment>
        <translation>db2 只能拿到 db1 发出的东西，而 db1 已经宕机了。</translation>
    </message>
    <message>
        <source>Right: they existed only on db1.</source>
        <extracomment>zero-to-millions, step 19, feedback on choice 2</extracomment>
        <translation>没错：它们只存在于 db1 上。</translation>
    </message>
    <message>
        <source>Their users were told &quot;saved&quot; and have moved on; nobody knows to resend.</source>
        <extracomment>zero-to-millions, step 19, feedback on choice 3</extracomment>
        <translation>它们的用户已经被告知“已保存”，并继续做别的事了；没有人知道要重新提交。</translation>
    </message>
    <message>
        <source>Nothing reads db1&apos;s disk here; that is the next step, binlog recovery.</source>
        <extracomment>zero-to-millions, step 19, feedback on choice 4</extracomment>
        <translation>这里没有任何东西去读 db1 的磁盘；那是下一步的内容：binlog 恢复。</translation>
    </message>
    <message>
        <source>With asynchronous replication they existed only on db1: about ten acknowledged writes were lost (5 to 20 depending on the seed). About 600 writes failed in the 5 s without a primary; reads went on from the replicas.</source>
        <extracomment>zero-to-millions, step 19, answer explanation</extracomment>
        <translation>在异步复制下，它们只存在于 db1 上：大约十次已确认的写入丢失了（视随机种子而定，为 5 到 20 次）。在没有主库的 5 s 内，约 600 次写入失败；读取则继续由从库响应。</translation>
    </message>
    <message>
        <source>Nothing: it runs in the background</source>
        <extracomment>zero-to-millions, step 20, choice 1</extracomment>
        <translation>没有代价：它在后台运行</translation>
    </message>
    <message>
        <source>Once replayed, db2 has every write; replication carries on as before.</source>
        <extracomment>zero-to-millions, step 20, feedback on choice 3</extracomment>
        <translation>重放完成后，db2 就拥有了每一次写入；复制照常继续。</translation>
    </message>
    <message>
        <source>All the missing writes were replayed and none was lost, but writes failed for longer: about 850 errors instead of 600.</source>
        <extracomment>zero-to-millions, step 20, answer explanation</extracomment>
        <translation>所有缺失的写入都被重放了，没有一次丢失，但写入失败的时间更长：约 850 个错误，而不是 600 个。</translation>
    </message>
    <message>
        <source>Both stay, each on its own master</source>
        <extracomment>zero-to-millions, step 21, choice 3</extracomment>
        <translation>两者都保留，各自留在自己的主库上</translation>
    </message>
    <message>
        <source>A database cannot add up two balances it knows nothing about: it keeps one value.</source>
        <extracomment>zero-to-millions, step 21, feedback on choice 1</extracomment>
        <translation>数据库没法把两个它一无所知的余额加起来：它只保留一个值。</translation>
    </message>
    <message>
        <source>That is the other rule, first committer wins; last writer wins tells nobody.</source>
        <extracomment>zero-to-millions, step 21, feedback on choice 2</extracomment>
        <translation>那是另一种规则：先提交者胜出；最后写入者胜出不会通知任何人。</translation>
    </message>
    <message>
        <source>The masters ship their writes to each other and end up agreeing on one value.</source>
        <extracomment>zero-to-millions, step 21, feedback on choice 3</extracomment>
        <translation>主库之间会互相发送写入，最终就一个值达成一致。</translation>
    </message>
    <message>
        <source>Right: its user was told &quot;saved&quot;, and the value is gone.</source>
        <extracomment>zero-to-millions, step 21, feedback on choice 4</extracomment>
        <translation>没错：它的用户被告知“已保存”，而这个值却没了。</translation>
    </message>
    <message>
        <source>About 300 to 350 writes in 30 s were overwritten without a word to their users; in the end all masters agree. For a balance that means lost money, and which write counts as the last is decided by the masters&apos; clocks, which can be skewed: the change that wins may not even be the later one. The other rule, first committer wins, refuses the later write and tells its user instead.</source>
        <extracomment>zero-to-millions, step 21, answer explanation</extracomment>
        <translation>30 s 内约有 300 到 350 次写入被覆盖，而它们的用户毫不知情；最终所有主库达成一致。对余额来说，这意味着钱丢了；而且哪次写入算作最后一次，是由各主库的时钟决定的，而时钟可能有偏差：胜出的修改甚至未必是较晚的那次。另一种规则，即先提交者胜出，会拒绝较晚的写入，并通知它的用户。</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Circular&lt;/b&gt; replication links the masters in a ring, A → B → C → A: each passes every write on to the next. Here each hop takes 5 ms. How far a node is behind the node where a write started is its &lt;b&gt;replication lag&lt;/b&gt;. At 20 s &lt;b&gt;dbB&lt;/b&gt; dies; 3 s later the ring closes around it, A → C.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 22, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;环形&lt;/b&gt;复制把多个主库连成一个环，A → B → C → A：每个主库把每次写入传递给下一个。这里每一跳需要 5 ms。一个节点落后于写入起始节点的程度，就是它的&lt;b&gt;复制延迟&lt;/b&gt;。在第 20 s，&lt;b&gt;dbB&lt;/b&gt; 宕机；3 s 后，环绕过它重新闭合，变为 A → C。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>While the ring is whole, how many ms after a write commits on dbA does dbC have it?</source>
        <extracomment>zero-to-millions, step 22, question</extracomment>
        <translation>在环完整的时候，一次写入在 dbA 上提交后，过多少 ms dbC 才会拥有它？</translation>
    </message>
    <message>
        <source>A → B → C is two hops: dbC&apos;s lag was 10 ms while the ring was whole. When dbB died, about 90 writes it had not passed on were held up and dbC fell about 3 s behind; when the ring closed, dbC got all of them from dbA.</source>
        <extracomment>zero-to-millions, step 22, answer explanation</extracomment>
        <translation>A → B → C 是两跳：在环完整时，dbC 的延迟是 10 ms。dbB 宕机时，它还没传递下去的约 90 次写入被滞留，dbC 落后了约 3 s；环重新闭合后，dbC 从 dbA 那里获得了所有这些写入。</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same ring with ten masters, &lt;b&gt;dbA&lt;/b&gt; to &lt;b&gt;dbJ&lt;/b&gt;, and 5 ms a hop. Until a write arrives, anyone reading from a node further round the ring sees old data.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 23, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;同样的环，换成十个主库，从 &lt;b&gt;dbA&lt;/b&gt; 到 &lt;b&gt;dbJ&lt;/b&gt;，每跳 5 ms。在写入到达之前，从环上更靠后的节点读取的人都会看到旧数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How long until dbJ, the last of ten masters, sees a write made on dbA?</source>
        <extracomment>zero-to-millions, step 23, question</extracomment>
        <translation>dbJ 是十个主库中的最后一个，要过多久它才能看到在 dbA 上做的写入？</translation>
    </message>
    <message>
        <source>5 ms: every master hears from dbA</source>
        <extracomment>zero-to-millions, step 23, choice 1</extracomment>
        <translation>5 ms：每个主库都直接从 dbA 收到写入</translation>
    </message>
    <message>
        <source>About 50 ms</source>
        <extracomment>zero-to-millions, step 23, choice 3</extracomment>
        <translation>约 50 ms</translation>
    </message>
    <message>
        <source>In a ring each master hears only from the one before it.</source>
        <extracomment>zero-to-millions, step 23, feedback on choice 1</extracomment>
        <translation>在环中，每个主库只从它前面的那个主库那里收到写入。</translation>
    </message>
    <message>
        <source>Right: nine hops of 5 ms.</source>
        <extracomment>zero-to-millions, step 23, feedback on choice 2</extracomment>
        <translation>没错：九跳，每跳 5 ms。</translation>
    </message>
    <message>
        <source>Ten masters, but only nine hops from dbA to dbJ.</source>
        <extracomment>zero-to-millions, step 23, feedback on choice 3</extracomment>
        <translation>十个主库，但从 dbA 到 dbJ 只有九跳。</translation>
    </message>
    <message>
        <source>Hops do not slow each other down here: nine hops of 5 ms are 45 ms.</source>
        <extracomment>zero-to-millions, step 23, feedback on choice 4</extracomment>
        <translation>这里各跳之间不会互相拖慢：九跳、每跳 5 ms，就是 45 ms。</translation>
    </message>
    <message>
        <source>Nine hops of 5 ms: the largest lag measured is 45 ms. Even at this light load, 65 to 100 reads in 30 s were stale.</source>
        <extracomment>zero-to-millions, step 23, answer explanation</extracomment>
        <translation>九跳，每跳 5 ms：测得的最大延迟为 45 ms。即使在这么轻的负载下，30 s 内也有 65 到 100 次读取是过期的。</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;cache&lt;/b&gt; keeps recent answers in memory. For each read the server asks &lt;b&gt;cache1&lt;/b&gt; first: a &lt;b&gt;hit&lt;/b&gt; answers in half a millisecond; a &lt;b&gt;miss&lt;/b&gt; reads db1 and the server puts the answer in the cache for next time. This is &lt;b&gt;cache-aside&lt;/b&gt;, what the chapter calls a read-through cache (in a strict read-through cache the cache loads the database itself). The share of reads that are hits is the &lt;b&gt;hit ratio&lt;/b&gt;. This cache holds 1,000 of the 10,000 keys.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 25, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;缓存&lt;/b&gt;把最近的响应保存在内存中。对于每次读取，服务器先询问 &lt;b&gt;cache1&lt;/b&gt;：&lt;b&gt;命中&lt;/b&gt;时只需半毫秒就能响应；&lt;b&gt;未命中&lt;/b&gt;时则读取 db1，服务器再把结果放进缓存，供下次使用。这就是 &lt;b&gt;cache-aside&lt;/b&gt;，本章称之为读穿透缓存（read-through cache；严格意义上的读穿透缓存是由缓存自己去加载数据库）。读取中命中所占的比例就是&lt;b&gt;命中率&lt;/b&gt;。这个缓存能容纳 10,000 个键中的 1,000 个。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The cache holds a tenth of the keys. What hit ratio do you expect, in % of the reads?</source>
        <extracomment>zero-to-millions, step 25, question</extracomment>
        <translation>缓存容纳了十分之一的键。你预计命中率是多少（占读取的百分比）？</translation>
    </message>
    <message>
        <source>Popular keys are asked for far more often than the rest, and the cache keeps them: the hit ratio is about 0.59, 59 %, not the 10 % a tenth of the keys suggests. db1 answered about 14,000 requests instead of 30,000, and the median answer fell from 37 ms to 28.5 ms.</source>
        <extracomment>zero-to-millions, step 25, answer explanation</extracomment>
        <translation>热门键被请求的频率远高于其他键，而缓存留住了它们：命中率约为 0.59，即 59%，而不是“十分之一的键”所暗示的 10%。db1 响应了约 14,000 个请求，而不是 30,000 个，响应时间的中位数从 37 ms 降到了 28.5 ms。</translation>
    </message>
    <message>
        <source>Expiration: a TTL of 2 s</source>
        <extracomment>zero-to-millions, step 26, title</extracomment>
        <translation>过期：TTL 为 2 s</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each entry has a &lt;b&gt;time to live&lt;/b&gt; (&lt;b&gt;TTL&lt;/b&gt;): once it runs out the entry expires, and the next read of that key is a miss. Here the TTL drops from 60 s to 2 s.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 26, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;每个条目都有一个&lt;b&gt;存活时间&lt;/b&gt;（&lt;b&gt;TTL&lt;/b&gt;）：时间一到，条目就过期，下一次读取该键就会未命中。这里 TTL 从 60 s 降到 2 s。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It rises: entries are fresher</source>
        <extracomment>zero-to-millions, step 26, choice 1</extracomment>
        <translation>上升：条目更新鲜了</translation>
    </message>
    <message>
        <source>It falls a little</source>
        <extracomment>zero-to-millions, step 26, choice 2</extracomment>
        <translation>稍微下降</translation>
    </message>
    <message>
        <source>It collapses to almost nothing</source>
        <extracomment>zero-to-millions, step 26, choice 3</extracomment>
        <translation>暴跌到几乎为零</translation>
    </message>
    <message>
        <source>Fresher, yes, but expiry never adds a hit: it only turns later reads into misses.</source>
        <extracomment>zero-to-millions, step 26, feedback on choice 1</extracomment>
        <translation>确实更新鲜了，但过期从来不会增加命中：它只会把之后的读取变成未命中。</translation>
    </message>
    <message>
        <source>Right: popular keys are read again well within 2 s; the rest expire first.</source>
        <extracomment>zero-to-millions, step 26, feedback on choice 2</extracomment>
        <translation>没错：热门键在 2 s 之内早就会被再次读取；其余的键则先过期了。</translation>
    </message>
    <message>
        <source>Popular keys are read many times a second, so they stay cached even with a 2 s TTL.</source>
        <extracomment>zero-to-millions, step 26, feedback on choice 3</extracomment>
        <translation>热门键每秒被读取很多次，所以即使 TTL 只有 2 s，它们也会一直留在缓存中。</translation>
    </message>
    <message>
        <source>An expired entry is gone: its next read is a miss.</source>
        <extracomment>zero-to-millions, step 26, feedback on choice 4</extracomment>
        <translation>过期的条目就没了：对它的下一次读取是未命中。</translation>
    </message>
    <message>
        <source>About 10,000 entries expired before they were used again: the hit ratio falls from 0.59 to 0.53, and db1 answers about 1,700 more requests. Too short a TTL sends reads back to the database; too long keeps old values.</source>
        <extracomment>zero-to-millions, step 26, answer explanation</extracomment>
        <translation>约 10,000 个条目还没被再次使用就过期了：命中率从 0.59 降到 0.53，db1 多响应了约 1,700 个请求。TTL 太短，会把读取推回数据库；太长，又会留住旧值。</translation>
    </message>
    <message>
        <source>&lt;p&gt;So far every write deleted its key from the cache. Here writes go to the database and leave the cache alone: a value changed in the database stays old in the cache until its entry expires. On this site, as on most, reads favour a few popular keys while writes are spread over all 10,000 keys. With a 2 s TTL it gets a hit ratio of about 0.57, and about 900 hits in 30 s return an old value. Now entries live 30 s.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 27, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;到目前为止，每次写入都会把它的键从缓存中删除。这里写入只发往数据库，不管缓存：数据库中被修改的值，在缓存中会一直是旧的，直到它的条目过期。和大多数网站一样，这个网站的读取集中在少数几个热门键上，而写入分散在全部 10,000 个键上。TTL 为 2 s 时，它的命中率约为 0.57，30 s 内约有 900 次命中返回旧值。现在条目的存活时间是 30 s。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Entries now live 30 s instead of 2 s, and writes still leave the cache alone. What do you expect?</source>
        <extracomment>zero-to-millions, step 27, question</extracomment>
        <translation>现在条目的存活时间是 30 s 而不是 2 s，而写入仍然不管缓存。你预计会怎样？</translation>
    </message>
    <message>
        <source>More hits, and many more of them stale</source>
        <extracomment>zero-to-millions, step 27, choice 1</extracomment>
        <translation>命中更多，其中过期的也多得多</translation>
    </message>
    <message>
        <source>More hits, and about as many stale ones as before</source>
        <extracomment>zero-to-millions, step 27, choice 2</extracomment>
        <translation>命中更多，过期的命中和之前差不多</translation>
    </message>
    <message>
        <source>Fewer hits: the cache fills up with old entries</source>
        <extracomment>zero-to-millions, step 27, choice 3</extracomment>
        <translation>命中更少：缓存被旧条目塞满了</translation>
    </message>
    <message>
        <source>Fewer stale hits: popular entries stay in the cache and stay right</source>
        <extracomment>zero-to-millions, step 27, choice 4</extracomment>
        <translation>过期的命中更少：热门条目留在缓存中，而且一直是正确的</translation>
    </message>
    <message>
        <source>Right: fewer entries expire, so more reads hit, and an entry kept longer is more likely to have been changed in the database since.</source>
        <extracomment>zero-to-millions, step 27, feedback on choice 1</extracomment>
        <translation>没错：过期的条目更少，所以命中的读取更多；而一个条目保留得越久，它在数据库中被修改过的可能性就越大。</translation>
    </message>
    <message>
        <source>An entry that lives 15 times longer has 15 times as long to be overwritten in the database, and without invalidation nothing removes it.</source>
        <extracomment>zero-to-millions, step 27, feedback on choice 2</extracomment>
        <translation>存活时间长 15 倍的条目，在数据库中被覆盖的时间也长 15 倍，而不做失效的话，没有什么会把它移除。</translation>
    </message>
    <message>
        <source>The cache holds 1,000 entries either way and evicts the least recently used; a longer TTL only means fewer entries expire, so fewer misses.</source>
        <extracomment>zero-to-millions, step 27, feedback on choice 3</extracomment>
        <translation>不管怎样，缓存都容纳 1,000 个条目，并淘汰最近最少使用的那个；更长的 TTL 只意味着过期的条目更少，因此未命中更少。</translation>
    </message>
    <message>
        <source>Staying in the cache does not keep a value right: only an invalidation or the end of its TTL replaces it with the new one.</source>
        <extracomment>zero-to-millions, step 27, feedback on choice 4</extracomment>
        <translation>留在缓存中并不能让值保持正确：只有失效或 TTL 到期，才会用新值替换它。</translation>
    </message>
    <message>
        <source>The hit ratio rose to about 0.66, but about 7,200 of 18,000 hits returned an old value (5,400 to 9,700 over seeds 1 to 50), against about 900 with 2 s. A longer TTL buys a few more hits and pays with many more wrong answers: set it from how old a value may be, not from the hit ratio alone.</source>
        <extracomment>zero-to-millions, step 27, answer explanation</extracomment>
        <translation>命中率升到了约 0.66，但 18,000 次命中中约有 7,200 次返回了旧值（随机种子 1 到 50 下为 5,400 到 9,700 次），而 TTL 为 2 s 时只有约 900 次。更长的 TTL 换来的是少量额外的命中，付出的却是多得多的错误答案：应根据一个值最多允许有多旧来设置 TTL，而不能只看命中率。</translation>
    </message>
    <message>
        <source>More hits than with a 2 s TTL (about 0.57)...</source>
        <extracomment>zero-to-millions, step 27, checkpoint cache.hit_ratio &gt; 0.62</extracomment>
        <translation>命中比 TTL 为 2 s 时更多（当时约为 0.57）……</translation>
    </message>
    <message>
        <source>...but thousands of them stale, against about 900 with 2 s.</source>
        <extracomment>zero-to-millions, step 27, checkpoint cache.stale_hits &gt; 3000</extracomment>
        <translation>……但其中数千次是过期的，而 TTL 为 2 s 时只有约 900 次。</translation>
    </message>
    <message>
        <source>&lt;p&gt;A full cache must &lt;b&gt;evict&lt;/b&gt; an entry to make room for a new one. This cache holds only 200 keys, 2 % of them, and uses &lt;b&gt;LFU&lt;/b&gt;: it gives up the key used least often. &lt;b&gt;LRU&lt;/b&gt; would give up the one unused for longest, &lt;b&gt;FIFO&lt;/b&gt; the oldest.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 28, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;缓存满了就必须&lt;b&gt;淘汰&lt;/b&gt;一个条目，为新条目腾出空间。这个缓存只能容纳 200 个键，即全部键的 2%，并使用 &lt;b&gt;LFU&lt;/b&gt;：它放弃使用次数最少的键。&lt;b&gt;LRU&lt;/b&gt; 会放弃最久未被使用的那个，&lt;b&gt;FIFO&lt;/b&gt; 则放弃最早进入的那个。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This cache holds 2 % of the keys. What share of the reads does it answer with LFU?</source>
        <extracomment>zero-to-millions, step 28, question</extracomment>
        <translation>这个缓存容纳了 2% 的键。使用 LFU 时，它能响应多大比例的读取？</translation>
    </message>
    <message>
        <source>About 2 %</source>
        <extracomment>zero-to-millions, step 28, choice 1</extracomment>
        <translation>约 2%</translation>
    </message>
    <message>
        <source>About 20 %</source>
        <extracomment>zero-to-millions, step 28, choice 2</extracomment>
        <translation>约 20%</translation>
    </message>
    <message>
        <source>About 45 %</source>
        <extracomment>zero-to-millions, step 28, choice 3</extracomment>
        <translation>约 45%</translation>
    </message>
    <message>
        <source>About 90 %</source>
        <extracomment>zero-to-millions, step 28, choice 4</extracomment>
        <translation>约 90%</translation>
    </message>
    <message>
        <source>That would be so if every key were equally popular; a few keys get most reads, and LFU keeps those.</source>
        <extracomment>zero-to-millions, step 28, feedback on choice 1</extracomment>
        <translation>如果每个键都一样热门，那确实如此；但少数几个键得到了大部分读取，而 LFU 留住的正是它们。</translation>
    </message>
    <message>
        <source>The 200 most popular keys draw far more than that: more than twice as much.</source>
        <extracomment>zero-to-millions, step 28, feedback on choice 2</extracomment>
        <translation>最热门的 200 个键吸引的读取远不止这些：是它的两倍多。</translation>
    </message>
    <message>
        <source>Right: a few popular keys get most of the reads, and LFU keeps exactly those.</source>
        <extracomment>zero-to-millions, step 28, feedback on choice 3</extracomment>
        <translation>没错：少数几个热门键得到了大部分读取，而 LFU 留住的恰恰是它们。</translation>
    </message>
    <message>
        <source>Many keys are read often; 200 slots cannot hold all of them.</source>
        <extracomment>zero-to-millions, step 28, feedback on choice 4</extracomment>
        <translation>经常被读取的键有很多；200 个位置装不下所有这些键。</translation>
    </message>
    <message>
        <source>LFU reaches a hit ratio of about 0.44 here; the same cache reaches 0.41 with LRU and 0.38 with FIFO. Which is best depends on how the keys are used.</source>
        <extracomment>zero-to-millions, step 28, answer explanation</extracomment>
        <translation>这里 LFU 的命中率约为 0.44；同一个缓存使用 LRU 时为 0.41，使用 FIFO 时为 0.38。哪种最好，取决于键的使用方式。</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database was sized counting on the cache: 8 workers. At 30 s &lt;b&gt;cache1&lt;/b&gt; dies. It comes back at 45 s, empty.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 29, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;数据库的规模是按照有缓存来设计的：8 个工作线程。在第 30 s，&lt;b&gt;cache1&lt;/b&gt; 宕机。它在第 45 s 恢复，但里面是空的。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It crashes too</source>
        <extracomment>zero-to-millions, step 29, choice 3</extracomment>
        <translation>它也崩溃了</translation>
    </message>
    <message>
        <source>It works a little harder, a few ms slower</source>
        <extracomment>zero-to-millions, step 29, choice 4</extracomment>
        <translation>它会稍微忙一点，慢几毫秒</translation>
    </message>
    <message>
        <source>Right: every read lands on a database sized for the misses.</source>
        <extracomment>zero-to-millions, step 29, feedback on choice 1</extracomment>
        <translation>没错：每次读取都落到一个只按未命中量来配置的数据库上。</translation>
    </message>
    <message>
        <source>It has the data, but not the workers: 8 were sized for the cache&apos;s misses only.</source>
        <extracomment>zero-to-millions, step 29, feedback on choice 2</extracomment>
        <translation>它有数据，但没有足够的工作线程：这 8 个工作线程只是为缓存的未命中配置的。</translation>
    </message>
    <message>
        <source>An overloaded database does not crash here: it queues, and refuses requests once the queue is full.</source>
        <extracomment>zero-to-millions, step 29, feedback on choice 3</extracomment>
        <translation>过载的数据库在这里不会崩溃：它会排队，队列满了之后就拒绝请求。</translation>
    </message>
    <message>
        <source>With the cache gone it gets about twice the requests it had: its queue fills and answers take hundreds of ms.</source>
        <extracomment>zero-to-millions, step 29, feedback on choice 4</extracomment>
        <translation>缓存没了之后，它收到的请求大约是原来的两倍：它的队列被填满，响应要花几百毫秒。</translation>
    </message>
    <message>
        <source>db1 answered about 15,000 requests in those 15 s, as many as in the 30 s before, and could take no more: the 95th percentile rose from 39 ms to about 420 ms and about 850 to 1,400 requests were dropped. Several cache servers, or a standby gutter pool, avoid this.</source>
        <extracomment>zero-to-millions, step 29, answer explanation</extracomment>
        <translation>在那 15 s 内，db1 响应了约 15,000 个请求，和之前 30 s 内一样多，而且再也承担不了更多：第 95 百分位延迟从 39 ms 升到约 420 ms，约有 850 到 1,400 个请求被丢弃。使用多台缓存服务器，或者准备一个备用的 Gutter 后备池，就能避免这种情况。</translation>
    </message>
    <message>
        <source>&lt;p&gt;Images, scripts and style sheets are &lt;b&gt;static&lt;/b&gt;: the same for every user. Here they all come from &lt;b&gt;assets&lt;/b&gt;, a storage bucket in the US: the &lt;b&gt;origin&lt;/b&gt;, where the original files live. Users in Europe pay for the ocean crossing on every single file.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 30, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;图片、脚本和样式表都是&lt;b&gt;静态&lt;/b&gt;文件：对每个用户都一样。这里它们全部来自 &lt;b&gt;assets&lt;/b&gt;，一个位于美国的存储桶：这就是&lt;b&gt;源站&lt;/b&gt;，原始文件存放的地方。欧洲用户获取每一个文件时，都要付出跨越大洋的代价。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;CDN&lt;/b&gt; keeps copies of static files on &lt;b&gt;edge&lt;/b&gt; servers close to the users. Each user asks the nearest edge; on a miss, the edge fetches the file from the origin once and keeps it. The share of the bytes the edges send instead of the origin is the &lt;b&gt;offload&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 31, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;CDN&lt;/b&gt; 把静态文件的副本保存在靠近用户的&lt;b&gt;边缘&lt;/b&gt;服务器上。每个用户向最近的边缘节点请求；未命中时，边缘节点从源站获取一次文件并保存下来。边缘节点代替源站发送的字节所占的比例，就是&lt;b&gt;卸载率&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Each file is fetched from the origin once per edge, then served from the edge many times.</source>
        <extracomment>zero-to-millions, step 31, feedback on choice 1</extracomment>
        <translation>每个文件在每个边缘节点上只从源站获取一次，然后由边缘节点提供很多次。</translation>
    </message>
    <message>
        <source>Popular files are asked for again and again: most bytes are repeats, sent by the edges.</source>
        <extracomment>zero-to-millions, step 31, feedback on choice 2</extracomment>
        <translation>热门文件会被一次又一次地请求：大部分字节都是重复的，由边缘节点发送。</translation>
    </message>
    <message>
        <source>Right: the edges send most bytes; the origin sends each file about once per edge, plus the rare ones.</source>
        <extracomment>zero-to-millions, step 31, feedback on choice 3</extracomment>
        <translation>没错：边缘节点发送了大部分字节；源站大约只为每个边缘节点发送每个文件一次，外加那些很少被请求的文件。</translation>
    </message>
    <message>
        <source>A file an edge does not have yet is a miss, fetched from the origin: new and rare files still come from there.</source>
        <extracomment>zero-to-millions, step 31, feedback on choice 4</extracomment>
        <translation>边缘节点还没有的文件就是未命中，要从源站获取：新文件和冷门文件仍然来自源站。</translation>
    </message>
    <message>
        <source>The edges took 86 % of the bytes off the origin (offload 0.86): it answered about 3,400 requests instead of 30,000. The median file takes 21 ms; the slowest files, from Europe to the US origin, took about 230 ms without the edges.</source>
        <extracomment>zero-to-millions, step 31, answer explanation</extracomment>
        <translation>边缘节点为源站分担了 86% 的字节（卸载率 0.86）：源站响应了约 3,400 个请求，而不是 30,000 个。文件耗时的中位数为 21 ms；没有边缘节点时，最慢的文件（从欧洲到美国的源站）耗时约 230 ms。</translation>
    </message>
    <message>
        <source>About ten times as much</source>
        <extracomment>zero-to-millions, step 32, choice 4</extracomment>
        <translation>大约是十倍</translation>
    </message>
    <message>
        <source>A CDN saves only when a file it holds is sent many times; here almost every request is a miss.</source>
        <extracomment>zero-to-millions, step 32, feedback on choice 1</extracomment>
        <translation>只有当它保存的一个文件被发送很多次时，CDN 才能省钱；这里几乎每个请求都未命中。</translation>
    </message>
    <message>
        <source>Every miss is paid twice: the origin&apos;s host bills the fill, the CDN bills the delivery.</source>
        <extracomment>zero-to-millions, step 32, feedback on choice 2</extracomment>
        <translation>每次未命中都要付两次钱：源站的托管方对填充收费，CDN 对分发收费。</translation>
    </message>
    <message>
        <source>Right: two bills for nearly every byte.</source>
        <extracomment>zero-to-millions, step 32, feedback on choice 3</extracomment>
        <translation>没错：几乎每个字节都要付两笔账单。</translation>
    </message>
    <message>
        <source>Both bills are per GB at similar prices here: two bills, not ten.</source>
        <extracomment>zero-to-millions, step 32, feedback on choice 4</extracomment>
        <translation>这里两笔账单都按 GB 计费，价格也相近：是两笔账单，而不是十笔。</translation>
    </message>
    <message>
        <source>$1.10 with the CDN against $0.55 without, and nothing is faster: the offload is 0.2 %. Every miss is paid twice: the fill to the origin&apos;s host, the delivery to the CDN. Twice rests on this example&apos;s prices: the origin&apos;s host bills a fill at the same $0.09/GB as a delivery. Put the files people ask for often on a CDN, not the rest.</source>
        <extracomment>zero-to-millions, step 32, answer explanation</extracomment>
        <translation>使用 CDN 花费 $1.10，不用则是 $0.55，而且没有任何东西变快：卸载率只有 0.2%。每次未命中都要付两次钱：填充的钱付给源站的托管方，分发的钱付给 CDN。“两倍”取决于这个例子的价格：源站的托管方对填充的收费与分发相同，都是 $0.09/GB。把人们经常请求的文件放到 CDN 上，其余的就不必了。</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s the European edge dies. A client that gets no answer from its edge within 3 s stops waiting for it.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 33, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在第 20 s，欧洲的边缘节点宕机。如果客户端在 3 s 内没有收到其边缘节点的响应，就不再等它。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Errors until the edge is back</source>
        <extracomment>zero-to-millions, step 33, choice 1</extracomment>
        <translation>在边缘节点恢复之前一直出错</translation>
    </message>
    <message>
        <source>No difference: another edge takes over</source>
        <extracomment>zero-to-millions, step 33, choice 2</extracomment>
        <translation>没有区别：另一个边缘节点会接管</translation>
    </message>
    <message>
        <source>Slower files, but no wait for a timeout</source>
        <extracomment>zero-to-millions, step 33, choice 3</extracomment>
        <translation>文件变慢，但不用等待超时</translation>
    </message>
    <message>
        <source>Clients fall back to the origin after the timeout; nothing fails.</source>
        <extracomment>zero-to-millions, step 33, feedback on choice 1</extracomment>
        <translation>客户端在超时后回退到源站；没有任何请求失败。</translation>
    </message>
    <message>
        <source>No other edge steps in here: clients must notice and fetch from the origin themselves.</source>
        <extracomment>zero-to-millions, step 33, feedback on choice 2</extracomment>
        <translation>这里没有别的边缘节点顶上：客户端必须自己发现问题，并从源站获取文件。</translation>
    </message>
    <message>
        <source>A client cannot tell a dead edge from a slow one until its 3 s timeout has run out.</source>
        <extracomment>zero-to-millions, step 33, feedback on choice 3</extracomment>
        <translation>在 3 s 超时用完之前，客户端无法区分边缘节点是宕机了还是只是慢。</translation>
    </message>
    <message>
        <source>Right: a 3 s wait once, then the long way to the US for 30 s.</source>
        <extracomment>zero-to-millions, step 33, feedback on choice 4</extracomment>
        <translation>没错：先等待一次 3 s，然后在 30 s 内都要绕远路去美国。</translation>
    </message>
    <message>
        <source>About 1,500 requests waited out the 3 s timeout before falling back, so the 99th percentile is 3.2 s; not one failed. After that the clients fetched from the origin directly for 30 s before trying their edge again: slower, but working.</source>
        <extracomment>zero-to-millions, step 33, answer explanation</extracomment>
        <translation>约 1,500 个请求等满了 3 s 超时才回退，所以第 99 百分位延迟为 3.2 s；没有一个请求失败。之后，客户端在 30 s 内直接从源站获取文件，然后才再次尝试它们的边缘节点：慢一些，但能用。</translation>
    </message>
    <message>
        <source>&lt;p&gt;We deploy a new style sheet, but the edges would keep the old one for a day, their TTL. At 30 s we &lt;b&gt;invalidate&lt;/b&gt; /static/*: 5 s later every edge drops its copies.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 34, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;我们部署了一个新的样式表，但边缘节点会把旧的那个保留一天，这是它们的 TTL。在第 30 s，我们让 /static/* &lt;b&gt;失效&lt;/b&gt;：5 s 后，每个边缘节点都丢弃了自己的副本。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>It goes down under the load</source>
        <extracomment>zero-to-millions, step 34, choice 3</extracomment>
        <translation>它在负载下宕机</translation>
    </message>
    <message>
        <source>It pushes the new files to the edges</source>
        <extracomment>zero-to-millions, step 34, choice 4</extracomment>
        <translation>它把新文件推送给边缘节点</translation>
    </message>
    <message>
        <source>The edges no longer have the files: the next request for each is a miss the origin must answer.</source>
        <extracomment>zero-to-millions, step 34, feedback on choice 1</extracomment>
        <translation>边缘节点已经没有这些文件了：对每个文件的下一次请求都是未命中，必须由源站来响应。</translation>
    </message>
    <message>
        <source>Right: each file is fetched once more per edge, then cached again.</source>
        <extracomment>zero-to-millions, step 34, feedback on choice 2</extracomment>
        <translation>没错：每个文件在每个边缘节点上都要再获取一次，然后重新被缓存。</translation>
    </message>
    <message>
        <source>Each file is fetched once per edge and cached again: a wave, not a flood.</source>
        <extracomment>zero-to-millions, step 34, feedback on choice 3</extracomment>
        <translation>每个文件在每个边缘节点上只获取一次，然后重新被缓存：是一波请求，而不是洪水。</translation>
    </message>
    <message>
        <source>Edges pull, origins do not push: the next request for each file fetches it.</source>
        <extracomment>zero-to-millions, step 34, feedback on choice 4</extracomment>
        <translation>边缘节点是拉取，源站不会推送：对每个文件的下一次请求才会去获取它。</translation>
    </message>
    <message>
        <source>Challenge: ready for the launch</source>
        <extracomment>zero-to-millions, step 35, title</extracomment>
        <translation>挑战：为发布做好准备</translation>
    </message>
    <message>
        <source>&lt;p&gt;Put the chapter together. A launch will bring 3,000 requests a second, 90 % of them reads. Two small web servers with 20 workers each and one database with 16 workers cannot take it: requests queue up and are dropped. Change the design before the launch.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 35, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;把本章的内容综合起来。一次发布会带来每秒 3,000 个请求，其中 90% 是读取。两台各有 20 个工作线程的小型 Web 服务器和一个有 16 个工作线程的数据库承受不住：请求会排队，然后被丢弃。在发布之前修改设计。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 3,000 requests a second: a 95th percentile under &lt;b&gt;100 ms&lt;/b&gt; and &lt;b&gt;no request dropped&lt;/b&gt;, with at most &lt;b&gt;4 web servers&lt;/b&gt; and &lt;b&gt;1 cache&lt;/b&gt;. The database stays as it is.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 35, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在每秒 3,000 个请求下：第 95 百分位延迟低于 &lt;b&gt;100 ms&lt;/b&gt;，&lt;b&gt;不丢弃任何请求&lt;/b&gt;，最多使用 &lt;b&gt;4 台 Web 服务器&lt;/b&gt;和 &lt;b&gt;1 个缓存&lt;/b&gt;。数据库保持不变。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Two tiers are full. Look at which nodes drop requests: the web servers, and the database behind them.</source>
        <extracomment>zero-to-millions, step 35, challenge hint 1</extracomment>
        <translation>有两层已经满负荷了。看看哪些节点在丢弃请求：Web 服务器，以及它们后面的数据库。</translation>
    </message>
    <message>
        <source>More web servers share the requests, but every read still reaches db1, and a web server waits for it. What keeps most reads away from the database?</source>
        <extracomment>zero-to-millions, step 35, challenge hint 2</extracomment>
        <translation>更多的 Web 服务器能分担请求，但每次读取仍然会到达 db1，而 Web 服务器要等待它。什么能让大部分读取不再落到数据库上？</translation>
    </message>
    <message>
        <source>Add a web server (linked from lb and to db1) and a cache linked from every web server.</source>
        <extracomment>zero-to-millions, step 35, challenge hint 3</extracomment>
        <translation>增加一台 Web 服务器（从 lb 连接到它，并把它连接到 db1），再增加一个缓存，让每台 Web 服务器都连接到它。</translation>
    </message>
    <message>
        <source>&lt;p&gt;An &lt;b&gt;offload&lt;/b&gt; above &lt;b&gt;0.8&lt;/b&gt; (the share of the bytes users receive that the origin does not send) and a median answer under &lt;b&gt;30 ms&lt;/b&gt;, with the language still in the cache key.&lt;/p&gt;</source>
        <extracomment>cdn, step 7, challenge goal (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;卸载率&lt;/b&gt;高于 &lt;b&gt;0.8&lt;/b&gt;（用户收到的字节中不由源站发送的比例），响应时间的中位数低于 &lt;b&gt;30 ms&lt;/b&gt;，并且缓存键中仍然包含语言。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Millions and beyond</source>
        <extracomment>millions-and-beyond, lesson title</extracomment>
        <translation>百万之后</translation>
    </message>
    <message>
        <source>Alerts: let a machine watch</source>
        <extracomment>millions-and-beyond, step 1, title</extracomment>
        <translation>告警：让机器来盯着</translation>
    </message>
    <message>
        <source>&lt;p&gt;A site of many servers is too big to watch by eye. &lt;b&gt;Alert rules&lt;/b&gt; watch the figures for us: this one has three. &lt;b&gt;HighLatency&lt;/b&gt; fires when the p95 latency stays above 100 ms for 3 s, &lt;b&gt;Errors&lt;/b&gt; when more than 5 % of requests fail for 2 s, &lt;b&gt;TrafficGone&lt;/b&gt; when fewer than 100 requests a second arrive for 5 s. 800 requests a second need both web servers; at 30 s &lt;b&gt;web2&lt;/b&gt; dies, and it comes back at 60 s.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;由许多服务器组成的网站太大了，无法靠肉眼盯着。&lt;b&gt;告警规则&lt;/b&gt;替我们盯着各项指标：这个网站有三条。&lt;b&gt;HighLatency&lt;/b&gt; 在 p95 延迟连续 3 s 高于 100 ms 时触发，&lt;b&gt;Errors&lt;/b&gt; 在连续 2 s 有超过 5% 的请求失败时触发，&lt;b&gt;TrafficGone&lt;/b&gt; 在连续 5 s 每秒到达的请求少于 100 个时触发。每秒 800 个请求需要两台 Web 服务器一起处理；在第 30 s，&lt;b&gt;web2&lt;/b&gt; 宕机，并在第 60 s 恢复。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web2 dies at 30 s. Which alert fires first?</source>
        <extracomment>millions-and-beyond, step 1, question</extracomment>
        <translation>web2 在第 30 s 宕机。哪条告警最先触发？</translation>
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
        <translation>都不会：负载均衡器掩盖了故障</translation>
    </message>
    <message>
        <source>It fires too, but later: web1&apos;s queue takes a few seconds to fill, and the rule waits 3 s more.</source>
        <extracomment>millions-and-beyond, step 1, feedback on choice 1</extracomment>
        <translation>它也会触发，但要晚一些：web1 的队列要几秒钟才会填满，而且这条规则还要再等 3 s。</translation>
    </message>
    <message>
        <source>Right: until the health checks take web2 out, the requests sent to it fail at once, and two bad seconds are enough.</source>
        <extracomment>millions-and-beyond, step 1, feedback on choice 2</extracomment>
        <translation>没错：在健康检查把 web2 移出之前，发给它的请求会立即失败，而两秒的异常就足够了。</translation>
    </message>
    <message>
        <source>The users keep sending: failed requests are traffic too, so this rule stays quiet.</source>
        <extracomment>millions-and-beyond, step 1, feedback on choice 3</extracomment>
        <translation>用户还在不断发送：失败的请求也是流量，所以这条规则保持沉默。</translation>
    </message>
    <message>
        <source>The balancer needs three failed health checks, 6 s, to notice; until then half the requests fail.</source>
        <extracomment>millions-and-beyond, step 1, feedback on choice 4</extracomment>
        <translation>负载均衡器需要三次健康检查失败，也就是 6 s，才能察觉；在此之前，一半的请求都会失败。</translation>
    </message>
    <message>
        <source>Errors fires about 2 s after the kill: half the requests fail on web2 until the balancer&apos;s health checks take it out. Then web1 carries everything, its queue fills, and HighLatency fires a few seconds later. Both resolve soon after web2 is back; TrafficGone never fires.</source>
        <extracomment>millions-and-beyond, step 1, answer explanation</extracomment>
        <translation>Errors 在关停后约 2 s 触发：在负载均衡器的健康检查把 web2 移出之前，一半的请求在 web2 上失败。之后 web1 承担全部负载，它的队列被填满，几秒后 HighLatency 触发。web2 恢复后不久，两条告警都会恢复；TrafficGone 从未触发。</translation>
    </message>
    <message>
        <source>Errors fires within a few seconds of the kill.</source>
        <extracomment>millions-and-beyond, step 1, checkpoint alerts[Errors].first_fired_s &lt;= 34</extracomment>
        <translation>Errors 在关停后几秒内触发。</translation>
    </message>
    <message>
        <source>HighLatency fires once.</source>
        <extracomment>millions-and-beyond, step 1, checkpoint alerts[HighLatency].fired == 1</extracomment>
        <translation>HighLatency 触发一次。</translation>
    </message>
    <message>
        <source>It has resolved by the end.</source>
        <extracomment>millions-and-beyond, step 1, checkpoint alerts[HighLatency].firing_now == 0</extracomment>
        <translation>到结束时它已恢复。</translation>
    </message>
    <message>
        <source>TrafficGone never fires.</source>
        <extracomment>millions-and-beyond, step 1, checkpoint alerts[TrafficGone].fired == 0</extracomment>
        <translation>TrafficGone 从未触发。</translation>
    </message>
    <message>
        <source>A message queue: answer now, work later</source>
        <extracomment>millions-and-beyond, step 2, title</extracomment>
        <translation>消息队列：先响应，后处理</translation>
    </message>
    <message>
        <source>&lt;p&gt;Some work should not keep the user waiting: resizing an uploaded photo, sending an email. Here a fifth of the requests are such &lt;b&gt;jobs&lt;/b&gt;. The web server puts each job on the message queue &lt;b&gt;jobs&lt;/b&gt; and answers at once; three &lt;b&gt;workers&lt;/b&gt; take jobs off the queue, each job 150 ms of work.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;有些工作不应该让用户等待：缩放上传的照片、发送电子邮件。这里五分之一的请求就是这样的&lt;b&gt;任务&lt;/b&gt;。Web 服务器把每个任务放进消息队列 &lt;b&gt;jobs&lt;/b&gt;，然后立即响应；三个&lt;b&gt;工作节点&lt;/b&gt;从队列中取出任务，每个任务需要 150 ms 的工作。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A read takes 39 ms from click to answer. How long does a user wait for the answer to an upload, whose job needs 150 ms of work?</source>
        <extracomment>millions-and-beyond, step 2, question</extracomment>
        <translation>一次读取从点击到响应需要 39 ms。一次上传的任务需要 150 ms 的工作，用户要等多久才能收到上传的响应？</translation>
    </message>
    <message>
        <source>About 40 ms</source>
        <extracomment>millions-and-beyond, step 2, choice 1</extracomment>
        <translation>约 40 ms</translation>
    </message>
    <message>
        <source>About 190 ms</source>
        <extracomment>millions-and-beyond, step 2, choice 2</extracomment>
        <translation>约 190 ms</translation>
    </message>
    <message>
        <source>About 340 ms</source>
        <extracomment>millions-and-beyond, step 2, choice 3</extracomment>
        <translation>约 340 ms</translation>
    </message>
    <message>
        <source>Seconds, when the queue is long</source>
        <extracomment>millions-and-beyond, step 2, choice 4</extracomment>
        <translation>队列很长时要好几秒</translation>
    </message>
    <message>
        <source>Right: the web server answers once the queue has the job; the work happens later.</source>
        <extracomment>millions-and-beyond, step 2, feedback on choice 1</extracomment>
        <translation>没错：队列一收下任务，Web 服务器就响应；工作稍后才做。</translation>
    </message>
    <message>
        <source>That is what the user would wait if the web server did the work itself.</source>
        <extracomment>millions-and-beyond, step 2, feedback on choice 2</extracomment>
        <translation>如果 Web 服务器自己做这项工作，用户才要等这么久。</translation>
    </message>
    <message>
        <source>The user waits neither for the work nor for a worker.</source>
        <extracomment>millions-and-beyond, step 2, feedback on choice 3</extracomment>
        <translation>用户既不用等工作完成，也不用等工作节点。</translation>
    </message>
    <message>
        <source>A long queue delays the work, not the answer: the queue takes the job at once.</source>
        <extracomment>millions-and-beyond, step 2, feedback on choice 4</extracomment>
        <translation>长队列推迟的是工作，而不是响应：队列会立即收下任务。</translation>
    </message>
    <message>
        <source>Every answer, uploads included, takes 39 ms: the job waits on the queue for a worker, the user does not.</source>
        <extracomment>millions-and-beyond, step 2, answer explanation</extracomment>
        <translation>每个响应（包括上传的响应）都只需 39 ms：在队列里等待工作节点的是任务，而不是用户。</translation>
    </message>
    <message>
        <source>Even the slowest answers take under 60 ms.</source>
        <extracomment>millions-and-beyond, step 2, checkpoint latency_ms.p99 &lt; 60</extracomment>
        <translation>即使最慢的响应也不到 60 ms。</translation>
    </message>
    <message>
        <source>The workers process the jobs.</source>
        <extracomment>millions-and-beyond, step 2, checkpoint queue.processed &gt; 700</extracomment>
        <translation>工作节点处理了这些任务。</translation>
    </message>
    <message>
        <source>The queue refuses nothing.</source>
        <extracomment>millions-and-beyond, step 2, checkpoint queue.rejected == 0</extracomment>
        <translation>队列没有拒绝任何任务。</translation>
    </message>
    <message>
        <source>A worker dies mid-job</source>
        <extracomment>millions-and-beyond, step 3, title</extracomment>
        <translation>工作节点在任务中途宕机</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s &lt;b&gt;worker1&lt;/b&gt; dies while it works on jobs. A worker deletes a job from the queue only when it is done; until then the queue hides the job from the other workers for its &lt;b&gt;visibility timeout&lt;/b&gt;, here 10 s.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在第 20 s，&lt;b&gt;worker1&lt;/b&gt; 在处理任务时宕机。工作节点只有在任务完成后才会把它从队列中删除；在此之前，队列会在&lt;b&gt;可见性超时&lt;/b&gt;（这里是 10 s）内对其他工作节点隐藏这个任务。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the jobs worker1 was working on?</source>
        <extracomment>millions-and-beyond, step 3, question</extracomment>
        <translation>worker1 正在处理的那些任务会怎样？</translation>
    </message>
    <message>
        <source>They are lost</source>
        <extracomment>millions-and-beyond, step 3, choice 1</extracomment>
        <translation>它们丢失了</translation>
    </message>
    <message>
        <source>Another worker takes them at once</source>
        <extracomment>millions-and-beyond, step 3, choice 2</extracomment>
        <translation>另一个工作节点立即接手</translation>
    </message>
    <message>
        <source>They come back after 10 s and another worker does them again</source>
        <extracomment>millions-and-beyond, step 3, choice 3</extracomment>
        <translation>它们在 10 s 后重新出现，由另一个工作节点再做一遍</translation>
    </message>
    <message>
        <source>The web server sends them again</source>
        <extracomment>millions-and-beyond, step 3, choice 4</extracomment>
        <translation>Web 服务器会重新发送它们</translation>
    </message>
    <message>
        <source>The queue never deleted them: only a worker&apos;s delete does that.</source>
        <extracomment>millions-and-beyond, step 3, feedback on choice 1</extracomment>
        <translation>队列从未删除它们：只有工作节点的删除操作才会删除任务。</translation>
    </message>
    <message>
        <source>The queue cannot tell a dead worker from a slow one: it waits for the visibility timeout.</source>
        <extracomment>millions-and-beyond, step 3, feedback on choice 2</extracomment>
        <translation>队列分不清工作节点是宕机了还是只是慢：它会等到可见性超时。</translation>
    </message>
    <message>
        <source>Right: delivery is at least once, so a worker must be able to do a job twice without harm.</source>
        <extracomment>millions-and-beyond, step 3, feedback on choice 3</extracomment>
        <translation>没错：投递是“至少一次”的，所以工作节点必须能把同一个任务做两次而不造成问题。</translation>
    </message>
    <message>
        <source>The web server answered the user long ago and forgot the job: the queue keeps it.</source>
        <extracomment>millions-and-beyond, step 3, feedback on choice 4</extracomment>
        <translation>Web 服务器早已响应了用户，也不再记得这个任务：保存任务的是队列。</translation>
    </message>
    <message>
        <source>The jobs worker1 held become visible again 10 s after they were handed out (job_redelivered in the event log) and another worker does them. The report counts them as redelivered and as duplicates: whatever worker1 did before it died is done again.</source>
        <extracomment>millions-and-beyond, step 3, answer explanation</extracomment>
        <translation>worker1 手上的任务在被分发 10 s 后重新变为可见（事件日志中的 job_redelivered），由另一个工作节点处理。报告把它们计为重新投递和重复处理：worker1 宕机前做过的工作会再做一遍。</translation>
    </message>
    <message>
        <source>The dead worker&apos;s jobs come back.</source>
        <extracomment>millions-and-beyond, step 3, checkpoint queue.redelivered &gt; 0</extracomment>
        <translation>宕机工作节点的任务回到了队列。</translation>
    </message>
    <message>
        <source>A job is worked on twice.</source>
        <extracomment>millions-and-beyond, step 3, checkpoint queue.duplicates &gt; 0</extracomment>
        <translation>有任务被处理了两次。</translation>
    </message>
    <message>
        <source>No user sees an error.</source>
        <extracomment>millions-and-beyond, step 3, checkpoint requests.error == 0</extracomment>
        <translation>没有用户看到错误。</translation>
    </message>
    <message>
        <source>The backlog and a full queue</source>
        <extracomment>millions-and-beyond, step 4, title</extracomment>
        <translation>积压与满队列</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 25 s &lt;b&gt;worker2&lt;/b&gt; dies too. One worker does about 27 jobs a second; 60 arrive. The queue holds at most 400 jobs. Both workers come back at 40 s.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在第 25 s，&lt;b&gt;worker2&lt;/b&gt; 也宕机了。一个工作节点每秒大约处理 27 个任务，而每秒到达 60 个。队列最多容纳 400 个任务。两个工作节点都在第 40 s 恢复。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>While only worker3 is left, what do the users see?</source>
        <extracomment>millions-and-beyond, step 4, question</extracomment>
        <translation>只剩 worker3 时，用户会看到什么？</translation>
    </message>
    <message>
        <source>Nothing: the queue absorbs it all</source>
        <extracomment>millions-and-beyond, step 4, choice 1</extracomment>
        <translation>什么也看不到：队列全部吸收了</translation>
    </message>
    <message>
        <source>Slower answers to every request</source>
        <extracomment>millions-and-beyond, step 4, choice 2</extracomment>
        <translation>所有请求的响应都变慢</translation>
    </message>
    <message>
        <source>Errors on some uploads once the queue is full</source>
        <extracomment>millions-and-beyond, step 4, choice 3</extracomment>
        <translation>队列满了之后，部分上传出错</translation>
    </message>
    <message>
        <source>Every request fails</source>
        <extracomment>millions-and-beyond, step 4, choice 4</extracomment>
        <translation>所有请求都失败</translation>
    </message>
    <message>
        <source>It absorbs a burst, up to its capacity: 400 jobs last about 12 s at this rate.</source>
        <extracomment>millions-and-beyond, step 4, feedback on choice 1</extracomment>
        <translation>它能吸收突发流量，但以容量为限：按这个速率，400 个任务大约只够撑 12 s。</translation>
    </message>
    <message>
        <source>Answers do not wait for workers; they stay fast until the queue is full.</source>
        <extracomment>millions-and-beyond, step 4, feedback on choice 2</extracomment>
        <translation>响应不用等工作节点；在队列填满之前，响应一直都很快。</translation>
    </message>
    <message>
        <source>Right: a full queue refuses new jobs, and those users get an error; reads and writes are not touched.</source>
        <extracomment>millions-and-beyond, step 4, feedback on choice 3</extracomment>
        <translation>没错：满了的队列会拒绝新任务，这些用户会收到错误；读取和写入不受影响。</translation>
    </message>
    <message>
        <source>Only jobs need the queue: reads and writes go on as before.</source>
        <extracomment>millions-and-beyond, step 4, feedback on choice 4</extracomment>
        <translation>只有任务需要队列：读取和写入照常进行。</translation>
    </message>
    <message>
        <source>The queue grows by about 33 jobs a second and is full about 11 s after worker2 dies: from then on, new jobs are refused until the workers are back. Then the three drain the backlog, and every job the queue took is processed.</source>
        <extracomment>millions-and-beyond, step 4, answer explanation</extracomment>
        <translation>队列每秒增长约 33 个任务，在 worker2 宕机约 11 s 后被填满：从那时起，新任务都会被拒绝，直到工作节点恢复。之后三个工作节点消化掉积压，队列接收的每个任务都得到了处理。</translation>
    </message>
    <message>
        <source>The queue fills up.</source>
        <extracomment>millions-and-beyond, step 4, checkpoint queue.max_depth == 400</extracomment>
        <translation>队列被填满。</translation>
    </message>
    <message>
        <source>A full queue refuses jobs.</source>
        <extracomment>millions-and-beyond, step 4, checkpoint queue.rejected &gt; 20</extracomment>
        <translation>满了的队列拒绝任务。</translation>
    </message>
    <message>
        <source>Reads and writes are not touched.</source>
        <extracomment>millions-and-beyond, step 4, checkpoint requests.dropped == 0</extracomment>
        <translation>读取和写入不受影响。</translation>
    </message>
    <message>
        <source>The answers stay fast.</source>
        <extracomment>millions-and-beyond, step 4, checkpoint latency_ms.p99 &lt; 60</extracomment>
        <translation>响应一直很快。</translation>
    </message>
    <message>
        <source>Autoscaling: a flash crowd</source>
        <extracomment>millions-and-beyond, step 5, title</extracomment>
        <translation>自动扩缩：突发流量洪峰</translation>
    </message>
    <message>
        <source>&lt;p&gt;The balancer&apos;s pool is now an &lt;b&gt;auto scaling group&lt;/b&gt;: it keeps each web server about half busy by launching copies of &lt;b&gt;web1&lt;/b&gt; when they get busier and retiring them when they idle, between 2 and 10 servers. A new server takes &lt;b&gt;20 s&lt;/b&gt; to boot. At 30 s a flash crowd arrives: 2,400 requests a second instead of 300.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;负载均衡器的服务器池现在是一个&lt;b&gt;Auto Scaling 组&lt;/b&gt;（弹性伸缩组）：它让每台 Web 服务器保持大约一半的忙碌度，服务器更忙时启动 &lt;b&gt;web1&lt;/b&gt; 的副本，空闲时让副本下线，服务器数量保持在 2 到 10 台之间。一台新服务器需要 &lt;b&gt;20 s&lt;/b&gt; 才能启动完成。在第 30 s，突发流量洪峰到来：每秒 2,400 个请求，而不是 300 个。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A second after the crowd arrives, the group launches seven servers. When do the dropped requests stop?</source>
        <extracomment>millions-and-beyond, step 5, question</extracomment>
        <translation>洪峰到来一秒后，该组启动了七台服务器。请求什么时候不再被丢弃？</translation>
    </message>
    <message>
        <source>At once, at 31 s</source>
        <extracomment>millions-and-beyond, step 5, choice 1</extracomment>
        <translation>立即，在第 31 s</translation>
    </message>
    <message>
        <source>About 20 s later, when the new servers have booted</source>
        <extracomment>millions-and-beyond, step 5, choice 2</extracomment>
        <translation>约 20 s 后，新服务器启动完成时</translation>
    </message>
    <message>
        <source>Only when the crowd leaves at 90 s</source>
        <extracomment>millions-and-beyond, step 5, choice 3</extracomment>
        <translation>要等到洪峰在第 90 s 退去</translation>
    </message>
    <message>
        <source>Never: the crowd is too big</source>
        <extracomment>millions-and-beyond, step 5, choice 4</extracomment>
        <translation>永远不会：洪峰太大了</translation>
    </message>
    <message>
        <source>A launched server is not a running one: it boots for 20 s first.</source>
        <extracomment>millions-and-beyond, step 5, feedback on choice 1</extracomment>
        <translation>已启动的服务器还不是正在运行的服务器：它要先用 20 s 完成启动。</translation>
    </message>
    <message>
        <source>Right: until then the two old servers carry the crowd alone, and their queues overflow.</source>
        <extracomment>millions-and-beyond, step 5, feedback on choice 2</extracomment>
        <translation>没错：在那之前，两台老服务器独自承受洪峰，它们的队列溢出。</translation>
    </message>
    <message>
        <source>Nine servers carry 2,400 requests a second easily once they are up.</source>
        <extracomment>millions-and-beyond, step 5, feedback on choice 3</extracomment>
        <translation>九台服务器一旦运行起来，就能轻松承受每秒 2,400 个请求。</translation>
    </message>
    <message>
        <source>The group may run up to ten servers, enough for the crowd.</source>
        <extracomment>millions-and-beyond, step 5, feedback on choice 4</extracomment>
        <translation>该组最多可以运行十台服务器，足以应对洪峰。</translation>
    </message>
    <message>
        <source>Scaling lags behind the load: for the 20 s the new servers boot, the two old ones drop most of the crowd, about 32,000 requests. From about 51 s on nine servers carry it without a drop, and the tenth comes after the 30 s cooldown.</source>
        <extracomment>millions-and-beyond, step 5, answer explanation</extracomment>
        <translation>扩缩滞后于负载：在新服务器启动的 20 s 里，两台老服务器丢弃了洪峰的大部分请求，约 32,000 个。从约 51 s 起，九台服务器承受住洪峰，不再丢弃请求；第十台要在 30 s 的冷却时间之后才到来。</translation>
    </message>
    <message>
        <source>Requests are dropped while the new servers boot.</source>
        <extracomment>millions-and-beyond, step 5, checkpoint requests.dropped &gt; 20000</extracomment>
        <translation>新服务器启动期间，请求被丢弃。</translation>
    </message>
    <message>
        <source>The group launches servers.</source>
        <extracomment>millions-and-beyond, step 5, checkpoint autoscale.scale_outs &gt;= 7</extracomment>
        <translation>该组启动了服务器。</translation>
    </message>
    <message>
        <source>Nine servers or more carry the crowd.</source>
        <extracomment>millions-and-beyond, step 5, checkpoint autoscale.max_servers &gt;= 9</extracomment>
        <translation>九台或更多服务器承受住洪峰。</translation>
    </message>
    <message>
        <source>The crowd leaves</source>
        <extracomment>millions-and-beyond, step 6, title</extracomment>
        <translation>洪峰退去</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 90 s the crowd is gone: 300 requests a second again. The group retires servers only when the load has stayed under its target for three whole seconds, and it never retires the servers of the file.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在第 90 s，洪峰退去：又回到每秒 300 个请求。只有当负载在整整三秒内都低于目标时，该组才会让服务器下线，而且它从不让文件中定义的服务器下线。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How many web servers run once the crowd has left?</source>
        <extracomment>millions-and-beyond, step 6, question</extracomment>
        <translation>洪峰退去后，有多少台 Web 服务器在运行？</translation>
    </message>
    <message>
        <source>Ten: a cloud keeps what it launched</source>
        <extracomment>millions-and-beyond, step 6, choice 1</extracomment>
        <translation>十台：云会保留它启动的服务器</translation>
    </message>
    <message>
        <source>Nine</source>
        <extracomment>millions-and-beyond, step 6, choice 2</extracomment>
        <translation>九台</translation>
    </message>
    <message>
        <source>Two, the minimum</source>
        <extracomment>millions-and-beyond, step 6, choice 3</extracomment>
        <translation>两台，即最小值</translation>
    </message>
    <message>
        <source>An auto scaling group gives servers back: you pay for every second one runs.</source>
        <extracomment>millions-and-beyond, step 6, feedback on choice 1</extracomment>
        <translation>Auto Scaling 组会把服务器交还回去：服务器每运行一秒，你都要为它付费。</translation>
    </message>
    <message>
        <source>300 requests a second keep two servers only a third busy: the group goes back to its minimum.</source>
        <extracomment>millions-and-beyond, step 6, feedback on choice 2</extracomment>
        <translation>每秒 300 个请求只能让两台服务器忙碌三分之一：该组回到它的最小值。</translation>
    </message>
    <message>
        <source>Right: the eight copies leave the pool at once, finish their requests and are terminated.</source>
        <extracomment>millions-and-beyond, step 6, feedback on choice 3</extracomment>
        <translation>没错：八个副本立即离开服务器池，处理完手上的请求后被终止。</translation>
    </message>
    <message>
        <source>The group keeps its minimum of two servers, and it never retires the servers of the file.</source>
        <extracomment>millions-and-beyond, step 6, feedback on choice 4</extracomment>
        <translation>该组会保留最少两台服务器，而且从不让文件中定义的服务器下线。</translation>
    </message>
    <message>
        <source>Three seconds after the crowd leaves, the group retires its eight copies. It paid for about 700 server-seconds, against 1,200 for ten servers all along. With sessions kept in a server&apos;s memory, every user on a retired copy would have to log in again: that is why an autoscaled tier is stateless.</source>
        <extracomment>millions-and-beyond, step 6, answer explanation</extracomment>
        <translation>洪峰退去三秒后，该组让它的八个副本下线。它总共付费约 700 服务器·秒，而十台服务器一直运行需要 1,200 服务器·秒。如果会话保存在服务器的内存里，位于下线副本上的每个用户都得重新登录：这就是自动扩缩的层必须无状态的原因。</translation>
    </message>
    <message>
        <source>All eight copies are retired.</source>
        <extracomment>millions-and-beyond, step 6, checkpoint autoscale.scale_ins == 8</extracomment>
        <translation>八个副本全部下线。</translation>
    </message>
    <message>
        <source>The group pays for far fewer server-seconds than ten servers all along.</source>
        <extracomment>millions-and-beyond, step 6, checkpoint autoscale.server_seconds &lt; 800</extracomment>
        <translation>该组付费的服务器·秒远少于十台服务器一直运行所需的。</translation>
    </message>
    <message>
        <source>Scale up: a bigger machine</source>
        <extracomment>millions-and-beyond, step 7, title</extracomment>
        <translation>纵向扩展：换一台更大的机器</translation>
    </message>
    <message>
        <source>&lt;p&gt;The simplest way to grow is a bigger machine: &lt;b&gt;vertical scaling&lt;/b&gt;. &lt;b&gt;web1&lt;/b&gt; is a &lt;b&gt;small&lt;/b&gt; server, 2 vCPUs and 50 workers for $0.096 an hour, and 800 requests a second are too many for it: it drops some. At 20 s it is resized to &lt;b&gt;xlarge&lt;/b&gt;, 16 vCPUs and 400 workers for $0.768 an hour. A cloud resizes a machine by stopping it, changing its type and starting it again: here that takes 15 s.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;最简单的增长方式是换一台更大的机器：&lt;b&gt;纵向扩展&lt;/b&gt;（vertical scaling，也叫垂直扩展）。&lt;b&gt;web1&lt;/b&gt; 是一台 &lt;b&gt;small&lt;/b&gt; 服务器，2 个 vCPU、50 个工作线程，每小时 $0.096；每秒 800 个请求对它来说太多了：它会丢弃一部分。在第 20 s，它被调整为 &lt;b&gt;xlarge&lt;/b&gt;：16 个 vCPU、400 个工作线程，每小时 $0.768。云平台调整机器规格的方式是先停机、更改实例类型、再重新启动：这里需要 15 s。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What do the users see during those 15 s?</source>
        <extracomment>millions-and-beyond, step 7, question</extracomment>
        <translation>在这 15 s 里，用户会看到什么？</translation>
    </message>
    <message>
        <source>Nothing: the cloud moves the server while it runs</source>
        <extracomment>millions-and-beyond, step 7, choice 1</extracomment>
        <translation>什么也看不到：云平台在服务器运行时就能完成迁移</translation>
    </message>
    <message>
        <source>Slower answers</source>
        <extracomment>millions-and-beyond, step 7, choice 2</extracomment>
        <translation>响应变慢</translation>
    </message>
    <message>
        <source>Half the requests fail</source>
        <extracomment>millions-and-beyond, step 7, choice 4</extracomment>
        <translation>一半的请求失败</translation>
    </message>
    <message>
        <source>Changing a machine&apos;s type needs it stopped: there is no second machine to take over.</source>
        <extracomment>millions-and-beyond, step 7, feedback on choice 1</extracomment>
        <translation>更改机器类型必须先停机：而且没有第二台机器来接手。</translation>
    </message>
    <message>
        <source>A stopped server gives no answers at all, slow or fast.</source>
        <extracomment>millions-and-beyond, step 7, feedback on choice 2</extracomment>
        <translation>停机的服务器根本不会应答，无所谓快慢。</translation>
    </message>
    <message>
        <source>Right: web1 is the only server, so while it is stopped nothing answers.</source>
        <extracomment>millions-and-beyond, step 7, feedback on choice 3</extracomment>
        <translation>正确：web1 是唯一的服务器，它停机时就没有任何服务器应答。</translation>
    </message>
    <message>
        <source>There is nobody to take the other half: web1 is alone.</source>
        <extracomment>millions-and-beyond, step 7, feedback on choice 4</extracomment>
        <translation>没有谁能接下另一半：只有 web1 一台服务器。</translation>
    </message>
    <message>
        <source>For 15 s every request fails, about 12,000 of them; before the resize web1 dropped what its 50 workers could not take. After it, 400 workers carry the load with room to spare, at eight times the price. Bigger machines stop at a ceiling (here 8xlarge, 96 vCPUs) and stay a single point of failure.</source>
        <extracomment>millions-and-beyond, step 7, answer explanation</extracomment>
        <translation>在这 15 s 里每个请求都失败，约 12,000 个；调整规格之前，web1 丢弃了 50 个工作线程处理不了的请求。调整之后，400 个工作线程轻松承担全部负载，价格却是原来的八倍。更大的机器终有上限（这里是 8xlarge，96 个 vCPU），而且仍然是单点故障。</translation>
    </message>
    <message>
        <source>The small server drops requests before the resize.</source>
        <extracomment>millions-and-beyond, step 7, checkpoint requests.dropped &gt; 3000</extracomment>
        <translation>调整规格之前，small 服务器会丢弃请求。</translation>
    </message>
    <message>
        <source>Every request fails while web1 is stopped.</source>
        <extracomment>millions-and-beyond, step 7, checkpoint requests.error &gt; 10000</extracomment>
        <translation>web1 停机期间，每个请求都失败。</translation>
    </message>
    <message>
        <source>The xlarge costs $0.768 an hour.</source>
        <extracomment>millions-and-beyond, step 7, checkpoint cost.dollars_per_hour == 0.768</extracomment>
        <translation>xlarge 每小时花费 $0.768。</translation>
    </message>
    <message>
        <source>Scale out instead</source>
        <extracomment>millions-and-beyond, step 8, title</extracomment>
        <translation>改为横向扩展</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same money buys two &lt;b&gt;large&lt;/b&gt; servers behind a balancer: 2 × $0.384 an hour, the price of one xlarge. At 50 s &lt;b&gt;web1&lt;/b&gt; dies, as any machine eventually does.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 8, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;同样的钱可以买两台 &lt;b&gt;large&lt;/b&gt; 服务器，放在负载均衡器后面：每小时 2 × $0.384，正好是一台 xlarge 的价格。在第 50 s，&lt;b&gt;web1&lt;/b&gt; 宕机了，任何机器迟早都会如此。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What do the users see when web1 dies?</source>
        <extracomment>millions-and-beyond, step 8, question</extracomment>
        <translation>web1 宕机时，用户会看到什么？</translation>
    </message>
    <message>
        <source>Every request fails until web1 is back</source>
        <extracomment>millions-and-beyond, step 8, choice 1</extracomment>
        <translation>在 web1 恢复之前，每个请求都失败</translation>
    </message>
    <message>
        <source>Some requests fail for about two seconds, then none</source>
        <extracomment>millions-and-beyond, step 8, choice 2</extracomment>
        <translation>大约两秒内有部分请求失败，之后不再失败</translation>
    </message>
    <message>
        <source>web2 is overloaded and drops requests</source>
        <extracomment>millions-and-beyond, step 8, choice 4</extracomment>
        <translation>web2 过载并丢弃请求</translation>
    </message>
    <message>
        <source>web2 is still there: the balancer sends everything to it once its health checks see web1 down.</source>
        <extracomment>millions-and-beyond, step 8, feedback on choice 1</extracomment>
        <translation>web2 还在：一旦健康检查发现 web1 下线，负载均衡器就把所有请求都发给 web2。</translation>
    </message>
    <message>
        <source>Right: until two failed health checks take web1 out, half the requests go to a dead server.</source>
        <extracomment>millions-and-beyond, step 8, feedback on choice 2</extracomment>
        <translation>正确：在两次失败的健康检查把 web1 移出之前，一半的请求会发往一台已宕机的服务器。</translation>
    </message>
    <message>
        <source>The balancer needs two failed checks, 1 s apart, to notice; until then web1&apos;s share fails.</source>
        <extracomment>millions-and-beyond, step 8, feedback on choice 3</extracomment>
        <translation>负载均衡器需要两次间隔 1 s 的失败检查才能察觉；在此之前，发给 web1 的那部分请求都会失败。</translation>
    </message>
    <message>
        <source>A large server has 200 workers: it carries 800 requests a second alone.</source>
        <extracomment>millions-and-beyond, step 8, feedback on choice 4</extracomment>
        <translation>一台 large 服务器有 200 个工作线程：它独自就能承担每秒 800 个请求。</translation>
    </message>
    <message>
        <source>About 450 requests fail in the two seconds before the balancer takes web1 out; then web2 carries everything. One xlarge would have failed every request until it was repaired. Scaling out costs the same and survives a failure, which is why the web tier scales horizontally.</source>
        <extracomment>millions-and-beyond, step 8, answer explanation</extracomment>
        <translation>在负载均衡器移出 web1 之前的两秒内，约 450 个请求失败；之后由 web2 承担全部请求。如果只有一台 xlarge，在它修复之前每个请求都会失败。横向扩展花费相同，却能挺过故障，这正是 Web 层采用水平扩展的原因。</translation>
    </message>
    <message>
        <source>Nothing is dropped: two large servers have room.</source>
        <extracomment>millions-and-beyond, step 8, checkpoint requests.dropped == 0</extracomment>
        <translation>没有请求被丢弃：两台 large 服务器有富余。</translation>
    </message>
    <message>
        <source>Only the requests sent to web1 before the balancer noticed fail.</source>
        <extracomment>millions-and-beyond, step 8, checkpoint requests.error &lt; 1500</extracomment>
        <translation>只有负载均衡器察觉之前发给 web1 的请求失败。</translation>
    </message>
    <message>
        <source>The failure is seen, briefly.</source>
        <extracomment>millions-and-beyond, step 8, checkpoint requests.error &gt; 0</extracomment>
        <translation>故障短暂可见。</translation>
    </message>
    <message>
        <source>Sharding: a celebrity key</source>
        <extracomment>millions-and-beyond, step 9, title</extracomment>
        <translation>分片：名人键</translation>
    </message>
    <message>
        <source>&lt;p&gt;One database cannot hold every user&apos;s data or take every query, so the data is split into &lt;b&gt;shards&lt;/b&gt;: here four databases, each holding a quarter of the keys. A key&apos;s shard is &lt;b&gt;hash(key) mod 4&lt;/b&gt;, so the web server knows where each key lives. The users&apos; reads and writes are very uneven: one key, say a celebrity&apos;s profile, is wanted far more than any other.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 9, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;一个数据库既存不下所有用户的数据，也承受不了所有查询，所以数据被拆分成&lt;b&gt;分片&lt;/b&gt;：这里有四个数据库，每个保存四分之一的键。一个键所在的分片是 &lt;b&gt;hash(key) mod 4&lt;/b&gt;，因此 Web 服务器知道每个键存放在哪里。用户的读写非常不均匀：某一个键，比如一位名人的个人主页，被访问的次数远远超过其他任何键。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Each shard holds a quarter of the keys. Which shards drop requests?</source>
        <extracomment>millions-and-beyond, step 9, question</extracomment>
        <translation>每个分片保存四分之一的键。哪些分片会丢弃请求？</translation>
    </message>
    <message>
        <source>None: the load is split four ways</source>
        <extracomment>millions-and-beyond, step 9, choice 1</extracomment>
        <translation>没有：负载被平分成了四份</translation>
    </message>
    <message>
        <source>All four a little</source>
        <extracomment>millions-and-beyond, step 9, choice 2</extracomment>
        <translation>四个分片都丢弃一点</translation>
    </message>
    <message>
        <source>Only the shard that holds the hot key</source>
        <extracomment>millions-and-beyond, step 9, choice 3</extracomment>
        <translation>只有保存热点键的那个分片</translation>
    </message>
    <message>
        <source>Only the first shard, db1</source>
        <extracomment>millions-and-beyond, step 9, choice 4</extracomment>
        <translation>只有第一个分片 db1</translation>
    </message>
    <message>
        <source>The keys are split evenly, the requests are not: one key takes a large share of them.</source>
        <extracomment>millions-and-beyond, step 9, feedback on choice 1</extracomment>
        <translation>键是平均分配的，请求却不是：一个键占了很大一部分请求。</translation>
    </message>
    <message>
        <source>Three shards stay well under their 500 calls a second.</source>
        <extracomment>millions-and-beyond, step 9, feedback on choice 2</extracomment>
        <translation>有三个分片的负载远低于它们每秒 500 次调用的上限。</translation>
    </message>
    <message>
        <source>Right: every request for that key goes to the same shard, however many shards there are.</source>
        <extracomment>millions-and-beyond, step 9, feedback on choice 3</extracomment>
        <translation>正确：无论有多少个分片，对这个键的每个请求都会发往同一个分片。</translation>
    </message>
    <message>
        <source>A hash puts the hot key wherever its hash lands; here it is db4.</source>
        <extracomment>millions-and-beyond, step 9, feedback on choice 4</extracomment>
        <translation>哈希值落在哪里，热点键就在哪里；这里是 db4。</translation>
    </message>
    <message>
        <source>About 36 % of all calls go to db4, the shard of the hot key; an even split would give it 25 %. db4 drops requests while db1, db2 and db3 have room to spare. More shards do not help: the hot key stays on one of them. Real systems give such keys a shard of their own, replicas for their reads, or a cache in front.</source>
        <extracomment>millions-and-beyond, step 9, answer explanation</extracomment>
        <translation>全部调用中约 36% 发往热点键所在的分片 db4；平均分配的话它只会得到 25%。db4 丢弃请求，而 db1、db2 和 db3 还绰绰有余。增加分片也无济于事：热点键仍然只在其中一个分片上。实际系统会给这样的键单独分配一个分片，为它的读取配置从库，或者在前面加一层缓存。</translation>
    </message>
    <message>
        <source>The busiest shard takes more than a third of the calls, not a quarter.</source>
        <extracomment>millions-and-beyond, step 9, checkpoint sharding.max_shard_share &gt; 0.33</extracomment>
        <translation>最忙的分片承担了超过三分之一的调用，而不是四分之一。</translation>
    </message>
    <message>
        <source>The hot key&apos;s shard drops requests.</source>
        <extracomment>millions-and-beyond, step 9, checkpoint nodes[db4].dropped &gt; 500</extracomment>
        <translation>热点键所在的分片丢弃请求。</translation>
    </message>
    <message>
        <source>db1 drops nothing.</source>
        <extracomment>millions-and-beyond, step 9, checkpoint nodes[db1].dropped == 0</extracomment>
        <translation>db1 没有丢弃任何请求。</translation>
    </message>
    <message>
        <source>db2 drops nothing.</source>
        <extracomment>millions-and-beyond, step 9, checkpoint nodes[db2].dropped == 0</extracomment>
        <translation>db2 没有丢弃任何请求。</translation>
    </message>
    <message>
        <source>db3 drops nothing.</source>
        <extracomment>millions-and-beyond, step 9, checkpoint nodes[db3].dropped == 0</extracomment>
        <translation>db3 没有丢弃任何请求。</translation>
    </message>
    <message>
        <source>Resharding with hash mod N</source>
        <extracomment>millions-and-beyond, step 10, title</extracomment>
        <translation>用 hash mod N 重新分片</translation>
    </message>
    <message>
        <source>&lt;p&gt;Four shards can no longer keep up: they drop requests. At 20 s a fifth shard, &lt;b&gt;db5&lt;/b&gt;, joins. Every key whose shard changes must be copied to its new shard; here each key&apos;s rows weigh 100 KB and the copy runs at 25 MB/s. Until the copy reaches a key, it stays on its old shard.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 10, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;四个分片已经跟不上了：它们在丢弃请求。在第 20 s，第五个分片 &lt;b&gt;db5&lt;/b&gt; 加入。凡是所在分片发生变化的键，都必须复制到新分片；这里每个键的数据行有 100 KB，复制速度为 25 MB/s。在复制到达某个键之前，它仍留在原来的分片上。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The rule is hash(key) mod N, and N goes from 4 to 5. How many of the 10,000 keys move?</source>
        <extracomment>millions-and-beyond, step 10, question</extracomment>
        <translation>规则是 hash(key) mod N，N 从 4 变为 5。10,000 个键中有多少个要迁移？</translation>
    </message>
    <message>
        <source>About 2,000: the fifth shard&apos;s share</source>
        <extracomment>millions-and-beyond, step 10, choice 1</extracomment>
        <translation>约 2,000 个：第五个分片的份额</translation>
    </message>
    <message>
        <source>About 5,000</source>
        <extracomment>millions-and-beyond, step 10, choice 2</extracomment>
        <translation>约 5,000 个</translation>
    </message>
    <message>
        <source>About 8,000</source>
        <extracomment>millions-and-beyond, step 10, choice 3</extracomment>
        <translation>约 8,000 个</translation>
    </message>
    <message>
        <source>All 10,000</source>
        <extracomment>millions-and-beyond, step 10, choice 4</extracomment>
        <translation>全部 10,000 个</translation>
    </message>
    <message>
        <source>That is what the new shard ends up holding, but the others swap keys among themselves too.</source>
        <extracomment>millions-and-beyond, step 10, feedback on choice 1</extracomment>
        <translation>这是新分片最终保存的数量，但其他分片之间也会互相交换键。</translation>
    </message>
    <message>
        <source>More: a key stays only when its hash gives the same remainder mod 4 and mod 5.</source>
        <extracomment>millions-and-beyond, step 10, feedback on choice 2</extracomment>
        <translation>更多：只有哈希值对 4 和对 5 取模余数相同的键才能留在原处。</translation>
    </message>
    <message>
        <source>Right: only one key in five keeps its shard when N changes.</source>
        <extracomment>millions-and-beyond, step 10, feedback on choice 3</extracomment>
        <translation>正确：N 改变时，每五个键中只有一个能留在原来的分片。</translation>
    </message>
    <message>
        <source>A fifth of them land where they were.</source>
        <extracomment>millions-and-beyond, step 10, feedback on choice 4</extracomment>
        <translation>其中五分之一会落在原来的位置。</translation>
    </message>
    <message>
        <source>About 7,900 keys move, so the copy takes about 31 s, and during it thousands of reads ask for a key that is still on its way. Changing N reshuffles almost everything: that is the weakness of mod N.</source>
        <extracomment>millions-and-beyond, step 10, answer explanation</extracomment>
        <translation>约 7,900 个键要迁移，所以复制需要约 31 s，期间有数千次读取请求的键仍在迁移途中。改变 N 几乎会打乱所有键：这就是 mod N 的弱点。</translation>
    </message>
    <message>
        <source>A fifth shard joined.</source>
        <extracomment>millions-and-beyond, step 10, checkpoint sharding.shards == 5</extracomment>
        <translation>第五个分片已加入。</translation>
    </message>
    <message>
        <source>Most keys move.</source>
        <extracomment>millions-and-beyond, step 10, checkpoint sharding.moved_keys &gt; 7000</extracomment>
        <translation>大多数键都要迁移。</translation>
    </message>
    <message>
        <source>Thousands of reads ask for a key in transit.</source>
        <extracomment>millions-and-beyond, step 10, checkpoint sharding.moving_reads &gt; 3000</extracomment>
        <translation>数千次读取请求的键正在迁移途中。</translation>
    </message>
    <message>
        <source>Resharding with consistent hashing</source>
        <extracomment>millions-and-beyond, step 11, title</extracomment>
        <translation>用一致性哈希重新分片</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same four shards, the same fifth one at 20 s, but now the keys sit on a &lt;b&gt;consistent-hash ring&lt;/b&gt;: each shard owns the arcs before its points on the ring, and a new shard takes arcs only from its neighbours.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 11, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;同样的四个分片，同样在第 20 s 加入第五个，但现在键位于一个&lt;b&gt;一致性哈希环&lt;/b&gt;上：每个分片拥有环上它的各个点之前的弧段，新分片只从相邻的分片那里接管弧段。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How many of the 10,000 keys move this time?</source>
        <extracomment>millions-and-beyond, step 11, question</extracomment>
        <translation>这一次，10,000 个键中有多少个要迁移？</translation>
    </message>
    <message>
        <source>About 2,000</source>
        <extracomment>millions-and-beyond, step 11, choice 1</extracomment>
        <translation>约 2,000 个</translation>
    </message>
    <message>
        <source>None until the copy is over</source>
        <extracomment>millions-and-beyond, step 11, choice 4</extracomment>
        <translation>复制结束之前一个也不迁移</translation>
    </message>
    <message>
        <source>Right: only the keys the new shard takes over move, about 1/5 of them.</source>
        <extracomment>millions-and-beyond, step 11, feedback on choice 1</extracomment>
        <translation>正确：只有新分片接管的键才会迁移，约占 1/5。</translation>
    </message>
    <message>
        <source>Fewer: no key moves between the old shards.</source>
        <extracomment>millions-and-beyond, step 11, feedback on choice 2</extracomment>
        <translation>更少：原有分片之间没有键迁移。</translation>
    </message>
    <message>
        <source>That was mod N; the ring moves only what the new shard takes.</source>
        <extracomment>millions-and-beyond, step 11, feedback on choice 3</extracomment>
        <translation>那是 mod N 的情况；哈希环只迁移新分片接管的键。</translation>
    </message>
    <message>
        <source>Keys still move; the question is how many.</source>
        <extracomment>millions-and-beyond, step 11, feedback on choice 4</extracomment>
        <translation>键仍然要迁移；问题是有多少。</translation>
    </message>
    <message>
        <source>About 2,200 keys move, every one of them to db5; the copy is over in about 9 s instead of 31, and far fewer reads meet a key in transit. That is why caches and sharded databases use consistent hashing.</source>
        <extracomment>millions-and-beyond, step 11, answer explanation</extracomment>
        <translation>约 2,200 个键迁移，而且全部迁往 db5；复制约 9 s 就完成了，而不是 31 s，遇到迁移中键的读取也少得多。这就是缓存和分片数据库采用一致性哈希的原因。</translation>
    </message>
    <message>
        <source>About a fifth of the keys move.</source>
        <extracomment>millions-and-beyond, step 11, checkpoint sharding.moved_keys &lt; 3300</extracomment>
        <translation>约五分之一的键迁移。</translation>
    </message>
    <message>
        <source>The new shard takes its share.</source>
        <extracomment>millions-and-beyond, step 11, checkpoint sharding.moved_keys &gt; 1200</extracomment>
        <translation>新分片接管了它的份额。</translation>
    </message>
    <message>
        <source>Few reads meet a key in transit.</source>
        <extracomment>millions-and-beyond, step 11, checkpoint sharding.moving_reads &lt; 2000</extracomment>
        <translation>很少有读取遇到迁移中的键。</translation>
    </message>
    <message>
        <source>A query over every shard</source>
        <extracomment>millions-and-beyond, step 12, title</extracomment>
        <translation>跨所有分片的查询</translation>
    </message>
    <message>
        <source>&lt;p&gt;Some queries need every shard: a search over all users, a feed of everyone&apos;s posts. Here a tenth of the reads are such a &lt;b&gt;fan-out&lt;/b&gt;: the web server asks all four shards at once and answers when all have. One shard, &lt;b&gt;db4&lt;/b&gt;, is slow: 80 ms a call instead of 5.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 12, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;有些查询需要用到每个分片：在全部用户中搜索、汇总所有人帖子的信息流。这里十分之一的读取就是这样的&lt;b&gt;扇出&lt;/b&gt;（fan-out）：Web 服务器同时询问全部四个分片，等所有分片都应答后才返回。其中一个分片 &lt;b&gt;db4&lt;/b&gt; 很慢：每次调用 80 ms，而不是 5 ms。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How long does a fan-out read take?</source>
        <extracomment>millions-and-beyond, step 12, question</extracomment>
        <translation>一次扇出读取需要多长时间？</translation>
    </message>
    <message>
        <source>As long as the fastest shard</source>
        <extracomment>millions-and-beyond, step 12, choice 1</extracomment>
        <translation>与最快的分片一样长</translation>
    </message>
    <message>
        <source>About the average of the four shards</source>
        <extracomment>millions-and-beyond, step 12, choice 2</extracomment>
        <translation>大约是四个分片的平均值</translation>
    </message>
    <message>
        <source>As long as the slowest shard, db4</source>
        <extracomment>millions-and-beyond, step 12, choice 3</extracomment>
        <translation>与最慢的分片 db4 一样长</translation>
    </message>
    <message>
        <source>The four shards&apos; times added up</source>
        <extracomment>millions-and-beyond, step 12, choice 4</extracomment>
        <translation>四个分片的耗时之和</translation>
    </message>
    <message>
        <source>The answer needs every shard&apos;s part: the web server waits for all of them.</source>
        <extracomment>millions-and-beyond, step 12, feedback on choice 1</extracomment>
        <translation>应答需要每个分片的那一部分：Web 服务器要等所有分片。</translation>
    </message>
    <message>
        <source>Waiting for all of them means waiting for the slowest.</source>
        <extracomment>millions-and-beyond, step 12, feedback on choice 2</extracomment>
        <translation>等待所有分片，就意味着等待最慢的那个。</translation>
    </message>
    <message>
        <source>Right: about 107 ms, every time, while most single-key reads take about 32 ms.</source>
        <extracomment>millions-and-beyond, step 12, feedback on choice 3</extracomment>
        <translation>正确：每次约 107 ms，而大多数单键读取只需约 32 ms。</translation>
    </message>
    <message>
        <source>The calls go out at the same time, not one after the other.</source>
        <extracomment>millions-and-beyond, step 12, feedback on choice 4</extracomment>
        <translation>这些调用是同时发出的，而不是一个接一个。</translation>
    </message>
    <message>
        <source>Every fan-out read waits for db4, so it takes about 107 ms, while the median request takes about 32 ms. The more shards a query touches, the likelier one of them is slow: keep fan-out queries rare, or answer them from a separate index.</source>
        <extracomment>millions-and-beyond, step 12, answer explanation</extracomment>
        <translation>每次扇出读取都要等待 db4，所以耗时约 107 ms，而请求耗时的中位数约为 32 ms。一个查询涉及的分片越多，其中某个分片很慢的可能性就越大：尽量少用扇出查询，或者用单独的索引来回答它们。</translation>
    </message>
    <message>
        <source>Fan-out reads take as long as the slowest shard.</source>
        <extracomment>millions-and-beyond, step 12, checkpoint sharding.fan_out_mean_ms &gt; 100</extracomment>
        <translation>扇出读取的耗时与最慢的分片相同。</translation>
    </message>
    <message>
        <source>The median request is far faster.</source>
        <extracomment>millions-and-beyond, step 12, checkpoint latency_ms.p50 &lt; 50</extracomment>
        <translation>请求耗时的中位数要快得多。</translation>
    </message>
    <message>
        <source>Nothing fails: it is only slow.</source>
        <extracomment>millions-and-beyond, step 12, checkpoint requests.error == 0</extracomment>
        <translation>没有请求失败：只是慢而已。</translation>
    </message>
    <message>
        <source>Where Zero to Millions stops, the site keeps growing: machines that watch the figures and page somebody, a message queue that takes slow work off the user&apos;s request, a web tier that grows and shrinks with its load, bigger machines against more machines, databases split into shards, and a second data centre for when a whole one goes dark. Every claim is shown by the live run.</source>
        <extracomment>millions-and-beyond, lesson summary</extracomment>
        <translation>“从零到百万”结束的地方，网站仍在增长：由机器盯着各项指标并呼叫值班人员，用消息队列把耗时的工作从用户的请求中拿出来，让 Web 层随负载伸缩，在更大的机器与更多的机器之间权衡，把数据库拆分成分片，以及在整个数据中心瘫痪时接手的第二个数据中心。每个结论都由实时运行来展示。</translation>
    </message>
    <message>
        <source>Two data centres</source>
        <extracomment>millions-and-beyond, step 13, title</extracomment>
        <translation>两个数据中心</translation>
    </message>
    <message>
        <source>&lt;p&gt;The site now runs in two data centres, &lt;b&gt;us-east&lt;/b&gt; and &lt;b&gt;eu-west&lt;/b&gt;, each with its own balancer, web servers and database. Users look the site&apos;s name up at &lt;b&gt;geoDNS&lt;/b&gt;, which answers with the entry of the nearest data centre: 15 ms away instead of 55 ms across the ocean. The primary database is in us-east; eu-west has a replica that takes its side&apos;s reads.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 13, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;网站现在运行在两个数据中心：&lt;b&gt;us-east&lt;/b&gt; 和 &lt;b&gt;eu-west&lt;/b&gt;，各有自己的负载均衡器、Web 服务器和数据库。用户通过 &lt;b&gt;geoDNS&lt;/b&gt; 查询网站的域名，它会应答最近的数据中心的入口：距离 15 ms，而不是跨越大洋的 55 ms。主库位于 us-east；eu-west 有一个从库，负责本侧的读取。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A European user saves a change. Where does the write go?</source>
        <extracomment>millions-and-beyond, step 13, question</extracomment>
        <translation>一位欧洲用户保存了一项修改。这次写入会发往哪里？</translation>
    </message>
    <message>
        <source>To db-eu, the database in their own data centre</source>
        <extracomment>millions-and-beyond, step 13, choice 1</extracomment>
        <translation>发往 db-eu，即用户所在数据中心的数据库</translation>
    </message>
    <message>
        <source>Across the ocean to the primary, db-us</source>
        <extracomment>millions-and-beyond, step 13, choice 2</extracomment>
        <translation>跨越大洋，发往主库 db-us</translation>
    </message>
    <message>
        <source>To both databases at once</source>
        <extracomment>millions-and-beyond, step 13, choice 3</extracomment>
        <translation>同时发往两个数据库</translation>
    </message>
    <message>
        <source>Nowhere until the DNS answers again</source>
        <extracomment>millions-and-beyond, step 13, choice 4</extracomment>
        <translation>哪里也不去，直到 DNS 再次应答</translation>
    </message>
    <message>
        <source>db-eu is a replica: it takes reads, but every write must reach the primary.</source>
        <extracomment>millions-and-beyond, step 13, feedback on choice 1</extracomment>
        <translation>db-eu 是从库：它承担读取，但每次写入都必须到达主库。</translation>
    </message>
    <message>
        <source>Right: reads stay in Europe, writes cross the ocean and back, so they take about 80 ms longer.</source>
        <extracomment>millions-and-beyond, step 13, feedback on choice 2</extracomment>
        <translation>正确：读取留在欧洲，写入要跨越大洋再返回，所以要多花约 80 ms。</translation>
    </message>
    <message>
        <source>The primary takes it, then ships it to the replica asynchronously.</source>
        <extracomment>millions-and-beyond, step 13, feedback on choice 3</extracomment>
        <translation>由主库接收写入，然后异步发送给从库。</translation>
    </message>
    <message>
        <source>The DNS answer only chooses the front door; the write goes on from there.</source>
        <extracomment>millions-and-beyond, step 13, feedback on choice 4</extracomment>
        <translation>DNS 应答只决定从哪扇大门进入；写入从那里继续往下走。</translation>
    </message>
    <message>
        <source>The web servers in eu-west read from their local replica and send every write to the primary in us-east, 40 ms away each way. So most European requests take about 57 ms, but their writes about 135 ms: the slowest few percent of all requests.</source>
        <extracomment>millions-and-beyond, step 13, answer explanation</extracomment>
        <translation>eu-west 的 Web 服务器从本地的从库读取，并把每次写入发往 us-east 的主库，单程 40 ms。所以大多数欧洲请求耗时约 57 ms，而它们的写入约 135 ms：这是所有请求中最慢的那几个百分点。</translation>
    </message>
    <message>
        <source>Every request is answered.</source>
        <extracomment>millions-and-beyond, step 13, checkpoint requests.error == 0</extracomment>
        <translation>每个请求都得到了应答。</translation>
    </message>
    <message>
        <source>Most users are served near home.</source>
        <extracomment>millions-and-beyond, step 13, checkpoint latency_ms.p50 &lt; 70</extracomment>
        <translation>大多数用户都在就近得到服务。</translation>
    </message>
    <message>
        <source>European writes cross the ocean to the primary.</source>
        <extracomment>millions-and-beyond, step 13, checkpoint latency_ms.p99 &gt; 100</extracomment>
        <translation>欧洲的写入要跨越大洋发往主库。</translation>
    </message>
    <message>
        <source>European users go to eu-west.</source>
        <extracomment>millions-and-beyond, step 13, checkpoint datacenters[eu-west].requests &gt; 5000</extracomment>
        <translation>欧洲用户前往 eu-west。</translation>
    </message>
    <message>
        <source>A whole data centre goes dark</source>
        <extracomment>millions-and-beyond, step 14, title</extracomment>
        <translation>整个数据中心瘫痪</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 60 s us-east loses power: its balancer, web servers and primary database all die. The DNS probes each data centre every 10 s and calls one down after 3 failed probes. But the users&apos; resolvers keep the old answer for the record&apos;s &lt;b&gt;TTL&lt;/b&gt;, 60 s here, before they ask again.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 14, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在第 60 s，us-east 断电：它的负载均衡器、Web 服务器和主库全部宕机。DNS 每 10 s 探测一次每个数据中心，3 次探测失败后判定其下线。但用户的解析器会在记录的 &lt;b&gt;TTL&lt;/b&gt;（这里是 60 s）内保留旧的应答，之后才会再次查询。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>When are all American users served again?</source>
        <extracomment>millions-and-beyond, step 14, question</extracomment>
        <translation>美国用户什么时候全部恢复服务？</translation>
    </message>
    <message>
        <source>At once, at 60 s</source>
        <extracomment>millions-and-beyond, step 14, choice 1</extracomment>
        <translation>立即，在第 60 s</translation>
    </message>
    <message>
        <source>At about 80 s, when the DNS calls us-east down</source>
        <extracomment>millions-and-beyond, step 14, choice 2</extracomment>
        <translation>约第 80 s，DNS 判定 us-east 下线时</translation>
    </message>
    <message>
        <source>Gradually, until about 140 s</source>
        <extracomment>millions-and-beyond, step 14, choice 3</extracomment>
        <translation>逐步恢复，直到约第 140 s</translation>
    </message>
    <message>
        <source>Never: their data centre is gone</source>
        <extracomment>millions-and-beyond, step 14, choice 4</extracomment>
        <translation>永远不会：他们的数据中心已经没了</translation>
    </message>
    <message>
        <source>Nobody has told the DNS yet, and the users still hold its old answer.</source>
        <extracomment>millions-and-beyond, step 14, feedback on choice 1</extracomment>
        <translation>还没有人通知 DNS，而且用户手里仍是它的旧应答。</translation>
    </message>
    <message>
        <source>From then on the DNS answers eu-west, but each user only asks again when their cached answer expires.</source>
        <extracomment>millions-and-beyond, step 14, feedback on choice 2</extracomment>
        <translation>从那时起 DNS 应答 eu-west，但每个用户只有在缓存的应答过期时才会再次查询。</translation>
    </message>
    <message>
        <source>Right: detection takes until 80 s, then each user moves when their 60 s TTL runs out.</source>
        <extracomment>millions-and-beyond, step 14, feedback on choice 3</extracomment>
        <translation>正确：检测要到第 80 s 才完成，之后每个用户在各自 60 s 的 TTL 到期时迁移。</translation>
    </message>
    <message>
        <source>eu-west takes them, once the DNS sends them there.</source>
        <extracomment>millions-and-beyond, step 14, feedback on choice 4</extracomment>
        <translation>一旦 DNS 把他们发往 eu-west，eu-west 就会接手。</translation>
    </message>
    <message>
        <source>Until 80 s every American request fails at the dead balancer; then fewer and fewer do, as resolvers refresh over the next 60 s. Meanwhile the replica in eu-west became the primary, without the few writes not yet shipped across. And eu-west, sized for its own users, now gets three times its load: it drops requests and its queues make everyone wait. A second data centre only saves you if it can carry the first one&apos;s users.</source>
        <extracomment>millions-and-beyond, step 14, answer explanation</extracomment>
        <translation>在第 80 s 之前，每个美国请求都在已宕机的负载均衡器上失败；之后，随着解析器在接下来的 60 s 内陆续刷新，失败的请求越来越少。与此同时，eu-west 的从库成为主库，但少了那几次还没发送过去的写入。而只按自身用户量配置的 eu-west 现在承受三倍的负载：它会丢弃请求，队列也让所有人都要等待。第二个数据中心只有能承载第一个数据中心的用户，才能真正救场。</translation>
    </message>
    <message>
        <source>Cached DNS answers kept sending users to the dead data centre.</source>
        <extracomment>millions-and-beyond, step 14, checkpoint datacenters[us-east].stale_dns &gt; 5000</extracomment>
        <translation>缓存的 DNS 应答让用户继续被发往已宕机的数据中心。</translation>
    </message>
    <message>
        <source>The replica in eu-west was promoted.</source>
        <extracomment>millions-and-beyond, step 14, checkpoint replication.promotions == 1</extracomment>
        <translation>eu-west 的从库被提升为主库。</translation>
    </message>
    <message>
        <source>Writes not yet shipped across were lost.</source>
        <extracomment>millions-and-beyond, step 14, checkpoint replication.lost_writes &gt;= 1</extracomment>
        <translation>尚未发送过去的写入丢失了。</translation>
    </message>
    <message>
        <source>eu-west cannot carry both continents.</source>
        <extracomment>millions-and-beyond, step 14, checkpoint nodes[web-eu1].dropped &gt; 500</extracomment>
        <translation>eu-west 承载不了两个大洲的用户。</translation>
    </message>
    <message>
        <source>A long TTL</source>
        <extracomment>millions-and-beyond, step 15, title</extracomment>
        <translation>较长的 TTL</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same outage, but the DNS record&apos;s TTL is 300 s, as many sites set to save lookups.&lt;/p&gt;</source>
        <extracomment>millions-and-beyond, step 15, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;同样的故障，但 DNS 记录的 TTL 是 300 s，很多网站为了减少查询都这样设置。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What does the longer TTL change after us-east goes dark?</source>
        <extracomment>millions-and-beyond, step 15, question</extracomment>
        <translation>us-east 瘫痪后，更长的 TTL 会改变什么？</translation>
    </message>
    <message>
        <source>Nothing: the DNS notices just as fast</source>
        <extracomment>millions-and-beyond, step 15, choice 1</extracomment>
        <translation>什么都不变：DNS 察觉得一样快</translation>
    </message>
    <message>
        <source>Users move away five times more slowly, so many more requests fail</source>
        <extracomment>millions-and-beyond, step 15, choice 2</extracomment>
        <translation>用户迁走的速度慢了五倍，所以失败的请求多得多</translation>
    </message>
    <message>
        <source>Fewer requests fail, because eu-west is less crowded</source>
        <extracomment>millions-and-beyond, step 15, choice 3</extracomment>
        <translation>失败的请求更少，因为 eu-west 没那么拥挤</translation>
    </message>
    <message>
        <source>The users never move</source>
        <extracomment>millions-and-beyond, step 15, choice 4</extracomment>
        <translation>用户永远不会迁走</translation>
    </message>
    <message>
        <source>It notices as fast, but the users ask it five times less often.</source>
        <extracomment>millions-and-beyond, step 15, feedback on choice 1</extracomment>
        <translation>它察觉得一样快，但用户向它查询的频率低了五倍。</translation>
    </message>
    <message>
        <source>Right: by 200 s most American users still hold the old answer.</source>
        <extracomment>millions-and-beyond, step 15, feedback on choice 2</extracomment>
        <translation>正确：到第 200 s 时，大多数美国用户手里仍是旧的应答。</translation>
    </message>
    <message>
        <source>eu-west is less crowded only because the users are still failing at the dead data centre.</source>
        <extracomment>millions-and-beyond, step 15, feedback on choice 3</extracomment>
        <translation>eu-west 没那么拥挤，只是因为用户仍在已宕机的数据中心那里失败。</translation>
    </message>
    <message>
        <source>They move, one by one, as their 300 s run out.</source>
        <extracomment>millions-and-beyond, step 15, feedback on choice 4</extracomment>
        <translation>他们会迁走：随着各自的 300 s 到期，一个接一个地迁走。</translation>
    </message>
    <message>
        <source>A long TTL means fewer DNS lookups and slightly faster pages on a normal day, but during an outage users keep going to the dead data centre for up to five minutes. Sites that rely on DNS failover keep their TTL short, around a minute.</source>
        <extracomment>millions-and-beyond, step 15, answer explanation</extracomment>
        <translation>较长的 TTL 意味着平时 DNS 查询更少，页面也稍快一些；但在故障期间，用户会在长达五分钟的时间里继续前往已宕机的数据中心。依赖 DNS 故障转移的网站会把 TTL 设得较短，大约一分钟。</translation>
    </message>
    <message>
        <source>Far more requests go to the dead data centre than with a 60 s TTL (about 12,000).</source>
        <extracomment>millions-and-beyond, step 15, checkpoint datacenters[us-east].stale_dns &gt; 25000</extracomment>
        <translation>发往已宕机数据中心的请求比 TTL 为 60 s 时（约 12,000 个）多得多。</translation>
    </message>
    <message>
        <source>Many more requests fail.</source>
        <extracomment>millions-and-beyond, step 15, checkpoint requests.error &gt; 30000</extracomment>
        <translation>失败的请求多得多。</translation>
    </message>
</context>
</TS>
