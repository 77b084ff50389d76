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
        <source>Without the cache db1 answered about 30,000 requests in 30 s. How many now?</source>
        <extracomment>caching, step 1, question</extracomment>
        <translation>没有缓存时，db1 在 30 s 内响应了约 30,000 个请求。现在是多少？</translation>
    </message>
    <message>
        <source>About 27,000</source>
        <extracomment>caching, step 1, choice 1</extracomment>
        <translation>约 27,000</translation>
    </message>
    <message>
        <source>About 14,000</source>
        <extracomment>caching, step 1, choice 2</extracomment>
        <translation>约 14,000</translation>
    </message>
    <message>
        <source>About 3,000</source>
        <extracomment>caching, step 1, choice 3</extracomment>
        <translation>约 3,000</translation>
    </message>
    <message>
        <source>About 59 % of the reads hit, so db1 answered about 14,000 requests: the writes and the misses. Users win too: the median answer falls from 37 ms to 28.5 ms.</source>
        <extracomment>caching, step 1, answer explanation</extracomment>
        <translation>约 59% 的读取命中了缓存，所以 db1 只响应了约 14,000 个请求：写入和未命中的读取。用户也受益：响应时间的中位数从 37 ms 降到 28.5 ms。</translation>
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
        <source>A TTL that is too short</source>
        <extracomment>caching, step 2, title</extracomment>
        <translation>TTL 太短</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each entry expires after its &lt;b&gt;time to live&lt;/b&gt;, so that old data does not stay for ever. Shorten the TTL from 60 s to 2 s, and many entries expire before anyone reads them again.&lt;/p&gt;</source>
        <extracomment>caching, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;每个条目在其&lt;b&gt;存活时间&lt;/b&gt;（TTL）到期后失效，这样旧数据就不会永远留着。把 TTL 从 60 s 缩短到 2 s，许多条目还没等到再次被读取就过期了。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where do the reads of expired entries go?</source>
        <extracomment>caching, step 2, question</extracomment>
        <translation>读取已过期的条目时，请求去了哪里？</translation>
    </message>
    <message>
        <source>To the database</source>
        <extracomment>caching, step 2, choice 1</extracomment>
        <translation>去数据库</translation>
    </message>
    <message>
        <source>To another cache</source>
        <extracomment>caching, step 2, choice 2</extracomment>
        <translation>去另一个缓存</translation>
    </message>
    <message>
        <source>Nowhere: they fail</source>
        <extracomment>caching, step 2, choice 3</extracomment>
        <translation>哪里也不去：请求失败</translation>
    </message>
    <message>
        <source>An expired entry is a miss, and a miss reads the database. About 10,000 entries expired, the hit ratio fell from 0.59 to 0.53, and db1 answered about 1,700 more requests.</source>
        <extracomment>caching, step 2, answer explanation</extracomment>
        <translation>过期的条目就是一次未命中，而未命中会读取数据库。约 10,000 个条目过期，命中率从 0.59 降到 0.53，db1 多响应了约 1,700 个请求。</translation>
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
        <extracomment>caching, step 3, title</extracomment>
        <translation>不触及缓存的写入</translation>
    </message>
    <message>
        <source>Does the hit ratio tell you something is wrong?</source>
        <extracomment>caching, step 3, question</extracomment>
        <translation>命中率能告诉你出问题了吗？</translation>
    </message>
    <message>
        <source>Yes: it falls sharply</source>
        <extracomment>caching, step 3, choice 1</extracomment>
        <translation>能：命中率大幅下降</translation>
    </message>
    <message>
        <source>No: it even rises, while many hits are wrong</source>
        <extracomment>caching, step 3, choice 2</extracomment>
        <translation>不能：命中率甚至上升了，而许多命中返回的是错误的值</translation>
    </message>
    <message>
        <source>There are no hits any more</source>
        <extracomment>caching, step 3, choice 3</extracomment>
        <translation>不再有任何命中</translation>
    </message>
    <message>
        <source>Thousands of hits return old values.</source>
        <extracomment>caching, step 3, checkpoint cache.stale_hits &gt; 5000</extracomment>
        <translation>数千次命中返回的是旧值。</translation>
    </message>
    <message>
        <source>And the hit ratio looks better than ever.</source>
        <extracomment>caching, step 3, checkpoint cache.hit_ratio &gt; 0.6</extracomment>
        <translation>而命中率看起来比以往任何时候都好。</translation>
    </message>
    <message>
        <source>Eviction: LFU</source>
        <extracomment>caching, step 4, title</extracomment>
        <translation>淘汰策略：LFU</translation>
    </message>
    <message>
        <source>&lt;p&gt;A full cache has to &lt;b&gt;evict&lt;/b&gt; an entry to make room. This one holds just 200 keys. With &lt;b&gt;LFU&lt;/b&gt; it evicts the entry used least often, so the keys everyone asks for stay in.&lt;/p&gt;</source>
        <extracomment>caching, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;缓存满了就必须&lt;b&gt;淘汰&lt;/b&gt;一个条目来腾出空间。这个缓存只能容纳 200 个键。使用 &lt;b&gt;LFU&lt;/b&gt; 时，它淘汰使用次数最少的条目，所以大家都在请求的键会留下来。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>LFU keeps the popular keys: a hit ratio above 0.42 with only 200 entries.</source>
        <extracomment>caching, step 4, checkpoint cache.hit_ratio &gt; 0.42</extracomment>
        <translation>LFU 留住了热门键：只有 200 个条目，命中率仍高于 0.42。</translation>
    </message>
    <message>
        <source>A small cache evicts all the time.</source>
        <extracomment>caching, step 4, checkpoint cache.evictions &gt; 10000</extracomment>
        <translation>小缓存一直在淘汰条目。</translation>
    </message>
    <message>
        <source>Eviction: FIFO</source>
        <extracomment>caching, step 5, title</extracomment>
        <translation>淘汰策略：FIFO</translation>
    </message>
    <message>
        <source>&lt;p&gt;Same cache, same traffic, but &lt;b&gt;FIFO&lt;/b&gt;: the entry that came in first goes out first, however popular it is. Even the most asked-for key is thrown out regularly and has to be read from the database again.&lt;/p&gt;</source>
        <extracomment>caching, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;同样的缓存、同样的流量，但换成 &lt;b&gt;FIFO&lt;/b&gt;：最先进入的条目最先被移出，不管它有多热门。即使是被请求最多的键也会被定期踢出，只能再从数据库读取。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How does FIFO compare with LFU here?</source>
        <extracomment>caching, step 5, question</extracomment>
        <translation>在这里，FIFO 与 LFU 相比如何？</translation>
    </message>
    <message>
        <source>Better</source>
        <extracomment>caching, step 5, choice 1</extracomment>
        <translation>更好</translation>
    </message>
    <message>
        <source>The same</source>
        <extracomment>caching, step 5, choice 2</extracomment>
        <translation>一样</translation>
    </message>
    <message>
        <source>Worse</source>
        <extracomment>caching, step 5, choice 3</extracomment>
        <translation>更差</translation>
    </message>
    <message>
        <source>The hit ratio falls from 0.44 to 0.38 and db1 answers about 1,600 more requests. LRU lands in between, at 0.41.</source>
        <extracomment>caching, step 5, answer explanation</extracomment>
        <translation>命中率从 0.44 降到 0.38，db1 多响应了约 1,600 个请求。LRU 介于两者之间，为 0.41。</translation>
    </message>
    <message>
        <source>FIFO throws popular keys out: a lower hit ratio.</source>
        <extracomment>caching, step 5, checkpoint cache.hit_ratio &lt; 0.41</extracomment>
        <translation>FIFO 会把热门键踢出去：命中率更低。</translation>
    </message>
    <message>
        <source>One cache, one point of failure</source>
        <extracomment>caching, step 6, title</extracomment>
        <translation>一个缓存，一个单点故障</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database here has only 8 workers: enough while the cache answers most reads. At 30 s &lt;b&gt;cache1&lt;/b&gt; dies. It comes back at 45 s, empty.&lt;/p&gt;</source>
        <extracomment>caching, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;这里的数据库只有 8 个工作线程：只要缓存响应了大部分读取，这就够了。在第 30 s，&lt;b&gt;cache1&lt;/b&gt; 宕机。它在第 45 s 恢复，但里面是空的。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What do users notice while the cache is down?</source>
        <extracomment>caching, step 6, question</extracomment>
        <translation>缓存宕机期间，用户会注意到什么？</translation>
    </message>
    <message>
        <source>Nothing</source>
        <extracomment>caching, step 6, choice 1</extracomment>
        <translation>没有任何影响</translation>
    </message>
    <message>
        <source>Much slower answers</source>
        <extracomment>caching, step 6, choice 2</extracomment>
        <translation>响应慢得多</translation>
    </message>
    <message>
        <source>They are logged out</source>
        <extracomment>caching, step 6, choice 3</extracomment>
        <translation>他们被登出</translation>
    </message>
    <message>
        <source>The database queues up: slow answers.</source>
        <extracomment>caching, step 6, checkpoint latency_ms.p95 &gt; 150</extracomment>
        <translation>数据库排起长队：响应变慢。</translation>
    </message>
    <message>
        <source>Every read lands on the database.</source>
        <extracomment>caching, step 6, checkpoint nodes[db1].served &gt; 25000</extracomment>
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
        <source>&lt;p&gt;Static files come from &lt;b&gt;assets&lt;/b&gt;, a storage bucket in the US. Users in Europe and the US each ask their nearest &lt;b&gt;edge&lt;/b&gt;. On a miss the edge fetches the file from assets and keeps it for a day; the next user who asks gets it from the edge.&lt;/p&gt;</source>
        <extracomment>cdn, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;静态文件来自 &lt;b&gt;assets&lt;/b&gt;，一个位于美国的存储桶。欧洲和美国的用户各自请求离自己最近的&lt;b&gt;边缘节点&lt;/b&gt;。未命中时，边缘节点从 assets 获取文件并保存一天；下一个请求该文件的用户就直接从边缘节点拿到它。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Straight from the origin, the median file took 229 ms. With the edges?</source>
        <extracomment>cdn, step 1, question</extracomment>
        <translation>直接从源站获取时，文件耗时的中位数为 229 ms。有了边缘节点呢？</translation>
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
        <source>Most files are hits on a nearby edge: the median takes 21 ms. The edges sent 86 % of the bytes, and the origin answered 3,500 requests instead of 30,000.</source>
        <extracomment>cdn, step 1, answer explanation</extracomment>
        <translation>大多数文件在附近的边缘节点上命中：耗时中位数为 21 ms。边缘节点发送了 86% 的字节，源站只响应了 3,500 个请求，而不是 30,000 个。</translation>
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
        <source>&lt;p&gt;At 20 s &lt;b&gt;edge-eu&lt;/b&gt; dies, and comes back at 40 s, empty. European clients wait 3 s for an answer that never comes, then fetch from the origin directly and keep doing so for 30 s before trying their edge again.&lt;/p&gt;</source>
        <extracomment>cdn, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在第 20 s，&lt;b&gt;edge-eu&lt;/b&gt; 宕机，并在第 40 s 恢复，但里面是空的。欧洲的客户端等待 3 s 也等不到响应，于是直接从源站获取文件，并在 30 s 内一直如此，之后才再次尝试它们的边缘节点。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How many requests fail while edge-eu is down?</source>
        <extracomment>cdn, step 2, question</extracomment>
        <translation>edge-eu 宕机期间，有多少请求失败？</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>cdn, step 2, choice 1</extracomment>
        <translation>一个也没有</translation>
    </message>
    <message>
        <source>About a third</source>
        <extracomment>cdn, step 2, choice 2</extracomment>
        <translation>大约三分之一</translation>
    </message>
    <message>
        <source>All European requests</source>
        <extracomment>cdn, step 2, choice 3</extracomment>
        <translation>所有来自欧洲的请求</translation>
    </message>
    <message>
        <source>None fail: about 1,500 requests waited out the timeout and then fetched from the origin. The cost is speed, and the origin sent 3.8 GB instead of 0.8 GB in the minute.</source>
        <extracomment>cdn, step 2, answer explanation</extracomment>
        <translation>一个也没有失败：约 1,500 个请求等到超时后改从源站获取。代价是速度，而且这一分钟内源站发送了 3.8 GB，而不是 0.8 GB。</translation>
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
        <source>&lt;p&gt;We deploy new files, but every edge holds the old ones for a day. At 30 s we &lt;b&gt;invalidate&lt;/b&gt; /static/*. The message takes 5 s to reach the edges; then they drop their copies, and each file is a miss again.&lt;/p&gt;</source>
        <extracomment>cdn, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;我们部署了新文件，但每个边缘节点都会把旧文件保留一天。在第 30 s，我们让 /static/* &lt;b&gt;失效&lt;/b&gt;。这条消息需要 5 s 才能到达边缘节点；随后它们丢弃各自的副本，每个文件又会重新变成未命中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Compared with a minute without invalidation, how many misses?</source>
        <extracomment>cdn, step 3, question</extracomment>
        <translation>与一分钟内不做失效相比，未命中有多少？</translation>
    </message>
    <message>
        <source>About the same</source>
        <extracomment>cdn, step 3, choice 1</extracomment>
        <translation>差不多</translation>
    </message>
    <message>
        <source>Nearly twice as many</source>
        <extracomment>cdn, step 3, choice 2</extracomment>
        <translation>接近两倍</translation>
    </message>
    <message>
        <source>Ten times as many</source>
        <extracomment>cdn, step 3, choice 3</extracomment>
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
        <source>They are invalidated</source>
        <extracomment>cdn, step 4, choice 1</extracomment>
        <translation>它们被失效</translation>
    </message>
    <message>
        <source>They stay until their TTL runs out or they are evicted</source>
        <extracomment>cdn, step 4, choice 2</extracomment>
        <translation>它们一直留着，直到 TTL 到期或被淘汰</translation>
    </message>
    <message>
        <source>They are renamed</source>
        <extracomment>cdn, step 4, choice 3</extracomment>
        <translation>它们被重命名</translation>
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
        <source>Files nobody asks for twice</source>
        <extracomment>cdn, step 5, title</extracomment>
        <translation>没人会请求第二次的文件</translation>
    </message>
    <message>
        <source>Does the CDN save money here?</source>
        <extracomment>cdn, step 5, question</extracomment>
        <translation>在这里 CDN 能省钱吗？</translation>
    </message>
    <message>
        <source>Yes, a lot</source>
        <extracomment>cdn, step 5, choice 1</extracomment>
        <translation>能，省很多</translation>
    </message>
    <message>
        <source>No: it costs about twice as much as no CDN</source>
        <extracomment>cdn, step 5, choice 2</extracomment>
        <translation>不能：花费大约是不用 CDN 的两倍</translation>
    </message>
    <message>
        <source>It costs the same</source>
        <extracomment>cdn, step 5, choice 3</extracomment>
        <translation>花费一样</translation>
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
        <source>It stays above 0.9</source>
        <extracomment>cdn, step 6, choice 1</extracomment>
        <translation>保持在 0.9 以上</translation>
    </message>
    <message>
        <source>It collapses</source>
        <extracomment>cdn, step 6, choice 2</extracomment>
        <translation>急剧下降</translation>
    </message>
    <message>
        <source>It doubles</source>
        <extracomment>cdn, step 6, choice 3</extracomment>
        <translation>翻倍</translation>
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
        <source>Promotion, and lost writes</source>
        <extracomment>failover, step 1, title</extracomment>
        <translation>提升为主库与丢失的写入</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s the primary &lt;b&gt;db1&lt;/b&gt; dies. Reads carry on from the replicas, but writes have nowhere to go. After 5 s the most up-to-date replica, &lt;b&gt;db2&lt;/b&gt;, is &lt;b&gt;promoted&lt;/b&gt; and takes the writes. Replication was asynchronous, so db1 had answered &quot;saved&quot; for writes it had not shipped yet.&lt;/p&gt;</source>
        <extracomment>failover, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在第 20 s，主库 &lt;b&gt;db1&lt;/b&gt; 宕机。读取继续由从库提供，但写入无处可去。5 s 后，数据最新的从库 &lt;b&gt;db2&lt;/b&gt; 被&lt;b&gt;提升为主库&lt;/b&gt;并接收写入。复制是异步的，所以对于一些还没发送出去的写入，db1 已经回复了“已保存”。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Does db2 have every write db1 acknowledged?</source>
        <extracomment>failover, step 1, question</extracomment>
        <translation>db2 拥有 db1 确认过的每一次写入吗？</translation>
    </message>
    <message>
        <source>Yes, db2 is a copy of db1</source>
        <extracomment>failover, step 1, choice 1</extracomment>
        <translation>是的，db2 是 db1 的副本</translation>
    </message>
    <message>
        <source>No: the writes db1 had not shipped are gone</source>
        <extracomment>failover, step 1, choice 2</extracomment>
        <translation>不：db1 还没发送出去的写入丢失了</translation>
    </message>
    <message>
        <source>Yes, the web servers resend them</source>
        <extracomment>failover, step 1, choice 3</extracomment>
        <translation>是的，Web 服务器会重新发送它们</translation>
    </message>
    <message>
        <source>9 acknowledged writes existed only on db1 and were lost: their users were told &quot;saved&quot;. About 570 writes failed during the 5 s without a primary.</source>
        <extracomment>failover, step 1, answer explanation</extracomment>
        <translation>有 9 次已确认的写入只存在于 db1 上，它们丢失了，而这些写入的用户得到的回复是“已保存”。在没有主库的 5 s 内，约 570 次写入失败。</translation>
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
        <source>The same 9</source>
        <extracomment>failover, step 2, choice 2</extracomment>
        <translation>同样是 9 次</translation>
    </message>
    <message>
        <source>More</source>
        <extracomment>failover, step 2, choice 3</extracomment>
        <translation>更多</translation>
    </message>
    <message>
        <source>The outage shrinks, about 115 failed writes instead of 570, but the same 9 writes are lost: they were never shipped, however soon we promote.</source>
        <extracomment>failover, step 2, answer explanation</extracomment>
        <translation>故障时间缩短了，失败的写入约 115 次而不是 570 次，但同样有 9 次写入丢失：它们从未被发送出去，无论我们多快提升都一样。</translation>
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
        <extracomment>failover, step 3, title</extracomment>
        <translation>Binlog 恢复</translation>
    </message>
    <message>
        <source>&lt;p&gt;The primary wrote every committed write to its &lt;b&gt;binary log&lt;/b&gt; on disk. Before db2 is promoted, a recovery step reads the dead primary&apos;s binlog and replays the writes db2 is missing. This takes 2 s.&lt;/p&gt;</source>
        <extracomment>failover, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;主库把每一次已提交的写入都记录在磁盘上的&lt;b&gt;二进制日志&lt;/b&gt;（binlog）中。在提升 db2 之前，一个恢复步骤会读取已宕机主库的 binlog，并重放 db2 缺少的写入。这需要 2 s。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What is the price of replaying the binlog?</source>
        <extracomment>failover, step 3, question</extracomment>
        <translation>重放 binlog 的代价是什么？</translation>
    </message>
    <message>
        <source>Some writes are lost anyway</source>
        <extracomment>failover, step 3, choice 1</extracomment>
        <translation>仍然会丢失一些写入</translation>
    </message>
    <message>
        <source>A longer outage</source>
        <extracomment>failover, step 3, choice 2</extracomment>
        <translation>更长的故障时间</translation>
    </message>
    <message>
        <source>Stale reads for ever after</source>
        <extracomment>failover, step 3, choice 3</extracomment>
        <translation>从此以后一直有过期读取</translation>
    </message>
    <message>
        <source>All 9 writes were replayed and none was lost. Writes were refused for 2 s longer: about 840 errors instead of 570.</source>
        <extracomment>failover, step 3, answer explanation</extracomment>
        <translation>全部 9 次写入都被重放，一次也没有丢失。写入被拒绝的时间长了 2 s：约 840 个错误，而不是 570 个。</translation>
    </message>
    <message>
        <source>No acknowledged write is lost.</source>
        <extracomment>failover, step 3, checkpoint replication.lost_writes == 0</extracomment>
        <translation>没有丢失任何已确认的写入。</translation>
    </message>
    <message>
        <source>The missing writes are replayed from the binlog.</source>
        <extracomment>failover, step 3, checkpoint replication.recovered_writes &gt; 0</extracomment>
        <translation>缺失的写入从 binlog 中重放。</translation>
    </message>
    <message>
        <source>The outage is longer.</source>
        <extracomment>failover, step 3, checkpoint requests.error &gt; 700</extracomment>
        <translation>故障时间更长。</translation>
    </message>
    <message>
        <source>Semi-synchronous replication</source>
        <extracomment>failover, step 4, title</extracomment>
        <translation>半同步复制</translation>
    </message>
    <message>
        <source>What does semi-synchronous replication cost?</source>
        <extracomment>failover, step 4, question</extracomment>
        <translation>半同步复制的代价是什么？</translation>
    </message>
    <message>
        <source>Lost writes</source>
        <extracomment>failover, step 4, choice 1</extracomment>
        <translation>丢失写入</translation>
    </message>
    <message>
        <source>Slower writes</source>
        <extracomment>failover, step 4, choice 2</extracomment>
        <translation>写入变慢</translation>
    </message>
    <message>
        <source>Writes wait for a replica: the slowest answers take over 100 ms.</source>
        <extracomment>failover, step 4, checkpoint latency_ms.p95 &gt; 100</extracomment>
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
        <source>&lt;p&gt;Two servers behind a round-robin balancer, 800 requests a second. At 30 s &lt;b&gt;web2&lt;/b&gt; crashes. This balancer never checks its servers, so it goes on giving web2 its turn.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;两台服务器位于一个轮询负载均衡器之后，每秒 800 个请求。在第 30 s，&lt;b&gt;web2&lt;/b&gt; 崩溃。这个负载均衡器从不检查它的服务器，所以每次轮到 web2 时，它照样把请求发给它。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What share of the requests fails after web2 crashes?</source>
        <extracomment>health-and-sessions, step 1, question</extracomment>
        <translation>web2 崩溃后，有多大比例的请求失败？</translation>
    </message>
    <message>
        <source>About half</source>
        <extracomment>health-and-sessions, step 1, choice 2</extracomment>
        <translation>大约一半</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>health-and-sessions, step 1, choice 3</extracomment>
        <translation>全部</translation>
    </message>
    <message>
        <source>Every other request still goes to the dead web2: about 12,000 errors in 30 s, while web1 has room to take them all.</source>
        <extracomment>health-and-sessions, step 1, answer explanation</extracomment>
        <translation>每两个请求中仍有一个发往已宕机的 web2：30 s 内约 12,000 个错误，而 web1 明明有能力接下所有请求。</translation>
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
        <source>After web2 dies, how long until no request fails any more?</source>
        <extracomment>health-and-sessions, step 2, question</extracomment>
        <translation>web2 宕机后，要过多久才不再有请求失败？</translation>
    </message>
    <message>
        <source>At once</source>
        <extracomment>health-and-sessions, step 2, choice 1</extracomment>
        <translation>立刻</translation>
    </message>
    <message>
        <source>About 6 seconds: three checks 2 s apart</source>
        <extracomment>health-and-sessions, step 2, choice 2</extracomment>
        <translation>约 6 秒：三次检查，每次间隔 2 s</translation>
    </message>
    <message>
        <source>Until web2 is back</source>
        <extracomment>health-and-sessions, step 2, choice 3</extracomment>
        <translation>直到 web2 恢复</translation>
    </message>
    <message>
        <source>It takes three failed checks to be sure: about 5.5 s, or 1,100 errors. After that, none. When web2 is back, two good checks return it to the pool and it takes its third again.</source>
        <extracomment>health-and-sessions, step 2, answer explanation</extracomment>
        <translation>需要三次检查失败才能确定：约 5.5 s，也就是 1,100 个错误。此后就再没有错误。web2 恢复后，两次成功的检查让它回到服务器池，它又重新承担三分之一的请求。</translation>
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
        <extracomment>health-and-sessions, step 3, title</extracomment>
        <translation>被动检查：观察真实请求</translation>
    </message>
    <message>
        <source>&lt;p&gt;A balancer can also watch the answers to real requests. Here five errors in a row from one server &lt;b&gt;eject&lt;/b&gt; it from the pool for 30 s, and longer if it fails again after that. &lt;b&gt;web2&lt;/b&gt; dies at 10 s.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;负载均衡器也可以观察真实请求的响应。这里，同一台服务器连续出现五次错误，就会被&lt;b&gt;逐出&lt;/b&gt;服务器池 30 s；如果之后再次失败，逐出的时间会更长。&lt;b&gt;web2&lt;/b&gt; 在第 10 s 宕机。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About how many requests fail before web2 is ejected?</source>
        <extracomment>health-and-sessions, step 3, question</extracomment>
        <translation>在 web2 被逐出之前，大约有多少请求失败？</translation>
    </message>
    <message>
        <source>About five</source>
        <extracomment>health-and-sessions, step 3, choice 1</extracomment>
        <translation>大约五个</translation>
    </message>
    <message>
        <source>About a thousand</source>
        <extracomment>health-and-sessions, step 3, choice 2</extracomment>
        <translation>大约一千个</translation>
    </message>
    <message>
        <source>Six requests failed, then web2 was out. Passive checks react within a few requests, but only a server that gets traffic can be judged, so balancers use both kinds.</source>
        <extracomment>health-and-sessions, step 3, answer explanation</extracomment>
        <translation>有六个请求失败，然后 web2 就被移出了。被动检查在几个请求之内就能做出反应，但只有收到流量的服务器才能被判断，所以负载均衡器会同时使用这两种检查。</translation>
    </message>
    <message>
        <source>A handful of errors eject the dead server.</source>
        <extracomment>health-and-sessions, step 3, checkpoint requests.error &lt; 20</extracomment>
        <translation>寥寥几个错误就让宕机的服务器被逐出。</translation>
    </message>
    <message>
        <source>The errors that ejected it were web2&apos;s.</source>
        <extracomment>health-and-sessions, step 3, checkpoint nodes[web2].errors &gt; 0</extracomment>
        <translation>导致它被逐出的错误都来自 web2。</translation>
    </message>
    <message>
        <source>Stateful servers</source>
        <extracomment>health-and-sessions, step 4, title</extracomment>
        <translation>有状态服务器</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each user has a &lt;b&gt;session&lt;/b&gt;: who they are, what is in their basket. Here it lives in the memory of the server that first served the user, and the balancer sends each user back to that server every time. At 30 s &lt;b&gt;web2&lt;/b&gt; dies.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;每个用户都有一个&lt;b&gt;会话&lt;/b&gt;：他们是谁、购物车里有什么。这里会话保存在最先为该用户提供服务的那台服务器的内存中，负载均衡器每次都把该用户送回那台服务器。在第 30 s，&lt;b&gt;web2&lt;/b&gt; 宕机。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the users whose sessions lived on web2?</source>
        <extracomment>health-and-sessions, step 4, question</extracomment>
        <translation>会话保存在 web2 上的那些用户会怎样？</translation>
    </message>
    <message>
        <source>They continue on web1 or web3 as before</source>
        <extracomment>health-and-sessions, step 4, choice 1</extracomment>
        <translation>像之前一样在 web1 或 web3 上继续</translation>
    </message>
    <message>
        <source>They must log in again</source>
        <extracomment>health-and-sessions, step 4, choice 2</extracomment>
        <translation>他们必须重新登录</translation>
    </message>
    <message>
        <source>They are blocked until web2 returns</source>
        <extracomment>health-and-sessions, step 4, choice 3</extracomment>
        <translation>他们被阻塞，直到 web2 恢复</translation>
    </message>
    <message>
        <source>Their sessions vanished with web2&apos;s memory. The balancer moved them to the other servers, where about 170 users had to log in again.</source>
        <extracomment>health-and-sessions, step 4, answer explanation</extracomment>
        <translation>他们的会话随着 web2 的内存一起消失了。负载均衡器把他们转到了其他服务器，约 170 个用户不得不重新登录。</translation>
    </message>
    <message>
        <source>A dead stateful server loses its users&apos; sessions.</source>
        <extracomment>health-and-sessions, step 4, checkpoint sessions.lost &gt; 100</extracomment>
        <translation>有状态服务器宕机会丢失其用户的会话。</translation>
    </message>
    <message>
        <source>Stateless servers</source>
        <extracomment>health-and-sessions, step 5, title</extracomment>
        <translation>无状态服务器</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now every server fetches the session from a shared &lt;b&gt;session store&lt;/b&gt; and keeps nothing itself. Any server can answer any user, so servers can be added, removed or lost at will. The store adds a hop, 3 ms here, and must itself be kept alive: we moved the state, we did not remove it.&lt;/p&gt;</source>
        <extracomment>health-and-sessions, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;现在每台服务器都从一个共享的&lt;b&gt;会话存储&lt;/b&gt;中获取会话，自己什么都不保存。任何服务器都可以响应任何用户，所以可以随意增加、移除或失去服务器。会话存储会多出一跳，这里是 3 ms，而且它本身也必须保持可用：我们只是转移了状态，并没有消除它。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web2 dies at 30 s. How many sessions are lost?</source>
        <extracomment>health-and-sessions, step 5, question</extracomment>
        <translation>web2 在第 30 s 宕机。会丢失多少会话？</translation>
    </message>
    <message>
        <source>About 170, as before</source>
        <extracomment>health-and-sessions, step 5, choice 2</extracomment>
        <translation>约 170 个，和之前一样</translation>
    </message>
    <message>
        <source>All of them</source>
        <extracomment>health-and-sessions, step 5, choice 3</extracomment>
        <translation>全部</translation>
    </message>
    <message>
        <source>No session is lost: they are in the store. The requests in progress on web2 when it died still fail, until the health checks take it out of the pool.</source>
        <extracomment>health-and-sessions, step 5, answer explanation</extracomment>
        <translation>没有丢失任何会话：它们都在会话存储里。web2 宕机时正在它上面处理的请求仍会失败，直到健康检查把它移出服务器池。</translation>
    </message>
    <message>
        <source>Stateless servers lose no session.</source>
        <extracomment>health-and-sessions, step 5, checkpoint sessions.lost == 0</extracomment>
        <translation>无状态服务器不会丢失任何会话。</translation>
    </message>
    <message>
        <source>The price: each request waits a little longer for the store.</source>
        <extracomment>health-and-sessions, step 5, checkpoint latency_ms.p50 &gt; 43</extracomment>
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
        <source>Because the servers are identical</source>
        <extracomment>load-balancing, step 1, choice 1</extracomment>
        <translation>因为服务器完全相同</translation>
    </message>
    <message>
        <source>Because the balancer measures each server&apos;s load</source>
        <extracomment>load-balancing, step 1, choice 2</extracomment>
        <translation>因为负载均衡器会测量每台服务器的负载</translation>
    </message>
    <message>
        <source>Because users pick their server</source>
        <extracomment>load-balancing, step 1, choice 3</extracomment>
        <translation>因为用户自己选择服务器</translation>
    </message>
    <message>
        <source>Round robin counts turns and looks at nothing else. With two identical servers equal turns mean equal work: about 12,100 requests each in 30 s, none dropped.</source>
        <extracomment>load-balancing, step 1, answer explanation</extracomment>
        <translation>轮询只数轮次，别的什么都不看。两台相同的服务器，轮次相同就意味着工作量相同：30 s 内每台约 12,100 个请求，没有一个被丢弃。</translation>
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
        <source>web1 and web2 have capacity to spare. Does that help web3?</source>
        <extracomment>load-balancing, step 2, question</extracomment>
        <translation>web1 和 web2 还有富余的处理能力。这对 web3 有帮助吗？</translation>
    </message>
    <message>
        <source>Yes: the balancer moves the extra work to them</source>
        <extracomment>load-balancing, step 2, choice 1</extracomment>
        <translation>有：负载均衡器会把多出来的工作转给它们</translation>
    </message>
    <message>
        <source>No: web3 drops what it cannot take</source>
        <extracomment>load-balancing, step 2, choice 2</extracomment>
        <translation>没有：web3 会丢弃它处理不了的请求</translation>
    </message>
    <message>
        <source>Yes: web3 borrows their workers</source>
        <extracomment>load-balancing, step 2, choice 3</extracomment>
        <translation>有：web3 会借用它们的工作线程</translation>
    </message>
    <message>
        <source>Round robin does not know web3 is struggling. Its queue overflows and about 6,500 requests are dropped in 30 s, while web1 and web2 are half idle.</source>
        <extracomment>load-balancing, step 2, answer explanation</extracomment>
        <translation>轮询并不知道 web3 已经不堪重负。它的队列溢出，30 s 内约 6,500 个请求被丢弃，而 web1 和 web2 却有一半时间闲着。</translation>
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
        <source>They halve</source>
        <extracomment>load-balancing, step 3, choice 1</extracomment>
        <translation>减少一半</translation>
    </message>
    <message>
        <source>They disappear</source>
        <extracomment>load-balancing, step 3, choice 2</extracomment>
        <translation>完全消失</translation>
    </message>
    <message>
        <source>They stay the same</source>
        <extracomment>load-balancing, step 3, choice 3</extracomment>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>Not one request is dropped. web3 gets about 2,400 of 27,000 requests, about what it can finish, and the 95th percentile falls from about 740 ms to about 140 ms.</source>
        <extracomment>load-balancing, step 3, answer explanation</extracomment>
        <translation>没有一个请求被丢弃。web3 在 27,000 个请求中分到约 2,400 个，大致是它能完成的量，第 95 百分位延迟从约 740 ms 降到约 140 ms。</translation>
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
        <extracomment>load-balancing, step 4, title</extracomment>
        <translation>加权轮询</translation>
    </message>
    <message>
        <source>&lt;p&gt;If we know the sizes of our servers, we can give each a &lt;b&gt;weight&lt;/b&gt;. &lt;b&gt;web1&lt;/b&gt; has 50 workers, web2 and web3 have 20: with weights 5, 1 and 1, web1 takes five turns for every one of the others.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;如果我们知道各台服务器的规模，就可以给每台分配一个&lt;b&gt;权重&lt;/b&gt;。&lt;b&gt;web1&lt;/b&gt; 有 50 个工作线程，web2 和 web3 各有 20 个：权重设为 5、1、1，其他服务器每轮到一次，web1 就轮到五次。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Of 700 requests a second, how many go to web1?</source>
        <extracomment>load-balancing, step 4, question</extracomment>
        <translation>每秒 700 个请求中，有多少会发往 web1？</translation>
    </message>
    <message>
        <source>About 100</source>
        <extracomment>load-balancing, step 4, choice 1</extracomment>
        <translation>约 100</translation>
    </message>
    <message>
        <source>About 233</source>
        <extracomment>load-balancing, step 4, choice 2</extracomment>
        <translation>约 233</translation>
    </message>
    <message>
        <source>About 500</source>
        <extracomment>load-balancing, step 4, choice 3</extracomment>
        <translation>约 500</translation>
    </message>
    <message>
        <source>Five turns out of seven: 5/7 × 700 = 500 a second. In 30 s web1 answered about 15,100 requests, web2 and web3 about 3,000 each, and none was dropped.</source>
        <extracomment>load-balancing, step 4, answer explanation</extracomment>
        <translation>七次中轮到五次：5/7 × 700 = 每秒 500 个。30 s 内 web1 响应了约 15,100 个请求，web2 和 web3 各约 3,000 个，没有一个被丢弃。</translation>
    </message>
    <message>
        <source>The big server takes five sevenths of the traffic.</source>
        <extracomment>load-balancing, step 4, checkpoint nodes[web1].served &gt; 14000</extracomment>
        <translation>大服务器承担七分之五的流量。</translation>
    </message>
    <message>
        <source>A small server takes one seventh.</source>
        <extracomment>load-balancing, step 4, checkpoint nodes[web3].served &lt; 3500</extracomment>
        <translation>小服务器承担七分之一。</translation>
    </message>
    <message>
        <source>IP hash</source>
        <extracomment>load-balancing, step 5, title</extracomment>
        <translation>IP 哈希</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IP hash&lt;/b&gt; turns the user&apos;s address into a server number, so each user always reaches the same server. That is what a server that keeps something in memory for its users needs. Here 300 users send 600 requests a second, and at 20 s &lt;b&gt;web3&lt;/b&gt; dies; the balancer checks its servers every 2 s.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;IP 哈希&lt;/b&gt;把用户的地址换算成一个服务器编号，因此每个用户总是到达同一台服务器。在内存中为用户保存数据的服务器正需要这一点。这里 300 个用户每秒发送 600 个请求，在第 20 s，&lt;b&gt;web3&lt;/b&gt; 宕机；负载均衡器每 2 s 检查一次它的服务器。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Is the load shared exactly equally among the three servers?</source>
        <extracomment>load-balancing, step 5, question</extracomment>
        <translation>三台服务器之间的负载是完全均分的吗？</translation>
    </message>
    <message>
        <source>Yes, exactly a third each</source>
        <extracomment>load-balancing, step 5, choice 1</extracomment>
        <translation>是的，每台正好三分之一</translation>
    </message>
    <message>
        <source>Roughly: it depends on how the addresses hash</source>
        <extracomment>load-balancing, step 5, choice 2</extracomment>
        <translation>大致均分：取决于地址的哈希结果</translation>
    </message>
    <message>
        <source>No: one server gets everything</source>
        <extracomment>load-balancing, step 5, choice 3</extracomment>
        <translation>不是：一台服务器承担全部</translation>
    </message>
    <message>
        <source>By 19 s web1 had served about 4,200 requests, web3 about 3,900 and web2 about 3,500: the split follows the users. When web3 died only its users were hashed again, after about 850 errors while the checks noticed.</source>
        <extracomment>load-balancing, step 5, answer explanation</extracomment>
        <translation>到第 19 s 时，web1 处理了约 4,200 个请求，web3 约 3,900 个，web2 约 3,500 个：分配取决于用户。web3 宕机时，只有它的用户被重新哈希，此前在健康检查发现问题期间出现了约 850 个错误。</translation>
    </message>
    <message>
        <source>The split follows the addresses: web1 gets more than a third...</source>
        <extracomment>load-balancing, step 5, checkpoint nodes[web1].served &gt; 3900</extracomment>
        <translation>分配取决于地址：web1 分到了超过三分之一……</translation>
    </message>
    <message>
        <source>...and web2 less.</source>
        <extracomment>load-balancing, step 5, checkpoint nodes[web2].served &lt; 3700</extracomment>
        <translation>……web2 则少一些。</translation>
    </message>
    <message>
        <source>Once web3 is out of the pool, its users move to the others.</source>
        <extracomment>load-balancing, step 5, checkpoint requests.error &lt; 1500</extracomment>
        <translation>web3 被移出服务器池后，它的用户转到了其他服务器。</translation>
    </message>
    <message>
        <source>A standby for the balancer</source>
        <extracomment>load-balancing, step 6, title</extracomment>
        <translation>负载均衡器的备用</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every request passes through the balancer, so if it dies, the whole site is down. Here a &lt;b&gt;standby&lt;/b&gt; balancer watches the active one. When &lt;b&gt;lb&lt;/b&gt; dies at 20 s the standby takes over 3 s later, and hands back when lb returns at 40 s.&lt;/p&gt;</source>
        <extracomment>load-balancing, step 6, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;每个请求都要经过负载均衡器，所以它一旦宕机，整个网站就挂了。这里有一个&lt;b&gt;备用&lt;/b&gt;负载均衡器监视着活动的那一个。&lt;b&gt;lb&lt;/b&gt; 在第 20 s 宕机后，备用负载均衡器在 3 s 后接管，并在 lb 于第 40 s 恢复时交还控制。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How long does the site fail when lb dies?</source>
        <extracomment>load-balancing, step 6, question</extracomment>
        <translation>lb 宕机时，网站会故障多久？</translation>
    </message>
    <message>
        <source>Not at all</source>
        <extracomment>load-balancing, step 6, choice 1</extracomment>
        <translation>完全不会</translation>
    </message>
    <message>
        <source>About 3 seconds</source>
        <extracomment>load-balancing, step 6, choice 2</extracomment>
        <translation>约 3 秒</translation>
    </message>
    <message>
        <source>20 seconds, until lb is back</source>
        <extracomment>load-balancing, step 6, choice 3</extracomment>
        <translation>20 秒，直到 lb 恢复</translation>
    </message>
    <message>
        <source>Requests fail until the standby takes over: about 1,200 errors, 3 s of traffic. Without a standby the 20 s until lb came back would have failed, about 8,100 requests.</source>
        <extracomment>load-balancing, step 6, answer explanation</extracomment>
        <translation>在备用负载均衡器接管之前请求都会失败：约 1,200 个错误，相当于 3 s 的流量。如果没有备用，lb 恢复前的 20 s 都会失败，约 8,100 个请求。</translation>
    </message>
    <message>
        <source>The standby takes over the traffic.</source>
        <extracomment>load-balancing, step 6, checkpoint nodes[lb-standby].served &gt; 2000</extracomment>
        <translation>备用负载均衡器接管了流量。</translation>
    </message>
    <message>
        <source>Only the seconds before the takeover fail.</source>
        <extracomment>load-balancing, step 6, checkpoint requests.error &lt; 2000</extracomment>
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
        <source>Promote another master</source>
        <extracomment>multi-master-and-rings, step 1, choice 1</extracomment>
        <translation>把另一个主库提升为主库</translation>
    </message>
    <message>
        <source>Nothing: the other masters keep taking writes</source>
        <extracomment>multi-master-and-rings, step 1, choice 2</extracomment>
        <translation>什么都不用做：其他主库继续接收写入</translation>
    </message>
    <message>
        <source>Stop all writes until db3 is back</source>
        <extracomment>multi-master-and-rings, step 1, choice 3</extracomment>
        <translation>停止所有写入，直到 db3 恢复</translation>
    </message>
    <message>
        <source>No promotion is needed: only 2 requests failed, those inside db3 as it died. But about 350 writes were silently overwritten by conflicting ones in 30 s.</source>
        <extracomment>multi-master-and-rings, step 1, answer explanation</extracomment>
        <translation>不需要提升为主库：只有 2 个请求失败，就是 db3 宕机时正在其内部处理的那些。但在 30 s 内，约 350 次写入被与之冲突的写入悄悄覆盖了。</translation>
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
        <extracomment>multi-master-and-rings, step 2, title</extracomment>
        <translation>先提交者胜出</translation>
    </message>
    <message>
        <source>&lt;p&gt;Throwing a user&apos;s write away without telling them is often unacceptable. With &lt;b&gt;certification&lt;/b&gt; the masters check each write against the others: if a conflicting write committed first, the later one is &lt;b&gt;rolled back&lt;/b&gt; and its user gets an error they can act on.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;不告诉用户就把他们的写入丢掉，这通常是不可接受的。使用&lt;b&gt;认证&lt;/b&gt;（certification）时，主库会把每次写入与其他写入进行核对：如果有一个冲突的写入先提交了，较晚的那个就会被&lt;b&gt;回滚&lt;/b&gt;，其用户会收到一个可以据此处理的错误。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>With certification, what happens to the losing writes?</source>
        <extracomment>multi-master-and-rings, step 2, question</extracomment>
        <translation>使用认证时，落败的写入会怎样？</translation>
    </message>
    <message>
        <source>They are silently discarded</source>
        <extracomment>multi-master-and-rings, step 2, choice 1</extracomment>
        <translation>它们被悄悄丢弃</translation>
    </message>
    <message>
        <source>They are rolled back and their users get an error</source>
        <extracomment>multi-master-and-rings, step 2, choice 2</extracomment>
        <translation>它们被回滚，其用户收到一个错误</translation>
    </message>
    <message>
        <source>They are merged with the winners</source>
        <extracomment>multi-master-and-rings, step 2, choice 3</extracomment>
        <translation>它们与胜出的写入合并</translation>
    </message>
    <message>
        <source>About 950 writes were rolled back, and each of those users got an error; nothing was discarded in silence. Checking costs time: the median request takes about 94 ms.</source>
        <extracomment>multi-master-and-rings, step 2, answer explanation</extracomment>
        <translation>约 950 次写入被回滚，这些写入的用户都收到了错误；没有任何写入被悄悄丢弃。核对需要时间：请求耗时的中位数约为 94 ms。</translation>
    </message>
    <message>
        <source>Conflicting writes are rolled back...</source>
        <extracomment>multi-master-and-rings, step 2, checkpoint replication.rolled_back &gt; 500</extracomment>
        <translation>冲突的写入被回滚……</translation>
    </message>
    <message>
        <source>...and none is thrown away silently.</source>
        <extracomment>multi-master-and-rings, step 2, checkpoint replication.discarded_updates == 0</extracomment>
        <translation>……没有任何写入被悄悄丢弃。</translation>
    </message>
    <message>
        <source>Their users are told: errors.</source>
        <extracomment>multi-master-and-rings, step 2, checkpoint requests.error &gt; 500</extracomment>
        <translation>它们的用户会得到通知：错误。</translation>
    </message>
    <message>
        <source>A ring of three</source>
        <extracomment>multi-master-and-rings, step 3, title</extracomment>
        <translation>三个节点的环</translation>
    </message>
    <message>
        <source>&lt;p&gt;In &lt;b&gt;circular&lt;/b&gt; replication each master ships only to the next: A → B → C → A. Each hop here takes 5 ms. At 20 s &lt;b&gt;dbB&lt;/b&gt; dies; after 3 s the ring closes around it, A → C → A.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在&lt;b&gt;环形&lt;/b&gt;复制中，每个主库只把写入发送给下一个：A → B → C → A。这里每一跳需要 5 ms。在第 20 s，&lt;b&gt;dbB&lt;/b&gt; 宕机；3 s 后环绕过它重新闭合，变成 A → C → A。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to writes that reached dbB but that dbB had not passed on when it died?</source>
        <extracomment>multi-master-and-rings, step 3, question</extracomment>
        <translation>已经到达 dbB、但 dbB 宕机时还没传递下去的写入会怎样？</translation>
    </message>
    <message>
        <source>They are stranded: the rest of the ring never gets them</source>
        <extracomment>multi-master-and-rings, step 3, choice 2</extracomment>
        <translation>它们滞留了：环上的其他节点永远收不到它们</translation>
    </message>
    <message>
        <source>They are sent again by the web server</source>
        <extracomment>multi-master-and-rings, step 3, choice 3</extracomment>
        <translation>Web 服务器会再次发送它们</translation>
    </message>
    <message>
        <source>A ring of ten</source>
        <extracomment>multi-master-and-rings, step 4, title</extracomment>
        <translation>十个节点的环</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same ring with ten masters. A write on &lt;b&gt;dbA&lt;/b&gt; passes through eight others before it reaches &lt;b&gt;dbJ&lt;/b&gt;. Every hop adds its 5 ms.&lt;/p&gt;</source>
        <extracomment>multi-master-and-rings, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;同样的环，但有十个主库。在 &lt;b&gt;dbA&lt;/b&gt; 上的一次写入要先经过其他八个主库，才能到达 &lt;b&gt;dbJ&lt;/b&gt;。每一跳都会增加 5 ms。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How far behind dbA is dbJ?</source>
        <extracomment>multi-master-and-rings, step 4, question</extracomment>
        <translation>dbJ 比 dbA 落后多少？</translation>
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
        <translation>九跳，每跳 5 ms：45 ms，这也是测得的最大延迟。环越大，某些节点过时的时间就越长：30 s 内有 85 次过期读取。</translation>
    </message>
    <message>
        <source>The last node is about 45 ms behind.</source>
        <extracomment>multi-master-and-rings, step 4, checkpoint replication.max_lag_ms &gt; 40</extracomment>
        <translation>最后一个节点落后约 45 ms。</translation>
    </message>
    <message>
        <source>Reads on the far side of the ring can be stale.</source>
        <extracomment>multi-master-and-rings, step 4, checkpoint replication.stale_reads &gt; 0</extracomment>
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
        <source>&lt;p&gt;Traffic doubles to 400 requests a second. One server can finish at most 8 / 0.030 ≈ 267 a second.&lt;/p&gt;</source>
        <extracomment>one-server-to-two, step 2, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;流量翻倍，达到每秒 400 个请求。一台服务器每秒最多只能完成 8 / 0.030 ≈ 267 个请求。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to requests once web1&apos;s queue is full?</source>
        <extracomment>one-server-to-two, step 2, question</extracomment>
        <translation>web1 的队列满了之后，请求会怎样？</translation>
    </message>
    <message>
        <source>They wait longer</source>
        <extracomment>one-server-to-two, step 2, choice 1</extracomment>
        <translation>它们等待更长时间</translation>
    </message>
    <message>
        <source>They are dropped</source>
        <extracomment>one-server-to-two, step 2, choice 2</extracomment>
        <translation>它们被丢弃</translation>
    </message>
    <message>
        <source>web1 speeds up</source>
        <extracomment>one-server-to-two, step 2, choice 3</extracomment>
        <translation>web1 会加快速度</translation>
    </message>
    <message>
        <source>A full queue cannot take more: web1 refuses new requests and they are dropped.</source>
        <extracomment>one-server-to-two, step 2, answer explanation</extracomment>
        <translation>满了的队列再也放不下更多请求：web1 拒绝新的请求，它们就被丢弃了。</translation>
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
        <source>Reads on replicas, writes on the primary</source>
        <extracomment>replication, step 1, title</extracomment>
        <translation>读取走从库，写入走主库</translation>
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
        <source>A bigger web server</source>
        <extracomment>replication, step 1, choice 3</extracomment>
        <translation>一台更大的 Web 服务器</translation>
    </message>
    <message>
        <source>Reads are spread over the replicas: about 4,300 each in 30 s, while db1 handled only the 3,600 writes. More reads, more replicas.</source>
        <extracomment>replication, step 1, answer explanation</extracomment>
        <translation>读取分散到各个从库上：30 s 内每个约 4,300 个，而 db1 只处理了 3,600 次写入。读取更多，就加更多从库。</translation>
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
        <source>Replicas are a little behind</source>
        <extracomment>replication, step 2, title</extracomment>
        <translation>从库稍有落后</translation>
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
        <source>A few</source>
        <extracomment>replication, step 2, choice 2</extracomment>
        <translation>少数几次</translation>
    </message>
    <message>
        <source>Thousands</source>
        <extracomment>replication, step 2, choice 3</extracomment>
        <translation>数千次</translation>
    </message>
    <message>
        <source>About 2,700. The popular keys are written often, so a read of one of them is quite likely to arrive within 100 ms of a write. The largest lag was 105 ms.</source>
        <extracomment>replication, step 2, answer explanation</extracomment>
        <translation>约 2,700 次。热门键被频繁写入，所以对这些键的读取很可能恰好落在某次写入后的 100 ms 之内。最大延迟为 105 ms。</translation>
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
        <source>A longer delay, more stale reads</source>
        <extracomment>replication, step 3, title</extracomment>
        <translation>延迟更长，过期读取更多</translation>
    </message>
    <message>
        <source>&lt;p&gt;Suppose the replicas are farther away, or busier, and a write now takes 500 ms to reach them. The window in which a replica answers with old data is five times longer.&lt;/p&gt;</source>
        <extracomment>replication, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;假设从库离得更远，或者更忙，一次写入现在需要 500 ms 才能到达它们。从库用旧数据响应的时间窗口变长了五倍。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A user saves a comment, and the page reloads from a replica. What can happen?</source>
        <extracomment>replication, step 3, question</extracomment>
        <translation>用户保存了一条评论，页面从从库重新加载。可能会发生什么？</translation>
    </message>
    <message>
        <source>The comment is always there</source>
        <extracomment>replication, step 3, choice 1</extracomment>
        <translation>评论总是在那里</translation>
    </message>
    <message>
        <source>The user&apos;s own comment may be missing</source>
        <extracomment>replication, step 3, choice 2</extracomment>
        <translation>用户自己的评论可能不见了</translation>
    </message>
    <message>
        <source>The comment appears twice</source>
        <extracomment>replication, step 3, choice 3</extracomment>
        <translation>评论出现了两次</translation>
    </message>
    <message>
        <source>That is a read-your-writes violation: 8 of them in 30 s, against 1 with 100 ms. Stale reads rose from about 2,700 to about 5,000. Sending a user&apos;s reads to the primary for a moment after they write avoids it.</source>
        <extracomment>replication, step 3, answer explanation</extracomment>
        <translation>这违反了“读己之写”（read-your-writes）：30 s 内发生了 8 次，而延迟为 100 ms 时只有 1 次。过期读取从约 2,700 次升到约 5,000 次。在用户写入后的短时间内把他们的读取发给主库，就能避免这个问题。</translation>
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
        <extracomment>replication, step 3, checkpoint replication.read_your_writes_violations &gt; 3</extracomment>
        <translation>用户看不到自己刚写入的内容。</translation>
    </message>
    <message>
        <source>A replica dies</source>
        <extracomment>replication, step 4, title</extracomment>
        <translation>一个从库宕机</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to 100 ms. At 10 s replica &lt;b&gt;db3&lt;/b&gt; dies. The web servers stop sending it reads and use &lt;b&gt;db2&lt;/b&gt;, the replica that is left; in a real system a new replica would be set up to replace db3.&lt;/p&gt;</source>
        <extracomment>replication, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;回到 100 ms。在第 10 s，从库 &lt;b&gt;db3&lt;/b&gt; 宕机。Web 服务器不再向它发送读取，而是使用剩下的从库 &lt;b&gt;db2&lt;/b&gt;；在真实系统中，会搭建一个新的从库来替换 db3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What does losing one of two replicas cost?</source>
        <extracomment>replication, step 4, question</extracomment>
        <translation>两个从库失去一个，代价是什么？</translation>
    </message>
    <message>
        <source>Every read fails</source>
        <extracomment>replication, step 4, choice 1</extracomment>
        <translation>每次读取都失败</translation>
    </message>
    <message>
        <source>A couple of reads that were on db3, and more work for db2</source>
        <extracomment>replication, step 4, choice 2</extracomment>
        <translation>db3 上正在处理的几次读取，以及 db2 更多的工作量</translation>
    </message>
    <message>
        <source>Nothing at all</source>
        <extracomment>replication, step 4, choice 3</extracomment>
        <translation>没有任何代价</translation>
    </message>
    <message>
        <source>2 requests failed, the ones inside db3 as it died. db2 took over its reads: about 7,200 requests instead of 4,300.</source>
        <extracomment>replication, step 4, answer explanation</extracomment>
        <translation>有 2 个请求失败，就是 db3 宕机时正在其内部处理的那些。db2 接管了它的读取：约 7,200 个请求，而不是 4,300 个。</translation>
    </message>
    <message>
        <source>Hardly any request fails.</source>
        <extracomment>replication, step 4, checkpoint requests.error &lt; 20</extracomment>
        <translation>几乎没有请求失败。</translation>
    </message>
    <message>
        <source>The remaining replica takes all the reads.</source>
        <extracomment>replication, step 4, checkpoint nodes[db2].served &gt; 6500</extracomment>
        <translation>剩下的从库承担了所有读取。</translation>
    </message>
    <message>
        <source>No replica left</source>
        <extracomment>replication, step 5, title</extracomment>
        <translation>一个从库也不剩</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now &lt;b&gt;db2&lt;/b&gt; dies too, at 20 s. There is no replica left, but the primary has every write: until a new replica is ready, the primary answers the reads as well.&lt;/p&gt;</source>
        <extracomment>replication, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;现在 &lt;b&gt;db2&lt;/b&gt; 也在第 20 s 宕机了。一个从库也不剩了，但主库拥有每一次写入：在新的从库就绪之前，读取也由主库来响应。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to stale reads once only the primary answers?</source>
        <extracomment>replication, step 5, question</extracomment>
        <translation>只剩主库响应时，过期读取会怎样？</translation>
    </message>
    <message>
        <source>They go up</source>
        <extracomment>replication, step 5, choice 1</extracomment>
        <translation>增加</translation>
    </message>
    <message>
        <source>They stop</source>
        <extracomment>replication, step 5, choice 2</extracomment>
        <translation>不再出现</translation>
    </message>
    <message>
        <source>They stay as they were</source>
        <extracomment>replication, step 5, choice 3</extracomment>
        <translation>保持原样</translation>
    </message>
    <message>
        <source>The primary always has the newest value, so after 20 s no read is stale: 1,800 stale reads by 30 s instead of 2,700. db1 served about 6,500 requests instead of 3,600.</source>
        <extracomment>replication, step 5, answer explanation</extracomment>
        <translation>主库总是拥有最新的值，所以第 20 s 之后没有任何读取是过期的：到第 30 s 时累计 1,800 次过期读取，而不是 2,700 次。db1 处理了约 6,500 个请求，而不是 3,600 个。</translation>
    </message>
    <message>
        <source>The primary answers the reads too.</source>
        <extracomment>replication, step 5, checkpoint nodes[db1].served &gt; 5500</extracomment>
        <translation>主库也响应读取。</translation>
    </message>
    <message>
        <source>No stale reads after the replicas are gone.</source>
        <extracomment>replication, step 5, checkpoint replication.stale_reads &lt; 2200</extracomment>
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
        <source>About 8</source>
        <extracomment>zero-to-millions, step 1, choice 1</extracomment>
        <translation>约 8 个</translation>
    </message>
    <message>
        <source>About 267</source>
        <extracomment>zero-to-millions, step 1, choice 2</extracomment>
        <translation>约 267 个</translation>
    </message>
    <message>
        <source>About 2,400</source>
        <extracomment>zero-to-millions, step 1, choice 3</extracomment>
        <translation>约 2,400 个</translation>
    </message>
    <message>
        <source>One worker finishes 1 ÷ 0.030 ≈ 33 requests a second, so 8 workers finish about 267. Our 200 fit, with a little room to spare: nothing is dropped.</source>
        <extracomment>zero-to-millions, step 1, answer explanation</extracomment>
        <translation>一个工作线程每秒能完成 1 ÷ 0.030 ≈ 33 个请求，所以 8 个工作线程约完成 267 个。我们的 200 个应付得过来，还略有余量：没有请求被丢弃。</translation>
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
        <extracomment>zero-to-millions, step 2, question</extracomment>
        <translation>web1 的队列满了之后，新到达的请求会怎样？</translation>
    </message>
    <message>
        <source>They wait until a worker is free</source>
        <extracomment>zero-to-millions, step 2, choice 1</extracomment>
        <translation>它们一直等到有工作线程空闲</translation>
    </message>
    <message>
        <source>web1 works faster to catch up</source>
        <extracomment>zero-to-millions, step 2, choice 3</extracomment>
        <translation>web1 会加快速度追上来</translation>
    </message>
    <message>
        <source>A full queue cannot take more, so web1 refuses them: over 4,000 requests were dropped in 30 s. Those that got in waited in the queue: the median answer took about 250 ms instead of 70 ms.</source>
        <extracomment>zero-to-millions, step 2, answer explanation</extracomment>
        <translation>满了的队列再也放不下更多请求，所以 web1 拒绝了它们：30 s 内有 4,000 多个请求被丢弃。挤进队列的请求则要排队等待：响应时间的中位数约为 250 ms，而不是 70 ms。</translation>
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
        <extracomment>zero-to-millions, step 3, choice 1</extracomment>
        <translation>web1 从自己的内存中响应它们</translation>
    </message>
    <message>
        <source>They fail</source>
        <extracomment>zero-to-millions, step 3, choice 2</extracomment>
        <translation>它们失败</translation>
    </message>
    <message>
        <source>They wait, and succeed when db1 is back</source>
        <extracomment>zero-to-millions, step 3, choice 3</extracomment>
        <translation>它们等待，db1 恢复后就会成功</translation>
    </message>
    <message>
        <source>web1 keeps no data of its own, so without db1 it can only answer with an error: 1,500 requests failed. A single database is a single point of failure; replication, later in this lesson, deals with it.</source>
        <extracomment>zero-to-millions, step 3, answer explanation</extracomment>
        <translation>web1 自己不保存任何数据，所以没有 db1 它只能返回错误：1,500 个请求失败了。单个数据库就是一个单点故障；本课后面的复制部分会解决这个问题。</translation>
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
        <extracomment>zero-to-millions, step 4, choice 2</extracomment>
        <translation>只需负载均衡器的地址</translation>
    </message>
    <message>
        <source>Whichever server answered them last</source>
        <extracomment>zero-to-millions, step 4, choice 3</extracomment>
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
        <extracomment>zero-to-millions, step 5, choice 2</extracomment>
        <translation>它的队列溢出，许多请求被丢弃</translation>
    </message>
    <message>
        <source>The balancer notices and sends them elsewhere</source>
        <extracomment>zero-to-millions, step 5, choice 3</extracomment>
        <translation>负载均衡器发现后会把它们发到别处</translation>
    </message>
    <message>
        <source>web3&apos;s queue fills up and it refuses the rest: about 6,500 requests dropped in 30 s, while web1 and web2 have workers to spare. Requests that do get into web3 wait: the 95th percentile reaches about 740 ms.</source>
        <extracomment>zero-to-millions, step 5, answer explanation</extracomment>
        <translation>web3 的队列被塞满，剩下的请求都被它拒绝：30 s 内约 6,500 个请求被丢弃，而 web1 和 web2 还有空闲的工作线程。挤进 web3 的请求要等待：第 95 百分位延迟达到约 740 ms。</translation>
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
        <source>Still a third</source>
        <extracomment>zero-to-millions, step 6, choice 1</extracomment>
        <translation>仍然是三分之一</translation>
    </message>
    <message>
        <source>Less than a tenth</source>
        <extracomment>zero-to-millions, step 6, choice 2</extracomment>
        <translation>不到十分之一</translation>
    </message>
    <message>
        <source>None at all</source>
        <extracomment>zero-to-millions, step 6, choice 3</extracomment>
        <translation>一点也没有</translation>
    </message>
    <message>
        <source>web3 answered about 2,400 of 27,000 requests, under 9 %: about as much as it can finish. Nothing is dropped, and the 95th percentile falls from about 740 ms to about 140 ms.</source>
        <extracomment>zero-to-millions, step 6, answer explanation</extracomment>
        <translation>web3 响应了 27,000 个请求中的约 2,400 个，不到 9%：大致是它能完成的量。没有请求被丢弃，第 95 百分位延迟从约 740 ms 降到约 140 ms。</translation>
    </message>
    <message>
        <source>The slowest answers are back under 200 ms.</source>
        <extracomment>zero-to-millions, step 6, checkpoint latency_ms.p95 &lt; 200</extracomment>
        <translation>最慢的响应又回到了 200 ms 以内。</translation>
    </message>
    <message>
        <source>&lt;p&gt;When we know how big each server is, we can tell the balancer. &lt;b&gt;web1&lt;/b&gt; has 50 workers, web2 and web3 have 20 each. Weights 5, 1 and 1 mean: for every request web2 or web3 gets, web1 gets five.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 7, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;如果我们知道每台服务器有多大，就可以告诉负载均衡器。&lt;b&gt;web1&lt;/b&gt; 有 50 个工作线程，web2 和 web3 各有 20 个。权重 5、1、1 的意思是：web2 或 web3 每分到一个请求，web1 就分到五个。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>700 requests a second, weights 5, 1, 1. About how many a second go to web1?</source>
        <extracomment>zero-to-millions, step 7, question</extracomment>
        <translation>每秒 700 个请求，权重为 5、1、1。每秒大约有多少个请求发往 web1？</translation>
    </message>
    <message>
        <source>About 233, a third</source>
        <extracomment>zero-to-millions, step 7, choice 1</extracomment>
        <translation>约 233 个，三分之一</translation>
    </message>
    <message>
        <source>About 500, five sevenths</source>
        <extracomment>zero-to-millions, step 7, choice 2</extracomment>
        <translation>约 500 个，七分之五</translation>
    </message>
    <message>
        <source>All 700</source>
        <extracomment>zero-to-millions, step 7, choice 3</extracomment>
        <translation>全部 700 个</translation>
    </message>
    <message>
        <source>5 ÷ (5 + 1 + 1) of 700 is 500 a second. In 30 s web1 answered about 15,100 requests, web2 and web3 about 3,000 each.</source>
        <extracomment>zero-to-millions, step 7, answer explanation</extracomment>
        <translation>700 的 5 ÷ (5 + 1 + 1) 就是每秒 500 个。30 s 内 web1 响应了约 15,100 个请求，web2 和 web3 各约 3,000 个。</translation>
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
        <extracomment>zero-to-millions, step 8, choice 2</extracomment>
        <translation>只有原来在 web3 上的用户</translation>
    </message>
    <message>
        <source>Nobody&apos;s: web3&apos;s users keep failing</source>
        <extracomment>zero-to-millions, step 8, choice 3</extracomment>
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
        <source>A server dies, and nobody notices</source>
        <extracomment>zero-to-millions, step 9, title</extracomment>
        <translation>服务器宕机了，却没人发现</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to our two servers behind round robin. At 30 s &lt;b&gt;web2&lt;/b&gt; crashes. This balancer does not check its servers: it has no idea, and keeps sending every second request to a dead machine.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 9, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;回到轮询后面的两台服务器。在第 30 s，&lt;b&gt;web2&lt;/b&gt; 崩溃。这个负载均衡器不检查它的服务器：它毫不知情，继续把每两个请求中的一个发给一台已经宕机的机器。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web2 dies at 30 s. What share of the requests fails from then on?</source>
        <extracomment>zero-to-millions, step 9, question</extracomment>
        <translation>web2 在第 30 s 宕机。从那以后有多大比例的请求失败？</translation>
    </message>
    <message>
        <source>None: web1 takes over</source>
        <extracomment>zero-to-millions, step 9, choice 1</extracomment>
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
        <extracomment>zero-to-millions, step 10, choice 2</extracomment>
        <translation>几秒钟，直到三次检查都失败</translation>
    </message>
    <message>
        <source>Until web2 comes back at 40.5 s</source>
        <extracomment>zero-to-millions, step 10, choice 3</extracomment>
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
        <extracomment>zero-to-millions, step 11, title</extracomment>
        <translation>有状态服务器：会话保存在内存中</translation>
    </message>
    <message>
        <source>&lt;p&gt;A logged-in user has a &lt;b&gt;session&lt;/b&gt;. Here each server keeps its users&apos; sessions in its own memory, so the balancer has to stick each user to the same server. That works until a server dies: at 30 s &lt;b&gt;web2&lt;/b&gt; goes, and the sessions in its memory go with it.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 11, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;已登录的用户有一个&lt;b&gt;会话&lt;/b&gt;。这里每台服务器都把其用户的会话保存在自己的内存中，所以负载均衡器必须把每个用户固定到同一台服务器上。这在服务器宕机之前都没问题：在第 30 s，&lt;b&gt;web2&lt;/b&gt; 宕机，它内存中的会话也随之消失。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the users whose sessions were on web2?</source>
        <extracomment>zero-to-millions, step 11, question</extracomment>
        <translation>会话在 web2 上的那些用户会怎样？</translation>
    </message>
    <message>
        <source>Nothing: another server has a copy</source>
        <extracomment>zero-to-millions, step 11, choice 1</extracomment>
        <translation>没有影响：另一台服务器有副本</translation>
    </message>
    <message>
        <source>They have to log in again</source>
        <extracomment>zero-to-millions, step 11, choice 2</extracomment>
        <translation>他们必须重新登录</translation>
    </message>
    <message>
        <source>They wait until web2 is back</source>
        <extracomment>zero-to-millions, step 11, choice 3</extracomment>
        <translation>他们要等到 web2 恢复</translation>
    </message>
    <message>
        <source>Their sessions existed only in web2&apos;s memory. Sent to another server, about 170 users had to log in again.</source>
        <extracomment>zero-to-millions, step 11, answer explanation</extracomment>
        <translation>他们的会话只存在于 web2 的内存中。被转到另一台服务器后，约 170 个用户不得不重新登录。</translation>
    </message>
    <message>
        <source>A dead stateful server takes its users&apos; sessions with it.</source>
        <extracomment>zero-to-millions, step 11, checkpoint sessions.lost &gt; 100</extracomment>
        <translation>有状态服务器宕机时，会把其用户的会话一起带走。</translation>
    </message>
    <message>
        <source>Stateless servers: a shared session store</source>
        <extracomment>zero-to-millions, step 12, title</extracomment>
        <translation>无状态服务器：共享的会话存储</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now the servers keep nothing between requests: each request fetches its session from a shared &lt;b&gt;session store&lt;/b&gt;. Any server can handle any user, so the balancer needs no stickiness, and adding, removing or losing a server costs nobody a login. The price is one more hop per request, and a store that must itself stay up.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 12, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;现在服务器在请求之间什么都不保存：每个请求都从一个共享的&lt;b&gt;会话存储&lt;/b&gt;中获取自己的会话。任何服务器都能处理任何用户，所以负载均衡器不需要会话粘性，增加、移除或失去一台服务器都不会让任何人需要重新登录。代价是每个请求多了一跳，而且会话存储本身也必须保持可用。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>web2 dies at 30 s again. How many users have to log in again?</source>
        <extracomment>zero-to-millions, step 12, question</extracomment>
        <translation>web2 又在第 30 s 宕机了。有多少用户需要重新登录？</translation>
    </message>
    <message>
        <source>With stateless servers, losing one loses no session.</source>
        <extracomment>zero-to-millions, step 12, checkpoint sessions.lost == 0</extracomment>
        <translation>使用无状态服务器时，失去一台服务器不会丢失任何会话。</translation>
    </message>
    <message>
        <source>Every request fetched its session from the shared store.</source>
        <extracomment>zero-to-millions, step 12, checkpoint nodes[sessions].served &gt; 15000</extracomment>
        <translation>每个请求都从共享的会话存储中获取了会话。</translation>
    </message>
    <message>
        <source>Replication: a primary and two replicas</source>
        <extracomment>zero-to-millions, step 13, title</extracomment>
        <translation>复制：一个主库和两个从库</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database is now both the bottleneck and a single point of failure, so we keep copies. &lt;b&gt;db1&lt;/b&gt;, the primary, takes every write and ships it to the replicas &lt;b&gt;db2&lt;/b&gt; and &lt;b&gt;db3&lt;/b&gt;, which answer the reads. Most sites read far more than they write; here 70 % of requests are reads.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 13, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;数据库现在既是瓶颈，又是单点故障，所以我们保留多个副本。主库 &lt;b&gt;db1&lt;/b&gt; 接收每一次写入，并把它发送给从库 &lt;b&gt;db2&lt;/b&gt; 和 &lt;b&gt;db3&lt;/b&gt;，由从库响应读取。大多数网站的读取远多于写入；这里 70% 的请求是读取。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>70 % reads, 30 % writes. Which database does the most work?</source>
        <extracomment>zero-to-millions, step 13, question</extracomment>
        <translation>70% 读取、30% 写入。哪个数据库的工作量最大？</translation>
    </message>
    <message>
        <source>db1, the primary</source>
        <extracomment>zero-to-millions, step 13, choice 1</extracomment>
        <translation>db1，主库</translation>
    </message>
    <message>
        <source>Each of the replicas</source>
        <extracomment>zero-to-millions, step 13, choice 2</extracomment>
        <translation>每个从库</translation>
    </message>
    <message>
        <source>All three the same</source>
        <extracomment>zero-to-millions, step 13, choice 3</extracomment>
        <translation>三个都一样</translation>
    </message>
    <message>
        <source>Replica db2 answers reads...</source>
        <extracomment>zero-to-millions, step 13, checkpoint nodes[db2].served &gt; 4000</extracomment>
        <translation>从库 db2 响应读取……</translation>
    </message>
    <message>
        <source>...and so does replica db3.</source>
        <extracomment>zero-to-millions, step 13, checkpoint nodes[db3].served &gt; 4000</extracomment>
        <translation>……从库 db3 也一样。</translation>
    </message>
    <message>
        <source>The primary handles the writes only.</source>
        <extracomment>zero-to-millions, step 13, checkpoint nodes[db1].served &lt; 4000</extracomment>
        <translation>主库只处理写入。</translation>
    </message>
    <message>
        <source>Stale reads</source>
        <extracomment>zero-to-millions, step 14, title</extracomment>
        <translation>过期读取</translation>
    </message>
    <message>
        <source>&lt;p&gt;The primary commits a write, answers the user, and only then ships the write to the replicas: this is &lt;b&gt;asynchronous&lt;/b&gt; replication. Here a write needs about 100 ms to reach a replica. A read that lands on a replica within that window gets the old value: a &lt;b&gt;stale read&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 14, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;主库提交一次写入，回复用户，然后才把这次写入发送给从库：这就是&lt;b&gt;异步&lt;/b&gt;复制。这里一次写入大约需要 100 ms 才能到达从库。在这个时间窗口内落到从库上的读取会得到旧值：这就是&lt;b&gt;过期读取&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A user saves a new profile picture and reloads the page 50 ms later; the read goes to a replica. What does the user see?</source>
        <extracomment>zero-to-millions, step 14, question</extracomment>
        <translation>用户保存了一张新的头像，50 ms 后刷新页面；这次读取发往一个从库。用户会看到什么？</translation>
    </message>
    <message>
        <source>The new picture</source>
        <extracomment>zero-to-millions, step 14, choice 1</extracomment>
        <translation>新头像</translation>
    </message>
    <message>
        <source>Probably the old picture</source>
        <extracomment>zero-to-millions, step 14, choice 2</extracomment>
        <translation>很可能是旧头像</translation>
    </message>
    <message>
        <source>An error</source>
        <extracomment>zero-to-millions, step 14, choice 3</extracomment>
        <translation>一个错误</translation>
    </message>
    <message>
        <source>The replica does not have the write yet. About 2,700 reads in 30 s returned an old value, and the largest lag measured was 105 ms: the ship delay plus the link.</source>
        <extracomment>zero-to-millions, step 14, answer explanation</extracomment>
        <translation>从库还没有收到这次写入。30 s 内约 2,700 次读取返回了旧值，测得的最大延迟为 105 ms：发送延迟加上网络链路的时间。</translation>
    </message>
    <message>
        <source>Replicas serve old values: thousands of stale reads.</source>
        <extracomment>zero-to-millions, step 14, checkpoint replication.stale_reads &gt; 1000</extracomment>
        <translation>从库提供旧值：数千次过期读取。</translation>
    </message>
    <message>
        <source>A replica is up to 100 ms behind the primary.</source>
        <extracomment>zero-to-millions, step 14, checkpoint replication.max_lag_ms &gt;= 100</extracomment>
        <translation>从库最多比主库落后 100 ms。</translation>
    </message>
    <message>
        <source>A replica goes down</source>
        <extracomment>zero-to-millions, step 15, title</extracomment>
        <translation>一个从库宕机</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 10 s replica &lt;b&gt;db3&lt;/b&gt; dies: its reads simply move to db2. At 20 s &lt;b&gt;db2&lt;/b&gt; dies too. With no replica left, the reads go to the primary until a new replica is set up.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 15, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在第 10 s，从库 &lt;b&gt;db3&lt;/b&gt; 宕机：它的读取直接转到 db2。在第 20 s，&lt;b&gt;db2&lt;/b&gt; 也宕机了。没有从库了，在新的从库搭建好之前，读取都发往主库。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>After 20 s both replicas are down. What happens to the reads?</source>
        <extracomment>zero-to-millions, step 15, question</extracomment>
        <translation>20 s 之后两个从库都宕机了。读取会怎样？</translation>
    </message>
    <message>
        <source>They fail until a replica is back</source>
        <extracomment>zero-to-millions, step 15, choice 1</extracomment>
        <translation>它们会失败，直到有从库恢复</translation>
    </message>
    <message>
        <source>The primary answers them</source>
        <extracomment>zero-to-millions, step 15, choice 2</extracomment>
        <translation>由主库响应</translation>
    </message>
    <message>
        <source>The balancer answers them from memory</source>
        <extracomment>zero-to-millions, step 15, choice 3</extracomment>
        <translation>负载均衡器从内存中响应</translation>
    </message>
    <message>
        <source>db1 has all the data, so it takes the reads too: it answered about 6,500 requests instead of 3,600. Only the few reads inside a replica as it died failed: 4 in all.</source>
        <extracomment>zero-to-millions, step 15, answer explanation</extracomment>
        <translation>db1 拥有全部数据，所以它也承担了读取：它响应了约 6,500 个请求，而不是 3,600 个。只有从库宕机时正在其内部处理的少数读取失败了：总共 4 个。</translation>
    </message>
    <message>
        <source>Losing replicas costs only the reads in progress on them.</source>
        <extracomment>zero-to-millions, step 15, checkpoint requests.error &lt; 50</extracomment>
        <translation>失去从库的代价仅仅是正在它们上面处理的读取。</translation>
    </message>
    <message>
        <source>With no replica left, the primary answers the reads.</source>
        <extracomment>zero-to-millions, step 15, checkpoint nodes[db1].served &gt; 5500</extracomment>
        <translation>没有从库时，由主库响应读取。</translation>
    </message>
    <message>
        <source>The primary dies: promotion and lost writes</source>
        <extracomment>zero-to-millions, step 16, title</extracomment>
        <translation>主库宕机：提升为主库与丢失的写入</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s the primary &lt;b&gt;db1&lt;/b&gt; dies. Writes fail for 5 s while the system decides what to do; then the most up-to-date replica, &lt;b&gt;db2&lt;/b&gt;, is &lt;b&gt;promoted&lt;/b&gt; to primary. But db1 had told some users &quot;saved&quot; for writes it had not shipped yet.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 16, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在第 20 s，主库 &lt;b&gt;db1&lt;/b&gt; 宕机。在系统决定如何处理的 5 s 内，写入都会失败；然后数据最新的从库 &lt;b&gt;db2&lt;/b&gt; 被&lt;b&gt;提升为主库&lt;/b&gt;。但对于一些还没发送出去的写入，db1 已经告诉用户“已保存”了。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the writes db1 acknowledged but never shipped?</source>
        <extracomment>zero-to-millions, step 16, question</extracomment>
        <translation>db1 确认了但从未发送出去的写入会怎样？</translation>
    </message>
    <message>
        <source>db2 receives them when it is promoted</source>
        <extracomment>zero-to-millions, step 16, choice 1</extracomment>
        <translation>db2 被提升为主库时会收到它们</translation>
    </message>
    <message>
        <source>They are lost</source>
        <extracomment>zero-to-millions, step 16, choice 2</extracomment>
        <translation>它们丢失了</translation>
    </message>
    <message>
        <source>Their users are asked to send them again</source>
        <extracomment>zero-to-millions, step 16, choice 3</extracomment>
        <translation>系统会请它们的用户重新提交</translation>
    </message>
    <message>
        <source>With asynchronous replication they existed only on db1: 9 acknowledged writes were lost. About 570 writes failed in the 5 s without a primary; reads went on from the replicas.</source>
        <extracomment>zero-to-millions, step 16, answer explanation</extracomment>
        <translation>在异步复制下，它们只存在于 db1 上：9 次已确认的写入丢失了。在没有主库的 5 s 内约有 570 次写入失败；读取则继续由从库提供。</translation>
    </message>
    <message>
        <source>A replica is promoted to primary.</source>
        <extracomment>zero-to-millions, step 16, checkpoint replication.promotions == 1</extracomment>
        <translation>一个从库被提升为主库。</translation>
    </message>
    <message>
        <source>Writes the old primary acknowledged but never shipped are lost.</source>
        <extracomment>zero-to-millions, step 16, checkpoint replication.lost_writes &gt; 0</extracomment>
        <translation>旧主库确认了但从未发送出去的写入丢失了。</translation>
    </message>
    <message>
        <source>What does replaying the binlog cost?</source>
        <extracomment>zero-to-millions, step 17, question</extracomment>
        <translation>重放 binlog 的代价是什么？</translation>
    </message>
    <message>
        <source>A longer outage: more failed writes</source>
        <extracomment>zero-to-millions, step 17, choice 2</extracomment>
        <translation>更长的故障时间：更多失败的写入</translation>
    </message>
    <message>
        <source>Every read afterwards is stale</source>
        <extracomment>zero-to-millions, step 17, choice 3</extracomment>
        <translation>之后的每次读取都是过期的</translation>
    </message>
    <message>
        <source>All 9 writes were replayed and none was lost, but writes failed for longer: about 840 errors instead of 570.</source>
        <extracomment>zero-to-millions, step 17, answer explanation</extracomment>
        <translation>全部 9 次写入都被重放，一次也没有丢失，但写入失败的时间更长了：约 840 个错误，而不是 570 个。</translation>
    </message>
    <message>
        <source>Replaying the binlog loses no acknowledged write.</source>
        <extracomment>zero-to-millions, step 17, checkpoint replication.lost_writes == 0</extracomment>
        <translation>重放 binlog 不会丢失任何已确认的写入。</translation>
    </message>
    <message>
        <source>The writes missing on db2 came back from db1&apos;s binlog.</source>
        <extracomment>zero-to-millions, step 17, checkpoint replication.recovered_writes &gt; 0</extracomment>
        <translation>db2 上缺失的写入从 db1 的 binlog 中找了回来。</translation>
    </message>
    <message>
        <source>Multi-master: write conflicts</source>
        <extracomment>zero-to-millions, step 18, title</extracomment>
        <translation>多主：写入冲突</translation>
    </message>
    <message>
        <source>&lt;p&gt;With &lt;b&gt;multi-master&lt;/b&gt; replication every database takes writes and ships them to the others, so a dead master needs no promotion: when db3 dies at 20 s, the other two carry on. The catch is that two masters can change the same key at almost the same moment, because a write needs about 60 ms to reach the other masters. Here the rule is &lt;b&gt;last writer wins&lt;/b&gt;.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 18, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在&lt;b&gt;多主&lt;/b&gt;复制中，每个数据库都接收写入并把它们发送给其他数据库，所以一个主库宕机后不需要提升为主库：db3 在第 20 s 宕机时，另外两个继续工作。问题在于，两个主库可能几乎在同一时刻修改同一个键，因为一次写入大约需要 60 ms 才能到达其他主库。这里的规则是&lt;b&gt;最后写入者胜出&lt;/b&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Two users change the same balance on two masters at once, and the last writer wins. What happens to the other change?</source>
        <extracomment>zero-to-millions, step 18, question</extracomment>
        <translation>两个用户在两个主库上同时修改同一个余额，最后写入者胜出。另一次修改会怎样？</translation>
    </message>
    <message>
        <source>The two changes are merged</source>
        <extracomment>zero-to-millions, step 18, choice 1</extracomment>
        <translation>两次修改被合并</translation>
    </message>
    <message>
        <source>It is silently thrown away</source>
        <extracomment>zero-to-millions, step 18, choice 2</extracomment>
        <translation>它被悄悄丢弃</translation>
    </message>
    <message>
        <source>Its user gets an error</source>
        <extracomment>zero-to-millions, step 18, choice 3</extracomment>
        <translation>它的用户收到一个错误</translation>
    </message>
    <message>
        <source>Masters change the same keys at the same time: conflicts.</source>
        <extracomment>zero-to-millions, step 18, checkpoint replication.conflicts &gt; 200</extracomment>
        <translation>多个主库同时修改同一些键：发生冲突。</translation>
    </message>
    <message>
        <source>Last writer wins throws the losing writes away.</source>
        <extracomment>zero-to-millions, step 18, checkpoint replication.discarded_updates &gt; 200</extracomment>
        <translation>最后写入者胜出会丢弃落败的写入。</translation>
    </message>
    <message>
        <source>A dead master needs no promotion...</source>
        <extracomment>zero-to-millions, step 18, checkpoint replication.promotions == 0</extracomment>
        <translation>主库宕机不需要提升为主库……</translation>
    </message>
    <message>
        <source>...and hardly any request fails.</source>
        <extracomment>zero-to-millions, step 18, checkpoint requests.error &lt; 20</extracomment>
        <translation>……而且几乎没有请求失败。</translation>
    </message>
    <message>
        <source>A circular ring</source>
        <extracomment>zero-to-millions, step 19, title</extracomment>
        <translation>环形复制</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Circular&lt;/b&gt; replication links the masters in a ring, A → B → C → A: each passes every write on to the next. Here each hop takes 5 ms. At 20 s &lt;b&gt;dbB&lt;/b&gt; dies; 3 s later the ring closes around it, A → C.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 19, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;环形&lt;/b&gt;复制把各个主库连成一个环，A → B → C → A：每个主库把每次写入传递给下一个。这里每一跳需要 5 ms。在第 20 s，&lt;b&gt;dbB&lt;/b&gt; 宕机；3 s 后环绕过它重新闭合，变成 A → C。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Each hop takes 5 ms. How long after a write commits on dbA does dbC have it?</source>
        <extracomment>zero-to-millions, step 19, question</extracomment>
        <translation>每一跳需要 5 ms。一次写入在 dbA 上提交后，要过多久 dbC 才会有它？</translation>
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
        <translation>环越长，延迟越长</translation>
    </message>
    <message>
        <source>&lt;p&gt;Delays add up hop by hop. In a ring of ten masters a write on dbA needs nine hops to reach &lt;b&gt;dbJ&lt;/b&gt;, the last one. Until it arrives, anyone reading from the far side of the ring sees old data.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 20, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;延迟会一跳一跳地累加。在一个由十个主库组成的环中，dbA 上的一次写入需要经过九跳才能到达最后一个主库 &lt;b&gt;dbJ&lt;/b&gt;。在写入到达之前，任何从环的远端读取的人看到的都是旧数据。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How long until the last of ten masters sees a write?</source>
        <extracomment>zero-to-millions, step 20, question</extracomment>
        <translation>十个主库中的最后一个要过多久才能看到一次写入？</translation>
    </message>
    <message>
        <source>About 45 ms</source>
        <extracomment>zero-to-millions, step 20, choice 2</extracomment>
        <translation>约 45 ms</translation>
    </message>
    <message>
        <source>About half a second</source>
        <extracomment>zero-to-millions, step 20, choice 3</extracomment>
        <translation>约半秒</translation>
    </message>
    <message>
        <source>Nine hops of 5 ms: the largest lag measured is 45 ms. Even at this light load, 85 reads in 30 s were stale.</source>
        <extracomment>zero-to-millions, step 20, answer explanation</extracomment>
        <translation>九跳，每跳 5 ms：测得的最大延迟为 45 ms。即使在这么轻的负载下，30 s 内也有 85 次读取是过期的。</translation>
    </message>
    <message>
        <source>Nine hops: the last node is about 45 ms behind.</source>
        <extracomment>zero-to-millions, step 20, checkpoint replication.max_lag_ms &gt; 40</extracomment>
        <translation>九跳：最后一个节点落后约 45 ms。</translation>
    </message>
    <message>
        <source>Every read on the database</source>
        <extracomment>zero-to-millions, step 21, title</extracomment>
        <translation>每次读取都落到数据库上</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back to one primary. 1,000 requests a second, 90 % of them reads, and every read goes to &lt;b&gt;db1&lt;/b&gt;. Many of them ask for the same few popular keys again and again.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 21, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;回到单个主库。每秒 1,000 个请求，其中 90% 是读取，而每次读取都发往 &lt;b&gt;db1&lt;/b&gt;。其中许多读取一次又一次地请求同样几个热门键。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Without a cache, db1 answers every request: over 28,000 in 30 s.</source>
        <extracomment>zero-to-millions, step 21, checkpoint nodes[db1].served &gt; 28000</extracomment>
        <translation>没有缓存时，db1 响应每一个请求：30 s 内超过 28,000 个。</translation>
    </message>
    <message>
        <source>The cache holds a tenth of the keys. What share of the reads do you expect it to answer?</source>
        <extracomment>zero-to-millions, step 22, question</extracomment>
        <translation>缓存容纳了十分之一的键。你预计它能响应多大比例的读取？</translation>
    </message>
    <message>
        <source>About 10 %</source>
        <extracomment>zero-to-millions, step 22, choice 1</extracomment>
        <translation>约 10%</translation>
    </message>
    <message>
        <source>About 60 %</source>
        <extracomment>zero-to-millions, step 22, choice 2</extracomment>
        <translation>约 60%</translation>
    </message>
    <message>
        <source>Popular keys are asked for far more often than the rest, and the cache keeps them: the hit ratio is about 0.59. db1 answered about 14,000 requests instead of 30,000, and the median answer fell from 37 ms to 28.5 ms.</source>
        <extracomment>zero-to-millions, step 22, answer explanation</extracomment>
        <translation>热门键被请求的次数远多于其他键，而缓存会留住它们：命中率约为 0.59。db1 响应了约 14,000 个请求，而不是 30,000 个，响应时间的中位数从 37 ms 降到 28.5 ms。</translation>
    </message>
    <message>
        <source>More than half of the reads are answered by the cache.</source>
        <extracomment>zero-to-millions, step 22, checkpoint cache.hit_ratio &gt; 0.5</extracomment>
        <translation>一半以上的读取由缓存响应。</translation>
    </message>
    <message>
        <source>The database does about half the work it did.</source>
        <extracomment>zero-to-millions, step 22, checkpoint nodes[db1].served &lt; 16000</extracomment>
        <translation>数据库的工作量减少到原来的一半左右。</translation>
    </message>
    <message>
        <source>Expiration: a TTL too short</source>
        <extracomment>zero-to-millions, step 23, title</extracomment>
        <translation>过期：TTL 太短</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each entry has a &lt;b&gt;time to live&lt;/b&gt;. Too long, and the cache may keep an old value; too short, and entries expire before anyone asks again, so reads go back to the database. Here the TTL drops from 60 s to 2 s.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 23, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;每个条目都有一个&lt;b&gt;存活时间&lt;/b&gt;（TTL）。太长，缓存可能会保留旧值；太短，条目还没等到再次被请求就过期了，读取又回到数据库。这里 TTL 从 60 s 降到 2 s。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the hit ratio with a TTL of 2 s?</source>
        <extracomment>zero-to-millions, step 23, question</extracomment>
        <translation>TTL 为 2 s 时，命中率会怎样？</translation>
    </message>
    <message>
        <source>It rises</source>
        <extracomment>zero-to-millions, step 23, choice 1</extracomment>
        <translation>上升</translation>
    </message>
    <message>
        <source>It falls</source>
        <extracomment>zero-to-millions, step 23, choice 2</extracomment>
        <translation>下降</translation>
    </message>
    <message>
        <source>It stays the same</source>
        <extracomment>zero-to-millions, step 23, choice 3</extracomment>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>About 10,000 entries expired before they were used again: the hit ratio falls from 0.59 to 0.53, and db1 answers about 1,700 more requests.</source>
        <extracomment>zero-to-millions, step 23, answer explanation</extracomment>
        <translation>约 10,000 个条目在再次被使用之前就过期了：命中率从 0.59 降到 0.53，db1 多响应了约 1,700 个请求。</translation>
    </message>
    <message>
        <source>Entries expire before they are asked for again.</source>
        <extracomment>zero-to-millions, step 23, checkpoint cache.expirations &gt; 5000</extracomment>
        <translation>条目还没被再次请求就过期了。</translation>
    </message>
    <message>
        <source>Consistency: no invalidation</source>
        <extracomment>zero-to-millions, step 24, title</extracomment>
        <translation>一致性：不做失效</translation>
    </message>
    <message>
        <source>&lt;p&gt;So far every write deleted its key from the cache. Here writes go to the database and leave the cache alone, and entries live 30 s. A value changed in the database stays old in the cache until it expires.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 24, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;到目前为止，每次写入都会从缓存中删除对应的键。这里写入只发往数据库而不管缓存，条目存活 30 s。在数据库中被修改的值，在缓存中会一直保持旧值，直到过期。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>How many reads do you expect to return an old value?</source>
        <extracomment>zero-to-millions, step 24, question</extracomment>
        <translation>你预计有多少次读取会返回旧值？</translation>
    </message>
    <message>
        <source>None: the database is always right</source>
        <extracomment>zero-to-millions, step 24, choice 1</extracomment>
        <translation>一次也没有：数据库总是对的</translation>
    </message>
    <message>
        <source>A few dozen</source>
        <extracomment>zero-to-millions, step 24, choice 2</extracomment>
        <translation>几十次</translation>
    </message>
    <message>
        <source>Eviction policies</source>
        <extracomment>zero-to-millions, step 25, title</extracomment>
        <translation>淘汰策略</translation>
    </message>
    <message>
        <source>&lt;p&gt;A full cache must &lt;b&gt;evict&lt;/b&gt; an entry to make room for a new one. This cache holds only 200 keys and uses &lt;b&gt;LFU&lt;/b&gt;: it gives up the key used least often, so the popular ones stay. &lt;b&gt;LRU&lt;/b&gt; would give up the one unused for longest, &lt;b&gt;FIFO&lt;/b&gt; the oldest.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 25, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;缓存满了就必须&lt;b&gt;淘汰&lt;/b&gt;一个条目，为新条目腾出空间。这个缓存只能容纳 200 个键，使用 &lt;b&gt;LFU&lt;/b&gt;：它放弃使用次数最少的键，所以热门的键会留下来。&lt;b&gt;LRU&lt;/b&gt; 会放弃最久未被使用的键，&lt;b&gt;FIFO&lt;/b&gt; 则放弃最早进入的键。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Which policy keeps the popular keys best when the cache is small?</source>
        <extracomment>zero-to-millions, step 25, question</extracomment>
        <translation>缓存很小时，哪种策略最能留住热门键？</translation>
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
        <translation>它们都一样好</translation>
    </message>
    <message>
        <source>LFU reaches a hit ratio of 0.44 here; the same cache reaches 0.41 with LRU and 0.38 with FIFO. Which is best depends on how the keys are used.</source>
        <extracomment>zero-to-millions, step 25, answer explanation</extracomment>
        <translation>在这里 LFU 的命中率达到 0.44；同样的缓存用 LRU 为 0.41，用 FIFO 为 0.38。哪种策略最好取决于键的使用方式。</translation>
    </message>
    <message>
        <source>With 200 entries for 10,000 keys, LFU still answers over 40 % of the reads.</source>
        <extracomment>zero-to-millions, step 25, checkpoint cache.hit_ratio &gt; 0.4</extracomment>
        <translation>用 200 个条目应对 10,000 个键，LFU 仍能响应 40% 以上的读取。</translation>
    </message>
    <message>
        <source>The cache as a single point of failure</source>
        <extracomment>zero-to-millions, step 26, title</extracomment>
        <translation>缓存成为单点故障</translation>
    </message>
    <message>
        <source>&lt;p&gt;The database was sized counting on the cache: 8 workers. At 30 s &lt;b&gt;cache1&lt;/b&gt; dies, and every read lands on db1 at once. The cache comes back at 45 s, empty.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 26, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;数据库的规模是按有缓存来设计的：8 个工作线程。在第 30 s，&lt;b&gt;cache1&lt;/b&gt; 宕机，每次读取都一下子落到 db1 上。缓存在第 45 s 恢复，但里面是空的。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to db1 when the cache dies?</source>
        <extracomment>zero-to-millions, step 26, question</extracomment>
        <translation>缓存宕机时，db1 会怎样？</translation>
    </message>
    <message>
        <source>Nothing: it had the data all along</source>
        <extracomment>zero-to-millions, step 26, choice 1</extracomment>
        <translation>没有影响：它一直都有这些数据</translation>
    </message>
    <message>
        <source>It is flooded and answers much more slowly</source>
        <extracomment>zero-to-millions, step 26, choice 2</extracomment>
        <translation>它被请求淹没，响应慢得多</translation>
    </message>
    <message>
        <source>It shuts down too</source>
        <extracomment>zero-to-millions, step 26, choice 3</extracomment>
        <translation>它也会停机</translation>
    </message>
    <message>
        <source>Without the cache every read lands on the database.</source>
        <extracomment>zero-to-millions, step 26, checkpoint nodes[db1].served &gt; 25000</extracomment>
        <translation>没有缓存时，每次读取都落到数据库上。</translation>
    </message>
    <message>
        <source>Static files from far away</source>
        <extracomment>zero-to-millions, step 27, title</extracomment>
        <translation>来自远方的静态文件</translation>
    </message>
    <message>
        <source>&lt;p&gt;Images, scripts and style sheets are &lt;b&gt;static&lt;/b&gt;: the same for every user. Here they all come from &lt;b&gt;assets&lt;/b&gt;, a storage bucket in the US. Users in Europe pay for the ocean crossing on every single file.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 27, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;图片、脚本和样式表都是&lt;b&gt;静态&lt;/b&gt;的：对每个用户都一样。这里它们全部来自 &lt;b&gt;assets&lt;/b&gt;，一个位于美国的存储桶。欧洲的用户每获取一个文件，都要付出跨越大洋的代价。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The origin sends every file itself.</source>
        <extracomment>zero-to-millions, step 27, checkpoint nodes[assets].served &gt; 28000</extracomment>
        <translation>源站亲自发送每一个文件。</translation>
    </message>
    <message>
        <source>A CDN</source>
        <extracomment>zero-to-millions, step 28, title</extracomment>
        <translation>CDN</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;CDN&lt;/b&gt; keeps copies of static files on &lt;b&gt;edge&lt;/b&gt; servers close to the users. Each user asks the nearest edge; on a miss, the edge fetches the file from the origin once and keeps it. A popular file is fetched once and then served thousands of times.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 28, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;CDN&lt;/b&gt; 把静态文件的副本保存在靠近用户的&lt;b&gt;边缘节点&lt;/b&gt;服务器上。每个用户请求最近的边缘节点；未命中时，边缘节点从源站获取一次文件并保存下来。一个热门文件只需获取一次，之后就能提供成千上万次。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What share of the bytes does the origin still send?</source>
        <extracomment>zero-to-millions, step 28, question</extracomment>
        <translation>源站仍然要发送多大比例的字节？</translation>
    </message>
    <message>
        <source>Almost all of them</source>
        <extracomment>zero-to-millions, step 28, choice 1</extracomment>
        <translation>几乎全部</translation>
    </message>
    <message>
        <source>Less than a fifth</source>
        <extracomment>zero-to-millions, step 28, choice 3</extracomment>
        <translation>不到五分之一</translation>
    </message>
    <message>
        <source>The edges took 86 % of the bytes off the origin (offload 0.86): it answered 3,500 requests instead of 30,000. The median file takes 21 ms instead of 229 ms.</source>
        <extracomment>zero-to-millions, step 28, answer explanation</extracomment>
        <translation>边缘节点为源站分担了 86% 的字节（卸载率 0.86）：源站只响应了 3,500 个请求，而不是 30,000 个。文件耗时的中位数为 21 ms，而不是 229 ms。</translation>
    </message>
    <message>
        <source>The edges send more than 80 % of the bytes.</source>
        <extracomment>zero-to-millions, step 28, checkpoint cdn.offload &gt; 0.8</extracomment>
        <translation>边缘节点发送了 80% 以上的字节。</translation>
    </message>
    <message>
        <source>Files come from nearby: the median takes under 50 ms.</source>
        <extracomment>zero-to-millions, step 28, checkpoint latency_ms.p50 &lt; 50</extracomment>
        <translation>文件来自附近：耗时中位数不到 50 ms。</translation>
    </message>
    <message>
        <source>What a CDN costs</source>
        <extracomment>zero-to-millions, step 29, title</extracomment>
        <translation>CDN 的成本</translation>
    </message>
    <message>
        <source>Files that are almost never asked for twice: what does the CDN cost, compared with no CDN?</source>
        <extracomment>zero-to-millions, step 29, question</extracomment>
        <translation>对于几乎从不被请求第二次的文件，与不用 CDN 相比，CDN 的花费如何？</translation>
    </message>
    <message>
        <source>Less</source>
        <extracomment>zero-to-millions, step 29, choice 1</extracomment>
        <translation>更少</translation>
    </message>
    <message>
        <source>About twice as much</source>
        <extracomment>zero-to-millions, step 29, choice 3</extracomment>
        <translation>大约是两倍</translation>
    </message>
    <message>
        <source>Yet the CDN bill is about twice the $0.55 of serving from the origin.</source>
        <extracomment>zero-to-millions, step 29, checkpoint cdn.cost_usd &gt; 0.9</extracomment>
        <translation>然而 CDN 的账单大约是直接从源站提供服务所需 $0.55 的两倍。</translation>
    </message>
    <message>
        <source>When an edge fails</source>
        <extracomment>zero-to-millions, step 30, title</extracomment>
        <translation>当边缘节点故障时</translation>
    </message>
    <message>
        <source>&lt;p&gt;At 20 s the European edge dies. Clients have to notice and fetch from the origin instead: each waits for a 3 s timeout, then goes straight to the origin for the next 30 s before trying the edge again.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 30, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在第 20 s，欧洲的边缘节点宕机。客户端必须发现这一点并改从源站获取：每个客户端都要等待 3 s 超时，然后在接下来的 30 s 内直接访问源站，之后才再次尝试边缘节点。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What do European users see while their edge is down?</source>
        <extracomment>zero-to-millions, step 30, question</extracomment>
        <translation>边缘节点宕机期间，欧洲用户会看到什么？</translation>
    </message>
    <message>
        <source>Errors</source>
        <extracomment>zero-to-millions, step 30, choice 1</extracomment>
        <translation>错误</translation>
    </message>
    <message>
        <source>Slow pages: a timeout, then files from the far origin</source>
        <extracomment>zero-to-millions, step 30, choice 2</extracomment>
        <translation>页面很慢：先超时，再从遥远的源站获取文件</translation>
    </message>
    <message>
        <source>No difference</source>
        <extracomment>zero-to-millions, step 30, choice 3</extracomment>
        <translation>没有区别</translation>
    </message>
    <message>
        <source>Clients fall back to the origin when their edge is dead.</source>
        <extracomment>zero-to-millions, step 30, checkpoint cdn.fallbacks &gt; 1000</extracomment>
        <translation>边缘节点宕机时，客户端回退到源站。</translation>
    </message>
    <message>
        <source>No request fails.</source>
        <extracomment>zero-to-millions, step 30, checkpoint requests.error == 0</extracomment>
        <translation>没有请求失败。</translation>
    </message>
    <message>
        <source>The timeout before the fallback is long.</source>
        <extracomment>zero-to-millions, step 30, checkpoint latency_ms.p99 &gt; 2000</extracomment>
        <translation>回退之前的超时很长。</translation>
    </message>
    <message>
        <source>Invalidating the CDN</source>
        <extracomment>zero-to-millions, step 31, title</extracomment>
        <translation>让 CDN 缓存失效</translation>
    </message>
    <message>
        <source>&lt;p&gt;We deploy a new style sheet, but the edges would keep the old one for a day, their TTL. At 30 s we &lt;b&gt;invalidate&lt;/b&gt; /static/*: 5 s later every edge drops its copies, and the next request for each file is a miss that goes back to the origin.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 31, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;我们部署了新的样式表，但边缘节点会把旧的保留一天，也就是它们的 TTL。在第 30 s，我们让 /static/* &lt;b&gt;失效&lt;/b&gt;：5 s 后每个边缘节点都丢弃了自己的副本，之后对每个文件的下一次请求都是未命中，要回到源站获取。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What happens to the origin right after the invalidation?</source>
        <extracomment>zero-to-millions, step 31, question</extracomment>
        <translation>失效之后，源站马上会怎样？</translation>
    </message>
    <message>
        <source>Nothing changes</source>
        <extracomment>zero-to-millions, step 31, choice 1</extracomment>
        <translation>什么都不变</translation>
    </message>
    <message>
        <source>A wave of misses: it sends every file again</source>
        <extracomment>zero-to-millions, step 31, choice 2</extracomment>
        <translation>一波未命中：它要把每个文件再发送一遍</translation>
    </message>
    <message>
        <source>It goes down</source>
        <extracomment>zero-to-millions, step 31, choice 3</extracomment>
        <translation>它宕机了</translation>
    </message>
    <message>
        <source>The edges dropped about 3,500 objects and the misses nearly doubled: about 7,000 in 60 s instead of 4,000. Versioned file names, such as app.v2.css, avoid invalidating at all.</source>
        <extracomment>zero-to-millions, step 31, answer explanation</extracomment>
        <translation>边缘节点丢弃了约 3,500 个对象，未命中几乎翻倍：60 s 内约 7,000 次，而不是 4,000 次。使用带版本号的文件名（例如 app.v2.css），就完全不需要失效。</translation>
    </message>
    <message>
        <source>The edges drop thousands of objects.</source>
        <extracomment>zero-to-millions, step 31, checkpoint cdn.invalidated &gt; 3000</extracomment>
        <translation>边缘节点丢弃了数千个对象。</translation>
    </message>
    <message>
        <source>Every dropped file is fetched from the origin again.</source>
        <extracomment>zero-to-millions, step 31, checkpoint cdn.misses &gt; 5500</extracomment>
        <translation>每个被丢弃的文件都要再从源站获取一次。</translation>
    </message>
    <message>
        <source>Millions</source>
        <extracomment>zero-to-millions, step 32, title</extracomment>
        <translation>百万规模</translation>
    </message>
    <message>
        <source>&lt;p&gt;Put together, the pieces scale. A balancer spreads &lt;b&gt;20,000 requests a second&lt;/b&gt; over 20 stateless web servers, about 1,000 each: over a million requests a minute, none dropped. To grow further: more servers behind the balancer, replicas behind the database, a cache and a CDN in front.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 32, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;把这些组件组合起来，系统就能扩展。一个负载均衡器把&lt;b&gt;每秒 20,000 个请求&lt;/b&gt;分散到 20 台无状态 Web 服务器上，每台约 1,000 个：每分钟超过一百万个请求，一个也没有丢弃。要继续扩展：在负载均衡器后面加更多服务器，在数据库后面加从库，在前面加缓存和 CDN。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Over half a million requests answered in 30 s.</source>
        <extracomment>zero-to-millions, step 32, checkpoint requests.ok &gt; 550000</extracomment>
        <translation>30 s 内响应了超过五十万个请求。</translation>
    </message>
    <message>
        <source>None dropped.</source>
        <extracomment>zero-to-millions, step 32, checkpoint requests.dropped == 0</extracomment>
        <translation>一个也没有丢弃。</translation>
    </message>
    <message>
        <source>&lt;p&gt;What if a write updates the database but leaves the cache alone? Then a cached value stays old until it expires, here after 30 s, and every read of that key gets the old value in the meantime. Here writes are spread over many keys while reads favour a few popular ones, as on most sites; still, the popular keys change now and then.&lt;/p&gt;</source>
        <extracomment>caching, step 3, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;如果一次写入只更新数据库、不管缓存，会怎样？那么缓存中的值会一直是旧的，直到它过期（这里是 30 s 之后），在此期间对该键的每次读取都会得到旧值。和大多数网站一样，这里的写入分散在许多键上，而读取集中在少数几个热门键上；不过，热门键也会时不时地被修改。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The hit ratio rose to 0.66, since nothing deletes entries, but about 7,200 of 18,000 hits returned an old value. A fast cache that returns wrong answers is worse than no cache.</source>
        <extracomment>caching, step 3, answer explanation</extracomment>
        <translation>命中率升到了 0.66，因为没有任何操作删除条目；但 18,000 次命中中约有 7,200 次返回了旧值。一个很快却返回错误答案的缓存，比没有缓存还糟糕。</translation>
    </message>
    <message>
        <source>&lt;p&gt;A CDN charges for the bytes it sends and per request. Here the files are on a &lt;b&gt;custom origin&lt;/b&gt;, outside the CDN&apos;s cloud, whose host also bills every byte it sends to an edge (a fill), at the $0.09/GB it charges for sending to users. Users ask for any of 5 million files at random: almost every request is for a file no edge has.&lt;/p&gt;</source>
        <extracomment>cdn, step 5, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;CDN 按发送的字节数和请求数收费。这里的文件放在 CDN 所在云之外的&lt;b&gt;自定义源站&lt;/b&gt;（custom origin）上，源站的托管方也要对它发给边缘节点的每个字节（即一次填充）收费，价格与它向用户发送时相同，都是 $0.09/GB。用户从 500 万个文件中随机请求任意一个：几乎每个请求要的都是所有边缘节点上都没有的文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nearly every request is a miss, paid twice: the origin&apos;s host bills the fill, the CDN the delivery. $1.10 against $0.55 without a CDN, and not one bit faster. From an origin in the CDN&apos;s own cloud (S3 behind CloudFront) fills are free: the bill would be about the $0.55 of no CDN.</source>
        <extracomment>cdn, step 5, answer explanation</extracomment>
        <translation>几乎每个请求都未命中，而且要付两次钱：源站的托管方对填充收费，CDN 对分发收费。用 CDN 花 $1.10，不用 CDN 只花 $0.55，而且一点也没有变快。如果源站就在 CDN 自己的云里（CloudFront 后面的 S3），填充是免费的：账单大约就是不用 CDN 时的 $0.55。</translation>
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
        <extracomment>failover, step 4, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;另一种做法：直到至少有一个从库把写入记入它的中继日志（relay log），主库才回复“完成”。这样，就不会有只有主库知道的写入被确认。每次写入都要等待到从库的一次往返，外加发送延迟。但收到写入不等于应用了写入：这些从库在写入到达中继日志 50 ms 后才应用它，在此之前，它们对读取返回的仍是旧值。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No acknowledged write is lost. But the slowest requests, the writes, now take about 140 ms at the 95th percentile instead of 37 ms. And replicas are not fresh: about 1,500 reads are still stale (2,800 with async), because semi-sync waits for the relay log, not for the apply. Semi-sync protects acknowledged writes, not freshness.</source>
        <extracomment>failover, step 4, answer explanation</extracomment>
        <translation>没有丢失任何已确认的写入。但最慢的请求，也就是写入，现在的第 95 百分位延迟约为 140 ms，而不是 37 ms。而且从库的数据并不新鲜：仍有约 1,500 次读取是过期的（异步复制时为 2,800 次），因为半同步等待的是中继日志，而不是应用。半同步保护的是已确认的写入，而不是数据新鲜度。</translation>
    </message>
    <message>
        <source>Semi-sync protects acknowledged writes, not freshness: replicas still serve old values until they apply a write.</source>
        <extracomment>failover, step 4, checkpoint replication.stale_reads &gt; 500</extracomment>
        <translation>半同步保护的是已确认的写入，而不是数据新鲜度：从库在应用一次写入之前，提供的仍是旧值。</translation>
    </message>
    <message>
        <source>dbC gets them from dbA once the ring closes</source>
        <extracomment>multi-master-and-rings, step 3, choice 1</extracomment>
        <translation>环重新闭合后，dbC 会从 dbA 获得它们</translation>
    </message>
    <message>
        <source>91 writes were held up at dbB. When the ring closed, dbC asked dbA for every write it had not seen yet (MySQL knows which by their GTIDs) and all 91 arrived: in the end the live nodes agree. Until then dbC fell 3 s behind. Only writes dbB had committed itself and not yet sent would be lost; here the web server writes to dbA.</source>
        <extracomment>multi-master-and-rings, step 3, answer explanation</extracomment>
        <translation>有 91 次写入滞留在 dbB。环重新闭合时，dbC 向 dbA 索要它还没见过的每一次写入（MySQL 通过 GTID 知道是哪些），91 次全部到达：最终，存活的节点数据一致。在此之前，dbC 落后了 3 s。只有 dbB 自己提交、尚未发出的写入才会丢失；而这里 Web 服务器写的是 dbA。</translation>
    </message>
    <message>
        <source>Writes held up at the dead node reach dbC once the ring closes.</source>
        <extracomment>multi-master-and-rings, step 3, checkpoint replication.stranded_writes &gt; 0</extracomment>
        <translation>滞留在宕机节点上的写入，在环重新闭合后到达 dbC。</translation>
    </message>
    <message>
        <source>No write is lost: dbB had sent on every write it committed.</source>
        <extracomment>multi-master-and-rings, step 3, checkpoint replication.ring_lost_writes == 0</extracomment>
        <translation>没有丢失任何写入：dbB 已把它提交的每次写入都传递了下去。</translation>
    </message>
    <message>
        <source>While the ring was open, dbC fell about 3 s behind dbA.</source>
        <extracomment>multi-master-and-rings, step 3, checkpoint replication.max_lag_ms &gt; 2000</extracomment>
        <translation>在环断开期间，dbC 落后 dbA 约 3 s。</translation>
    </message>
    <message>
        <source>A → B → C is two hops: 10 ms while the ring is whole. When dbB died, 91 writes it had not passed on were held up and dbC fell 3 s behind; when the ring closed, dbC got all of them from dbA.</source>
        <extracomment>zero-to-millions, step 19, answer explanation</extracomment>
        <translation>A → B → C 是两跳：环完整时需要 10 ms。dbB 宕机时，它还没传递下去的 91 次写入滞留了，dbC 落后了 3 s；环重新闭合后，dbC 从 dbA 获得了全部这些写入。</translation>
    </message>
    <message>
        <source>Writes the dead node had not passed on waited for the ring to close...</source>
        <extracomment>zero-to-millions, step 19, checkpoint replication.stranded_writes &gt; 0</extracomment>
        <translation>宕机节点还没传递下去的写入，一直等到环重新闭合……</translation>
    </message>
    <message>
        <source>...and then reached dbC: none was lost.</source>
        <extracomment>zero-to-millions, step 19, checkpoint replication.ring_lost_writes == 0</extracomment>
        <translation>……然后到达了 dbC：一次也没有丢失。</translation>
    </message>
    <message>
        <source>About 7,200 of 18,000 hits returned an old value; with invalidation it was about 50. Keeping the cache in step with the database is the hard part of caching.</source>
        <extracomment>zero-to-millions, step 24, answer explanation</extracomment>
        <translation>18,000 次命中中约有 7,200 次返回了旧值；做失效时只有约 50 次。让缓存与数据库保持同步，是缓存中最难的部分。</translation>
    </message>
    <message>
        <source>Without invalidation, thousands of hits are stale.</source>
        <extracomment>zero-to-millions, step 24, checkpoint cache.stale_hits &gt; 5000</extracomment>
        <translation>不做失效时，数千次命中返回的是过期数据。</translation>
    </message>
    <message>
        <source>&lt;p&gt;A CDN bills for every byte it sends and per request; an origin outside the CDN&apos;s cloud (a &lt;b&gt;custom origin&lt;/b&gt;, as here) also bills every fill it sends to an edge. That pays off for files asked for again and again. Here users ask for 5 million different files, almost none twice, so nearly every request is a miss.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 29, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;CDN 对它发送的每个字节和每个请求收费；位于 CDN 所在云之外的源站（如这里的&lt;b&gt;自定义源站&lt;/b&gt;，custom origin）还要对它发给边缘节点的每次填充收费。对于被反复请求的文件，这笔钱花得值。这里用户请求的是 500 万个不同的文件，几乎没有哪个被请求两次，所以几乎每个请求都未命中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>$1.10 with the CDN against $0.55 without, and nothing is faster: the offload is 0.2 %. Every miss is paid twice: the fill to the origin&apos;s host, the delivery to the CDN. Put the files people ask for often on a CDN, not the rest.</source>
        <extracomment>zero-to-millions, step 29, answer explanation</extracomment>
        <translation>用 CDN 花 $1.10，不用只花 $0.55，而且什么都没有变快：卸载率只有 0.2%。每次未命中都要付两次钱：填充费付给源站的托管方，分发费付给 CDN。只把经常被请求的文件放到 CDN 上，其余的不要放。</translation>
    </message>
    <message>
        <source>Every read now goes to db1. It answers about 15,000 requests in 15 s, all that 8 workers can, while more arrive: its queue fills, the 95th percentile rises from 39 ms to about 420 ms and about 1,100 requests are dropped. Several cache servers, or a standby gutter pool, protect the database.</source>
        <extracomment>caching, step 6, answer explanation</extracomment>
        <translation>现在每次读取都落到 db1 上。它在 15 s 内响应了约 15,000 个请求，这已是 8 个工作线程的全部能力，而更多请求还在不断到来：它的队列被塞满，第 95 百分位延迟从 39 ms 升到约 420 ms，约 1,100 个请求被丢弃。多台缓存服务器，或一个待命的备用缓存池（gutter pool），可以保护数据库。</translation>
    </message>
    <message>
        <source>db1 answered about 15,000 requests in those 15 s, as many as in the 30 s before, and could take no more: the 95th percentile rose from 39 ms to about 420 ms and about 1,100 requests were dropped. Several cache servers, or a standby gutter pool, avoid this.</source>
        <extracomment>zero-to-millions, step 26, answer explanation</extracomment>
        <translation>在这 15 s 内，db1 响应了约 15,000 个请求，与之前 30 s 内的一样多，再也承受不了更多：第 95 百分位延迟从 39 ms 升到约 420 ms，约 1,100 个请求被丢弃。多台缓存服务器，或一个待命的备用缓存池（gutter pool），可以避免这种情况。</translation>
    </message>
    <message>
        <source>Files that cross the ocean take over 200 ms.</source>
        <extracomment>zero-to-millions, step 27, checkpoint latency_ms.p95 &gt; 200</extracomment>
        <translation>跨越大洋传输的文件耗时超过 200 ms。</translation>
    </message>
    <message>
        <source>About 1,500 requests waited out the 3 s timeout before falling back, so the 99th percentile is 3.2 s; not one failed. After that the origin served them directly: slower, but working.</source>
        <extracomment>zero-to-millions, step 30, answer explanation</extracomment>
        <translation>约 1,500 个请求等满 3 s 超时后才回退，所以第 99 百分位延迟为 3.2 s；但没有一个请求失败。之后由源站直接为它们提供服务：更慢，但能正常工作。</translation>
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
        <source>&lt;p&gt;For each read, the web server asks &lt;b&gt;cache1&lt;/b&gt; first. A &lt;b&gt;hit&lt;/b&gt; answers from memory; a &lt;b&gt;miss&lt;/b&gt; reads &lt;b&gt;db1&lt;/b&gt; and the web server stores the answer in the cache: &lt;b&gt;cache-aside&lt;/b&gt;, what the chapter calls a read-through cache (in a strict read-through cache the cache loads the database itself). A write updates db1 and deletes the key from the cache, so the next read fetches the new value. The cache holds 1,000 of the 10,000 keys.&lt;/p&gt;</source>
        <extracomment>caching, step 1, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;每次读取时，Web 服务器先询问 &lt;b&gt;cache1&lt;/b&gt;。&lt;b&gt;命中&lt;/b&gt;时直接从内存返回结果；&lt;b&gt;未命中&lt;/b&gt;时读取 &lt;b&gt;db1&lt;/b&gt;，并由 Web 服务器把结果存入缓存：这就是 &lt;b&gt;cache-aside&lt;/b&gt;，也就是本章所说的读穿透缓存（read-through cache）；严格意义上的读穿透缓存，则由缓存自己从数据库加载数据。写入会更新 db1 并从缓存中删除该键，这样下一次读取就会取到新值。缓存能容纳 10,000 个键中的 1,000 个。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The sessions live in the store, not in web2, so none is lost. Some requests still fail: those web2 was serving when it died, and those the balancer goes on sending it until the health checks take it out of the pool.</source>
        <extracomment>zero-to-millions, step 12, answer explanation</extracomment>
        <translation>会话保存在会话存储中，而不是在 web2 里，所以没有丢失任何会话。但仍有一些请求失败：web2 宕机时正在处理的那些，以及在健康检查把它移出服务器池之前，负载均衡器继续发给它的那些。</translation>
    </message>
    <message>
        <source>Writes go to db1 alone, about 3,600 in 30 s; the reads are shared by db2 and db3, about 4,300 each. But every replica also applies every write it is shipped: replicas take reads off the primary, not writes. More reads? Add replicas. More writes? Replicas do not help.</source>
        <extracomment>zero-to-millions, step 13, answer explanation</extracomment>
        <translation>写入只发往 db1，30 s 内约 3,600 次；读取由 db2 和 db3 分担，各约 4,300 次。但每个从库也要应用发送给它的每一次写入：从库为主库分担的是读取，而不是写入。读取更多了？那就增加从库。写入更多了？从库帮不上忙。</translation>
    </message>
    <message>
        <source>&lt;p&gt;In production the promotion is more careful. Before db2 takes over, a recovery script reads the dead primary&apos;s &lt;b&gt;binary log&lt;/b&gt;, the record of every write it committed, and replays the missing writes on db2. It takes 2 s more. It works only because db1 crashed but its disk survived: if the machine or its disk is gone, so is its binary log, and the missing writes with it.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 17, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;在生产环境中，提升为主库的过程会更谨慎。在 db2 接管之前，一个恢复脚本会读取已宕机主库的&lt;b&gt;二进制日志&lt;/b&gt;（它提交过的每一次写入的记录），并在 db2 上重放缺失的写入。这要多花 2 s。只有在 db1 崩溃了但磁盘完好无损时，这才行得通：如果整台机器或它的磁盘没了，它的二进制日志也就没了，缺失的写入也随之丢失。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About 350 writes in 30 s were overwritten without a word to their users; in the end all masters agree. For a balance that means lost money, and which write counts as the last is decided by the masters&apos; clocks, which can be skewed: the change that wins may not even be the later one. The other rule, first committer wins, refuses the later write and tells its user instead.</source>
        <extracomment>zero-to-millions, step 18, answer explanation</extracomment>
        <translation>30 s 内约 350 次写入被覆盖，而它们的用户对此毫不知情；最终所有主库的数据一致。对余额来说，这意味着钱丢了；而且哪次写入算作最后一次，是由各主库的时钟决定的，而时钟可能存在偏差：胜出的修改甚至未必是较晚的那一次。另一种规则，先提交者胜出，会拒绝较晚的写入，并告知其用户。</translation>
    </message>
    <message>
        <source>&lt;p&gt;A &lt;b&gt;cache&lt;/b&gt; keeps recent answers in memory. For each read the server asks &lt;b&gt;cache1&lt;/b&gt; first: a &lt;b&gt;hit&lt;/b&gt; answers in half a millisecond; a &lt;b&gt;miss&lt;/b&gt; reads db1 and the server puts the answer in the cache for next time. This is &lt;b&gt;cache-aside&lt;/b&gt;, what the chapter calls a read-through cache (in a strict read-through cache the cache loads the database itself). This cache holds 1,000 of the 10,000 keys.&lt;/p&gt;</source>
        <extracomment>zero-to-millions, step 22, narration (rich text: keep the tags)</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;缓存&lt;/b&gt;把最近的结果保存在内存中。对于每次读取，服务器先询问 &lt;b&gt;cache1&lt;/b&gt;：&lt;b&gt;命中&lt;/b&gt;时半毫秒内就能响应；&lt;b&gt;未命中&lt;/b&gt;时读取 db1，并由服务器把结果放进缓存以备下次使用。这就是 &lt;b&gt;cache-aside&lt;/b&gt;，也就是本章所说的读穿透缓存（read-through cache）；严格意义上的读穿透缓存，则由缓存自己从数据库加载数据。这个缓存能容纳 10,000 个键中的 1,000 个。&lt;/p&gt;</translation>
    </message>
</context>
</TS>
