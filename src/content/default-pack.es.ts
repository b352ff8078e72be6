import type { ContentPackInput } from './types.js';

type TextOf<K extends 'exercises' | 'drills' | 'checklists' | 'offers'> = NonNullable<
  NonNullable<ContentPackInput[K]>[number]['translations']
>[string];

const STOP_RULE = 'Detente si te duele más que una molestia leve, o si el dolor baja por la pierna.';

/** Usual advice for every result that is not a red flag. */
const ROUTINE_ADVICE =
  'Consulta a un médico general o a un fisioterapeuta si no mejora en unas semanas, si te impide hacer tus actividades diarias o si te preocupa.';

const BANDS_ON = 'Pon una banda alrededor de la parte baja de los muslos y otra alrededor de los tobillos.';
const STAND_IN_BANDS = 'Párate con los pies separados para que las bandas queden tensas. Dobla un poco las rodillas.';
const PELVIS_NEUTRAL = 'Pon la pelvis en posición neutra, sin inclinarla hacia adelante ni hacia atrás.';
const KNEES_OUT = 'Que las rodillas no se vayan hacia adentro.';

/**
 * The built-in pack in neutral Latin-American Spanish, by item id: the same facts and advice as the
 * English, written for a Spanish reader (tú, as the widgets' Spanish words), not word for word.
 */
export const spanish: {
  exercises: Record<string, TextOf<'exercises'>>;
  drills: Record<string, TextOf<'drills'>>;
  checklists: Record<string, TextOf<'checklists'>>;
  offers: Record<string, TextOf<'offers'>>;
} = {
  exercises: {
    'glute-squeeze': {
      name: 'Contracción de glúteos',
      summary:
        'Ayuda a activar los glúteos, que pueden trabajar menos después de estar mucho tiempo sentado. Puedes hacerlo en cualquier lugar, incluso en tu escritorio.',
      muscles: ['Glúteos (los músculos de las nalgas)'],
      equipment: [],
      steps: [
        'Siéntate o ponte de pie con la espalda recta.',
        'Aprieta suavemente los músculos de las nalgas.',
        'Mantén la contracción 5 segundos. Sigue respirando.',
        'Relaja los músculos por completo.',
        'Repite de 10 a 15 veces.',
      ],
      cues: ['Aprieta con suavidad. No hace falta hacer fuerza.', 'Mantén relajados los hombros y el abdomen.'],
      safety: STOP_RULE,
      illustration: { alt: 'Una persona de pie, con la espalda recta, apretando suavemente los glúteos' },
    },
    'glute-bridge': {
      name: 'Puente de glúteos',
      summary: 'Ayuda a activar y fortalecer los glúteos, para que la zona lumbar pueda hacer menos trabajo.',
      muscles: ['Glúteos', 'Isquiotibiales (la parte de atrás de los muslos)', 'Músculos del tronco'],
      equipment: [],
      steps: [
        'Acuéstate boca arriba, con las rodillas dobladas y los pies apoyados en el piso.',
        'Deja los brazos a los lados del cuerpo.',
        'Levanta la cadera del piso con suavidad.',
        'Aprieta los glúteos arriba.',
        'Baja la cadera despacio, con control.',
      ],
      cues: ['Aprieta arriba.', 'Empuja con los talones.', 'No arquees la zona lumbar.'],
      safety: STOP_RULE,
      illustration: { alt: 'Una persona acostada boca arriba con las rodillas dobladas, levantando la cadera' },
    },
    'step-up': {
      name: 'Subida al escalón',
      summary: 'Da fuerza y estabilidad a la cadera, para caminar y subir escaleras.',
      muscles: ['Glúteos', 'Muslos (cuádriceps)', 'Músculos de la cadera'],
      equipment: ['Un escalón bajo'],
      steps: [
        'Párate frente a un escalón bajo. Si lo necesitas, sujétate de una baranda o apóyate en la pared.',
        'Apoya todo un pie en el escalón.',
        'Empuja con ese talón y sube.',
        'Baja despacio, un pie a la vez.',
        'Haz todas las repeticiones y luego cambia de pierna.',
      ],
      cues: ['Empuja con el talón.', 'Que la rodilla no se vaya hacia adentro.'],
      safety: `Usa un escalón firme. ${STOP_RULE}`,
      illustration: { alt: 'Una persona subiendo a un escalón bajo, con un pie sobre el escalón' },
    },
    clamshell: {
      name: 'Almeja',
      summary: 'Trabaja el costado de los glúteos, que ayuda a mantener estables la cadera y las rodillas.',
      muscles: ['Glúteo medio (el costado de los glúteos)', 'Parte externa de la cadera'],
      equipment: [],
      steps: [
        'Acuéstate de lado, con las rodillas dobladas y los pies juntos.',
        'Apoya la cabeza en el brazo de abajo o en una almohada.',
        'Con los pies juntos, levanta un poco la rodilla de arriba.',
        'Baja la rodilla despacio.',
        'Haz todas las repeticiones y luego cambia de lado.',
      ],
      cues: [
        'Mantén los pies juntos.',
        'Mantén la cadera quieta. No te gires hacia atrás.',
        'Siente cómo trabaja el costado de la nalga.',
      ],
      safety: STOP_RULE,
      illustration: { alt: 'Una persona acostada de lado con las rodillas dobladas, levantando la rodilla de arriba' },
    },
    'banded-glute-bridge': {
      name: 'Puente de glúteos con banda',
      summary: 'Un puente de glúteos con bandas, para que los glúteos trabajen más al mantener las rodillas separadas.',
      muscles: ['Glúteos', 'Costado de los glúteos', 'Isquiotibiales (la parte de atrás de los muslos)'],
      equipment: ['2 bandas elásticas'],
      steps: [
        BANDS_ON,
        'Acuéstate boca arriba. Dobla las rodillas y apoya los pies en el piso. Separa las piernas para que las bandas queden tensas.',
        'Sube la cadera hacia el techo.',
        'Aprieta fuerte los glúteos arriba.',
        'Baja la cadera despacio y mantén las bandas tensas.',
      ],
      cues: [
        'Aprieta fuerte arriba.',
        'No arquees la zona lumbar.',
        'Empuja las rodillas hacia afuera contra la banda.',
      ],
      safety: STOP_RULE,
      illustration: {
        alt: 'Una persona acostada boca arriba con bandas en los muslos y los tobillos, levantando la cadera',
      },
    },
    'reverse-clamshell': {
      name: 'Almeja invertida',
      summary: 'Trabaja la cadera en sentido contrario a la almeja. Al principio puede sentirse raro.',
      muscles: ['Costado de los glúteos', 'Músculos de la cadera que giran la pierna hacia adentro'],
      equipment: ['Una banda elástica en los tobillos (opcional)'],
      steps: [
        'Acuéstate de lado, con las rodillas dobladas y juntas.',
        'Con las rodillas juntas, levanta el pie de arriba, alejándolo del otro.',
        'Baja el pie despacio.',
        'Haz todas las repeticiones y luego cambia de lado.',
      ],
      cues: ['Mantén las rodillas juntas.', 'Muévete despacio. Al principio puede sentirse raro.'],
      safety: STOP_RULE,
      illustration: { alt: 'Una persona acostada de lado con las rodillas juntas, levantando el pie de arriba' },
    },
    'lateral-band-walk': {
      name: 'Pasos laterales con banda',
      summary:
        'Pasos cortos hacia los lados con bandas, que activan el costado de los glúteos y ayudan a mantener las rodillas alineadas.',
      muscles: ['Costado de los glúteos', 'Parte externa de la cadera'],
      equipment: ['2 bandas elásticas'],
      steps: [
        BANDS_ON,
        STAND_IN_BANDS,
        PELVIS_NEUTRAL,
        'Da 5 pasos cortos hacia un lado.',
        'Da 5 pasos cortos de vuelta hacia el otro lado.',
      ],
      cues: [KNEES_OUT, 'Da pasos cortos y mantén las bandas tensas.'],
      safety: STOP_RULE,
      illustration: {
        alt: 'Una persona en media sentadilla con bandas en los muslos y los tobillos, dando un paso hacia un lado',
      },
    },
    'band-walk': {
      name: 'Caminata con banda',
      summary:
        'Pasos cortos hacia adelante y hacia atrás con bandas, para que los glúteos sigan trabajando mientras te mueves.',
      muscles: ['Glúteos', 'Costado de los glúteos', 'Parte externa de la cadera'],
      equipment: ['2 bandas elásticas'],
      steps: [
        BANDS_ON,
        STAND_IN_BANDS,
        PELVIS_NEUTRAL,
        'Da 5 pasos cortos hacia adelante.',
        'Da 5 pasos cortos hacia atrás, hasta donde empezaste.',
      ],
      cues: [KNEES_OUT, 'Mantén los pies separados todo el tiempo.'],
      safety: STOP_RULE,
      illustration: {
        alt: 'Una persona en media sentadilla con bandas en los muslos y los tobillos, dando un paso hacia adelante',
      },
    },
  },
  drills: {
    'banded-glute-activation': {
      name: 'Activación de glúteos con bandas en 3 minutos',
      purpose:
        'Estar mucho tiempo sentado puede hacer que tus glúteos trabajen menos. Esta rutina corta ayuda a activarlos antes de entrenar las piernas.',
      equipment: ['2 bandas elásticas: una para la parte baja de los muslos y otra para los tobillos'],
      setup: [
        'Primero haz un calentamiento de movilidad.',
        'Pon una banda alrededor de la parte baja de los muslos, justo encima de las rodillas.',
        'Pon la otra banda alrededor de los tobillos.',
        'Mantén las piernas separadas todo el tiempo, para que las bandas sigan tensas.',
      ],
      steps: [
        {
          name: 'Puentes de glúteos con banda',
          cue: 'Sube la cadera y aprieta fuerte arriba, sin arquear la zona lumbar.',
        },
        {
          name: 'Almejas',
          cue: 'Rodillas separadas, tobillos juntos. Siente cómo trabaja la parte de afuera de la cadera.',
        },
        { name: 'Almejas invertidas', cue: 'Rodillas juntas, tobillos separados. Al principio puede sentirse raro.' },
        {
          name: 'Pasos laterales con banda',
          cue: `De pie, con las rodillas un poco dobladas y la pelvis neutra. Da pasos cortos hacia un lado y luego de vuelta. ${KNEES_OUT}`,
        },
        { name: 'Caminata con banda hacia adelante', cue: 'Pasos cortos hacia adelante. Mantén las bandas tensas.' },
        { name: 'Caminata con banda hacia atrás', cue: `Pasos cortos hacia atrás. ${KNEES_OUT}` },
      ],
      notes: [
        'Por qué ayuda: estar mucho tiempo sentado puede inclinar la cadera hacia adelante. Los músculos de la parte delantera de la cadera pueden acortarse y tensarse, y los glúteos pueden trabajar menos.',
        'Piensa en el bíceps y el tríceps: cuando el músculo de un lado de una articulación trabaja, el del otro lado se relaja. Es solo una comparación, pero muestra la idea.',
        'Al final, puede que sientas calor o un ligero ardor en los glúteos. Es normal.',
        'Puedes repetir la rutina entre ejercicios de piernas, o a mitad de tu sesión.',
        'Esta rutina activa los glúteos. Por sí sola no los fortalece.',
        'Para ganar fuerza de verdad, los músculos necesitan más carga. Con el tiempo, pasa a ejercicios con pesas.',
      ],
      safety: `Un ligero ardor es normal. ${STOP_RULE}`,
    },
  },
  checklists: {
    'weak-glutes': {
      title: '¿Podrían los glúteos débiles ser parte de tu dolor de espalda?',
      intro:
        'Los glúteos estabilizan la cadera y la pelvis. Sostienen la columna cuando caminas, subes escaleras o te agachas. Cuando están débiles, la zona lumbar puede terminar haciendo su trabajo. Esta lista es para personas adultas.',
      redFlags: {
        question: 'Primero: ¿tienes dolor de espalda junto con alguna de estas señales?',
        items: {
          'saddle-numbness': {
            text: 'Adormecimiento u hormigueo en genitales, nalgas, ano o cara interna de los muslos, o sientes distinto al limpiarte',
          },
          'bladder-bowel': {
            text: 'Problemas nuevos para orinar, no notar la vejiga llena, o perder el control de la vejiga o el intestino (no habitual en ti)',
          },
          'sex-problems': {
            text: 'Problemas nuevos en la vida sexual: erecciones, eyaculación o sensibilidad en los genitales',
          },
          'both-legs': { text: 'Dolor, hormigueo, adormecimiento o debilidad en las dos piernas' },
          'one-leg-weakness': { text: 'Debilidad en una pierna que es nueva o que va empeorando' },
          'serious-fall': { text: 'El dolor empezó después de una caída o un accidente grave' },
          'chest-pain': {
            text: 'Dolor en el pecho',
            message: {
              title: 'Dolor en el pecho: pide ayuda ya',
              body: [
                'El dolor en el pecho puede ser una señal de un problema del corazón. Llama al número de emergencias ahora.',
                'Di que tienes dolor en el pecho.',
                'No manejes. Deja lo que estás haciendo, siéntate y descansa mientras esperas.',
              ],
            },
          },
          'sudden-severe-pain': {
            text: 'Dolor de espalda repentino y muy fuerte, con dolor en el abdomen, sensación de desmayo, mareo o sudor frío',
          },
          'fever-unwell': { text: 'Fiebre alta, o te sientes muy mal' },
          'weight-loss': { text: 'Bajaste de peso sin saber por qué' },
          cancer: { text: 'Cáncer, ahora o en el pasado' },
          'rest-night-pain': { text: 'Dolor que no se calma con el reposo, o que empeora de noche' },
          'cough-sneeze-pain': { text: 'Dolor que empeora al toser, estornudar o defecar' },
          'upper-back-pain': { text: 'Dolor en la parte alta de la espalda, entre los omóplatos' },
          'back-lump': { text: 'Un bulto o una hinchazón en la espalda, o un cambio en su forma' },
          'weak-immune': { text: 'Defensas bajas, por ejemplo por quimioterapia o corticoides' },
          'osteoporosis-fall': {
            text: 'Osteoporosis o corticoides por mucho tiempo, y una caída o un esfuerzo reciente',
          },
          'over-50': { text: 'Dolor de espalda nuevo y más de 50 años' },
        },
        emergency: {
          title: 'Pide ayuda médica ya',
          body: [
            'Llama al número de emergencias ahora, o ve a la sala de emergencias más cercana.',
            'No manejes. Si no puedes llamar, pide a alguien que llame por ti.',
            'Di que tienes dolor de espalda y cuáles de estas señales tienes.',
            'No hagas ningún ejercicio hasta que te revisen.',
          ],
        },
        urgent: {
          title: 'Consulta a un médico hoy',
          body: [
            'El dolor de espalda con estas señales debe revisarlo un médico hoy mismo.',
            'No empieces estos ejercicios hasta que un médico te haya revisado.',
          ],
        },
      },
      question: '¿Cuáles de estas has notado?',
      items: {
        'back-works-harder': {
          text: 'Sientes que la zona lumbar trabaja más que los glúteos cuando haces ejercicio',
          meaning: 'Puede que los músculos de la espalda hagan un trabajo que deberían compartir con los glúteos.',
        },
        'uneven-pelvis': {
          text: 'Una cadera queda más alta que la otra, o la pelvis se inclina hacia adelante',
          meaning:
            'Los glúteos ayudan a mantener la pelvis nivelada. Cuando están débiles, puede inclinarse o desviarse.',
        },
        'recurring-tightness': {
          text: 'La zona lumbar o los isquiotibiales (la parte de atrás de los muslos) se te tensan una y otra vez',
          meaning: 'Los músculos que compensan a unos glúteos débiles pueden cansarse y tensarse.',
        },
        'knees-cave-in': {
          text: 'Las rodillas se te van un poco hacia adentro al hacer una sentadilla o al subir escaleras',
          meaning: 'Los costados de los glúteos ayudan a mantener las rodillas alineadas.',
        },
      },
      outcomes: {
        none: {
          title: 'No marcaste ninguna señal',
          body: [
            'No marcaste ninguna de las señales comunes de glúteos débiles.',
            'Aun así, los glúteos ayudan mucho a estabilizar la cadera y a sostener la espalda. Estar mucho tiempo sentado puede hacer que trabajen menos, así que levántate y muévete seguido.',
            'Un par de ejercicios suaves pueden ayudar a mantenerlos activos.',
            'Si te sigue doliendo la espalda, puede haber otras causas.',
            ROUTINE_ADVICE,
          ],
        },
        some: {
          title: 'Algunas de las señales de glúteos débiles',
          body: [
            'Marcaste algunas de las señales de glúteos débiles. Es algo muy común.',
            'Cuando los glúteos no hacen su parte, los músculos de la zona lumbar pueden hacer más trabajo. Con el tiempo, esto puede causar tensión, cansancio y dolor.',
            'Empieza poco a poco, con movimientos lentos y suaves. Sentir que los glúteos empiezan a trabajar importa más que la técnica perfecta o levantar mucho peso.',
            ROUTINE_ADVICE,
          ],
        },
        most: {
          title: 'Muchas de las señales de glúteos débiles',
          body: [
            'Marcaste muchas de las señales de glúteos débiles. Es común, y puedes hacer mucho al respecto.',
            'Unos glúteos débiles pueden dejar a los músculos de la zona lumbar con trabajo de más. Con el tiempo, esto puede causar tensión, cansancio y dolor.',
            'Empieza con los ejercicios de abajo, poco a poco, lentos y suaves. Sentir que los glúteos trabajan importa más que la técnica perfecta. Cuando te resulten fáciles, prueba la activación de glúteos con bandas en 3 minutos.',
            'Una sesión de fisiología del ejercicio puede ayudarte a ganar fuerza de forma segura, a tu ritmo.',
            ROUTINE_ADVICE,
          ],
        },
      },
      disclaimer:
        'Esta es información general, no un diagnóstico. Si te preocupa, o si el dolor es fuerte o va empeorando, consulta a un profesional de la salud.',
      // The pages themselves are in English, and the titles say so.
      sources: [
        { title: 'NHS (Reino Unido): Dolor de espalda, en inglés' },
        { title: 'NHS: Síndrome de cauda equina, en inglés' },
        { title: 'NHS: Aneurisma de aorta abdominal, en inglés' },
        { title: 'NICE CKS: Ciática (radiculopatía lumbar), en inglés' },
        { title: 'NICE CKS: Dolor lumbar sin radiculopatía, en inglés' },
        { title: 'healthdirect (Australia): Dolor de espalda, en inglés' },
        { title: 'NICE NG59: Dolor lumbar y ciática en mayores de 16 años, en inglés' },
      ],
    },
  },
  offers: {
    'exercise-physiology': {
      headline: 'Gana fuerza a la medida de tu cuerpo',
      body: 'Reserva una sesión de fisiología del ejercicio. Aprenderás a ganar fuerza de forma segura, a tu ritmo y de una manera que disfrutes.',
      buttonLabel: 'Reserva una sesión de fisiología del ejercicio',
    },
  },
};
