// English for the explanations ("Why?"): the default rules in a clinician's words (all
// but the site rules, which the cards show: en-clinician.ts), the design choices, the
// stages and the panel's own words. It travels in the explanations chunk, loaded when a
// "Why?" is first opened, which adds it to the built-in English.
import { prefixed } from './translate.js';


/** What each rule of the default rule set checks and concludes, by id. */
const RULES = prefixed('rule.tpi-guide-default.', {
  'warning.systemic-infection': 'Raised when the patient has a systemic infection and injection is being considered (an active trigger point, or an injection ordered).',
  'warning.local-infection': 'Raised for an active trigger point, or a site with an injection ordered, with infected skin over it.',
  'warning.acute-trauma': 'Raised for an active trigger point, or a site with an injection ordered, in an acutely injured muscle.',
  'warning.anticoagulation': 'Raised when the patient takes an anticoagulant and injection is being considered (an active trigger point, or an injection ordered).',
  'warning.antiplatelet': 'Raised when the patient takes an antiplatelet medicine (aspirin, clopidogrel …) and injection is being considered (an active trigger point, or an injection ordered).',
  'warning.bleeding-disorder': 'Raised when the patient has a bleeding disorder and injection is being considered (an active trigger point, or an injection ordered).',
  'warning.anesthetic-allergy': 'Raised when the patient is allergic to local anesthetics and injection is being considered (an active trigger point, or an injection ordered).',
  'warning.pregnancy': 'Raised when the patient is pregnant and injection is being considered (an active trigger point, or an injection ordered).',
  'warning.needle-phobia': 'Raised when the patient fears needles and injection is being considered (an active trigger point, or an injection ordered).',
  'warning.session-limit': 'Raised when injection is being considered (an active trigger point, or an injection ordered) and the patient had 3 or more injection sessions in the last 12 months (dry needling not counted).',
  'warning.pneumothorax-risk': 'Raised for a candidate site in a chest wall muscle, where the needle passes over the lung.',
  'warning.repeat-too-soon': 'Raised for a candidate site whose muscle was needled, by any method, less than 6 weeks ago.',
  'warning.corticosteroid-limit': 'Raised for a candidate site whose muscle had 3 or more corticosteroid injections in the last 12 months.',
  'warning.conservative-care-first': 'Raised when stretching, massage or physical therapy is recorded as not tried and a site is a candidate for injection (or an injection is ordered).',
  'warning.conservative-care-unknown': 'Raised when it is not recorded whether stretching, massage or physical therapy was tried and a site is a candidate for injection (or an injection is ordered).',
  'warning.repeat-without-response': 'Raised when injection is being considered (an active trigger point, or an injection ordered) and the latest injection session in the last 12 months gave under 50% relief, or relief for under 6 weeks.',
  'warning.older-adult-dose': 'Raised when the patient is 65 or older, a site is a candidate for injection (or an injection is ordered) and lidocaine is possible.',
  'warning.driving': 'Raised for a candidate site in a leg muscle: a numb leg can make driving unsafe for some hours.',
  'warning.activity-unknown': 'Raised for a trigger point whose pain recognition was not examined.',
  'warning.fibromyalgia': 'Raised whenever fibromyalgia is recorded: its tender points are not trigger points.',
  'eligibility.not-indicated': 'Injection not indicated: no active trigger point, nothing left that more examination could change, and no injection ordered without naming a site.',
  'eligibility.incomplete': 'Examination incomplete: no active trigger point yet, but more examination could find one (an injection order does not stand in for the exam).',
  'eligibility.contraindicated': 'Injection not advised: every active trigger point has a reason not to inject it (infection or acute injury).',
  'eligibility.caution': 'Injection possible, with caution: active trigger points are recorded and at least one warning applies.',
  'eligibility.appropriate': 'Injection may be appropriate: active trigger points are recorded and no warning applies.',
  'option.eligibility': 'No injection option is offered unless injection may be appropriate or is possible with caution.',
  'option.anesthetic-allergy': 'Lidocaine is not offered to a patient allergic to local anesthetics.',
  'option.corticosteroid-limit': 'A corticosteroid is not offered this session once a candidate site has reached the corticosteroid limit.',
  'option.corticosteroid-without-anesthetic': 'With a local anesthetic allergy a corticosteroid stays possible, injected without a local anesthetic mixed in.',
  'option.lidocaine-dose': 'With the weight known, the plain lidocaine ceiling is 4.5 mg/kg, at most 300 mg: the total for the session, all sites together.',
  'nsaids.anticoagulation': 'NSAIDs add to the bleeding risk of an anticoagulant.',
  'nsaids.antiplatelet': 'NSAIDs add to the bleeding risk of an antiplatelet medicine.',
  'nsaids.bleeding-disorder': 'NSAIDs add to the bleeding risk of a bleeding disorder.',
  'nsaids.pregnancy': 'NSAIDs are to be avoided in pregnancy.',
  'mps.mastication': 'Myofascial pain syndrome: an active trigger point in a muscle of mastication (M79.11).',
  'mps.head-neck': 'Myofascial pain syndrome: an active trigger point in another head or neck muscle (M79.12).',
  'mps.other': 'Myofascial pain syndrome: an active trigger point outside the head and neck (M79.18).',
  'condition.tension-type-headache': 'Tension-type headache: headache with an active trigger point in a head or neck muscle.',
  'condition.tinnitus': 'Tinnitus: tinnitus with an active trigger point in a muscle linked to it.',
  'condition.low-back-pain': 'Low back pain: low back pain with an active trigger point in a lower back or hip muscle.',
  'condition.joint-pain': 'Joint pain: joint pain with any active trigger point.',
  'condition.reduced-range-of-motion': 'Reduced range of motion: a trigger point with a painful limit to stretch, or reduced motion with any trigger point.',
  'condition.chronic-muscle-pain': 'Chronic muscle pain: muscle pain for 12 weeks or more with an active trigger point.',
});

export const enWhy = {
  'why.intro': 'The rules behind this result, in the order they were applied, with their sources. Rule set version {version}.',
  'why.none': 'No rule fired.',
  'why.sources': 'Sources',
  'why.design': 'A design choice of this tool: {reason}',
  'why.newTab': '(opens in a new tab)',
  'stage.classify': 'Each site’s classification',
  'stage.injection': 'Injection at each site',
  'stage.warnings': 'Warnings',
  'stage.eligibility': 'Overall result',
  'stage.options': 'Injection options',
  'stage.alternatives': 'Alternatives',
  'stage.conditions': 'Candidate conditions',
  'design.unexamined-not-absent':
    'a criterion or finding that was not examined is never counted as absent, so a site that more examination could change stays open.',
  'design.infection-trauma-absolute':
    'local or systemic infection and acute muscle trauma rule injection out; the other contraindications in the sources (bleeding risk, allergy, pregnancy, fear of needles) are warnings to weigh.',
  'design.warning-not-block':
    'antiplatelet medicines raise a warning rather than block injection, since superficial muscle injections are commonly done on them with care.',
  'design.pregnancy-some-sources': 'only some sources list pregnancy as a relative contraindication, so the clinician is asked to weigh need and medicine.',
  'design.dry-needling-counts': 'the 6-week interval counts any needling of the same muscle, dry needling included; dry needling is not an injection session.',
  'design.corticosteroid-yearly':
    'no trigger point source sets a corticosteroid limit; the usual convention for repeated corticosteroid at one site (from joint injections) is 3 to 4 a year.',
  'design.ask-never-assume': 'when conservative care is not recorded, the clinician is asked, never told that it is fine.',
  'design.older-adult-65': 'the lidocaine label asks for lower doses in older adults without giving an age; 65 years is the usual threshold.',
  'design.numb-leg': 'no guideline sets driving advice after trigger point injection; lidocaine can numb a leg for some hours.',
  'design.warning-asks-caution': 'any warning (not a note) makes the result “possible, with caution”; without one it is “may be appropriate”, never more.',
  'design.one-session-one-choice': 'an option ruled out for any candidate site is not offered for the session, rather than site by site.',
  'design.order-on-table':
    'an injection order is the clinician’s decision to consider injecting there, so the safety rules speak before it is given; the exam still decides the overall result.',
  'design.no-anesthetic-mixed': 'with a local anesthetic allergy the corticosteroid stays possible, injected without a local anesthetic mixed in.',
  ...RULES,
} satisfies Record<string, string>;
