// Spanish for the patient audience, merged into es.ts: Spanish as spoken in US clinics
// ("usted"; "manejar", "terapia física", "cita"; one term per thing:
// "punto gatillo", "punto sensible"), plain words and short sentences, as in
// en-patient.ts (test/patient/wording.test.ts holds both to the same sentence length).
// Nothing here may say or imply that the reader has a condition, or promise relief.
// Same keys as en-patient.ts.
export const esPatient: Record<string, string> = {
  'patient.title': 'Inyecciones en puntos gatillo: lo que conviene saber',
  'patient.intro':
    'Información general para ayudarle a hablar con su profesional de salud (el médico u otro profesional que le atiende). Esta página no puede decir qué causa su dolor.',

  'patient.jump': 'Ir a la breve autoevaluación',

  'patient.tp': '¿Qué es un punto gatillo?',
  'patient.tp.what':
    'Un punto gatillo es un punto pequeño y tenso dentro de un músculo. Está en una banda firme del músculo y se puede sentir como un nudo bajo la piel.',
  'patient.tp.spread':
    'Al apretarlo duele en ese mismo lugar, y el dolor también puede extenderse a otra zona, por ejemplo bajar por un brazo o una pierna. Esto se llama dolor referido.',
  'patient.tp.tender': 'Un punto sensible es distinto: duele al apretarlo, pero el dolor se queda en ese único lugar.',

  'patient.uses': '¿Para qué se usan estas inyecciones?',
  'patient.uses.intro': 'Algunas clínicas usan inyecciones en puntos gatillo para ciertos tipos de dolor, por ejemplo:',
  'patient.uses.headache': 'dolores de cabeza por tensión',
  'patient.uses.tinnitus': 'zumbido en los oídos (tinnitus)',
  'patient.uses.jaw-neck': 'dolor de mandíbula, de cuello o de hombro',
  'patient.uses.back': 'dolor en la parte baja de la espalda',
  'patient.uses.joint': 'dolor en las articulaciones',
  'patient.uses.range': 'un brazo o una pierna rígidos que no se mueven tanto como deberían',
  'patient.uses.muscle': 'dolor muscular que dura mucho tiempo y viene de puntos gatillo (se llama síndrome de dolor miofascial)',
  'patient.uses.check': 'El dolor en estas zonas también puede tener otras causas. Un profesional lo revisa primero, antes de cualquier inyección.',

  'patient.during': '¿Qué pasa durante una inyección en un punto gatillo?',
  'patient.during.intro': 'La inyección es rápida y casi siempre se hace en la clínica:',
  'patient.during.sit': 'Usted se sienta o se acuesta.',
  'patient.during.find': 'Su profesional toca el músculo con los dedos para encontrar el punto tenso.',
  'patient.during.clean': 'Limpia la piel que lo cubre.',
  'patient.during.needle':
    'Introduce una aguja fina en el punto y la mueve con suavidad hasta que el músculo se relaja. Puede que el músculo dé un pequeño salto por un momento.',
  'patient.during.out': 'Retira la aguja.',

  'patient.needling': 'Punción húmeda y punción seca',
  'patient.needling.wet':
    'En la punción húmeda se pone un poco de medicamento en el punto. Casi siempre es un anestésico, un medicamento que adormece, llamado lidocaína. A veces es un corticoide, un medicamento que calma la hinchazón.',
  'patient.needling.dry': 'En la punción seca se usa el mismo tipo de aguja fina, sin medicamento.',
  'patient.needling.compare':
    'En un informe de 2021, la punción húmeda alivió el dolor más que la seca entre el día 9 y el día 28. En los primeros días, y de 2 a 6 meses después, las dos funcionaron más o menos igual.',
  'patient.needling.sore': 'La punción húmeda con un anestésico suele dejar menos dolor después que la punción seca.',

  'patient.after': 'Después de la inyección',
  'patient.after.numb': 'La zona puede sentirse dormida o con hormigueo durante unas horas.',
  'patient.after.sore': 'Después puede doler o estar un poco hinchada durante poco tiempo.',
  'patient.after.activity': 'La mayoría de las personas vuelve enseguida a sus actividades de siempre.',
  'patient.after.home': 'La mayoría de las personas puede regresar a casa por su cuenta después de la cita.',
  'patient.after.rest': 'Su profesional puede pedirle que descanse o que evite el ejercicio intenso durante unas horas o unos días.',
  'patient.after.driving':
    'Si la pierna puede quedar dormida, puede que le pidan no manejar. Por si acaso, busque a alguien que le lleve a casa.',

  'patient.effects': 'Posibles efectos secundarios',
  'patient.effects.common':
    'Más frecuentes: un poco de sangrado o un moretón, dolor donde entró la aguja, dolor muscular o sensación de ardor.',
  'patient.effects.less': 'Menos frecuentes: dolor de cabeza, cansancio o mareo.',
  'patient.effects.settle': 'En los estudios, estos efectos secundarios desaparecieron solos en pocos días.',
  'patient.effects.allergy': 'Una reacción alérgica es menos frecuente. Puede que no desaparezca sola, así que conozca las señales que se explican más abajo.',
  'patient.effects.rare':
    'Raros: desmayo o una infección. Después de una inyección cerca del pecho, el cuello, la parte alta de la espalda o el hombro, puede colapsar un pulmón. Es raro, pero grave.',

  'patient.relief': '¿Ayudará, y por cuánto tiempo?',
  'patient.relief.start': 'Algunas personas se sienten mejor enseguida. A otras les toma días o semanas.',
  'patient.relief.none': 'Algunas personas no se sienten mejor. Las inyecciones no ayudan a todos.',
  'patient.relief.last': 'En los estudios, el alivio tras la punción húmeda duró entre 2 y 12 semanas. Es distinto en cada persona.',
  'patient.relief.repeat': 'Las inyecciones de corticoide en el mismo lugar son limitadas, porque las dosis repetidas pueden dañar la zona.',

  'patient.urgent': 'Cuándo pedir ayuda enseguida',
  'patient.urgent.emergency': 'Llame ahora a {number} si pasa algo de esto:',
  'patient.urgent.chest':
    'Dolor nuevo en el pecho, dolor al tomar aire o falta de aire. Tómelo muy en serio después de una inyección cerca del pecho, el cuello, la parte alta de la espalda o el hombro.',
  'patient.urgent.swelling': 'Hinchazón de la cara, los labios o la lengua, o dificultad para respirar.',
  'patient.urgent.later': 'Esto puede empezar horas después de la inyección. No espere a ver si se pasa.',
  'patient.urgent.clinic': 'Llame a su clínica el mismo día si nota algo de esto:',
  'patient.urgent.infection': 'Señales de infección: enrojecimiento o hinchazón que empeora, calor, pus o fiebre.',
  'patient.urgent.rash': 'Un sarpullido nuevo o ronchas que pican. Si empieza la hinchazón o la dificultad para respirar, llame a {number}.',

  'patient.alt': 'Otras formas de aliviar el dolor',
  'patient.alt.intro': 'Para la mayoría de las personas, las inyecciones no son el primer paso. Pregunte a su equipo de salud cuáles de estas podrían ayudarle:',
  'patient.alt.stretching': 'Estiramientos suaves y regulares del músculo tenso.',
  'patient.alt.massage-therapy': 'Presión con las manos que ayuda a relajar el músculo.',
  'patient.alt.physical-therapy': 'Ejercicios y tratamiento con las manos de un terapeuta físico.',
  'patient.alt.ice-heat': 'Una bolsa fría o una bolsa caliente sobre la zona que duele.',
  'patient.alt.nsaids':
    'Medicamentos para el dolor que calman la hinchazón, como el ibuprofeno. Pregunte antes si toma un anticoagulante, sangra con facilidad o está embarazada.',
  'patient.alt.rest': 'Una pausa breve de lo que empeora el dolor.',
  'patient.alt.splinting': 'Una férula o un soporte que mantiene la zona quieta durante un tiempo.',
  'patient.alt.acupuncture': 'Agujas muy finas colocadas en puntos elegidos del cuerpo.',

  'patient.check': '¿Qué cita podría convenirle?',
  'patient.check.intro':
    'Unas preguntas para ayudarle a elegir una cita. La primera es sobre su seguridad. Puede saltarse las demás. Esta autoevaluación no puede decir qué causa su dolor.',
  'patient.redFlag': '¿Le pasa ahora alguna de estas cosas? Elija todo lo que corresponda.',
  'patient.redFlag.chest-breathing': 'Dolor nuevo en el pecho, dolor al tomar aire o falta de aire',
  'patient.redFlag.allergic-swelling': 'Hinchazón de la cara, los labios o la lengua, o dificultad para respirar',
  'patient.redFlag.thunderclap-headache': 'Un dolor de cabeza repentino y muy fuerte, el peor de su vida',
  'patient.redFlag.stroke-signs': 'Debilidad o adormecimiento nuevo en la cara, un brazo o una pierna, la cara caída o dificultad para hablar',
  'patient.redFlag.bladder-bowel': 'Problemas nuevos para aguantar la orina o las heces, o adormecimiento entre las piernas o en las nalgas',
  'patient.redFlag.fever': 'Fiebre o escalofríos, o sentirse mal en todo el cuerpo, además del dolor',
  'patient.redFlag.recent-injury': 'El dolor empezó con una caída, un accidente o un golpe en los últimos días',
  'patient.redFlag.red-hot-skin': 'La piel sobre la zona que duele está roja, caliente o hinchada, o tiene pus',
  'patient.redFlag.cancer-or-weight-loss': 'Cáncer ahora o en el pasado, o pérdida de peso sin intentarlo',
  'patient.redFlag.progressive-weakness': 'Debilidad o adormecimiento en un brazo o una pierna que empeora poco a poco',
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
  'patient.map': 'Mostrar los lugares en un dibujo del cuerpo',
  'patient.duration': '¿Cuánto tiempo lleva con este dolor?',
  'patient.duration.under-6-weeks': 'Menos de 6 semanas',
  'patient.duration.6-to-12-weeks': 'De 6 a 12 semanas',
  'patient.duration.over-12-weeks': 'Más de 12 semanas',
  'patient.spreads': 'Cuando aprieta el punto que más duele, ¿el dolor se extiende a otra zona?',
  'patient.triedCare': '¿Ya probó estiramientos, masaje o terapia física para este dolor, y no le ayudó lo suficiente?',
  'patient.reply.yes': 'Sí',
  'patient.reply.no': 'No',
  'patient.reply.unsure': 'No lo sé',
  'patient.flag': '¿Le pasa alguna de estas cosas? Elija todo lo que corresponda.',
  'patient.flag.anticoagulated': 'Tomar un anticoagulante, como warfarina, Eliquis o Xarelto',
  'patient.flag.antiplatelet': 'Tomar aspirina, Plavix u otro medicamento parecido todos los días',
  'patient.flag.bleedingDisorder': 'Un problema de sangrado (sangrado que cuesta parar)',
  'patient.flag.pregnant': 'Embarazo, o posibilidad de estar embarazada',
  'patient.flag.localAnestheticAllergy': 'Alergia a la anestesia local (como la que usa el dentista)',
  'patient.flag.needlePhobia': 'Mucho miedo a las agujas',

  'patient.emergency.call': 'Llame ahora a {number}.',
  'patient.emergency.number': 'su número local de emergencias',
  'patient.emergency.numbered': 'emergencias al {number}',
  'patient.emergency.more': 'No espere a ver si se pasa, y no maneje usted. No haga una cita para esto.',
  'patient.today': 'Busque atención hoy mismo.',
  'patient.today.more': 'Llame a su clínica o vaya a un centro de atención de urgencia. No espere a una cita. Si empeora, llame a {number}.',
  'patient.check.empty': 'Sin respuestas todavía, la sugerencia es {service}. Sus respuestas pueden cambiarla.',
  'patient.check.result': 'Una cita que podría convenirle: {service}.',
  'patient.check.seeTop': 'Primero busque ayuda: lea el mensaje al principio de estas preguntas.',
  'patient.service.consultation': 'una consulta con un profesional de salud',
  'patient.service.physical-therapy': 'terapia física',
  'patient.service.trigger-point-assessment': 'una revisión de puntos gatillo',
  'patient.book': 'Reservar {service}',

  'patient.reason.chest-breathing':
    'El dolor nuevo en el pecho o la dificultad para respirar necesitan ayuda enseguida. Después de una inyección cerca del pecho, el cuello, la espalda o el hombro, puede empezar horas más tarde.',
  'patient.reason.allergic-swelling': 'La hinchazón de la cara, los labios o la lengua, o la dificultad para respirar, pueden empeorar muy rápido.',
  'patient.reason.thunderclap-headache': 'Un dolor de cabeza repentino y muy fuerte se debe revisar enseguida.',
  'patient.reason.stroke-signs': 'La debilidad o el adormecimiento nuevos, la cara caída o la dificultad para hablar necesitan ayuda enseguida. Anote la hora en que empezó.',
  'patient.reason.bladder-bowel': 'Los problemas nuevos con la orina o las heces, o el adormecimiento entre las piernas, se deben revisar enseguida.',
  'patient.reason.fever':
    'La fiebre o sentirse mal en todo el cuerpo, además del dolor, se deben revisar hoy. Los tratamientos con agujas esperan hasta que no haya ninguna infección.',
  'patient.reason.recent-injury': 'Un dolor que empezó con una caída o un golpe reciente se debe revisar hoy.',
  'patient.reason.red-hot-skin': 'La piel roja, caliente o hinchada, o con pus, se debe revisar hoy.',
  'patient.reason.cancer-or-weight-loss':
    'Por el cáncer, ahora o en el pasado, o por perder peso sin intentarlo, un profesional debe verle primero, antes de cualquier tratamiento con agujas.',
  'patient.reason.progressive-weakness': 'La debilidad o el adormecimiento que empeoran se deben revisar pronto, antes de cualquier tratamiento con agujas.',
  'patient.reason.bleeding':
    'Los anticoagulantes y los problemas de sangrado pueden hacer que una aguja sangre más. Un profesional puede valorarlo con usted.',
  'patient.reason.pregnancy':
    'En el embarazo, algunos tratamientos y medicamentos necesitan más cuidado. Un profesional puede planear con usted opciones seguras.',
  'patient.reason.allergy':
    'Una alergia a la anestesia local cambia el medicamento que se puede usar. Un profesional puede planearlo teniéndolo en cuenta.',
  'patient.reason.exam-first': 'El zumbido en los oídos y el dolor de mandíbula pueden tener muchas causas. Un profesional las revisa primero.',
  'patient.reason.early':
    'El dolor de menos de 6 semanas a menudo mejora con estiramientos, ejercicio y terapia física. Las inyecciones son para el dolor que no ha mejorado tras unas 6 semanas de estos cuidados.',
  'patient.reason.care-first':
    'Los estiramientos, el masaje y la terapia física se suelen probar antes que las inyecciones, y ayudan a muchas personas.',
  'patient.reason.spreads': 'Si el dolor se extiende desde un punto y otros cuidados no bastaron, un profesional puede buscar puntos gatillo.',
  'patient.reason.needles': 'Si las agujas le preocupan, dígalo al reservar. Muchos tratamientos no usan agujas.',
  'patient.reason.antiplatelet':
    'La aspirina y medicamentos parecidos pueden hacer que una aguja sangre un poco más. Dígalo a la clínica al reservar. No deje ningún medicamento sin consultar a su médico.',
  'patient.reason.start': 'Una consulta es un buen primer paso. Un profesional puede examinar el dolor y hablar con usted de sus opciones.',
  'patient.check.sources': 'En qué se basa esto',
  'patient.disclaimer': 'Esta página da información general. No sustituye los consejos de su propio profesional de salud.',
};
