"""The Lua scripts that make the frontier's steps atomic in Redis.

Atomic steps are what make the run's end detectable: a request is always either in a queue or in
some worker's in-flight hash (popping moves it in one step), and a request is acknowledged only
after what it produced is queued. So "all queues empty and no request in flight" cannot be seen
while work remains. Keys a script derives from its arguments (queues named in in-flight entries,
per-worker keys) are not declared: these scripts need a single Redis server, not a cluster.
"""

from __future__ import annotations

from typing import Any

#: Pop the best request of a queue (lowest score: scrapy-redis scores -priority) and record it as
#: in flight for a worker, in one step; nothing once the run is no longer running (cancelled or
#: complete: what is in flight then only drains). KEYS: queue, in-flight hash, active set, members
#: set, the run's spec hash. ARGV: token, worker id. Returns the request data, or nil.
POP = """
if redis.call('HGET', KEYS[5], 'state') ~= 'running' then return false end
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREM', KEYS[1], r[1])
redis.call('HSET', KEYS[2], ARGV[1], KEYS[1] .. '\\0' .. r[2] .. '\\0' .. r[1])
redis.call('SADD', KEYS[3], ARGV[2])
redis.call('SADD', KEYS[4], ARGV[2])
return r[1]
"""

#: Put in-flight entries back into their queues. KEYS: the in-flight hash. ARGV: tokens (none:
#: all of them). Returns how many were re-queued.
REQUEUE = """
local function requeue(v)
  local a = string.find(v, '\\0', 1, true)
  local b = string.find(v, '\\0', a + 1, true)
  redis.call('ZADD', string.sub(v, 1, a - 1), string.sub(v, a + 1, b - 1), string.sub(v, b + 1))
end
local n = 0
if #ARGV == 0 then
  local all = redis.call('HGETALL', KEYS[1])
  for i = 2, #all, 2 do requeue(all[i]); n = n + 1 end
  redis.call('DEL', KEYS[1])
else
  for _, token in ipairs(ARGV) do
    local v = redis.call('HGET', KEYS[1], token)
    if v then requeue(v); redis.call('HDEL', KEYS[1], token); n = n + 1 end
  end
end
return n
"""

#: Find the run's workers whose heartbeat expired; put their in-flight requests back into the
#: queues and record what happened. Only one caller can do it for a given worker (the script is
#: atomic and removes the worker from the active set). KEYS: active set, lost list.
#: ARGV: heartbeat key prefix, in-flight key prefix, the time (ISO, for the record).
#: Returns a flat list: worker, re-queued count, worker, count...
REAP = """
local out = {}
for _, w in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  if redis.call('EXISTS', ARGV[1] .. w) == 0 then
    local key = ARGV[2] .. w
    local all = redis.call('HGETALL', key)
    local n = 0
    for i = 2, #all, 2 do
      local v = all[i]
      local a = string.find(v, '\\0', 1, true)
      local b = string.find(v, '\\0', a + 1, true)
      redis.call('ZADD', string.sub(v, 1, a - 1), string.sub(v, a + 1, b - 1), string.sub(v, b + 1))
      n = n + 1
    end
    redis.call('DEL', key)
    redis.call('SREM', KEYS[1], w)
    redis.call('RPUSH', KEYS[2], cjson.encode({worker = w, requeued = n, at = ARGV[3]}))
    table.insert(out, w)
    table.insert(out, n)
  end
end
return out
"""

#: How much work the run still has: requests queued plus requests in flight. KEYS: active set.
#: ARGV: in-flight key prefix, then the portals' queue keys.
OUTSTANDING = """
local n = 0
for i = 2, #ARGV do n = n + redis.call('ZCARD', ARGV[i]) end
for _, w in ipairs(redis.call('SMEMBERS', KEYS[1])) do n = n + redis.call('HLEN', ARGV[1] .. w) end
return n
"""

#: Claim a request for the run: once per run, within --max-pages. KEYS: requested set, budget
#: counter. ARGV: url, limit (0: none). Returns 1 (granted), 2 (requested before, by any worker)
#: or 0 (the budget is spent).
CLAIM = """
if redis.call('SISMEMBER', KEYS[1], ARGV[1]) == 1 then return 2 end
local limit = tonumber(ARGV[2])
if limit > 0 then
  if tonumber(redis.call('GET', KEYS[2]) or '0') >= limit then return 0 end
  redis.call('INCR', KEYS[2])
end
redis.call('SADD', KEYS[1], ARGV[1])
return 1
"""

#: Politeness across workers: take one of a portal's `limit` places, if one is free and the
#: portal's next allowed start time has come. The clock is Redis' own (workers' clocks may
#: differ). KEYS: leases sorted set, next-start key. ARGV: lease id, limit, delay ms, lease TTL ms.
#: Returns 0 (granted), a positive wait in ms (the delay), or -1 (all places taken).
ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local nxt = tonumber(redis.call('GET', KEYS[2]) or '0')
if nxt > now then return nxt - now end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return -1 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[1])
local delay = tonumber(ARGV[3])
if delay > 0 then redis.call('SET', KEYS[2], now + delay, 'PX', delay + 1000) end
return 0
"""

#: Extend leases still held (the holder's heartbeat). KEYS: leases sorted sets. ARGV: TTL ms, then
#: one lease id per key. A lease that already expired is not brought back.
RENEW = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local n = 0
for i, key in ipairs(KEYS) do
  local expiry = redis.call('ZSCORE', key, ARGV[i + 1])
  if expiry and tonumber(expiry) > now then
    redis.call('ZADD', key, now + tonumber(ARGV[1]), ARGV[i + 1])
    n = n + 1
  end
end
return n
"""

#: Delete a key only if it still holds the given value (a claim, the current run).
DELETE_IF = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class Scripts:
    """The scripts registered on one Redis client."""

    def __init__(self, server: Any) -> None:
        self.pop = server.register_script(POP)
        self.requeue = server.register_script(REQUEUE)
        self.reap = server.register_script(REAP)
        self.outstanding = server.register_script(OUTSTANDING)
        self.claim = server.register_script(CLAIM)
        self.acquire = server.register_script(ACQUIRE)
        self.renew = server.register_script(RENEW)
        self.delete_if = server.register_script(DELETE_IF)
