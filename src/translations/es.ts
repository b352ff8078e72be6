import type { Translation } from './en.js';

/** Spanish UI strings. Content packs bring their own language; these are the widgets' words. */
export const es: Translation = {
  lang: 'es',
  loading: 'Cargando…',
  contentProblem: 'No se pudo mostrar este contenido.',
  knownIds: (ids) => `Disponibles: ${ids}.`,
  noneAvailable: 'No hay ninguno disponible.',
  sets: (count) => (count === 1 ? '1 serie' : `${count} series`),
  setsOf: (sets, reps) => `${sets} de ${reps}`,
  reps: (count, many) => (many ? `${count} repeticiones` : `${count} repetición`),
  steps: (count, many) => (many ? `${count} pasos` : `${count} paso`),
  hold: (seconds) => `mantén ${seconds} s`,
  rest: (seconds) => `descansa ${seconds} s`,
  eachSide: 'cada lado',
  eachWay: 'en cada dirección',
  whatItHelps: 'Para qué sirve',
  muscles: 'Músculos',
  equipment: 'Material',
  noEquipment: 'No necesitas material',
  howTo: 'Cómo hacerlo',
  cues: 'Consejos',
  safety: 'Seguridad',
  easier: 'Más fácil',
  harder: 'Más difícil',
  moreDetails: 'Cómo hacerlo',
  doneToday: 'Hecho hoy',
  markDone: 'Marcar como hecho hoy',
  start: 'Empezar',
  startLabel: (name) => `Empezar ${name}`,
  // Drill timer
  // (end drill timer)
  // Symptom checklist
  // (end symptom checklist)
  // Book now
  // (end book now)
};
