/**
 * Any value in any property: numbers, booleans, null, BigInt, cyclic objects, throwing getters and
 * proxies. What a person means is coerced (a number in a text property); anything else gives one
 * warning and a readable message in place. Never an exception, an unhandled rejection or a blank widget.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { MwContent, MwDrillTimer } from '../src/index.js';
import { captureWarnings, visibleText } from './helpers.js';

type Settable = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void };

const cyclic = () => {
  const value: Record<string, unknown> = { steps: [] };
  (value.steps as unknown[]).push({ type: 'timed', name: 'Loop', seconds: 5, again: value });
  return value;
};
const throwingGetter = () =>
  Object.defineProperty({}, 'steps', {
    enumerable: true,
    get() {
      throw new Error('hostile getter');
    },
  });
const throwingProxy = () =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('hostile proxy');
      },
      ownKeys() {
        throw new Error('hostile proxy');
      },
      getPrototypeOf() {
        throw new Error('hostile proxy');
      },
    },
  );
const revokedProxy = () => {
  const { proxy, revoke } = Proxy.revocable([], {});
  revoke();
  return proxy;
};

/** Values no text property can use, each named for the test title. */
const NOT_TEXT: [string, () => unknown][] = [
  ['an object', () => ({ text: 'hello' })],
  ['a list', () => ['a']],
  ['a symbol', () => Symbol('x')],
  ['a function', () => () => 'x'],
  ['a cyclic object', cyclic],
  ['a proxy that throws', throwingProxy],
  ['a revoked proxy', revokedProxy],
];

describe('hardening: any value in any property', () => {
  let warn: ReturnType<typeof captureWarnings>;
  const failures: string[] = [];
  const onRejection = (event: PromiseRejectionEvent) => failures.push(`unhandled rejection: ${String(event.reason)}`);
  const onError = (event: ErrorEvent) => failures.push(`error: ${event.message}`);
  beforeEach(() => {
    warn = captureWarnings();
    failures.length = 0;
    addEventListener('unhandledrejection', onRejection);
    addEventListener('error', onError);
  });
  afterEach(async () => {
    // A task for a rejection to be reported before the listeners go.
    await new Promise((resolve) => setTimeout(resolve));
    removeEventListener('unhandledrejection', onRejection);
    removeEventListener('error', onError);
    warn.restore();
    expect(failures).to.deep.equal([]);
  });

  /** Sets `name` to `value` on a rendered `el` and returns what a person sees. */
  async function set(el: Settable, name: string, value: unknown) {
    expect(() => ((el as unknown as Record<string, unknown>)[name] = value)).not.to.throw();
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    return visibleText(el);
  }

  /** The widget shows the "setting it can't use" message naming the property, and warned once. */
  async function expectRefused(el: Settable, name: string) {
    expect(visibleText(el)).to.contain('This widget was given a setting it can’t use.');
    expect(visibleText(el)).to.contain(`${name}: expected`);
    expect(warn.warnings.filter((w) => w.includes(name))).to.have.length(1);
    await expect(el).to.be.accessible();
  }

  describe('text properties coerce what a person means', () => {
    it('emergencyNumber = 911 (a number) dials 911', async () => {
      const el = await fixture<Settable>(html`<mw-symptom-checklist checklist="weak-glutes"></mw-symptom-checklist>`);
      await set(el, 'emergencyNumber', 911);
      expect((el as unknown as { emergencyNumber: unknown }).emergencyNumber).to.equal('911');
      (el as unknown as { redFlags: string[] }).redFlags = ['bladder-bowel'];
      (el as unknown as { showResult(): void }).showResult();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('a[href^="tel:"]')?.getAttribute('href')).to.equal('tel:911');
      await expect(el).to.be.accessible();
      expect(warn.warnings).to.deep.equal([]);
    });

    it('label = 5 (a number) is the button text "5"; a BigInt and a boolean are text too', async () => {
      const el = await fixture<Settable>(html`<mw-book-now href="https://clinic.example/book"></mw-book-now>`);
      for (const [value, shown] of [
        [5, '5'],
        [12n, '12'],
        [true, 'true'],
      ] as const) {
        await set(el, 'label', value);
        expect(el.shadowRoot!.querySelector('a')?.textContent?.trim()).to.equal(shown);
      }
      await expect(el).to.be.accessible();
      expect(warn.warnings).to.deep.equal([]);
    });

    it('exercise = 42 looks for the exercise "42" and says it is not there', async () => {
      const el = await fixture<Settable>(html`<mw-exercise-card></mw-exercise-card>`);
      const text = await set(el, 'exercise', 42);
      expect(el.getAttribute('exercise')).to.equal('42');
      expect(text).to.contain('"42"');
    });

    it('null and undefined in a text property mean "not set"', async () => {
      const el = await fixture<Settable>(html`<mw-exercise-card exercise="clamshell"></mw-exercise-card>`);
      for (const value of [null, undefined]) {
        await set(el, 'variant', value);
        expect(visibleText(el)).to.contain('Clamshell');
      }
    });

    it('a String object is text', async () => {
      const el = await fixture<Settable>(html`<mw-exercise-card></mw-exercise-card>`);
      await set(el, 'exercise', new String('clamshell'));
      expect(visibleText(el)).to.contain('Clamshell');
    });
  });

  describe('text properties refuse what is not text, with one warning and a message', () => {
    const widgets: [string, string, ReturnType<typeof html>][] = [
      ['mw-exercise-card', 'exercise', html`<mw-exercise-card exercise="clamshell"></mw-exercise-card>`],
      ['mw-exercise-card', 'variant', html`<mw-exercise-card exercise="clamshell"></mw-exercise-card>`],
      ['mw-drill-timer', 'drill', html`<mw-drill-timer exercise="glute-squeeze"></mw-drill-timer>`],
      [
        'mw-symptom-checklist',
        'emergencyNumber',
        html`<mw-symptom-checklist checklist="weak-glutes"></mw-symptom-checklist>`,
      ],
      ['mw-book-now', 'label', html`<mw-book-now href="https://clinic.example/book"></mw-book-now>`],
      ['mw-book-now', 'href', html`<mw-book-now href="https://clinic.example/book"></mw-book-now>`],
      ['mw-book-now', 'theme', html`<mw-book-now href="https://clinic.example/book"></mw-book-now>`],
    ];
    for (const [tag, name, template] of widgets) {
      it(`<${tag}>.${name}: ${NOT_TEXT.map(([what]) => what).join(', ')}`, async () => {
        for (const [, make] of NOT_TEXT) {
          const el = await fixture<Settable>(template);
          await set(el, name, make());
          await expectRefused(el, name);
          warn.warnings.length = 0;
        }
      });
    }

    it('a good value afterwards clears the message', async () => {
      const el = await fixture<Settable>(html`<mw-exercise-card exercise="clamshell"></mw-exercise-card>`);
      await set(el, 'exercise', { id: 'clamshell' });
      await expectRefused(el, 'exercise');
      const text = await set(el, 'exercise', 'glute-bridge');
      expect(text).to.contain('Glute bridge');
      expect(text).not.to.contain('can’t use');
    });
  });

  describe('number properties', () => {
    it('headingLevel = "4" (text) is level 4; an object is refused', async () => {
      const el = await fixture<Settable>(html`<mw-exercise-card exercise="clamshell"></mw-exercise-card>`);
      await set(el, 'headingLevel', '4');
      expect(el.shadowRoot!.querySelector('[role="heading"]')?.getAttribute('aria-level')).to.equal('4');
      await set(el, 'headingLevel', { level: 4 });
      await expectRefused(el, 'headingLevel');
    });

    it('dismissDays = 10n (a BigInt) is 10 days', async () => {
      const el = await fixture<Settable>(
        html`<mw-book-now href="https://clinic.example/book" dismissible></mw-book-now>`,
      );
      await set(el, 'dismissDays', 10n);
      expect((el as unknown as { dismissDays: unknown }).dismissDays).to.equal(10);
      expect(warn.warnings).to.deep.equal([]);
    });
  });

  describe('list properties (signs, redFlags)', () => {
    const refused: [string, () => unknown][] = [
      ['[1n]', () => [1n]],
      [
        'a list holding itself',
        () => {
          const list: unknown[] = ['x'];
          list.push(list);
          return list;
        },
      ],
      [
        'a list with a throwing getter',
        () =>
          Object.defineProperty(['x'], 1, {
            enumerable: true,
            get() {
              throw new Error('hostile');
            },
          }),
      ],
      ['text instead of a list', () => 'numb-foot'],
      ['an object instead of a list', () => ({ 0: 'numb-foot' })],
      ['a revoked proxy', revokedProxy],
      [
        'a list of a billion empty places',
        () => {
          const list: unknown[] = [];
          list.length = 1e9;
          return list;
        },
      ],
    ];
    for (const name of ['signs', 'redFlags']) {
      it(`${name}: ${refused.map(([what]) => what).join(', ')}`, async () => {
        for (const [, make] of refused) {
          const el = await fixture<Settable>(
            html`<mw-symptom-checklist checklist="weak-glutes"></mw-symptom-checklist>`,
          );
          const started = performance.now();
          await set(el, name, make());
          expect(performance.now() - started).to.be.below(200);
          await expectRefused(el, name);
          warn.warnings.length = 0;
        }
      });
    }

    it('null is an empty answer, and a list of ids works', async () => {
      const el = await fixture<Settable>(html`<mw-symptom-checklist checklist="weak-glutes"></mw-symptom-checklist>`);
      await set(el, 'signs', null);
      await set(el, 'redFlags', ['bladder-bowel']);
      expect(el.shadowRoot!.querySelectorAll('input:checked')).to.have.length(1);
      expect(visibleText(el)).not.to.contain('can’t use');
    });
  });

  describe('customDrill', () => {
    const step = (extra: Record<string, unknown>) => ({
      steps: [{ type: 'timed', name: 'Plank', seconds: 30, ...extra }],
    });
    const refused: [string, () => unknown, string][] = [
      ['10n seconds', () => step({ seconds: 10n }), 'BigInt'],
      ['10n reps', () => ({ steps: [{ type: 'reps', name: 'Squat', reps: 10n }] }), 'BigInt'],
      ['a cycle', cyclic, 'cycle'],
      ['a throwing getter', throwingGetter, 'hostile getter'],
      ['a throwing proxy', throwingProxy, 'hostile proxy'],
      ['a function', () => () => 1, 'function'],
      ['a number', () => 7, 'expected'],
    ];
    for (const [what, make, named] of refused) {
      it(`refuses ${what} with a message naming it`, async () => {
        const el = await fixture<MwDrillTimer>(html`<mw-drill-timer></mw-drill-timer>`);
        const text = await set(el, 'customDrill', make());
        expect(text).to.contain(named);
        expect(() => el.start()).not.to.throw();
        await expectRefused(el, 'customDrill');
      });
    }

    const outOfLimits: [string, unknown, string][] = [
      ['1e308 seconds', step({ seconds: 1e308 }), 'at most 3600 (one hour)'],
      ['two hours', step({ seconds: 7200 }), 'at most 3600 (one hour)'],
      ['a million reps', { steps: [{ type: 'reps', name: 'Squat', reps: 1e6 }] }, 'from 1 to 1000'],
      [
        'a huge range of reps',
        { steps: [{ type: 'reps', name: 'Squat', reps: { min: 1, max: 1e9 } }] },
        'from 1 to 1000',
      ],
      ['a rest of a day', { ...step({}), restBetweenStepsSeconds: 86400 }, 'of 0 to 3600'],
      ['a step rest of a day', step({ restAfterSeconds: 86400 }), 'of 0 to 3600'],
      ['a million rounds', { ...step({}), rounds: 1e6 }, 'from 1 to 1000'],
    ];
    for (const [what, drill, said] of outOfLimits) {
      it(`holds a drill from a script to a pack's limits: ${what}`, async () => {
        const el = await fixture<MwDrillTimer>(html`<mw-drill-timer></mw-drill-timer>`);
        const text = await set(el, 'customDrill', drill);
        expect(text).to.contain('This drill can’t be run.');
        expect(text).to.contain(said);
        expect(text).not.to.match(/Infinity|NaN/);
        expect(warn.warnings).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    }

    it('an hour-long step shows 60:00, not Infinity:NaN', async () => {
      const el = await fixture<MwDrillTimer>(html`<mw-drill-timer></mw-drill-timer>`);
      const text = await set(el, 'customDrill', step({ seconds: 3600 }));
      expect(text).not.to.match(/Infinity|NaN/);
      el.start();
      await el.updateComplete;
      expect(visibleText(el)).to.match(/60:00|1:00:00/);
    });
  });

  describe('<mw-content>', () => {
    const bad: [string, () => unknown][] = [
      ['10n', () => 10n],
      ['a number', () => 5],
      [
        'a cycle',
        () => {
          const pack: Record<string, unknown> = { format: 1, locale: 'en' };
          pack.exercises = [pack];
          return pack;
        },
      ],
      [
        'a throwing getter',
        () =>
          Object.defineProperty({ format: 1 }, 'locale', {
            enumerable: true,
            get() {
              throw new Error('hostile getter');
            },
          }),
      ],
      ['a throwing proxy', throwingProxy],
    ];
    for (const [what, make] of bad) {
      it(`content = ${what}: the errors in place and one warning`, async () => {
        const el = await fixture<MwContent>(
          html`<mw-content><mw-exercise-card exercise="clamshell"></mw-exercise-card></mw-content>`,
        );
        el.content = make();
        await waitUntil(() => el.errors.length, 'errors shown');
        await el.updateComplete;
        expect(visibleText(el)).to.contain('could not be loaded');
        expect(warn.warnings).to.have.length(1);
        await expect(el).to.be.accessible();
      });
    }

    it('src = an object is refused in place; timeout = "soon" still waits the default time', async () => {
      const el = await fixture<MwContent>(
        html`<mw-content><mw-exercise-card exercise="wall-sit"></mw-exercise-card></mw-content>`,
      );
      el.src = { href: '/x.json' } as unknown as string;
      await waitUntil(() => el.errors.length, 'errors shown');
      expect(el.errors[0]?.path).to.equal('src');
      el.timeout = 'soon' as unknown as number;
      el.src = new URL('/tests/fixtures/clinic-pack.json', location.href).href;
      await waitUntil(() => el.pack, 'the pack loaded');
      const card = el.querySelector('mw-exercise-card')!;
      await waitUntil(() => visibleText(card).includes('Wall sit'), 'the card');
    });
  });
});
