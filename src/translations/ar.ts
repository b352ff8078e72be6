import { plural } from '../internal/plural.js';
import type { Translation } from './en.js';

/**
 * Arabic UI strings, in Modern Standard Arabic, written right to left. Instructions speak to one
 * reader (the usual masculine form of an app's instructions). Numbers come in shown as the page's
 * Intl writes them: Latin digits for `ar`, Arabic-Indic for `ar-EG` or `ar-SA`.
 */

/** The number a count was shown as (its last, for a range such as "10–15"), whatever its digits. */
const countOf = (shown: string): number => {
  const latin = shown.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x660));
  return Number(/(\d+)\D*$/.exec(latin)?.[1] ?? NaN);
};

/** The six Arabic forms of a counted noun: one and two say the number in the word itself. */
const counted = (count: number, shown: string, one: string, two: string, few: string, many: string, other = many) =>
  plural('ar', count, {
    one,
    two,
    few: `${shown} ${few}`,
    many: `${shown} ${many}`,
    other: `${shown} ${other}`,
  });

const seconds = (count: number, shown: string) =>
  counted(count, shown, 'ثانية واحدة', 'ثانيتان', 'ثوانٍ', 'ثانيةً', 'ثانية');
const minutes = (count: number, shown: string) =>
  counted(count, shown, 'دقيقة واحدة', 'دقيقتان', 'دقائق', 'دقيقةً', 'دقيقة');
const steps = (count: number, shown: string) => counted(count, shown, 'خطوة واحدة', 'خطوتان', 'خطوات', 'خطوةً', 'خطوة');

export const ar: Translation = {
  lang: 'ar',
  loading: 'جارٍ التحميل…',
  badSetting: 'تلقّت هذه الأداة إعدادًا لا يمكنها استخدامه.',
  problemContent: 'تعذّر استخدام محتوى هذه الأداة.',
  problemNotChosen: (kind) =>
    ({
      exercises: 'لم يتم اختيار أي تمرين.',
      drills: 'لم يتم اختيار أي برنامج تمارين.',
      checklists: 'لم يتم اختيار أي قائمة أعراض.',
      offers: 'لم يتم اختيار أي عرض حجز.',
    })[kind],
  problemNotFound: (kind, id) =>
    ({
      exercises: `لا يوجد تمرين باسم «${id}».`,
      drills: `لا يوجد برنامج تمارين باسم «${id}».`,
      checklists: `لا توجد قائمة أعراض باسم «${id}».`,
      offers: `لا يوجد عرض حجز باسم «${id}».`,
    })[kind],
  problemAvailable: (ids) => `المتاح: ${ids}.`,
  problemNone: 'لا شيء',
  contentProblem: 'تعذّر تحميل هذا المحتوى، لذا لا يمكن عرض هذه التمارين.',
  contentMore: (count) => `…و${count} غيرها (انظر وحدة التحكم).`,
  sets: (count) => counted(count, String(count), 'مجموعة واحدة', 'مجموعتان', 'مجموعات', 'مجموعةً', 'مجموعة'),
  setsOf: (sets, reps) => `${sets}، كل منها ${reps}`,
  reps: (count, many) =>
    many ? counted(countOf(count), count, 'تكرار واحد', 'تكراران', 'تكرارات', 'تكرارًا', 'تكرار') : 'تكرار واحد',
  steps: (count, many) => (many ? steps(countOf(count), count) : 'خطوة واحدة'),
  hold: (seconds) => `ثبّت ${seconds} ث`,
  rest: (seconds) => `استرح ${seconds} ث`,
  eachSide: 'لكل جانب',
  eachWay: 'في كل اتجاه',
  muscles: 'العضلات',
  equipment: 'الأدوات',
  noEquipment: 'لا تحتاج إلى أدوات',
  howTo: 'طريقة الأداء',
  cues: 'نصائح',
  safety: 'السلامة',
  stopRule: 'توقّف إذا زاد الألم عن انزعاج خفيف، أو إذا امتدّ الألم إلى ساقك.',
  easier: 'أسهل',
  harder: 'أصعب',
  cuesAndSafety: 'نصائح وسلامة',
  moreDetails: 'الخطوات والنصائح',
  doneToday: 'تم اليوم',
  markDone: 'ضع علامة «تم اليوم»',
  dosageClinicChoice: 'أرقام مقترحة وليست كمية ثابتة: اتبع ما يشعر به جسمك.',
  start: 'ابدأ',
  startLabel: (name) => `ابدأ: ${name}`,
  drillUntitled: 'برنامجك',
  drillStart: 'ابدأ',
  drillNoClock: 'لا يستطيع هذا المؤقّت قياس الوقت في هذا المتصفح: ساعته لا تعطي وقتًا.',
  drillClockGave: (value) => `أعطت ${value}.`,
  drillCantRun: 'لا يمكن تشغيل هذا البرنامج.',
  drillCantTime: 'لا يمكن توقيت هذا التمرين.',
  drillBoth: 'اختر برنامجًا أو تمرينًا، لا الاثنين معًا.',
  drillBothDetail: (drill, exercise) => `لهذا المؤقّت drill="${drill}" و exercise="${exercise}".`,
  drillNoneChosen: 'لم يتم اختيار برنامج أو تمرين.',
  drillNoneChosenDetail: (drills, exercises) => `حدّد drill="…" (${drills}) أو exercise="…" (${exercises}).`,
  drillStartLabel: (name) => `ابدأ: ${name}`,
  drillPause: 'إيقاف مؤقت',
  drillResume: 'متابعة',
  drillBack: 'رجوع',
  drillSkip: 'تخطّي',
  drillDone: 'تم',
  drillRestart: 'إعادة البدء',
  drillAgain: 'مرة أخرى',
  drillMute: 'كتم الصوت',
  drillVoice: 'الصوت',
  drillMore: 'المزيد',
  drillRestartAsk: 'هل تريد البدء من الخطوة 1؟ سيضيع ما أنجزته في هذه الجولة.',
  drillRestartYes: 'نعم، ابدأ من جديد',
  drillKeepGoing: 'لا، تابِع',
  drillFocusMode: 'ملء الشاشة',
  drillFocusExit: 'الخروج من ملء الشاشة',
  drillStepOf: (n, total) => `الخطوة ${n} من ${total}`,
  drillRestThen: (n, total) => `استراحة، ثم الخطوة ${n} من ${total}`,
  drillStepCount: (count, shown) => steps(count, shown),
  drillAbout: (time) => `نحو ${time}`,
  drillRest: 'استراحة',
  drillRelax: 'استرخِ',
  drillHold: 'ثبّت',
  drillSwitchSides: 'بدّل الجانب',
  drillLeft: 'الجانب الأيسر',
  drillRight: 'الجانب الأيمن',
  drillOut: 'ذهابًا',
  drillBackWay: 'إيابًا',
  drillRound: (n, of) => `الجولة ${n} من ${of}`,
  drillSet: (n, of) => `المجموعة ${n} من ${of}`,
  drillRep: (n, of) => `التكرار ${n} من ${of}`,
  drillUnit: (unit, many) => (unit === 'steps' ? (many ? 'خطوات' : 'خطوة') : many ? 'تكرارات' : 'تكرار'),
  drillNext: (what) => `التالي: ${what}`,
  drillNextFinish: 'التالي: النهاية',
  drillPaused: 'متوقف مؤقتًا',
  drillYouNeed: 'ستحتاج إلى',
  drillBeforeYouStart: 'قبل أن تبدأ',
  drillAboutThis: 'لماذا يفيد، ومتى تؤديه',
  drillFirst: (what) => `أولًا: ${what}`,
  drillKeys:
    'المفاتيح: المسافة للبدء أو الإيقاف المؤقت، Enter لتسجيل التكرارات، والسهمان الأيمن والأيسر للرجوع أو التخطي.',
  drillResumeOffer: 'هل تريد المتابعة من حيث توقفت؟',
  drillStartOver: 'البدء من جديد',
  drillFinished: 'أحسنت! لقد انتهيت.',
  drillFinishedAllSkipped: 'وصلت إلى النهاية. تخطّيت كل الخطوات هذه المرة.',
  drillTime: 'الوقت',
  drillStepsDone: 'الخطوات المنجزة',
  drillOf: (done, total) => `${done} من ${total}`,
  drillMinSec: (min, sec) => (countOf(min) === 0 ? `${sec} ث` : `${min} د ${sec} ث`),
  drillSayRange: (min, max) => `من ${min} إلى ${max}`,
  drillSaySeconds: (count, shown) => seconds(count, shown),
  drillSayMinSec: (min, sec, shownMin, shownSec) =>
    [min ? minutes(min, shownMin) : '', sec || !min ? seconds(sec, shownSec) : ''].filter(Boolean).join(' و'),
  drillSayHold: (seconds) => `ثبّت ${seconds}`,
  drillSayFinished: (done, total, time, skippedAll) =>
    `${skippedAll ? 'وصلت إلى النهاية' : 'أحسنت! لقد انتهيت'}: ${done} من ${steps(countOf(total), total)} في ${time}.`,
  checklistStep: (step, total) => `الخطوة ${step} من ${total}`,
  checklistTickAll: 'ضع علامة على كل ما ينطبق عليك.',
  checklistNoneApply: 'لا شيء من هذا ينطبق عليّ',
  checklistContinue: 'متابعة',
  checklistBack: 'رجوع',
  checklistShowResult: 'اعرض نتيجتي',
  checklistStartAgain: 'البدء من جديد',
  checklistPrint: 'اطبع نتيجتي',
  checklistClear: 'امسح إجاباتي',
  checklistCall: (number) => `اتصل بالرقم ${number}`,
  checklistEmergencyGroup: 'طوارئ: اطلب المساعدة الآن',
  checklistUrgentGroup: 'عاجل: راجع طبيبًا اليوم',
  checklistCallLine: (name, number) => (name.endsWith(number) ? `اتصل بـ ${name}` : `اتصل بـ ${name} على ${number}`),
  checklistSameDayLine: (name) => `اتصل بـ ${name} الآن لطلب النصيحة، أو اطلب من طبيب الأسرة موعدًا اليوم.`,
  checklistSameDaySite: 'اتصل الآن لطلب النصيحة، أو اطلب من طبيبك موعدًا اليوم.',
  checklistSameDayDoctor: 'اتصل بطبيبك واطلب أن يراك اليوم. إذا لم تجد موعدًا، فاذهب إلى عيادة رعاية عاجلة.',
  checklistIfWorse: 'إذا ساءت حالتك، أو لاحظت أيًّا من علامات الطوارئ، فاتصل برقم الطوارئ.',
  checklistReviewedBy: (name) => `راجعه ${name}`,
  checklistNothingTicked: 'ضع علامة على ما ينطبق عليك، أو اختر «لا شيء من هذا ينطبق عليّ».',
  checklistTickedButNone: (count) =>
    count === 1
      ? 'وضعت علامة على واحدة منها. اختر «متابعة» لترى ما عليك فعله، أو أزل العلامة إن لم تكن تنطبق عليك.'
      : `وضعت علامة على ${count} منها. اختر «متابعة» لترى ما عليك فعله، أو أزل العلامات إن لم تكن تنطبق عليك.`,
  checklistErrorSummary: 'هناك مشكلة',
  checklistErrorPrefix: 'خطأ:',
  checklistDrillKind: 'مجموعة حركات مع مؤقّت',
  checklistYouTicked: 'اخترت',
  checklistYourSigns: 'العلامات التي اخترتها',
  checklistMovesToTry: 'حركات يمكنك تجربتها',
  checklistSources: 'المصادر',
  checklistSourcesReviewed: (date) => `المصادر، روجعت في ${date}`,
  checklistReviewed: (date) => `روجعت في ${date}`,
  checklistResultAnnouncement: (title) => `نتيجتك: ${title}`,
  checklistRemembered: 'تُحفظ إجاباتك على هذا الجهاز حتى تمسحها.',
  checklistNotRemembered: 'لا يستطيع هذا الجهاز حفظ إجاباتك، لذا ستختفي عندما تغادر هذه الصفحة.',
  checklistCleared: 'تم مسح إجاباتك.',
  checklistBadNumber: (number) => `لا يمكن الاتصال برقم الطوارئ «${number}».`,
  checklistBadNumberDetail: 'استخدم الأرقام فقط، مثل 997 أو 112 أو 999.',
  checklistBadUrgentNumber: (number) => `لا يمكن الاتصال بالرقم غير الطارئ «${number}».`,
  checklistBadUrgentNumberDetail: 'استخدم الأرقام فقط، مثل 937 أو 111.',
  checklistNoOutcome: (id, score) => `ليس لقائمة «${id}» نتيجة لمجموع ${score}.`,
  bookNewTab: '(يُفتح في علامة تبويب جديدة)',
  bookDismiss: 'إغلاق شريط الحجز',
  bookDismissed: (days, formatted) =>
    days <= 0
      ? 'تم إخفاء شريط الحجز.'
      : `تم إخفاء شريط الحجز لمدة ${counted(days, formatted, 'يوم واحد', 'يومين', 'أيام', 'يومًا', 'يوم')}.`,
  bookUndo: 'تراجع',
  bookUndoHint: 'أظهر شريط الحجز مرة أخرى',
  bookNoLink: 'ليس لشريط الحجز هذا رابط لعرضه.',
  bookNoLinkDetail: 'أضف السمة href، أو رابطًا (<a href="…">) داخل العنصر.',
  bookUnsafeLink: 'تم حذف رابط الحجز هذا لأنه ليس رابط ويب أو هاتف أو بريد إلكتروني.',
  bookResources: 'نزّل الدليل بصيغة PDF للطباعة',
  mediaVideoOf: (name) => `فيديو: ${name}`,
  mediaPlay: (title) => `تشغيل الفيديو: ${title}`,
  mediaPlaysFrom: (service) => `يُشغَّل هذا الفيديو من ${service} عندما تضغط على زر التشغيل.`,
  mediaCaptions: 'الترجمة النصية',
  mediaVideoAddress: (url) => `فيديو: ${url}`,
  mediaServiceAddress: (service, url) => `فيديو على ${service}: ${url}`,
  mediaRefused: 'لا يمكن عرض هذه الصورة أو هذا الفيديو هنا.',
};
