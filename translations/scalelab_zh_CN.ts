<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AbCompareVariants</name>
    <message>
        <source>Least connections instead of round robin</source>
        <translation>用最少连接代替轮询</translation>
    </message>
    <message>
        <source>Round robin instead of least connections</source>
        <translation>用轮询代替最少连接</translation>
    </message>
    <message>
        <source>LFU instead of LRU eviction</source>
        <translation>用 LFU 淘汰代替 LRU 淘汰</translation>
    </message>
    <message>
        <source>LRU instead of LFU eviction</source>
        <translation>用 LRU 淘汰代替 LFU 淘汰</translation>
    </message>
    <message>
        <source>Semi-sync instead of async replication</source>
        <translation>用半同步复制代替异步复制</translation>
    </message>
    <message>
        <source>Async instead of semi-sync replication</source>
        <translation>用异步复制代替半同步复制</translation>
    </message>
    <message>
        <source>Stateful (local) sessions instead of a shared store</source>
        <translation>用有状态（本地）会话代替共享会话存储</translation>
    </message>
    <message>
        <source>Stateless servers with a shared session store</source>
        <translation>无状态服务器加共享会话存储</translation>
    </message>
    <message>
        <source>replication: %1 → %2</source>
        <translation>复制：%1 → %2</translation>
    </message>
</context>
<context>
    <name>BigNumberCatalog</name>
    <message>
        <source>requests ok</source>
        <translation>成功请求</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>timeouts</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>p50 latency</source>
        <translation>p50 延迟</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95 延迟</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>p99 延迟</translation>
    </message>
    <message>
        <source>cache hit ratio</source>
        <translation>缓存命中率</translation>
    </message>
    <message>
        <source>stale cache hits</source>
        <translation>过期缓存命中</translation>
    </message>
    <message>
        <source>cache evictions</source>
        <translation>缓存淘汰</translation>
    </message>
    <message>
        <source>stale reads</source>
        <translation>过期读取</translation>
    </message>
    <message>
        <source>lost writes</source>
        <translation>丢失的写入</translation>
    </message>
    <message>
        <source>max replication lag</source>
        <translation>最大复制延迟</translation>
    </message>
    <message>
        <source>write conflicts</source>
        <translation>写入冲突</translation>
    </message>
    <message>
        <source>sessions lost</source>
        <translation>丢失的会话</translation>
    </message>
    <message>
        <source>CDN offload</source>
        <translation>CDN 卸载率</translation>
    </message>
    <message>
        <source>CDN cost</source>
        <translation>CDN 费用</translation>
    </message>
    <message>
        <source>cost without a CDN</source>
        <translation>不用 CDN 的费用</translation>
    </message>
    <message>
        <source>write-back writes lost</source>
        <translation>write-back 丢失的写入</translation>
    </message>
    <message>
        <source>jobs done</source>
        <translation>已完成任务</translation>
    </message>
    <message>
        <source>jobs done twice</source>
        <translation>重复处理的任务</translation>
    </message>
    <message>
        <source>jobs refused</source>
        <translation>被拒绝的任务</translation>
    </message>
    <message>
        <source>deepest queue</source>
        <translation>最大队列深度</translation>
    </message>
    <message>
        <source>busiest shard&apos;s share</source>
        <translation>最忙分片的占比</translation>
    </message>
    <message>
        <source>keys moved</source>
        <translation>迁移的键数</translation>
    </message>
    <message>
        <source>server cost</source>
        <translation>服务器成本</translation>
    </message>
    <message>
        <source>server cost per hour</source>
        <translation>每小时服务器成本</translation>
    </message>
    <message>
        <source>sent on stale DNS answers</source>
        <translation>按过期 DNS 应答发出的请求</translation>
    </message>
</context>
<context>
    <name>CanvasClipboard</name>
    <message>
        <source>the clipboard is empty</source>
        <translation>剪贴板是空的</translation>
    </message>
    <message>
        <source>the clipboard holds no ScaleLab nodes</source>
        <translation>剪贴板中没有 ScaleLab 节点</translation>
    </message>
</context>
<context>
    <name>CanvasExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>ScaleLab topology</source>
        <translation>ScaleLab 拓扑</translation>
    </message>
    <message>
        <source>Drawn by ScaleLab</source>
        <translation>由 ScaleLab 绘制</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>CauseExplainer</name>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Why was request %1 stale?</source>
        <translation>为什么请求 %1 读到了过期数据？</translation>
    </message>
    <message>
        <source>Why did request %1 miss the cache?</source>
        <translation>为什么请求 %1 未命中缓存？</translation>
    </message>
    <message>
        <source>Why did request %1 fail?</source>
        <translation>为什么请求 %1 失败了？</translation>
    </message>
    <message>
        <source>no value at all</source>
        <translation>没有任何值</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>写入 %1</translation>
    </message>
    <message>
        <source>At %1 s %2 answered key %3 with %4.</source>
        <translation>在 %1 s 时，%2 对键 %3 的应答为：%4。</translation>
    </message>
    <message>
        <source>The primary %1 had already committed write %2 at %3 s.</source>
        <translation>主库 %1 早在 %3 s 时就已提交写入 %2。</translation>
    </message>
    <message>
        <source>Write %1 of that key was already committed.</source>
        <translation>该键的写入 %1 当时已经提交。</translation>
    </message>
    <message>
        <source>It reached %1 only at %2 s, %3 ms after the commit: with asynchronous replication a replica applies a write after the ship delay and the link&apos;s latency.</source>
        <translation>它直到 %2 s 才到达 %1，比提交晚了 %3 ms：在异步复制中，从库要经过发送延迟和链路延迟之后才会应用一次写入。</translation>
    </message>
    <message>
        <source>The replica had not applied it yet when the log last heard of it.</source>
        <translation>直到日志最后一次记录该从库时，它仍未应用这次写入。</translation>
    </message>
    <message>
        <source>The cache had filled its copy at %1 s.</source>
        <translation>缓存在 %1 s 时填充了这份拷贝。</translation>
    </message>
    <message>
        <source>The old copy left the cache at %1 s (%2).</source>
        <translation>旧拷贝在 %1 s 时离开了缓存（%2）。</translation>
    </message>
    <message>
        <source>Writes do not touch this cache (write policy none): the copy stays stale until it expires.</source>
        <translation>写入不会影响这个缓存（写策略为 none）：这份拷贝会一直是过期数据，直到它到期。</translation>
    </message>
    <message>
        <source>The write&apos;s invalidation had not reached the cache yet.</source>
        <translation>这次写入的失效通知尚未到达缓存。</translation>
    </message>
    <message>
        <source>At %1 s %2 did not hold key %3.</source>
        <translation>在 %1 s 时，%2 中没有键 %3。</translation>
    </message>
    <message>
        <source>It had never been cached there: a cold miss. The request read the database and filled the cache.</source>
        <translation>它从未在这里被缓存过：这是一次冷未命中。请求读取了数据库，并填充了缓存。</translation>
    </message>
    <message>
        <source>%1 was killed at %2 s and came back empty: its memory is gone.</source>
        <translation>%1 在 %2 s 时被关停，恢复后是空的：内存中的数据都没了。</translation>
    </message>
    <message>
        <source>It was evicted at %1 s to make room (%2, capacity %3).</source>
        <translation>它在 %1 s 时被淘汰，以腾出空间（%2，容量 %3）。</translation>
    </message>
    <message>
        <source>It had been filled at %1 s.</source>
        <translation>它曾在 %1 s 时被填充。</translation>
    </message>
    <message>
        <source>It was filled at %1 s and expired at %2 s: its TTL is %3 s.</source>
        <translation>它在 %1 s 时被填充，在 %2 s 时过期：它的 TTL 为 %3 s。</translation>
    </message>
    <message>
        <source>Write %1 deleted it from the cache at %2 s (invalidate on write).</source>
        <translation>写入 %1 在 %2 s 时把它从缓存中删除了（写时失效）。</translation>
    </message>
    <message>
        <source>It reached %1 at %2 s, but %1 had been killed at %3 s.</source>
        <translation>它在 %2 s 时到达 %1，但 %1 已在 %3 s 时被关停。</translation>
    </message>
    <message>
        <source>Nothing had noticed yet: without a health check that fails it, requests keep going there.</source>
        <translation>当时还没有任何组件察觉：如果没有健康检查把它判定为失败，请求会一直发往那里。</translation>
    </message>
    <message>
        <source>Nothing noticed before it came back at %1 s.</source>
        <translation>在它于 %1 s 恢复之前，没有任何组件察觉。</translation>
    </message>
    <message>
        <source>%1&apos;s health checks marked it down at %2 s</source>
        <translation>%1 的健康检查在 %2 s 时将其标记为下线</translation>
    </message>
    <message>
        <source>%1 ejected it after its errors at %2 s</source>
        <translation>%1 因它连续出错，在 %2 s 时将其剔除</translation>
    </message>
    <message>
        <source>The failover promoted %1 at %2 s</source>
        <translation>故障转移在 %2 s 时将 %1 提升为主库</translation>
    </message>
    <message>
        <source>The failover began recovering onto %1 at %2 s</source>
        <translation>故障转移在 %2 s 时开始向 %1 恢复数据</translation>
    </message>
    <message>
        <source>The failover found no replica to replace %1 at %2 s</source>
        <translation>故障转移在 %2 s 时找不到可以接替 %1 的从库</translation>
    </message>
    <message>
        <source>The standby %1 took over at %2 s</source>
        <translation>备用的 %1 在 %2 s 时接管</translation>
    </message>
    <message>
        <source>%1 noticed at %2 s</source>
        <translation>%1 在 %2 s 时察觉</translation>
    </message>
    <message>
        <source>: this request was already on its way.</source>
        <translation>：这个请求当时已经在路上了。</translation>
    </message>
    <message>
        <source>, %1 s after the kill: until then requests kept arriving.</source>
        <translation>，即关停 %1 s 之后：在此之前请求一直不断到达。</translation>
    </message>
    <message>
        <source>The link between %1 and %2 was cut at %3 s: nothing got through, and the client gave up at its timeout.</source>
        <translation>%1 与 %2 之间的链路在 %3 s 时被断开：请求无法通过，客户端在超时后放弃了。</translation>
    </message>
    <message>
        <source>A link next to %1 was cut: nothing got through, and the client gave up at its timeout.</source>
        <translation>%1 旁边的一条链路被断开：请求无法通过，客户端在超时后放弃了。</translation>
    </message>
    <message>
        <source>At %1 s all %2 workers of %3 were busy and its queue of %4 was full: the request was turned away.</source>
        <translation>在 %1 s 时，%3 的全部 %2 个工作线程都在忙，容量为 %4 的队列也已满：请求被拒绝了。</translation>
    </message>
    <message>
        <source>The answer took longer than the client waits, so it gave up (a timeout).</source>
        <translation>响应时间超过了客户端愿意等待的时长，于是它放弃了（超时）。</translation>
    </message>
    <message>
        <source>At %1 s %2 had nowhere to send it: no server in its pool was up and eligible, or no primary database was linked.</source>
        <translation>在 %1 s 时，%2 无处转发它：它的服务器池中没有可用的在线服务器，或者没有连接主库。</translation>
    </message>
    <message>
        <source>%1 commits write %2</source>
        <translation>%1 提交写入 %2</translation>
    </message>
    <message>
        <source>%1 fills its copy</source>
        <translation>%1 填充拷贝</translation>
    </message>
    <message>
        <source>the stale read at %1</source>
        <translation>%1 上的过期读取</translation>
    </message>
    <message>
        <source>%1 applies write %2</source>
        <translation>%1 应用写入 %2</translation>
    </message>
    <message>
        <source>the old copy leaves %1</source>
        <translation>旧拷贝离开 %1</translation>
    </message>
    <message>
        <source>key %1 filled</source>
        <translation>键 %1 被填充</translation>
    </message>
    <message>
        <source>%1 killed</source>
        <translation>%1 被关停</translation>
    </message>
    <message>
        <source>key evicted from %1</source>
        <translation>键被 %1 淘汰</translation>
    </message>
    <message>
        <source>key expires in %1</source>
        <translation>键在 %1 中过期</translation>
    </message>
    <message>
        <source>key invalidated in %1</source>
        <translation>键在 %1 中失效</translation>
    </message>
    <message>
        <source>the miss</source>
        <translation>未命中</translation>
    </message>
    <message>
        <source>link cut</source>
        <translation>链路断开</translation>
    </message>
    <message>
        <source>the request fails</source>
        <translation>请求失败</translation>
    </message>
    <message>
        <source>Go to:</source>
        <translation>跳转到：</translation>
    </message>
    <message>
        <source>%1 was killed at %2 s while it was handling it.</source>
        <translation>%1 在处理该请求时于 %2 s 被关停。</translation>
    </message>
    <message>
        <source>Why was write %1 of key %2 lost?</source>
        <translation>为什么键 %2 的写入 %1 丢失了？</translation>
    </message>
    <message>
        <source>%1 committed write %2 of key %3 at %4 s for request %5 of user %6 (%7).</source>
        <translation>%1 在 %4 s 时为用户 %6（%7）的请求 %5 提交了键 %3 的写入 %2。</translation>
    </message>
    <message>
        <source>Replication is asynchronous: %1 told the client it was saved at once, at %2 s, without waiting for any replica.</source>
        <translation>复制是异步的：%1 立即（在 %2 s 时）告诉客户端写入已保存，没有等待任何从库。</translation>
    </message>
    <message>
        <source>No replica acknowledged it within the semi-sync timeout (%1 ms), so %2 fell back to asynchronous replication and told the client it was saved at %3 s.</source>
        <translation>在半同步超时（%1 ms）内没有从库确认它，于是 %2 退回异步复制，并在 %3 s 时告诉客户端写入已保存。</translation>
    </message>
    <message>
        <source>A replica acknowledged it, and %1 told the client it was saved at %2 s; that replica was not the one promoted.</source>
        <translation>一个从库确认了它，%1 在 %2 s 时告诉客户端写入已保存；但被提升为主库的并不是那个从库。</translation>
    </message>
    <message>
        <source>Every replica it waited for had died, so %1 told the client it was saved at %2 s without one.</source>
        <translation>它等待的从库都已宕机，于是 %1 在 %2 s 时没等到任何从库就告诉客户端写入已保存。</translation>
    </message>
    <message>
        <source>Its binlog event was due to leave %1 at %2 s (after the ship delay of %3 ms), but %1 died at %4 s, %5 ms before that: no replica ever received it.</source>
        <translation>它的 binlog 事件本应在 %2 s 时离开 %1（经过 %3 ms 的发送延迟之后），但 %1 在 %4 s 时就宕机了，比那早 %5 ms：没有任何从库收到过它。</translation>
    </message>
    <message>
        <source>It left %1 at %2 s but was still on its way to %3 when %3 was promoted.</source>
        <translation>它在 %2 s 时离开了 %1，但在 %3 被提升为主库时仍在发往 %3 的途中。</translation>
    </message>
    <message>
        <source>It left %1 at %2 s, but %3 never applied it: %3 was down or still catching up then.</source>
        <translation>它在 %2 s 时离开了 %1，但 %3 始终没有应用它：%3 当时已宕机，或仍在追赶中。</translation>
    </message>
    <message>
        <source>At %1 s the failover promoted %2, which did not have it: the write was acknowledged, and it is gone.</source>
        <translation>在 %1 s 时，故障转移把没有这次写入的 %2 提升为主库：这次写入已经确认过，却就此丢失了。</translation>
    </message>
    <message>
        <source>the client is told it was saved</source>
        <translation>客户端被告知已保存</translation>
    </message>
    <message>
        <source>%1 dies</source>
        <translation>%1 宕机</translation>
    </message>
    <message>
        <source>%1 promoted</source>
        <translation>%1 提升为主库</translation>
    </message>
    <message>
        <source>Semi-sync replication waits until one replica has the write in its relay log, not until replicas apply it: it protects acknowledged writes, not freshness.</source>
        <translation>半同步复制只等到一个从库把写入记入中继日志，而不是等到从库应用它：它保护的是已确认的写入，而不是数据新鲜度。</translation>
    </message>
    <message>
        <source>A read that started before write %1 filled the cache with the old value after the write had invalidated it: the race memcache leases prevent (see the cache-leases example).</source>
        <translation>一次在写入 %1 之前开始的读取，在该写入使缓存失效之后，又用旧值填充了缓存：这正是 memcache 租约所防止的竞态（见 cache-leases 示例）。</translation>
    </message>
    <message>
        <source>It stays until the next write of the key or the end of its TTL.</source>
        <translation>它会一直留在缓存中，直到该键的下一次写入或其 TTL 到期。</translation>
    </message>
    <message>
        <source>Writes go around this cache to the database (write policy write-around): the copy stays stale until it expires.</source>
        <translation>写入绕过这个缓存，直接写到数据库（写策略为 write-around）：这份拷贝会一直是过期数据，直到它到期。</translation>
    </message>
</context>
<context>
    <name>DatacenterFramesItem</name>
    <message>
        <source>%1 · DOWN</source>
        <translation>%1 · 宕机</translation>
    </message>
    <message>
        <source>the dns sends users elsewhere</source>
        <translation>DNS 已把用户引向别处</translation>
    </message>
    <message>
        <source>the dns has not noticed: users still come</source>
        <translation>DNS 尚未察觉：用户仍被发往这里</translation>
    </message>
    <message>
        <source>back up, but the dns still sees it down</source>
        <translation>已恢复，但 DNS 仍认为它已下线</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>ScaleLab topologies (*.scalelab.json);;JSON files (*.json);;All files (*)</source>
        <translation>ScaleLab 拓扑 (*.scalelab.json);;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <source>Light colours for print</source>
        <translation>使用适合打印的浅色</translation>
    </message>
    <message>
        <source>Draw the picture in the light theme&apos;s colours, as on paper, whatever the screen shows</source>
        <translation>无论屏幕显示什么，都用浅色主题的颜色绘制图片，如同印在纸上</translation>
    </message>
</context>
<context>
    <name>InspectorSchemas</name>
    <message>
        <source>Concurrency</source>
        <translation>并发数</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>个工作线程</translation>
    </message>
    <message>
        <source>Requests served at the same time</source>
        <translation>同时处理的请求数</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>服务时间</translation>
    </message>
    <message>
        <source>Time one request takes on a worker</source>
        <translation>一个请求在一个工作线程上所需的时间</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>个请求</translation>
    </message>
    <message>
        <source>Requests that may wait for a worker; beyond it they are dropped</source>
        <translation>可排队等待工作线程的请求数；超出的请求会被丢弃</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Web 服务器</translation>
    </message>
    <message>
        <source>Session store</source>
        <translation>会话存储</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>CDN edge</source>
        <translation>CDN 边缘节点</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>对象存储</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The name links, events and the canvas use; press Enter to rename</source>
        <translation>链路、事件和画布中使用的名称；按 Enter 键重命名</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>Requests per second, Poisson arrivals</source>
        <translation>每秒请求数，按泊松过程到达</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户数</translation>
    </message>
    <message>
        <source>Size of the user population; each user has a stable IP address</source>
        <translation>用户总数；每个用户有固定的 IP 地址</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>键数</translation>
    </message>
    <message>
        <source>Distinct data keys</source>
        <translation>不同数据键的数量</translation>
    </message>
    <message>
        <source>Key popularity</source>
        <translation>键热度</translation>
    </message>
    <message>
        <source>Zipf exponent of key popularity (0: every key equally popular)</source>
        <translation>键热度的 Zipf 指数（0：每个键同样热门）</translation>
    </message>
    <message>
        <source>User activity</source>
        <translation>用户活跃度</translation>
    </message>
    <message>
        <source>Zipf exponent of how unequal users&apos; activity is (0: all equally active)</source>
        <translation>用户活跃程度不均衡的 Zipf 指数（0：所有用户同样活跃）</translation>
    </message>
    <message>
        <source>Query variants</source>
        <translation>查询变体数</translation>
    </message>
    <message>
        <source>Distinct query strings (?ref=...) on static requests</source>
        <translation>静态请求中不同查询字符串（?ref=...）的数量</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>A user gives up on a request after this long</source>
        <translation>用户等待一个请求超过这个时长就会放弃</translation>
    </message>
    <message>
        <source>Trace file</source>
        <translation>请求轨迹文件</translation>
    </message>
    <message>
        <source>A CSV trace to replay instead of the synthetic workload (relative to the topology file)</source>
        <translation>要回放的 CSV 请求轨迹，用来代替合成的负载（路径相对于拓扑文件）</translation>
    </message>
    <message>
        <source>Request mix</source>
        <translation>请求构成</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>读</translation>
    </message>
    <message>
        <source>Share of reads</source>
        <translation>读请求占比</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>写</translation>
    </message>
    <message>
        <source>Share of writes</source>
        <translation>写请求占比</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>静态</translation>
    </message>
    <message>
        <source>Share of static requests (images, scripts: CDN or object storage)</source>
        <translation>静态请求占比（图片、脚本：走 CDN 或对象存储）</translation>
    </message>
    <message>
        <source>Shares of each kind of request; they must add up to 1</source>
        <translation>各类请求的占比；总和必须为 1</translation>
    </message>
    <message>
        <source>WebSockets</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>New connections</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>per s</source>
        <translation>个/s</translation>
    </message>
    <message>
        <source>New long-lived connections per second</source>
        <translation>每秒新建的长连接数</translation>
    </message>
    <message>
        <source>Mean duration</source>
        <translation>平均时长</translation>
    </message>
    <message>
        <source>How long a connection stays open, on average</source>
        <translation>一个连接平均保持打开的时长</translation>
    </message>
    <message>
        <source>Reconnect after</source>
        <translation>重连间隔</translation>
    </message>
    <message>
        <source>A dropped connection tries again after this long</source>
        <translation>连接断开后，隔这么久再重试</translation>
    </message>
    <message>
        <source>Long-lived connections, each pinned to one web server</source>
        <translation>长连接，每个连接固定在一台 Web 服务器上</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>How a web server is picked for each request</source>
        <translation>如何为每个请求选择 Web 服务器</translation>
    </message>
    <message>
        <source>Sticky sessions</source>
        <translation>粘性会话</translation>
    </message>
    <message>
        <source>A user stays on the server that first served them</source>
        <translation>用户始终由最先为其服务的那台服务器处理</translation>
    </message>
    <message>
        <source>Standby takeover</source>
        <translation>备用接管</translation>
    </message>
    <message>
        <source>As a standby, this balancer takes over this long after the active one dies</source>
        <translation>作为备用时，这个负载均衡器会在主用负载均衡器宕机后隔这么久接管</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Time between two probes of each server</source>
        <translation>对每台服务器两次探测之间的时间</translation>
    </message>
    <message>
        <source>Rise</source>
        <translation>恢复阈值 (rise)</translation>
    </message>
    <message>
        <source>checks</source>
        <translation>次</translation>
    </message>
    <message>
        <source>Good checks in a row that bring a server back</source>
        <translation>连续成功多少次检查后服务器重新上线</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>失败阈值 (fall)</translation>
    </message>
    <message>
        <source>Failed checks in a row that mark a server down</source>
        <translation>连续失败多少次检查后服务器被标记为下线</translation>
    </message>
    <message>
        <source>Active checks, HAProxy style</source>
        <translation>主动检查，HAProxy 风格</translation>
    </message>
    <message>
        <source>Outlier detection</source>
        <translation>异常检测</translation>
    </message>
    <message>
        <source>Errors in a row</source>
        <translation>连续错误数</translation>
    </message>
    <message>
        <source>Failed requests in a row that eject a server</source>
        <translation>连续失败多少个请求后剔除服务器</translation>
    </message>
    <message>
        <source>Base ejection</source>
        <translation>基础剔除时长</translation>
    </message>
    <message>
        <source>Ejection time, times the number of ejections in a row</source>
        <translation>剔除时长，再乘以连续被剔除的次数</translation>
    </message>
    <message>
        <source>Longest ejection</source>
        <translation>最长剔除时长</translation>
    </message>
    <message>
        <source>An ejection never lasts longer than this</source>
        <translation>一次剔除不会超过这个时长</translation>
    </message>
    <message>
        <source>Passive checks on real requests, Envoy style</source>
        <translation>基于真实请求的被动检查，Envoy 风格</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Share of the traffic under weighted and least-connections balancing</source>
        <translation>在加权和最少连接均衡下分到的流量份额</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>local: kept in this server&apos;s memory; stateless: fetched from a shared store</source>
        <translation>local：保存在这台服务器的内存中；stateless：从共享存储中获取</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>primary takes the writes, replicas copy them; master: multi-master and ring</source>
        <translation>primary（主库）承担写入，replica（从库）复制这些写入；master：多主和环形复制</translation>
    </message>
    <message>
        <source>Max-age sent</source>
        <translation>发送的 max-age</translation>
    </message>
    <message>
        <source>Cache-Control max-age on its answers; -1: none</source>
        <translation>响应中的 Cache-Control max-age；-1：不发送</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>items</source>
        <translation>项</translation>
    </message>
    <message>
        <source>Keys the cache holds; a fill into a full cache evicts one</source>
        <translation>缓存可容纳的键数；缓存满时再填充会淘汰一项</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>How long an entry serves hits; 0: entries never expire</source>
        <translation>一个条目可提供命中的时长；0：条目永不过期</translation>
    </message>
    <message>
        <source>Eviction</source>
        <translation>淘汰策略</translation>
    </message>
    <message>
        <source>Which entry a full cache gives up</source>
        <translation>缓存满时舍弃哪个条目</translation>
    </message>
    <message>
        <source>On write</source>
        <translation>写入时</translation>
    </message>
    <message>
        <source>Leases</source>
        <translation>租约</translation>
    </message>
    <message>
        <source>memcache leases: one database load per key at a time, no stale sets</source>
        <translation>memcache 租约：每个键同一时间只有一次数据库加载，不会写入过期数据</translation>
    </message>
    <message>
        <source>Lease window</source>
        <translation>租约窗口</translation>
    </message>
    <message>
        <source>How long a lease stays out at most</source>
        <translation>一个租约最长有效多久</translation>
    </message>
    <message>
        <source>Gutter pool</source>
        <translation>Gutter 后备池</translation>
    </message>
    <message>
        <source>Stands in for a dead cache server instead of holding a shard</source>
        <translation>不承担分片，而是顶替宕机的缓存服务器</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Bytes of objects the edge holds (LRU)</source>
        <translation>边缘节点可容纳的对象字节数（LRU）</translation>
    </message>
    <message>
        <source>How long an object serves hits when the origin sends no max-age</source>
        <translation>源站未发送 max-age 时，一个对象可提供命中的时长</translation>
    </message>
    <message>
        <source>Min TTL</source>
        <translation>最小 TTL</translation>
    </message>
    <message>
        <source>An origin&apos;s max-age is raised to at least this</source>
        <translation>源站的 max-age 低于此值时，会被提高到此值</translation>
    </message>
    <message>
        <source>Max TTL</source>
        <translation>最大 TTL</translation>
    </message>
    <message>
        <source>An origin&apos;s max-age is lowered to at most this</source>
        <translation>源站的 max-age 高于此值时，会被降低到此值</translation>
    </message>
    <message>
        <source>Cache key</source>
        <translation>缓存键</translation>
    </message>
    <message>
        <source>Query strings</source>
        <translation>查询字符串</translation>
    </message>
    <message>
        <source>The query string is part of the cache key</source>
        <translation>查询字符串是缓存键的一部分</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>The per-user session cookie is part of the cache key</source>
        <translation>每个用户的会话 Cookie 是缓存键的一部分</translation>
    </message>
    <message>
        <source>What makes two requests the same object</source>
        <translation>决定两个请求何时算作同一个对象</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>One-way network delay of every hop over this link</source>
        <translation>经过这条链路的每一跳的单向网络延迟</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title shown on the canvas and in the report</source>
        <translation>显示在画布和报告中的标题</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Random seed: the same file and seed give the same run</source>
        <translation>随机种子：相同的文件和种子会得到相同的运行结果</translation>
    </message>
    <message>
        <source>Replication</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>When the primary answers a write: at once (async), after one replica (semi_sync), after all (sync); or several masters</source>
        <translation>主库何时应答一次写入：立即应答（async）、一个从库收到后（semi_sync）、所有从库收到后（sync）；或者有多个主库</translation>
    </message>
    <message>
        <source>Ship delay</source>
        <translation>发送延迟</translation>
    </message>
    <message>
        <source>From commit to the binlog leaving the primary</source>
        <translation>从提交到 binlog 离开主库的时间</translation>
    </message>
    <message>
        <source>Failover after</source>
        <translation>故障转移等待</translation>
    </message>
    <message>
        <source>From the primary&apos;s death to promoting a replica</source>
        <translation>从主库宕机到将从库提升为主库的时间</translation>
    </message>
    <message>
        <source>Recover from binlog</source>
        <translation>从 binlog 恢复</translation>
    </message>
    <message>
        <source>Replay the dead primary&apos;s binlog onto the new one before promoting it</source>
        <translation>提升新主库之前，先把宕机主库的 binlog 重放到新主库上</translation>
    </message>
    <message>
        <source>Binlog recovery</source>
        <translation>binlog 恢复</translation>
    </message>
    <message>
        <source>How long replaying the binlog takes</source>
        <translation>重放 binlog 所需的时间</translation>
    </message>
    <message>
        <source>Semi-sync wait</source>
        <translation>半同步等待点</translation>
    </message>
    <message>
        <source>semi_sync: whether readers see a write before a replica has it (after_commit)</source>
        <translation>semi_sync：读者能否在从库收到写入之前就看到它（after_commit）</translation>
    </message>
    <message>
        <source>Semi-sync timeout</source>
        <translation>半同步超时</translation>
    </message>
    <message>
        <source>semi_sync: with no replica answering, fall back to async</source>
        <translation>semi_sync：若没有从库应答，则退回异步复制</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>multi_master: which of two concurrent writes stays</source>
        <translation>multi_master：两个并发写入中保留哪一个</translation>
    </message>
    <message>
        <source>Off: databases do not copy each other&apos;s writes. Tick to add replicas.</source>
        <translation>关闭：数据库之间不复制彼此的写入。勾选以添加从库。</translation>
    </message>
    <message>
        <source>CDN prices</source>
        <translation>CDN 价格</translation>
    </message>
    <message>
        <source>Edge to users</source>
        <translation>边缘节点到用户</translation>
    </message>
    <message>
        <source>$/GB</source>
        <translation>$/GB</translation>
    </message>
    <message>
        <source>Origin to users</source>
        <translation>源站到用户</translation>
    </message>
    <message>
        <source>What a site without a CDN pays</source>
        <translation>不用 CDN 的网站需要支付的费用</translation>
    </message>
    <message>
        <source>Origin to edge</source>
        <translation>源站到边缘节点</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>$/10k</source>
        <translation>$/10k</translation>
    </message>
    <message>
        <source>Edge timeout</source>
        <translation>边缘节点超时</translation>
    </message>
    <message>
        <source>A client gives up on a dead edge after this long</source>
        <translation>边缘节点宕机时，客户端等待这么久后放弃</translation>
    </message>
    <message>
        <source>Retry edge after</source>
        <translation>重试边缘节点间隔</translation>
    </message>
    <message>
        <source>... and goes straight to the origin for this long</source>
        <translation>……并在这段时间内直接访问源站</translation>
    </message>
    <message>
        <source>Invalidation</source>
        <translation>失效</translation>
    </message>
    <message>
        <source>An invalidation reaches every edge after this long</source>
        <translation>失效通知需要这么久才能到达每个边缘节点</translation>
    </message>
    <message>
        <source>Object size</source>
        <translation>对象大小</translation>
    </message>
    <message>
        <source>Mean size of a static object</source>
        <translation>静态对象的平均大小</translation>
    </message>
    <message>
        <source>Off: CloudFront-like prices and client behaviour. Tick to set your own.</source>
        <translation>关闭：使用类似 CloudFront 的价格和客户端行为。勾选以自行设置。</translation>
    </message>
    <message>
        <source>Write popularity</source>
        <translation>写入热度</translation>
    </message>
    <message>
        <source>Zipf exponent of which keys are written, apart from reads (unset: the same as key popularity). Lower it for data read often and modified rarely</source>
        <translation>被写入的键的 Zipf 指数，与读取分开设置（未设置时：与键热度相同）。对于经常读取、很少修改的数据，可把它调低</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充方式</translation>
    </message>
    <message>
        <source>Who loads a missed key from the database. The chapter&apos;s &quot;read-through cache&quot; is cache-aside: the web server loads and fills</source>
        <translation>由谁从数据库加载未命中的键。本章所说的“读穿透缓存”（read-through cache）其实是 cache-aside：由 Web 服务器加载并填充</translation>
    </message>
    <message>
        <source>Cache-aside (default): the web server reads the database and fills the cache, as with memcached</source>
        <translation>Cache-aside（默认）：由 Web 服务器读取数据库并填充缓存，与 memcached 的用法相同</translation>
    </message>
    <message>
        <source>Read-through: the cache loads the key from the database it links to; reads missing a key that is being loaded wait for that one load</source>
        <translation>Read-through：由缓存从与它相连的数据库加载该键；在该键加载期间未命中它的读取，都会等待这同一次加载</translation>
    </message>
    <message>
        <source>What a write does to the cached key</source>
        <translation>一次写入如何处理缓存中的键</translation>
    </message>
    <message>
        <source>The database takes the write, then the key is deleted from the cache</source>
        <translation>数据库接收写入，然后从缓存中删除该键</translation>
    </message>
    <message>
        <source>Write-through: the database takes the write, then a cached key gets the new value</source>
        <translation>Write-through：数据库接收写入，然后缓存中的键更新为新值</translation>
    </message>
    <message>
        <source>The database takes the write; the cache keeps the old value until its TTL</source>
        <translation>数据库接收写入；缓存保留旧值，直到 TTL 到期</translation>
    </message>
    <message>
        <source>Write-back: the cache takes the write and answers; the database gets it after the delay. A cache that dies loses the writes it has not sent</source>
        <translation>Write-back：由缓存接收写入并应答；数据库在延迟之后才收到它。缓存宕机时，会丢失它尚未发送的写入</translation>
    </message>
    <message>
        <source>Write-around: writes go to the database only, as with none</source>
        <translation>Write-around：只写数据库，与 none 相同</translation>
    </message>
    <message>
        <source>Write-back delay</source>
        <translation>Write-back 延迟</translation>
    </message>
    <message>
        <source>How long the cache keeps a write before it sends it to the database</source>
        <translation>缓存在把一次写入发送给数据库之前保留它多久</translation>
    </message>
    <message>
        <source>Apply delay</source>
        <translation>应用延迟</translation>
    </message>
    <message>
        <source>From a write reaching a replica&apos;s relay log to the replica applying it; until then the replica serves the old value, even after semi-sync has acknowledged the write</source>
        <translation>从一次写入到达从库的中继日志（relay log），到从库应用它之间的时间；在此之前，从库提供的仍是旧值，即使半同步已经确认了这次写入</translation>
    </message>
    <message>
        <source>Read own writes back</source>
        <translation>回读自己的写入</translation>
    </message>
    <message>
        <source>Share of successful writes whose user reads the same key back, as a page reloads after a save (0: none)</source>
        <translation>成功的写入中，其用户随后回读同一个键的比例，就像保存后重新加载页面那样（0：不回读）</translation>
    </message>
    <message>
        <source>Read back after</source>
        <translation>回读间隔</translation>
    </message>
    <message>
        <source>How long after a write&apos;s answer its user reads the key back</source>
        <translation>写入得到响应后，其用户隔多久回读该键</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>消息队列</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>工作节点</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>个任务</translation>
    </message>
    <message>
        <source>Jobs the queue holds at most, waiting or handed to a worker and not yet deleted; when it is full, new jobs are refused and the web server answers with an error</source>
        <translation>队列最多容纳的任务数，包括等待中的任务和已交给工作节点但尚未删除的任务；队列满时，新任务会被拒绝，Web 服务器返回错误</translation>
    </message>
    <message>
        <source>Visibility timeout</source>
        <translation>可见性超时</translation>
    </message>
    <message>
        <source>How long a job handed to a worker stays hidden from the other workers. If the worker has not deleted it by then (it died, or was too slow), the job is handed out again and may be done twice</source>
        <translation>交给某个工作节点的任务对其他工作节点隐藏多久。如果到时该工作节点还没有删除它（宕机了或太慢），任务会被再次分发，可能被处理两次</translation>
    </message>
    <message>
        <source>Jobs this worker works on at the same time; the queue hands it no more</source>
        <translation>这个工作节点同时处理的任务数；队列不会再多交给它</translation>
    </message>
    <message>
        <source>Time one job takes; its delete goes back to the queue when it is done</source>
        <translation>一个任务所需的时间；完成后，删除请求会发回队列</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Share of requests that hand a job to the web server&apos;s message queue (the user is answered once the queue has it, before the work is done)</source>
        <translation>把任务交给 Web 服务器所连消息队列的请求占比（队列一收下任务，用户就会得到响应，此时工作尚未完成）</translation>
    </message>
    <message>
        <source>Autoscaling</source>
        <translation>自动扩缩容</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>The web server each launch copies, with its settings and links (an AWS launch template)</source>
        <translation>每次启动所复制的 Web 服务器，连同其设置和连接（相当于 AWS 启动模板）</translation>
    </message>
    <message>
        <source>Min servers</source>
        <translation>最少服务器</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>台服务器</translation>
    </message>
    <message>
        <source>The pool never scales in below this; the file&apos;s own servers are never retired</source>
        <translation>服务器池缩容时不会低于此数；文件中自带的服务器永远不会下线</translation>
    </message>
    <message>
        <source>Max servers</source>
        <translation>最多服务器</translation>
    </message>
    <message>
        <source>The pool never scales out above this, the file&apos;s servers included</source>
        <translation>服务器池扩容时不会超过此数（包括文件中自带的服务器）</translation>
    </message>
    <message>
        <source>Target utilization</source>
        <translation>目标利用率</translation>
    </message>
    <message>
        <source>Busy and waiting requests over the pool&apos;s workers that the group aims at, looked at as a 3 s mean (target tracking)</source>
        <translation>该组追求的忙碌与等待请求数与服务器池工作线程数之比，取 3 s 平均值（目标跟踪）</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>冷却时间</translation>
    </message>
    <message>
        <source>No new launch this long after the last one, no retirement this long after any scaling</source>
        <translation>上次启动后这段时间内不再启动新服务器，任何扩缩容后这段时间内不下线服务器</translation>
    </message>
    <message>
        <source>Boot time</source>
        <translation>启动耗时</translation>
    </message>
    <message>
        <source>From a launch to the copy joining the pool: it costs money but serves nothing meanwhile</source>
        <translation>从启动到副本加入服务器池的时间：期间要花钱，却不处理任何请求</translation>
    </message>
    <message>
        <source>Off: the pool is the servers linked from the balancer. Tick to launch copies of a web server when the pool is busy, as an AWS Auto Scaling group does</source>
        <translation>关闭：服务器池就是负载均衡器连接的服务器。勾选后，服务器池繁忙时会启动某台 Web 服务器的副本，就像 AWS Auto Scaling 组那样</translation>
    </message>
    <message>
        <source>Custom: no size and no price; set the workers yourself</source>
        <translation>自定义：没有规格也没有价格；工作线程数自行设置</translation>
    </message>
    <message>
        <source>%1 vCPUs at $%2 per hour (AWS m5-like, on demand)</source>
        <translation>%1 个 vCPU，每小时 $%2（类似 AWS m5，按需计费）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>The machine: more vCPUs run more requests at once (workers), none of them faster. The largest, 8xlarge, is the ceiling of one machine</source>
        <translation>机器规格：vCPU 越多，能同时处理的请求（工作线程）越多，但没有一个请求会因此变快。最大的 8xlarge 就是单台机器的上限</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>$/h</source>
        <translation>$/h</translation>
    </message>
    <message>
        <source>Dollars per hour while it runs; -1: the size&apos;s price (a custom machine without one costs nothing)</source>
        <translation>运行期间每小时的美元费用；-1：使用该规格的价格（没有价格的自定义机器不产生费用）</translation>
    </message>
    <message>
        <source>Resize downtime</source>
        <translation>调整规格停机时间</translation>
    </message>
    <message>
        <source>A resize stops the machine this long (stop, change the instance type, start): every request it holds or gets meanwhile fails</source>
        <translation>调整规格时机器停机的时长（停机、更改实例类型、启动）：期间它持有或收到的每个请求都会失败</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>%1 — %2 vCPUs, $%3/h</source>
        <translation>%1 — %2 个 vCPU，$%3/h</translation>
    </message>
    <message>
        <source>Sharding</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Which shard holds a key, and how many keys move when a shard joins</source>
        <translation>某个键由哪个分片保存，以及新分片加入时有多少键要迁移</translation>
    </message>
    <message>
        <source>hash(key) mod N: even, but a new shard moves about N/(N+1) of all keys</source>
        <translation>hash(key) mod N：分布均匀，但新增一个分片会迁移全部键的约 N/(N+1)</translation>
    </message>
    <message>
        <source>A consistent-hash ring of the shards: a new shard moves only about 1/(N+1) of the keys</source>
        <translation>由各分片组成的一致性哈希环：新增一个分片只迁移约 1/(N+1) 的键</translation>
    </message>
    <message>
        <source>Equal ranges of keys in key order: the popular keys all land on the first shard</source>
        <translation>按键的顺序划分成等长的键范围：热门键全都落在第一个分片上</translation>
    </message>
    <message>
        <source>Key size</source>
        <translation>键大小</translation>
    </message>
    <message>
        <source>What one key&apos;s rows weigh: resharding copies this much per moved key</source>
        <translation>一个键的数据行有多大：重新分片时，每迁移一个键就要复制这么多数据</translation>
    </message>
    <message>
        <source>Copy speed</source>
        <translation>复制速度</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <source>How fast a reshard copies the moved keys to their new shard</source>
        <translation>重新分片时把迁移的键复制到新分片的速度</translation>
    </message>
    <message>
        <source>Off: every database holds every key. Tick to split the keys over shards (each database its own shard at first; choose a database&apos;s shard in its inspector).</source>
        <translation>关闭：每个数据库都保存全部键。勾选后把键分散到各个分片（起初每个数据库各自是一个分片；可在数据库的检查器中选择它所属的分片）。</translation>
    </message>
    <message>
        <source>DNS (geoDNS)</source>
        <translation>DNS（geoDNS）</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>数据中心</translation>
    </message>
    <message>
        <source>The data centre this node runs in (&quot;us-east&quot;): the canvas frames each data centre&apos;s nodes, and a right-click takes a whole data centre down. Pick one or type a new name; empty: none. A dns sends users to data centres whose load balancer or web server they are linked to</source>
        <translation>该节点所在的数据中心（“us-east”）：画布会把每个数据中心的节点框在一起，右键单击可让整个数据中心宕机。可选择一个已有的名称或输入新名称；留空：不属于任何数据中心。DNS 会把用户发往其所连接的负载均衡器或 Web 服务器所在的数据中心</translation>
    </message>
    <message>
        <source>How long users&apos; resolvers keep the dns&apos;s answer. After a failover, users move to the new data centre over this long: until their answer expires they still go to the old one. Route 53 suggests 60 s for records with health checks</source>
        <translation>用户的 DNS 解析器保留 DNS 应答的时长。故障转移后，用户会在这段时间内陆续迁往新的数据中心：在各自的应答过期之前，他们仍会前往旧的数据中心。Route 53 建议带健康检查的记录使用 60 s</translation>
    </message>
    <message>
        <source>Time between two checks of each data centre (Route 53: 30 s, or 10 s at a higher price)</source>
        <translation>对每个数据中心两次检查之间的时间（Route 53：30 s，或付更高费用得到 10 s）</translation>
    </message>
    <message>
        <source>Good checks in a row that bring a data centre back into the answers</source>
        <translation>连续成功多少次检查后，数据中心重新回到应答中</translation>
    </message>
    <message>
        <source>Failed checks in a row that take a data centre out of the answers (Route 53&apos;s failure threshold: 3)</source>
        <translation>连续失败多少次检查后，数据中心被移出应答（Route 53 的失败阈值：3）</translation>
    </message>
    <message>
        <source>Off: the dns never notices a data centre going down and keeps sending users there. Tick to check each data centre&apos;s entry as Route 53 does</source>
        <translation>关闭：DNS 永远察觉不到数据中心宕机，会一直把用户发往那里。勾选后会像 Route 53 那样检查每个数据中心的入口</translation>
    </message>
</context>
<context>
    <name>LinkHandleItem</name>
    <message>
        <source>Drag to another node to link them (or Shift+drag from the card)</source>
        <translation>拖到另一个节点上即可连接两者（也可以在卡片上按住 Shift 拖动）</translation>
    </message>
</context>
<context>
    <name>LinkItem</name>
    <message>
        <source>Unused link: %1</source>
        <translation>未使用的链路：%1</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>STALE REPLICA</source>
        <translation>从库数据过期</translation>
    </message>
    <message>
        <source>%1 req/s from %2 users</source>
        <translation>来自 %2 个用户的 %1 req/s</translation>
    </message>
    <message>
        <source>mix: %1% read, %2% write, %3% static</source>
        <translation>构成：读 %1%，写 %2%，静态 %3%</translation>
    </message>
    <message>
        <source>%1 keys, zipf s = %2</source>
        <translation>%1 个键，zipf s = %2</translation>
    </message>
    <message>
        <source>replays %1</source>
        <translation>回放 %1</translation>
    </message>
    <message>
        <source>gives up after %1 ms</source>
        <translation>%1 ms 后放弃</translation>
    </message>
    <message>
        <source>algorithm: %1</source>
        <translation>算法：%1</translation>
    </message>
    <message>
        <source>health check every %1 ms (rise %2, fall %3)</source>
        <translation>每 %1 ms 健康检查一次（rise %2，fall %3）</translation>
    </message>
    <message>
        <source>outlier detection: eject after %1 errors in a row</source>
        <translation>异常检测：连续 %1 次错误后剔除</translation>
    </message>
    <message>
        <source>capacity %1, TTL %2 s, eviction %3</source>
        <translation>容量 %1，TTL %2 s，淘汰策略 %3</translation>
    </message>
    <message>
        <source>role in the file: %1</source>
        <translation>文件中的角色：%1</translation>
    </message>
    <message>
        <source>sessions: %1, weight %2</source>
        <translation>会话：%1，权重 %2</translation>
    </message>
    <message>
        <source>%1 workers, %2 ms per request, queue %3</source>
        <translation>%1 个工作线程，每个请求 %2 ms，队列 %3</translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>busy %1 of %2, %3 queued</source>
        <translation>繁忙 %1/%2，排队 %3</translation>
    </message>
    <message>
        <source>%1 hits, %2 misses</source>
        <translation>命中 %1 次，未命中 %2 次</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1/%2 项</translation>
    </message>
    <message>
        <source>%1 objects, %2 of %3 bytes</source>
        <translation>%1 个对象，%2/%3 字节</translation>
    </message>
    <message>
        <source>replication lag %1 ms, %2 writes behind</source>
        <translation>复制延迟 %1 ms，落后 %2 次写入</translation>
    </message>
    <message>
        <source>acknowledged writes it committed that a failover lost: %1%2</source>
        <translation>它已提交并确认、却在故障转移中丢失的写入：%1%2</translation>
    </message>
    <message>
        <source> (or more: only the latest are kept)</source>
        <translation>（可能更多：只保留最近的记录）</translation>
    </message>
    <message>
        <source>writes recovered from the dead primary&apos;s binlog: %1</source>
        <translation>从宕机主库的 binlog 中恢复的写入：%1</translation>
    </message>
    <message>
        <source>pool as its checks see it: %1 healthy, %2 ejected, %3 in all</source>
        <translation>健康检查眼中的服务器池：%1 台健康，%2 台被剔除，共 %3 台</translation>
    </message>
    <message>
        <source>served %1 &amp;middot; errors %2 &amp;middot; dropped %3</source>
        <translation>已处理 %1 &amp;middot; 错误 %2 &amp;middot; 丢弃 %3</translation>
    </message>
    <message>
        <source>mix: %1% read, %2% write, %3% static, %4% job</source>
        <translation>构成：读 %1%，写 %2%，静态 %3%，任务 %4%</translation>
    </message>
    <message>
        <source>%1 workers, %2 ms per job</source>
        <translation>%1 个工作线程，每个任务 %2 ms</translation>
    </message>
    <message>
        <source>holds %1 jobs at most; a job handed out and not deleted within %2 ms is handed out again</source>
        <translation>最多容纳 %1 个任务；已分发的任务若在 %2 ms 内未被删除，会被再次分发</translation>
    </message>
    <message>
        <source>%1 of %2 jobs held, the next one out waited %3 ms</source>
        <translation>持有 %1/%2 个任务，下一个出队的任务等待了 %3 ms</translation>
    </message>
    <message>
        <source>sending %1 req/s now (set during the run)</source>
        <translation>当前发送 %1 req/s（运行中设置）</translation>
    </message>
    <message>
        <source>autoscaling: %1 of %2 servers running, %3 booting</source>
        <translation>自动扩缩容：%2 台服务器中 %1 台运行，%3 台启动中</translation>
    </message>
    <message>
        <source>machine: %1, %2 vCPUs, $%3 per hour; a resize stops it for %4 s</source>
        <translation>机器：%1，%2 个 vCPU，每小时 $%3；调整规格会使它停机 %4 s</translation>
    </message>
    <message>
        <source>custom machine at $%1 per hour</source>
        <translation>自定义机器，每小时 $%1</translation>
    </message>
    <message>
        <source>%1 · +%2 more</source>
        <translation>%1 · 还有 %2 个</translation>
    </message>
    <message>
        <source>resolvers keep its answer for %1 s (TTL)</source>
        <translation>解析器会把它的应答保留 %1 s（TTL）</translation>
    </message>
    <message>
        <source>checks each data centre every %1 ms: down after %2 failed checks, up after %3 good ones</source>
        <translation>每 %1 ms 检查一次各数据中心：%2 次检查失败后判定下线，%3 次检查成功后判定上线</translation>
    </message>
    <message>
        <source>no health checks: it keeps sending users to a data centre that is down</source>
        <translation>没有健康检查：会一直把用户发往已宕机的数据中心</translation>
    </message>
    <message>
        <source>in data centre %1</source>
        <translation>位于数据中心 %1</translation>
    </message>
    <message>
        <source>%1 % of its users have the dns&apos;s new answer; the others still go to %2 until their cached answer expires</source>
        <translation>%1% 的用户已拿到 DNS 的新应答；其余用户在缓存的应答过期之前仍会前往 %2</translation>
    </message>
    <message>
        <source>answers %1</source>
        <translation>应答：%1</translation>
    </message>
    <message>
        <source>its health checks see %1 down</source>
        <translation>它的健康检查判定 %1 已下线</translation>
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
        <translation>宕机</translation>
    </message>
    <message>
        <source>DRAINING</source>
        <translation>排空中</translation>
    </message>
    <message>
        <source>DOWN · DETECTING</source>
        <translation>宕机 · 检测中</translation>
    </message>
    <message>
        <source>DOWN · UNNOTICED</source>
        <translation>宕机 · 未察觉</translation>
    </message>
    <message>
        <source>EJECTED</source>
        <translation>已剔除</translation>
    </message>
    <message>
        <source>OUT OF POOL</source>
        <translation>不在池中</translation>
    </message>
    <message>
        <source>up</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>down</source>
        <translation>宕机</translation>
    </message>
    <message>
        <source>draining: finishes its requests, gets no new ones</source>
        <translation>排空中：处理完已有请求，不再接收新请求</translation>
    </message>
    <message>
        <source>down, but the load balancer still sends it requests until its checks fail it</source>
        <translation>已宕机，但在健康检查判定它失败之前，负载均衡器仍会向它发送请求</translation>
    </message>
    <message>
        <source>down, but its load balancer has no health checks: it keeps sending it requests</source>
        <translation>已宕机，但它的负载均衡器没有健康检查：会一直向它发送请求</translation>
    </message>
    <message>
        <source>up, but ejected from the pool by outlier detection for a while</source>
        <translation>运行中，但被异常检测暂时从池中剔除</translation>
    </message>
    <message>
        <source>up, but the health checks still see it down: it rejoins after enough good checks</source>
        <translation>运行中，但健康检查仍认为它已下线：通过足够多次检查后才会重新加入</translation>
    </message>
    <message>
        <source>NEW PRIMARY</source>
        <translation>新主库</translation>
    </message>
    <message>
        <source>PRIMARY</source>
        <translation>主库</translation>
    </message>
    <message>
        <source>REPLICA</source>
        <translation>从库</translation>
    </message>
    <message>
        <source>MASTER</source>
        <translation>主节点</translation>
    </message>
    <message>
        <source>RING</source>
        <translation>环形</translation>
    </message>
    <message>
        <source>STANDBY</source>
        <translation>备用</translation>
    </message>
    <message>
        <source>GUTTER</source>
        <translation>后备池</translation>
    </message>
    <message>
        <source>trace replay</source>
        <translation>轨迹回放</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req/s</translation>
    </message>
    <message>
        <source>no lookups yet</source>
        <translation>尚无查询</translation>
    </message>
    <message>
        <source>%1% hits</source>
        <translation>命中 %1%</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>排队 %1</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 个用户</translation>
    </message>
    <message numerus="yes">
        <source>%Ln users</source>
        <translation>
            <numerusform>%Ln 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>no servers</source>
        <translation>没有服务器</translation>
    </message>
    <message>
        <source>%1/%2 healthy</source>
        <translation>%1/%2 健康</translation>
    </message>
    <message>
        <source>%1 ejected</source>
        <translation>%1 已剔除</translation>
    </message>
    <message>
        <source>1 connection</source>
        <translation>1 个连接</translation>
    </message>
    <message numerus="yes">
        <source>%Ln connections</source>
        <translation>
            <numerusform>%Ln 个连接</numerusform>
        </translation>
    </message>
    <message>
        <source>sessions of 1 server</source>
        <translation>1 台服务器的会话</translation>
    </message>
    <message numerus="yes">
        <source>sessions of %n servers</source>
        <translation>
            <numerusform>%n 台服务器的会话</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1/%2 项</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>1 write lost</source>
        <translation>丢失 1 次写入</translation>
    </message>
    <message>
        <source>%1 writes lost</source>
        <translation>丢失 %1 次写入</translation>
    </message>
    <message>
        <source>in sync</source>
        <translation>已同步</translation>
    </message>
    <message>
        <source>lag %1 · %2 behind</source>
        <translation>延迟 %1 · 落后 %2</translation>
    </message>
    <message>
        <source>1 write recovered</source>
        <translation>恢复 1 次写入</translation>
    </message>
    <message>
        <source>%1 writes recovered</source>
        <translation>恢复 %1 次写入</translation>
    </message>
    <message>
        <source>%1 · 1 replica</source>
        <translation>%1 · 1 个从库</translation>
    </message>
    <message>
        <source>%1 · %2 replicas</source>
        <translation>%1 · %2 个从库</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>丢失 %1</translation>
    </message>
    <message>
        <source>lag %1</source>
        <translation>延迟 %1</translation>
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
        <translation>无数据</translation>
    </message>
    <message>
        <source>a spare replica without data: takes nothing until it is provisioned</source>
        <translation>没有数据的备用从库：完成初始化之前不接收任何请求</translation>
    </message>
    <message>
        <source>COPY %1%</source>
        <translation>复制中 %1%</translation>
    </message>
    <message>
        <source>receiving a snapshot of %1: takes nothing until it has caught up</source>
        <translation>正在接收 %1 的快照：追上进度之前不接收任何请求</translation>
    </message>
    <message>
        <source>REPLAYING</source>
        <translation>重放中</translation>
    </message>
    <message>
        <source>replaying the binlog from its snapshot&apos;s position: takes no reads until it has caught up</source>
        <translation>正在从快照对应的位置重放 binlog：追上进度之前不接收读取</translation>
    </message>
    <message>
        <source>%1 / %2 jobs</source>
        <translation>%1 / %2 个任务</translation>
    </message>
    <message>
        <source>FULL: jobs refused</source>
        <translation>已满：任务被拒绝</translation>
    </message>
    <message>
        <source>next job waited %1</source>
        <translation>下一个任务等待了 %1</translation>
    </message>
    <message>
        <source>FULL %1</source>
        <translation>已满 %1</translation>
    </message>
    <message>
        <source>FULL</source>
        <translation>已满</translation>
    </message>
    <message>
        <source>%1 jobs</source>
        <translation>%1 个任务</translation>
    </message>
    <message>
        <source>BOOTING</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>booting: launched by its load balancer&apos;s autoscaling, it joins the pool when ready</source>
        <translation>启动中：由其负载均衡器的自动扩缩容启动，就绪后加入服务器池</translation>
    </message>
    <message>
        <source>retired by its load balancer&apos;s autoscaling: finishes its requests, then is terminated</source>
        <translation>已被其负载均衡器的自动扩缩容下线：处理完手头的请求后终止</translation>
    </message>
    <message>
        <source>AUTOSCALED</source>
        <translation>自动扩容</translation>
    </message>
    <message>
        <source>%1 of %2 servers</source>
        <translation>%1/%2 台服务器</translation>
    </message>
    <message>
        <source>+%1 booting</source>
        <translation>+%1 启动中</translation>
    </message>
    <message>
        <source>RESIZING</source>
        <translation>调整规格中</translation>
    </message>
    <message>
        <source>no shard yet</source>
        <translation>尚无分片</translation>
    </message>
    <message>
        <source>shard %1 · copying %2 %</source>
        <translation>分片 %1 · 复制中 %2%</translation>
    </message>
    <message>
        <source>shard %1 · replica</source>
        <translation>分片 %1 · 从库</translation>
    </message>
    <message>
        <source>shard %1 · primary</source>
        <translation>分片 %1 · 主库</translation>
    </message>
    <message>
        <source>resizing: stopped while its machine size changes; it starts again with the new size&apos;s workers</source>
        <translation>调整规格中：更改机器规格期间处于停机状态；重新启动后使用新规格的工作线程数</translation>
    </message>
    <message>
        <source>$%1/h</source>
        <translation>$%1/h</translation>
    </message>
    <message>
        <source>copying %1 %</source>
        <translation>复制中 %1%</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>分片 %1</translation>
    </message>
    <message>
        <source>moving to %1: %2 %</source>
        <translation>正在迁往 %1：%2%</translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>发往 %1</translation>
    </message>
    <message>
        <source>TTL %1 s</source>
        <translation>TTL %1 s</translation>
    </message>
    <message>
        <source>no clients look up here</source>
        <translation>没有客户端在此查询</translation>
    </message>
    <message>
        <source>%1 seen down</source>
        <translation>判定 %1 下线</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <source>Recovered</source>
        <translation>已恢复的拓扑</translation>
    </message>
    <message>
        <source>a new topology</source>
        <translation>一个新拓扑</translation>
    </message>
    <message>
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>ScaleLab closed unexpectedly while you were editing %1.</source>
        <translation>你在编辑 %1 时，ScaleLab 意外关闭了。</translation>
    </message>
    <message>
        <source>Your changes were saved automatically at %1. Open them now?</source>
        <translation>你的更改已于 %1 自动保存。现在打开吗？</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
</context>
<context>
    <name>ShardFramesItem</name>
    <message>
        <source>consistent hashing</source>
        <translation>一致性哈希</translation>
    </message>
    <message>
        <source>key ranges</source>
        <translation>键范围</translation>
    </message>
    <message>
        <source>hash mod N</source>
        <translation>hash mod N</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>分片 %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>&lt;tr&gt;&lt;td style=&apos;padding-right:24px&apos;&gt;&lt;b&gt;Right click&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Kill, revive, drain a node; partition or heal its links&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td style=&apos;padding-right:24px&apos;&gt;&lt;b&gt;右键单击&lt;/b&gt;&lt;/td&gt;&lt;td&gt;关停、恢复、排空节点；断开或恢复它的链路&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>StudentPage</name>
    <message>
        <source>en</source>
        <extracomment>Not shown: the language of this translation as a BCP 47 tag (de, es, zh-CN), which the students&apos; page puts in &lt;html lang&gt;.</extracomment>
        <translation>zh-CN</translation>
    </message>
    <message>
        <source>ScaleLab class</source>
        <extracomment>The students&apos; page: its title and heading</extracomment>
        <translation>ScaleLab 课堂</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connection lost; trying again…</source>
        <extracomment>The page lost its connection to the teacher&apos;s app and reconnects by itself</extracomment>
        <translation>连接已断开，正在重试…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>加入码</translation>
    </message>
    <message>
        <source>Join</source>
        <extracomment>The button that joins the class session</extracomment>
        <translation>加入</translation>
    </message>
    <message>
        <source>Not joined yet</source>
        <translation>尚未加入</translation>
    </message>
    <message>
        <source>Joined as {name}</source>
        <extracomment>{name} is the student&apos;s name; keep the braces and the word in them as they are</extracomment>
        <translation>已以 {name} 的身份加入</translation>
    </message>
    <message>
        <source>You are in. The question appears here when your teacher opens it.</source>
        <translation>你已加入。老师发布问题后，问题会显示在这里。</translation>
    </message>
    <message>
        <source>Second vote: discuss, then answer again</source>
        <extracomment>Above the question when the teacher asks the class to vote a second time (peer instruction)</extracomment>
        <translation>第二轮投票：讨论后再作答一次</translation>
    </message>
    <message>
        <source>Answer</source>
        <extracomment>The button that sends a number as the student&apos;s answer</extracomment>
        <translation>提交</translation>
    </message>
    <message>
        <source>Tap your answer; you can change it until the teacher reveals.</source>
        <translation>点选你的答案；在老师揭晓答案之前都可以更改。</translation>
    </message>
    <message>
        <source>Your answer: {answer}</source>
        <extracomment>{answer} is the choice the student tapped, or the number they sent; keep {answer} as it is</extracomment>
        <translation>你的答案：{answer}</translation>
    </message>
    <message>
        <source>Your answer: {answer} (you can still change it)</source>
        <extracomment>Before the reveal: {answer} is the choice the student tapped, or the number they sent; keep {answer} as it is</extracomment>
        <translation>你的答案：{answer}（仍可更改）</translation>
    </message>
    <message>
        <source>You did not answer.</source>
        <extracomment>After the reveal, to a student who sent no answer</extracomment>
        <translation>你没有作答。</translation>
    </message>
    <message>
        <source>Answer: {answer}</source>
        <extracomment>After the reveal: {answer} is the right answer (a choice, or a number and its unit); keep {answer} as it is</extracomment>
        <translation>正确答案：{answer}</translation>
    </message>
    <message>
        <source>{right} of {answered} right</source>
        <extracomment>After the reveal: how many of the class answered right, e.g. 14 of 19 right; keep {right} and {answered} as they are</extracomment>
        <translation>{answered} 人中有 {right} 人答对</translation>
    </message>
    <message>
        <source>Vote {vote}: {right} of {answered} right</source>
        <extracomment>After the reveal of a second vote: {vote} is 1 or 2, e.g. Vote 1: 9 of 19 right; keep the words in braces as they are</extracomment>
        <translation>第 {vote} 轮投票：{answered} 人中有 {right} 人答对</translation>
    </message>
    <message>
        <source>The teacher&apos;s app closed the connection: {reason}</source>
        <extracomment>{reason} is why, from the teacher&apos;s app (e.g. the class is full); keep {reason} as it is</extracomment>
        <translation>老师的应用关闭了连接：{reason}</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <source>Your teacher set a challenge: {title}. Solve it in ScaleLab on a laptop (File, Join Class); the next question appears here.</source>
        <extracomment>On a challenge step: {title} is the challenge&apos;s title; keep {title} as it is</extracomment>
        <translation>老师布置了一个挑战：{title}。请在笔记本电脑上的 ScaleLab 中完成（文件，加入课堂）；下一个问题会显示在这里。</translation>
    </message>
</context>
<context>
    <name>scalelab::AbCompareWindow</name>
    <message>
        <source>simulated time (s)</source>
        <translation>模拟时间 (s)</translation>
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
        <translation>A/B 对比 — %1</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>&lt;b&gt;A&lt;/b&gt;: the topology on the canvas (%1)</source>
        <translation>&lt;b&gt;A&lt;/b&gt;：画布上的拓扑（%1）</translation>
    </message>
    <message>
        <source>Open B from a file…</source>
        <translation>从文件打开 B…</translation>
    </message>
    <message>
        <source>&lt;b&gt;B&lt;/b&gt;:</source>
        <translation>&lt;b&gt;B&lt;/b&gt;：</translation>
    </message>
    <message>
        <source>Both runs use this seed, so the clients send the same requests to A and B</source>
        <translation>两次运行使用同一个随机种子，因此客户端向 A 和 B 发送的请求完全相同</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Run Both</source>
        <translation>运行 A 和 B</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>requests ok / s</source>
        <translation>成功请求数/s</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>p95 延迟</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>更优</translation>
    </message>
    <message>
        <source>Open B</source>
        <translation>打开 B</translation>
    </message>
    <message>
        <source>ScaleLab topologies (*.scalelab.json);;All files (*)</source>
        <translation>ScaleLab 拓扑 (*.scalelab.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Pick a file for B: none of the one-click changes applies to this topology.</source>
        <translation>请为 B 选择一个文件：所有一键改动都不适用于这个拓扑。</translation>
    </message>
    <message>
        <source>A copy of A with %1</source>
        <translation>A 的一份拷贝，改动：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 cannot run: %2</source>
        <translation>%1 无法运行：%2</translation>
    </message>
    <message>
        <source>The clients differ, so A and B do not get the same requests: %1</source>
        <translation>客户端设置不同，因此 A 和 B 收到的请求并不相同：%1</translation>
    </message>
    <message>
        <source>A and B gave the same report: the change made no difference to this run.</source>
        <translation>A 和 B 的报告完全相同：这次改动对本次运行没有影响。</translation>
    </message>
</context>
<context>
    <name>scalelab::AccessibilitySupport</name>
    <message>
        <source>&amp;Move Focus To</source>
        <translation>焦点移至(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Canvas</source>
        <translation>画布(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Node Palette</source>
        <translation>节点面板(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>检查器(&amp;I)</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Event Log</source>
        <translation>事件日志(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间轴(&amp;T)</translation>
    </message>
    <message>
        <source>Ne&amp;xt Pane</source>
        <translation>下一个窗格(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>上一个窗格(&amp;P)</translation>
    </message>
    <message>
        <source>Topology canvas</source>
        <translation>拓扑画布</translation>
    </message>
    <message>
        <source>More tools</source>
        <translation>更多工具</translation>
    </message>
    <message>
        <source>The canvas is empty. Drag a node from the node palette, or open an example from the File menu.</source>
        <translation>画布是空的。请从节点面板拖入一个节点，或从“文件”菜单中打开一个示例。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2 个</translation>
    </message>
    <message>
        <source>Down: %1.</source>
        <translation>宕机：%1。</translation>
    </message>
    <message>
        <source>Draining: %1.</source>
        <translation>排空中：%1。</translation>
    </message>
    <message>
        <source>Nodes: %1 (%2). Links: %3.</source>
        <translation>节点：%1（%2）。链路：%3。</translation>
    </message>
</context>
<context>
    <name>scalelab::BigNumberCatalog</name>
    <message>
        <source>$%1/h</source>
        <translation>$%1/h</translation>
    </message>
</context>
<context>
    <name>scalelab::BigNumberTiles</name>
    <message>
        <source>&amp;Big Numbers</source>
        <translation>关键指标(&amp;B)</translation>
    </message>
    <message>
        <source>Right-click to choose the figures</source>
        <translation>右键单击以选择要显示的指标</translation>
    </message>
    <message>
        <source>&amp;Automatic (fits the topology)</source>
        <translation>自动（适合当前拓扑）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Hide Big Numbers</source>
        <translation>隐藏关键指标(&amp;H)</translation>
    </message>
</context>
<context>
    <name>scalelab::CanvasEditor</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>Copy the selected nodes and delete them</source>
        <translation>复制所选节点并将其删除</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected nodes, their links and settings</source>
        <translation>复制所选节点及其链路和设置</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Add the copied nodes; ids already taken are renumbered</source>
        <translation>添加复制的节点；已被占用的 ID 会重新编号</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>克隆(&amp;N)</translation>
    </message>
    <message>
        <source>Copy and paste the selected nodes in one go</source>
        <translation>一步完成所选节点的复制和粘贴</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected nodes and links</source>
        <translation>删除所选节点和链路</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select every node and link</source>
        <translation>选择所有节点和链路</translation>
    </message>
    <message>
        <source>A&amp;rrange Automatically</source>
        <translation>自动排列(&amp;G)</translation>
    </message>
    <message>
        <source>Lay the nodes out in columns from the clients to the storage</source>
        <translation>按从客户端到存储的顺序把节点分列排布</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel or pinch also zoom)</source>
        <translation>放大（也可以用 Ctrl+滚轮或双指捏合来缩放）</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole topology</source>
        <translation>显示整个拓扑</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>对齐网格(&amp;S)</translation>
    </message>
    <message>
        <source>Nodes land on a %1-unit grid when moved or added</source>
        <translation>移动或添加节点时，节点会对齐到 %1 单位的网格</translation>
    </message>
    <message>
        <source>Canvas as &amp;PNG Image...</source>
        <translation>将画布导出为 PNG 图像(&amp;P)...</translation>
    </message>
    <message>
        <source>Save a picture of the canvas at twice its size</source>
        <translation>以两倍尺寸保存画布的图片</translation>
    </message>
    <message>
        <source>Canvas as &amp;SVG Drawing...</source>
        <translation>将画布导出为 SVG 矢量图(&amp;S)...</translation>
    </message>
    <message>
        <source>Save the canvas as a drawing that scales to any size</source>
        <translation>将画布保存为可任意缩放的矢量图</translation>
    </message>
    <message>
        <source>Added %1: drag from its arrow handle to another node to link them</source>
        <translation>已添加 %1：从它的箭头手柄拖到另一个节点上即可连接两者</translation>
    </message>
    <message>
        <source>Select the nodes to copy first</source>
        <translation>请先选择要复制的节点</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n nodes</source>
        <translation>
            <numerusform>已复制 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to paste: %1</source>
        <translation>没有可粘贴的内容：%1</translation>
    </message>
    <message>
        <source>Select the nodes to duplicate first</source>
        <translation>请先选择要克隆的节点</translation>
    </message>
    <message>
        <source>Nothing to paste: the copied part has no nodes</source>
        <translation>没有可粘贴的内容：复制的部分中没有节点</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1（改名为 %2）</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n nodes</source>
        <translation>
            <numerusform>已粘贴 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted %1</source>
        <translation>已粘贴 %1</translation>
    </message>
    <message>
        <source>Select the nodes or links to delete first</source>
        <translation>请先选择要删除的节点或链路</translation>
    </message>
    <message>
        <source>Export Canvas as SVG</source>
        <translation>将画布导出为 SVG</translation>
    </message>
    <message>
        <source>Export Canvas as PNG</source>
        <translation>将画布导出为 PNG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Cannot export the canvas</source>
        <translation>无法导出画布</translation>
    </message>
    <message>
        <source>Exported the canvas to %1</source>
        <translation>已将画布导出到 %1</translation>
    </message>
    <message>
        <source>Add &amp;Node Here</source>
        <translation>在此添加节点(&amp;N)</translation>
    </message>
    <message>
        <source>Paste &amp;Here</source>
        <translation>粘贴到此处(&amp;H)</translation>
    </message>
</context>
<context>
    <name>scalelab::CanvasInteraction</name>
    <message>
        <source>a link joins two different nodes</source>
        <translation>链路只能连接两个不同的节点</translation>
    </message>
    <message>
        <source>%1 is already linked to %2</source>
        <translation>%1 已经与 %2 相连</translation>
    </message>
    <message>
        <source>To link %1, release the arrow on another node</source>
        <translation>要连接 %1，请在另一个节点上松开箭头</translation>
    </message>
    <message>
        <source>Cannot link %1 to %2: %3</source>
        <translation>无法将 %1 连接到 %2：%3</translation>
    </message>
    <message>
        <source>Linked %1 to %2</source>
        <translation>已将 %1 连接到 %2</translation>
    </message>
    <message>
        <source>Added %1: drag from its arrow handle to link it</source>
        <translation>已添加 %1：从它的箭头手柄拖出即可连接</translation>
    </message>
</context>
<context>
    <name>scalelab::ChallengeResultsView</name>
    <message>
        <source>Each student&apos;s latest try, as their own ScaleLab graded it on their own seed</source>
        <translation>每位学生最近一次尝试的结果，由学生自己的 ScaleLab 用其专属随机种子评判</translation>
    </message>
    <message>
        <source>Challenge: %1. No try yet: students who joined from ScaleLab send theirs as they check them.</source>
        <translation>挑战：%1。尚无尝试：从 ScaleLab 加入的学生每次检查后都会发来结果。</translation>
    </message>
    <message>
        <source>Challenge: %1. %2 of %3 met the goal.</source>
        <translation>挑战：%1。%3 人中有 %2 人达成目标。</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
</context>
<context>
    <name>scalelab::ChartExport</name>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>The chart was not saved: %1</source>
        <translation>图表未保存：%1</translation>
    </message>
</context>
<context>
    <name>scalelab::ChartMarkers</name>
    <message>
        <source>kill %1</source>
        <translation>关停 %1</translation>
    </message>
    <message>
        <source>revive %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <source>%1 promoted</source>
        <translation>%1 提升为主库</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 下线</translation>
    </message>
    <message>
        <source>%1 up</source>
        <translation>%1 上线</translation>
    </message>
    <message>
        <source>failover to %1</source>
        <translation>故障转移到 %1</translation>
    </message>
    <message>
        <source>drain %1</source>
        <translation>排空 %1</translation>
    </message>
    <message>
        <source>cut %1</source>
        <translation>断开 %1</translation>
    </message>
    <message>
        <source>heal %1</source>
        <translation>恢复连接 %1</translation>
    </message>
    <message>
        <source>purge %1</source>
        <translation>清除 %1</translation>
    </message>
    <message>
        <source>alert %1</source>
        <translation>告警 %1</translation>
    </message>
    <message>
        <source>%1 resolved</source>
        <translation>%1 已恢复</translation>
    </message>
    <message>
        <source>%1 full</source>
        <translation>%1 已满</translation>
    </message>
    <message>
        <source>scale out +%1</source>
        <translation>扩容 +%1</translation>
    </message>
    <message>
        <source>scale in -%1</source>
        <translation>缩容 -%1</translation>
    </message>
    <message>
        <source>reshard → %1 shards</source>
        <translation>重新分片 → %1 个分片</translation>
    </message>
    <message>
        <source>reshard done</source>
        <translation>重新分片完成</translation>
    </message>
    <message>
        <source>resize %1 → %2</source>
        <translation>调整规格 %1 → %2</translation>
    </message>
    <message>
        <source>%1 back as %2</source>
        <translation>%1 以 %2 恢复</translation>
    </message>
    <message>
        <source>dns: %1 down</source>
        <translation>DNS：%1 下线</translation>
    </message>
    <message>
        <source>dns: %1 up</source>
        <translation>DNS：%1 上线</translation>
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
        <translation>模拟时间 (s)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 s to %2 s</source>
        <translation>%1 s 至 %2 s</translation>
    </message>
    <message>
        <source>%1 at %2 s</source>
        <translation>%2 s 时%1</translation>
    </message>
    <message>
        <source>Save as &amp;PNG...</source>
        <translation>另存为 PNG(&amp;P)...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>另存为 PDF(&amp;D)...</translation>
    </message>
    <message>
        <source>Export Data as &amp;CSV...</source>
        <translation>将数据导出为 CSV(&amp;C)...</translation>
    </message>
    <message>
        <source>&amp;Follow the Run</source>
        <translation>跟随运行(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Hide This Chart</source>
        <translation>隐藏此图表(&amp;H)</translation>
    </message>
</context>
<context>
    <name>scalelab::ChartSeries</name>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Cache hit ratio</source>
        <translation>缓存命中率</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>复制延迟</translation>
    </message>
    <message>
        <source>Busy workers per server</source>
        <translation>每台服务器的繁忙工作线程</translation>
    </message>
    <message>
        <source>CDN offload</source>
        <translation>CDN 卸载率</translation>
    </message>
    <message>
        <source>CDN cost so far</source>
        <translation>累计 CDN 费用</translation>
    </message>
    <message>
        <source>Sessions lost</source>
        <translation>丢失的会话</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>丢弃</translation>
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
        <translation>命中率</translation>
    </message>
    <message>
        <source>stale reads</source>
        <translation>过期读取</translation>
    </message>
    <message>
        <source>lost writes</source>
        <translation>丢失的写入</translation>
    </message>
    <message>
        <source>offload</source>
        <translation>卸载率</translation>
    </message>
    <message>
        <source>with the CDN</source>
        <translation>使用 CDN</translation>
    </message>
    <message>
        <source>without a CDN</source>
        <translation>不用 CDN</translation>
    </message>
    <message>
        <source>sessions lost</source>
        <translation>丢失的会话</translation>
    </message>
    <message>
        <source>Stale reads, lost writes</source>
        <translation>过期读取与丢失的写入</translation>
    </message>
    <message>
        <source>Served per server</source>
        <translation>每台服务器的处理量</translation>
    </message>
    <message>
        <source>error/timeout</source>
        <translation>错误/超时</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>%1 depth</source>
        <translation>%1 深度</translation>
    </message>
    <message>
        <source>%1 lag</source>
        <translation>%1 延迟</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>台服务器</translation>
    </message>
    <message>
        <source>server-s</source>
        <translation>服务器·秒</translation>
    </message>
    <message>
        <source>%1 servers</source>
        <translation>%1 服务器数</translation>
    </message>
    <message>
        <source>%1 server-seconds so far</source>
        <translation>%1 累计服务器·秒</translation>
    </message>
    <message>
        <source>Shards</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>Server cost</source>
        <translation>服务器成本</translation>
    </message>
    <message>
        <source>$/h</source>
        <translation>$/h</translation>
    </message>
    <message>
        <source>$ per hour</source>
        <translation>每小时 $</translation>
    </message>
    <message>
        <source>$ so far</source>
        <translation>累计 $</translation>
    </message>
    <message>
        <source>calls/s</source>
        <translation>次调用/s</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>分片 %1</translation>
    </message>
    <message>
        <source>Shards · busiest %1 % of calls</source>
        <translation>分片 · 最忙分片占调用的 %1%</translation>
    </message>
    <message>
        <source>Data centres</source>
        <translation>数据中心</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 宕机</translation>
    </message>
    <message>
        <source>Requests by kind</source>
        <translation>按类型划分的请求</translation>
    </message>
    <message>
        <source>Waiting requests</source>
        <translation>等待中的请求</translation>
    </message>
    <message>
        <source>reads</source>
        <translation>读</translation>
    </message>
    <message>
        <source>writes</source>
        <translation>写</translation>
    </message>
    <message>
        <source>static files</source>
        <translation>静态文件</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>个请求</translation>
    </message>
    <message>
        <source>Waiting requests · none so far</source>
        <translation>等待中的请求 · 目前还没有</translation>
    </message>
</context>
<context>
    <name>scalelab::ChartsDock</name>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <source>Choose which charts show</source>
        <translation>选择显示哪些图表</translation>
    </message>
    <message>
        <source>Follow the run</source>
        <translation>跟随运行</translation>
    </message>
    <message>
        <source>Show the latest %1 seconds as the run goes (drag or wheel on a chart to look back; double-click returns)</source>
        <translation>运行时显示最近 %1 秒（在图表上拖动或滚动滚轮可回看；双击返回）</translation>
    </message>
    <message>
        <source>Charts as &amp;PNG...</source>
        <translation>将图表导出为 PNG(&amp;G)...</translation>
    </message>
    <message>
        <source>Charts as P&amp;DF...</source>
        <translation>将图表导出为 PDF(&amp;D)...</translation>
    </message>
    <message>
        <source>Chart &amp;Data as CSV...</source>
        <translation>将图表数据导出为 CSV(&amp;C)...</translation>
    </message>
    <message>
        <source>Not in this topology</source>
        <translation>当前拓扑中没有此项</translation>
    </message>
    <message>
        <source>Save Every Shown Chart Into</source>
        <translation>将所有显示的图表保存到</translation>
    </message>
    <message>
        <source>Export Charts</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Not every chart was saved: %1</source>
        <translation>部分图表未能保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>已在 %1 中保存 %n 个文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the Charts &amp;Panel</source>
        <translation>显示图表面板(&amp;P)</translation>
    </message>
    <message>
        <source>Charts shown in the panel</source>
        <translation>面板中显示的图表</translation>
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
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 served %2 requests</source>
        <translation>%1 处理了 %2 个请求</translation>
    </message>
    <message>
        <source>%1 answered %2 requests with an error</source>
        <translation>%1 对 %2 个请求返回了错误</translation>
    </message>
    <message>
        <source>%1 dropped %2 requests</source>
        <translation>%1 丢弃了 %2 个请求</translation>
    </message>
    <message>
        <source>%1 had %2 requests waiting</source>
        <translation>%1 有 %2 个请求在排队</translation>
    </message>
    <message>
        <source>%1 was working on %2 requests</source>
        <translation>%1 正在处理 %2 个请求</translation>
    </message>
    <message>
        <source>%1 applied %2 writes</source>
        <translation>%1 应用了 %2 次写入</translation>
    </message>
    <message>
        <source>%1 was %2 writes behind</source>
        <translation>%1 落后 %2 次写入</translation>
    </message>
    <message>
        <source>%1 lagged %2 ms behind</source>
        <translation>%1 落后 %2 ms</translation>
    </message>
    <message>
        <source>%1 held %2 items</source>
        <translation>%1 存有 %2 项</translation>
    </message>
    <message>
        <source>%1 had %2 open connections</source>
        <translation>%1 有 %2 个打开的连接</translation>
    </message>
    <message>
        <source>%1&apos;s %2: %3</source>
        <translation>%1 的 %2：%3</translation>
    </message>
    <message>
        <source>%1 requests in all</source>
        <translation>共 %1 个请求</translation>
    </message>
    <message>
        <source>%1 requests succeeded</source>
        <translation>%1 个请求成功</translation>
    </message>
    <message>
        <source>%1 requests ended in an error</source>
        <translation>%1 个请求以错误告终</translation>
    </message>
    <message>
        <source>%1 requests timed out</source>
        <translation>%1 个请求超时</translation>
    </message>
    <message>
        <source>%1 requests were dropped</source>
        <translation>%1 个请求被丢弃</translation>
    </message>
    <message>
        <source>%1 requests were in flight</source>
        <translation>%1 个请求正在传输中</translation>
    </message>
    <message>
        <source>half of the requests took at most %1 ms</source>
        <translation>一半的请求耗时不超过 %1 ms</translation>
    </message>
    <message>
        <source>95% of the requests took at most %1 ms</source>
        <translation>95% 的请求耗时不超过 %1 ms</translation>
    </message>
    <message>
        <source>99% of the requests took at most %1 ms</source>
        <translation>99% 的请求耗时不超过 %1 ms</translation>
    </message>
    <message>
        <source>the cache answered %1 reads</source>
        <translation>缓存应答了 %1 次读取</translation>
    </message>
    <message>
        <source>%1 reads missed the cache</source>
        <translation>%1 次读取未命中缓存</translation>
    </message>
    <message>
        <source>the cache answered %1% of the reads</source>
        <translation>缓存应答了 %1% 的读取</translation>
    </message>
    <message>
        <source>the cache returned %1 stale values</source>
        <translation>缓存返回了 %1 个过期值</translation>
    </message>
    <message>
        <source>the cache evicted %1 entries</source>
        <translation>缓存淘汰了 %1 个条目</translation>
    </message>
    <message>
        <source>%1 cache entries expired</source>
        <translation>%1 个缓存条目过期</translation>
    </message>
    <message>
        <source>%1 cache entries were invalidated</source>
        <translation>%1 个缓存条目被置为失效</translation>
    </message>
    <message>
        <source>%1 reads returned stale data</source>
        <translation>%1 次读取返回了过期数据</translation>
    </message>
    <message>
        <source>%1 times a user did not see their own write</source>
        <translation>有 %1 次用户没有读到自己的写入</translation>
    </message>
    <message>
        <source>%1 writes were lost</source>
        <translation>%1 次写入丢失</translation>
    </message>
    <message>
        <source>%1 writes were recovered</source>
        <translation>%1 次写入被恢复</translation>
    </message>
    <message>
        <source>%1 replicas were promoted to primary</source>
        <translation>%1 个从库被提升为主库</translation>
    </message>
    <message>
        <source>%1 writes conflicted</source>
        <translation>%1 次写入发生冲突</translation>
    </message>
    <message>
        <source>%1 updates were silently discarded</source>
        <translation>%1 次更新被悄悄丢弃</translation>
    </message>
    <message>
        <source>%1 writes were rolled back</source>
        <translation>%1 次写入被回滚</translation>
    </message>
    <message>
        <source>%1 keys differed between the databases</source>
        <translation>%1 个键在各数据库之间不一致</translation>
    </message>
    <message>
        <source>replicas fell up to %1 ms behind</source>
        <translation>从库最多落后 %1 ms</translation>
    </message>
    <message>
        <source>%1 users lost their session</source>
        <translation>%1 个用户丢失了会话</translation>
    </message>
    <message>
        <source>the CDN answered %1 requests</source>
        <translation>CDN 应答了 %1 个请求</translation>
    </message>
    <message>
        <source>%1 requests missed the CDN</source>
        <translation>%1 个请求未命中 CDN</translation>
    </message>
    <message>
        <source>%1 requests fell back to the origin</source>
        <translation>%1 个请求退回到源站</translation>
    </message>
    <message>
        <source>%1 CDN entries were invalidated</source>
        <translation>%1 个 CDN 条目被置为失效</translation>
    </message>
    <message>
        <source>the CDN served %1% of the static requests</source>
        <translation>CDN 处理了 %1% 的静态请求</translation>
    </message>
    <message>
        <source>%1 GB came from the origin</source>
        <translation>%1 GB 来自源站</translation>
    </message>
    <message>
        <source>%1 GB went out to users</source>
        <translation>向用户发送了 %1 GB</translation>
    </message>
    <message>
        <source>the traffic cost %1 USD</source>
        <translation>流量费用为 %1 USD</translation>
    </message>
    <message>
        <source>%1 writes were held up at a dead ring node</source>
        <translation>%1 次写入滞留在宕机的环上节点</translation>
    </message>
    <message>
        <source>%1 writes were lost with a dead ring node</source>
        <translation>%1 次写入随宕机的环上节点一起丢失</translation>
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
        <translation>课堂</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>作答</translation>
    </message>
    <message>
        <source>Answer the class&apos;s question (your prediction in the lesson panel is your first vote)</source>
        <translation>回答课堂上的问题（你在课程面板中的预测就是你的第一轮投票）</translation>
    </message>
    <message>
        <source>Vote Again</source>
        <translation>再次投票</translation>
    </message>
    <message>
        <source>Enter a Number…</source>
        <translation>输入数值…</translation>
    </message>
</context>
<context>
    <name>scalelab::ClassPanel</name>
    <message>
        <source>Class</source>
        <translation>课堂</translation>
    </message>
    <message>
        <source>Students join from a phone or laptop on this network: they open the address shown, type the join code and their name, and answer each step&apos;s question. Nothing leaves the local network.</source>
        <translation>学生用连入同一网络的手机或笔记本电脑加入：打开显示的地址，输入加入码和自己的名字，然后回答每个步骤的问题。所有数据都不会离开本地网络。</translation>
    </message>
    <message>
        <source>The students&apos; page is served on this port; their connections use the next one</source>
        <translation>学生页面通过此端口提供；他们的连接使用下一个端口</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Start Class Session</source>
        <translation>开始课堂互动</translation>
    </message>
    <message>
        <source>Students point their phone&apos;s camera here to open the page</source>
        <translation>学生用手机摄像头扫描此处即可打开页面</translation>
    </message>
    <message>
        <source>Show the counts before the reveal</source>
        <translation>揭晓答案前显示票数</translation>
    </message>
    <message>
        <source>Off: the projector shows only how many answered, so the counts do not sway the class</source>
        <translation>关闭：投影上只显示有多少人已作答，以免票数影响全班的判断</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>揭晓答案</translation>
    </message>
    <message>
        <source>Show the class&apos;s answers and the right one on every student&apos;s screen</source>
        <translation>在每位学生的屏幕上显示全班的答案和正确答案</translation>
    </message>
    <message>
        <source>Ask Again</source>
        <translation>再问一次</translation>
    </message>
    <message>
        <source>Peer instruction: let the class discuss, then vote a second time (both votes are kept)</source>
        <translation>同伴教学：让全班讨论后再投一次票（两轮投票都会保留）</translation>
    </message>
    <message>
        <source>Export Answers…</source>
        <translation>导出答案…</translation>
    </message>
    <message>
        <source>Save every answer of this session as a CSV file</source>
        <translation>将本次课堂互动的所有答案保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Stop Class Session</source>
        <translation>结束课堂互动</translation>
    </message>
    <message>
        <source>Clients refused or dropped, and why</source>
        <translation>被拒绝或断开的客户端及原因</translation>
    </message>
    <message>
        <source>The session could not start: %1.</source>
        <translation>课堂互动无法开始：%1。</translation>
    </message>
    <message>
        <source>Open &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>打开 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>加入码：%1</translation>
    </message>
    <message>
        <source>1 student connected</source>
        <translation>已连接 1 名学生</translation>
    </message>
    <message>
        <source>%1 students connected</source>
        <translation>已连接 %1 名学生</translation>
    </message>
    <message>
        <source>No question on this step: the students wait for the next one.</source>
        <translation>本步骤没有问题：学生们等待下一题。</translation>
    </message>
    <message>
        <source>Vote %1: %2 of %3 answered</source>
        <translation>第 %1 轮投票：%3 人中已有 %2 人作答</translation>
    </message>
    <message>
        <source>Not answered yet: %1</source>
        <translation>尚未作答：%1</translation>
    </message>
    <message>
        <source>Vote %1: %2 of %3 right</source>
        <translation>第 %1 轮投票：%3 人中有 %2 人答对</translation>
    </message>
    <message>
        <source>%1 of %2 within %3% of %4 %5</source>
        <translation>%2 人中有 %1 人的答案与 %4 %5 相差不超过 %3%</translation>
    </message>
    <message>
        <source>Export Answers</source>
        <translation>导出答案</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>%1 (%2 following in ScaleLab)</source>
        <translation>%1（其中 %2 人在 ScaleLab 中跟随）</translation>
    </message>
    <message>
        <source>A challenge: students who joined from ScaleLab solve it on their own; a page waits.</source>
        <translation>本步骤是挑战：从 ScaleLab 加入的学生自行解答；网页上的学生等待。</translation>
    </message>
    <message>
        <source>The connected student loses the class. Stop the class session?</source>
        <translation>已连接的学生将离开课堂。要结束课堂互动吗？</translation>
    </message>
    <message>
        <source>%1 connected students lose the class. Stop the class session?</source>
        <translation>已连接的 %1 名学生将离开课堂。要结束课堂互动吗？</translation>
    </message>
</context>
<context>
    <name>scalelab::ClassroomSession</name>
    <message>
        <source>Start &amp;Class Session…</source>
        <translation>开始课堂互动(&amp;C)…</translation>
    </message>
    <message>
        <source>Let students join from their own devices on this network and answer each step&apos;s question</source>
        <translation>让学生用自己的设备通过同一网络加入，并回答每个步骤的问题</translation>
    </message>
    <message>
        <source>Stop Class Session</source>
        <translation>结束课堂互动</translation>
    </message>
</context>
<context>
    <name>scalelab::ClientViewDock</name>
    <message>
        <source>Client view</source>
        <translation>客户端视图</translation>
    </message>
    <message>
        <source>Which clients node the user belongs to</source>
        <translation>该用户所属的客户端节点</translation>
    </message>
    <message>
        <source>user </source>
        <translation>用户 </translation>
    </message>
    <message>
        <source>The user&apos;s number within their clients node</source>
        <translation>该用户在所属客户端节点中的编号</translation>
    </message>
    <message>
        <source>Find a Violation</source>
        <translation>查找违规</translation>
    </message>
    <message>
        <source>Show a user whose reads broke read-your-writes or monotonic reads</source>
        <translation>显示一个读取违反了“读己之写”或“单调读”的用户</translation>
    </message>
    <message>
        <source>No user&apos;s reads have broken a guarantee so far in this run.</source>
        <translation>本次运行到目前为止，还没有用户的读取违反一致性保证。</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s), </source>
        <translation>
            <numerusform>%n 次写入，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) so far.</source>
        <translation>
            <numerusform>%n 次读取（截至目前）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every read showed at least what this user had written or read before.</source>
        <translation>每次读取看到的数据，都至少和该用户此前写入或读取的一样新。</translation>
    </message>
    <message numerus="yes">
        <source>Read-your-writes broken %n time(s), </source>
        <translation>
            <numerusform>“读己之写”被违反 %n 次，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>monotonic reads broken %n time(s): a replica that had not caught up answered.</source>
        <translation>
            <numerusform>“单调读”被违反 %n 次：应答的是一个尚未追上主库的从库。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalelab::ClientViewModel</name>
    <message>
        <source>wrote</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>static</source>
        <translation>静态</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>ok, stale</source>
        <translation>成功，但已过期</translation>
    </message>
    <message>
        <source>%1 (cache)</source>
        <translation>%1（缓存）</translation>
    </message>
    <message>
        <source>Read-your-writes broken: they wrote v%1 at %2 s</source>
        <translation>违反“读己之写”：该用户在 %2 s 时写入了 v%1</translation>
    </message>
    <message>
        <source>Monotonic reads broken: they had read v%1 at %2 s</source>
        <translation>违反“单调读”：该用户曾在 %2 s 时读到 v%1</translation>
    </message>
    <message>
        <source>Sent (s)</source>
        <translation>发送时间 (s)</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>处理者</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>一致性保证</translation>
    </message>
    <message>
        <source>job</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>scalelab::DocumentFiles</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty topology (Ctrl+N)</source>
        <translation>新建一个空拓扑 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>Open a topology file (Ctrl+O)</source>
        <translation>打开拓扑文件 (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the topology (Ctrl+S)</source>
        <translation>保存拓扑 (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>另存为(&amp;A)...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Cannot open topology</source>
        <translation>无法打开拓扑</translation>
    </message>
    <message>
        <source>ScaleLab could not open %1. The topology already open is unchanged.</source>
        <translation>ScaleLab 无法打开 %1。当前已打开的拓扑保持不变。</translation>
    </message>
    <message>
        <source>Open topology</source>
        <translation>打开拓扑</translation>
    </message>
    <message>
        <source>Save topology</source>
        <translation>保存拓扑</translation>
    </message>
    <message>
        <source>Cannot save topology</source>
        <translation>无法保存拓扑</translation>
    </message>
    <message>
        <source>ScaleLab could not save %1: %2
Your work is still open; try another place.</source>
        <translation>ScaleLab 无法保存 %1：%2
你的工作仍然打开着；请尝试保存到其他位置。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to %1 first?</source>
        <translation>要先保存对 %1 的更改吗？</translation>
    </message>
    <message>
        <source>If you do not save them, your changes are lost.</source>
        <translation>如果不保存，你的更改将会丢失。</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Open &amp;Example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
</context>
<context>
    <name>scalelab::EventLogDock</name>
    <message>
        <source>Event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>Show one kind of event only</source>
        <translation>只显示一种事件</translation>
    </message>
    <message>
        <source>Show the events of one node only</source>
        <translation>只显示一个节点的事件</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>State changes</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <source>Marked requests</source>
        <translation>标记的请求</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>所有节点</translation>
    </message>
    <message numerus="yes">
        <source>%n ahead of the timeline (grey)</source>
        <translation>
            <numerusform>%n 个超前于时间轴（灰色）</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a stale read, a cache miss, a failure or a lost write to see why it happened.</source>
        <translation>点击过期读取、缓存未命中、失败或丢失的写入，即可查看其发生的原因。</translation>
    </message>
</context>
<context>
    <name>scalelab::EventLogFollower</name>
    <message numerus="yes">
        <source>%n new event(s) ↓</source>
        <translation>
            <numerusform>%n 个新事件 ↓</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>The newest event stays in sight. Scroll up, pick a row or point at the table to hold the rows still.</source>
        <translation>最新的事件始终可见。向上滚动、选中一行或把指针移到表格上，即可让各行保持不动。</translation>
    </message>
    <message>
        <source>Held still while you read. Click here, or scroll to the bottom, to follow the newest events again.</source>
        <translation>阅读期间保持不动。点击这里或滚动到底部，即可重新跟随最新事件。</translation>
    </message>
</context>
<context>
    <name>scalelab::EventLogModel</name>
    <message>
        <source>%1
Ahead of the timeline: the run has not got here again yet.</source>
        <translation>%1
超前于时间轴：本次运行还没有再次到达这里。</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>时间 (s)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Killed</source>
        <translation>关停</translation>
    </message>
    <message>
        <source>Revived</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>排空中</translation>
    </message>
    <message>
        <source>Undrained</source>
        <translation>停止排空</translation>
    </message>
    <message>
        <source>Health check: down</source>
        <translation>健康检查：下线</translation>
    </message>
    <message>
        <source>Health check: up</source>
        <translation>健康检查：上线</translation>
    </message>
    <message>
        <source>Ejected</source>
        <translation>剔除</translation>
    </message>
    <message>
        <source>Ejection over</source>
        <translation>剔除结束</translation>
    </message>
    <message>
        <source>Promoted</source>
        <translation>提升为主库</translation>
    </message>
    <message>
        <source>Promotion failed</source>
        <translation>提升失败</translation>
    </message>
    <message>
        <source>Binlog recovery</source>
        <translation>binlog 恢复</translation>
    </message>
    <message>
        <source>Binlog replayed</source>
        <translation>binlog 已重放</translation>
    </message>
    <message>
        <source>Rejoined</source>
        <translation>重新加入</translation>
    </message>
    <message>
        <source>Catching up</source>
        <translation>追赶中</translation>
    </message>
    <message>
        <source>Lost write</source>
        <translation>丢失的写入</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>网络分区</translation>
    </message>
    <message>
        <source>Healed</source>
        <translation>恢复连接</translation>
    </message>
    <message>
        <source>Invalidated</source>
        <translation>失效</translation>
    </message>
    <message>
        <source>Evicted</source>
        <translation>淘汰</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Replica applied</source>
        <translation>从库已应用</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Session lost</source>
        <translation>会话丢失</translation>
    </message>
    <message>
        <source>Balancer failover</source>
        <translation>负载均衡器故障转移</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>设置已更改</translation>
    </message>
    <message>
        <source>Added to pool</source>
        <translation>加入池</translation>
    </message>
    <message>
        <source>Removed from pool</source>
        <translation>移出池</translation>
    </message>
    <message>
        <source>Read-your-writes</source>
        <translation>读己之写</translation>
    </message>
    <message>
        <source>Stale read</source>
        <translation>过期读取</translation>
    </message>
    <message>
        <source>Stale cache hit</source>
        <translation>过期缓存命中</translation>
    </message>
    <message>
        <source>Cache miss</source>
        <translation>缓存未命中</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Request %1 read key %2 from %3 before it had write %4</source>
        <translation>请求 %1 从 %3 读取了键 %2，但 %3 当时还没有写入 %4</translation>
    </message>
    <message>
        <source>Request %1 got an old key %2 from %3 (write %4 was newer)</source>
        <translation>请求 %1 从 %3 得到了键 %2 的旧值（写入 %4 更新）</translation>
    </message>
    <message>
        <source>never cached</source>
        <translation>从未缓存</translation>
    </message>
    <message>
        <source>lost when the cache restarted</source>
        <translation>缓存重启时丢失</translation>
    </message>
    <message>
        <source>evicted</source>
        <translation>被淘汰</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>invalidated by a write</source>
        <translation>被写入置为失效</translation>
    </message>
    <message>
        <source>Request %1 missed key %2 in %3: %4</source>
        <translation>请求 %1 在 %3 中未命中键 %2：%4</translation>
    </message>
    <message>
        <source>it was down</source>
        <translation>它已宕机</translation>
    </message>
    <message>
        <source>a link was cut</source>
        <translation>有链路被断开</translation>
    </message>
    <message>
        <source>its queue was full</source>
        <translation>它的队列已满</translation>
    </message>
    <message>
        <source>the client gave up waiting</source>
        <translation>客户端放弃了等待</translation>
    </message>
    <message>
        <source>there was nowhere to send it</source>
        <translation>无处转发</translation>
    </message>
    <message>
        <source>Request %1 failed at %2: %3</source>
        <translation>请求 %1 在 %2 处失败：%3</translation>
    </message>
    <message>
        <source>%1 was killed</source>
        <translation>%1 被关停</translation>
    </message>
    <message>
        <source>%1 is back up</source>
        <translation>%1 已恢复运行</translation>
    </message>
    <message>
        <source>%1 is draining: no new requests</source>
        <translation>%1 正在排空：不再接收新请求</translation>
    </message>
    <message>
        <source>%1 takes new requests again</source>
        <translation>%1 重新接收新请求</translation>
    </message>
    <message>
        <source>%1 failed %2 health checks in a row: %3 stops sending it requests</source>
        <translation>%1 连续 %2 次健康检查失败：%3 停止向它发送请求</translation>
    </message>
    <message>
        <source>%1 passed %2 health checks: %3 sends it requests again</source>
        <translation>%1 通过了 %2 次健康检查：%3 重新向它发送请求</translation>
    </message>
    <message>
        <source>%1 ejected %2 after consecutive errors</source>
        <translation>%1 在连续出错后剔除了 %2</translation>
    </message>
    <message>
        <source>%1 takes %2 back after its ejection</source>
        <translation>剔除期结束，%1 重新接纳 %2</translation>
    </message>
    <message>
        <source>%1 is the new primary (it replaces %2)</source>
        <translation>%1 成为新的主库（取代 %2）</translation>
    </message>
    <message>
        <source>No replica of %1 is up: writes fail until it returns</source>
        <translation>%1 没有在线的从库：在它恢复之前，写入都会失败</translation>
    </message>
    <message>
        <source>Write %1 of key %2, acknowledged by %3, never reached the new primary</source>
        <translation>键 %2 的写入 %1 已由 %3 确认，却始终没有到达新主库</translation>
    </message>
    <message>
        <source>Network cut: %1</source>
        <translation>网络断开：%1</translation>
    </message>
    <message>
        <source>Partition healed: %1</source>
        <translation>网络分区已恢复：%1</translation>
    </message>
    <message>
        <source>%1 committed write %2 of key %3</source>
        <translation>%1 提交了键 %3 的写入 %2</translation>
    </message>
    <message>
        <source>%1 applied write %2 of key %3 from %4</source>
        <translation>%1 应用了来自 %4 的键 %3 的写入 %2</translation>
    </message>
    <message>
        <source>%1 evicted key %2 to make room</source>
        <translation>%1 淘汰了键 %2 以腾出空间</translation>
    </message>
    <message>
        <source>Key %1 expired in %2</source>
        <translation>键 %1 在 %2 中过期</translation>
    </message>
    <message>
        <source>%1 expired in %2</source>
        <translation>%1 在 %2 中过期</translation>
    </message>
    <message>
        <source>A write deleted key %1 from %2</source>
        <translation>一次写入把键 %1 从 %2 中删除了</translation>
    </message>
    <message>
        <source>%1 invalidated %2</source>
        <translation>%1 使 %2 失效</translation>
    </message>
    <message>
        <source>User %1 read key %2 from %3 without their own write %4</source>
        <translation>用户 %1 从 %3 读取了键 %2，却没有读到自己的写入 %4</translation>
    </message>
    <message>
        <source>User %1 lost their session on %2</source>
        <translation>用户 %1 在 %2 上的会话丢失了</translation>
    </message>
    <message>
        <source>%1 took over from %2</source>
        <translation>%1 接替了 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Write-back lost</source>
        <translation>write-back 写入丢失</translation>
    </message>
    <message>
        <source>Relay log</source>
        <translation>中继日志</translation>
    </message>
    <message>
        <source>Ring closed</source>
        <translation>环已闭合</translation>
    </message>
    <message>
        <source>Ring re-pointed</source>
        <translation>环已重新指向</translation>
    </message>
    <message>
        <source>Lost with a ring node</source>
        <translation>随环上节点丢失</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>初始化中</translation>
    </message>
    <message>
        <source>Snapshot copied</source>
        <translation>快照已复制</translation>
    </message>
    <message>
        <source>Replica ready</source>
        <translation>从库就绪</translation>
    </message>
    <message>
        <source>Provisioning failed</source>
        <translation>初始化失败</translation>
    </message>
    <message>
        <source>%1 died with %2 acknowledged writes it had not sent to the database: they are lost</source>
        <translation>%1 宕机时，还有 %2 次已确认的写入尚未发送给数据库：这些写入丢失了</translation>
    </message>
    <message>
        <source>%1 received write %2 of key %3 from %4 in its relay log; it still serves the old value until it applies it</source>
        <translation>%1 在中继日志中收到了来自 %4 的键 %3 的写入 %2；在应用它之前，%1 提供的仍是旧值</translation>
    </message>
    <message>
        <source>%1 now sends on to %2, round the dead %3</source>
        <translation>%1 现在绕过宕机的 %3，直接转发给 %2</translation>
    </message>
    <message>
        <source>%1 re-pointed to %2, which sends it the %3 writes it lacks</source>
        <translation>%1 重新指向 %2，由 %2 向它发送它缺少的 %3 次写入</translation>
    </message>
    <message>
        <source>Write %1 of key %2 never left %3 before it died: no other node has it</source>
        <translation>键 %2 的写入 %1 在 %3 宕机前始终没有发出：其他节点都没有它</translation>
    </message>
    <message>
        <source>%1 receives a snapshot of %2 (it takes %3 ms), then replays the binlog from its position</source>
        <translation>%1 接收 %2 的快照（需要 %3 ms），然后从快照对应的位置重放 binlog</translation>
    </message>
    <message>
        <source>%1 has the snapshot of %2: it replays the binlog from write %3 and takes no reads yet</source>
        <translation>%1 已拿到 %2 的快照：它从写入 %3 开始重放 binlog，暂不接收读取</translation>
    </message>
    <message>
        <source>%1 has caught up (write %2, %3 ms after the copy began): it takes reads</source>
        <translation>%1 已追上进度（写入 %2，复制开始后 %3 ms）：开始接收读取</translation>
    </message>
    <message>
        <source>%1 was not provisioned: %2</source>
        <translation>%1 未能初始化：%2</translation>
    </message>
    <message>
        <source>Alert firing</source>
        <translation>告警触发</translation>
    </message>
    <message>
        <source>Alert resolved</source>
        <translation>告警恢复</translation>
    </message>
    <message>
        <source>Resynced</source>
        <translation>已重新同步</translation>
    </message>
    <message>
        <source>Connections dropped</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>Alert %1 resolved: %2 is %3 again</source>
        <translation>告警 %1 已恢复：%2 又是 %3</translation>
    </message>
    <message>
        <source>Alert %1 is firing: %2 was above %3 for %4 s (now %5)</source>
        <translation>告警 %1 触发：%2 连续 %4 秒高于 %3（当前 %5）</translation>
    </message>
    <message>
        <source>Alert %1 is firing: %2 was below %3 for %4 s (now %5)</source>
        <translation>告警 %1 触发：%2 连续 %4 秒低于 %3（当前 %5）</translation>
    </message>
    <message>
        <source>Queue full</source>
        <translation>队列已满</translation>
    </message>
    <message>
        <source>Job redelivered</source>
        <translation>任务重新投递</translation>
    </message>
    <message>
        <source>Queue %1 is full (%2 jobs): new jobs are refused</source>
        <translation>队列 %1 已满（%2 个任务）：新任务会被拒绝</translation>
    </message>
    <message>
        <source>Job %1 is visible again on %2: %3 did not delete it within the visibility timeout</source>
        <translation>任务 %1 在 %2 上重新可见：%3 没有在可见性超时内删除它</translation>
    </message>
    <message>
        <source>Scale out</source>
        <translation>扩容</translation>
    </message>
    <message>
        <source>Scale in</source>
        <translation>缩容</translation>
    </message>
    <message>
        <source>%1 launches %2: its %3 servers are %4 % busy and it wants %5; the new one boots first</source>
        <translation>%1 启动 %2：它的 %3 台服务器忙碌度为 %4 %，它需要 %5 台；新服务器需先启动完成</translation>
    </message>
    <message>
        <source>%1 retires %2: its %3 servers are %4 % busy and it wants %5</source>
        <translation>%1 下线 %2：它的 %3 台服务器忙碌度为 %4 %，它需要 %5 台</translation>
    </message>
    <message>
        <source>Reshard</source>
        <translation>重新分片</translation>
    </message>
    <message>
        <source>Reshard done</source>
        <translation>重新分片完成</translation>
    </message>
    <message>
        <source>Resizing</source>
        <translation>调整规格</translation>
    </message>
    <message>
        <source>Resized</source>
        <translation>规格已调整</translation>
    </message>
    <message>
        <source>%1 stops to change its machine from %2 to %3: every request it holds or gets fails until it is back</source>
        <translation>%1 停机，把机器规格从 %2 改为 %3：在它恢复之前，它持有或收到的每个请求都会失败</translation>
    </message>
    <message>
        <source>%1 is back up as %2: %3 workers at $%4 an hour</source>
        <translation>%1 以 %2 重新上线：%3 个工作线程，每小时 $%4</translation>
    </message>
    <message>
        <source>The copy to %1 is cut short by the next add_shard: its %2 moving keys switch shard at once</source>
        <translation>向 %1 的复制被下一次 add_shard 打断：其中 %2 个正在迁移的键立即切换分片</translation>
    </message>
    <message>
        <source>The copy to %1 is done: %2 keys now live on their new shards (%3 shards)</source>
        <translation>向 %1 的复制已完成：%2 个键现在位于各自的新分片上（共 %3 个分片）</translation>
    </message>
    <message>
        <source>A second shard</source>
        <translation>第二个分片</translation>
    </message>
    <message>
        <source>A third shard</source>
        <translation>第三个分片</translation>
    </message>
    <message>
        <source>A fourth shard</source>
        <translation>第四个分片</translation>
    </message>
    <message>
        <source>A fifth shard</source>
        <translation>第五个分片</translation>
    </message>
    <message>
        <source>A sixth shard</source>
        <translation>第六个分片</translation>
    </message>
    <message>
        <source>A seventh shard</source>
        <translation>第七个分片</translation>
    </message>
    <message>
        <source>An eighth shard</source>
        <translation>第八个分片</translation>
    </message>
    <message>
        <source>A ninth shard</source>
        <translation>第九个分片</translation>
    </message>
    <message>
        <source>A tenth shard</source>
        <translation>第十个分片</translation>
    </message>
    <message>
        <source>Shard number %1</source>
        <translation>第 %1 个分片</translation>
    </message>
    <message>
        <source>%1 (%2) joins: %3 of %4 keys move; copying them takes %5 s</source>
        <translation>%1（%2）加入：%4 个键中有 %3 个迁移；复制它们需要 %5 s</translation>
    </message>
    <message>
        <source>Data centre down (dns)</source>
        <translation>数据中心下线（DNS）</translation>
    </message>
    <message>
        <source>Data centre up (dns)</source>
        <translation>数据中心上线（DNS）</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>DNS 应答</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 发往 %2</translation>
    </message>
    <message>
        <source>%1 answers %2 with %3 (%4) instead of %5</source>
        <translation>%1 对 %2 的应答改为 %3（%4），不再是 %5</translation>
    </message>
    <message>
        <source>%1 answers %2 with %3 (%4) instead of %5: each of its users switches when its cached answer expires, within %6 s</source>
        <translation>%1 对 %2 的应答改为 %3（%4），不再是 %5：其每个用户会在各自缓存的应答过期时切换，最多 %6 s 内完成</translation>
    </message>
    <message>
        <source>%1&apos;s health checks now see %2 as down after %3 failed checks in a row</source>
        <translation>%1 的健康检查在连续 %3 次检查失败后，判定 %2 已下线</translation>
    </message>
    <message>
        <source>%1&apos;s health checks see %2 up again after %3 good checks in a row</source>
        <translation>%1 的健康检查在连续 %3 次检查成功后，判定 %2 已重新上线</translation>
    </message>
    <message>
        <source>%1; none of its answers changes.</source>
        <translation>%1；它的应答都没有变化。</translation>
    </message>
    <message>
        <source>%1; it sends %2 from now on.</source>
        <translation>%1；从现在起它将 %2。</translation>
    </message>
    <message>
        <source>%1 Users move as their cached answer expires (TTL %2 s).</source>
        <translation>%1 用户会在各自缓存的应答过期时迁移（TTL %2 s）。</translation>
    </message>
    <message>
        <source>%1 Users return as their cached answer expires (TTL %2 s).</source>
        <translation>%1 用户会在各自缓存的应答过期时返回（TTL %2 s）。</translation>
    </message>
    <message>
        <source>Alert %1 resolved: %2 of %3 is %4 again</source>
        <translation>告警 %1 已恢复：%3 的 %2 又是 %4</translation>
    </message>
    <message>
        <source>Alert %1 is firing: %2 of %3 was above %4 for %5 s (now %6)</source>
        <translation>告警 %1 触发：%3 的 %2 连续 %5 s 高于 %4（当前 %6）</translation>
    </message>
    <message>
        <source>Alert %1 is firing: %2 of %3 was below %4 for %5 s (now %6)</source>
        <translation>告警 %1 触发：%3 的 %2 连续 %5 s 低于 %4（当前 %6）</translation>
    </message>
</context>
<context>
    <name>scalelab::EventLogTools</name>
    <message>
        <source>&amp;Event Log</source>
        <translation>事件日志(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Client View</source>
        <translation>客户端视图(&amp;V)</translation>
    </message>
</context>
<context>
    <name>scalelab::FollowTeacher</name>
    <message>
        <source>&amp;Join Class…</source>
        <translation>加入课堂(&amp;J)…</translation>
    </message>
    <message>
        <source>Follow your teacher&apos;s lesson and run on this computer, and answer the class&apos;s questions</source>
        <translation>在这台电脑上跟随老师的课程和运行，并回答课堂上的问题</translation>
    </message>
    <message>
        <source>&amp;Leave Class</source>
        <translation>退出课堂(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Follow the Teacher</source>
        <translation>跟随老师(&amp;F)</translation>
    </message>
    <message>
        <source>Back to the teacher&apos;s step and run (Ctrl+Shift+F)</source>
        <translation>回到老师当前的步骤和运行 (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>the teacher&apos;s lesson &quot;%1&quot; is not in this ScaleLab: is it an older version?</source>
        <translation>这个 ScaleLab 中没有老师的课程“%1”：是不是版本较旧？</translation>
    </message>
    <message>
        <source>the teacher&apos;s topology cannot be shown: %1</source>
        <translation>无法显示老师的拓扑：%1</translation>
    </message>
    <message>
        <source>the teacher&apos;s actions cannot be repeated here</source>
        <translation>无法在这里重现老师的操作</translation>
    </message>
    <message>
        <source>Joining the class at %1…</source>
        <translation>正在加入位于 %1 的课堂…</translation>
    </message>
    <message>
        <source>The connection to the class was lost; trying again…</source>
        <translation>与课堂的连接已断开；正在重试…</translation>
    </message>
    <message>
        <source>Not in the class: %1</source>
        <translation>未在课堂中：%1</translation>
    </message>
    <message>
        <source>In class as %1 · exploring on your own</source>
        <translation>已以 %1 的身份加入课堂 · 正在自行探索</translation>
    </message>
    <message>
        <source>In class as %1 · the challenge is yours to solve</source>
        <translation>已以 %1 的身份加入课堂 · 这个挑战由你自己解答</translation>
    </message>
    <message>
        <source>In class as %1 · following the teacher</source>
        <translation>已以 %1 的身份加入课堂 · 正在跟随老师</translation>
    </message>
    <message>
        <source>the class: %1 of %2 right</source>
        <translation>全班：%2 人中有 %1 人答对</translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorAlerts</name>
    <message>
        <source>One word of letters, digits, _ . or -: the events and the report name the rule by it</source>
        <translation>一个由字母、数字、_、. 或 - 组成的词：事件和报告都用它来称呼这条规则</translation>
    </message>
    <message>
        <source>The figure watched each second: one of the whole system, or (busy, waiting) of one node</source>
        <translation>每秒监视的指标：整个系统的某项指标，或某个节点的指标（繁忙、等待）</translation>
    </message>
    <message>
        <source>In the file: &quot;metric&quot;: &quot;%1&quot;</source>
        <translation>文件中：&quot;metric&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The node a busy or waiting rule watches: a server, database, cache or queue; clients, balancers and a dns have no workers</source>
        <translation>繁忙或等待规则所监视的节点：服务器、数据库、缓存或队列；客户端、负载均衡器和 DNS 没有工作线程</translation>
    </message>
    <message>
        <source>above</source>
        <translation>高于</translation>
    </message>
    <message>
        <source>below</source>
        <translation>低于</translation>
    </message>
    <message>
        <source>Fire when the figure is above the threshold (too slow, too many errors) or below it (too little traffic, too few cache hits)</source>
        <translation>指标高于阈值（太慢、错误太多）或低于阈值（流量太少、缓存命中太少）时触发</translation>
    </message>
    <message>
        <source>The line the figure must cross. A share (failing requests, cache hits, busy workers) goes from 0 to 1</source>
        <translation>指标必须越过的界线。占比（失败请求、缓存命中、繁忙工作线程）的取值范围为 0 到 1</translation>
    </message>
    <message>
        <source>Seconds in a row the condition must hold before the rule fires: longer is quieter, but later</source>
        <translation>条件须连续成立多少秒规则才会触发：越长越不易误报，但触发得越晚</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Watches</source>
        <translation>监视</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Fires when</source>
        <translation>触发条件</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>For</source>
        <translation>持续</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>告警规则</translation>
    </message>
    <message>
        <source>Checked once a second while the run goes. A rule whose condition holds for its duration fires: a marker on the charts, a line in the event log, red here and in the status bar.</source>
        <translation>运行期间每秒检查一次。条件持续成立达到设定时长的规则会触发：图表上出现标记，事件日志中添加一行，此处和状态栏中显示为红色。</translation>
    </message>
    <message>
        <source>The topology&apos;s alert rules: choose one to edit it below</source>
        <translation>该拓扑的告警规则：选择一条即可在下方编辑</translation>
    </message>
    <message>
        <source>No rules yet. Add Rule starts one on the p95 latency; a server&apos;s right-click menu adds one on its queue.</source>
        <translation>还没有规则。“添加规则”会新建一条监视 p95 延迟的规则；服务器的右键菜单可添加一条监视其队列的规则。</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Add a rule (p95 latency above 200 ms for 3 s) and edit it below</source>
        <translation>添加一条规则（p95 延迟连续 3 s 高于 200 ms），并在下方编辑</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the chosen rule (Edit &gt; Undo brings it back)</source>
        <translation>移除所选规则（“编辑 &gt; 撤销”可将其恢复）</translation>
    </message>
    <message>
        <source>%1 is firing now: %2</source>
        <translation>%1 正在触发：%2</translation>
    </message>
    <message>
        <source>the whole system</source>
        <translation>整个系统</translation>
    </message>
    <message>
        <source>requests per second</source>
        <translation>每秒请求数</translation>
    </message>
    <message>
        <source>errors and timeouts per second</source>
        <translation>每秒错误和超时数</translation>
    </message>
    <message>
        <source>dropped requests per second</source>
        <translation>每秒丢弃的请求数</translation>
    </message>
    <message>
        <source>share of requests failing</source>
        <translation>失败请求占比</translation>
    </message>
    <message>
        <source>median latency (p50)</source>
        <translation>中位延迟（p50）</translation>
    </message>
    <message>
        <source>p95 latency</source>
        <translation>p95 延迟</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>p99 延迟</translation>
    </message>
    <message>
        <source>cache hit ratio</source>
        <translation>缓存命中率</translation>
    </message>
    <message>
        <source>reads per second</source>
        <translation>每秒读取数</translation>
    </message>
    <message>
        <source>writes per second</source>
        <translation>每秒写入数</translation>
    </message>
    <message>
        <source>static files per second</source>
        <translation>每秒静态文件请求数</translation>
    </message>
    <message>
        <source>jobs per second</source>
        <translation>每秒任务数</translation>
    </message>
    <message>
        <source>busy share of one node&apos;s workers</source>
        <translation>某个节点的繁忙工作线程占比</translation>
    </message>
    <message>
        <source>requests waiting at one node</source>
        <translation>某个节点上等待的请求数</translation>
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
        <translation>个请求</translation>
    </message>
    <message>
        <source>busy share of %1&apos;s workers</source>
        <translation>%1 的繁忙工作线程占比</translation>
    </message>
    <message>
        <source>requests waiting at %1</source>
        <translation>%1 上等待的请求数</translation>
    </message>
    <message numerus="yes">
        <source>%1 above %2 for %n s</source>
        <translation>
            <numerusform>%1 连续 %n s 高于 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 below %2 for %n s</source>
        <translation>
            <numerusform>%1 连续 %n s 低于 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Link: requests travel this way, each hop taking the latency</source>
        <translation>链路：请求沿这条路径传输，每一跳都需要这段延迟</translation>
    </message>
    <message>
        <source>Nothing selected: the settings of the whole topology. Click a node or a link on the canvas to edit it.</source>
        <translation>未选择任何对象：这里是整个拓扑的设置。点击画布上的节点或链路即可编辑。</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>已选择 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a single node or link to edit it. Delete, copy and drag act on all of them.</source>
        <translation>选择单个节点或链路即可编辑。删除、复制和拖动会作用于所有选中项。</translation>
    </message>
    <message>
        <source>Untitled topology</source>
        <translation>未命名拓扑</translation>
    </message>
    <message>
        <source>Now the primary: the failover promoted it at %1 s. It starts the run as a replica.</source>
        <translation>现为主库：故障转移在 %1 s 时将其提升为主库。本次运行开始时它是从库。</translation>
    </message>
    <message>
        <source>Now a replica: the failover replaced it as the primary at %1 s. It starts the run as the primary.</source>
        <translation>现为从库：故障转移在 %1 s 时让另一个节点取代它成为主库。本次运行开始时它是主库。</translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorFacts</name>
    <message>
        <source>no lookups yet</source>
        <translation>尚无查询</translation>
    </message>
    <message>
        <source>%1 %  (%L2 of %L3)</source>
        <translation>%1 %（%L2/%L3）</translation>
    </message>
    <message>
        <source>primary (takes the writes)</source>
        <translation>主库（承担写入）</translation>
    </message>
    <message>
        <source>replica (copies the primary)</source>
        <translation>从库（复制主库）</translation>
    </message>
    <message>
        <source>master (takes writes, copies its peers)</source>
        <translation>主节点（承担写入，并复制其他主节点的写入）</translation>
    </message>
    <message>
        <source>standalone</source>
        <translation>独立</translation>
    </message>
    <message>
        <source>down</source>
        <translation>宕机</translation>
    </message>
    <message>
        <source>draining</source>
        <translation>排空中</translation>
    </message>
    <message>
        <source>up</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>%1, balancers still think it is up</source>
        <translation>%1，负载均衡器仍以为它在运行</translation>
    </message>
    <message>
        <source>%1, ejected by outlier detection</source>
        <translation>%1，已被异常检测剔除</translation>
    </message>
    <message>
        <source>%1, balancers still think it is down</source>
        <translation>%1，负载均衡器仍以为它已宕机</translation>
    </message>
    <message>
        <source>%1 is not in the running simulation yet: it joins at the next replay (press Reset, or drag the timeline).</source>
        <translation>%1 还不在正在运行的模拟中：它会在下次重放时加入（按“重置”，或拖动时间轴）。</translation>
    </message>
    <message>
        <source>Nothing is running: the topology cannot run yet.</source>
        <translation>没有在运行：这个拓扑暂时还无法运行。</translation>
    </message>
    <message>
        <source>Now, at %1 s</source>
        <translation>当前：%1 s</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <source>%L1 of %L2 workers busy</source>
        <translation>%L2 个工作线程中有 %L1 个繁忙</translation>
    </message>
    <message>
        <source>Requests in service now, of the node&apos;s concurrency</source>
        <translation>当前正在处理的请求数，相对于该节点的并发数</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>%L1 waiting (room for %L2)</source>
        <translation>%L1 个等待中（容量 %L2）</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已处理</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%L1 failed, %L2 dropped (queue full)</source>
        <translation>%L1 个失败，%L2 个被丢弃（队列已满）</translation>
    </message>
    <message>
        <source>primary, promoted by the failover (was a replica)</source>
        <translation>主库，由故障转移提升（原为从库）</translation>
    </message>
    <message>
        <source>replica, demoted by the failover (was the primary)</source>
        <translation>从库，因故障转移降级（原为主库）</translation>
    </message>
    <message>
        <source>Role now</source>
        <translation>当前角色</translation>
    </message>
    <message>
        <source>Keys held</source>
        <translation>持有的键</translation>
    </message>
    <message>
        <source>Binlog position</source>
        <translation>binlog 位置</translation>
    </message>
    <message>
        <source>#%1 (newest write on %2)</source>
        <translation>#%1（%2 上最新的写入）</translation>
    </message>
    <message>
        <source>The id of the newest write the primary committed</source>
        <translation>主库提交的最新一次写入的编号</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已应用</translation>
    </message>
    <message>
        <source>#%1 (%L2 writes applied here)</source>
        <translation>#%1（此处已应用 %L2 次写入）</translation>
    </message>
    <message>
        <source>The newest write this node has applied</source>
        <translation>该节点已应用的最新一次写入</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>复制延迟</translation>
    </message>
    <message>
        <source>%L1 ms, %L2 writes behind</source>
        <translation>%L1 ms，落后 %L2 次写入</translation>
    </message>
    <message>
        <source>Age of the oldest write the primary has and this replica lacks</source>
        <translation>主库已有而该从库缺少的最早一次写入已经过去的时间</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>命中率</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1/%L2</translation>
    </message>
    <message>
        <source>holds sessions, caches nothing</source>
        <translation>只保存会话，不缓存数据</translation>
    </message>
    <message>
        <source>Evictions</source>
        <translation>淘汰次数</translation>
    </message>
    <message>
        <source>%L1 (all caches)</source>
        <translation>%L1（所有缓存）</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>已存储</translation>
    </message>
    <message>
        <source>%1 of %2 (%L3 objects)</source>
        <translation>%1/%2（%L3 个对象）</translation>
    </message>
    <message>
        <source>Sent to users</source>
        <translation>发送给用户</translation>
    </message>
    <message>
        <source>%1 (all edges)</source>
        <translation>%1（所有边缘节点）</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接数</translation>
    </message>
    <message>
        <source>not provisioned: no data yet</source>
        <translation>未初始化：尚无数据</translation>
    </message>
    <message>
        <source>provisioning: receiving a snapshot</source>
        <translation>初始化中：正在接收快照</translation>
    </message>
    <message>
        <source>catching up from the binlog: no reads yet</source>
        <translation>正在从 binlog 追赶：暂不接收读取</translation>
    </message>
    <message>
        <source>Jobs held</source>
        <translation>持有的任务</translation>
    </message>
    <message>
        <source>%L1 of %L2 (%L3 waiting for a worker)</source>
        <translation>%L1/%L2（%L3 个在等待工作节点）</translation>
    </message>
    <message>
        <source>Jobs on the queue: waiting, or handed to a worker and not yet deleted</source>
        <translation>队列中的任务：等待中的，或已交给工作节点但尚未删除的</translation>
    </message>
    <message>
        <source>Consumer lag</source>
        <translation>消费延迟</translation>
    </message>
    <message>
        <source>%L1 ms</source>
        <translation>%L1 ms</translation>
    </message>
    <message>
        <source>How long the next job out has waited on the queue</source>
        <translation>下一个出队的任务已在队列中等待了多久</translation>
    </message>
    <message>
        <source>Jobs done</source>
        <translation>已完成任务</translation>
    </message>
    <message>
        <source>%L1 of %L2 taken; %L3 refused</source>
        <translation>已接收 %L2 个，完成 %L1 个；拒绝 %L3 个</translation>
    </message>
    <message>
        <source>Refused: the queue was full or down when a web server handed the job over</source>
        <translation>被拒绝：Web 服务器交出任务时，队列已满或已宕机</translation>
    </message>
    <message>
        <source>Handed out again</source>
        <translation>再次分发</translation>
    </message>
    <message>
        <source>%L1 times; %L2 jobs done twice or more</source>
        <translation>%L1 次；%L2 个任务被处理了两次或更多次</translation>
    </message>
    <message>
        <source>A job whose worker did not delete it within the visibility timeout is handed out again</source>
        <translation>工作节点未在可见性超时内删除的任务会被再次分发</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>%L1 req/s</source>
        <translation>%L1 req/s</translation>
    </message>
    <message>
        <source>Requests per second sent now, after any change during the run</source>
        <translation>当前每秒发送的请求数（已计入运行中的任何更改）</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>%L1 of %L2 running, %L3 booting; %L4 server-seconds so far</source>
        <translation>%L2 台中 %L1 台运行，%L3 台启动中；累计 %L4 服务器·秒</translation>
    </message>
    <message>
        <source>Servers the autoscaling runs now (booting and draining ones cost too), and what a cloud bills</source>
        <translation>自动扩缩容当前运行的服务器（启动中和排空中的也计费），以及云服务商的计费量</translation>
    </message>
    <message>
        <source>Data centre</source>
        <translation>数据中心</translation>
    </message>
    <message>
        <source>%1, serving</source>
        <translation>%1，正常服务中</translation>
    </message>
    <message>
        <source>%1, DOWN: none of its entries can serve</source>
        <translation>%1，宕机：它的入口都无法提供服务</translation>
    </message>
    <message>
        <source>Whether a load balancer or web server of the data centre that clients are linked to can answer now</source>
        <translation>客户端所连接的、该数据中心的负载均衡器或 Web 服务器现在能否响应</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>DNS 应答</translation>
    </message>
    <message>
        <source>%1; %2 % of the users have it, the others still go to %3</source>
        <translation>%1；%2% 的用户已拿到它，其余用户仍前往 %3</translation>
    </message>
    <message>
        <source>Where the dns sends these clients now. Each user keeps the answer it got for the dns&apos;s TTL</source>
        <translation>DNS 当前把这些客户端发往哪里。每个用户会在 DNS 的 TTL 时长内保留它拿到的应答</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>no clients look up here</source>
        <translation>没有客户端在此查询</translation>
    </message>
    <message>
        <source>The data centre the dns sends each clients node to now: the nearest one its checks see up</source>
        <translation>DNS 当前把每个客户端节点发往的数据中心：其健康检查认为在线的最近一个</translation>
    </message>
    <message>
        <source>Seen down</source>
        <translation>判定下线</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Data centres the dns&apos;s health checks see down: it sends no new answers there</source>
        <translation>DNS 的健康检查判定为下线的数据中心：不会再有新的应答指向那里</translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorField</name>
    <message>
        <source>expected a number from %L1 to %L2</source>
        <translation>应为 %L1 到 %L2 之间的数字</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
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
        <translation>键</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Primary has</source>
        <translation>主库版本</translation>
    </message>
    <message>
        <source>The primary&apos;s newer version of a key this replica has not caught up on</source>
        <translation>主库上该键的较新版本，该从库尚未追上</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Lost at</source>
        <translation>丢失时间</translation>
    </message>
    <message>
        <source>On</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data ledger&lt;/b&gt;: no writes yet.</source>
        <translation>&lt;b&gt;数据账本&lt;/b&gt;：还没有写入。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Data ledger&lt;/b&gt;: %Ln keys</source>
        <translation>
            <numerusform>&lt;b&gt;数据账本&lt;/b&gt;：%Ln 个键</numerusform>
        </translation>
    </message>
    <message>
        <source>, the %1 most recently written shown</source>
        <translation>，显示最近写入的 %1 个</translation>
    </message>
    <message>
        <source>; in step with the primary</source>
        <translation>；与主库同步</translation>
    </message>
    <message numerus="yes">
        <source>; &lt;span style=&apos;color:#E65100&apos;&gt;%Ln behind the primary&lt;/span&gt;</source>
        <translation>
            <numerusform>；&lt;span style=&apos;color:#E65100&apos;&gt;落后主库 %Ln 个&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Lost writes&lt;/b&gt;: none; no failover yet.</source>
        <translation>&lt;b&gt;丢失的写入&lt;/b&gt;：无；尚未发生故障转移。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lost writes&lt;/b&gt;: none; every acknowledged write survived the failover.</source>
        <translation>&lt;b&gt;丢失的写入&lt;/b&gt;：无；所有已确认的写入都在故障转移后保留了下来。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;&lt;span style=&apos;color:#C62828&apos;&gt;Lost writes&lt;/span&gt;&lt;/b&gt;: %Ln acknowledged writes never reached the new primary</source>
        <translation>
            <numerusform>&lt;b&gt;&lt;span style=&apos;color:#C62828&apos;&gt;丢失的写入&lt;/span&gt;&lt;/b&gt;：%Ln 个已确认的写入始终没有到达新主库</numerusform>
        </translation>
    </message>
    <message>
        <source> (the latest %1 shown)</source>
        <translation>（显示最近的 %1 个）</translation>
    </message>
</context>
<context>
    <name>scalelab::InspectorShard</name>
    <message>
        <source>Shard</source>
        <translation>分片</translation>
    </message>
    <message>
        <source>Which shard&apos;s keys this database holds; none: it waits (for an add_shard action, say)</source>
        <translation>此数据库保存哪个分片的键；无：等待（例如等待一个 add_shard 操作）</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>主库</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>从库</translation>
    </message>
    <message>
        <source>The primary takes its shard&apos;s writes; replicas share its reads</source>
        <translation>主库承担本分片的写入；从库分担它的读取</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>shard %1</source>
        <translation>分片 %1</translation>
    </message>
    <message>
        <source>a new shard</source>
        <translation>新分片</translation>
    </message>
</context>
<context>
    <name>scalelab::JoinClassDialog</name>
    <message>
        <source>Join Class</source>
        <translation>加入课堂</translation>
    </message>
    <message>
        <source>192.168.1.20:8080</source>
        <translation>192.168.1.20:8080</translation>
    </message>
    <message>
        <source>The address on the teacher&apos;s screen, under the QR code</source>
        <translation>老师屏幕上 QR 码下方的地址</translation>
    </message>
    <message>
        <source>The join code on the teacher&apos;s screen (letters and digits; any case)</source>
        <translation>老师屏幕上的加入码（字母和数字；不区分大小写）</translation>
    </message>
    <message>
        <source>How the teacher sees you: 1 to 40 letters, digits, spaces or .&apos;_-</source>
        <translation>老师看到的你的名字：1 到 40 个字母、数字、空格或 .&apos;_-</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <source>Your ScaleLab follows the teacher&apos;s lesson and run; you can explore on your own and come back with Follow the Teacher.</source>
        <translation>你的 ScaleLab 会跟随老师的课程和运行；你可以自行探索，再用“跟随老师”回来。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Join &amp;code:</source>
        <translation>加入码(&amp;C)：</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>你的名字(&amp;N)：</translation>
    </message>
    <message>
        <source>A join code has 4 to 12 letters or digits.</source>
        <translation>加入码由 4 到 12 个字母或数字组成。</translation>
    </message>
    <message>
        <source>A name has letters, digits, spaces and .&apos;_- only.</source>
        <translation>名字只能包含字母、数字、空格和 .&apos;_-。</translation>
    </message>
</context>
<context>
    <name>scalelab::LanguageSwitcher</name>
    <message>
        <source>The class session could not go on in the new language: %1</source>
        <translation>课堂会话无法在新语言下继续：%1</translation>
    </message>
</context>
<context>
    <name>scalelab::LessonChallengeBox</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1的%2</translation>
    </message>
    <message>
        <source>Your turn: a challenge</source>
        <translation>轮到你了：挑战</translation>
    </message>
    <message>
        <source>Running your design… %p%</source>
        <translation>正在运行你的设计… %p%</translation>
    </message>
    <message>
        <source>Check my design</source>
        <translation>检查我的设计</translation>
    </message>
    <message>
        <source>Runs the canvas&apos;s topology on your own seed and grades every goal (Ctrl+Enter)</source>
        <translation>用你自己的随机种子运行画布上的拓扑，并评判每个目标 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>从头再来</translation>
    </message>
    <message>
        <source>Puts the step&apos;s starting topology back on the canvas; your tries and hints stay</source>
        <translation>把本步骤的初始拓扑放回画布；你的尝试次数和提示会保留</translation>
    </message>
    <message>
        <source>%1 (at most %2 in all)</source>
        <translation>%1（总共最多 %2 个）</translation>
    </message>
    <message>
        <source>You may add and remove: %1.</source>
        <translation>你可以添加和移除：%1。</translation>
    </message>
    <message>
        <source>You may change: %1.</source>
        <translation>你可以更改：%1。</translation>
    </message>
    <message>
        <source>Nothing may be changed: predict, then check.</source>
        <translation>不能做任何更改：先预测，再检查。</translation>
    </message>
    <message>
        <source>Everything else stays as it is.</source>
        <translation>其他一切保持原样。</translation>
    </message>
    <message>
        <source>%1 (%2) was added: this challenge does not let you add that.</source>
        <translation>添加了 %1（%2）：这个挑战不允许添加这种类型的节点。</translation>
    </message>
    <message>
        <source>%1 (%2) was removed: this challenge does not let you remove that.</source>
        <translation>移除了 %1（%2）：这个挑战不允许移除这种类型的节点。</translation>
    </message>
    <message>
        <source>%1 was changed: not one of the settings this challenge lets you change.</source>
        <translation>更改了 %1：这个挑战不允许更改这项设置。</translation>
    </message>
    <message>
        <source>%1 nodes of type %2: the budget is %3.</source>
        <translation>%2 类型的节点有 %1 个：上限是 %3 个。</translation>
    </message>
    <message>
        <source>The link %1 → %2 was changed: links change only with a node you may add.</source>
        <translation>链路 %1 → %2 被更改了：链路只能随你可以添加的节点一起变动。</translation>
    </message>
    <message>
        <source>The scripted events were changed.</source>
        <translation>场景中预设的事件被更改了。</translation>
    </message>
    <message>
        <source>○ %1 (by %2 s)</source>
        <translation>○ %1（运行 %2 s 后）</translation>
    </message>
    <message>
        <source>✗ %1 (%2: not reported in this run)</source>
        <translation>✗ %1（%2：本次运行中没有数据）</translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation>✓ %1（%2）</translation>
    </message>
    <message>
        <source>✗ %1 (%2: missed by %3)</source>
        <translation>✗ %1（%2：与目标差 %3）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goal reached&lt;/b&gt; on your seed, %1, at try %2.</source>
        <translation>&lt;b&gt;目标达成&lt;/b&gt;：你的随机种子 %1，第 %2 次尝试。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not yet&lt;/b&gt; (try %1): %2 of %3 goals met on your seed, %4.</source>
        <translation>&lt;b&gt;尚未达成&lt;/b&gt;（第 %1 次尝试）：用你的随机种子 %4，%3 个目标中达成了 %2 个。</translation>
    </message>
    <message>
        <source>Your design breaks the rules:</source>
        <translation>你的设计违反了规则：</translation>
    </message>
    <message>
        <source>&lt;i&gt;Change the topology on the canvas, run it to watch, then check: your design is graded on a seed of your own, %1.&lt;/i&gt;</source>
        <translation>&lt;i&gt;在画布上修改拓扑，运行并观察，然后检查：你的设计会用你专属的随机种子 %1 来评判。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hint %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;提示 %1：&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>%1 (%2) was added with its own %3: a node you add copies one of its type that is there, or a new one, apart from the settings you may change.</source>
        <translation>添加的 %1（%2）带有自己的 %3：你添加的节点必须照搬画布上某个同类型节点或一个新节点的设置，只有你可以更改的设置除外。</translation>
    </message>
</context>
<context>
    <name>scalelab::LessonEditor</name>
    <message>
        <source>Lesson Editor</source>
        <translation>课程编辑器</translation>
    </message>
    <message>
        <source>my-lesson (lower case, digits and dashes)</source>
        <translation>my-lesson（小写字母、数字和短横线）</translation>
    </message>
    <message>
        <source>Locked: students can run it but not edit it</source>
        <translation>锁定：学生可以运行，但不能编辑</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Add the Canvas as a Step</source>
        <translation>将画布添加为步骤</translation>
    </message>
    <message>
        <source>The topology on the canvas now, with the actions recorded in its scenario, becomes a new step</source>
        <translation>画布上当前的拓扑，连同其场景中录制的操作，会成为一个新步骤</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>What the class should notice, and why. Simple HTML: &lt;p&gt;, &lt;b&gt;, &lt;i&gt;.</source>
        <translation>全班应该注意到什么，以及为什么。可使用简单 HTML：&lt;p&gt;、&lt;b&gt;、&lt;i&gt;。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>node ids, separated by commas</source>
        <translation>节点 ID，用逗号分隔</translation>
    </message>
    <message>
        <source>Predict first: a question asked before the step runs (optional)</source>
        <translation>先预测：在步骤运行前提出的问题（可选）</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>每行一个选项</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>讲解</translation>
    </message>
    <message>
        <source>Runs for</source>
        <translation>运行时长</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Save Lesson As...</source>
        <translation>课程另存为...</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;: %2 nodes, %3 recorded actions.</source>
        <translation>已添加“%1”：%2 个节点，%3 个录制的操作。</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>ScaleLab lessons (*.lesson.json)</source>
        <translation>ScaleLab 课程 (*.lesson.json)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Saved, but it does not read back as a lesson yet:
%1</source>
        <translation>已保存，但它暂时还无法作为课程读回：
%1</translation>
    </message>
    <message>
        <source>This step asks for a number (%1, within %2 %); edit &quot;numeric&quot; in the lesson file to change it</source>
        <translation>此步骤要求填写一个数值（%1，误差在 %2% 以内）；要修改它，请编辑课程文件中的“numeric”</translation>
    </message>
</context>
<context>
    <name>scalelab::LessonExploreBox</name>
    <message>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>Move to run the step with another value (arrow keys step one value)</source>
        <translation>拖动以用另一个值运行本步骤（方向键每次移动一个值）</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1：&lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The curve cannot be computed: %1</source>
        <translation>无法计算曲线：%1</translation>
    </message>
    <message>
        <source>Computing the curve: %1 of %2 runs…</source>
        <translation>正在计算曲线：已完成 %1/%2 次运行…</translation>
    </message>
    <message>
        <source>Each point: one run of %1 s (seed 1). The dashed line: the value on the canvas.</source>
        <translation>每个点：一次 %1 s 的运行（随机种子 1）。虚线：画布上的值。</translation>
    </message>
    <message>
        <source>Each point: the mean of %1 runs of %2 s (seeds 1 to %1); the band: lowest to highest. The dashed line: the value on the canvas.</source>
        <translation>每个点：%1 次 %2 s 运行的平均值（随机种子 1 到 %1）；色带：从最低值到最高值。虚线：画布上的值。</translation>
    </message>
</context>
<context>
    <name>scalelab::LessonHandout</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>The canvas at t = %1 s.</source>
        <translation>t = %1 s 时的画布。</translation>
    </message>
    <message>
        <source>Predict first</source>
        <translation>先预测</translation>
    </message>
    <message>
        <source>Look for</source>
        <translation>观察要点</translation>
    </message>
    <message>
        <source>Answer key</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Your prediction:</source>
        <translation>你的预测：</translation>
    </message>
    <message>
        <source>%1 %2 (within %3 %)</source>
        <translation>%1 %2（误差在 %3% 以内）</translation>
    </message>
    <message>
        <source>Your turn: a challenge</source>
        <translation>轮到你了：挑战</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <source>%1 from %2 to %3: sketch how %4 changes, then check on the slider.</source>
        <translation>%1 从 %2 到 %3：先画出 %4 如何变化，再用滑块检查。</translation>
    </message>
    <message>
        <source>One way to reach the goal:</source>
        <translation>达成目标的一种方法：</translation>
    </message>
</context>
<context>
    <name>scalelab::LessonMenu</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>Open Lesson &amp;File...</source>
        <translation>打开课程文件(&amp;F)...</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>ScaleLab lessons (*.lesson.json);;All files (*)</source>
        <translation>ScaleLab 课程 (*.lesson.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open lesson</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <source>Export &amp;Handout (PDF)...</source>
        <translation>导出讲义 (PDF)(&amp;H)...</translation>
    </message>
    <message>
        <source>Lesson &amp;Editor...</source>
        <translation>课程编辑器(&amp;E)...</translation>
    </message>
    <message>
        <source>&amp;Close Lesson</source>
        <translation>关闭课程(&amp;C)</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>导出讲义</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handout written to %1</source>
        <translation>讲义已写入 %1</translation>
    </message>
    <message>
        <source>Cannot export handout</source>
        <translation>无法导出讲义</translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation>我的课程</translation>
    </message>
</context>
<context>
    <name>scalelab::LessonPanel</name>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>讲解</translation>
    </message>
    <message>
        <source>Predict first</source>
        <translation>先预测</translation>
    </message>
    <message>
        <source>What this step shows</source>
        <translation>本步骤展示的内容</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>The step before, as it started (Page Up)</source>
        <translation>上一个步骤，回到它开始时的状态 (Page Up)</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>重新开始本步骤</translation>
    </message>
    <message>
        <source>Run this step again from the beginning</source>
        <translation>从头再次运行本步骤</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>The next step (Page Down)</source>
        <translation>下一个步骤 (Page Down)</translation>
    </message>
    <message>
        <source>  (locked)</source>
        <translation>（已锁定）</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>&lt;i&gt;Pick an answer, then press Run: the answer shows when the step has run %1 s.&lt;/i&gt;</source>
        <translation>&lt;i&gt;选择一个答案，然后按“运行”：步骤运行 %1 s 后会显示答案。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Right.&lt;/b&gt; </source>
        <translation>&lt;b&gt;答对了。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not quite.&lt;/b&gt; </source>
        <translation>&lt;b&gt;不太对。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>○ %1 (at %2 s)</source>
        <translation>○ %1（在 %2 s 时）</translation>
    </message>
    <message>
        <source>✗ %1 (%2: not reported in this run)</source>
        <translation>✗ %1（%2：本次运行中没有数据）</translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation>✓ %1（%2）</translation>
    </message>
    <message>
        <source>✗ %1 (in this run %2)</source>
        <translation>✗ %1（本次运行中：%2）</translation>
    </message>
    <message>
        <source>Questions whose answer has been shown, and how many of your predictions were right</source>
        <translation>已显示答案的问题数，以及其中你预测正确的次数</translation>
    </message>
    <message>
        <source>Your prediction</source>
        <translation>你的预测</translation>
    </message>
    <message>
        <source>&lt;i&gt;Your prediction is in: the answer shows when the step has run %1 s.&lt;/i&gt;</source>
        <translation>&lt;i&gt;已收到你的预测：步骤运行 %1 s 后会显示答案。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;The step started before a prediction was made; the answer shows when it has run %1 s.&lt;/i&gt;</source>
        <translation>&lt;i&gt;步骤在做出预测之前就已开始；运行 %1 s 后会显示答案。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Type your prediction, then press Run: the answer shows when the step has run %1 s.&lt;/i&gt;</source>
        <translation>&lt;i&gt;输入你的预测，然后按“运行”：步骤运行 %1 s 后会显示答案。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1The answer: &lt;b&gt;%2&lt;/b&gt; (within %3 % counts as right).</source>
        <translation>%1答案：&lt;b&gt;%2&lt;/b&gt;（误差在 %3% 以内即算正确）。</translation>
    </message>
    <message>
        <source>You predicted %1.</source>
        <translation>你的预测是 %1。</translation>
    </message>
    <message>
        <source>%1The answer: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>%1答案：&lt;b&gt;%2&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>&lt;i&gt;Your choice, “%1”:&lt;/i&gt; %2</source>
        <translation>&lt;i&gt;你的选择“%1”：&lt;/i&gt;%2</translation>
    </message>
    <message>
        <source>Predictions: %1 right of %2 so far</source>
        <translation>预测：目前 %2 次中答对 %1 次</translation>
    </message>
    <message>
        <source>Challenges met: %1 of %2</source>
        <translation>已完成挑战：%1/%2</translation>
    </message>
</context>
<context>
    <name>scalelab::LiveEditBridge</name>
    <message>
        <source>%1 applied at t = %2 s</source>
        <translation>%1 已在 t = %2 s 时生效</translation>
    </message>
    <message>
        <source>applied live at t = %1 s</source>
        <translation>已在 t = %1 s 时实时生效</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>已添加 %1</translation>
    </message>
    <message>
        <source>a setting the engine cannot change live</source>
        <translation>一项引擎无法实时更改的设置</translation>
    </message>
    <message>
        <source>the alert rules</source>
        <translation>告警规则</translation>
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
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1[*] — ScaleLab</source>
        <translation>%1[*] — ScaleLab</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>对比(&amp;C)…</translation>
    </message>
    <message>
        <source>Run the topology against a copy with one thing changed, on the same requests</source>
        <translation>用相同的请求，把当前拓扑与只改动了一处的拷贝对比运行</translation>
    </message>
</context>
<context>
    <name>scalelab::NodePalette</name>
    <message>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Node types</source>
        <translation>节点类型</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or double-click to add it in the middle.</source>
        <translation>拖到画布上，或双击将其添加到画布中央。</translation>
    </message>
    <message>
        <source>Drag a node onto the canvas. To link two nodes, drag from the ➜ handle on a card&apos;s right edge to the other card.</source>
        <translation>把节点拖到画布上。要连接两个节点，请从卡片右边缘的 ➜ 手柄拖到另一张卡片上。</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Web 服务器</translation>
    </message>
    <message>
        <source>Session store</source>
        <translation>会话存储</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>CDN edge</source>
        <translation>CDN 边缘节点</translation>
    </message>
    <message>
        <source>Object storage</source>
        <translation>对象存储</translation>
    </message>
    <message>
        <source>Spreads requests over the web servers linked to it (round robin, least connections, IP hash or weights) and stops sending to one that fails.</source>
        <translation>把请求分发给与它相连的 Web 服务器（轮询、最少连接、IP 哈希或加权），并停止向出故障的服务器发送请求。</translation>
    </message>
    <message>
        <source>Runs the application: serves a limited number of requests at once and queues the rest.</source>
        <translation>运行应用程序：同时只能处理有限数量的请求，其余的排队等待。</translation>
    </message>
    <message>
        <source>Keeps users&apos; sessions outside the web servers, so that any server can answer any user.</source>
        <translation>把用户会话保存在 Web 服务器之外，这样任何服务器都能响应任何用户。</translation>
    </message>
    <message>
        <source>Keeps recent reads in memory, so that most of them never reach the database.</source>
        <translation>把最近读取的数据保存在内存中，使大部分读取不必到达数据库。</translation>
    </message>
    <message>
        <source>Stores the data: the primary takes the writes, replicas copy them and serve reads.</source>
        <translation>存储数据：主库承担写入，从库复制这些写入并提供读取。</translation>
    </message>
    <message>
        <source>Serves static files from close to the users, fetching each from the origin on a miss.</source>
        <translation>在靠近用户的地方提供静态文件，未命中时从源站获取。</translation>
    </message>
    <message>
        <source>Holds the static files (images, scripts, videos): the origin a CDN fetches from.</source>
        <translation>存放静态文件（图片、脚本、视频）：CDN 从这个源站获取文件。</translation>
    </message>
    <message>
        <source>Message queue</source>
        <translation>消息队列</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>工作节点</translation>
    </message>
    <message>
        <source>The users: they send reads, writes, static requests and jobs at the rate you set, and count what comes back.</source>
        <translation>用户：按你设置的速率发送读、写、静态请求和任务，并统计返回的结果。</translation>
    </message>
    <message>
        <source>Holds jobs the web servers hand over (resize a photo, send an email) until a worker takes them, so that users get their answer without waiting for the work.</source>
        <translation>保存 Web 服务器交来的任务（缩放照片、发送电子邮件），直到有工作节点取走，这样用户不必等工作完成就能得到响应。</translation>
    </message>
    <message>
        <source>Takes jobs from the message queue linked to it and works on them, a few at a time; add workers when the queue grows.</source>
        <translation>从与它相连的消息队列中取出任务并处理，每次处理几个；队列变长时就增加工作节点。</translation>
    </message>
    <message>
        <source>DNS (geoDNS)</source>
        <translation>DNS（geoDNS）</translation>
    </message>
    <message>
        <source>Tells each group of users which data centre to go to: the nearest one its health checks see up. Users keep its answer for the TTL, so after a failure they move over gradually. Link the clients to it and to each data centre&apos;s entry.</source>
        <translation>告诉每组用户该去哪个数据中心：其健康检查认为在线的最近一个。用户会在 TTL 时长内保留它的应答，所以发生故障后，他们会逐步迁移过去。把客户端连接到它，也连接到每个数据中心的入口。</translation>
    </message>
</context>
<context>
    <name>scalelab::PresenterMode</name>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large type, no editing chrome: for the projector (F5; Esc leaves)</source>
        <translation>全屏、大字号、隐藏编辑界面：适合投影仪（F5；按 Esc 退出）</translation>
    </message>
    <message>
        <source>Leave Presenter Mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <source>Show one chart beside the canvas while presenting (C)</source>
        <translation>演示时在画布旁显示一个图表 (C)</translation>
    </message>
</context>
<context>
    <name>scalelab::ProblemBanner</name>
    <message>
        <source>&lt;b&gt;Not running yet.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;尚未运行。&lt;/b&gt;%1</translation>
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
        <translation>读</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写</translation>
    </message>
    <message>
        <source>static file</source>
        <translation>静态文件</translation>
    </message>
    <message>
        <source>cache hit</source>
        <translation>缓存命中</translation>
    </message>
    <message>
        <source>stale read</source>
        <translation>过期读取</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>wider link = more requests/s</source>
        <translation>链路越宽 = 请求/s 越多</translation>
    </message>
    <message>
        <source>job</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>scalelab::RunControls</name>
    <message>
        <source>Simulated seconds per real second (+ and - change it)</source>
        <translation>每个真实秒对应的模拟秒数（按 + 和 - 调整）</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>&amp;Step 100 ms</source>
        <translation>前进 100 ms(&amp;S)</translation>
    </message>
    <message>
        <source>Pause and advance the simulation by 100 ms (.)</source>
        <translation>暂停并将模拟推进 100 ms (.)</translation>
    </message>
    <message>
        <source>Step &amp;One Event</source>
        <translation>单步执行一个事件(&amp;O)</translation>
    </message>
    <message>
        <source>Pause and process exactly one engine event (Shift+.)</source>
        <translation>暂停并只处理一个引擎事件 (Shift+.)</translation>
    </message>
    <message>
        <source>R&amp;eset</source>
        <translation>重置(&amp;E)</translation>
    </message>
    <message>
        <source>Start the topology again from time zero (Ctrl+R)</source>
        <translation>从时间零点重新开始运行拓扑 (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>加速(&amp;F)</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>减速(&amp;L)</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source> Speed </source>
        <translation> 速度 </translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Pause the simulation (Space)</source>
        <translation>暂停模拟 (Space)</translation>
    </message>
    <message>
        <source>Run the simulation (Space)</source>
        <translation>运行模拟 (Space)</translation>
    </message>
</context>
<context>
    <name>scalelab::RunStatus</name>
    <message>
        <source>%1 went down</source>
        <translation>%1 宕机了</translation>
    </message>
    <message>
        <source>%1 is back up</source>
        <translation>%1 已恢复运行</translation>
    </message>
    <message>
        <source>%1 is draining: no new requests</source>
        <translation>%1 正在排空：不再接收新请求</translation>
    </message>
    <message>
        <source>%1 takes new requests again</source>
        <translation>%1 重新接收新请求</translation>
    </message>
    <message>
        <source>%1 failed its health checks</source>
        <translation>%1 未通过健康检查</translation>
    </message>
    <message>
        <source>%1 passes its health checks again</source>
        <translation>%1 重新通过了健康检查</translation>
    </message>
    <message>
        <source>network partition: %1</source>
        <translation>网络分区：%1</translation>
    </message>
    <message>
        <source>partition healed: %1</source>
        <translation>网络分区已恢复：%1</translation>
    </message>
    <message>
        <source>%1 promoted to primary</source>
        <translation>%1 被提升为主库</translation>
    </message>
    <message>
        <source>Topology edited: %1 — run replayed from 0 s to %2 s with the change.</source>
        <translation>拓扑已编辑：%1 — 已带着这项改动从 0 s 重放到 %2 s。</translation>
    </message>
    <message>
        <source>Topology edited: %1 — replaying the run from 0 s: %2 of %3 s…</source>
        <translation>拓扑已编辑：%1 — 正在从 0 s 重放运行：%2 s / %3 s…</translation>
    </message>
    <message>
        <source>%1 s: %2</source>
        <translation>%1 s：%2</translation>
    </message>
    <message>
        <source>no topology</source>
        <translation>没有拓扑</translation>
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
        <translation>成功 %1  ·  错误 %2  ·  丢弃 %3  ·  传输中 %4</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1× (engine keeps up at %2×)</source>
        <translation>%1×（引擎只能跟上 %2×）</translation>
    </message>
    <message>
        <source>running at %1</source>
        <translation>以 %1 运行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>alert %1 is firing (%2 = %3)</source>
        <translation>告警 %1 触发（%2 = %3）</translation>
    </message>
    <message>
        <source>alert %1 resolved</source>
        <translation>告警 %1 已恢复</translation>
    </message>
    <message>
        <source>queue %1 is full: new jobs are refused</source>
        <translation>队列 %1 已满：新任务会被拒绝</translation>
    </message>
    <message>
        <source>%1 stopped for a resize to %2</source>
        <translation>%1 已停机，正在调整规格为 %2</translation>
    </message>
    <message>
        <source>%1 is back up as %2</source>
        <translation>%1 已以 %2 重新上线</translation>
    </message>
    <message>
        <source>%1 sees data centre %2 down: it stops sending users there</source>
        <translation>%1 判定数据中心 %2 已下线：不再把用户发往那里</translation>
    </message>
    <message>
        <source>%1 sees data centre %2 up again</source>
        <translation>%1 判定数据中心 %2 已重新上线</translation>
    </message>
    <message>
        <source>the dns sends %1 to %2 now; its users follow as their cached answers expire</source>
        <translation>DNS 现在把 %1 发往 %2；其用户会在各自缓存的应答过期时跟过去</translation>
    </message>
    <message>
        <source>alert %1 is firing (%2 of %3 = %4)</source>
        <translation>告警 %1 触发（%3 的 %2 = %4）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 above %4 for %5 s</source>
        <translation>%1：%3 的 %2 连续 %5 s 高于 %4</translation>
    </message>
    <message>
        <source>%1: %2 of %3 below %4 for %5 s</source>
        <translation>%1：%3 的 %2 连续 %5 s 低于 %4</translation>
    </message>
    <message>
        <source>%1: %2 above %3 for %4 s</source>
        <translation>%1：%2 连续 %4 s 高于 %3</translation>
    </message>
    <message>
        <source>%1: %2 below %3 for %4 s</source>
        <translation>%1：%2 连续 %4 s 低于 %3</translation>
    </message>
    <message>
        <source>Alerts firing: %1</source>
        <translation>正在触发的告警：%1</translation>
    </message>
    <message>
        <source>Alert rules firing now (edit them in the inspector with nothing selected):</source>
        <translation>当前正在触发的告警规则（不选择任何对象时可在检查器中编辑）：</translation>
    </message>
</context>
<context>
    <name>scalelab::RuntimeActions</name>
    <message>
        <source>&amp;Kill Selected Node</source>
        <translation>关停所选节点(&amp;K)</translation>
    </message>
    <message>
        <source>Kill the selected node now (K)</source>
        <translation>立即关停所选节点 (K)</translation>
    </message>
    <message>
        <source>Re&amp;vive Selected Node</source>
        <translation>恢复所选节点(&amp;V)</translation>
    </message>
    <message>
        <source>Bring the selected node back (V)</source>
        <translation>让所选节点恢复运行 (V)</translation>
    </message>
    <message>
        <source>&amp;Drain Selected Node</source>
        <translation>排空所选节点(&amp;D)</translation>
    </message>
    <message>
        <source>Stop sending new requests to the selected node (D)</source>
        <translation>停止向所选节点发送新请求 (D)</translation>
    </message>
    <message>
        <source>Select a node first</source>
        <translation>请先选择一个节点</translation>
    </message>
    <message>
        <source>The topology is not running: %1</source>
        <translation>拓扑未在运行：%1</translation>
    </message>
    <message>
        <source>Not running yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>关停</translation>
    </message>
    <message>
        <source>Revive</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Stop draining</source>
        <translation>停止排空</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>排空</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Heal the link to %1</source>
        <translation>恢复与 %1 的连接</translation>
    </message>
    <message>
        <source>Partition from %1</source>
        <translation>与 %1 断开（网络分区）</translation>
    </message>
    <message>
        <source>Add a replica from here</source>
        <translation>从此节点添加一个从库</translation>
    </message>
    <message>
        <source>Provision from</source>
        <translation>从以下节点初始化</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Heal</source>
        <translation>恢复连接</translation>
    </message>
    <message>
        <source>Partition</source>
        <translation>断开</translation>
    </message>
    <message>
        <source>Delete Link</source>
        <translation>删除链路</translation>
    </message>
    <message>
        <source>Add as a new shard now</source>
        <translation>立即作为新分片加入</translation>
    </message>
    <message>
        <source>Resize to</source>
        <translation>调整规格为</translation>
    </message>
    <message>
        <source>%1 — %2 vCPUs, $%3/h</source>
        <translation>%1 — %2 个 vCPU，$%3/h</translation>
    </message>
    <message>
        <source>Stops %1 for %2 s, then starts it with %3 workers</source>
        <translation>让 %1 停机 %2 s，然后以 %3 个工作线程启动</translation>
    </message>
    <message>
        <source>%1 is a dns: it never fails in ScaleLab. Take a data centre down instead (right-click one of its machines)</source>
        <translation>%1 是 DNS 节点：在 ScaleLab 中它永远不会故障。请改为让一个数据中心宕机（右键单击该数据中心中的一台机器）</translation>
    </message>
    <message>
        <source>A dns never fails here</source>
        <translation>DNS 在这里永远不会故障</translation>
    </message>
    <message>
        <source>Route 53 and its peers answer from hundreds of places at once; take a data centre down instead</source>
        <translation>Route 53 及同类服务同时从数百个地点应答；请改为让一个数据中心宕机</translation>
    </message>
    <message>
        <source>Take data centre %1 down</source>
        <translation>让数据中心 %1 宕机</translation>
    </message>
    <message>
        <source>Kills every machine in %1 now, as a power cut would; its users fail until the dns sends them elsewhere</source>
        <translation>立即关停 %1 中的所有机器，就像断电一样；在 DNS 把用户引向别处之前，这些用户的请求都会失败</translation>
    </message>
    <message>
        <source>Bring data centre %1 back</source>
        <translation>恢复数据中心 %1</translation>
    </message>
    <message>
        <source>Revives every machine in %1; the dns sends users back once its checks see it up</source>
        <translation>恢复 %1 中的所有机器；DNS 的检查发现它上线后，会把用户送回来</translation>
    </message>
    <message>
        <source>Alert when its queue is long…</source>
        <translation>队列过长时告警…</translation>
    </message>
    <message>
        <source>Add an alert rule that fires when more than half of %1&apos;s queue (%2 requests) waits for 3 s in a row; edit it in the inspector</source>
        <translation>添加一条告警规则：当 %1 的队列中连续 3 s 有一半以上（%2 个请求）在等待时触发；可在检查器中编辑</translation>
    </message>
    <message>
        <source>%1 has a rule on its queue already: %2</source>
        <translation>%1 的队列已经有一条规则：%2</translation>
    </message>
    <message>
        <source>Alert rule %1 added: it fires when more than %2 requests wait at %3 for 3 s</source>
        <translation>已添加告警规则 %1：当 %3 上连续 3 s 有超过 %2 个请求在等待时触发</translation>
    </message>
</context>
<context>
    <name>scalelab::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 (normal)</source>
        <translation>%1（正常）</translation>
    </message>
    <message>
        <source>Text on the node cards; zoom the canvas (Ctrl+wheel) for everything larger</source>
        <translation>节点卡片上的文字大小；要放大所有内容，请缩放画布（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>The window is rebuilt in the new language; your topology and run stay as they are.</source>
        <translation>窗口会以新语言重新构建；你的拓扑和运行状态保持不变。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Canvas &amp;text size:</source>
        <translation>画布文字大小(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>scalelab::SettingsWindowState</name>
    <message>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)...</translation>
    </message>
    <message>
        <source>Language, light or dark theme and canvas text size</source>
        <translation>语言、浅色或深色主题以及画布文字大小</translation>
    </message>
</context>
<context>
    <name>scalelab::SimulationController</name>
    <message>
        <source>nothing is open</source>
        <translation>没有打开任何内容</translation>
    </message>
    <message>
        <source>%1 s is in the past of the run</source>
        <translation>%1 s 在本次运行中已经过去了</translation>
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
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Drag back to see an earlier moment again: the run is replayed to it, exactly</source>
        <translation>向回拖动可重新查看更早的时刻：运行会被精确地重放到那一刻</translation>
    </message>
    <message>
        <source>Simulated time</source>
        <translation>模拟时间</translation>
    </message>
</context>
<context>
    <name>scalelab::TopologyDocument</name>
    <message>
        <source>clients</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>load balancer</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <source>web server</source>
        <translation>Web 服务器</translation>
    </message>
    <message>
        <source>session store</source>
        <translation>会话存储</translation>
    </message>
    <message>
        <source>cache</source>
        <translation>缓存</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>CDN edge</source>
        <translation>CDN 边缘节点</translation>
    </message>
    <message>
        <source>object storage</source>
        <translation>对象存储</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>This lesson is locked: it can be run, but not changed.</source>
        <translation>这节课程已锁定：可以运行，但不能修改。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Delete link %1</source>
        <translation>删除链路 %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n items</source>
        <translation>
            <numerusform>删除 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n nodes</source>
        <translation>
            <numerusform>移动 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrange automatically</source>
        <translation>自动排列</translation>
    </message>
    <message>
        <source>no node has the id &quot;%1&quot;</source>
        <translation>没有 ID 为“%1”的节点</translation>
    </message>
    <message>
        <source>a link joins two different nodes</source>
        <translation>链路只能连接两个不同的节点</translation>
    </message>
    <message>
        <source>%1 is already linked to %2</source>
        <translation>%1 已经与 %2 相连</translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation>连接 %1 与 %2</translation>
    </message>
    <message>
        <source>a node&apos;s type cannot change; delete it and add a node of the other type</source>
        <translation>节点的类型不能更改；请删除它，再添加另一种类型的节点</translation>
    </message>
    <message>
        <source>Reset %1 of %2</source>
        <translation>重置 %2 的 %1</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>将 %2 的 %1 设为 %3</translation>
    </message>
    <message>
        <source>no link joins &quot;%1&quot; and &quot;%2&quot;</source>
        <translation>没有连接“%1”和“%2”的链路</translation>
    </message>
    <message>
        <source>a link&apos;s ends cannot change; delete it and draw a new one</source>
        <translation>链路的两端不能更改；请删除它，再画一条新链路</translation>
    </message>
    <message>
        <source>Set latency of %1 to %2 ms</source>
        <translation>将 %1 的延迟设为 %2 ms</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting of the topology; expected %2</source>
        <translation>“%1”不是拓扑的设置项；应为：%2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
    <message>
        <source>expected a non-empty id without spaces at either end</source>
        <translation>ID 不能为空，且首尾不能有空格</translation>
    </message>
    <message>
        <source>id is %1 characters; the limit is %2</source>
        <translation>ID 长度为 %1 个字符；上限为 %2</translation>
    </message>
    <message>
        <source>another node already has the id &quot;%1&quot;</source>
        <translation>已有另一个节点使用 ID“%1”</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>%1 at %2 s</source>
        <translation>%2 s 时%1</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n nodes</source>
        <translation>
            <numerusform>粘贴 %n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a replica of %1 at %2 s</source>
        <translation>在 %2 s 时添加 %1 的从库</translation>
    </message>
    <message>
        <source>Cut %1</source>
        <translation>剪切 %1</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n items</source>
        <translation>
            <numerusform>剪切 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>message queue</source>
        <translation>消息队列</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>工作节点</translation>
    </message>
    <message>
        <source>Add shard %1</source>
        <translation>添加分片 %1</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Bring data centre %1 back</source>
        <translation>恢复数据中心 %1</translation>
    </message>
    <message>
        <source>Take data centre %1 down</source>
        <translation>让数据中心 %1 宕机</translation>
    </message>
    <message>
        <source>Take %1 out of data centre %2</source>
        <translation>将 %1 移出数据中心 %2</translation>
    </message>
    <message>
        <source>Put %1 in data centre %2</source>
        <translation>将 %1 放入数据中心 %2</translation>
    </message>
    <message>
        <source>another rule is called &quot;%1&quot; already; events and the report name a rule by its name, so each needs its own</source>
        <translation>已有另一条规则名为“%1”；事件和报告用名称来称呼规则，所以每条规则都需要自己的名称</translation>
    </message>
    <message>
        <source>%1 has no workers to be busy or to queue for; watch a server, a database, a cache...</source>
        <translation>%1 没有工作线程，谈不上繁忙或排队；请监视服务器、数据库、缓存...</translation>
    </message>
    <message>
        <source>Add alert rule %1</source>
        <translation>添加告警规则 %1</translation>
    </message>
    <message>
        <source>there is no alert rule %1</source>
        <translation>没有告警规则 %1</translation>
    </message>
    <message>
        <source>Rename alert rule %1 to %2</source>
        <translation>将告警规则 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Alert rule %1 fires above its threshold</source>
        <translation>告警规则 %1 在高于阈值时触发</translation>
    </message>
    <message>
        <source>Alert rule %1 fires below its threshold</source>
        <translation>告警规则 %1 在低于阈值时触发</translation>
    </message>
    <message>
        <source>Set threshold of alert rule %1 to %2</source>
        <translation>将告警规则 %1 的阈值设为 %2</translation>
    </message>
    <message>
        <source>Set duration of alert rule %1 to %2 s</source>
        <translation>将告警规则 %1 的持续时间设为 %2 s</translation>
    </message>
    <message>
        <source>Set metric of alert rule %1 to %2</source>
        <translation>将告警规则 %1 的指标设为 %2</translation>
    </message>
    <message>
        <source>Alert rule %1 watches %2</source>
        <translation>告警规则 %1 监视 %2</translation>
    </message>
    <message>
        <source>Change alert rule %1</source>
        <translation>更改告警规则 %1</translation>
    </message>
    <message>
        <source>Remove alert rule %1</source>
        <translation>移除告警规则 %1</translation>
    </message>
</context>
<context>
    <name>scalelab::WindowHeader</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>lesson “%1”, step %2 of %3</source>
        <translation>课程“%1”，第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>built-in example %1</source>
        <translation>内置示例 %1</translation>
    </message>
    <message>
        <source>%1  ·  %2 nodes, %3 links  ·  seed %4</source>
        <translation>%1  ·  %2 个节点，%3 条链路  ·  随机种子 %4</translation>
    </message>
</context>
<context>
    <name>scalelab::classroom::ClassClient</name>
    <message>
        <source>&quot;%1&quot; is not a class&apos;s address: expected HOST:PORT, as the teacher&apos;s screen shows it (192.168.1.20:8080)</source>
        <translation>“%1”不是课堂地址：应为 HOST:PORT，与老师屏幕上显示的一致（192.168.1.20:8080）</translation>
    </message>
    <message>
        <source>you left the class</source>
        <translation>你已退出课堂</translation>
    </message>
    <message>
        <source>the teacher&apos;s app sent a message ScaleLab does not understand: %1</source>
        <translation>老师的应用发来了 ScaleLab 无法理解的消息：%1</translation>
    </message>
    <message>
        <source>no class answers at %1</source>
        <translation>%1 处没有课堂应答</translation>
    </message>
</context>
<context>
    <name>scalelab::classroom::ClassHost</name>
    <message>
        <source>cannot find two free ports next to each other</source>
        <translation>找不到两个相邻的空闲端口</translation>
    </message>
    <message>
        <source>cannot listen on port %1 or %2: it is in use or not allowed</source>
        <translation>无法监听端口 %1 或 %2：端口已被占用或不允许使用</translation>
    </message>
    <message>
        <source>refused %1: the class is full (%2 students)</source>
        <translation>已拒绝 %1：课堂已满（%2 名学生）</translation>
    </message>
    <message>
        <source>The class is full.</source>
        <translation>课堂已满。</translation>
    </message>
    <message>
        <source>sent binary data</source>
        <translation>发送了二进制数据</translation>
    </message>
    <message>
        <source>sent too many messages</source>
        <translation>发送的消息过多</translation>
    </message>
    <message>
        <source>sent a message that breaks the protocol: %1</source>
        <translation>发送了违反协议的消息：%1</translation>
    </message>
    <message>
        <source>gave a wrong join code</source>
        <translation>输入了错误的加入码</translation>
    </message>
    <message>
        <source>answered before joining</source>
        <translation>在加入之前就作答</translation>
    </message>
    <message>
        <source>answered with a choice the question does not have</source>
        <translation>选择了题目中不存在的选项</translation>
    </message>
    <message>
        <source>dropped %1: %2</source>
        <translation>已断开 %1：%2</translation>
    </message>
    <message>
        <source>reported a challenge with figures for goals it does not have</source>
        <translation>上报的挑战结果中含有该挑战没有的目标数据</translation>
    </message>
</context>
</TS>
