// The HTTP load generator, in a worker thread so it does not share the event loop with the
// in-process server it measures. Plain JavaScript: workers get no TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';

const { url, connections, amount, maxSeconds, headers, paths } = workerData;
const latencies = [];
let non2xx = 0;
const started = process.hrtime.bigint();
const instance = autocannon({
  url,
  connections,
  amount,
  // autocannon's duration is ignored when amount is set: the timer below bounds the time.
  timeout: 10,
  headers,
  requests: paths.map((path) => ({ method: 'GET', path })),
});
instance.on('response', (_client, statusCode, _bytes, responseTime) => {
  latencies.push(responseTime);
  if (statusCode < 200 || statusCode >= 300) non2xx++;
});
const timer = setTimeout(() => instance.stop(), maxSeconds * 1000);
instance.on('done', (result) => {
  clearTimeout(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  parentPort.postMessage({ latencies, non2xx, errors: result.errors + result.timeouts, seconds });
});
