// Spanish for the patient audience, merged into es.ts: plain words, short sentences,
// "usted", every technical word explained, as in en-patient.ts. Nothing here may say or
// imply that the reader has a condition. Same keys as en-patient.ts.
export const esPatient: Record<string, string> = {
  'patient.title': 'Infiltraciones en puntos gatillo: lo que conviene saber',
  'patient.intro':
    'Información general para ayudarle a hablar con su profesional de salud (el médico u otro profesional que le atiende). No puede decir qué causa su dolor.',

  'patient.jump': 'Ir a la breve autoevaluación',

  'patient.tp': '¿Qué es un punto gatillo?',
  'patient.tp.what':
    'Un punto gatillo es un punto pequeño y tenso dentro de un músculo. Está en una banda firme del músculo y se puede notar como un nudo bajo la piel.',
  'patient.tp.spread':
    'Al apretarlo duele en ese mismo sitio, y el dolor también puede extenderse a otra zona, por ejemplo bajar por un brazo o una pierna. Esto se llama dolor referido.',
  'patient.tp.tender': 'Un punto sensible es distinto: duele al apretarlo, pero el dolor se queda en ese único sitio.',
  'patient.tp.uses':
    'Algunas clínicas tratan los puntos gatillo en el dolor muscular que dura mucho tiempo, en los dolores de cabeza por tensión, en el dolor de la parte baja de la espalda y en otros tipos de dolor.',

  'patient.during': '¿Qué pasa durante una infiltración en un punto gatillo?',
  'patient.during.intro': 'Una infiltración es una inyección. Esta es rápida y normalmente se hace en la consulta:',
  'patient.during.sit': 'Usted se sienta o se acuesta.',
  'patient.during.find': 'Su profesional toca el músculo con los dedos para encontrar el punto tenso.',
  'patient.during.clean': 'Limpia la piel que lo cubre.',
  'patient.during.needle':
    'Introduce una aguja fina en el punto y la mueve con suavidad hasta que el músculo se relaja. Puede que el músculo dé un pequeño salto por un momento.',
  'patient.during.out': 'Retira la aguja.',

  'patient.needling': 'Punción húmeda y punción seca',
  'patient.needling.wet':
    'En la punción húmeda se pone un poco de medicamento en el punto. Casi siempre es un anestésico, un medicamento que adormece, llamado lidocaína. A veces es un corticoide, un medicamento que calma la hinchazón y la irritación.',
  'patient.needling.dry': 'En la punción seca se usa el mismo tipo de aguja fina, sin medicamento.',
  'patient.needling.compare': 'Los estudios que compararon las dos encontraron, en su mayoría, resultados parecidos.',

  'patient.after': 'Después de la infiltración',
  'patient.after.numb': 'La zona puede notarse dormida o con hormigueo durante unas horas.',
  'patient.after.sore': 'Después puede doler o estar un poco hinchada durante poco tiempo.',
  'patient.after.activity': 'La mayoría de las personas vuelve enseguida a sus actividades de siempre.',
  'patient.after.rest': 'Su profesional puede pedirle que descanse o que evite el ejercicio intenso durante unas horas o unos días.',
  'patient.after.driving':
    'Si la pierna puede quedar dormida, puede que le pidan no conducir. Por si acaso, organice quién le lleve a casa.',

  'patient.effects': 'Posibles efectos secundarios',
  'patient.effects.common':
    'Más frecuentes: un poco de sangrado o un moretón, dolor donde entró la aguja, dolor muscular o sensación de ardor.',
  'patient.effects.less': 'Menos frecuentes: dolor de cabeza, cansancio, mareo o una reacción alérgica.',
  'patient.effects.rare':
    'Raros: desmayo, una infección o, tras una inyección cerca del pecho, un pulmón colapsado (aire que se escapa alrededor del pulmón).',
  'patient.effects.settle': 'En los estudios, los frecuentes y los menos frecuentes desaparecieron solos en pocos días.',

  'patient.relief': '¿Cuánto dura el alivio?',
  'patient.relief.start': 'Algunas personas se sienten mejor enseguida. A otras les lleva días o semanas.',
  'patient.relief.last': 'En los estudios, el alivio tras la punción húmeda duró entre 2 y 12 semanas. Es distinto en cada persona.',
  'patient.relief.repeat': 'Las inyecciones de corticoide en el mismo sitio son limitadas, porque las dosis repetidas pueden dañar la zona.',

  'patient.urgent': 'Cuándo pedir ayuda enseguida',
  'patient.urgent.intro':
    'Llame a su clínica o acuda a urgencias si nota alguno de estos signos. Si es grave o le cuesta respirar, llame a los servicios de emergencia.',
  'patient.urgent.chest':
    'Dolor nuevo en el pecho, dolor al tomar aire o falta de aire, sobre todo después de una inyección en el pecho, la parte alta de la espalda o el hombro.',
  'patient.urgent.infection': 'Signos de infección: enrojecimiento o hinchazón que empeora, calor, pus o fiebre.',
  'patient.urgent.allergy':
    'Signos de reacción alérgica: sarpullido o ronchas, hinchazón de la cara, los labios o la lengua, o dificultad para respirar.',

  'patient.alt': 'Otras formas de aliviar el dolor',
  'patient.alt.intro': 'Para la mayoría de las personas, las inyecciones no son el primer paso. Pregunte a su equipo de salud cuáles de estas podrían ayudarle:',
  'patient.alt.stretching': 'Estiramientos suaves y regulares del músculo tenso.',
  'patient.alt.massage-therapy': 'Presión con las manos que ayuda a relajar el músculo.',
  'patient.alt.physical-therapy': 'Ejercicios y tratamiento con las manos de un fisioterapeuta.',
  'patient.alt.ice-heat': 'Una bolsa fría o una bolsa caliente sobre la zona que duele.',
  'patient.alt.nsaids':
    'Medicamentos antiinflamatorios para el dolor, como el ibuprofeno. Pregunte antes si toma un anticoagulante, sangra con facilidad o está embarazada.',
  'patient.alt.rest': 'Una pausa breve de lo que empeora el dolor.',
  'patient.alt.splinting': 'Una férula o un soporte que mantiene la zona quieta durante un tiempo.',
  'patient.alt.acupuncture': 'Agujas muy finas colocadas en puntos elegidos del cuerpo.',

  'patient.check': '¿Qué consulta podría convenirle?',
  'patient.check.intro':
    'Unas preguntas para ayudarle a elegir una consulta. Puede saltarse las que quiera. Esta autoevaluación no puede decir qué causa su dolor.',
  'patient.area': '¿Qué le molesta? Elija todo lo que corresponda.',
  'patient.area.headache': 'Dolores de cabeza',
  'patient.area.tinnitus': 'Zumbido en los oídos',
  'patient.area.jaw-pain': 'Dolor de mandíbula',
  'patient.area.neck-pain': 'Dolor de cuello',
  'patient.area.shoulder-pain': 'Dolor de hombro',
  'patient.area.low-back-pain': 'Dolor en la parte baja de la espalda',
  'patient.area.joint-pain': 'Dolor en las articulaciones',
  'patient.area.muscle-pain': 'Dolor muscular en otra parte',
  'patient.area.reduced-range-of-motion': 'Rigidez: cuesta moverse del todo',
  'patient.spreads': 'Cuando aprieta el punto que más duele, ¿el dolor se extiende a otra zona?',
  'patient.triedCare': '¿Ya ha probado estiramientos, masaje o fisioterapia para este dolor?',
  'patient.reply.yes': 'Sí',
  'patient.reply.no': 'No',
  'patient.reply.unsure': 'No lo sé',
  'patient.flag': '¿Le ocurre alguna de estas cosas? Elija todo lo que corresponda.',
  'patient.flag.anticoagulated': 'Tomar un anticoagulante (un medicamento que hace la sangre más líquida)',
  'patient.flag.bleedingDisorder': 'Un problema de sangrado (sangrado que cuesta parar)',
  'patient.flag.pregnant': 'Embarazo, o posibilidad de estar embarazada',
  'patient.flag.systemicInfection': 'Fiebre, o sentirse mal en todo el cuerpo',
  'patient.flag.localAnestheticAllergy': 'Alergia a la anestesia local (como la que usa el dentista)',
  'patient.flag.needlePhobia': 'Mucho miedo a las agujas',
  'patient.check.empty': 'Responda cualquier pregunta para ver una sugerencia.',
  'patient.check.result': 'Una consulta que podría convenirle: {service}.',
  'patient.service.consultation': 'una consulta con un profesional de salud',
  'patient.service.physical-therapy': 'fisioterapia',
  'patient.service.trigger-point-injection': 'una valoración de puntos gatillo',
  'patient.book': 'Reservar {service}',
  'patient.reason.infection':
    'La fiebre o sentirse mal en todo el cuerpo deben revisarse primero. Los tratamientos con agujas esperan hasta que no haya ninguna infección.',
  'patient.reason.bleeding':
    'Los anticoagulantes y los problemas de sangrado pueden hacer que una aguja sangre más. Un profesional puede valorarlo con usted.',
  'patient.reason.pregnancy':
    'En el embarazo, algunos tratamientos y medicamentos necesitan más cuidado. Un profesional puede planear con usted opciones seguras.',
  'patient.reason.allergy':
    'Una alergia a la anestesia local cambia el medicamento que se puede usar. Un profesional puede planearlo teniéndolo en cuenta.',
  'patient.reason.care-first':
    'Los estiramientos, el masaje y la fisioterapia se suelen probar antes que las inyecciones, y ayudan a muchas personas.',
  'patient.reason.spreads':
    'Un dolor que se extiende desde un punto que duele, después de probar otros cuidados, es algo que un profesional puede revisar en busca de puntos gatillo.',
  'patient.reason.needles': 'Si las agujas le preocupan, dígalo al reservar. Muchos tratamientos no usan agujas.',
  'patient.reason.start': 'Una consulta es un buen primer paso. Un profesional puede examinar el dolor y hablar con usted de sus opciones.',
  'patient.check.sources': 'En qué se basa esta sugerencia',
  'patient.disclaimer': 'Esta información complementa, pero no sustituye, los consejos de su propio profesional de salud.',
};
