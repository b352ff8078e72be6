// Draws the stories' demo video, a banded glute bridge, on a canvas in headless Chromium and records
// it with MediaRecorder: a small silent WebM (about 8 s) and its poster, made here rather than
// downloaded. Run `node scripts/demo-video.mjs` to make stories/assets/ again.
import { writeFileSync } from 'node:fs';
import { launchChrome } from './chrome.mjs';

const out = new URL('../stories/assets/', import.meta.url);

/* Runs in the page: one rep is 4 s (up 1.5 s, hold 1 s, down 1.5 s); two reps. */
async function record() {
  const width = 480;
  const height = 270;
  const canvas = Object.assign(document.createElement('canvas'), { width, height });
  document.body.append(canvas);
  const g = canvas.getContext('2d');
  const ease = (x) => 0.5 - Math.cos(Math.PI * x) / 2;
  /** 0 (hips down) to 1 (hips up) at time t seconds. */
  const lift = (t) => {
    const x = t % 4;
    if (x < 1.5) return ease(x / 1.5);
    if (x < 2.5) return 1;
    return 1 - ease((x - 2.5) / 1.5);
  };
  const line = (points, color, widthPx) => {
    g.strokeStyle = color;
    g.lineWidth = widthPx;
    g.lineCap = 'round';
    g.lineJoin = 'round';
    g.beginPath();
    points.forEach(([x, y], i) => (i ? g.lineTo(x, y) : g.moveTo(x, y)));
    g.stroke();
  };
  const draw = (t) => {
    const up = lift(t);
    g.fillStyle = '#f3f6f5';
    g.fillRect(0, 0, width, height);
    const floor = 214;
    line(
      [
        [24, floor],
        [456, floor],
      ],
      '#9aa8a3',
      4,
    );
    const shoulder = [150, floor - 16];
    const head = [112, floor - 22];
    const foot = [346, floor - 6];
    const knee = [318, floor - 88 - 8 * up];
    const hip = [236, floor - 20 - 62 * up];
    // The far leg, faded behind the near one.
    line([hip, [knee[0] + 8, knee[1] + 4], [foot[0] + 10, foot[1]]], 'rgba(27,36,33,0.35)', 15);
    line([shoulder, hip], '#1b2421', 26);
    line([hip, knee, foot], '#1b2421', 15);
    line([shoulder, [196, floor - 4], [232, floor - 4]], '#1b2421', 12);
    g.fillStyle = '#1b2421';
    g.beginPath();
    g.arc(head[0], head[1], 18, 0, Math.PI * 2);
    g.fill();
    // The band around the lower thighs.
    const bx = hip[0] + (knee[0] - hip[0]) * 0.72;
    const by = hip[1] + (knee[1] - hip[1]) * 0.72;
    line(
      [
        [bx - 5, by - 12],
        [bx + 5, by + 12],
      ],
      '#0b6e4f',
      9,
    );
    // The squeeze at the top, shown as a small ring around the hip.
    if (up > 0.95) {
      g.strokeStyle = 'rgba(11,110,79,0.7)';
      g.lineWidth = 4;
      g.beginPath();
      g.arc(hip[0], hip[1], 24, 0, Math.PI * 2);
      g.stroke();
    }
  };
  draw(2);
  const poster = canvas.toDataURL('image/webp', 0.8);
  const stream = canvas.captureStream(24);
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm;codecs=vp8', videoBitsPerSecond: 160_000 });
  const chunks = [];
  recorder.ondataavailable = (event) => chunks.push(event.data);
  const stopped = new Promise((done) => (recorder.onstop = done));
  recorder.start();
  const start = performance.now();
  await new Promise((done) => {
    const frame = () => {
      const t = (performance.now() - start) / 1000;
      if (t >= 8) return done();
      draw(t);
      requestAnimationFrame(frame);
    };
    frame();
  });
  recorder.stop();
  await stopped;
  const bytes = new Uint8Array(await new Blob(chunks, { type: 'video/webm' }).arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return { video: btoa(binary), poster: poster.split(',')[1] };
}

const browser = await launchChrome();
try {
  const page = await browser.newPage();
  const { video, poster } = await page.evaluate(record);
  writeFileSync(new URL('banded-glute-bridge.webm', out), Buffer.from(video, 'base64'));
  writeFileSync(new URL('banded-glute-bridge.webp', out), Buffer.from(poster, 'base64'));
  console.log(
    `wrote stories/assets/banded-glute-bridge.webm (${Math.round((video.length * 3) / 4 / 1024)} KB) and its poster`,
  );
} finally {
  await browser.close();
}
