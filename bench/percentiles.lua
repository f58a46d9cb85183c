-- wrk prints 50/75/90/99 only; the portal's targets also name the 95th percentile (microseconds)
done = function(summary, latency, requests)
  io.write(string.format("p95us %d\n", latency:percentile(95)))
end
