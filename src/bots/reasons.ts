/** The one-line reasons computer roles give, as codes with the details their sentences need; reasonMessages.ts words them. */
import type { ConceptComponent } from '../scenario/schema';
import type { Proposal, Reason, ReasonCode, Resources } from '../rules/types';
import type { Motive } from './valuation';

type Params = Reason['params'];
type Card = Pick<Proposal, 'measure' | 'district'>;

const reason = (code: ReasonCode, ...parts: Params[]): Reason => ({ code, params: Object.assign({}, ...parts) as Params });

/** The card the reason is about, by its ids. */
const card = (p: Card): Params => (p.district ? { measure: p.measure, district: p.district } : { measure: p.measure });

/** The role's own card that a package deal or a rivalry concerns. */
const ownCard = (p: Card): Params => (p.district ? { ownMeasure: p.measure, ownDistrict: p.district } : { ownMeasure: p.measure });

/** The indicator that moves the role most and which way; none when credit is what the card is for. */
const motive = (w: Motive): Params => (w ? { motive: w.id, direction: w.delta >= 0 ? 'up' : 'down' } : {});

/** Money and hours given, leaving out what is zero. */
function amount(r: Resources): Params {
  const out: Params = {};
  if (r.money > 0) out.money = r.money;
  if (r.staffTime > 0) out.staffTime = r.staffTime;
  if (r.volunteerHours > 0) out.volunteerHours = r.volunteerHours;
  return out;
}

/** What was asked, by the same keys with an `asked` prefix, so a sentence can name both sums. */
function askedAmount(r: Resources): Params {
  const out: Params = {};
  if (r.money > 0) out.askedMoney = Math.round(r.money);
  if (r.staffTime > 0) out.askedStaffTime = Math.round(r.staffTime);
  if (r.volunteerHours > 0) out.askedVolunteerHours = Math.round(r.volunteerHours);
  return out;
}

/** A share as the whole percentage the sentence shows. */
const wholePercent = (share: number) => Math.round(share * 100);

export const reasons = {
  table(p: Card, w: Motive, share: number, partners: string[], programme?: { id: string; money: number }): Reason {
    return reason(
      'table',
      card(p),
      motive(w),
      { share: wholePercent(share) },
      partners.length > 0 ? { partners: partners.join(', ') } : {},
      programme ? { programme: programme.id, programmeMoney: programme.money } : {},
    );
  },
  ownShare: (p: Card, r: Resources) => reason('ownShare', card(p), amount(r)),
  askedShare: (p: Proposal, w: Motive, r: Resources) => reason('askedShare', card(p), motive(w), { role: p.tabledBy }, amount(r)),
  promise: (p: Proposal, w: Motive, r: Resources) => reason('promise', card(p), motive(w), { role: p.tabledBy }, amount(r)),
  counterPromise: (p: Proposal, asked: Resources, r: Resources) => reason('counterPromise', card(p), { role: p.tabledBy }, askedAmount(asked), amount(r)),
  counterOffer: (p: Proposal, asked: Resources, r: Resources, limit: 'budget' | 'worth') =>
    reason('counterOffer', card(p), { role: p.tabledBy, limit }, askedAmount(asked), amount(r)),
  declineBudget: (p: Proposal, asked: Resources) => reason('declineBudget', card(p), { role: p.tabledBy }, askedAmount(asked)),
  declineAsk: (p: Proposal, asked: Resources) => reason('declineAsk', card(p), { role: p.tabledBy }, askedAmount(asked)),
  declineDeal: (p: Card, own: Card, from: string) => reason('declineDeal', card(p), ownCard(own), { role: from }),
  backDeal: (p: Card, own: Card, from: string) => reason('backDeal', card(p), ownCard(own), { role: from }),
  residentsShare: (p: Card, r: Resources) => reason('residentsShare', card(p), amount(r)),
  offer: (p: Proposal, own: Card, r: Resources) => reason('offer', card(p), ownCard(own), { role: p.tabledBy }, amount(r)),
  answer: (p: Card, own: Card, from: string, r: Resources) => reason('answer', card(p), ownCard(own), { role: from }, amount(r)),
  topUp: (p: Card, r: Resources) => reason('topUp', card(p), amount(r)),
  fillGap: (p: Card, w: Motive, r: Resources) => reason('fillGap', card(p), motive(w), amount(r)),
  withdraw: (p: Card) => reason('withdraw', card(p)),
  concept: (component: ConceptComponent, hours: number, programme: string, needed: number) =>
    reason('concept', { component, staffTime: hours, programme, needed: wholePercent(needed) }),
  support: (p: Card, w: Motive) => reason('support', card(p), motive(w)),
  supportResidents: (p: Card) => reason('supportResidents', card(p)),
  opposeDemolition: (p: Card) => reason('opposeDemolition', card(p)),
  opposeRival: (p: Card, own: Card, programme: string) => reason('opposeRival', card(p), ownCard(own), { programme }),
  dots: (p: Card, count: number, w: Motive, own: boolean) => reason(own ? 'ownDots' : 'dots', card(p), { count }, motive(w)),
};
