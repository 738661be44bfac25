/**
 * Lua scripts of RedisRateLimiter. Each runs atomically in Redis, on Redis's clock (TIME), so the
 * replicas sharing a budget never disagree about "now".
 *
 * Reservations of one key are a sorted set of send times (score = ms). A new reservation is
 * appended after the last one (FIFO across replicas) at the earliest time t at which fewer than
 * `limit` reservations fall in (t − span, t], never before a pause set after a Factus 429.
 */

/** Current Redis time in ms, shared preamble. */
const NOW = `
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
`;

/**
 * KEYS: reservations, pause. ARGV: span, limit (the key's own: every replica sends the same one
 * for a key, since it comes from the key's account), max wait, max queued, member.
 * Returns { granted (1/0), now, slot, queueFull (1/0) }.
 */
export const RESERVE_SLOT = `${NOW}
local span = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local maxWait = tonumber(ARGV[3])
local maxQueue = tonumber(ARGV[4])
-- Reservations at or before now - span are outside every window that still matters.
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - span)
local slot = math.max(now, tonumber(redis.call('GET', KEYS[2]) or '0'))
local count = redis.call('ZCARD', KEYS[1])
if count > 0 then
  local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
  slot = math.max(slot, tonumber(last[2]))
end
if count >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
  slot = math.max(slot, tonumber(oldest[2]) + span)
end
if slot > now and redis.call('ZCOUNT', KEYS[1], '(' .. now, '+inf') >= maxQueue then
  return {0, now, slot, 1}
end
if slot - now > maxWait then
  return {0, now, slot, 0}
end
redis.call('ZADD', KEYS[1], slot, ARGV[5])
redis.call('PEXPIRE', KEYS[1], slot - now + span + 1000)
return {1, now, slot, 0}
`;

/**
 * At a reservation's time, before sending: still paused (a Factus 429 arrived meanwhile)? Then the
 * reservation is dropped and the ms left in the pause returned, so that the caller reserves again.
 * KEYS: reservations, pause. ARGV: member.
 */
export const CONFIRM_SLOT = `${NOW}
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
if paused > now then
  redis.call('ZREM', KEYS[1], ARGV[1])
  return paused - now
end
return 0
`;

/** KEYS: pause. ARGV: ms. Holds the key until now + ms, unless already held longer. */
export const PAUSE = `${NOW}
local ms = tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if now + ms > current then
  redis.call('SET', KEYS[1], now + ms, 'PX', ms)
end
return 0
`;
