// Cal.com's embed snippet as its docs show it: it defines `Cal`, queues calls and loads embed.js.
import embed from '@calcom/embed-snippet';

const Cal = embed('https://app.cal.com/embed/embed.js');
Cal('init', { origin: 'https://app.cal.com' });
Cal('inline', { elementOrSelector: '#booking', calLink: 'clinic/session' });
